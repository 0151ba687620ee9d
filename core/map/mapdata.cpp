#include "core/map/mapdata.h"

#include "core/codes/industries.h"
#include "core/map/maperror.h"
#include "core/map/overlaystore.h"
#include "core/search/indexdata.h"
#include "core/search/searchindex.h"
#include "core/store/cache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace dj::map {

namespace {

std::uint8_t scaleIndex(QStringView s)
{
    if (s == u"大型")
        return 0;
    if (s == u"中型")
        return 1;
    if (s == u"小型")
        return 2;
    if (s == u"微型")
        return 3;
    return 4;
}

bool validLonLat(double lon, double lat)
{
    return std::isfinite(lon) && std::isfinite(lat) && std::abs(lon) <= 180 && std::abs(lat) <= 85.05
        && !(lon == 0 && lat == 0);
}

std::optional<Feature> polygonFrom(const QString& json)
{
    if (json.trimmed().isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        throw MapError(MapData::tr("not JSON"));
    QJsonObject o = doc.object();
    if (o.value(u"type"_s).toString() == u"Feature")
        o = o.value(u"geometry"_s).toObject();
    Feature f = VectorLayer::parseGeometry(o);
    if (f.type != Feature::Type::Polygon)
        throw MapError(MapData::tr("not a polygon"));
    return f;
}

} // namespace

MapData MapData::load(const QString& cachePath, const Progress& progress, const search::SearchIndex* index)
{
    MapData d;
    VectorStyle parkStyle;
    parkStyle.stroke = QColor(0x2e, 0x7d, 0x32);
    parkStyle.fill = QColor(0x66, 0xbb, 0x6a, 45);
    parkStyle.strokeWidth = 2.0;
    parkStyle.minLabelZoom = 11;
    d.parks = VectorLayer(tr("Parks"), parkStyle);
    d.parks.setId(u"park"_s);
    VectorStyle buildingStyle;
    buildingStyle.stroke = QColor(0x6d, 0x4c, 0x41);
    buildingStyle.fill = QColor(0xbc, 0xaa, 0xa4, 150);
    buildingStyle.strokeWidth = 1.0;
    buildingStyle.minLabelZoom = 16.5;
    buildingStyle.minZoom = 13;
    d.buildings = VectorLayer(tr("Buildings"), buildingStyle);
    d.buildings.setId(u"building"_s);

    store::Database db = store::Cache::open(cachePath, store::Cache::Access::ReadOnly);
    // Division and class per point as indexes into code lists; the raw code text repeats a lot, so each
    // distinct spelling is resolved against GB/T 4754 once.
    const codes::Industries& industries = codes::Industries::instance();
    QStringList divisionList, classList;
    QHash<QString, int> divisionIds, classIds;
    QHash<QString, std::pair<int, int>> resolved;
    std::vector<int> pointDivision, pointClass;
    auto idOf = [](const QString& code, QStringList& list, QHash<QString, int>& ids) {
        auto it = ids.constFind(code);
        if (it != ids.cend())
            return *it;
        ids.insert(code, int(list.size()));
        list << code;
        return int(list.size() - 1);
    };
    auto resolve = [&](const QString& raw) -> std::pair<int, int> {
        auto it = resolved.constFind(raw);
        if (it != resolved.cend())
            return *it;
        std::pair<int, int> r { -1, -1 };
        const codes::Industry* ind = raw.isEmpty() ? nullptr : industries.find(raw);
        if (ind && ind->level >= 1) {
            const QString digits = ind->code;
            if (const codes::Industry* d = industries.find(digits.left(2)); d && d->level == 1)
                r.first = idOf(d->code, divisionList, divisionIds);
            if (ind->level == 3)
                r.second = idOf(ind->code, classList, classIds);
        }
        resolved.insert(raw, r);
        return r;
    };
    // One enterprise, from whichever source: skipped (counted) without a usable position.
    auto addPoint = [&](double lon, double lat, QString uscc, QString name, QStringView section,
                        QStringView scale, const QString& industry, qint64 risks) {
        if (!validLonLat(lon, lat)) {
            ++d.withoutCoordinates;
            return;
        }
        d.lonLat.emplace_back(lon, lat);
        d.usccs << std::move(uscc);
        d.names << std::move(name);
        const QString sec = section.trimmed().toString().toUpper();
        const int s = sec.size() == 1 ? sec.at(0).unicode() - u'A' : -1;
        d.section.push_back(std::uint8_t(s >= 0 && s < 20 ? s : 20));
        d.scale.push_back(scaleIndex(scale));
        const auto [div, cls] = resolve(industry.trimmed().toUpper());
        pointDivision.push_back(div);
        pointClass.push_back(cls);
        d.risk.push_back(std::uint8_t(risks == 0 ? 0 : risks <= 2 ? 1 : 2));
    };
    if (index) {
        // The shared index already holds every column the map needs: no second scan of the cache.
        const search::IndexData& x = index->data();
        const qint64 total = x.n;
        progress.report(0, total, tr("Reading enterprises"));
        const auto dictText
            = [](const search::DictColumn& c, qint64 row) { return c.dict.text(c.codes[size_t(row)]); };
        for (qint32 row = 0; row < x.n; ++row) {
            if ((row + 1) % 20000 == 0)
                progress.report(row, total, tr("Reading enterprises"));
            const double lon = x.lon[size_t(row)], lat = x.lat[size_t(row)];
            if (std::isnan(lon) || std::isnan(lat)) {
                ++d.withoutCoordinates;
                continue;
            }
            addPoint(lon, lat, x.uscc.text(row), x.name.text(row), dictText(x.section, row),
                dictText(x.scale, row), dictText(x.industryCode, row),
                qint64(x.risk.end(row) - x.risk.begin(row)));
        }
        progress.report(total, total, tr("Reading parks and buildings"));
    } else {
        const qint64 total = db.scalarInt("SELECT count(*) FROM enterprises");
        progress.report(0, total, tr("Reading enterprises"));
        auto st = db.prepare(
            "SELECT e.uscc, e.name,"
            " CASE WHEN e.op_lon IS NOT NULL AND e.op_lat IS NOT NULL THEN e.op_lon ELSE e.lon END,"
            " CASE WHEN e.op_lon IS NOT NULL AND e.op_lat IS NOT NULL THEN e.op_lat ELSE e.lat END,"
            " e.industry_section, e.scale,"
            " e.industry_code,"
            " (SELECT count(*) FROM risks r WHERE r.uscc = e.uscc AND r.status = '有效')"
            " FROM enterprises e");
        qint64 row = 0;
        while (st.step()) {
            if (++row % 20000 == 0)
                progress.report(row, total, tr("Reading enterprises"));
            if (st.isNull(2) || st.isNull(3)) {
                ++d.withoutCoordinates;
                continue;
            }
            addPoint(st.columnDouble(2), st.columnDouble(3), st.columnText(0), st.columnText(1),
                st.columnText(4), st.columnText(5), st.columnText(6), st.columnInt(7));
        }
        progress.report(total, total, tr("Reading parks and buildings"));
    }
    rankCodes(pointDivision, divisionList, d.division, d.divisionCodes);
    rankCodes(pointClass, classList, d.industryClass, d.classCodes);

    QHash<QString, int> parkIndex;
    auto parks = db.prepare("SELECT park_id, name, kind, boundary FROM parks ORDER BY park_id");
    while (parks.step()) {
        Park p { parks.columnText(0), parks.columnText(1), parks.columnText(2), {}, 0 };
        try {
            if (auto f = polygonFrom(parks.columnText(3))) {
                f->id = p.id;
                f->label = p.name;
                p.bounds = f->bounds;
                d.parks.addFeature(*f);
            }
        } catch (const MapError&) {
            ++d.badGeometries;
        }
        parkIndex.insert(p.id, int(d.parkList.size()));
        d.parkList << p;
    }
    auto bs = db.prepare(
        "SELECT building_id, park_id, name, footprint, lon, lat FROM buildings ORDER BY building_id");
    while (bs.step()) {
        Feature f;
        bool have = false;
        try {
            if (auto poly = polygonFrom(bs.columnText(3))) {
                f = *poly;
                have = true;
            }
        } catch (const MapError&) {
            ++d.badGeometries;
        }
        if (!have && !bs.isNull(4) && !bs.isNull(5) && validLonLat(bs.columnDouble(4), bs.columnDouble(5))) {
            f.type = Feature::Type::Point;
            f.points << QPointF(bs.columnDouble(4), bs.columnDouble(5));
            have = true;
        }
        if (!have)
            continue;
        f.id = bs.columnText(0);
        f.label = bs.columnText(2);
        f.properties.insert(u"park_id"_s, bs.columnText(1));
        d.buildings.addFeature(f);
        const auto pi = parkIndex.constFind(bs.columnText(1));
        if (pi != parkIndex.cend()) {
            Park& p = d.parkList[*pi];
            ++p.buildings;
            const QRectF b = d.buildings.features().last().bounds;
            p.bounds = p.bounds.isNull() ? b : p.bounds.united(b);
        }
    }
    d.overlays = OverlayStore::load(db, &d.badOverlays);
    return d;
}

void MapData::rankCodes(const std::vector<int>& pointCode, const QStringList& codes,
    std::vector<std::uint8_t>& categories, QStringList& topCodes)
{
    std::vector<qint64> counts(std::size_t(codes.size()), 0);
    for (int c : pointCode)
        if (c >= 0)
            ++counts[std::size_t(c)];
    std::vector<int> order(codes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (counts[std::size_t(a)] != counts[std::size_t(b)])
            return counts[std::size_t(a)] > counts[std::size_t(b)];
        return codes[a] < codes[b];
    });
    const int top = std::min<int>(kTopCategories, int(order.size()));
    std::vector<std::uint8_t> rank(std::size_t(codes.size()), std::uint8_t(kTopCategories));
    topCodes.clear();
    for (int i = 0; i < top; ++i) {
        rank[std::size_t(order[std::size_t(i)])] = std::uint8_t(i);
        topCodes << codes[order[std::size_t(i)]];
    }
    categories.clear();
    categories.reserve(pointCode.size());
    for (int c : pointCode)
        categories.push_back(c < 0 ? std::uint8_t(kTopCategories + 1) : rank[std::size_t(c)]);
}

QColor MapData::colourForCode(const QString& code)
{
    // Golden-angle hues on the code's number: the same division or class always gets the same colour, and
    // neighbouring codes (often in the top list together) land far apart on the wheel.
    const int n = code.toInt();
    const int hue = int(std::fmod(n * 137.508, 360.0));
    const int sat = 150 + (n % 3) * 35;
    const int val = 215 - (n / 3 % 3) * 30;
    return QColor::fromHsv(hue, sat, val);
}

const std::vector<std::uint8_t>& MapData::categories(ColourBy by) const
{
    switch (by) {
    case ColourBy::Scale:
        return scale;
    case ColourBy::Risk:
        return risk;
    case ColourBy::IndustryDivision:
        return division;
    case ColourBy::IndustryClass:
        return industryClass;
    case ColourBy::IndustrySection:
        break;
    }
    return section;
}

QStringList MapData::categoryNames(ColourBy by) const
{
    if (by == ColourBy::IndustryDivision || by == ColourBy::IndustryClass) {
        const QStringList& codes = by == ColourBy::IndustryDivision ? divisionCodes : classCodes;
        QStringList names;
        for (const QString& c : codes) {
            const codes::Industry* ind = codes::Industries::instance().find(c);
            names << (ind ? tr("%1 %2").arg(c, ind->name) : c);
        }
        while (names.size() < kTopCategories)
            names << QString(); // unused slots keep "other" and "unknown" at fixed indexes
        names << tr("Other industries") << tr("Industry unknown");
        return names;
    }
    switch (by) {
    case ColourBy::Scale:
        return { tr("Large"), tr("Medium"), tr("Small"), tr("Micro"), tr("Scale unknown") };
    case ColourBy::Risk:
        return { tr("No current risk"), tr("1–2 current risks"), tr("3 or more current risks") };
    case ColourBy::IndustrySection:
    case ColourBy::IndustryDivision:
    case ColourBy::IndustryClass:
        break;
    }
    QStringList names;
    for (char c = 'A'; c <= 'T'; ++c) {
        // GB/T 4754 section names from the codes module (Chinese, as published).
        const QString letter(QLatin1Char { c });
        const codes::Industry* s = codes::Industries::instance().find(letter);
        names << (s ? tr("%1 — %2").arg(letter, s->name) : tr("Section %1").arg(letter));
    }
    names << tr("Industry unknown");
    return names;
}

QList<QColor> MapData::palette(ColourBy by) const
{
    if (by == ColourBy::IndustryDivision || by == ColourBy::IndustryClass) {
        const QStringList& codes = by == ColourBy::IndustryDivision ? divisionCodes : classCodes;
        QList<QColor> colours;
        for (const QString& c : codes)
            colours << colourForCode(c);
        while (colours.size() < kTopCategories)
            colours << QColor(0x9e, 0x9e, 0x9e);
        colours << QColor(0xbd, 0xbd, 0xbd) << QColor(0x75, 0x75, 0x75);
        return colours;
    }
    switch (by) {
    case ColourBy::Scale:
        return { QColor(0x6a, 0x1b, 0x9a), QColor(0x1e, 0x88, 0xe5), QColor(0x43, 0xa0, 0x47),
            QColor(0xfb, 0x8c, 0x00), QColor(0x9e, 0x9e, 0x9e) };
    case ColourBy::Risk:
        return { QColor(0x43, 0xa0, 0x47), QColor(0xfb, 0x8c, 0x00), QColor(0xe5, 0x39, 0x35) };
    case ColourBy::IndustrySection:
    case ColourBy::IndustryDivision:
    case ColourBy::IndustryClass:
        break;
    }
    QList<QColor> colours;
    for (int i = 0; i < 20; ++i)
        colours << QColor::fromHsv((i * 137) % 360, 170, 205); // golden-angle hues keep neighbours apart
    colours << QColor(0x9e, 0x9e, 0x9e);
    return colours;
}

QRectF MapData::extent() const
{
    QRectF box;
    if (!lonLat.empty()) {
        double x0 = lonLat[0].x(), x1 = x0, y0 = lonLat[0].y(), y1 = y0;
        for (const QPointF& p : lonLat) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
        box = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    }
    for (const Park& p : parkList)
        if (!p.bounds.isNull())
            box = box.isNull() ? p.bounds : box.united(p.bounds);
    return box;
}

} // namespace dj::map
