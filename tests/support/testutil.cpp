#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <stdexcept>

namespace dj::test {

QJsonObject CliResult::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QList<QJsonObject> CliResult::lines() const
{
    QList<QJsonObject> result;
    for (const QByteArray& line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            result << QJsonDocument::fromJson(line).object();
    }
    return result;
}

CliResult runCli(const QStringList& args, const QByteArray& input, int timeoutMs)
{
    QProcess p;
    p.setProgram(QStringLiteral(DJ_CLI_PATH));
    p.setArguments(args);
    p.start();
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.exitCode = -2; // hung
    } else {
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3; // crashed
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString dataPath(const QString& relative)
{
    return QDir(QStringLiteral(DJ_TEST_DATA_DIR)).filePath(relative);
}

QString pythonWithOpenpyxl()
{
    // PATH may lead to a Python without Debian's python3-openpyxl (pyenv); /usr/bin/python3 has it.
    const QStringList candidates { QStandardPaths::findExecutable(QStringLiteral("python3")),
        QStandardPaths::findExecutable(QStringLiteral("python")), QStringLiteral("/usr/bin/python3") };
    for (const QString& python : candidates) {
        if (python.isEmpty() || !QFile::exists(python))
            continue;
        QProcess p;
        p.start(python, { QStringLiteral("-c"), QStringLiteral("import openpyxl") });
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return {};
}

} // namespace dj::test

namespace dj::test {

QByteArray sha256Hex(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

QString pdfText(const QString& pdfPath)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-") });
    if (!p.waitForFinished(60000))
        return QStringLiteral("");
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QList<QStringList> readCsvRecords(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\n') {
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
        } else if (c != u'\r') {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

CsvRows readCsv(const QString& path)
{
    QList<QStringList> rows = readCsvRecords(path);
    CsvRows out;
    if (rows.isEmpty())
        return out;
    const QStringList header = rows.takeFirst();
    for (const QStringList& r : std::as_const(rows)) {
        QHash<QString, QString> h;
        for (int i = 0; i < header.size(); ++i)
            h.insert(header[i], i < r.size() ? r[i] : QString());
        out << h;
    }
    return out;
}

} // namespace dj::test
