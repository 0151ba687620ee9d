#pragma once

#include "core/chains/chaintemplate.h"
#include "core/common/progress.h"
#include "core/store/chainreads.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <memory>
#include <optional>
#include <vector>

namespace dj::search {
class SearchIndex;
struct IndexData;
} // namespace dj::search

namespace dj::chains {

/// Gap classes of a segment in a region (location quotient LQ against the base region, by the number of
/// operating enterprises): missing = none in the region while the base has some; weak = LQ < 0.8;
/// strong = LQ ≥ 1.25; average otherwise; absent = the base itself has none (no comparison possible).
struct Thresholds
{
    double strong = 1.25;
    double weak = 0.8;
};

/// Why an enterprise is in a segment: the first rule that matched (class, then name, then scope keyword),
/// or a stored correction.
struct MatchedRule
{
    QString kind; ///< class, name, scope, correction
    QString value; ///< the class prefix or keyword; the correction's note
};

/// The enterprises of one segment (index rows, ascending) with the rule that put each one there.
struct SegmentMembers
{
    std::vector<qint32> rows;
    std::vector<quint16> rules; ///< per row: index into the segment's rule list, kCorrection for a correction
    static constexpr quint16 kCorrection = 0xFFFF;
};

/// Every enterprise of the index assigned to the segments of one chain (one may sit in several).
struct ChainAssignment
{
    ChainTemplate chain;
    std::vector<SegmentMembers> segments; ///< parallel to chain.segments
    QHash<QString, QString> correctionNotes; ///< "segment\x1fuscc" → note
    qint64 dataVersion = 0;
    double ms = 0;

    MatchedRule rule(int segment, size_t position) const;
    /// The rule list of a segment in matching order (classes, name keywords, scope keywords).
    static QList<MatchedRule> rules(const Segment& s);
};

/// A firm named in a figure (链主, target).
struct FirmRef
{
    qint32 row = -1;
    QString uscc;
    QString name;
    QString regionCode;
    std::optional<double> revenue;
    std::optional<double> tax;
    std::optional<double> growth; ///< latest revenue year over the year before
    QStringList qualifications; ///< of 高新技术企业, 专精特新中小企业, 专精特新"小巨人"企业
};

/// One segment's figures in a region.
struct SegmentFigures
{
    QString id;
    QString name;
    QString stage;
    qint64 count = 0; ///< operating enterprises (存续, 在业) in the region
    qint64 assigned = 0; ///< enterprises of any status in the region
    double revenue = 0; ///< Σ latest revenue, yuan
    double tax = 0; ///< Σ latest tax, yuan
    qint64 qualified = 0; ///< with at least one of the three qualifications
    qint64 gaoxin = 0, zhuanjingtexin = 0, xiaojuren = 0;
    std::optional<double> growth; ///< Σ rev(L)/Σ rev(L−1) − 1 over firms with both years
    qint64 nationalCount = 0;
    qint64 provinceCount = 0;
    std::optional<double> lq; ///< against the nation
    std::optional<double> lqProvince; ///< against the region's province (regions below province level)
    std::optional<double> lqRevenue; ///< by revenue, against the nation
    QString gapClass; ///< strong, average, weak, missing, absent
    QList<FirmRef> leaders; ///< 链主: largest by latest revenue (up to 3)
    QHash<QString, qint64> ruleCounts; ///< class/name/scope/correction → enterprises in the region
};

/// Business links between two segments (from supplies to) seen from the region.
struct SupplyLink
{
    QString from;
    QString to;
    QString scope; ///< inside (both in the region), inbound (supplier outside), outbound (customer outside)
    qint64 pairs = 0;
    double amount = 0; ///< yuan, relations and invoices summed
};

/// A region's map of one chain.
struct ChainMap
{
    QString chainId, chainName, region, regionName;
    qint64 regionEnterprises = 0; ///< operating enterprises in the region (any industry)
    qint64 nationalEnterprises = 0;
    qint64 provinceEnterprises = 0;
    QList<SegmentFigures> segments;
    QList<SupplyLink> links; ///< filled by supplyLinks()
    Thresholds thresholds;
    double ms = 0;
};

/// A 补链 candidate: an enterprise of the segment outside the region, with its score and reasons.
struct Target
{
    FirmRef firm;
    double score = 0;
    QJsonObject parts; ///< size, growth, qualifications, relations, investments, hometown
    QStringList reasons;
};

/// The industry-chain engine over the shared search index (read-only, thread-safe once built).
class ChainEngine
{
    Q_DECLARE_TR_FUNCTIONS(ChainEngine)
public:
    explicit ChainEngine(std::shared_ptr<const dj::search::SearchIndex> index);

    /// Assigns every enterprise to the chain's segments; corrections (of this chain) win over the rules.
    ChainAssignment assign(const ChainTemplate& chain,
        const QList<dj::store::ChainCorrectionRow>& corrections = {}, const Progress& progress = {}) const;

    /// Segment figures, location quotients and gap classes for a region prefix (2, 4 or 6 digits; checked).
    ChainMap map(const ChainAssignment& assignment, const QString& region, Thresholds thresholds = {}) const;

    /// Supply links between the chain's segments touching the region (relations and invoices of the cache).
    QList<SupplyLink> supplyLinks(
        const ChainAssignment& assignment, const QString& region, const dj::store::ChainReads& reads) const;

    /// 补链 targets for a segment: operating enterprises of the segment outside the region, ranked by fit.
    QList<Target> targets(const ChainAssignment& assignment, const QString& region, const QString& segmentId,
        const dj::store::ChainReads& reads, int limit = 50) const;

    /// The region's operating enterprises of a segment, largest revenue first.
    std::vector<qint32> members(const ChainAssignment& assignment, const QString& region, int segment,
        bool operatingOnly = true) const;

    FirmRef firm(qint32 row) const;
    /// Throws ChainError when the prefix is not a 2/4/6-digit code of today's regions.
    static QString checkedRegion(const QString& region);
    static QString regionName(const QString& region);

    const std::shared_ptr<const dj::search::SearchIndex>& index() const { return m_index; }

private:
    bool operating(qint32 row) const;
    std::shared_ptr<const dj::search::SearchIndex> m_index;
    std::vector<char> m_operatingStatus; ///< per status dict code
    quint32 m_gaoxin = 0, m_zjtx = 0, m_xjr = 0; ///< qualification kind codes + 1 (0 = not present)
};

QJsonObject toJson(const ChainMap& map);
QJsonObject toJson(const Target& target);
QJsonObject toJson(const FirmRef& firm);

} // namespace dj::chains
