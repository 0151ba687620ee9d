#include "core/risk/creditscore.h"

#include "core/risk/riskerror.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>

namespace dj::risk {

using namespace Qt::StringLiterals;

namespace {

double clamp100(double v)
{
    return std::clamp(v, 0.0, 100.0);
}

QString pct(double v)
{
    return QString::number(v * 100, 'f', 1) + u"%"_s;
}

} // namespace

const QStringList& ScoreWeights::parts()
{
    static const QStringList keys { u"stability"_s, u"continuity"_s, u"customer_concentration"_s,
        u"supplier_concentration"_s, u"growth"_s, u"trend_breaks"_s, u"churn"_s, u"related_parties"_s,
        u"risks"_s, u"status"_s };
    return keys;
}

QByteArray ScoreWeights::defaultText()
{
    QFile f(u":/dj/risk/score-weights.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        throw RiskError(tr("The built-in score weights are missing from the program."));
    return f.readAll();
}

ScoreWeights ScoreWeights::defaults()
{
    ScoreWeights w = parse(defaultText(), tr("the built-in score weights"), ScoreWeights {});
    w.m_source = tr("built-in");
    return w;
}

ScoreWeights ScoreWeights::fromJson(const QByteArray& json, const QString& what)
{
    return parse(json, what, defaults());
}

ScoreWeights ScoreWeights::parse(const QByteArray& json, const QString& what, ScoreWeights w)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw RiskError(tr("%1 is not a JSON object: %2").arg(what, error.errorString()));
    const QJsonValue weights = doc.object().value(u"weights"_s);
    if (!weights.isObject())
        throw RiskError(tr("%1 has no \"weights\" object.").arg(what));
    const QJsonObject o = weights.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!parts().contains(it.key()))
            throw RiskError(
                tr("%1: unknown part \"%2\" (known: %3).").arg(what, it.key(), parts().join(u", "_s)));
        if (!it.value().isDouble() || !std::isfinite(it.value().toDouble()) || it.value().toDouble() < 0)
            throw RiskError(tr("%1: the weight of \"%2\" must be a number ≥ 0.").arg(what, it.key()));
        w.m_weights.insert(it.key(), it.value().toDouble());
    }
    double sum = 0;
    for (const QString& p : parts())
        sum += w.m_weights.value(p);
    if (sum <= 0)
        throw RiskError(tr("%1: at least one weight must be above 0.").arg(what));
    w.m_source = what;
    return w;
}

ScoreWeights ScoreWeights::fromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw RiskError(tr("The weights file %1 cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > 1 << 20)
        throw RiskError(tr("The weights file %1 is larger than 1 MB.").arg(path));
    return fromJson(f.read(1 << 20), QDir::toNativeSeparators(path));
}

QString ScoreWeights::userFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + u"/risk-score-weights.json"_s;
}

ScoreWeights ScoreWeights::current()
{
    const QString user = userFile();
    return QFile::exists(user) ? fromFile(user) : defaults();
}

QString CreditScore::grade(double score)
{
    return score >= 80 ? u"A"_s : score >= 65 ? u"B"_s : score >= 50 ? u"C"_s : u"D"_s;
}

QString CreditScore::label(const QString& part)
{
    if (part == u"stability")
        return tr("Stability of sales");
    if (part == u"continuity")
        return tr("Continuity of invoicing");
    if (part == u"customer_concentration")
        return tr("Customer concentration");
    if (part == u"supplier_concentration")
        return tr("Supplier concentration");
    if (part == u"growth")
        return tr("Sales growth");
    if (part == u"trend_breaks")
        return tr("Trend breaks");
    if (part == u"churn")
        return tr("Customer churn");
    if (part == u"related_parties")
        return tr("Related-party transactions");
    if (part == u"risks")
        return tr("Current risk records");
    if (part == u"status")
        return tr("Registration status");
    return part;
}

CreditScore::Result CreditScore::compute(
    const InvoiceAnalytics::Result& inv, int seriousRisks, int otherRisks, const ScoreWeights& weights)
{
    Result r;
    r.uscc = inv.party.uscc;
    r.name = inv.party.name;
    r.weightsSource = weights.source();
    const int months = int(inv.months.size());
    const bool invoices = months > 0;
    auto add = [&](const QString& key, double value, bool available, const QString& explanation) {
        Part p;
        p.key = key;
        p.label = label(key);
        p.value = available ? clamp100(value) : 0;
        p.weight = weights.weight(key);
        p.available = available;
        p.explanation = available ? explanation : tr("Not enough invoice data: left out.");
        r.parts.push_back(std::move(p));
    };
    const auto& s = inv.sales;
    const auto& b = inv.purchases;
    add(u"stability"_s, 100 * (1 - std::min(1.0, s.cv)), invoices && s.total > 0,
        tr("Monthly sales vary by a coefficient of variation of %1 (100 at 0, 0 at 1 or more).")
            .arg(QString::number(s.cv, 'f', 3)));
    add(u"continuity"_s, 100 * (1 - double(s.emptyMonths) / std::max(1, months)), invoices,
        tr("%1 of %2 months without sales invoices.").arg(s.emptyMonths).arg(months));
    add(u"customer_concentration"_s, 100 * (1 - (s.hhi + s.top1) / 2), invoices && s.total > 0,
        tr("Largest customer %1 of sales, HHI %2.").arg(pct(s.top1), QString::number(s.hhi, 'f', 3)));
    add(u"supplier_concentration"_s, 100 * (1 - (b.hhi + b.top1) / 2), invoices && b.total > 0,
        tr("Largest supplier %1 of purchases, HHI %2.").arg(pct(b.top1), QString::number(b.hhi, 'f', 3)));
    const double g = s.growth(12);
    add(u"growth"_s, 50 + 100 * g, months >= 24 && s.total > 0,
        tr("Sales of the last 12 months changed by %1 against the 12 before.").arg(pct(g)));
    int recentBreaks = 0;
    const QString since = months >= 12 ? inv.months[months - 12] : QString();
    for (const auto* side : { &s, &b })
        for (const auto& br : side->breaks)
            if (br.month >= since)
                ++recentBreaks;
    add(u"trend_breaks"_s, 100 - 25 * recentBreaks, months >= 7,
        tr("%n month(s) of the last 12 far below the seasonal expectation.", nullptr, recentBreaks));
    add(u"churn"_s, 100 * (1 - s.churn), months >= 13 && s.previousCounterparties > 0,
        tr("%1 of %2 customers of the previous 12 months bought nothing in the last 12.")
            .arg(s.lostCounterparties)
            .arg(s.previousCounterparties));
    add(u"related_parties"_s, 100 * (1 - inv.relatedShare), invoices,
        tr("%1 of the invoiced amount is with related parties (%n counterparty(ies)).", nullptr,
            int(inv.related.size()))
            .arg(pct(inv.relatedShare)));
    add(u"risks"_s, 100 - 20 * seriousRisks - 5 * otherRisks, true,
        tr("%1 serious and %2 other current risk records.").arg(seriousRisks).arg(otherRisks));
    const bool operating = inv.party.status == u"存续" || inv.party.status == u"在业";
    add(u"status"_s, operating ? 100 : 0, true, tr("Registration status %1.").arg(inv.party.status));
    double sum = 0, wsum = 0;
    for (const Part& p : r.parts)
        if (p.available) {
            sum += p.weight * p.value;
            wsum += p.weight;
        }
    r.score = wsum > 0 ? sum / wsum : 0;
    r.grade = grade(r.score);
    return r;
}

CreditScore::Result CreditScore::forEnterprise(
    const store::Database& db, const QString& uscc, const ScoreWeights& weights)
{
    InvoiceAnalytics analytics(db);
    const InvoiceAnalytics::Result inv = analytics.analyse(uscc);
    int serious = 0, other = 0;
    store::Statement st
        = db.prepare("SELECT kind, count(*) FROM risks WHERE uscc = ? AND status = '有效' GROUP BY kind");
    st.bind(1, uscc);
    while (st.step())
        (PartyInfo::seriousKinds().contains(st.columnText(0)) ? serious : other) += int(st.columnInt(1));
    return compute(inv, serious, other, weights);
}

} // namespace dj::risk
