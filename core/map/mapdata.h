#pragma once

#include "core/common/progress.h"
#include "core/map/overlay.h"
#include "core/map/vectorlayer.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace dj::search {
class SearchIndex;
}

namespace dj::map {

/// The attribute enterprise markers are coloured by. The numbers are saved in settings: append only.
enum class ColourBy { IndustrySection, Scale, Risk, IndustryDivision, IndustryClass };

/// Everything the park map shows from a cache: enterprise positions with their attributes, parks and
/// building footprints. Loaded off the GUI thread with a connection of its own.
struct MapData
{
    Q_DECLARE_TR_FUNCTIONS(MapData)
public:
    struct Park
    {
        QString id;
        QString name;
        QString kind;
        QRectF bounds; ///< lon/lat (x = lon, y = lat)
        int buildings = 0;
    };

    std::vector<QPointF> lonLat; ///< operating place when known, else the registered one (WGS-84)
    QStringList usccs;
    QStringList names;
    std::vector<std::uint8_t> section; ///< 0..19 = GB/T 4754 sections A..T, 20 = unknown
    std::vector<std::uint8_t> scale; ///< 0 大型, 1 中型, 2 小型, 3 微型, 4 unknown
    std::vector<std::uint8_t> risk; ///< current (有效) risk records: 0 none, 1 one or two, 2 three or more
    /// GB/T 4754 division (大类, 2 digits) and class (小类, 4 digits): index into divisionCodes / classCodes
    /// (the kTopCategories most frequent codes, most frequent first), then "other", then "unknown".
    std::vector<std::uint8_t> division;
    std::vector<std::uint8_t> industryClass;
    QStringList divisionCodes;
    QStringList classCodes;
    /// Shapes the user drew or imported (the cache's map_overlays).
    QList<Overlay> overlays;
    qint64 badOverlays = 0; ///< saved shapes that could not be read back
    VectorLayer parks;
    VectorLayer buildings;
    QList<Park> parkList;
    qint64 withoutCoordinates = 0; ///< enterprises that cannot be placed
    qint64 badGeometries = 0; ///< park boundaries or footprints that are not valid GeoJSON polygons

    /// Reads a cache (read-only). Throws store::StoreError for an unusable file, Cancelled via progress.
    /// With the cache's search index (the one AppContext shares), the enterprise points come from the
    /// index's columns (positions, names, sections, scales, industries, current risks) and only parks,
    /// buildings and drawings are read from the cache; without it, the enterprises table is scanned.
    static MapData load(
        const QString& cachePath, const Progress& progress = {}, const search::SearchIndex* index = nullptr);
    /// Divisions and classes beyond this many share the "other industries" colour: a legend of ninety
    /// colours is unreadable, and the cluster index tracks 32 categories.
    static constexpr int kTopCategories = 12;

    /// Per-point categories for a colouring.
    const std::vector<std::uint8_t>& categories(ColourBy by) const;
    /// Legend entries, index = category (divisions and classes: "39 计算机…", then other, unknown).
    QStringList categoryNames(ColourBy by) const;
    /// A readable palette with one colour per category; a division or class keeps its colour whatever
    /// its rank (colourForCode).
    QList<QColor> palette(ColourBy by) const;
    /// A stable colour for a GB/T 4754 division or class code ("39", "3922").
    static QColor colourForCode(const QString& code);
    /// Assigns top-N categories from per-point code indexes (-1 unknown) and the code list (exposed for
    /// tests): the most frequent codes first, ties by code.
    static void rankCodes(const std::vector<int>& pointCode, const QStringList& codes,
        std::vector<std::uint8_t>& categories, QStringList& topCodes);
    /// The WGS-84 box of all points and parks (invalid when empty).
    QRectF extent() const;
};

} // namespace dj::map
