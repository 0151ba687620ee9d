#include "cli.h"

#include <QFile>
#include <QJsonDocument>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define DJ_ISATTY _isatty
#define DJ_FILENO _fileno
#else
#include <unistd.h>
#define DJ_ISATTY isatty
#define DJ_FILENO fileno
#endif

namespace dj::cli {

QList<Command>& Registry::commands()
{
    static QList<Command> list;
    return list;
}

void printJson(const QJsonDocument& doc)
{
    const QByteArray bytes = doc.toJson(QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printJson(const QJsonObject& object)
{
    printJson(QJsonDocument(object));
}

void printError(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

bool stderrIsTerminal()
{
    return DJ_ISATTY(DJ_FILENO(stderr)) != 0;
}

Args::Args(const QStringList& args, const QStringList& valueOptions, const QStringList& flagOptions)
{
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (!optionsEnded && a == QLatin1String("--")) {
            optionsEnded = true; // the usual end of options: what follows is positional, e.g. -73.5
            continue;
        }
        if (a.contains(QChar(0)))
            throw CliError { UsageError, tr("An argument holds a NUL character.") };
        if (!optionsEnded && a.startsWith(QLatin1String("--")) && a.size() > 2) {
            QString key = a;
            QString inlineValue;
            const qsizetype eq = a.indexOf(QLatin1Char('='));
            if (eq > 0) {
                key = a.left(eq);
                inlineValue = a.mid(eq + 1);
            }
            if (valueOptions.contains(key)) {
                if (eq > 0) {
                    m_values.insert(key, inlineValue);
                } else {
                    if (i + 1 >= args.size())
                        throw CliError { UsageError, tr("Option %1 needs a value.").arg(key) };
                    m_values.insert(key, args.at(++i));
                }
            } else if (flagOptions.contains(key) && eq < 0) {
                m_flags.insert(key);
            } else {
                throw CliError { UsageError, tr("Unknown option %1.").arg(key) };
            }
        } else {
            m_positional << a;
        }
    }
}

void Args::noPositional() const
{
    if (!m_positional.isEmpty())
        throw CliError { UsageError, tr("Unexpected argument %1.").arg(m_positional.first()) };
}

QByteArray readBounded(const QString& path, qint64 maxBytes, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CliError { UserError,
            Args::tr("Cannot read the %1 %2: %3").arg(what, path, file.errorString()) };
    // A regular file says its size; a device or pipe (/dev/zero, a stream) is read up to the limit.
    if (!file.isSequential() && file.size() > maxBytes)
        throw CliError { UserError,
            Args::tr("The %1 %2 is larger than %L3 bytes; refused.").arg(what, path).arg(maxBytes) };
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        throw CliError { UserError,
            Args::tr("Cannot read the %1 %2: %3").arg(what, path, file.errorString()) };
    if (bytes.size() > maxBytes)
        throw CliError { UserError,
            Args::tr("The %1 %2 is larger than %L3 bytes; refused.").arg(what, path).arg(maxBytes) };
    return bytes;
}

QString Args::required(const QString& option) const
{
    if (!m_values.contains(option))
        throw CliError { UsageError, tr("Option %1 is required.").arg(option) };
    return m_values.value(option);
}

qint64 Args::integer(const QString& option, qint64 fallback, qint64 min, qint64 max) const
{
    if (!m_values.contains(option))
        return fallback;
    bool ok = false;
    const qint64 v = m_values.value(option).toLongLong(&ok);
    if (!ok || v < min || v > max)
        throw CliError { UsageError,
            tr("Option %1 takes a whole number from %2 to %3.").arg(option).arg(min).arg(max) };
    return v;
}

} // namespace dj::cli
