#include "core/map/kdtree.h"

#include <algorithm>

namespace dj::map {

KdTree::KdTree(std::vector<Item> items, int nodeSize)
    : m_items(std::move(items))
    , m_nodeSize(std::size_t(std::max(nodeSize, 2)))
{
    if (!m_items.empty())
        sortKd(0, m_items.size() - 1, 0);
}

std::vector<std::uint32_t> KdTree::renumber()
{
    std::vector<std::uint32_t> old(m_items.size());
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        old[i] = m_items[i].id;
        m_items[i].id = std::uint32_t(i);
    }
    return old;
}

void KdTree::sortKd(std::size_t left, std::size_t right, int axis)
{
    // Iterative on the right half keeps the recursion depth at log2(n).
    while (right - left > m_nodeSize) {
        const std::size_t m = (left + right) >> 1;
        auto first = m_items.begin() + std::ptrdiff_t(left);
        auto nth = m_items.begin() + std::ptrdiff_t(m);
        auto last = m_items.begin() + std::ptrdiff_t(right) + 1;
        if (axis == 0)
            std::nth_element(first, nth, last, [](const Item& a, const Item& b) { return a.x < b.x; });
        else
            std::nth_element(first, nth, last, [](const Item& a, const Item& b) { return a.y < b.y; });
        if (m > left)
            sortKd(left, m - 1, 1 - axis);
        left = m + 1;
        axis = 1 - axis;
    }
}

} // namespace dj::map
