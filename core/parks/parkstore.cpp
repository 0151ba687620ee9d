#include "core/parks/parkstore.h"

#include "core/geo/addressnormalizer.h"
#include "core/store/cache.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRectF>
#include <QSet>
#include <cmath>
#include <map>
#include <sqlite3.h>

namespace dj::parks {

namespace {

const QString kVersionKey = QStringLiteral("parks_data_version");
const QString kYearKey = QStringLiteral("parks_report_year");
constexpr double kCell = 0.005; // degrees; a grid cell holds a few buildings at most

constexpr std::string_view kTempTable
    = "CREATE TEMP TABLE IF NOT EXISTS park_presence (building_id TEXT NOT NULL, uscc TEXT NOT NULL, "
      "evidence INTEGER NOT NULL, reg_room TEXT NOT NULL DEFAULT '', PRIMARY KEY (building_id, uscc)) "
      "WITHOUT ROWID";

qint64 cellOf(double lon, double lat)
{
    const qint64 x = qint64(std::floor(lon / kCell));
    const qint64 y = qint64(std::floor(lat / kCell));
    return (x << 32) ^ (y & 0xffffffff);
}

QByteArray jsonList(const QStringList& values)
{
    return QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact);
}

int interruptWhenCancelled(void* progress)
{
    return static_cast<const Progress*>(progress)->isCancelled() ? 1 : 0;
}

} // namespace

Ring parseRing(const QString& geoJson)
{
    Ring ring;
    if (geoJson.isEmpty())
        return ring;
    const QJsonObject o = QJsonDocument::fromJson(geoJson.toUtf8()).object();
    QJsonArray rings;
    if (o.value(u"type").toString() == u"Polygon")
        rings = o.value(u"coordinates").toArray();
    else if (o.value(u"type").toString() == u"MultiPolygon")
        rings = o.value(u"coordinates").toArray().at(0).toArray();
    for (const QJsonValue& p : rings.at(0).toArray()) {
        const QJsonArray xy = p.toArray();
        if (xy.size() >= 2 && xy.at(0).isDouble() && xy.at(1).isDouble())
            ring.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
    }
    if (ring.size() < 3)
        ring.clear();
    return ring;
}

bool contains(const Ring& ring, double lon, double lat)
{
    bool inside = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const QPointF& a = ring[i];
        const QPointF& b = ring[j];
        if ((a.y() > lat) != (b.y() > lat) && lon < (b.x() - a.x()) * (lat - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

ParkStore::ParkStore(store::Database& db)
    : m_db(db)
{
}

QList<ParkInfo> ParkStore::parks() const
{
    QList<ParkInfo> out;
    store::Statement st = m_db.prepare(
        "SELECT p.park_id, p.name, p.kind, p.region_code, p.boundary, "
        "(SELECT count(*) FROM buildings b WHERE b.park_id = p.park_id) FROM parks p ORDER BY p.park_id");
    while (st.step()) {
        ParkInfo p;
        p.id = st.columnText(0);
        p.name = st.columnText(1);
        p.kind = st.columnText(2);
        p.regionCode = st.columnText(3);
        p.boundary = parseRing(st.columnText(4));
        p.buildingCount = int(st.columnInt(5));
        out.append(std::move(p));
    }
    return out;
}

std::optional<ParkInfo> ParkStore::park(const QString& parkId) const
{
    store::Statement st = m_db.prepare(
        "SELECT p.park_id, p.name, p.kind, p.region_code, p.boundary, "
        "(SELECT count(*) FROM buildings b WHERE b.park_id = p.park_id) FROM parks p WHERE p.park_id = ?1");
    st.bind(1, parkId);
    if (!st.step())
        return std::nullopt;
    ParkInfo p;
    p.id = st.columnText(0);
    p.name = st.columnText(1);
    p.kind = st.columnText(2);
    p.regionCode = st.columnText(3);
    p.boundary = parseRing(st.columnText(4));
    p.buildingCount = int(st.columnInt(5));
    return p;
}

QList<BuildingInfo> ParkStore::buildings(const QString& parkId) const
{
    QList<BuildingInfo> out;
    store::Statement st = m_db.prepare("SELECT building_id, park_id, name, address, region_code, lon, lat, "
                                       "footprint, floors, gross_area_m2 FROM buildings WHERE park_id = ?1 "
                                       "ORDER BY building_id");
    st.bind(1, parkId);
    while (st.step()) {
        BuildingInfo b;
        b.id = st.columnText(0);
        b.parkId = st.columnText(1);
        b.name = st.columnText(2);
        b.address = st.columnText(3);
        b.regionCode = st.columnText(4);
        b.lon = st.columnOptDouble(5);
        b.lat = st.columnOptDouble(6);
        b.footprint = parseRing(st.columnText(7));
        b.floors = int(st.columnInt(8));
        b.grossArea = st.columnOptDouble(9);
        out.append(std::move(b));
    }
    return out;
}

QList<TenantRow> ParkStore::tenants(const QStringList& buildingIds) const
{
    QList<TenantRow> out;
    store::Statement st = m_db.prepare(
        "SELECT building_id, uscc, name, floor, room, area_m2, since, until FROM tenants "
        "WHERE building_id IN (SELECT value FROM json_each(?1)) ORDER BY building_id, floor, room, name");
    st.bind(1, jsonList(buildingIds));
    while (st.step()) {
        TenantRow t;
        t.buildingId = st.columnText(0);
        t.uscc = st.columnText(1);
        t.name = st.columnText(2);
        t.floor = st.columnText(3);
        t.room = st.columnText(4);
        t.area = st.columnOptDouble(5);
        t.since = st.columnText(6);
        t.until = st.columnText(7);
        out.append(std::move(t));
    }
    return out;
}

bool ParkStore::mainTableUsable() const
{
    if (sqlite3_db_readonly(m_db.handle(), "main") != 0)
        return false;
    return m_db.scalarInt("SELECT count(*) FROM main.sqlite_schema WHERE name = 'park_presence'") == 1;
}

bool ParkStore::current() const
{
    if (m_db.scalarInt("SELECT count(*) FROM temp.sqlite_schema WHERE name = 'park_presence'") == 1)
        return true;
    if (m_db.scalarInt("SELECT count(*) FROM main.sqlite_schema WHERE name = 'park_presence'") == 0)
        return false;
    const QString built = store::Cache::meta(m_db, kVersionKey);
    return !built.isEmpty() && built.toLongLong() == store::Cache::dataVersion(m_db);
}

double ParkStore::prepare(const Progress& progress, const QString& stage)
{
    if (current())
        return 0;
    QElapsedTimer timer;
    timer.start();
    sqlite3_progress_handler(m_db.handle(), 20000, &interruptWhenCancelled, const_cast<Progress*>(&progress));
    try {
        build(progress, stage);
    } catch (const store::StoreError&) {
        sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
        progress.throwIfCancelled();
        throw;
    } catch (...) {
        sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
        throw;
    }
    sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
    return double(timer.nsecsElapsed()) / 1e6;
}

void ParkStore::build(const Progress& progress, const QString& stage)
{
    const bool inMain = mainTableUsable();
    store::Transaction tx(
        m_db, inMain ? store::Transaction::Kind::Immediate : store::Transaction::Kind::Deferred);
    if (inMain && current()) {
        tx.commit();
        return;
    }
    if (inMain)
        m_db.exec("DELETE FROM main.park_presence");
    else
        m_db.exec(kTempTable);

    const geo::AddressNormalizer& normalizer = geo::AddressNormalizer::instance();
    // ---- the buildings: key of their address, footprint, grid cells
    struct B
    {
        QString id, key;
        Ring ring;
    };
    std::vector<B> buildings;
    QHash<QString, QList<int>> byKey;
    QHash<qint64, QList<int>> grid;
    QSet<QString> prefectures; // registered addresses are parsed only in prefectures that have buildings
    {
        store::Statement st
            = m_db.prepare("SELECT building_id, address, region_code, footprint FROM buildings");
        while (st.step()) {
            B b;
            b.id = st.columnText(0);
            const QString region = st.columnText(2);
            const geo::AddressParts parts = normalizer.parse(st.columnText(1), region);
            if (!parts.road.isEmpty())
                b.key = parts.buildingKey;
            b.ring = parseRing(st.columnText(3));
            const int index = int(buildings.size());
            if (!b.key.isEmpty())
                byKey[b.key].append(index);
            if (!b.ring.isEmpty()) {
                double x0 = b.ring[0].x(), x1 = x0, y0 = b.ring[0].y(), y1 = y0;
                for (const QPointF& p : std::as_const(b.ring)) {
                    x0 = std::min(x0, p.x());
                    x1 = std::max(x1, p.x());
                    y0 = std::min(y0, p.y());
                    y1 = std::max(y1, p.y());
                }
                // A footprint spanning more than a few hundred cells is not a building: no position match.
                if ((x1 - x0) / kCell < 20 && (y1 - y0) / kCell < 20) {
                    for (double x = std::floor(x0 / kCell); x <= std::floor(x1 / kCell); ++x)
                        for (double y = std::floor(y0 / kCell); y <= std::floor(y1 / kCell); ++y)
                            grid[cellOf((x + 0.5) * kCell, (y + 0.5) * kCell)].append(index);
                }
            }
            if (region.size() >= 4)
                prefectures.insert(region.left(4));
            if (parts.regionCode.size() >= 4)
                prefectures.insert(parts.regionCode.left(4));
            buildings.push_back(std::move(b));
        }
    }
    // ---- the tenant lists
    QHash<QString, QList<int>> tenantByUscc;
    struct NameTenant
    {
        int building;
        QString tenantUscc;
    };
    QHash<QString, QList<NameTenant>> tenantByName;
    {
        QHash<QString, int> index;
        for (int i = 0; i < int(buildings.size()); ++i)
            index.insert(buildings[size_t(i)].id, i);
        store::Statement st = m_db.prepare("SELECT building_id, uscc, name FROM tenants");
        while (st.step()) {
            const int b = index.value(st.columnText(0), -1);
            if (b < 0)
                continue;
            const QString uscc = st.columnText(1).trimmed();
            const QString name = st.columnText(2).trimmed();
            if (!uscc.isEmpty())
                tenantByUscc[uscc].append(b);
            if (!name.isEmpty())
                tenantByName[name].append({ b, uscc });
        }
    }

    struct Row
    {
        quint32 evidence = 0;
        QString regRoom;
    };
    std::map<std::pair<int, QString>, Row> rows;
    struct Tentative
    {
        int building;
        QString uscc, tenantUscc;
        quint32 bit, facts;
        QString annualKey;
    };
    std::vector<Tentative> tentative;
    QSet<QString> existing; // USCCs of the tenant list that are enterprises of the cache

    const qint64 total = m_db.scalarInt("SELECT count(*) FROM enterprises");
    progress.report(0, total, stage);
    store::Statement st
        = m_db.prepare("SELECT uscc, name, former_names, region_code, address, lon, lat, op_address, op_lon, "
                       "op_lat, annual_address FROM enterprises");
    qint64 done = 0;
    QHash<int, quint32> hits; // building → bits of this enterprise
    while (st.step()) {
        if ((++done & 0x3fff) == 0)
            progress.report(done, total, stage);
        hits.clear();
        const QString uscc = st.columnText(0);
        const QString region = st.columnText(3);
        const QString address = st.columnText(4);
        const QString opAddress = st.columnText(7);
        const QString annual = st.columnText(10);
        quint32 facts = 0;
        QString regKey, regRoom;
        bool regParsed = false;
        if (!address.isEmpty() && prefectures.contains(region.left(4))) {
            const geo::AddressParts parts = normalizer.parse(address, region);
            regParsed = true;
            if (parts.road.isEmpty()) {
                facts |= RegKeyNone;
            } else {
                regKey = parts.buildingKey;
                regRoom = parts.room;
                for (int b : byKey.value(regKey))
                    hits[b] |= RegKey;
            }
        } else if (address.isEmpty()) {
            facts |= RegKeyNone;
        }
        auto atPosition = [&](int lonCol, int latCol, quint32 bit) {
            if (st.isNull(lonCol) || st.isNull(latCol))
                return false;
            const double lon = st.columnDouble(lonCol), lat = st.columnDouble(latCol);
            const auto it = grid.constFind(cellOf(lon, lat));
            if (it != grid.constEnd()) {
                for (int b : *it) {
                    if (contains(buildings[size_t(b)].ring, lon, lat))
                        hits[b] |= bit;
                }
            }
            return true;
        };
        atPosition(5, 6, RegPos);
        QString opKey;
        if (!opAddress.isEmpty()) {
            facts |= OpGiven;
            if (opAddress == address && regParsed) {
                opKey = regKey;
            } else {
                const geo::AddressParts parts = normalizer.parse(opAddress, region);
                if (!parts.road.isEmpty())
                    opKey = parts.buildingKey;
            }
            for (int b : byKey.value(opKey))
                hits[b] |= OpKey;
        }
        if (atPosition(8, 9, OpPos))
            facts |= OpPosGiven;
        QString annualKey;
        if (!annual.isEmpty()) {
            if (annual == address && regParsed) {
                annualKey = regKey;
            } else if (annual == opAddress) {
                annualKey = opKey;
            } else {
                const geo::AddressParts parts = normalizer.parse(annual, region);
                if (!parts.road.isEmpty())
                    annualKey = parts.buildingKey;
            }
            for (int b : byKey.value(annualKey))
                hits[b] |= AnnualKey;
        }
        if (const auto it = tenantByUscc.constFind(uscc); it != tenantByUscc.constEnd()) {
            existing.insert(uscc);
            for (int b : *it)
                hits[b] |= TenantUscc;
        }
        const QString name = st.columnText(1).trimmed();
        if (const auto it = tenantByName.constFind(name); it != tenantByName.constEnd()) {
            for (const NameTenant& t : *it) {
                if (t.tenantUscc != uscc)
                    tentative.push_back({ t.building, uscc, t.tenantUscc, TenantName, facts, annualKey });
            }
        }
        const QString former = st.columnText(2);
        if (!former.isEmpty()) {
            for (const QString& f : former.split(u'|', Qt::SkipEmptyParts)) {
                if (const auto it = tenantByName.constFind(f.trimmed()); it != tenantByName.constEnd()) {
                    for (const NameTenant& t : *it) {
                        if (t.tenantUscc != uscc)
                            tentative.push_back(
                                { t.building, uscc, t.tenantUscc, TenantFormer, facts, annualKey });
                    }
                }
            }
        }
        for (auto it = hits.constBegin(); it != hits.constEnd(); ++it) {
            quint32 bits = it.value() | facts;
            const B& b = buildings[size_t(it.key())];
            if (!annualKey.isEmpty() && annualKey != b.key)
                bits |= AnnualElsewhere;
            Row& r = rows[{ it.key(), uscc }];
            r.evidence |= bits;
            if (bits & RegKey)
                r.regRoom = regRoom;
        }
    }
    // A name counts only where the tenant row has no USCC, or one that is no enterprise of the cache.
    for (const Tentative& t : tentative) {
        if (!t.tenantUscc.isEmpty() && existing.contains(t.tenantUscc))
            continue;
        quint32 bits = t.bit | t.facts;
        if (!t.annualKey.isEmpty() && t.annualKey != buildings[size_t(t.building)].key)
            bits |= AnnualElsewhere;
        rows[{ t.building, t.uscc }].evidence |= bits;
    }
    store::Statement ins = m_db.prepare(
        "INSERT INTO park_presence(building_id, uscc, evidence, reg_room) VALUES (?1,?2,?3,?4)");
    for (const auto& [key, row] : rows) {
        ins.bind(1, buildings[size_t(key.first)].id).bind(2, key.second).bind(3, qint64(row.evidence));
        if (row.regRoom.isEmpty())
            ins.bind(4, std::string_view(""));
        else
            ins.bind(4, row.regRoom);
        ins.run();
        ins.reset();
    }
    const int year = int(m_db.scalarInt(
        "SELECT coalesce(max(year), 0) FROM financials WHERE tax IS NOT NULL OR revenue IS NOT NULL"));
    if (inMain) {
        store::Cache::setMeta(m_db, kYearKey, QString::number(year));
        store::Cache::setMeta(m_db, kVersionKey, QString::number(store::Cache::dataVersion(m_db)));
    } else {
        m_db.exec("CREATE TEMP TABLE IF NOT EXISTS park_year (year INTEGER)");
        m_db.exec("DELETE FROM temp.park_year");
        store::Statement y = m_db.prepare("INSERT INTO temp.park_year(year) VALUES (?1)");
        y.bind(1, year);
        y.run();
    }
    progress.report(total, total, stage);
    tx.commit();
}

QList<PresenceRow> ParkStore::presence(const QStringList& buildingIds) const
{
    QList<PresenceRow> out;
    store::Statement st = m_db.prepare("SELECT building_id, uscc, evidence, reg_room FROM park_presence "
                                       "WHERE building_id IN (SELECT value FROM json_each(?1)) "
                                       "ORDER BY building_id, uscc");
    st.bind(1, jsonList(buildingIds));
    while (st.step())
        out.append({ st.columnText(0), st.columnText(1), quint32(st.columnInt(2)), st.columnText(3) });
    return out;
}

QHash<QString, EnterpriseFacts> ParkStore::facts(const QStringList& usccs) const
{
    QHash<QString, EnterpriseFacts> out;
    const QByteArray list = jsonList(usccs);
    store::Statement st = m_db.prepare(
        "SELECT uscc, name, former_names, status, region_code, industry_section, scale, address, op_address, "
        "annual_address, established, insured_count FROM enterprises "
        "WHERE uscc IN (SELECT value FROM json_each(?1))");
    st.bind(1, list);
    while (st.step()) {
        EnterpriseFacts f;
        f.uscc = st.columnText(0);
        f.name = st.columnText(1);
        f.formerNames = st.columnText(2);
        f.status = st.columnText(3);
        f.regionCode = st.columnText(4);
        f.section = st.columnText(5);
        f.scale = st.columnText(6);
        f.address = st.columnText(7);
        f.opAddress = st.columnText(8);
        f.annualAddress = st.columnText(9);
        f.established = st.columnText(10);
        f.insured = st.columnOptInt(11);
        out.insert(f.uscc, std::move(f));
    }
    store::Statement risks = m_db.prepare("SELECT DISTINCT uscc FROM risks WHERE uscc IN (SELECT value FROM "
                                          "json_each(?1)) AND kind = '经营异常' "
                                          "AND status = '有效' AND detail LIKE '%无法联系%'");
    risks.bind(1, list);
    while (risks.step()) {
        if (auto it = out.find(risks.columnText(0)); it != out.end())
            it->abnormalUnreachable = true;
    }
    store::Statement quals = m_db.prepare("SELECT uscc, kind, year, valid_to FROM qualifications "
                                          "WHERE uscc IN (SELECT value FROM json_each(?1))");
    quals.bind(1, list);
    while (quals.step()) {
        if (auto it = out.find(quals.columnText(0)); it != out.end())
            it->qualifications.append({ quals.columnText(1), quals.columnText(3), int(quals.columnInt(2)) });
    }
    return out;
}

QHash<QString, FinancialYear> ParkStore::financials(const QStringList& usccs, int year) const
{
    QHash<QString, FinancialYear> out;
    store::Statement st = m_db.prepare("SELECT uscc, revenue, tax, employees FROM financials "
                                       "WHERE uscc IN (SELECT value FROM json_each(?1)) AND year = ?2");
    st.bind(1, jsonList(usccs)).bind(2, year);
    while (st.step())
        out.insert(st.columnText(0), { st.columnOptDouble(1), st.columnOptDouble(2), st.columnOptInt(3) });
    return out;
}

QList<HoldingRow> ParkStore::holdingsBy(const QStringList& holderUsccs) const
{
    QList<HoldingRow> out;
    store::Statement st = m_db.prepare(
        "SELECT s.holder_id, s.investee_uscc, e.name, e.region_code, e.industry_section, e.established, "
        "s.share_pct, s.subscribed_capital, s.subscribed_capital_currency FROM shareholdings s "
        "JOIN enterprises e ON e.uscc = s.investee_uscc "
        "WHERE s.holder_id IN (SELECT value FROM json_each(?1)) AND s.holder_kind = 'enterprise' "
        "ORDER BY s.holder_id, s.investee_uscc");
    st.bind(1, jsonList(holderUsccs));
    while (st.step()) {
        HoldingRow h;
        h.holderUscc = st.columnText(0);
        h.investeeUscc = st.columnText(1);
        h.investeeName = st.columnText(2);
        h.investeeRegion = st.columnText(3);
        h.investeeSection = st.columnText(4);
        h.investeeEstablished = st.columnText(5);
        h.sharePct = st.columnOptDouble(6);
        h.capital = st.columnOptDouble(7);
        h.foreignCurrency = !st.isNull(8) && !st.columnText(8).isEmpty() && st.columnText(8) != u"CNY";
        out.append(std::move(h));
    }
    return out;
}

QHash<QString, QHash<QString, int>> ParkStore::ipCounts(const QStringList& usccs) const
{
    QHash<QString, QHash<QString, int>> out;
    store::Statement st = m_db.prepare("SELECT uscc, kind, count(*) FROM ip WHERE uscc IN (SELECT value FROM "
                                       "json_each(?1)) GROUP BY uscc, kind");
    st.bind(1, jsonList(usccs));
    while (st.step())
        out[st.columnText(0)].insert(st.columnText(1), int(st.columnInt(2)));
    return out;
}

QHash<QString, double> ParkStore::financingTotals(const QStringList& usccs) const
{
    QHash<QString, double> out;
    store::Statement st = m_db.prepare(
        "SELECT uscc, total(amount) FROM financing WHERE uscc IN (SELECT value FROM json_each(?1)) "
        "AND (amount_currency IS NULL OR amount_currency IN ('', 'CNY')) GROUP BY uscc");
    st.bind(1, jsonList(usccs));
    while (st.step())
        out.insert(st.columnText(0), st.columnDouble(1));
    return out;
}

QHash<QString, QMap<int, YearFigures>> ParkStore::years(const QStringList& usccs, int from, int to) const
{
    QHash<QString, QMap<int, YearFigures>> out;
    store::Statement st
        = m_db.prepare("SELECT uscc, year, revenue, tax, rd_expense, total_assets, employees FROM financials "
                       "WHERE uscc IN (SELECT value FROM json_each(?1)) AND year BETWEEN ?2 AND ?3");
    st.bind(1, jsonList(usccs)).bind(2, from).bind(3, to);
    while (st.step()) {
        out[st.columnText(0)].insert(int(st.columnInt(1)),
            { st.columnOptDouble(2), st.columnOptDouble(3), st.columnOptDouble(4), st.columnOptDouble(5),
                st.columnOptInt(6) });
    }
    return out;
}

QList<Ring> ParkStore::roads(const QString& parkId, const Ring& boundary) const
{
    QList<Ring> out;
    auto lineOf = [](const QString& geometry) {
        Ring line;
        const QJsonObject o = QJsonDocument::fromJson(geometry.toUtf8()).object();
        if (o.value(u"type").toString() != u"LineString")
            return line;
        for (const QJsonValue& p : o.value(u"coordinates").toArray()) {
            const QJsonArray xy = p.toArray();
            line.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
        }
        return line.size() >= 2 ? line : Ring();
    };
    auto crosses = [&boundary](const Ring& line) {
        if (boundary.isEmpty())
            return false;
        for (const QPointF& p : line) {
            if (contains(boundary, p.x(), p.y()))
                return true;
        }
        // A road crossing the park has its middle inside even when both ends lie outside.
        for (qsizetype i = 1; i < line.size(); ++i) {
            const QPointF m = (line[i - 1] + line[i]) / 2;
            if (contains(boundary, m.x(), m.y()))
                return true;
        }
        return false;
    };
    if (m_db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'park_roads'") > 0) {
        store::Statement st = m_db.prepare(
            "SELECT park_id, geometry FROM park_roads WHERE park_id IN (?1, '') ORDER BY park_id DESC, id");
        st.bind(1, parkId);
        while (st.step()) {
            const Ring line = lineOf(st.columnText(1));
            if (!line.isEmpty() && (!st.columnText(0).isEmpty() || crosses(line)))
                out.append(line);
        }
    }
    if (m_db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'map_overlays'") > 0) {
        store::Statement st = m_db.prepare("SELECT geometry FROM map_overlays WHERE kind = 'road'");
        while (st.step()) {
            const Ring line = lineOf(st.columnText(0));
            if (!line.isEmpty() && crosses(line))
                out.append(line);
        }
    }
    return out;
}

QList<WatchEntry> ParkStore::watchList() const
{
    QList<WatchEntry> out;
    if (m_db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'park_watch'") == 0)
        return out; // an older cache opened read-only
    store::Statement st
        = m_db.prepare("SELECT w.uscc, coalesce(e.name, ''), w.note, w.added FROM park_watch w "
                       "LEFT JOIN enterprises e ON e.uscc = w.uscc ORDER BY w.added DESC, w.uscc");
    while (st.step())
        out.append({ st.columnText(0), st.columnText(1), st.columnText(2), st.columnText(3) });
    return out;
}

bool ParkStore::watch(const QString& uscc, const QString& note)
{
    store::Statement known = m_db.prepare("SELECT count(*) FROM enterprises WHERE uscc = ?1");
    known.bind(1, uscc);
    if (!known.step() || known.columnInt(0) == 0)
        return false;
    store::Statement st = m_db.prepare("INSERT INTO park_watch(uscc, note, added) VALUES (?1, ?2, ?3) ON "
                                       "CONFLICT(uscc) DO UPDATE SET note = ?2");
    st.bind(1, uscc).bind(2, note.isNull() ? QStringLiteral("") : note);
    st.bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    st.run();
    return true;
}

bool ParkStore::unwatch(const QString& uscc)
{
    store::Statement st = m_db.prepare("DELETE FROM park_watch WHERE uscc = ?1");
    st.bind(1, uscc);
    st.run();
    return m_db.changes() > 0;
}

int ParkStore::reportYear() const
{
    if (m_db.scalarInt("SELECT count(*) FROM temp.sqlite_schema WHERE name = 'park_year'") == 1)
        return int(m_db.scalarInt("SELECT coalesce(max(year), 0) FROM temp.park_year"));
    if (current()) {
        const QString y = store::Cache::meta(m_db, kYearKey);
        if (!y.isEmpty())
            return y.toInt();
    }
    return int(m_db.scalarInt(
        "SELECT coalesce(max(year), 0) FROM financials WHERE tax IS NOT NULL OR revenue IS NOT NULL"));
}

} // namespace dj::parks
