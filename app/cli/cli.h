#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace dj::cli {

/// Exit codes of cli.md.
enum Exit { Ok = 0, UserError = 1, UsageError = 2 };

/// Thrown by a command: the message goes to stderr, the code becomes the exit code.
struct CliError
{
    int code;
    QString message;
};

/// A command such as "check uscc": name words, one-line help, and the handler.
struct Command
{
    QString name; ///< one or two words, e.g. "region" or "geo convert"
    QString usage; ///< argument synopsis shown by --help
    QString summary; ///< one line, shown by --help
    std::function<int(const QStringList& args)> run; ///< args after the name words
};

/// Commands register themselves from their own file (static registration in the executable).
class Registry
{
public:
    static QList<Command>& commands();
    struct Add
    {
        explicit Add(Command c) { commands().append(std::move(c)); }
    };
};

/// Writes one compact JSON document (or JSON Lines record) plus newline to stdout.
void printJson(const QJsonObject& object);
void printJson(const QJsonDocument& doc);
/// Writes a line to stderr (diagnostics, never data).
void printError(const QString& text);
/// True when stderr is a terminal (long operations then print progress there).
bool stderrIsTerminal();

/// Reads a small input file (filter, list) whole, refusing more than maxBytes with a UserError naming
/// `what`: also devices and pipes (/dev/zero, a stream), which are read only up to the limit.
QByteArray readBounded(const QString& path, qint64 maxBytes, const QString& what);

/// Minimal option parsing shared by commands: --key value, --flag, and positional words. "--" ends the
/// options (what follows is positional even when it starts with -); an argument holding NUL is refused.
class Args
{
    Q_DECLARE_TR_FUNCTIONS(Args)
public:
    /// valueOptions take a value; flagOptions do not. Unknown options are usage errors.
    Args(const QStringList& args, const QStringList& valueOptions, const QStringList& flagOptions = {});
    bool has(const QString& option) const { return m_values.contains(option) || m_flags.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const
    {
        return m_values.value(option, fallback);
    }
    /// The value, or a usage error naming the option when it is missing.
    QString required(const QString& option) const;
    /// An integer option within [min, max], or a usage error.
    qint64 integer(const QString& option, qint64 fallback, qint64 min, qint64 max) const;
    const QStringList& positional() const { return m_positional; }
    /// A usage error when there is any positional argument (commands that take none).
    void noPositional() const;

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
};

} // namespace dj::cli

#define DJ_CLI_CONCAT2(a, b) a##b
#define DJ_CLI_CONCAT(a, b) DJ_CLI_CONCAT2(a, b)
/// Registers a command: DJ_CLI_COMMAND({u"check uscc"_s, ...});
#define DJ_CLI_COMMAND(...)                                                                                  \
    static const ::dj::cli::Registry::Add DJ_CLI_CONCAT(djCliCommand, __LINE__)(__VA_ARGS__)
