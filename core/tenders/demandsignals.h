#pragma once

#include "core/store/database.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>
#include <vector>

namespace dj::tenders {

/// An operating enterprise whose signals suggest coming ICT demand, outside public tenders.
struct DemandSignal
{
    QString uscc;
    QString name;
    QString regionCode;
    int score = 0; ///< sum of the signal points
    QStringList reasons; ///< the signals, in words
    std::optional<double> revenue; ///< latest year, yuan
};

struct DemandOptions
{
    QString regionPrefix; ///< 2/4/6 digits; empty = all (a scan of the whole cache)
    int limit = 100;
    int minScore = 3; ///< at least two signals, or one strong one with growth
};

/// Ranks enterprises by ICT-demand signals (points): revenue growth ≥ 30 % in the latest financial year
/// (2), head-count growth ≥ 20 % (1), 高新技术企业 or 专精特新 recognised in the latest two years (2), a
/// financing round in the latest two years (2), ≥ 2 software copyrights or patents dated in the latest two
/// years (1; ≥ 5: 2), branches (分公司) established in the latest two years (1 each, at most 2).
class DemandSignals
{
    Q_DECLARE_TR_FUNCTIONS(DemandSignals)
public:
    static std::vector<DemandSignal> rank(const store::Database& db, const DemandOptions& options);
};

} // namespace dj::tenders
