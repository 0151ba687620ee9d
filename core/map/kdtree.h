#pragma once

#include <cstdint>
#include <vector>

namespace dj::map {

/// A static 2-D KD-tree over points (a port of the idea of mapbox/kdbush): built once by recursive
/// selection on alternating axes, then range and radius queries without allocation per node.
class KdTree
{
public:
    struct Item
    {
        double x;
        double y;
        std::uint32_t id; ///< the caller's index
    };

    KdTree() = default;
    /// Takes the items and reorders them into tree order.
    explicit KdTree(std::vector<Item> items, int nodeSize = 64);

    std::size_t size() const { return m_items.size(); }
    /// Sets every item's id to its position in tree order and returns the previous ids, so that a caller
    /// can store its own records in tree order (spatially coherent, cache friendly).
    std::vector<std::uint32_t> renumber();
    const std::vector<Item>& items() const { return m_items; }

    /// Calls f(id) for every item inside the closed box.
    template <typename F> void range(double minX, double minY, double maxX, double maxY, F&& f) const;
    /// Calls f(id) for every item within distance r of (qx, qy).
    template <typename F> void within(double qx, double qy, double r, F&& f) const;

private:
    void sortKd(std::size_t left, std::size_t right, int axis);
    std::vector<Item> m_items;
    std::size_t m_nodeSize = 64;
};

template <typename F> void KdTree::range(double minX, double minY, double maxX, double maxY, F&& f) const
{
    if (m_items.empty())
        return;
    struct Frame
    {
        std::size_t left, right;
        int axis;
    };
    Frame stack[128];
    int top = 0;
    stack[top++] = { 0, m_items.size() - 1, 0 };
    while (top > 0) {
        const Frame fr = stack[--top];
        if (fr.right - fr.left <= m_nodeSize) {
            for (std::size_t i = fr.left; i <= fr.right; ++i) {
                const Item& it = m_items[i];
                if (it.x >= minX && it.x <= maxX && it.y >= minY && it.y <= maxY)
                    f(it.id);
            }
            continue;
        }
        const std::size_t m = (fr.left + fr.right) >> 1;
        const Item& it = m_items[m];
        if (it.x >= minX && it.x <= maxX && it.y >= minY && it.y <= maxY)
            f(it.id);
        const double v = fr.axis == 0 ? it.x : it.y;
        const double lo = fr.axis == 0 ? minX : minY;
        const double hi = fr.axis == 0 ? maxX : maxY;
        if (lo <= v && m > fr.left)
            stack[top++] = { fr.left, m - 1, 1 - fr.axis };
        if (hi >= v)
            stack[top++] = { m + 1, fr.right, 1 - fr.axis };
    }
}

template <typename F> void KdTree::within(double qx, double qy, double r, F&& f) const
{
    if (m_items.empty())
        return;
    struct Frame
    {
        std::size_t left, right;
        int axis;
    };
    Frame stack[128];
    int top = 0;
    stack[top++] = { 0, m_items.size() - 1, 0 };
    const double r2 = r * r;
    while (top > 0) {
        const Frame fr = stack[--top];
        if (fr.right - fr.left <= m_nodeSize) {
            for (std::size_t i = fr.left; i <= fr.right; ++i) {
                const Item& it = m_items[i];
                const double dx = it.x - qx, dy = it.y - qy;
                if (dx * dx + dy * dy <= r2)
                    f(it.id);
            }
            continue;
        }
        const std::size_t m = (fr.left + fr.right) >> 1;
        const Item& it = m_items[m];
        const double dx = it.x - qx, dy = it.y - qy;
        if (dx * dx + dy * dy <= r2)
            f(it.id);
        const double v = fr.axis == 0 ? it.x : it.y;
        const double q = fr.axis == 0 ? qx : qy;
        if (q - r <= v && m > fr.left)
            stack[top++] = { fr.left, m - 1, 1 - fr.axis };
        if (q + r >= v)
            stack[top++] = { m + 1, fr.right, 1 - fr.axis };
    }
}

} // namespace dj::map
