#include "core/map/clusterindex.h"

#include "core/map/tilemath.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace dj::map {

namespace {
constexpr std::int32_t kUnvisited = std::numeric_limits<std::int32_t>::max();

/// Builds the level's tree and stores the nodes in tree order: neighbours then sit next to each other in
/// memory, which is most of the speed of the clustering pass.
template <typename Nodes> KdTree treeOver(Nodes& nodes)
{
    std::vector<KdTree::Item> items;
    items.reserve(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i)
        items.push_back({ nodes[i].x, nodes[i].y, std::uint32_t(i) });
    KdTree tree(std::move(items), 64);
    const std::vector<std::uint32_t> order = tree.renumber();
    Nodes sorted;
    sorted.reserve(nodes.size());
    for (std::uint32_t i : order)
        sorted.push_back(nodes[i]);
    nodes = std::move(sorted);
    return tree;
}
} // namespace

ClusterIndex::ClusterIndex(const std::vector<QPointF>& lonLat, const std::vector<std::uint8_t>& categories,
    const Options& options, const Progress& progress)
    : m_options(options)
{
    if (options.minZoom < 0 || options.maxZoom < options.minZoom || options.maxZoom > 24)
        throw std::invalid_argument("ClusterIndex: bad zoom range");
    // Cluster ids pack (node index << 5 | zoom + 1) above the point ids, which must fit into 31 bits.
    if (lonLat.size() > (std::size_t(1) << 25))
        throw std::invalid_argument("ClusterIndex: too many points");
    m_pointCount = std::int32_t(lonLat.size());
    const int levels = options.maxZoom - options.minZoom + 2;
    m_levels.resize(std::size_t(levels));

    Level& finest = m_levels.back();
    finest.nodes.reserve(lonLat.size());
    m_points.reserve(lonLat.size());
    for (std::size_t i = 0; i < lonLat.size(); ++i) {
        const QPointF u = TileMath::lonLatToUnit(lonLat[i].x(), lonLat[i].y());
        const std::uint8_t cat = i < categories.size() ? categories[i] : 0;
        finest.nodes.push_back({ u.x(), u.y(), kUnvisited, std::int32_t(i), -1, 1, cat });
        m_points.push_back({ u.x(), u.y(), cat });
    }
    finest.tree = treeOver(finest.nodes);
    progress.report(1, levels, QCoreApplication::translate("dj::map::ClusterIndex", "Clustering"));

    for (int z = options.maxZoom; z >= options.minZoom; --z) {
        m_levels[std::size_t(z - options.minZoom)]
            = clusterLevel(m_levels[std::size_t(z - options.minZoom + 1)], z);
        progress.report(options.maxZoom - z + 2, levels,
            QCoreApplication::translate("dj::map::ClusterIndex", "Clustering"));
    }
}

ClusterIndex::Level ClusterIndex::clusterLevel(Level& finer, int zoom) const
{
    const double r = m_options.radiusPx / (TileMath::kTileSize * std::exp2(zoom));
    Level out;
    out.nodes.reserve(finer.nodes.size() / 2 + 16);
    std::vector<std::uint32_t> neighbours;
    std::array<std::int64_t, kMaxCategories> weights {};
    std::vector<int> touched;
    auto& nodes = finer.nodes;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        Node& p = nodes[i];
        if (p.zoom <= zoom)
            continue;
        p.zoom = zoom;
        neighbours.clear();
        finer.tree.within(p.x, p.y, r, [&](std::uint32_t id) { neighbours.push_back(id); });
        const std::int32_t originCount = p.count;
        std::int64_t count = originCount;
        for (std::uint32_t n : neighbours)
            if (nodes[n].zoom > zoom)
                count += nodes[n].count;
        if (count > originCount && count >= m_options.minPoints) {
            double wx = p.x * originCount, wy = p.y * originCount;
            const std::int32_t id = m_pointCount + ((std::int32_t(i) << 5) | (zoom + 1));
            touched.clear();
            auto weigh = [&](const Node& n) {
                const int c = std::min<int>(n.category, kMaxCategories - 1);
                if (weights[std::size_t(c)] == 0)
                    touched.push_back(c);
                weights[std::size_t(c)] += n.count;
            };
            weigh(p);
            for (std::uint32_t ni : neighbours) {
                Node& b = nodes[ni];
                if (b.zoom <= zoom)
                    continue;
                b.zoom = zoom;
                wx += b.x * b.count;
                wy += b.y * b.count;
                b.parentId = id;
                weigh(b);
            }
            p.parentId = id;
            // Dominant category weighted by the children's counts (each child contributes its own dominant
            // one).
            int best = touched.front();
            for (int c : touched) {
                if (weights[std::size_t(c)] > weights[std::size_t(best)]
                    || (weights[std::size_t(c)] == weights[std::size_t(best)] && c < best))
                    best = c;
            }
            for (int c : touched)
                weights[std::size_t(c)] = 0;
            out.nodes.push_back({ wx / double(count), wy / double(count), kUnvisited, id, -1,
                std::int32_t(count), std::uint8_t(best) });
        } else {
            Node copy = p;
            copy.zoom = kUnvisited;
            copy.parentId = -1;
            out.nodes.push_back(copy);
            p.parentId = -1;
            if (count > 1) {
                // Below minPoints: the neighbours stay on their own at this zoom as well.
                for (std::uint32_t ni : neighbours) {
                    Node& b = nodes[ni];
                    if (b.zoom <= zoom)
                        continue;
                    b.zoom = zoom;
                    Node c2 = b;
                    c2.zoom = kUnvisited;
                    c2.parentId = -1;
                    out.nodes.push_back(c2);
                }
            }
        }
    }
    out.tree = treeOver(out.nodes);
    return out;
}

const ClusterIndex::Level& ClusterIndex::level(int zoom) const
{
    const int z = std::clamp(zoom, m_options.minZoom, m_options.maxZoom + 1);
    return m_levels[std::size_t(z - m_options.minZoom)];
}

static ClusterIndex::Item toItem(double x, double y, std::int32_t id, std::int32_t count, std::uint8_t cat)
{
    ClusterIndex::Item it;
    it.x = x;
    it.y = y;
    it.id = id;
    it.count = count;
    it.category = cat;
    return it;
}

std::vector<ClusterIndex::Item> ClusterIndex::items(const QRectF& unitBox, int zoom) const
{
    std::vector<Item> out;
    if (m_levels.empty())
        return out;
    const Level& lv = level(zoom);
    lv.tree.range(unitBox.left(), unitBox.top(), unitBox.right(), unitBox.bottom(), [&](std::uint32_t i) {
        const Node& n = lv.nodes[i];
        out.push_back(toItem(n.x, n.y, n.id, n.count, n.category));
    });
    return out;
}

int ClusterIndex::originZoom(std::int32_t clusterId) const
{
    if (clusterId < m_pointCount)
        return m_options.maxZoom + 1;
    return ((clusterId - m_pointCount) & 31) - 1;
}

std::vector<ClusterIndex::Item> ClusterIndex::children(std::int32_t clusterId) const
{
    std::vector<Item> out;
    if (clusterId < m_pointCount || m_levels.empty())
        return out;
    const int z = originZoom(clusterId);
    const std::size_t originIndex = std::size_t((clusterId - m_pointCount) >> 5);
    if (z < m_options.minZoom || z > m_options.maxZoom)
        return out;
    const Level& finer = level(z + 1);
    if (originIndex >= finer.nodes.size())
        return out;
    const Node& origin = finer.nodes[originIndex];
    const double r = m_options.radiusPx / (TileMath::kTileSize * std::exp2(z));
    // Every child lies within r of the origin node, because that is how the cluster was formed.
    finer.tree.within(origin.x, origin.y, r, [&](std::uint32_t i) {
        const Node& n = finer.nodes[i];
        if (n.parentId == clusterId)
            out.push_back(toItem(n.x, n.y, n.id, n.count, n.category));
    });
    return out;
}

std::vector<std::int32_t> ClusterIndex::leaves(std::int32_t id) const
{
    std::vector<std::int32_t> out;
    std::vector<std::int32_t> stack { id };
    while (!stack.empty()) {
        const std::int32_t cur = stack.back();
        stack.pop_back();
        if (cur < m_pointCount) {
            if (cur >= 0)
                out.push_back(cur);
            continue;
        }
        for (const Item& c : children(cur))
            stack.push_back(c.id);
    }
    return out;
}

int ClusterIndex::expansionZoom(std::int32_t clusterId) const
{
    int z = originZoom(clusterId);
    if (clusterId < m_pointCount)
        return m_options.maxZoom + 1;
    std::int32_t id = clusterId;
    while (z <= m_options.maxZoom) {
        const auto kids = children(id);
        ++z;
        if (kids.size() != 1)
            break;
        id = kids.front().id;
        if (id < m_pointCount)
            break;
    }
    return z;
}

std::vector<std::int32_t> ClusterIndex::pointsInBox(const QRectF& unitBox) const
{
    std::vector<std::int32_t> out;
    if (m_levels.empty())
        return out;
    const Level& lv = m_levels.back();
    lv.tree.range(unitBox.left(), unitBox.top(), unitBox.right(), unitBox.bottom(),
        [&](std::uint32_t i) { out.push_back(lv.nodes[i].id); });
    return out;
}

QPointF ClusterIndex::pointUnit(std::int32_t index) const
{
    const PointRecord& p = m_points[std::size_t(index)];
    return { p.x, p.y };
}

std::uint8_t ClusterIndex::pointCategory(std::int32_t index) const
{
    return m_points[std::size_t(index)].category;
}

} // namespace dj::map
