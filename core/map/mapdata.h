#pragma once

#include "core/common/progress.h"
#include "core/map/vectorlayer.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace dj::map {

/// The attribute enterprise markers are coloured by.
enum class ColourBy { IndustrySection, Scale, Risk };

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
    VectorLayer parks;
    VectorLayer buildings;
    QList<Park> parkList;
    qint64 withoutCoordinates = 0; ///< enterprises that cannot be placed
    qint64 badGeometries = 0; ///< park boundaries or footprints that are not valid GeoJSON polygons

    /// Reads a cache (read-only). Throws store::StoreError for an unusable file, Cancelled via progress.
    static MapData load(const QString& cachePath, const Progress& progress = {});
    /// Per-point categories for a colouring.
    const std::vector<std::uint8_t>& categories(ColourBy by) const;
    /// Legend entries, index = category.
    static QStringList categoryNames(ColourBy by);
    /// A readable palette with one colour per category.
    static QList<QColor> palette(ColourBy by);
    /// The WGS-84 box of all points and parks (invalid when empty).
    QRectF extent() const;
};

} // namespace dj::map
