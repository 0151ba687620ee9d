#include "ui/valuation/valuationreport.h"

#include "core/valuation/variables.h"
#include "core/valuation/worksheet.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace dj::ui {

namespace {
QString money(double v)
{
    return QLocale(QLocale::Chinese, QLocale::China).toString(v, 'f', 2);
}
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
QString pct(double v)
{
    return QString::number(v * 100, 'f', 2) + QLatin1Char('%');
}
QString sourceName(const QString& k, bool intangible)
{
    if (k == u"purchased")
        return QStringLiteral("外购");
    if (k == u"developed")
        return intangible ? QStringLiteral("自行开发") : QStringLiteral("自行加工");
    if (k == u"other")
        return QStringLiteral("其他方式取得");
    return QStringLiteral("合计");
}
} // namespace

QString ValuationReport::html(const QJsonObject& doc, const QJsonObject& r)
{
    // The report is Chinese whatever the UI language: it is a document for 中评协/财政部 readers.
    const QJsonObject card = doc.value(QStringLiteral("asset")).toObject();
    const QString unit = card.value(QStringLiteral("unit")).toString(QStringLiteral("元"));
    QString h;
    h += QStringLiteral(
        "<html><head><meta charset=\"utf-8\"><style>body{font-family:'Noto Sans CJK SC','Microsoft "
        "YaHei',sans-serif;font-size:10pt}"
        "h1{font-size:18pt;text-align:center}h2{font-size:13pt;border-bottom:1px solid #444;margin-top:14pt}"
        "table{border-collapse:collapse}td,th{border:1px solid #888;padding:2pt 5pt}th{background:#eee}"
        ".n{text-align:right}.warn{color:#b00020}</style></head><body>");
    h += QStringLiteral("<h1>数据资产评估报告（工作底稿）</h1>");
    h += QStringLiteral("<p style='text-align:center'>%1 · 评估基准日 %2 · 金额单位：%3</p>")
             .arg(esc(card.value(QStringLiteral("name")).toString()),
                 esc(card.value(QStringLiteral("valuation_date")).toString()), esc(unit));

    h += QStringLiteral("<h2>一、评估对象与范围</h2><table width='100%'>");
    const QList<QPair<const char*, QString>> fields { { "holder", QStringLiteral("持有主体") },
        { "description", QStringLiteral("资产描述") }, { "data_source", QStringLiteral("数据来源") },
        { "records", QStringLiteral("数据规模（记录）") }, { "fields", QStringLiteral("字段数") },
        { "update_frequency", QStringLiteral("更新频率") }, { "storage", QStringLiteral("存储与使用方式") },
        { "legal_basis", QStringLiteral("合规与权属依据") },
        { "personal_information", QStringLiteral("个人信息") }, { "application", QStringLiteral("应用场景") },
        { "purpose", QStringLiteral("评估目的") } };
    for (const auto& f : fields) {
        const QJsonValue v = card.value(QLatin1String(f.first));
        if (!v.isUndefined())
            h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                     .arg(f.second,
                         esc(v.isDouble() ? QLocale(QLocale::Chinese).toString(v.toDouble(), 'f', 0)
                                          : v.toString()));
    }
    QStringList rights;
    for (const QJsonValue& v : card.value(QStringLiteral("rights")).toArray())
        rights << (v.toString() == u"holding" ? QStringLiteral("数据资源持有权")
                : v.toString() == u"use"      ? QStringLiteral("数据加工使用权")
                                              : QStringLiteral("数据产品经营权"));
    h += QStringLiteral("<tr><th>权利类型</th><td>%1</td></tr>").arg(esc(rights.join(QStringLiteral("、"))));
    const QString vt = card.value(QStringLiteral("value_type")).toString(QStringLiteral("market_value"));
    h += QStringLiteral("<tr><th>价值类型</th><td>%1</td></tr></table>")
             .arg(vt == u"market_value"          ? QStringLiteral("市场价值")
                     : vt == u"investment_value" ? QStringLiteral("投资价值")
                     : vt == u"in_use_value"     ? QStringLiteral("在用价值")
                                                 : QStringLiteral("清算价值"));

    h += QStringLiteral("<h2>二、评估假设</h2><ol>");
    for (const QJsonValue& a : doc.value(QStringLiteral("assumptions")).toArray())
        h += QStringLiteral("<li>%1</li>").arg(esc(a.toString()));
    h += QStringLiteral(
        "</ol><h2>三、主要参数及来源</h2><table width='100%'><tr><th>参数</th><th>来源与依据</th></tr>");
    const QJsonObject sources = doc.value(QStringLiteral("parameter_sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(esc(valuation::Variables::label(it.key()) == it.key()
                              ? it.key()
                              : valuation::Variables::label(it.key()) + QStringLiteral("（") + it.key()
                                  + QStringLiteral("）")),
                     esc(it.value().toString()));
    h += QStringLiteral("</table>");

    if (r.contains(QStringLiteral("quality"))) {
        const QJsonObject q = r.value(QStringLiteral("quality")).toObject();
        const QJsonObject ahp = q.value(QStringLiteral("ahp")).toObject();
        h += QStringLiteral("<h2>四、数据质量评价（GB/T 36344-2018，层次分析法）</h2><table "
                            "width='100%'><tr><th>维度</th><th>得分</th><th>AHP "
                            "权重</th><th>熵权</th><th>综合权重</th></tr>");
        const char* names[] = { "规范性", "完整性", "准确性", "一致性", "时效性", "可访问性" };
        for (int d = 0; d < valuation::kDimensions; ++d) {
            const QString k = valuation::dimensionKey(d);
            h += QStringLiteral("<tr><td>%1</td><td class=n>%2</td><td class=n>%3</td><td class=n>%4</td><td "
                                "class=n>%5</td></tr>")
                     .arg(QString::fromUtf8(names[d]))
                     .arg(q[QLatin1String("dimension_scores")][k].toDouble(), 0, 'f', 2)
                     .arg(ahp[QLatin1String("weights")][k].toDouble(), 0, 'f', 4)
                     .arg(q.contains(QStringLiteral("entropy_weights"))
                             ? QString::number(q[QLatin1String("entropy_weights")][k].toDouble(), 'f', 4)
                             : QStringLiteral("—"))
                     .arg(q[QLatin1String("weights")][k].toDouble(), 0, 'f', 4);
        }
        h += QStringLiteral(
            "</table><p>λmax = %1，CI = %2，RI = %3，CR = %4（%5）。质量得分 %6，质量系数 %7。</p>")
                 .arg(ahp[QLatin1String("lambda_max")].toDouble(), 0, 'f', 4)
                 .arg(ahp[QLatin1String("ci")].toDouble(), 0, 'f', 4)
                 .arg(ahp[QLatin1String("ri")].toDouble(), 0, 'f', 2)
                 .arg(ahp[QLatin1String("cr")].toDouble(), 0, 'f', 4)
                 .arg(ahp[QLatin1String("consistent")].toBool()
                         ? QStringLiteral("CR < 0.10，判断矩阵一致性可接受")
                         : QStringLiteral("CR ≥ 0.10，判断矩阵需修正"))
                 .arg(q[QLatin1String("score")].toDouble(), 0, 'f', 2)
                 .arg(q[QLatin1String("coefficient")].toDouble(), 0, 'f', 4);
    }
    int section = 5;
    const char* numerals[]
        = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };
    if (r.contains(QStringLiteral("income"))) {
        const QJsonObject in = r.value(QStringLiteral("income")).toObject();
        const QJsonObject d = doc[QLatin1String("income")][QLatin1String("discount")].toObject();
        h += QStringLiteral("<h2>%1、收益法</h2>").arg(QString::fromUtf8(numerals[section++]));
        const QString m = in.value(QStringLiteral("method")).toString();
        h += QStringLiteral("<p>方法：%1。折现率采用累加法：无风险报酬率 %2 + 管理风险 %3 + 流通风险 %4 + "
                            "数据安全风险 %5 + 监管风险 %6 = %7。%8</p>")
                 .arg(m == u"revenue_split"        ? QStringLiteral("收益分成法（F = R × K）")
                         : m == u"excess_earnings" ? QStringLiteral("多期超额收益法")
                         : m == u"incremental"     ? QStringLiteral("增量收益法")
                                                   : QStringLiteral("直接收益预测"))
                 .arg(pct(d.value(QStringLiteral("risk_free")).toDouble()),
                     pct(d.value(QStringLiteral("management")).toDouble()),
                     pct(d.value(QStringLiteral("circulation")).toDouble()),
                     pct(d.value(QStringLiteral("security")).toDouble()),
                     pct(d.value(QStringLiteral("regulatory")).toDouble()),
                     pct(in.value(QStringLiteral("discount_rate")).toDouble()))
                 .arg(doc[QLatin1String("income")][QLatin1String("mid_period")].toBool()
                         ? QStringLiteral("采用期中折现。")
                         : QString());
        h += QStringLiteral("<table "
                            "width='100%'><tr><th>年度</th><th>收入</th><th>数据资产收益</th><th>折现期</"
                            "th><th>折现系数</th><th>现值</th></tr>");
        for (const QJsonValue& p : in.value(QStringLiteral("periods")).toArray())
            h += QStringLiteral("<tr><td>%1%2</td><td class=n>%3</td><td class=n>%4</td><td "
                                "class=n>%5</td><td class=n>%6</td><td class=n>%7</td></tr>")
                     .arg(p[QLatin1String("year")].toInt())
                     .arg(p[QLatin1String("extrapolated")].toBool() ? QStringLiteral("（外推）") : QString())
                     .arg(money(p[QLatin1String("revenue")].toDouble()),
                         money(p[QLatin1String("income")].toDouble()))
                     .arg(p[QLatin1String("exponent")].toDouble(), 0, 'f', 1)
                     .arg(p[QLatin1String("discount_factor")].toDouble(), 0, 'f', 4)
                     .arg(money(p[QLatin1String("present_value")].toDouble()));
        h += QStringLiteral("</table><p>终值现值 %1；收益法评估值 <b>%2</b>。</p>")
                 .arg(money(in.value(QStringLiteral("terminal_pv")).toDouble()),
                     money(in.value(QStringLiteral("value")).toDouble()));
    }
    if (r.contains(QStringLiteral("cost"))) {
        const QJsonObject c = r.value(QStringLiteral("cost")).toObject();
        h += QStringLiteral("<h2>%1、成本法</h2><table "
                            "width='100%'><tr><th>成本类别</th><th>项目</th><th>年度</th><th>历史金额</"
                            "th><th>重置金额</th></tr>")
                 .arg(QString::fromUtf8(numerals[section++]));
        for (const QJsonValue& it : c.value(QStringLiteral("items")).toArray()) {
            const QString g = it[QLatin1String("group")].toString();
            const QString gn = g == u"planning" ? QStringLiteral("前期费用")
                : g == u"direct"                ? QStringLiteral("直接成本")
                : g == u"indirect"              ? QStringLiteral("间接成本")
                : g == u"opportunity"           ? QStringLiteral("机会成本")
                                                : QStringLiteral("相关税费");
            h += QStringLiteral(
                "<tr><td>%1</td><td>%2</td><td>%3</td><td class=n>%4</td><td class=n>%5</td></tr>")
                     .arg(gn, esc(it[QLatin1String("name")].toString()))
                     .arg(it[QLatin1String("year")].toInt())
                     .arg(money(it[QLatin1String("amount")].toDouble()),
                         money(it[QLatin1String("restated")].toDouble()));
        }
        h += QStringLiteral("</table><p>重置成本 C = %1（按价格指数换算至基准日）；质量调整系数 %2 × 成新率 "
                            "%3 = δ %4；成本法评估值 P = C × δ = <b>%5</b>。</p>")
                 .arg(money(c.value(QStringLiteral("total")).toDouble()))
                 .arg(c.value(QStringLiteral("quality_factor")).toDouble(), 0, 'f', 4)
                 .arg(c.value(QStringLiteral("life_factor")).toDouble(), 0, 'f', 4)
                 .arg(c.value(QStringLiteral("delta")).toDouble(), 0, 'f', 4)
                 .arg(money(c.value(QStringLiteral("value")).toDouble()));
    }
    if (r.contains(QStringLiteral("market"))) {
        const QJsonObject m = r.value(QStringLiteral("market")).toObject();
        const QJsonArray inputs = doc[QLatin1String("market")][QLatin1String("comparables")].toArray();
        h += QStringLiteral(
            "<h2>%1、市场法</h2><table "
            "width='100%'><tr><th>可比案例</th><th>价格</th><th>质量</th><th>供求</th><th>期日</th><th>容量</"
            "th><th>其他</th><th>乘积</th><th>调整后</th><th>权重</th></tr>")
                 .arg(QString::fromUtf8(numerals[section++]));
        const QJsonArray rows = m.value(QStringLiteral("comparables")).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject f = inputs[i][QLatin1String("factors")].toObject();
            QString cells;
            for (const char* k : { "quality", "supply_demand", "date", "volume", "other" })
                cells += QStringLiteral("<td class=n>%1</td>")
                             .arg(f.contains(QLatin1String(k)) ? f.value(QLatin1String(k)).toDouble() : 1.0,
                                 0, 'f', 3);
            h += QStringLiteral("<tr><td>%1</td><td class=n>%2</td>%3<td class=n%4>%5</td><td "
                                "class=n>%6</td><td class=n>%7</td></tr>")
                     .arg(esc(rows[i][QLatin1String("name")].toString()),
                         money(rows[i][QLatin1String("price")].toDouble()), cells,
                         rows[i][QLatin1String("out_of_range")].toBool()
                             ? QStringLiteral(" style='color:#b00020'")
                             : QString())
                     .arg(rows[i][QLatin1String("factor_product")].toDouble(), 0, 'f', 3)
                     .arg(money(rows[i][QLatin1String("adjusted")].toDouble()))
                     .arg(rows[i][QLatin1String("weight")].toDouble(), 0, 'f', 3);
        }
        h += QStringLiteral("</table><p>调整后价格变异系数 CV = %1；市场法评估值 <b>%2</b>。</p>")
                 .arg(m.value(QStringLiteral("cv")).toDouble(), 0, 'f', 3)
                 .arg(money(m.value(QStringLiteral("value")).toDouble()));
    }
    const QJsonObject c = r.value(QStringLiteral("conclusion")).toObject();
    h += QStringLiteral(
        "<h2>%1、评估结论</h2><table width='100%'><tr><th>方法</th><th>评估值</th><th>权重</th></tr>")
             .arg(QString::fromUtf8(numerals[section++]));
    const QJsonObject values = c.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        h += QStringLiteral("<tr><td>%1</td><td class=n>%2</td><td class=n>%3</td></tr>")
                 .arg(it.key() == u"income"    ? QStringLiteral("收益法")
                         : it.key() == u"cost" ? QStringLiteral("成本法")
                                               : QStringLiteral("市场法"),
                     money(it.value().toDouble()), pct(c[QLatin1String("weights")][it.key()].toDouble()));
    h += QStringLiteral("</table><p>评估结论：<b>%1 %2</b>。</p><p>理由：%3</p>")
             .arg(money(c.value(QStringLiteral("value")).toDouble()), esc(unit),
                 esc(c.value(QStringLiteral("reasons")).toString()));
    const QJsonArray warnings = r.value(QStringLiteral("warnings")).toArray();
    for (const QJsonValue& w : warnings)
        h += QStringLiteral("<p class=warn>提示：%1</p>").arg(esc(w.toString()));

    h += QStringLiteral("<h2>%1、不确定性分析</h2>").arg(QString::fromUtf8(numerals[section++]));
    if (r.contains(QStringLiteral("sensitivity"))) {
        const QJsonObject s = r.value(QStringLiteral("sensitivity")).toObject();
        h += QStringLiteral("<p>敏感性分析：%1（行）× %2（列）。</p><table width='100%'><tr><th></th>")
                 .arg(esc(valuation::Variables::label(
                          s[QLatin1String("y")][QLatin1String("variable")].toString())),
                     esc(valuation::Variables::label(
                         s[QLatin1String("x")][QLatin1String("variable")].toString())));
        for (const QJsonValue& x : s[QLatin1String("x")][QLatin1String("values")].toArray())
            h += QStringLiteral("<th>%1</th>").arg(x.toDouble(), 0, 'g', 4);
        h += QStringLiteral("</tr>");
        const QJsonArray ys = s[QLatin1String("y")][QLatin1String("values")].toArray();
        const QJsonArray grid = s.value(QStringLiteral("values")).toArray();
        for (qsizetype i = 0; i < ys.size(); ++i) {
            h += QStringLiteral("<tr><th>%1</th>").arg(ys[i].toDouble(), 0, 'g', 4);
            for (const QJsonValue& v : grid[i].toArray())
                h += QStringLiteral("<td class=n>%1</td>").arg(money(v.toDouble()));
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }
    const QJsonObject t = r.value(QStringLiteral("tornado")).toObject();
    h += QStringLiteral("<p>各参数 ±%1% 对评估值的影响（龙卷风分析）：</p><table "
                        "width='100%'><tr><th>参数</th><th>−%1%</th><th>+%1%</th><th>摆幅</th></tr>")
             .arg(t.value(QStringLiteral("change")).toDouble() * 100, 0, 'f', 0);
    for (const QJsonValue& b : t.value(QStringLiteral("bars")).toArray())
        h += QStringLiteral("<tr><td>%1</td><td class=n>%2</td><td class=n>%3</td><td class=n>%4</td></tr>")
                 .arg(esc(valuation::Variables::label(b[QLatin1String("variable")].toString())),
                     money(b[QLatin1String("low_value")].toDouble()),
                     money(b[QLatin1String("high_value")].toDouble()),
                     money(b[QLatin1String("swing")].toDouble()));
    h += QStringLiteral("</table>");
    if (r.contains(QStringLiteral("monte_carlo"))) {
        const QJsonObject m = r.value(QStringLiteral("monte_carlo")).toObject();
        const QJsonObject p = m.value(QStringLiteral("percentiles")).toObject();
        h += QStringLiteral("<p>蒙特卡洛模拟 %1 次（随机种子 %2）：均值 %3，P5 %4，P50 %5，P95 %6。</p>")
                 .arg(m.value(QStringLiteral("draws")).toInt())
                 .arg(QString::number(m.value(QStringLiteral("seed")).toDouble(), 'f', 0),
                     money(m.value(QStringLiteral("mean")).toDouble()),
                     money(p.value(QStringLiteral("p5")).toDouble()),
                     money(p.value(QStringLiteral("p50")).toDouble()),
                     money(p.value(QStringLiteral("p95")).toDouble()));
    }

    const QJsonObject l = r.value(QStringLiteral("ledger")).toObject();
    h += QStringLiteral("<h2>%1、数据资源入表信息（财会〔2023〕11号，与评估结论相互独立）</h2>")
             .arg(QString::fromUtf8(numerals[section++]));
    h += QStringLiteral(
        "<p>评估结论不作为账面价值入账；下表按实际发生成本计量，已费用化的支出不再资本化。报告期 %1 至 "
        "%2。</p>")
             .arg(l[QLatin1String("period")][QLatin1String("start")].toString(),
                 l[QLatin1String("period")][QLatin1String("end")].toString());
    const QJsonObject disc = l.value(QStringLiteral("disclosure")).toObject();
    for (const char* table : { "intangible", "inventory" }) {
        const bool intangible = QLatin1String(table) == QLatin1String("intangible");
        const QJsonObject cols = disc.value(QLatin1String(table))[QLatin1String("columns")].toObject();
        h += QStringLiteral("<p><b>%1</b>（勾稽检查：%2）</p><table width='100%'><tr><th>项目</th>")
                 .arg(intangible ? QStringLiteral("确认为无形资产的数据资源")
                                 : QStringLiteral("确认为存货的数据资源"),
                     disc.value(QLatin1String(table))[QLatin1String("balanced")].toBool()
                         ? QStringLiteral("通过")
                         : QStringLiteral("不平"));
        for (const char* col : { "purchased", "developed", "other", "total" })
            h += QStringLiteral("<th>%1</th>").arg(sourceName(QLatin1String(col), intangible));
        h += QStringLiteral("</tr>");
        QList<QPair<QString, QPair<const char*, const char*>>> lines { { QStringLiteral("一、账面原值 期初"),
                                                                           { "cost", "opening" } },
            { QStringLiteral("　本期增加"), { "cost", "additions" } },
            { QStringLiteral("　本期减少"), { "cost", "decreases" } },
            { QStringLiteral("　期末"), { "cost", "closing" } } };
        if (intangible)
            lines += { { QStringLiteral("二、累计摊销 期初"), { "amortisation", "opening" } },
                { QStringLiteral("　本期增加"), { "amortisation", "additions" } },
                { QStringLiteral("　本期减少"), { "amortisation", "decreases" } },
                { QStringLiteral("　期末"), { "amortisation", "closing" } } };
        lines += { { intangible ? QStringLiteral("三、减值准备 期初") : QStringLiteral("二、跌价准备 期初"),
                       { "impairment", "opening" } },
            { QStringLiteral("　本期增加"), { "impairment", "additions" } },
            { QStringLiteral("　本期减少"), { "impairment", "decreases" } },
            { QStringLiteral("　期末"), { "impairment", "closing" } },
            { intangible ? QStringLiteral("四、账面价值 期末") : QStringLiteral("三、账面价值 期末"),
                { "carrying", "closing" } },
            { QStringLiteral("　期初"), { "carrying", "opening" } } };
        for (const auto& line : std::as_const(lines)) {
            h += QStringLiteral("<tr><td>%1</td>").arg(line.first);
            for (const char* col : { "purchased", "developed", "other", "total" })
                h += QStringLiteral("<td class=n>%1</td>")
                         .arg(money(cols.value(QLatin1String(
                             col))[QLatin1String(line.second.first)][QLatin1String(line.second.second)]
                                        .toDouble()));
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p "
                        "style='color:#666'>本报告由点兢企业洞察工作站生成（%"
                        "1），数据与计算过程见同名工作底稿（JSON）及导出的 XLSX。</p></body></html>")
             .arg(QDate::currentDate().toString(Qt::ISODate));
    return h;
}

bool ValuationReport::writePdf(const QString& path, const QJsonObject& document, const QJsonObject& results)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return false;
    }
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A4)))
        return false;
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setTitle(tr("Data asset valuation report"));
    writer.setCreator(QStringLiteral("Dianjing Workstation"));
    writer.setResolution(300);
    QTextDocument text;
    // Lay the text out at the writer's resolution, so point sizes come out as points on paper.
    text.documentLayout()->setPaintDevice(&writer);
    text.setHtml(html(document, results));
    text.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    text.print(&writer);
    return true;
}

} // namespace dj::ui
