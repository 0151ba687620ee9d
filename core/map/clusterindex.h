#pragma once

#include "core/common/progress.h"
#include "core/map/kdtree.h"

#include <QPointF>
#include <QRectF>
#include <cstdint>
#include <vector>

namespace dj::map {

/// Hierarchical greedy point clustering per zoom level, as mapbox/supercluster does it.
///
/// Points are indexed once (off the GUI thread); every zoom from minZoom to maxZoom has its own KD-tree of
/// clusters and unclustered points, built bottom-up from maxZoom + 1 (the raw points): each not-yet-visited
/// item absorbs all not-yet-visited neighbours within `radius` pixels into a cluster at their weighted
/// centre.
class ClusterIndex
{
public:
    struct Options
    {
        int minZoom = 0;
        int maxZoom = 16; ///< above this zoom every point is shown on its own
        double radiusPx = 40.0; ///< cluster radius in screen pixels (256-px tiles)
        int minPoints = 2;
    };

    /// One item at a zoom: a cluster (count > 1) or a single point (count == 1, pointIndex valid).
    struct Item
    {
        double x = 0; ///< unit Web Mercator (0..1)
        double y = 0;
        std::int32_t id = 0; ///< point index for points; >= pointCount() for clusters
        std::int32_t count = 1;
        std::uint8_t category = 0; ///< a point's category; a cluster's dominant one
        bool isCluster() const { return count > 1; }
    };

    ClusterIndex() = default;
    /// Indexes lon/lat points; categories (may be empty) colour them. Throws Cancelled via progress.
    ClusterIndex(const std::vector<QPointF>& lonLat, const std::vector<std::uint8_t>& categories,
        const Options& options, const Progress& progress = {});

    const Options& options() const { return m_options; }
    std::int32_t pointCount() const { return m_pointCount; }

    /// Items whose centre is inside the unit-coordinate box at an integer zoom (clamped to the index range).
    std::vector<Item> items(const QRectF& unitBox, int zoom) const;
    /// Direct children of a cluster (one zoom deeper).
    std::vector<Item> children(std::int32_t clusterId) const;
    /// All point indexes under a cluster (or the point itself).
    std::vector<std::int32_t> leaves(std::int32_t id) const;
    /// The zoom at which a cluster falls apart into more than one item (click to expand).
    int expansionZoom(std::int32_t clusterId) const;
    /// The zoom at which a cluster was formed.
    int originZoom(std::int32_t clusterId) const;

    /// Raw point queries on the finest level (selection tools); unit coordinates.
    std::vector<std::int32_t> pointsInBox(const QRectF& unitBox) const;
    QPointF pointUnit(std::int32_t index) const;
    std::uint8_t pointCategory(std::int32_t index) const;

    /// Number of categories tracked exactly for the dominant colour; higher ones share the last slot.
    static constexpr int kMaxCategories = 32;

private:
    struct Node
    {
        double x;
        double y;
        std::int32_t zoom; ///< the last zoom this node was visited at (clustering bookkeeping)
        std::int32_t id;
        std::int32_t parentId; ///< -1 when not absorbed
        std::int32_t count;
        std::uint8_t category;
    };
    struct Level
    {
        std::vector<Node> nodes;
        KdTree tree;
    };
    Level clusterLevel(Level& finer, int zoom) const;
    const Level& level(int zoom) const;

    struct PointRecord
    {
        double x;
        double y;
        std::uint8_t category;
    };
    Options m_options;
    std::int32_t m_pointCount = 0;
    std::vector<PointRecord> m_points; ///< by the caller's point index
    std::vector<Level> m_levels; ///< index z - minZoom, for z in [minZoom, maxZoom + 1]
};

} // namespace dj::map
