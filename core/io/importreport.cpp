#include "core/io/importreport.h"

#include "core/common/csv.h"

#include <QJsonArray>
#include <QSaveFile>

namespace dj::io {

namespace {

QJsonArray issuesJson(const QList<Issue>& issues)
{
    QJsonArray out;
    for (const Issue& i : issues)
        out.append(QJsonObject { { QStringLiteral("file"), i.file }, { QStringLiteral("line"), i.line },
            { QStringLiteral("column"), i.column }, { QStringLiteral("reason"), i.reason } });
    return out;
}

} // namespace

qint64 ImportReport::totalImported() const
{
    qint64 n = 0;
    for (qint64 v : imported)
        n += v;
    return n;
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject importedJson;
    for (auto it = imported.cbegin(); it != imported.cend(); ++it)
        importedJson.insert(it.key(), it.value());
    QJsonObject enc;
    for (auto it = encodings.cbegin(); it != encodings.cend(); ++it)
        enc.insert(it.key(), it.value());
    QJsonObject ignored;
    for (auto it = ignoredColumns.cbegin(); it != ignoredColumns.cend(); ++it)
        ignored.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject tablesJson;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        tablesJson.insert(it.key(), it.value());
    return QJsonObject { { QStringLiteral("imported"), importedJson },
        { QStringLiteral("rejected"), issuesJson(rejected) }, { QStringLiteral("encoding"), enc },
        { QStringLiteral("warnings"), issuesJson(warnings) },
        { QStringLiteral("warning_count"), warningCount }, { QStringLiteral("ignored_columns"), ignored },
        { QStringLiteral("tables"), tablesJson }, { QStringLiteral("seconds"), seconds } };
}

QString ImportReport::writeIssuesCsv(const QList<Issue>& issues, const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, f.errorString());
    QByteArray out("\xEF\xBB\xBF"
                   "file,line,column,reason\r\n");
    for (const Issue& i : issues) {
        out += Csv::line({ i.file, QString::number(i.line), i.column, i.reason });
    }
    f.write(out);
    if (!f.commit())
        return tr("Cannot write %1: %2").arg(path, f.errorString());
    return {};
}

} // namespace dj::io
