#include "core/valuation/valuationexport.h"

#include "core/io/workbookwriter.h"
#include "core/valuation/resultjson.h"
#include "core/valuation/worksheet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QVariant>

namespace dj::valuation {

namespace {

class Sheet
{
public:
    Sheet(io::WorkbookWriter& w, const QString& name)
        : m_w(w)
    {
        m_w.beginSheet(name);
    }
    ~Sheet() { m_w.endSheet(); }
    void row(const QVariantList& cells)
    {
        m_w.beginRow();
        for (const QVariant& c : cells) {
            if (c.typeId() == QMetaType::Double || c.typeId() == QMetaType::Int
                || c.typeId() == QMetaType::LongLong)
                m_w.addNumber(QByteArray::number(c.toDouble(), 'g', QLocale::FloatingPointShortest));
            else
                m_w.addText(c.toString().toUtf8());
        }
        m_w.endRow();
    }

private:
    io::WorkbookWriter& m_w;
};

QVariant num(const QJsonValue& v)
{
    return v.isDouble() ? QVariant(v.toDouble()) : QVariant(v.toVariant().toString());
}

QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("是") : QStringLiteral("否");
    if (v.isArray() || v.isObject())
        return QString::fromUtf8(
            QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                .toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

void ValuationExport::writeXlsx(const QJsonObject& document, const QString& path)
{
    writeXlsx(document, ResultJson::evaluate(document), path);
}

void ValuationExport::writeXlsx(const QJsonObject& document, const QJsonObject& r, const QString& path)
{
    io::WorkbookWriter w(path);
    {
        Sheet s(w, QStringLiteral("资产卡片"));
        s.row({ QStringLiteral("字段"), QStringLiteral("值") });
        const QJsonObject card = document.value(QStringLiteral("asset")).toObject();
        for (auto it = card.begin(); it != card.end(); ++it)
            s.row({ it.key(),
                it.value().isDouble() ? QVariant(it.value().toDouble()) : QVariant(text(it.value())) });
        s.row({});
        s.row({ QStringLiteral("评估假设") });
        for (const QJsonValue& a : document.value(QStringLiteral("assumptions")).toArray())
            s.row({ QString(), a.toString() });
        s.row({});
        s.row({ QStringLiteral("参数来源"), QString() });
        const QJsonObject src = document.value(QStringLiteral("parameter_sources")).toObject();
        for (auto it = src.begin(); it != src.end(); ++it)
            s.row({ it.key(), it.value().toString() });
    }
    if (r.contains(QStringLiteral("quality"))) {
        Sheet s(w, QStringLiteral("质量评价"));
        const QJsonObject q = r.value(QStringLiteral("quality")).toObject();
        const QJsonObject dims = document.value(QStringLiteral("quality"))
                                     .toObject()
                                     .value(QStringLiteral("dimensions"))
                                     .toObject();
        s.row({ QStringLiteral("维度"), QStringLiteral("指标"), QStringLiteral("得分"),
            QStringLiteral("来源") });
        for (int d = 0; d < kDimensions; ++d)
            for (const QJsonValue& i : dims.value(dimensionKey(d)).toArray())
                s.row({ dimensionKey(d), i[QLatin1String("name")].toString(), num(i[QLatin1String("score")]),
                    i[QLatin1String("source")].toString() });
        s.row({});
        s.row({ QStringLiteral("维度"), QStringLiteral("维度得分"), QStringLiteral("AHP权重"),
            QStringLiteral("熵权"), QStringLiteral("综合权重") });
        const QJsonObject ahp = q.value(QStringLiteral("ahp")).toObject();
        for (int d = 0; d < kDimensions; ++d) {
            const QString k = dimensionKey(d);
            s.row({ k, num(q[QLatin1String("dimension_scores")][k]), num(ahp[QLatin1String("weights")][k]),
                num(q[QLatin1String("entropy_weights")][k]), num(q[QLatin1String("weights")][k]) });
        }
        s.row({});
        s.row({ QStringLiteral("λmax"), num(ahp[QLatin1String("lambda_max")]) });
        s.row({ QStringLiteral("CI"), num(ahp[QLatin1String("ci")]) });
        s.row({ QStringLiteral("RI"), num(ahp[QLatin1String("ri")]) });
        s.row({ QStringLiteral("CR"), num(ahp[QLatin1String("cr")]) });
        s.row({ QStringLiteral("质量得分"), num(q[QLatin1String("score")]) });
        s.row({ QStringLiteral("质量系数"), num(q[QLatin1String("coefficient")]) });
    }
    if (r.contains(QStringLiteral("income"))) {
        Sheet s(w, QStringLiteral("收益法"));
        const QJsonObject in = r.value(QStringLiteral("income")).toObject();
        s.row({ QStringLiteral("方法"), in[QLatin1String("method")].toString() });
        s.row({ QStringLiteral("折现率"), num(in[QLatin1String("discount_rate")]) });
        s.row({});
        s.row({ QStringLiteral("期数"), QStringLiteral("年度"), QStringLiteral("收入"),
            QStringLiteral("贡献资产扣除"), QStringLiteral("数据资产收益"), QStringLiteral("折现期"),
            QStringLiteral("折现系数"), QStringLiteral("现值"), QStringLiteral("外推") });
        for (const QJsonValue& p : in.value(QStringLiteral("periods")).toArray())
            s.row(
                { num(p[QLatin1String("t")]), num(p[QLatin1String("year")]), num(p[QLatin1String("revenue")]),
                    num(p[QLatin1String("charges")]), num(p[QLatin1String("income")]),
                    num(p[QLatin1String("exponent")]), num(p[QLatin1String("discount_factor")]),
                    num(p[QLatin1String("present_value")]), text(p[QLatin1String("extrapolated")]) });
        s.row({ QStringLiteral("终值"), num(in[QLatin1String("terminal_value")]) });
        s.row({ QStringLiteral("终值现值"), num(in[QLatin1String("terminal_pv")]) });
        s.row({ QStringLiteral("收益法评估值"), num(in[QLatin1String("value")]) });
    }
    if (r.contains(QStringLiteral("cost"))) {
        Sheet s(w, QStringLiteral("成本法"));
        const QJsonObject c = r.value(QStringLiteral("cost")).toObject();
        s.row({ QStringLiteral("成本类别"), QStringLiteral("项目"), QStringLiteral("年度"),
            QStringLiteral("历史金额"), QStringLiteral("重置金额") });
        for (const QJsonValue& i : c.value(QStringLiteral("items")).toArray())
            s.row({ i[QLatin1String("group")].toString(), i[QLatin1String("name")].toString(),
                num(i[QLatin1String("year")]), num(i[QLatin1String("amount")]),
                num(i[QLatin1String("restated")]) });
        s.row({});
        s.row({ QStringLiteral("重置成本 C"), num(c[QLatin1String("total")]) });
        s.row({ QStringLiteral("质量调整系数"), num(c[QLatin1String("quality_factor")]) });
        s.row({ QStringLiteral("成新率"), num(c[QLatin1String("life_factor")]) });
        s.row({ QStringLiteral("δ"), num(c[QLatin1String("delta")]) });
        s.row({ QStringLiteral("成本法评估值"), num(c[QLatin1String("value")]) });
    }
    if (r.contains(QStringLiteral("market"))) {
        Sheet s(w, QStringLiteral("市场法"));
        const QJsonObject m = r.value(QStringLiteral("market")).toObject();
        const QJsonArray inputs = document.value(QStringLiteral("market"))
                                      .toObject()
                                      .value(QStringLiteral("comparables"))
                                      .toArray();
        s.row({ QStringLiteral("可比案例"), QStringLiteral("交易价格"), QStringLiteral("质量"),
            QStringLiteral("供求"), QStringLiteral("期日"), QStringLiteral("容量"), QStringLiteral("其他"),
            QStringLiteral("系数乘积"), QStringLiteral("调整后价格"), QStringLiteral("权重"),
            QStringLiteral("超出0.5–1.5") });
        const QJsonArray rows = m.value(QStringLiteral("comparables")).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject f = inputs[i][QLatin1String("factors")].toObject();
            auto factor = [&](const char* k) {
                return f.contains(QLatin1String(k)) ? f.value(QLatin1String(k)).toDouble() : 1.0;
            };
            s.row({ rows[i][QLatin1String("name")].toString(), num(rows[i][QLatin1String("price")]),
                factor("quality"), factor("supply_demand"), factor("date"), factor("volume"), factor("other"),
                num(rows[i][QLatin1String("factor_product")]), num(rows[i][QLatin1String("adjusted")]),
                num(rows[i][QLatin1String("weight")]), text(rows[i][QLatin1String("out_of_range")]) });
        }
        s.row({});
        s.row({ QStringLiteral("变异系数 CV"), num(m[QLatin1String("cv")]) });
        s.row({ QStringLiteral("市场法评估值"), num(m[QLatin1String("value")]) });
    }
    {
        Sheet s(w, QStringLiteral("结论"));
        const QJsonObject c = r.value(QStringLiteral("conclusion")).toObject();
        s.row({ QStringLiteral("方法"), QStringLiteral("评估值"), QStringLiteral("权重") });
        const QJsonObject values = c.value(QStringLiteral("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            s.row({ it.key(), num(it.value()), num(c[QLatin1String("weights")][it.key()]) });
        s.row({ QStringLiteral("评估结论"), num(c[QLatin1String("value")]) });
        s.row({ QStringLiteral("理由"), c[QLatin1String("reasons")].toString() });
        s.row({});
        s.row({ QStringLiteral("提示") });
        for (const QJsonValue& wv : r.value(QStringLiteral("warnings")).toArray())
            s.row({ wv.toString() });
    }
    if (r.contains(QStringLiteral("sensitivity"))) {
        Sheet s(w, QStringLiteral("敏感性分析"));
        const QJsonObject t = r.value(QStringLiteral("sensitivity")).toObject();
        const QJsonArray xs = t[QLatin1String("x")][QLatin1String("values")].toArray();
        const QJsonArray ys = t[QLatin1String("y")][QLatin1String("values")].toArray();
        const QJsonArray grid = t.value(QStringLiteral("values")).toArray();
        QVariantList head { t[QLatin1String("y")][QLatin1String("variable")].toString()
            + QStringLiteral(" \\ ") + t[QLatin1String("x")][QLatin1String("variable")].toString() };
        for (const QJsonValue& x : xs)
            head << x.toDouble();
        s.row(head);
        for (qsizetype i = 0; i < ys.size(); ++i) {
            QVariantList row { ys[i].toDouble() };
            for (const QJsonValue& v : grid[i].toArray())
                row << v.toDouble();
            s.row(row);
        }
    }
    {
        Sheet s(w, QStringLiteral("龙卷风"));
        const QJsonObject t = r.value(QStringLiteral("tornado")).toObject();
        s.row({ QStringLiteral("基准值"), num(t[QLatin1String("base_value")]), QStringLiteral("变动"),
            num(t[QLatin1String("change")]) });
        s.row({ QStringLiteral("变量"), QStringLiteral("基准输入"), QStringLiteral("低输入"),
            QStringLiteral("高输入"), QStringLiteral("低值"), QStringLiteral("高值"),
            QStringLiteral("摆幅") });
        for (const QJsonValue& b : t.value(QStringLiteral("bars")).toArray())
            s.row({ b[QLatin1String("variable")].toString(), num(b[QLatin1String("base")]),
                num(b[QLatin1String("low_input")]), num(b[QLatin1String("high_input")]),
                num(b[QLatin1String("low_value")]), num(b[QLatin1String("high_value")]),
                num(b[QLatin1String("swing")]) });
    }
    if (r.contains(QStringLiteral("monte_carlo"))) {
        Sheet s(w, QStringLiteral("蒙特卡洛"));
        const QJsonObject m = r.value(QStringLiteral("monte_carlo")).toObject();
        for (const char* k : { "draws", "seed", "mean", "stddev", "min", "max" })
            s.row({ QString::fromLatin1(k), num(m.value(QLatin1String(k))) });
        const QJsonObject p = m.value(QStringLiteral("percentiles")).toObject();
        for (const char* k : { "p5", "p10", "p25", "p50", "p75", "p90", "p95" })
            s.row({ QString::fromLatin1(k).toUpper(), num(p.value(QLatin1String(k))) });
    }
    {
        Sheet s(w, QStringLiteral("入表台账"));
        const QJsonObject l = r.value(QStringLiteral("ledger")).toObject();
        s.row({ QStringLiteral("报告期"), l[QLatin1String("period")][QLatin1String("start")].toString(),
            l[QLatin1String("period")][QLatin1String("end")].toString() });
        s.row({});
        s.row({ QStringLiteral("数据资源"), QStringLiteral("分类"), QStringLiteral("来源"),
            QStringLiteral("理由"), QStringLiteral("资本化金额"), QStringLiteral("研究阶段费用化"),
            QStringLiteral("开发阶段费用化") });
        for (const QJsonValue& res : l.value(QStringLiteral("resources")).toArray())
            s.row({ res[QLatin1String("name")].toString(), res[QLatin1String("classification")].toString(),
                res[QLatin1String("source")].toString(), res[QLatin1String("reason")].toString(),
                num(res[QLatin1String("capitalised")]), num(res[QLatin1String("expensed_research")]),
                num(res[QLatin1String("expensed_development")]) });
        const QJsonObject disc = l.value(QStringLiteral("disclosure")).toObject();
        for (const char* table : { "intangible", "inventory" }) {
            const bool intangible = QLatin1String(table) == QLatin1String("intangible");
            s.row({});
            s.row({ intangible ? QStringLiteral("确认为无形资产的数据资源")
                               : QStringLiteral("确认为存货的数据资源") });
            s.row({ QStringLiteral("项目"), QStringLiteral("外购"),
                intangible ? QStringLiteral("自行开发") : QStringLiteral("自行加工"),
                QStringLiteral("其他方式取得"), QStringLiteral("合计") });
            const QJsonObject cols = disc.value(QLatin1String(table))[QLatin1String("columns")].toObject();
            QList<QPair<QString, QPair<const char*, const char*>>> lines {
                { QStringLiteral("账面原值 期初"), { "cost", "opening" } },
                { QStringLiteral("账面原值 本期增加"), { "cost", "additions" } },
                { QStringLiteral("账面原值 本期减少"), { "cost", "decreases" } },
                { QStringLiteral("账面原值 期末"), { "cost", "closing" } },
            };
            if (intangible)
                lines += { { QStringLiteral("累计摊销 期初"), { "amortisation", "opening" } },
                    { QStringLiteral("累计摊销 本期增加"), { "amortisation", "additions" } },
                    { QStringLiteral("累计摊销 本期减少"), { "amortisation", "decreases" } },
                    { QStringLiteral("累计摊销 期末"), { "amortisation", "closing" } } };
            lines += { { intangible ? QStringLiteral("减值准备 期初") : QStringLiteral("跌价准备 期初"),
                           { "impairment", "opening" } },
                { intangible ? QStringLiteral("减值准备 本期增加") : QStringLiteral("跌价准备 本期增加"),
                    { "impairment", "additions" } },
                { intangible ? QStringLiteral("减值准备 本期减少") : QStringLiteral("跌价准备 本期减少"),
                    { "impairment", "decreases" } },
                { intangible ? QStringLiteral("减值准备 期末") : QStringLiteral("跌价准备 期末"),
                    { "impairment", "closing" } },
                { QStringLiteral("账面价值 期末"), { "carrying", "closing" } },
                { QStringLiteral("账面价值 期初"), { "carrying", "opening" } } };
            for (const auto& line : std::as_const(lines)) {
                QVariantList row { line.first };
                for (const char* c : { "purchased", "developed", "other", "total" })
                    row << cols.value(QLatin1String(
                        c))[QLatin1String(line.second.first)][QLatin1String(line.second.second)]
                               .toDouble();
                s.row(row);
            }
            s.row({ QStringLiteral("勾稽检查"),
                disc.value(QLatin1String(table))[QLatin1String("balanced")].toBool()
                    ? QStringLiteral("通过")
                    : QStringLiteral("不平") });
        }
    }
    {
        Sheet s(w, QStringLiteral("输入JSON"));
        const QByteArray json = QJsonDocument(Worksheet::migrate(document)).toJson(QJsonDocument::Indented);
        for (const QByteArray& line : json.split('\n'))
            s.row({ QString::fromUtf8(line) });
    }
    w.close();
}

} // namespace dj::valuation
