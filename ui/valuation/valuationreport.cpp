#include "ui/valuation/valuationreport.h"

#include "core/valuation/variables.h"
#include "core/valuation/worksheet.h"
#include "ui/common/charts.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>

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
QString groupName(const QString& g)
{
    return g == u"planning"   ? QStringLiteral("前期费用")
        : g == u"direct"      ? QStringLiteral("直接成本")
        : g == u"indirect"    ? QStringLiteral("间接成本")
        : g == u"opportunity" ? QStringLiteral("机会成本")
                              : QStringLiteral("相关税费");
}
const QSize kChartSize(800, 340);
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

ReportWriter ValuationReport::build(const QJsonObject& doc, const QJsonObject& r)
{
    // The report is Chinese whatever the UI language: it is a document for 中评协/财政部 readers.
    const QJsonObject card = doc.value(QStringLiteral("asset")).toObject();
    const QString unit = card.value(QStringLiteral("unit")).toString(QStringLiteral("元"));
    ReportWriter report(QStringLiteral("数据资产评估报告"));
    report.addTitle(QStringLiteral("数据资产评估报告（工作底稿）"),
        QStringLiteral("%1 · 评估基准日 %2 · 金额单位：%3")
            .arg(card.value(QStringLiteral("name")).toString(),
                card.value(QStringLiteral("valuation_date")).toString(), unit));

    report.addHeading(QStringLiteral("一、评估对象与范围"));
    QList<QPair<QString, QString>> scope;
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
            scope.append({ f.second,
                v.isDouble() ? QLocale(QLocale::Chinese).toString(v.toDouble(), 'f', 0) : v.toString() });
    }
    QStringList rights;
    for (const QJsonValue& v : card.value(QStringLiteral("rights")).toArray())
        rights << (v.toString() == u"holding" ? QStringLiteral("数据资源持有权")
                : v.toString() == u"use"      ? QStringLiteral("数据加工使用权")
                                              : QStringLiteral("数据产品经营权"));
    scope.append({ QStringLiteral("权利类型"), rights.join(QStringLiteral("、")) });
    const QString vt = card.value(QStringLiteral("value_type")).toString(QStringLiteral("market_value"));
    scope.append({ QStringLiteral("价值类型"),
        vt == u"market_value"           ? QStringLiteral("市场价值")
            : vt == u"investment_value" ? QStringLiteral("投资价值")
            : vt == u"in_use_value"     ? QStringLiteral("在用价值")
                                        : QStringLiteral("清算价值") });
    report.addKeyValues(scope);

    report.addHeading(QStringLiteral("二、评估假设"));
    int n = 0;
    for (const QJsonValue& a : doc.value(QStringLiteral("assumptions")).toArray())
        report.addParagraph(QStringLiteral("%1. %2").arg(++n).arg(a.toString()));
    report.addHeading(QStringLiteral("三、主要参数及来源"));
    QList<QStringList> params;
    const QJsonObject sources = doc.value(QStringLiteral("parameter_sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it)
        params << QStringList { valuation::Variables::label(it.key()) == it.key()
                ? it.key()
                : valuation::Variables::label(it.key()) + QStringLiteral("（") + it.key()
                    + QStringLiteral("）"),
            it.value().toString() };
    report.addTable({ QStringLiteral("参数"), QStringLiteral("来源与依据") }, params);

    if (r.contains(QStringLiteral("quality"))) {
        const QJsonObject q = r.value(QStringLiteral("quality")).toObject();
        const QJsonObject ahp = q.value(QStringLiteral("ahp")).toObject();
        report.addHeading(QStringLiteral("四、数据质量评价（GB/T 36344-2018，层次分析法）"));
        QList<QStringList> rows;
        const char* names[] = { "规范性", "完整性", "准确性", "一致性", "时效性", "可访问性" };
        for (int d = 0; d < valuation::kDimensions; ++d) {
            const QString k = valuation::dimensionKey(d);
            rows << QStringList { QString::fromUtf8(names[d]),
                QString::number(q[QLatin1String("dimension_scores")][k].toDouble(), 'f', 2),
                QString::number(ahp[QLatin1String("weights")][k].toDouble(), 'f', 4),
                q.contains(QStringLiteral("entropy_weights"))
                    ? QString::number(q[QLatin1String("entropy_weights")][k].toDouble(), 'f', 4)
                    : QStringLiteral("—"),
                QString::number(q[QLatin1String("weights")][k].toDouble(), 'f', 4) };
        }
        report.addTable({ QStringLiteral("维度"), QStringLiteral("得分"), QStringLiteral("AHP 权重"),
                            QStringLiteral("熵权"), QStringLiteral("综合权重") },
            rows);
        report.addParagraph(
            QStringLiteral("λmax = %1，CI = %2，RI = %3，CR = %4（%5）。质量得分 %6，质量系数 %7。")
                .arg(ahp[QLatin1String("lambda_max")].toDouble(), 0, 'f', 4)
                .arg(ahp[QLatin1String("ci")].toDouble(), 0, 'f', 4)
                .arg(ahp[QLatin1String("ri")].toDouble(), 0, 'f', 2)
                .arg(ahp[QLatin1String("cr")].toDouble(), 0, 'f', 4)
                .arg(ahp[QLatin1String("consistent")].toBool()
                        ? QStringLiteral("CR < 0.10，判断矩阵一致性可接受")
                        : QStringLiteral("CR ≥ 0.10，判断矩阵需修正"))
                .arg(q[QLatin1String("score")].toDouble(), 0, 'f', 2)
                .arg(q[QLatin1String("coefficient")].toDouble(), 0, 'f', 4));
    }
    int section = 5;
    const char* numerals[]
        = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };
    const auto heading = [&](const QString& title) {
        report.addHeading(QString::fromUtf8(numerals[section++]) + QStringLiteral("、") + title);
    };
    // Charts (shared Charts helpers, rendered into the PDF), each with a caption that carries its figures
    // as text, so the numbers can be read, copied and checked without looking at the picture.
    int figure = 0;
    const auto chart = [&](QChart* c, const QString& title, const QStringList& figures) {
        report.addChart(c, kChartSize);
        report.addNote(QStringLiteral("图%1　%2（%3）：%4")
                           .arg(++figure)
                           .arg(title, unit, figures.join(QStringLiteral("；"))));
    };
    if (r.contains(QStringLiteral("income"))) {
        const QJsonObject in = r.value(QStringLiteral("income")).toObject();
        const QJsonObject d = doc[QLatin1String("income")][QLatin1String("discount")].toObject();
        heading(QStringLiteral("收益法"));
        const QString m = in.value(QStringLiteral("method")).toString();
        report.addParagraph(
            QStringLiteral("方法：%1。折现率采用累加法：无风险报酬率 %2 + 管理风险 %3 + 流通风险 %4 + "
                           "数据安全风险 %5 + 监管风险 %6 = %7。%8")
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
                        : QString()));
        QList<QStringList> rows;
        for (const QJsonValue& p : in.value(QStringLiteral("periods")).toArray())
            rows << QStringList { QString::number(p[QLatin1String("year")].toInt())
                    + (p[QLatin1String("extrapolated")].toBool() ? QStringLiteral("（外推）") : QString()),
                money(p[QLatin1String("revenue")].toDouble()), money(p[QLatin1String("income")].toDouble()),
                QString::number(p[QLatin1String("exponent")].toDouble(), 'f', 1),
                QString::number(p[QLatin1String("discount_factor")].toDouble(), 'f', 4),
                money(p[QLatin1String("present_value")].toDouble()) };
        report.addTable({ QStringLiteral("年度"), QStringLiteral("收入"), QStringLiteral("数据资产收益"),
                            QStringLiteral("折现期"), QStringLiteral("折现系数"), QStringLiteral("现值") },
            rows);
        report.addParagraph(QStringLiteral("终值现值 %1；收益法评估值 %2。")
                                .arg(money(in.value(QStringLiteral("terminal_pv")).toDouble()),
                                    money(in.value(QStringLiteral("value")).toDouble())));
        QStringList years, figures;
        QList<double> income, present;
        for (const QJsonValue& p : in.value(QStringLiteral("periods")).toArray()) {
            const QString year = QString::number(p[QLatin1String("year")].toInt());
            years << year;
            income << p[QLatin1String("income")].toDouble();
            present << p[QLatin1String("present_value")].toDouble();
            figures << QStringLiteral("%1 年 收益 %2 现值 %3")
                           .arg(year, money(income.last()), money(present.last()));
        }
        chart(Charts::bars(QStringLiteral("收益预测与折现（%1）").arg(unit), years,
                  { { QStringLiteral("数据资产收益"), income }, { QStringLiteral("现值"), present } }),
            QStringLiteral("收益预测与折现"), figures);
    }
    if (r.contains(QStringLiteral("cost"))) {
        const QJsonObject c = r.value(QStringLiteral("cost")).toObject();
        heading(QStringLiteral("成本法"));
        QList<QStringList> rows;
        for (const QJsonValue& it : c.value(QStringLiteral("items")).toArray()) {
            const QString g = it[QLatin1String("group")].toString();
            rows << QStringList { g == u"planning" ? QStringLiteral("前期费用")
                    : g == u"direct"               ? QStringLiteral("直接成本")
                    : g == u"indirect"             ? QStringLiteral("间接成本")
                    : g == u"opportunity"          ? QStringLiteral("机会成本")
                                                   : QStringLiteral("相关税费"),
                it[QLatin1String("name")].toString(), QString::number(it[QLatin1String("year")].toInt()),
                money(it[QLatin1String("amount")].toDouble()),
                money(it[QLatin1String("restated")].toDouble()) };
        }
        report.addTable({ QStringLiteral("成本类别"), QStringLiteral("项目"), QStringLiteral("年度"),
                            QStringLiteral("历史金额"), QStringLiteral("重置金额") },
            rows);
        report.addParagraph(
            QStringLiteral("重置成本 C = %1（按价格指数换算至基准日）；质量调整系数 %2 × 成新率 "
                           "%3 = δ %4；成本法评估值 P = C × δ = %5。")
                .arg(money(c.value(QStringLiteral("total")).toDouble()))
                .arg(c.value(QStringLiteral("quality_factor")).toDouble(), 0, 'f', 4)
                .arg(c.value(QStringLiteral("life_factor")).toDouble(), 0, 'f', 4)
                .arg(c.value(QStringLiteral("delta")).toDouble(), 0, 'f', 4)
                .arg(money(c.value(QStringLiteral("value")).toDouble())));
        QList<QPair<QString, double>> slices;
        QStringList figures;
        const double total = c.value(QStringLiteral("total")).toDouble();
        const QJsonObject groups = c.value(QStringLiteral("groups")).toObject();
        for (const char* g : { "planning", "direct", "indirect", "opportunity", "taxes" }) {
            const double v = groups.value(QLatin1String(g))[QLatin1String("restated")].toDouble();
            if (v <= 0)
                continue;
            slices.append({ groupName(QLatin1String(g)), v });
            figures << QStringLiteral("%1 %2（%3）")
                           .arg(
                               groupName(QLatin1String(g)), money(v), total > 0 ? pct(v / total) : QString());
        }
        chart(Charts::pie(QStringLiteral("成本构成（重置金额，%1）").arg(unit), slices),
            QStringLiteral("成本构成（重置金额）"), figures);
    }
    if (r.contains(QStringLiteral("market"))) {
        const QJsonObject m = r.value(QStringLiteral("market")).toObject();
        const QJsonArray inputs = doc[QLatin1String("market")][QLatin1String("comparables")].toArray();
        heading(QStringLiteral("市场法"));
        QList<QStringList> table;
        const QJsonArray rows = m.value(QStringLiteral("comparables")).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject f = inputs[i][QLatin1String("factors")].toObject();
            QStringList cells { rows[i][QLatin1String("name")].toString(),
                money(rows[i][QLatin1String("price")].toDouble()) };
            for (const char* k : { "quality", "supply_demand", "date", "volume", "other" })
                cells << QString::number(
                    f.contains(QLatin1String(k)) ? f.value(QLatin1String(k)).toDouble() : 1.0, 'f', 3);
            cells << QString::number(rows[i][QLatin1String("factor_product")].toDouble(), 'f', 3)
                    + (rows[i][QLatin1String("out_of_range")].toBool() ? QStringLiteral(" ⚠") : QString())
                  << money(rows[i][QLatin1String("adjusted")].toDouble())
                  << QString::number(rows[i][QLatin1String("weight")].toDouble(), 'f', 3);
            table << cells;
        }
        report.addTable({ QStringLiteral("可比案例"), QStringLiteral("价格"), QStringLiteral("质量"),
                            QStringLiteral("供求"), QStringLiteral("期日"), QStringLiteral("容量"),
                            QStringLiteral("其他"), QStringLiteral("乘积"), QStringLiteral("调整后"),
                            QStringLiteral("权重") },
            table);
        report.addParagraph(QStringLiteral("调整后价格变异系数 CV = %1；市场法评估值 %2。")
                                .arg(m.value(QStringLiteral("cv")).toDouble(), 0, 'f', 3)
                                .arg(money(m.value(QStringLiteral("value")).toDouble())));
    }
    const QJsonObject c = r.value(QStringLiteral("conclusion")).toObject();
    heading(QStringLiteral("评估结论"));
    QList<QStringList> conclusion;
    const QJsonObject values = c.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        conclusion << QStringList { it.key() == u"income" ? QStringLiteral("收益法")
                : it.key() == u"cost"                     ? QStringLiteral("成本法")
                                                          : QStringLiteral("市场法"),
            money(it.value().toDouble()), pct(c[QLatin1String("weights")][it.key()].toDouble()) };
    report.addTable({ QStringLiteral("方法"), QStringLiteral("评估值"), QStringLiteral("权重") }, conclusion);
    if (!conclusion.isEmpty()) {
        QStringList methods, figures;
        QList<double> byMethod;
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString name = it.key() == u"income" ? QStringLiteral("收益法")
                : it.key() == u"cost"                  ? QStringLiteral("成本法")
                                                       : QStringLiteral("市场法");
            methods << name;
            byMethod << it.value().toDouble();
            figures << QStringLiteral("%1 %2（权重 %3）")
                           .arg(name, money(it.value().toDouble()),
                               pct(c[QLatin1String("weights")][it.key()].toDouble()));
        }
        methods << QStringLiteral("评估结论");
        byMethod << c.value(QStringLiteral("value")).toDouble();
        figures << QStringLiteral("评估结论 %1").arg(money(c.value(QStringLiteral("value")).toDouble()));
        chart(Charts::bars(QStringLiteral("各方法评估值与结论（%1）").arg(unit), methods,
                  { { QStringLiteral("评估值"), byMethod } }, QStringLiteral("%.2f")),
            QStringLiteral("各方法评估值与结论"), figures);
    }
    report.addHtml(QStringLiteral("<p>评估结论：<b>%1 %2</b>。</p>")
                       .arg(money(c.value(QStringLiteral("value")).toDouble()), esc(unit)));
    report.addParagraph(QStringLiteral("理由：%1").arg(c.value(QStringLiteral("reasons")).toString()));
    for (const QJsonValue& w : r.value(QStringLiteral("warnings")).toArray())
        report.addHtml(QStringLiteral("<p style='color:#b00020'>提示：%1</p>").arg(esc(w.toString())));

    heading(QStringLiteral("不确定性分析"));
    if (r.contains(QStringLiteral("sensitivity"))) {
        const QJsonObject s = r.value(QStringLiteral("sensitivity")).toObject();
        report.addParagraph(
            QStringLiteral("敏感性分析：%1（行）× %2（列）。")
                .arg(valuation::Variables::label(s[QLatin1String("y")][QLatin1String("variable")].toString()),
                    valuation::Variables::label(
                        s[QLatin1String("x")][QLatin1String("variable")].toString())));
        QStringList headers { QString() };
        for (const QJsonValue& x : s[QLatin1String("x")][QLatin1String("values")].toArray())
            headers << QString::number(x.toDouble(), 'g', 4);
        QList<QStringList> grid;
        const QJsonArray ys = s[QLatin1String("y")][QLatin1String("values")].toArray();
        const QJsonArray gridValues = s.value(QStringLiteral("values")).toArray();
        for (qsizetype i = 0; i < ys.size(); ++i) {
            QStringList cells { QString::number(ys[i].toDouble(), 'g', 4) };
            for (const QJsonValue& v : gridValues[i].toArray())
                cells << money(v.toDouble());
            grid << cells;
        }
        report.addTable(headers, grid);
    }
    const QJsonObject t = r.value(QStringLiteral("tornado")).toObject();
    const QString change = QString::number(t.value(QStringLiteral("change")).toDouble() * 100, 'f', 0);
    report.addParagraph(QStringLiteral("各参数 ±%1% 对评估值的影响（龙卷风分析）：").arg(change));
    QList<QStringList> bars;
    for (const QJsonValue& b : t.value(QStringLiteral("bars")).toArray())
        bars << QStringList { valuation::Variables::label(b[QLatin1String("variable")].toString()),
            money(b[QLatin1String("low_value")].toDouble()), money(b[QLatin1String("high_value")].toDouble()),
            money(b[QLatin1String("swing")].toDouble()) };
    report.addTable({ QStringLiteral("参数"), QStringLiteral("−%1%").arg(change),
                        QStringLiteral("+%1%").arg(change), QStringLiteral("摆幅") },
        bars);
    if (r.contains(QStringLiteral("monte_carlo"))) {
        const QJsonObject m = r.value(QStringLiteral("monte_carlo")).toObject();
        const QJsonObject p = m.value(QStringLiteral("percentiles")).toObject();
        report.addParagraph(
            QStringLiteral("蒙特卡洛模拟 %1 次（随机种子 %2）：均值 %3，P5 %4，P50 %5，P95 %6。")
                .arg(m.value(QStringLiteral("draws")).toInt())
                .arg(QString::number(m.value(QStringLiteral("seed")).toDouble(), 'f', 0),
                    money(m.value(QStringLiteral("mean")).toDouble()),
                    money(p.value(QStringLiteral("p5")).toDouble()),
                    money(p.value(QStringLiteral("p50")).toDouble()),
                    money(p.value(QStringLiteral("p95")).toDouble())));
    }

    const QJsonObject l = r.value(QStringLiteral("ledger")).toObject();
    heading(QStringLiteral("数据资源入表信息（财会〔2023〕11号，与评估结论相互独立）"));
    report.addParagraph(
        QStringLiteral("评估结论不作为账面价值入账；下表按实际发生成本计量，已费用化的支出不再资本化。"
                       "报告期 %1 至 %2。")
            .arg(l[QLatin1String("period")][QLatin1String("start")].toString(),
                l[QLatin1String("period")][QLatin1String("end")].toString()));
    const QJsonObject disc = l.value(QStringLiteral("disclosure")).toObject();
    for (const char* table : { "intangible", "inventory" }) {
        const bool intangible = QLatin1String(table) == QLatin1String("intangible");
        const QJsonObject cols = disc.value(QLatin1String(table))[QLatin1String("columns")].toObject();
        report.addHtml(QStringLiteral("<p><b>%1</b>（勾稽检查：%2）</p>")
                           .arg(intangible ? QStringLiteral("确认为无形资产的数据资源")
                                           : QStringLiteral("确认为存货的数据资源"),
                               disc.value(QLatin1String(table))[QLatin1String("balanced")].toBool()
                                   ? QStringLiteral("通过")
                                   : QStringLiteral("不平")));
        QStringList headers { QStringLiteral("项目") };
        for (const char* col : { "purchased", "developed", "other", "total" })
            headers << sourceName(QLatin1String(col), intangible);
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
        QList<QStringList> rows;
        for (const auto& line : std::as_const(lines)) {
            QStringList cells { line.first };
            for (const char* col : { "purchased", "developed", "other", "total" })
                cells << money(cols.value(QLatin1String(
                    col))[QLatin1String(line.second.first)][QLatin1String(line.second.second)]
                                   .toDouble());
            rows << cells;
        }
        report.addTable(headers, rows);
    }
    report.addNote(QStringLiteral(
        "本报告由点兢企业洞察工作站生成（%1），数据与计算过程见同名工作底稿（JSON）及导出的 XLSX。")
                       .arg(QDate::currentDate().toString(Qt::ISODate)));
    return report;
}

} // namespace dj::ui
