#include "core/regional/indexformula.h"

#include <algorithm>

namespace dj::regional {

namespace {
QString number(double v)
{
    return QString::number(v, 'g', 6);
}
} // namespace

QString IndexFormula::equation() const
{
    QStringList parts;
    for (const FormulaTerm& t : terms) {
        const QString n = normalisation == Normalisation::ShareOfMax
            ? QStringLiteral("%1/max(%1)").arg(t.symbol)
            : QStringLiteral("(%1 − min(%1))/(max(%1) − min(%1))").arg(t.symbol);
        parts << QStringLiteral("%1 × %2").arg(number(t.weight), n);
    }
    return QStringLiteral("%1 = %2 × (%3)").arg(title, number(scale), parts.join(QStringLiteral(" + ")));
}

QString IndexFormula::text() const
{
    QStringList lines { equation() };
    for (const FormulaTerm& t : terms)
        lines << QStringLiteral("%1: %2").arg(t.symbol, t.meaning);
    lines << (normalisation == Normalisation::ShareOfMax
            ? tr("max(x) is the greatest value among the regions ranked; a term is 0 when that maximum is 0.")
            : tr("min(x) and max(x) are taken among the regions ranked; a term is 0 when all regions are "
                 "equal."));
    if (!note.isEmpty())
        lines << note;
    return lines.join(u'\n');
}

double IndexFormula::normalise(double x, double min, double max) const
{
    if (normalisation == Normalisation::ShareOfMax)
        return max > 0 ? x / max : 0;
    return max > min ? (x - min) / (max - min) : 0;
}

double IndexFormula::combine(const QHash<QString, double>& normalised) const
{
    double sum = 0;
    for (const FormulaTerm& t : terms)
        sum += t.weight * normalised.value(t.symbol);
    return scale * sum;
}

QList<IndexFormula> IndexFormula::weighted(int growthYears)
{
    IndexFormula outward;
    outward.id = QStringLiteral("outward");
    outward.title = tr("Outward investment index");
    outward.terms = {
        { QStringLiteral("C_out"),
            tr("subscribed capital (yuan) that enterprises registered in the region hold in enterprises "
               "registered in other regions"),
            0.6 },
        { QStringLiteral("N_out"), tr("number of those holdings"), 0.4 },
    };
    IndexFormula inward;
    inward.id = QStringLiteral("inward");
    inward.title = tr("Inward attraction index");
    inward.terms = {
        { QStringLiteral("C_in"),
            tr("subscribed capital (yuan) that enterprises registered in other regions hold in enterprises "
               "registered in the region"),
            0.6 },
        { QStringLiteral("N_in"), tr("number of those holdings"), 0.4 },
    };
    const QString flowNote = tr("Enterprise holders only (persons and other holders are shown separately); "
                                "holdings in investees established up to the reference year or of unknown "
                                "date; capital in foreign currency is counted but not summed.");
    outward.note = flowNote;
    inward.note = flowNote;
    IndexFormula potential;
    potential.id = QStringLiteral("potential");
    potential.title = tr("Potential index");
    potential.normalisation = Normalisation::MinMax;
    potential.terms = {
        { QStringLiteral("g_N"), tr("growth rate of the number of enterprises established up to the year"),
            0.3 },
        { QStringLiteral("g_R"), tr("growth rate of the revenue of the year"), 0.3 },
        { QStringLiteral("g_T"), tr("growth rate of the tax of the year"), 0.2 },
        { QStringLiteral("g_Q"),
            tr("growth rate of the number of qualified enterprises (first qualification up to "
               "the year)"),
            0.2 },
    };
    potential.note
        = tr("g_X = (X(Y) / X(Y−%1))^(1/%1) − 1 over the last %1 years up to the reference year Y; "
             "g_X = 0 where X(Y−%1) is 0.")
              .arg(growthYears);
    return { outward, inward, potential };
}

QString IndexFormula::synergyText()
{
    return tr("Synergy index S(r, p) = 100 × (C(r→p) + C(p→r)) / (C_ext(r) + C_ext(p))") + u'\n'
        + tr("C(r→p): subscribed capital enterprises of r hold in enterprises of p; C_ext(x) = C_out(x) + "
             "C_in(x), all of x's investment across its borders. 100 means the two regions invest only in "
             "each other; without a partner given, each region's strongest partner is shown.");
}

} // namespace dj::regional
