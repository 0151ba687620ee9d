#pragma once

#include "core/risk/invoiceanalytics.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <map>
#include <vector>

namespace dj::risk {

/// The weights of the credit score's parts, read from a readable JSON file ({"weights": {part: number}}):
/// the built-in file (resource :/dj/risk/score-weights.json) or the user's copy.
class ScoreWeights
{
    Q_DECLARE_TR_FUNCTIONS(ScoreWeights)
public:
    /// The part keys in display order: stability, continuity, customer_concentration, supplier_concentration,
    /// growth, trend_breaks, churn, related_parties, risks, status.
    static const QStringList& parts();
    /// The built-in weights.
    static ScoreWeights defaults();
    /// Reads a weights file. Throws RiskError naming the problem (not JSON, unknown part, negative or
    /// non-numeric weight, all zero); parts the file leaves out keep their built-in weight.
    static ScoreWeights fromFile(const QString& path);
    static ScoreWeights fromJson(const QByteArray& json, const QString& what);
    /// The user's override file (AppConfigLocation/risk-score-weights.json); it may not exist.
    static QString userFile();
    /// The user's file when it exists, else the built-in weights.
    static ScoreWeights current();
    /// The built-in file's text (for "copy to my file" in the app).
    static QByteArray defaultText();

    double weight(const QString& part) const { return m_weights.value(part); }
    QString source() const { return m_source; }

private:
    /// base supplies the parts the file leaves out.
    static ScoreWeights parse(const QByteArray& json, const QString& what, ScoreWeights base);
    QHash<QString, double> m_weights;
    QString m_source;
};

/// 企票通 credit score: ten parts, each 0 (bad) … 100 (good), and their weighted mean. Each part says how
/// it was computed from which figure:
/// - stability = 100·(1 − min(1, CV of monthly sales)); continuity = 100·(1 − empty sales months ÷ months)
/// - customer/supplier concentration = 100·(1 − (HHI + top-1 share) ÷ 2) of sales/purchases
/// - growth = clamp(50 + 100·g, 0, 100), g = sales of the last 12 months ÷ the 12 before − 1
/// - trend_breaks = max(0, 100 − 25·breaks of sales or purchases in the last 12 months)
/// - churn = 100·(1 − customer churn); related_parties = 100·(1 − related-party share)
/// - risks = max(0, 100 − 20·serious current risks − 5·other current risks); status = 100 when 存续/在业
/// Invoice parts are left out (not counted) when the enterprise has no invoices; growth and churn when
/// fewer than 24 / 13 months are known.
class CreditScore
{
    Q_DECLARE_TR_FUNCTIONS(CreditScore)
public:
    struct Part
    {
        QString key;
        QString label; ///< translated name
        double value = 0; ///< 0..100
        double weight = 0;
        bool available = true;
        QString explanation; ///< translated: the figure and how it gave the value
    };
    struct Result
    {
        QString uscc;
        QString name;
        double score = 0; ///< 0..100
        QString grade; ///< A ≥ 80, B ≥ 65, C ≥ 50, else D
        std::vector<Part> parts;
        QString weightsSource;
    };
    /// seriousRisks / otherRisks: current (有效) risk records of the serious kinds / the others.
    static Result compute(const InvoiceAnalytics::Result& invoices, int seriousRisks, int otherRisks,
        const ScoreWeights& weights);
    /// Reads everything from the cache. Throws RiskError (unknown enterprise), store::StoreError.
    static Result forEnterprise(const store::Database& db, const QString& uscc, const ScoreWeights& weights);
    static QString grade(double score);
    static QString label(const QString& part);
};

} // namespace dj::risk
