#include "core/map/clusterindex.h"
#include "core/map/tilemath.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>
#include <cmath>
#include <set>

using namespace dj::map;

namespace {
const QRectF kWorld(QPointF(0, 0), QPointF(1, 1));

std::vector<QPointF> randomPoints(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<QPointF> pts;
    // A city (dense) plus a few far-away points.
    for (int i = 0; i < n; ++i) {
        if (i % 50 == 0)
            pts.emplace_back(73 + rng.generateDouble() * 60, 18 + rng.generateDouble() * 35);
        else
            pts.emplace_back(121.3 + rng.generateDouble() * 0.3, 31.1 + rng.generateDouble() * 0.25);
    }
    return pts;
}
} // namespace

TEST_CASE("clusters: counts conserved and every point in exactly one item per zoom", "[map][cluster]")
{
    const auto pts = randomPoints(5000, 7);
    std::vector<std::uint8_t> cats(pts.size());
    for (std::size_t i = 0; i < cats.size(); ++i)
        cats[i] = std::uint8_t(i % 5);
    ClusterIndex::Options opt;
    opt.maxZoom = 16;
    const ClusterIndex index(pts, cats, opt);
    REQUIRE(index.pointCount() == 5000);
    std::size_t previous = 0;
    for (int z = 0; z <= 17; ++z) {
        INFO("zoom " << z);
        const auto items = index.items(kWorld, z);
        std::int64_t total = 0;
        std::vector<int> seen(pts.size(), 0);
        for (const auto& it : items) {
            total += it.count;
            const auto leaves = index.leaves(it.id);
            REQUIRE(std::int64_t(leaves.size()) == it.count);
            for (auto l : leaves)
                ++seen[std::size_t(l)];
        }
        CHECK(total == 5000);
        CHECK(std::all_of(seen.begin(), seen.end(), [](int s) { return s == 1; }));
        // Zooming in never merges: the number of items does not shrink.
        CHECK(items.size() >= previous);
        previous = items.size();
    }
    CHECK(index.items(kWorld, 17).size() == 5000);
    CHECK(index.items(kWorld, 0).size() < 60);
}

TEST_CASE("clusters: children lie within the radius and expansion zoom splits a cluster", "[map][cluster]")
{
    const auto pts = randomPoints(3000, 11);
    ClusterIndex::Options opt;
    opt.radiusPx = 40;
    const ClusterIndex index(pts, {}, opt);
    int checked = 0;
    for (int z = 2; z <= 16; z += 2) {
        for (const auto& c : index.items(kWorld, z)) {
            if (!c.isCluster())
                continue;
            // A cluster shown at z was formed at z or, when nothing joined it since, deeper.
            const int oz = index.originZoom(c.id);
            CHECK(oz >= z);
            const double r = opt.radiusPx / TileMath::worldSize(oz);
            const auto kids = index.children(c.id);
            REQUIRE(kids.size() >= 2);
            std::int64_t sum = 0;
            for (const auto& k : kids) {
                sum += k.count;
                // Every child lies within r of the seed, and the centre within r of the seed too.
                CHECK(std::hypot(k.x - c.x, k.y - c.y) <= 2 * r + 1e-12);
            }
            CHECK(sum == c.count);
            const int ez = index.expansionZoom(c.id);
            CHECK(ez > z);
            CHECK(ez <= opt.maxZoom + 1);
            // At the expansion zoom the cluster's points are shown as more than one item.
            const auto leaves = index.leaves(c.id);
            const std::set<std::int32_t> leafSet(leaves.begin(), leaves.end());
            int itemsHoldingLeaves = 0;
            for (const auto& it : index.items(kWorld, ez)) {
                const auto l = index.leaves(it.id);
                if (!l.empty() && leafSet.count(l.front()))
                    ++itemsHoldingLeaves;
            }
            CHECK(itemsHoldingLeaves >= 2);
            if (++checked > 40)
                return;
        }
    }
}

TEST_CASE("clusters: two close points merge when zoomed out and split when zoomed in", "[map][cluster]")
{
    // About 10 m apart in Shanghai.
    const std::vector<QPointF> pts { { 121.4737, 31.2304 }, { 121.4738, 31.2304 } };
    const std::vector<std::uint8_t> cats { 3, 3 };
    ClusterIndex::Options opt;
    opt.maxZoom = 20;
    const ClusterIndex index(pts, cats, opt);
    CHECK(index.items(kWorld, 10).size() == 1);
    CHECK(index.items(kWorld, 10).front().count == 2);
    CHECK(index.items(kWorld, 10).front().category == 3);
    CHECK(index.items(kWorld, 21).size() == 2);
    // 9.5 m apart, radius 40 px: at z19 40 px = 10.2 m (merged), at z20 5.1 m (apart).
    const int ez = index.expansionZoom(index.items(kWorld, 10).front().id);
    CHECK(ez == 20);
    CHECK(index.items(kWorld, 20).size() == 2);
    CHECK(index.items(kWorld, 19).size() == 1);
}

TEST_CASE("clusters: dominant category and raw point queries", "[map][cluster]")
{
    std::vector<QPointF> pts;
    std::vector<std::uint8_t> cats;
    for (int i = 0; i < 30; ++i) {
        pts.emplace_back(116.40 + i * 1e-4, 39.90);
        cats.push_back(i < 20 ? 1 : 2);
    }
    const ClusterIndex index(pts, cats, {});
    const auto top = index.items(kWorld, 5);
    REQUIRE(top.size() == 1);
    CHECK(top.front().category == 1);

    const QPointF a = TileMath::lonLatToUnit(116.40 - 1e-6, 39.90 + 1e-3);
    const QPointF b = TileMath::lonLatToUnit(116.40 + 9.5e-4, 39.90 - 1e-3);
    const auto inBox = index.pointsInBox(QRectF(a, b).normalized());
    CHECK(inBox.size() == 10);
    CHECK(index.pointCategory(25) == 2);
}

TEST_CASE("clusters: empty input, bad options and cancellation", "[map][cluster]")
{
    const ClusterIndex empty({}, {}, {});
    CHECK(empty.items(kWorld, 3).empty());
    ClusterIndex::Options bad;
    bad.maxZoom = -1;
    CHECK_THROWS_AS(ClusterIndex({}, {}, bad), std::invalid_argument);

    std::atomic_bool cancel { true };
    const dj::Progress progress([](qint64, qint64, const QString&) {}, &cancel);
    CHECK_THROWS_AS(ClusterIndex(randomPoints(100, 1), {}, {}, progress), dj::Cancelled);
}
