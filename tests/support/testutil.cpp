#include "testutil.h"

#include <QDir>
#include <QProcess>

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

} // namespace dj::test
