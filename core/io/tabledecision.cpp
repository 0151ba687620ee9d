#include "core/io/tabledecision.h"

#include "core/io/tableschema.h"

#include <QSet>
#include <algorithm>

namespace dj::io {

namespace {

struct NameHint
{
    const char* table; // nullptr: a vendor sheet the bundle has no table for
    std::initializer_list<const char*> words; // the folded sheet name contains one of these
};

const NameHint kHints[] = {
    { "enterprises",
        { "基本信息", "工商信息", "企业信息", "企业列表", "企业名单", "搜索结果", "高级搜索", "查企业" } },
    { "shareholdings", { "股东信息", "股东", "对外投资", "投资人" } },
    { "roles", { "主要人员", "高管", "董监高" } },
    { "licenses", { "行政许可", "许可信息", "资质证照" } },
    { "risks", { "经营风险", "风险信息", "司法风险", "经营异常", "行政处罚" } },
    { "financials", { "纳税", "税收", "税款", "财务" } },
    { "tenants", { "入驻企业", "租户", "楼宇台账", "入驻台账", "招商台账", "入驻" } },
    { "financing", { "融资" } },
    { "ip", { "知识产权", "专利", "商标" } },
    { nullptr, { "变更记录", "变更信息", "分支机构", "年报信息", "联系方式" } },
};

int matchHint(const QString& sourceName)
{
    const QString folded = TableSchema::foldHeader(sourceName);
    if (folded.isEmpty())
        return -1;
    int i = 0;
    for (const NameHint& h : kHints) {
        for (const char* w : h.words)
            if (folded.contains(QString::fromUtf8(w)))
                return i;
        ++i;
    }
    return -1;
}

} // namespace

QString TableDecision::byText() const
{
    switch (by) {
    case By::None:
        return QStringLiteral("none");
    case By::Ambiguous:
        return QStringLiteral("ambiguous");
    case By::Mapping:
        return QStringLiteral("mapping");
    case By::Remembered:
        return QStringLiteral("remembered");
    case By::Name:
        return QStringLiteral("name");
    case By::Headers:
        return QStringLiteral("headers");
    }
    return {};
}

QString TableDecider::tableHint(const QString& sourceName)
{
    const int i = matchHint(sourceName);
    return i < 0 || !kHints[i].table ? QString() : QString::fromLatin1(kHints[i].table);
}

bool TableDecider::isUnsupportedSheet(const QString& sourceName)
{
    const int i = matchHint(sourceName);
    return i >= 0 && !kHints[i].table;
}

bool TableDecider::derivable(
    const QString& table, const QString& column, const QStringList& mapped, bool companyWorkbook)
{
    auto has = [&mapped](const char* c) { return mapped.contains(QLatin1String(c)); };
    // The enterprise a child row belongs to: its name (linked by name), or the one company of the
    // workbook's 基本信息 sheet.
    if (TableSchema::auxiliaryTarget(table, QStringLiteral("enterprise_name")) == column
        || TableSchema::auxiliaryTarget(table, QStringLiteral("investee_name")) == column)
        return has("enterprise_name") || has("investee_name") || companyWorkbook;
    // 对外投资 of a one-company workbook: the company is the holder.
    if (table == u"shareholdings" && (column == u"holder_id" || column == u"holder_kind") && companyWorkbook
        && !has("holder_name") && !has("holder_id"))
        return true;
    if (column == u"region_code")
        return has("uscc") || has("address") || has("region_name") || has("province_name") || has("city_name")
            || has("county_name");
    if (table == u"shareholdings" && (column == u"holder_id" || column == u"holder_kind"))
        return has("holder_name") || (column == u"holder_kind" && has("holder_id"));
    if (table == u"roles" && column == u"person_id")
        return has("person_name");
    if (table == u"tenants" && column == u"building_id")
        return has("building_name");
    if (table == u"financials" && column == u"year")
        return has("period");
    return false;
}

double TableDecider::score(
    const QString& table, const QStringList& headers, QStringList* evidence, bool companyWorkbook)
{
    const TableSpec* spec = TableSchema::find(table);
    if (!spec)
        return 0;
    QStringList mapped;
    double s = 0;
    for (const QString& h : headers) {
        const QString c = TableSchema::canonicalColumn(table, h);
        if (c.isEmpty() || mapped.contains(c))
            continue;
        mapped << c;
        const ColumnSpec* col = spec->column(c);
        double w = 1;
        if ((col && col->kind == ValueKind::UsccRef) || c == u"enterprise_name" || c == u"investee_name")
            w = 0.25; // a reference to an enterprise: every child table has one
        else if (c == u"name" || c == u"uscc")
            w = 0.5;
        s += w;
        if (evidence)
            *evidence << h + QStringLiteral(" → ") + c;
    }
    // Both the enterprise's own credit code and its name: what a list of enterprises is made of.
    if (table == u"enterprises" && mapped.contains(QStringLiteral("uscc"))
        && mapped.contains(QStringLiteral("name")))
        s += 1;
    for (const ColumnSpec& c : spec->columns) {
        if (c.required && !mapped.contains(c.name) && !derivable(table, c.name, mapped, companyWorkbook)) {
            s /= 2;
            break;
        }
    }
    return s;
}

TableDecision TableDecider::decide(
    const QStringList& headers, const QString& sourceName, bool companyWorkbook)
{
    TableDecision d;
    d.hint = tableHint(sourceName);
    QList<QPair<double, QString>> ranked;
    for (const TableSpec& t : TableSchema::tables()) {
        double s = score(t.name, headers, nullptr, companyWorkbook);
        if (s <= 0)
            continue;
        if (t.name == d.hint)
            s += 1.5;
        d.scores.insert(t.name, s);
        ranked.append({ s, t.name });
    }
    std::stable_sort(
        ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (ranked.isEmpty() || ranked.first().first < 1) {
        d.by = TableDecision::By::None;
        d.reason = tr("no table's columns are among the headers");
        return d;
    }
    const double best = ranked.first().first;
    for (const auto& r : ranked)
        if (best - r.first < 0.5)
            d.candidates << r.second;
    if (d.candidates.size() > 1) {
        d.by = TableDecision::By::Ambiguous;
        d.reason = tr("the headers fit %1 about equally (scores %2)")
                       .arg(d.candidates.join(QStringLiteral(", ")))
                       .arg(QString::number(best));
        return d;
    }
    d.candidates.clear();
    d.table = ranked.first().second;
    d.by = TableDecision::By::Headers;
    score(d.table, headers, &d.evidence, companyWorkbook);
    QString why = tr("%1 of its headers are %2 columns (score %3, next %4 %5)")
                      .arg(d.evidence.size())
                      .arg(d.table)
                      .arg(best)
                      .arg(ranked.size() > 1 ? ranked.at(1).second : QStringLiteral("-"))
                      .arg(ranked.size() > 1 ? ranked.at(1).first : 0.0);
    if (d.hint == d.table)
        why += tr("; the sheet name %1 says so too").arg(sourceName);
    d.reason = why;
    return d;
}

} // namespace dj::io
