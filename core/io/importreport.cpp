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

QJsonObject countsJson(const QMap<QString, qint64>& m)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonArray linesJson(const QList<qint64>& lines)
{
    QJsonArray a;
    for (qint64 l : lines)
        a.append(l);
    return a;
}

} // namespace

QJsonObject SourceReport::toJson() const
{
    QJsonObject sc;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        sc.insert(it.key(), it.value());
    return QJsonObject { { QStringLiteral("table"), table }, { QStringLiteral("by"), by },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("evidence"), QJsonArray::fromStringList(evidence) },
        { QStringLiteral("candidates"), QJsonArray::fromStringList(candidates) },
        { QStringLiteral("scores"), sc }, { QStringLiteral("header_line"), headerLine },
        { QStringLiteral("title_rows"), linesJson(titleRows) },
        { QStringLiteral("note_rows"), linesJson(noteRows) },
        { QStringLiteral("region_sources"), countsJson(regionSources) },
        { QStringLiteral("industry_sources"), countsJson(industrySources) },
        { QStringLiteral("header_evidence"), headerEvidence },
        { QStringLiteral("link_company"),
            linkCompany.size() == 3 ? QJsonValue(QJsonObject { { QStringLiteral("uscc"), linkCompany.at(0) },
                { QStringLiteral("name"), linkCompany.at(1) },
                { QStringLiteral("sheet"), linkCompany.at(2) } })
                                    : QJsonValue() },
        { QStringLiteral("link_sources"), countsJson(linkSources) },
        { QStringLiteral("holders"), countsJson(holderSources) }, { QStringLiteral("rows"), rows },
        { QStringLiteral("written"), written }, { QStringLiteral("rejected_rows"), rejectedRows } };
}

QStringList ImportReport::fullyRejectedSources() const
{
    QStringList out;
    for (auto it = sources.cbegin(); it != sources.cend(); ++it)
        if (it->rows > 0 && it->written == 0 && it->rejectedRows > 0)
            out << it.key();
    return out;
}

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
    QJsonObject sourcesJson;
    for (auto it = sources.cbegin(); it != sources.cend(); ++it)
        sourcesJson.insert(it.key(), it->toJson());
    return QJsonObject { { QStringLiteral("imported"), importedJson },
        { QStringLiteral("sources"), sourcesJson }, { QStringLiteral("rejected"), issuesJson(rejected) },
        { QStringLiteral("encoding"), enc }, { QStringLiteral("warnings"), issuesJson(warnings) },
        { QStringLiteral("warning_count"), warningCount }, { QStringLiteral("ignored_columns"), ignored },
        { QStringLiteral("tables"), tablesJson }, { QStringLiteral("relinked_holders"), relinkedHolders },
        { QStringLiteral("seconds"), seconds } };
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
