#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace dj::regional {

/// How a term is brought to 0..1 across the regions being ranked.
enum class Normalisation {
    ShareOfMax, ///< x / max(x); 0 when max(x) = 0 (amounts and counts, never negative)
    MinMax, ///< (x − min(x)) / (max(x) − min(x)); 0 when all are equal (growth rates, may be negative)
};

/// One weighted term of an index.
struct FormulaTerm
{
    QString symbol; ///< as written in the formula and reported with every region's raw values, e.g. C_out
    QString meaning; ///< what the symbol stands for (translated)
    double weight = 0;
};

/// An index as a weighted sum of normalised terms, scaled to 0..100. The same object renders the text the
/// app shows and computes the values, so the two cannot drift apart.
class IndexFormula
{
    Q_DECLARE_TR_FUNCTIONS(IndexFormula)
public:
    QString id; ///< outward, inward, potential
    QString title; ///< translated name, e.g. 对外投资指数
    QList<FormulaTerm> terms;
    Normalisation normalisation = Normalisation::ShareOfMax;
    double scale = 100;
    QString note; ///< further definitions (translated), e.g. how a growth rate is taken

    /// The formula as shown, e.g. "对外投资指数 = 100 × (0.6 × C_out/max(C_out) + 0.4 × N_out/max(N_out))",
    /// followed by one line per symbol and the note.
    QString text() const;
    /// Just the first line (the equation).
    QString equation() const;
    /// One term normalised against the range of that term over the regions.
    double normalise(double x, double min, double max) const;
    /// scale × Σ weight × normalised term; normalised holds one value per symbol.
    double combine(const QHash<QString, double>& normalised) const;

    /// The weighted indices (outward investment, inward attraction, potential) with growthYears the span of
    /// the growth rates in the potential index.
    static QList<IndexFormula> weighted(int growthYears);
    /// The text of the synergy measure between two regions (not a weighted sum).
    static QString synergyText();
};

} // namespace dj::regional
