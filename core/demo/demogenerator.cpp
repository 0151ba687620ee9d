#include "core/demo/demogenerator.h"

#include "core/codes/historicalregions.h"
#include "core/codes/idnumber.h"
#include "core/codes/industries.h"
#include "core/codes/regions.h"
#include "core/codes/uscc.h"
#include "core/demo/demorandom.h"
#include "core/demo/demovocabulary.h"
#include "core/demo/rowbatch.h"
#include "core/geo/regioncentres.h"
#include "core/parks/parkstore.h"
#include "core/search/searchindex.h"
#include "core/store/cache.h"
#include "core/store/database.h"
#include "core/store/savedsearches.h"
#include "core/store/schema.h"
#include "core/store/statement.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <array>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace dj::demo {

namespace {

using namespace vocab;
using dj::store::Database;
using dj::store::Statement;

// The data set describes the world as of mid-2025 and stays fixed, so the same seed gives the same bytes
// on any day. Financial years are the three years before.
constexpr int kFirstYear = 2022;
constexpr int kLastYear = 2024;

// ---------------------------------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01), proleptic Gregorian (H. Hinnant).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, int& y, int& m, int& d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yoe + era * 400 + (m <= 2));
}

void appendNumber(std::string& out, qint64 v, int width = 0)
{
    char buf[24];
    int n = 0;
    const bool neg = v < 0;
    quint64 u = neg ? quint64(-v) : quint64(v);
    do {
        buf[n++] = char('0' + u % 10);
        u /= 10;
    } while (u);
    while (n < width)
        buf[n++] = '0';
    if (neg)
        out.push_back('-');
    while (n)
        out.push_back(buf[--n]);
}

std::string dateText(qint64 day)
{
    int y, m, d;
    civilFromDays(day, y, m, d);
    std::string s;
    s.reserve(10);
    appendNumber(s, y, 4);
    s.push_back('-');
    appendNumber(s, m, 2);
    s.push_back('-');
    appendNumber(s, d, 2);
    return s;
}

int yearOf(qint64 day)
{
    int y, m, d;
    civilFromDays(day, y, m, d);
    return y;
}

std::string number(qint64 v, int width = 0)
{
    std::string s;
    appendNumber(s, v, width);
    return s;
}

// Money rounded to whole yuan (or coarser) keeps the exported text short and platform-independent.
double roundTo(double v, double unit)
{
    return std::floor(v / unit + 0.5) * unit;
}

// Written forms of small numbers, as registries mix them: ASCII, full-width, Chinese numerals.
std::string fullWidth(qint64 v)
{
    static constexpr std::string_view kDigits[]
        = { "０", "１", "２", "３", "４", "５", "６", "７", "８", "９" };
    const std::string ascii = number(v);
    std::string out;
    for (char c : ascii)
        out += kDigits[c - '0'];
    return out;
}

std::string chineseNumeral(qint64 v)
{
    static constexpr std::string_view kDigits[]
        = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
    if (v <= 0 || v >= 100)
        return number(v);
    std::string out;
    if (v >= 10) {
        if (v / 10 > 1)
            out += kDigits[v / 10];
        out += "十";
        if (v % 10)
            out += kDigits[v % 10];
    } else {
        out += kDigits[v];
    }
    return out;
}

std::string styledNumber(qint64 v, int style)
{
    switch (style) {
    case 1:
        return fullWidth(v);
    case 2:
        return chineseNumeral(v);
    default:
        return number(v);
    }
}

std::string u8(const QString& s)
{
    return s.toStdString();
}

char sectionOfDivision(int d)
{
    struct Range
    {
        int last;
        char section;
    };
    static constexpr Range kRanges[]
        = { { 5, 'A' }, { 12, 'B' }, { 43, 'C' }, { 46, 'D' }, { 50, 'E' }, { 52, 'F' }, { 60, 'G' },
              { 62, 'H' }, { 65, 'I' }, { 69, 'J' }, { 70, 'K' }, { 72, 'L' }, { 75, 'M' }, { 79, 'N' },
              { 82, 'O' }, { 83, 'P' }, { 85, 'Q' }, { 90, 'R' }, { 96, 'S' }, { 97, 'T' } };
    for (const Range& r : kRanges) {
        if (d <= r.last)
            return r.section;
    }
    return 'T';
}

bool isTechDivision(int d)
{
    return d == 27 || d == 35 || d == 38 || d == 39 || d == 40 || d == 63 || d == 64 || d == 65 || d == 73
        || d == 75;
}

// ---------------------------------------------------------------------------------------------------
// Geography: enterprise shares by province (rough shares of the national register) and positions.
struct ProvinceInfo
{
    int code;
    int weight; // per mille of enterprises
    double lon, lat, spread;
};

constexpr ProvinceInfo kProvinces[] = {
    { 11, 40, 116.40, 39.90, 0.35 },
    { 12, 15, 117.20, 39.13, 0.35 },
    { 13, 40, 114.50, 38.04, 1.6 },
    { 14, 18, 112.55, 37.87, 1.4 },
    { 15, 12, 111.75, 40.84, 3.5 },
    { 21, 23, 123.43, 41.80, 1.5 },
    { 22, 10, 125.32, 43.90, 1.5 },
    { 23, 12, 126.63, 45.75, 2.5 },
    { 31, 40, 121.47, 31.23, 0.3 },
    { 32, 95, 119.30, 32.50, 1.2 },
    { 33, 75, 120.15, 29.60, 1.0 },
    { 34, 35, 117.23, 31.82, 1.3 },
    { 35, 35, 118.50, 25.90, 1.2 },
    { 36, 22, 115.89, 27.90, 1.3 },
    { 37, 80, 117.90, 36.40, 1.6 },
    { 41, 50, 113.62, 34.00, 1.5 },
    { 42, 35, 113.60, 30.90, 1.6 },
    { 43, 30, 112.50, 27.60, 1.5 },
    { 44, 130, 113.40, 23.20, 1.5 },
    { 45, 20, 108.80, 23.50, 1.6 },
    { 46, 12, 110.00, 19.40, 0.7 },
    { 50, 20, 106.90, 29.80, 1.0 },
    { 51, 40, 104.07, 30.67, 2.0 },
    { 52, 15, 106.71, 26.58, 1.2 },
    { 53, 20, 102.71, 25.04, 2.0 },
    { 54, 2, 91.13, 29.65, 3.0 },
    { 61, 25, 108.94, 34.34, 1.5 },
    { 62, 8, 103.83, 36.06, 2.5 },
    { 63, 3, 101.78, 36.62, 2.5 },
    { 64, 3, 106.23, 38.49, 0.8 },
    { 65, 10, 87.62, 43.82, 4.0 },
};

// Large cities: position and a weight factor relative to an ordinary prefecture of their province.
struct CityInfo
{
    int code;
    double lon, lat;
    int factor; // ordinary prefecture = 10
};

constexpr CityInfo kCities[] = {
    { 1101, 116.40, 39.90, 10 },
    { 1201, 117.20, 39.13, 10 },
    { 1301, 114.51, 38.04, 30 },
    { 1401, 112.55, 37.87, 30 },
    { 1501, 111.75, 40.84, 25 },
    { 2101, 123.43, 41.80, 30 },
    { 2102, 121.61, 38.91, 30 },
    { 2201, 125.32, 43.90, 35 },
    { 2301, 126.63, 45.75, 35 },
    { 3101, 121.47, 31.23, 10 },
    { 3201, 118.80, 32.06, 25 },
    { 3202, 120.31, 31.49, 20 },
    { 3205, 120.62, 31.30, 35 },
    { 3209, 120.16, 33.35, 20 },
    { 3204, 119.97, 31.81, 15 },
    { 3301, 120.16, 30.28, 35 },
    { 3302, 121.55, 29.87, 25 },
    { 3303, 120.70, 28.00, 18 },
    { 3401, 117.23, 31.82, 35 },
    { 3501, 119.30, 26.08, 25 },
    { 3502, 118.09, 24.48, 25 },
    { 3505, 118.68, 24.87, 20 },
    { 3601, 115.89, 28.68, 35 },
    { 3701, 117.00, 36.65, 25 },
    { 3702, 120.38, 36.07, 25 },
    { 4101, 113.62, 34.75, 35 },
    { 4201, 114.31, 30.59, 45 },
    { 4301, 112.94, 28.23, 35 },
    { 4401, 113.26, 23.13, 45 },
    { 4403, 114.06, 22.54, 60 },
    { 4406, 113.12, 23.02, 25 },
    { 4419, 113.75, 23.02, 25 },
    { 4501, 108.37, 22.82, 30 },
    { 4601, 110.35, 20.02, 30 },
    { 5001, 106.55, 29.56, 10 },
    { 5101, 104.07, 30.67, 60 },
    { 5201, 106.71, 26.58, 35 },
    { 5301, 102.71, 25.04, 40 },
    { 5401, 91.13, 29.65, 40 },
    { 6101, 108.94, 34.34, 50 },
    { 6201, 103.83, 36.06, 40 },
    { 6301, 101.78, 36.62, 50 },
    { 6401, 106.23, 38.49, 30 },
    { 6501, 87.62, 43.82, 30 },
};

// Provinces whose natives run many enterprises in the coastal provinces (origin codes per host).
struct Migration
{
    int host;
    std::array<int, 6> origins;
};
constexpr Migration kMigrations[] = {
    { 31, { 34, 41, 36, 43, 32, 33 } },
    { 32, { 34, 41, 36, 43, 34, 41 } },
    { 33, { 34, 36, 41, 43, 35, 52 } },
    { 44, { 43, 36, 45, 51, 42, 41 } },
    { 11, { 13, 41, 37, 34, 23, 14 } },
};

const Migration* migrationFor(int province)
{
    for (const Migration& m : kMigrations) {
        if (m.host == province)
            return &m;
    }
    return nullptr;
}

struct County
{
    std::string code; // six digits
    std::string fullName; // 江苏省盐城市亭湖区
    std::string cityName; // 盐城市亭湖区 (the form without the province some registries write)
    std::string name; // 亭湖区
    std::string prefix; // region part of its enterprises' names (盐城, 上海, 仙桃)
    int province = 0; // two-digit code
    int prefecture = -1; // index into Generator::m_prefectures
    double weight = 0;
    double lon = 0, lat = 0;
    qint64 start = 0, count = 0, oldCount = 0, brandOffset = 0;
    quint64 salt = 0;
    std::vector<int> buildings; // buildings located in this county
    int landmark = -1; // a landmark tower of a park in this county (index into m_buildings), -1 none
};

struct Prefecture
{
    int code = 0; // four digits
    std::string shortName; // name prefix of its enterprises (盐城; 上海 for a 直辖市)
    std::string fullName;
    std::string officialName; // 盐城市; 上海市 for a 直辖市; the county for 省直辖县级行政区划
    int province = 0;
    double lon = 0, lat = 0, spread = 0.3;
    qint64 count = 0;
    std::vector<int> counties;
    std::vector<int> buildings;
};

struct Building
{
    std::string id, parkId, name, address, road;
    int county = 0;
    int number = 0; // 号 on the road
    int no = 0; // building number within the park
    double lon0 = 0, lat0 = 0, width = 0, height = 0; // bounding box
    // The footprint's main rectangle (demo parks): centre, half sides in metres, rotation (radians), and
    // the metres → degrees scales at its latitude. at() maps the unit square onto it.
    double cx = 0, cy = 0, halfW = 0, halfH = 0, angle = 0, degLon = 0, degLat = 0;
    int floors = 0;
    bool hub = false; // a 集中登记地 address: many firms registered here, operating elsewhere
    bool landmark = false; // a tower where large firms register (千万元楼/亿元楼)
    double tenantArea = 100; // m² of an average tenancy: the occupancy target over the expected tenants
    double grossArea = 0, occupancy = 0.85;
    mutable double leased = 0; // m² of tenancies written so far (one producer thread writes them)
    qint64 hubSeq = 0;
    std::pair<double, double> at(double u, double v) const
    {
        const double x = (2 * u - 1) * halfW, y = (2 * v - 1) * halfH;
        const double c = std::cos(angle), s = std::sin(angle);
        return { cx + (x * c - y * s) * degLon, cy + (x * s + y * c) * degLat };
    }
};

enum class Kind { Normal, Holding, Fund };

enum class Table {
    Enterprise,
    Person,
    Role,
    Share,
    Financial,
    Financing,
    License,
    Qualification,
    Risk,
    Ip,
    Relation,
    Invoice,
    Park,
    Building,
    Tenant,
    Visit,
    Task,
    Member,
    Count
};
constexpr const char* kTableNames[] = { "enterprises", "persons", "roles", "shareholdings", "financials",
    "financing", "licenses", "qualifications", "risks", "ip", "relations", "invoices", "parks", "buildings",
    "tenants", "visits", "tasks", "members" };

constexpr std::string_view kStatuses[]
    = { "存续", "在业", "吊销", "注销", "迁入", "迁出", "停业", "清算", "歇业", "撤销" };

/// The attributes of enterprise k that other rows refer to; a pure function of (seed, size, k).
struct Core
{
    qint64 k = 0;
    int county = 0;
    qint64 j = 0;
    bool old = false;
    std::string uscc;
    bool invalid = false;
    int division = 0;
    const DivisionInfo* info = nullptr;
    std::string industry;
    char section = 'L';
    Kind kind = Kind::Normal;
    bool food = false;
    bool startup = false;
    bool highGrowth = false;
    bool financed = false;
    bool joint = false; // 股份有限公司
    qint64 established = 0;
    int status = 0;
    int closedYear = 0;
    double size = 0;
    double growth = 0;
    std::string name;
    std::string word; // industry word in the name
    std::string brand;

    bool operating() const { return status == 0 || status == 1 || status == 4; }
    bool closed() const { return status == 2 || status == 3 || status == 9; }
};

struct PersonRef
{
    std::string id;
    std::string name;
    int province = 0;
};

// ---------------------------------------------------------------------------------------------------
class Generator
{
public:
    Generator(Database& db, const DemoOptions& options, const Progress& progress)
        : m_db(db)
        , m_n(options.enterprises)
        , m_seed(options.seed)
        , m_progress(progress)
        , m_knownTenderProjectsPath(options.knownTenderProjectsPath)
    {
    }

    DemoSummary run();

private:
    // set-up
    void buildGeography();
    void buildDivisions();
    void buildParks();
    struct Plot
    {
        double cx = 0, cy = 0, halfW = 0, halfH = 0, angle = 0, areaM2 = 0;
        int kind = 0; // 0 tower, 1 slab, 2 L-shaped block, 3 factory hall
        int floors = 1;
        bool landmark = false;
        std::vector<std::pair<double, double>> ring;
    };
    struct ParkLayout
    {
        double cx = 0, cy = 0, angle = 0, radius = 0, degLon = 0, degLat = 0;
        std::vector<std::pair<double, double>> boundary;
        std::vector<Plot> plots;
        // park-local metres (along the axis, across it) → lon/lat
        std::pair<double, double> world(double u, double v) const
        {
            const double c = std::cos(angle), s = std::sin(angle);
            return { cx + (u * c - v * s) * degLon, cy + (u * s + v * c) * degLat };
        }
    };
    ParkLayout layoutPark(DemoRandom& r, double plon, double plat, int p, int extraParks);
    std::string buildingName(
        DemoRandom& r, const Plot& plot, const Building& b, const std::string& park, int bno);
    void writeParkRoads(const ParkLayout& layout, const std::string& parkId, const std::string& parkName);
    static std::string polygonJson(const std::vector<std::pair<double, double>>& ring);
    static bool pointInRing(const std::vector<std::pair<double, double>>& ring, double x, double y);
    void prepareStatements();
    // per enterprise
    int countyOf(qint64 k) const;
    quint64 kindHash(qint64 k) const { return mix64(m_seed, quint64(k), 1); }
    Kind kindOf(qint64 k) const;
    Core core(qint64 k) const;
    void applyChainClusters(Core& e, const County& co) const;
    std::string brand(qint64 b) const;
    void enterprise(qint64 k);
    PersonRef person(DemoRandom& r, const County& host, qint64 established);
    // hometown cases (retired birthplace codes, a 籍贯 differing from the birthplace, share-only holders)
    struct HometownVariety
    {
        std::string birthCode; // the code in the ID number: the county's, or a retired code it succeeded
        std::string nativePlace; // a 籍贯 differing from the birthplace, empty when none
    };
    HometownVariety hometownVariety(const County& birth, int hostProvince);
    void silentPartners(qint64 k, const County& host, qint64 established,
        std::vector<std::tuple<std::string, std::string, std::string, double>>& holders);
    std::string streetAddress(DemoRandom& r, const County& c, bool withProvince) const;
    std::string buildingAddress(DemoRandom& r, const Building& b, int floor, int room) const;
    qint64 findHolding(qint64 k) const;
    qint64 findFund(quint64 h) const;
    void cycleHolders(qint64 k, std::vector<std::pair<qint64, double>>& out) const;
    // after all enterprises
    void supplyChains();
    void tenders();
    void savedSearches();
    // writing (on the thread that owns the connection)
    void flush(RowBatch& batch);
    void flushCurrent();

    Database& m_db;
    const qint64 m_n;
    const quint64 m_seed;
    const Progress& m_progress;
    const QString m_knownTenderProjectsPath;
    qint64 m_tenders = 0;

    std::vector<County> m_counties;
    std::vector<qint64> m_countyStarts;
    std::vector<Prefecture> m_prefectures;
    std::vector<std::vector<int>> m_countiesByProvince; // index: province code
    std::vector<int> m_provinceWeights; // index into kProvinces
    std::vector<std::string> m_provinceShort; // index: province code
    std::vector<std::vector<std::string>> m_classes; // index: division → 4-digit classes
    std::vector<int> m_divisionWeights;
    qint64 m_divisionTotal = 0;
    std::vector<Building> m_buildings;
    qint64 m_cycleGroups = 0;

    std::unordered_map<std::string, std::vector<std::string>> m_retiredBySuccessor; // county → retired codes
    bool m_retiredLoaded = false;
    std::vector<PersonRef> m_recent; // ring of recently created persons (serial entrepreneurs)
    qint64 m_recentNext = 0;
    qint64 m_persons = 0;
    qint64 m_visits = 0;
    qint64 m_tasks = 0;
    qint64 m_listed = 0;
    std::vector<qint64> m_rows; // by Table

    std::vector<Statement> m_statements; // by Table
    std::unique_ptr<RowBatch> m_batch; // being filled
    RowBatch* m_current = nullptr;
    RowRecorder m_insEnterprise, m_insPerson, m_insRole, m_insShare, m_insFinancial, m_insFinancing,
        m_insLicense, m_insQualification, m_insRisk, m_insIp, m_insRelation, m_insInvoice, m_insPark,
        m_insBuilding, m_insTenant, m_insVisit, m_insTask, m_insMember;
};

// ---------------------------------------------------------------------------------------------------
void Generator::buildGeography()
{
    const auto& regions = dj::codes::Regions::instance();
    m_countiesByProvince.assign(100, {});
    m_provinceShort.assign(100, {});
    for (const auto* p : regions.provinces())
        m_provinceShort[p->code.left(2).toInt()] = u8(p->shortName);

    // Prefectures (and, for 直辖市, the 01/02 groups) with their counties; a prefecture-level city
    // without counties (东莞, 中山, 嘉峪关, 儋州) registers its firms under its own code.
    for (const ProvinceInfo& pi : kProvinces) {
        const QString provCode = QString::number(pi.code);
        const auto* prov = regions.find(provCode);
        if (!prov)
            continue;
        const bool municipality = pi.code == 11 || pi.code == 12 || pi.code == 31 || pi.code == 50;
        const auto prefs = regions.children(prov->code);
        // Ordinary prefectures share the province; large cities get more.
        std::vector<std::pair<const dj::codes::Region*, int>> prefFactors;
        int factorSum = 0;
        for (const auto* pref : prefs) {
            const int code4 = pref->code.left(4).toInt();
            int factor = 10;
            for (const CityInfo& ci : kCities) {
                if (ci.code == code4)
                    factor = ci.factor;
            }
            if (pref->code.mid(2, 2) == u"90")
                factor = 6;
            prefFactors.push_back({ pref, factor });
            factorSum += factor;
        }
        for (const auto& [pref, factor] : prefFactors) {
            Prefecture pf;
            pf.code = pref->code.left(4).toInt();
            pf.province = pi.code;
            const bool placeholder
                = pref->name == u"市辖区" || pref->name == u"县" || pref->code.mid(2, 2) == u"90";
            pf.shortName = municipality ? u8(prov->shortName)
                : placeholder           ? std::string()
                                        : u8(pref->shortName);
            pf.fullName = u8(regions.fullName(pref->code));
            pf.officialName = municipality ? u8(prov->name) : placeholder ? std::string() : u8(pref->name);
            pf.spread = municipality ? 0.25 : 0.35;
            bool known = false;
            for (const CityInfo& ci : kCities) {
                if (ci.code == pf.code || (municipality && ci.code / 100 == pi.code)) {
                    pf.lon = ci.lon;
                    pf.lat = ci.lat;
                    known = true;
                }
            }
            if (!known) {
                if (const auto c = dj::geo::RegionCentres::instance().exact(pref->code)) {
                    pf.lon = c->position.lon;
                    pf.lat = c->position.lat;
                    known = true;
                }
            }
            if (!known) {
                DemoRandom r(mix64(0xC17Eull, quint64(pf.code)));
                pf.lon = pi.lon + pi.spread * (2 * r.uniform() - 1);
                pf.lat = pi.lat + pi.spread * 0.8 * (2 * r.uniform() - 1);
            }
            const int prefIndex = int(m_prefectures.size());
            auto counties = regions.children(pref->code);
            QList<const dj::codes::Region*> units;
            for (const auto* c : counties) {
                if (c->level == 3)
                    units.append(c);
            }
            if (units.isEmpty())
                units.append(pref);
            double unitSum = 0;
            std::vector<double> unitWeights;
            for (const auto* c : units) {
                // Districts are the economic centres; county-level cities next; counties and zones least.
                double w = 1.0;
                if (c->name.endsWith(u"区"))
                    w = 3.0;
                else if (c->name.endsWith(u"市"))
                    w = 2.0;
                if (c->code.mid(4, 2).toInt() >= 71 && c->code.mid(4, 2).toInt() <= 79)
                    w = 1.5;
                unitWeights.push_back(w);
                unitSum += w;
            }
            for (qsizetype u = 0; u < units.size(); ++u) {
                const auto* c = units[u];
                County county;
                county.code = u8(c->code);
                county.fullName = u8(regions.fullName(c->code));
                const QString city = regions.fullName(c->code).mid(prov->name.size());
                county.cityName = municipality || city.isEmpty() ? county.fullName : u8(city);
                county.name = u8(c->name);
                county.prefix = pf.shortName.empty() ? u8(c->shortName) : pf.shortName;
                county.province = pi.code;
                county.prefecture = prefIndex;
                county.weight = double(pi.weight) * factor / factorSum * unitWeights[size_t(u)] / unitSum;
                county.salt = mix64(m_seed, c->code.toULongLong(), 7);
                // The county's seat or centroid (GB/T 2260 codes of core/geo); a made-up point near the
                // prefecture only for codes the centre table lacks (development zones, new districts).
                if (const auto centre = dj::geo::RegionCentres::instance().exact(c->code)) {
                    county.lon = centre->position.lon;
                    county.lat = centre->position.lat;
                } else {
                    DemoRandom r(mix64(0xC0DEull, c->code.toULongLong()));
                    county.lon = pf.lon + pf.spread * 0.5 * (2 * r.uniform() - 1);
                    county.lat = pf.lat + pf.spread * 0.4 * (2 * r.uniform() - 1);
                }
                pf.counties.push_back(int(m_counties.size()));
                m_countiesByProvince[size_t(pi.code)].push_back(int(m_counties.size()));
                m_counties.push_back(std::move(county));
            }
            m_prefectures.push_back(std::move(pf));
        }
    }
    if (m_counties.empty())
        throw std::runtime_error("region table not available");

    // Largest-remainder allocation of N enterprises to counties, in code order (deterministic).
    double total = 0;
    for (const County& c : m_counties)
        total += c.weight;
    std::vector<std::pair<double, int>> remainders;
    qint64 assigned = 0;
    for (size_t i = 0; i < m_counties.size(); ++i) {
        const double exact = double(m_n) * m_counties[i].weight / total;
        m_counties[i].count = qint64(std::floor(exact));
        assigned += m_counties[i].count;
        remainders.push_back({ exact - std::floor(exact), int(i) });
    }
    std::stable_sort(
        remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qint64 i = 0; assigned < m_n; ++i, ++assigned)
        ++m_counties[size_t(remainders[size_t(i % qint64(remainders.size()))].second)].count;

    // Enterprises are numbered county by county in code order, and within a county by organisation
    // code, so USCCs rise with the index: every table keyed by uscc is appended in key order.
    std::map<std::string, qint64> brandCounters; // by name prefix
    qint64 start = 0;
    for (County& c : m_counties) {
        c.start = start;
        start += c.count;
        m_countyStarts.push_back(c.start);
        DemoRandom r(c.salt);
        c.oldCount
            = std::min(c.count, qint64(std::floor(double(c.count) * r.range(0.30, 0.45) + r.uniform())));
        Prefecture& pf = m_prefectures[size_t(c.prefecture)];
        pf.count += c.count;
        c.brandOffset = brandCounters[c.prefix];
        brandCounters[c.prefix] += c.count;
    }
}

void Generator::buildDivisions()
{
    const auto& industries = dj::codes::Industries::instance();
    m_classes.assign(100, {});
    for (const DivisionInfo& d : kDivisions) {
        m_divisionWeights.push_back(d.weight);
        m_divisionTotal += d.weight;
        const QString div = QStringLiteral("%1").arg(d.division, 2, 10, QLatin1Char('0'));
        std::vector<std::string>& classes = m_classes[size_t(d.division)];
        for (const auto* group : industries.children(div)) {
            for (const auto* cls : industries.children(group->code))
                classes.push_back(u8(cls->code));
        }
        if (classes.empty()) // an incomplete classification table: the division is still a valid code
            classes.push_back(u8(div));
    }
}

const DivisionInfo& divisionInfo(int division)
{
    for (const DivisionInfo& d : kDivisions) {
        if (d.division == division)
            return d;
    }
    return kDivisions[0];
}

int Generator::countyOf(qint64 k) const
{
    auto it = std::upper_bound(m_countyStarts.begin(), m_countyStarts.end(), k);
    // the last county starting at or before k: empty counties share their start with the next one
    return int(it - m_countyStarts.begin()) - 1;
}

Kind Generator::kindOf(qint64 k) const
{
    const quint64 h = kindHash(k) % 1000;
    if (h < 3)
        return Kind::Fund;
    if (h < 23)
        return Kind::Holding;
    return Kind::Normal;
}

std::string Generator::brand(qint64 b) const
{
    constexpr qint64 a = qint64(std::size(kBrandA));
    constexpr qint64 bb = qint64(std::size(kBrandB));
    constexpr qint64 c = qint64(std::size(kBrandC));
    // A multiplicative permutation inside each space spreads consecutive firms over the words.
    qint64 space = a * bb;
    int extra = 0;
    while (b >= space) {
        b -= space;
        space *= c;
        ++extra;
    }
    b = qint64((quint64(b) * 7919u) % quint64(space));
    std::string out;
    out += kBrandA[b % a];
    b /= a;
    out += kBrandB[b % bb];
    b /= bb;
    for (int i = 0; i < extra; ++i) {
        out += kBrandC[b % c];
        b /= c;
    }
    return out;
}

Core Generator::core(qint64 k) const
{
    Core e;
    e.k = k;
    e.county = countyOf(k);
    const County& co = m_counties[size_t(e.county)];
    e.j = k - co.start;
    e.old = e.j < co.oldCount;
    e.kind = kindOf(k);
    DemoRandom r(mix64(m_seed, quint64(k), 2));

    // Industry
    if (e.kind == Kind::Fund)
        e.division = 67;
    else if (e.kind == Kind::Holding)
        e.division = 72;
    else
        e.division = kDivisions[r.weighted(m_divisionWeights, m_divisionTotal)].division;
    e.info = &divisionInfo(e.division);
    e.section = sectionOfDivision(e.division);
    const auto& classes = m_classes[size_t(e.division)];
    e.industry = classes[size_t(r.below(qint64(classes.size())))];
    if (e.kind != Kind::Normal) {
        const std::string preferred = e.kind == Kind::Holding ? "7211" : "6760";
        const auto it = std::find(classes.begin(), classes.end(), preferred);
        if (it != classes.end())
            e.industry = *it;
    }
    e.food = (e.division == 51 || e.division == 52) && r.chance(0.4);

    // Age: organisation codes rise with registration time.
    const qint64 cut = daysFromCivil(2015, 10, 1);
    // Registrations per year rise over time (density growing linearly: sqrt of a uniform; sqrt is
    // exactly rounded by IEEE 754, so it is as portable as the basic operations).
    if (e.old) {
        const qint64 from = daysFromCivil(1993, 1, 1);
        e.established = from + qint64(std::sqrt(r.uniform()) * double(cut - from - 1));
    } else {
        const qint64 to = daysFromCivil(2025, 5, 31);
        e.established = cut + qint64(std::sqrt(r.uniform()) * double(to - cut));
    }
    const int estYear = yearOf(e.established);

    // Size (log-scale score) and growth that persists over the years.
    e.size = r.normal();
    if (e.kind == Kind::Holding)
        e.size += 1.2;
    e.size += std::min(0.6, (2025 - estYear) * 0.03);
    e.startup = isTechDivision(e.division) && estYear >= 2012 && r.chance(0.10);
    e.highGrowth = r.chance(e.startup ? 0.45 : 0.10);
    e.growth = e.highGrowth ? r.range(0.26, 0.60) : 0.03 + 0.08 * r.normal();
    e.financed = e.kind == Kind::Normal
        && (e.startup || (e.highGrowth && e.size > 1.0 && r.chance(0.45)) || r.chance(0.006));
    e.joint = e.kind == Kind::Normal && e.size > 1.4 && r.chance(0.25);

    // Registration status: most operating, many cancelled or revoked among older firms.
    static constexpr int kOld[] = { 520, 120, 120, 200, 10, 10, 5, 5, 5, 5 };
    static constexpr int kMid[] = { 680, 80, 50, 160, 10, 10, 3, 4, 3, 0 };
    static constexpr int kNew[] = { 840, 50, 10, 90, 5, 5, 0, 0, 0, 0 };
    const int* table = estYear < 2010 ? kOld : estYear < 2019 ? kMid : kNew;
    e.status = r.weighted(std::span<const int>(table, 10), 1000);
    if ((e.kind != Kind::Normal || e.startup || e.financed || e.size > 1.8) && e.closed() && r.chance(0.85))
        e.status = 0;
    if (e.closed())
        e.closedYear = int(r.range(std::min(estYear + 1, 2024), 2024));

    // USCC: 9 (市场监管) 1 (企业), the county, an organisation code rising with the index, checks.
    std::string org;
    if (e.old) {
        DemoRandom cr(co.salt);
        const qint64 base = 10000000 + cr.below(30000000);
        const qint64 step = std::max<qint64>(
            1, std::min<qint64>(997, (99999999 - base) / std::max<qint64>(1, co.oldCount)));
        org = number(base + e.j * step + qint64(mix64(m_seed, quint64(k), 3) % quint64(step)), 8);
    } else {
        DemoRandom cr(co.salt ^ 0x5EEDull);
        constexpr qint64 kSpace = 887503681; // 31^6
        const qint64 base = cr.below(100000000);
        const qint64 newCount = std::max<qint64>(1, co.count - co.oldCount);
        const qint64 step = std::max<qint64>(1, std::min<qint64>(4999, (kSpace - base - 1) / newCount));
        qint64 v = base + (e.j - co.oldCount) * step + qint64(mix64(m_seed, quint64(k), 3) % quint64(step));
        const QStringView alphabet = dj::codes::Uscc::alphabet();
        char six[6];
        for (int i = 5; i >= 0; --i) {
            six[i] = char(alphabet[v % 31].unicode());
            v /= 31;
        }
        org = "MA" + std::string(six, 6);
    }
    const QChar orgCheck
        = dj::codes::Uscc::organizationCheck(QString::fromLatin1(org.data(), qsizetype(org.size())));
    std::string first17 = "91" + co.code + org + char(orgCheck.unicode());
    const QChar check = dj::codes::Uscc::checkCharacter(QString::fromLatin1(first17.data(), 17));
    e.uscc = first17 + char(check.unicode());
    // A few deliberately wrong check characters, spread evenly, flagged as such.
    const qint64 invalidStep = std::max<qint64>(200, m_n / std::max<qint64>(3, m_n / 20000));
    if (k % invalidStep == invalidStep / 2) {
        const QStringView alphabet = dj::codes::Uscc::alphabet();
        const qsizetype at = alphabet.indexOf(check);
        e.uscc.back() = char(alphabet[(at + 7) % 31].unicode());
        e.invalid = true;
    }

    // Name: region short name + brand + industry word + organisational form; unique by construction
    // (the brand index is unique among all firms sharing the region prefix).
    const std::string& prefix = co.prefix;
    e.brand = brand(co.brandOffset + e.j);
    const std::string& b = e.brand;
    if (e.kind == Kind::Fund) {
        e.word = r.chance(0.5) ? "创业投资" : "股权投资";
        e.name = prefix + b + e.word + (r.chance(0.5) ? "基金合伙企业（有限合伙）" : "合伙企业（有限合伙）");
    } else if (e.kind == Kind::Holding) {
        e.word = r.chance(0.5) ? "控股" : "投资";
        e.name = prefix + b + e.word + (e.word == "控股" ? "集团有限公司" : "发展有限公司");
    } else {
        if (e.food)
            e.word = kFoodTradeWords[r.below(qint64(std::size(kFoodTradeWords)))];
        else
            e.word = e.info->words[size_t(r.below(3))];
        e.name = prefix + b + e.word + (e.joint ? "股份有限公司" : "有限公司");
    }
    applyChainClusters(e, co);
    return e;
}

// Industry chains (core/chains, resources/chains): real chains cluster by city, so the demo concentrates some
// segments of the key chains in a few cities (Shanghai: IC design, manufacturing and packaging strong, its
// applications weak, its electronic materials missing; Shanghai biologics; Shenzhen communication terminals),
// and names some firms after the keyword segments (封装测试, EDA) that GB/T 4754 has no class for. Drawn from
// its own random stream, so every other attribute of the enterprise stays as it was.
void Generator::applyChainClusters(Core& e, const County& co) const
{
    if (e.kind != Kind::Normal || e.food)
        return;
    DemoRandom r(mix64(m_seed, quint64(e.k), 22));
    const double u = r.uniform();
    const double v = r.uniform();
    static constexpr std::string_view kIcApplications[] = { "3911", "3912", "3913", "3914", "3915", "3919",
        "3921", "3922", "3951", "3961", "3962", "3963", "3964", "3969" };
    const bool application = std::find(std::begin(kIcApplications), std::end(kIcApplications), e.industry)
        != std::end(kIcApplications);
    if (co.province == 31) {
        if (e.industry == "3985")
            e.industry = "3973";
        else if (e.division == 39 && application && u < 0.6)
            e.industry = "3990";
        else if (e.division == 39 && u < 0.5)
            e.industry = "3973";
        else if (e.division == 65 && u < 0.3)
            e.industry = "6520";
        else if (e.division == 27 && u < 0.4)
            e.industry = "2761";
    } else if (co.code.compare(0, 4, "4403") == 0 && e.division == 39 && u < 0.4) {
        e.industry = "3922";
    }
    const char* word = nullptr;
    if (e.industry == "3973" && v < 0.3)
        word = "封装测试";
    else if (e.industry == "6519" && v < 0.25)
        word = "EDA软件";
    if (word) {
        e.word = word;
        e.name = co.prefix + e.brand + e.word + (e.joint ? "股份有限公司" : "有限公司");
    }
}

// ---------------------------------------------------------------------------------------------------
void Generator::buildParks()
{
    // Parks in the largest cities: a handful each, a few more in a larger data set.
    std::vector<int> order(m_prefectures.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(),
        [this](int a, int b) { return m_prefectures[size_t(a)].count > m_prefectures[size_t(b)].count; });
    const int cities = int(std::min<size_t>(order.size(), m_n >= 1000000 ? 40 : m_n >= 100000 ? 24 : 12));
    const int extraParks = m_n >= 1000000 ? 2 : m_n >= 300000 ? 1 : 0;
    // Park ids in code order of the city, so the parks table is written in key order.
    std::vector<int> chosen(order.begin(), order.begin() + cities);
    std::sort(chosen.begin(), chosen.end(),
        [this](int a, int b) { return m_prefectures[size_t(a)].code < m_prefectures[size_t(b)].code; });
    for (int pi : chosen) {
        Prefecture& pf = m_prefectures[size_t(pi)];
        DemoRandom r(mix64(m_seed, quint64(pf.code), 11));
        // Parks sit in the city's most populous districts.
        std::vector<int> counties = pf.counties;
        std::stable_sort(counties.begin(), counties.end(),
            [this](int a, int b) { return m_counties[size_t(a)].count > m_counties[size_t(b)].count; });
        const int parks = int(r.range(3, 5)) + extraParks;
        for (int p = 0; p < parks; ++p) {
            const int ci = counties[size_t(p % std::max<size_t>(1, std::min<size_t>(counties.size(), 4)))];
            County& co = m_counties[size_t(ci)];
            const std::string parkId = "PK" + number(pf.code, 4) + number(p + 1, 2);
            const int wordIndex = int(r.below(qint64(std::size(kParkWords))));
            std::string countyShort
                = u8(dj::codes::Regions::instance().find(QString::fromStdString(co.code))->shortName);
            const std::string parkName
                = countyShort + brand(qint64(r.below(9801))) + std::string(kParkWords[wordIndex]);
            const double plon = co.lon + r.range(-0.04, 0.04);
            const double plat = co.lat + r.range(-0.03, 0.03);
            const ParkLayout layout = layoutPark(r, plon, plat, p, extraParks);
            m_insPark.bind(1, parkId).bind(2, parkName).bind(3, kParkKinds[wordIndex]).bind(4, co.code);
            m_insPark.bind(5, polygonJson(layout.boundary));
            m_insPark.run();
            m_insPark.reset();
            const std::string road = std::string(kRoadStems[r.below(qint64(std::size(kRoadStems)))])
                + std::string(kRoadSuffixes[r.below(qint64(std::size(kRoadSuffixes)))]);
            const int baseNumber = int(r.range(1, 400));
            writeParkRoads(layout, parkId, parkName);
            int bno = 0;
            for (const Plot& plot : layout.plots) {
                ++bno;
                Building b;
                b.id = parkId + "-B" + number(bno, 2);
                b.parkId = parkId;
                b.county = ci;
                b.no = bno;
                b.road = road;
                b.number = baseNumber + (bno - 1) / 3 * 2;
                b.hub = bno == 2 && p % 2 == 0; // every other park runs a 集中登记地
                b.landmark = plot.landmark;
                b.name = buildingName(r, plot, b, parkName, bno);
                b.address = co.fullName + road + number(b.number) + "号" + number(bno) + "幢";
                b.cx = plot.cx;
                b.cy = plot.cy;
                b.halfW = plot.halfW;
                b.halfH = plot.halfH;
                b.angle = plot.angle;
                b.degLon = layout.degLon;
                b.degLat = layout.degLat;
                b.floors = plot.floors;
                double x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;
                for (const auto& [x, y] : plot.ring) {
                    x0 = std::min(x0, x);
                    x1 = std::max(x1, x);
                    y0 = std::min(y0, y);
                    y1 = std::max(y1, y);
                }
                b.lon0 = x0;
                b.lat0 = y0;
                b.width = x1 - x0;
                b.height = y1 - y0;
                m_insBuilding.bind(1, b.id)
                    .bind(2, b.parkId)
                    .bind(3, b.name)
                    .bind(4, b.address)
                    .bind(5, co.code);
                m_insBuilding.bind(6, roundTo(plot.cx, 0.000001)).bind(7, roundTo(plot.cy, 0.000001));
                m_insBuilding.bind(8, polygonJson(plot.ring));
                b.grossArea = roundTo(plot.areaM2 * b.floors, 1.0);
                b.occupancy = r.range(0.55, 0.98);
                m_insBuilding.bind(9, qint64(b.floors)).bind(10, b.grossArea);
                m_insBuilding.run();
                m_insBuilding.reset();
                if (b.landmark && co.landmark < 0)
                    co.landmark = int(m_buildings.size());
                co.buildings.push_back(int(m_buildings.size()));
                pf.buildings.push_back(int(m_buildings.size()));
                m_buildings.push_back(std::move(b));
            }
        }
    }
    // Tenancies sized so that each building's leased share comes out near its occupancy target: the
    // expected tenants are the county's firms placed in buildings (45 %, 90 % of them operating there),
    // spread over the county's buildings, plus the office-only firms of the prefecture.
    for (const County& co : m_counties) {
        if (co.buildings.empty())
            continue;
        const double perBuilding = std::max(1.0, double(co.count) * 0.45 * 0.9 / double(co.buildings.size()));
        for (int bi : co.buildings) {
            Building& b = m_buildings[size_t(bi)];
            // The landmark tower also draws most of the county's large firms, which lease more.
            const double expected = perBuilding * (b.landmark ? 4.0 : 1.0) + 1;
            b.tenantArea = std::max(30.0, b.grossArea * b.occupancy / expected);
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Demo parks that look like real ones (issue 12): an irregular outline, a main road and cross roads,
// buildings of different kinds on the plots between them (towers, slabs, L-shaped R&D blocks, low
// factory halls), each turned a little from the park's grid, with floors and areas to match.

std::string Generator::polygonJson(const std::vector<std::pair<double, double>>& ring)
{
    std::string out = "{\"type\":\"Polygon\",\"coordinates\":[[";
    for (size_t i = 0; i <= ring.size(); ++i) {
        const auto& [x, y] = ring[i % ring.size()];
        if (i)
            out += ",";
        out += "[" + QString::number(x, 'f', 6).toStdString() + "," + QString::number(y, 'f', 6).toStdString()
            + "]";
    }
    return out + "]]}";
}

Generator::ParkLayout Generator::layoutPark(DemoRandom& r, double plon, double plat, int p, int extraParks)
{
    ParkLayout L;
    L.degLat = 1.0 / 110540.0;
    L.degLon = 1.0 / (111320.0 * std::cos(plat * 3.14159265358979 / 180.0));
    L.cx = plon;
    L.cy = plat;
    const double radius = 230 + r.uniform() * 200; // metres
    L.angle = r.range(-0.45, 0.45);
    L.radius = radius;
    // Outline: 9–13 vertices at jittered angles and radii, wider than deep like most parks.
    const int n = int(r.range(9, 13));
    for (int i = 0; i < n; ++i) {
        const double a = 2 * 3.14159265358979 * (i + r.range(-0.3, 0.3)) / n;
        const double rr = radius * r.range(0.78, 1.05);
        L.boundary.push_back(L.world(std::cos(a) * rr * 1.25, std::sin(a) * rr * 0.85));
    }
    // Plots on a 4 × 3 grid between the roads, kept when their centre lies well inside the outline.
    const int wanted = int(r.range(5, 10)) + extraParks * 2;
    std::vector<std::pair<double, double>> sites;
    for (int row = -1; row <= 1; ++row)
        for (int col = 0; col < 4; ++col)
            sites.push_back({ (col - 1.5) * radius * 0.55, row * radius * 0.5 });
    // Start near the centre so that the landmark tower stands on the main road.
    std::stable_sort(sites.begin(), sites.end(), [](const auto& a, const auto& b) {
        return std::hypot(a.first, a.second * 1.4) < std::hypot(b.first, b.second * 1.4);
    });
    const bool hasLandmark = p % 3 != 2;
    for (const auto& [u, v] : sites) {
        if (int(L.plots.size()) >= wanted)
            break;
        const auto centre = L.world(u, v);
        if (!pointInRing(L.boundary, centre.first, centre.second))
            continue;
        Plot plot;
        const double cell = radius * 0.5;
        plot.landmark = hasLandmark && L.plots.empty();
        const int kind = plot.landmark ? 0 : int(r.weighted(std::array { 25, 35, 25, 15 }, 100));
        plot.kind = kind;
        plot.angle = L.angle + (r.chance(0.35) ? r.range(-0.6, 0.6) : r.range(-0.08, 0.08));
        switch (kind) {
        case 0: // tower
            plot.halfW = plot.landmark ? r.range(28, 38) : r.range(18, 28);
            plot.halfH = plot.halfW * r.range(0.75, 1.0);
            plot.floors = plot.landmark ? int(r.range(38, 62)) : int(r.range(22, 36));
            break;
        case 1: // slab office / R&D building
            plot.halfW = r.range(35, 60);
            plot.halfH = r.range(10, 15);
            plot.floors = int(r.range(6, 18));
            break;
        case 2: // L-shaped block
            plot.halfW = r.range(30, 45);
            plot.halfH = r.range(9, 12);
            plot.floors = int(r.range(5, 12));
            break;
        default: // factory hall
            plot.halfW = r.range(40, 70);
            plot.halfH = r.range(25, 40);
            plot.floors = int(r.range(1, 4));
            break;
        }
        // Plots of a small park are smaller: neighbours never overlap.
        const double fit = std::min(1.0, radius / 420.0);
        plot.halfW *= fit;
        plot.halfH *= fit;
        const double du = r.range(-0.05, 0.05) * cell;
        const std::pair<double, double> centreXY = L.world(u + du, v + r.range(-0.05, 0.05) * cell);
        const double cx = centreXY.first, cy = centreXY.second;
        plot.cx = cx;
        plot.cy = cy;
        auto corner = [&](double x, double y) {
            const double c = std::cos(plot.angle), s = std::sin(plot.angle);
            return std::pair<double, double> { cx + (x * c - y * s) * L.degLon,
                cy + (x * s + y * c) * L.degLat };
        };
        const double w = plot.halfW, h = plot.halfH;
        if (kind == 2) {
            // The main rectangle plus a wing going up from its right end: an L.
            const double wing = h * r.range(2.2, 3.2);
            plot.ring = { corner(-w, -h), corner(w, -h), corner(w, h + wing),
                corner(w - 2 * h * 1.2, h + wing), corner(w - 2 * h * 1.2, h), corner(-w, h) };
            plot.areaM2 = 4 * w * h + 2 * h * 1.2 * wing;
        } else {
            plot.ring = { corner(-w, -h), corner(w, -h), corner(w, h), corner(-w, h) };
            plot.areaM2 = 4 * w * h;
        }
        L.plots.push_back(std::move(plot));
    }
    return L;
}

std::string Generator::buildingName(
    DemoRandom& r, const Plot& plot, const Building& b, const std::string& park, int bno)
{
    static constexpr std::string_view kTowers[]
        = { "中心大厦", "国际金融中心", "财富广场", "总部大厦", "商务中心" };
    static constexpr std::string_view kBlocks[] = { "研发楼", "创新楼", "科创中心", "数字大厦", "智造中心" };
    static constexpr std::string_view kLetters[]
        = { "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M" };
    const std::string brandWord = brand(qint64(r.below(9801)));
    if (b.hub)
        return park + "企业服务中心";
    switch (plot.kind) {
    case 0:
        return plot.landmark ? brandWord + std::string(kTowers[r.below(qint64(std::size(kTowers)))])
                             : park + std::string(kLetters[size_t(bno - 1) % std::size(kLetters)]) + "座";
    case 1:
    case 2:
        return park + number(bno) + "号" + std::string(kBlocks[r.below(qint64(std::size(kBlocks)))]);
    default:
        return park + number(bno) + "号厂房";
    }
}

void Generator::writeParkRoads(const ParkLayout& L, const std::string& parkId, const std::string& parkName)
{
    // Internal roads as park data (park_roads: drawn on the park's plan, not among the user's drawings):
    // the main road along the park's axis and two cross roads between the plot columns.
    static constexpr std::string_view kOrdinals[] = { "一路", "二路", "三路" };
    Statement st = m_db.prepare("INSERT INTO park_roads(park_id, name, geometry) VALUES (?1, ?2, ?3)");
    const double R = L.radius;
    const std::array<std::array<double, 4>, 3> roads { { { -R * 1.2, 0.0, R * 1.2, 0.0 },
        { -R * 0.275, -R * 0.8, -R * 0.275, R * 0.8 }, { R * 0.55, -R * 0.75, R * 0.55, R * 0.75 } } };
    for (size_t i = 0; i < roads.size(); ++i) {
        const auto a = L.world(roads[i][0], roads[i][1]);
        const auto b = L.world(roads[i][2], roads[i][3]);
        const std::string geometry = "{\"type\":\"LineString\",\"coordinates\":[["
            + QString::number(a.first, 'f', 6).toStdString() + ","
            + QString::number(a.second, 'f', 6).toStdString() + "],["
            + QString::number(b.first, 'f', 6).toStdString() + ","
            + QString::number(b.second, 'f', 6).toStdString() + "]]}";
        st.bind(1, parkId);
        st.bind(
            2, parkName.substr(0, parkName.size() >= 6 ? 6 : parkName.size()) + std::string(kOrdinals[i]));
        st.bind(3, geometry);
        st.run();
        st.reset();
    }
}

bool Generator::pointInRing(const std::vector<std::pair<double, double>>& ring, double x, double y)
{
    bool in = false;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const auto [xi, yi] = ring[i];
        const auto [xj, yj] = ring[j];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            in = !in;
    }
    return in;
}

void Generator::prepareStatements()
{
    m_statements.resize(size_t(Table::Count));
    m_rows.assign(size_t(Table::Count), 0);
    m_batch = std::make_unique<RowBatch>();
    m_current = m_batch.get();
    auto prepare = [this](Table table, std::string_view sql) {
        m_statements[size_t(table)] = m_db.prepare(sql);
        return RowRecorder(int(table), &m_current);
    };
    m_insEnterprise = prepare(Table::Enterprise,
        "INSERT INTO enterprises(id, uscc, uscc_invalid, name, former_names, status, entity_type, legal_rep, "
        "registered_capital, registered_capital_currency, established, region_code, industry_code, "
        "industry_section, "
        "address, lon, lat, op_address, op_lon, op_lat, annual_address, insured_count, scale, listed_code, "
        "scope) "
        "VALUES "
        "(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25)");
    m_insPerson = prepare(Table::Person,
        "INSERT INTO persons(person_id, name, id_masked, birthplace_code, native_place_code, "
        "birth_year, gender) VALUES (?1,?2,?3,?4,?5,?6,?7)");
    m_insRole = prepare(Table::Role, "INSERT OR IGNORE INTO roles(uscc, person_id, role) VALUES (?1,?2,?3)");
    m_insShare = prepare(Table::Share,
        "INSERT OR IGNORE INTO shareholdings(investee_uscc, holder_kind, holder_id, holder_name, "
        "share_pct, subscribed_capital, subscribed_capital_currency) VALUES (?1,?2,?3,?4,?5,?6,?7)");
    m_insFinancial = prepare(Table::Financial,
        "INSERT INTO financials(uscc, year, revenue, tax, profit, total_assets, employees, "
        "rd_expense) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
    m_insFinancing = prepare(Table::Financing,
        "INSERT OR IGNORE INTO financing(uscc, date, round, amount, amount_currency, investors) "
        "VALUES (?1,?2,?3,?4,?5,?6)");
    m_insLicense = prepare(Table::License,
        "INSERT OR IGNORE INTO licenses(uscc, kind, number, valid_from, valid_to) "
        "VALUES (?1,?2,?3,?4,?5)");
    m_insQualification = prepare(Table::Qualification,
        "INSERT OR IGNORE INTO qualifications(uscc, kind, level, year, valid_to) "
        "VALUES (?1,?2,?3,?4,?5)");
    m_insRisk = prepare(Table::Risk,
        "INSERT OR IGNORE INTO risks(uscc, kind, date, amount, authority, detail, status) "
        "VALUES (?1,?2,?3,?4,?5,?6,?7)");
    m_insIp = prepare(
        Table::Ip, "INSERT OR IGNORE INTO ip(uscc, kind, number, title, date) VALUES (?1,?2,?3,?4,?5)");
    m_insRelation = prepare(Table::Relation,
        "INSERT OR IGNORE INTO relations(from_uscc, to_uscc, kind, year, amount) "
        "VALUES (?1,?2,?3,?4,?5)");
    m_insInvoice = prepare(Table::Invoice,
        "INSERT OR IGNORE INTO invoices(seller_uscc, buyer_uscc, month, invoice_count, amount) "
        "VALUES (?1,?2,?3,?4,?5)");
    m_insPark = prepare(
        Table::Park, "INSERT INTO parks(park_id, name, kind, region_code, boundary) VALUES (?1,?2,?3,?4,?5)");
    m_insBuilding = prepare(Table::Building,
        "INSERT INTO buildings(building_id, park_id, name, address, region_code, lon, lat, "
        "footprint, floors, gross_area_m2) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)");
    m_insTenant = prepare(Table::Tenant,
        "INSERT OR IGNORE INTO tenants(building_id, uscc, name, floor, room, area_m2, since, until) "
        "VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
    m_insVisit = prepare(Table::Visit,
        "INSERT INTO visits(visit_id, uscc, date, visitor, kind, summary, needs, follow_up) "
        "VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
    m_insTask = prepare(Table::Task,
        "INSERT INTO tasks(task_id, uscc, assignee, due, status, reason, created) "
        "VALUES (?1,?2,?3,?4,?5,?6,?7)");
    m_insMember = prepare(Table::Member,
        "INSERT OR IGNORE INTO members(register, person_id, uscc, role, joined, note) "
        "VALUES (?1,?2,?3,?4,?5,?6)");
}

// ---------------------------------------------------------------------------------------------------
std::string personName(DemoRandom& r, bool male)
{
    static const std::vector<int> surnameWeights = [] {
        std::vector<int> w;
        for (const Weighted& s : kSurnames)
            w.push_back(s.weight);
        return w;
    }();
    static const qint64 surnameTotal = [] {
        qint64 t = 0;
        for (const Weighted& s : kSurnames)
            t += s.weight;
        return t;
    }();
    std::string name(kSurnames[r.weighted(surnameWeights, surnameTotal)].text);
    // Falling weights: the first characters of the lists are the common ones.
    auto pick = [&r](const auto& list) {
        const qint64 n = qint64(std::size(list));
        const qint64 x = r.below(n * (n + 1) / 2);
        // triangular distribution favouring low indices
        qint64 i = 0, acc = n;
        qint64 left = x;
        while (left >= acc && i < n - 1) {
            left -= acc;
            --acc;
            ++i;
        }
        return std::string(list[size_t(i)]);
    };
    const int chars = r.chance(0.3) ? 1 : 2;
    for (int i = 0; i < chars; ++i)
        name += male ? pick(kMaleChars) : pick(kFemaleChars);
    return name;
}

PersonRef Generator::person(DemoRandom& r, const County& host, qint64 established)
{
    // A serial entrepreneur from the same area now and then.
    if (!m_recent.empty() && r.chance(0.2)) {
        const PersonRef& p = m_recent[size_t(r.below(qint64(m_recent.size())))];
        if (p.province == host.province)
            return p;
    }
    PersonRef p;
    p.id = "P" + number(++m_persons, 9);
    const bool male = r.chance(0.72);
    p.name = personName(r, male);
    p.province = host.province;
    // Birthplace: natives of the inland provinces run many firms in the coastal ones.
    int origin = host.province;
    const Migration* migration = migrationFor(host.province);
    if (migration && r.chance(0.35))
        origin = migration->origins[size_t(r.below(6))];
    else if (r.chance(0.12))
        origin = kProvinces[r.below(qint64(std::size(kProvinces)))].code;
    if (m_countiesByProvince[size_t(origin)].empty())
        origin = host.province;
    const auto& candidates = m_countiesByProvince[size_t(origin)];
    const County& birth = m_counties[size_t(candidates[size_t(r.below(qint64(candidates.size())))])];
    const int estYear = yearOf(established);
    const int birthYear = int(std::clamp<qint64>(qint64(1972 + 9 * r.normal()), 1940, estYear - 20));
    const qint64 birthDay = daysFromCivil(birthYear, 1, 1) + r.below(365);
    int y, m, d;
    civilFromDays(birthDay, y, m, d);
    const HometownVariety hv = hometownVariety(birth, host.province);
    std::string first17 = hv.birthCode + number(y, 4) + number(m, 2) + number(d, 2);
    const qint64 seq = r.below(500) * 2 + (male ? 1 : 0);
    first17 += number(seq, 3);
    const QChar check = dj::codes::IdNumber::checkCharacter(QString::fromLatin1(first17.data(), 17));
    // Only the masked form is ever stored: first 6 + 8 stars + last 4.
    const std::string masked = hv.birthCode + "********" + first17.substr(14, 3) + char(check.unicode());
    m_insPerson.bind(1, p.id).bind(2, p.name).bind(3, masked).bind(4, hv.birthCode);
    if (r.chance(0.6) || !hv.nativePlace.empty())
        m_insPerson.bind(5, hv.nativePlace.empty() ? birth.code.substr(0, 4) : hv.nativePlace);
    else
        m_insPerson.bindNull(5);
    m_insPerson.bind(6, qint64(y)).bind(7, std::string_view(male ? "男" : "女"));
    m_insPerson.run();
    m_insPerson.reset();
    if (m_recent.size() < 512)
        m_recent.push_back(p);
    else
        m_recent[size_t(m_recentNext++ % 512)] = p;

    // Hometown chambers of commerce in the host province.
    if (origin != host.province && migration && r.chance(0.3)) {
        const std::string reg
            = m_provinceShort[size_t(host.province)] + m_provinceShort[size_t(origin)] + "商会";
        static constexpr std::string_view kRoles[]
            = { "会长", "副会长", "常务理事", "理事", "会员", "会员", "会员", "会员" };
        m_insMember.bind(1, reg).bind(2, p.id).bind(3, std::string_view(""));
        m_insMember.bind(4, kRoles[r.below(8)]);
        m_insMember.bind(5, dateText(std::max(established, daysFromCivil(2005, 1, 1)) + r.below(900)));
        m_insMember.bindNull(6);
        m_insMember.run();
        m_insMember.reset();
    }
    return p;
}

// Cases the hometown engine must get right, from streams of their own (the other draws stay as they were):
// - about one person in twenty whose county has retired predecessor codes carries one of them in the ID
// number
//   (an ID first issued before the county was re-coded: 342422 六安地区寿县 for 340422 寿县);
// - about one in ten has a 籍贯 (4 or 6 digits) different from the birthplace: the family's home county.
Generator::HometownVariety Generator::hometownVariety(const County& birth, int hostProvince)
{
    if (!m_retiredLoaded) {
        m_retiredLoaded = true;
        for (const auto& h : dj::codes::HistoricalRegions::instance().entries()) {
            if (h.level == dj::codes::MatchLevel::County)
                m_retiredBySuccessor[u8(h.successor)].push_back(u8(h.code));
        }
    }
    DemoRandom r(mix64(m_seed, quint64(m_persons), 0x4854));
    HometownVariety v { birth.code, {} };
    const auto it = m_retiredBySuccessor.find(birth.code);
    if (it != m_retiredBySuccessor.end() && r.chance(0.2))
        v.birthCode = it->second[size_t(r.below(qint64(it->second.size())))];
    if (r.chance(0.1)) {
        // the family's home: in the birth province, or (for the coastal hosts) one of the usual origins
        const Migration* migration = migrationFor(hostProvince);
        const int province = r.chance(0.5) ? birth.province
            : migration                    ? migration->origins[size_t(r.below(6))]
                                           : kProvinces[r.below(qint64(std::size(kProvinces)))].code;
        const auto& candidates = m_countiesByProvince[size_t(province)];
        if (!candidates.empty()) {
            const County& home = m_counties[size_t(candidates[size_t(r.below(qint64(candidates.size())))])];
            if (home.code.substr(0, 4) != birth.code.substr(0, 4))
                v.nativePlace = r.chance(0.5) ? home.code : home.code.substr(0, 4);
        }
    }
    return v;
}

// Share-only holders: in about one firm in twenty a person without any office there (a relative, an early
// backer) holds part of the main natural-person holder's stake.
void Generator::silentPartners(qint64 k, const County& host, qint64 established,
    std::vector<std::tuple<std::string, std::string, std::string, double>>& holders)
{
    DemoRandom r(mix64(m_seed, quint64(k), 0x5350));
    if (!r.chance(0.05))
        return;
    for (auto& [kind, id, name, pct] : holders) {
        if (kind != "person" || pct < 20)
            continue;
        const double part = roundTo(pct * r.range(0.1, 0.4), 0.01);
        PersonRef p = person(r, host, established);
        bool taken = false;
        for (const auto& other : holders)
            taken = taken || std::get<1>(other) == p.id;
        if (taken || part <= 0)
            return;
        pct = roundTo(pct - part, 0.01);
        holders.emplace_back("person", p.id, p.name, part);
        return;
    }
}

std::string Generator::streetAddress(DemoRandom& r, const County& c, bool withProvince) const
{
    std::string a = withProvince ? c.fullName : c.cityName;
    a += kRoadStems[r.below(qint64(std::size(kRoadStems)))];
    a += kRoadDirections[r.below(qint64(std::size(kRoadDirections)))];
    a += kRoadSuffixes[r.below(qint64(std::size(kRoadSuffixes)))];
    a += styledNumber(r.range(1, 888), r.chance(0.12) ? 1 : 0);
    a += "号";
    if (r.chance(0.5)) {
        const int style = r.chance(0.15) ? 1 : r.chance(0.15) ? 2 : 0;
        const qint64 bno = r.range(1, 12);
        switch (r.below(4)) {
        case 0:
            a += styledNumber(bno, style) + "号楼";
            break;
        case 1:
            a += styledNumber(bno, style) + "幢";
            break;
        case 2:
            a += styledNumber(bno, style) + "栋";
            break;
        default:
            a += std::string(1, char('A' + bno % 6)) + "座";
            break;
        }
        a += number(r.range(1, 20)) + number(r.range(1, 30), 2) + "室";
    }
    return a;
}

std::string Generator::buildingAddress(DemoRandom& r, const Building& b, int floor, int room) const
{
    const County& c = m_counties[size_t(b.county)];
    std::string a = r.chance(0.7) ? c.fullName : c.cityName;
    a += b.road;
    a += styledNumber(b.number, r.chance(0.15) ? 1 : 0);
    a += "号";
    const int style = r.chance(0.2) ? 1 : r.chance(0.2) ? 2 : 0;
    switch (r.below(3)) {
    case 0:
        a += styledNumber(b.no, style) + "号楼";
        break;
    case 1:
        a += styledNumber(b.no, style) + "幢";
        break;
    default:
        a += styledNumber(b.no, style) + "栋";
        break;
    }
    if (r.chance(0.3))
        a += styledNumber(floor, r.chance(0.3) ? 2 : 0) + "层";
    a += number(floor) + number(room, 2) + "室";
    return a;
}

qint64 Generator::findHolding(qint64 k) const
{
    // A holding company registered shortly before (in index order: usually the same area).
    DemoRandom r(mix64(m_seed, quint64(k), 5));
    for (qint64 i = k - 1 - r.below(400); i >= 0 && i > k - 20000; --i) {
        if (kindOf(i) == Kind::Holding)
            return i;
    }
    return -1;
}

qint64 Generator::findFund(quint64 h) const
{
    const qint64 from = qint64(h % quint64(m_n));
    for (qint64 step = 0; step < m_n; ++step) {
        const qint64 i = (from + step) % m_n;
        if (kindOf(i) == Kind::Fund)
            return i;
    }
    return -1;
}

/// A few deliberate cross-holdings and ownership cycles: groups of two or three consecutive firms.
void Generator::cycleHolders(qint64 k, std::vector<std::pair<qint64, double>>& out) const
{
    if (m_cycleGroups == 0)
        return;
    const qint64 g0 = k * m_cycleGroups / m_n;
    for (qint64 g = std::max<qint64>(0, g0 - 1); g <= std::min(m_cycleGroups - 1, g0 + 1); ++g) {
        const qint64 base = g * m_n / m_cycleGroups + 11;
        if (g % 2 == 0) { // two firms holding each other
            if (k == base)
                out.push_back({ base + 1, 9.0 });
            else if (k == base + 1)
                out.push_back({ base, 12.0 });
        } else { // base → base+1 → base+2 → base
            if (k == base)
                out.push_back({ base + 2, 10.0 });
            else if (k == base + 1)
                out.push_back({ base, 20.0 });
            else if (k == base + 2)
                out.push_back({ base + 1, 15.0 });
        }
    }
}

// ---------------------------------------------------------------------------------------------------
void Generator::enterprise(qint64 k)
{
    const Core e = core(k);
    const County& co = m_counties[size_t(e.county)];
    const Prefecture& pf = m_prefectures[size_t(co.prefecture)];
    DemoRandom r(mix64(m_seed, quint64(k), 4));
    const int estYear = yearOf(e.established);
    const std::string& uscc = e.uscc;
    const std::string area = pf.officialName.empty() ? co.name : pf.officialName; // 盐城市: its authorities

    // ---- people and roles
    const int shape
        = e.kind != Kind::Normal || e.joint || e.size > 1.5 ? 2 : r.weighted(std::array { 50, 40, 10 }, 100);
    const int people = shape == 0 ? 1 : shape == 1 ? 2 : 4;
    std::vector<PersonRef> ps;
    for (int i = 0; i < people; ++i) {
        PersonRef p = person(r, co, e.established);
        bool dup = false;
        for (const PersonRef& q : ps)
            dup = dup || q.id == p.id;
        if (!dup)
            ps.push_back(std::move(p));
    }
    auto role = [&](size_t who, std::string_view title) {
        if (who >= ps.size())
            who = ps.size() - 1;
        m_insRole.bind(1, uscc).bind(2, ps[who].id).bind(3, title);
        m_insRole.run();
        m_insRole.reset();
    };
    if (e.kind == Kind::Fund) {
        role(0, "执行事务合伙人");
        role(0, "法定代表人");
    } else {
        role(0, "法定代表人");
        if (shape == 1) {
            role(0, "执行董事");
            role(1, "监事");
        } else if (shape == 2) {
            role(0, "董事长");
            role(1, "董事");
            role(2, "董事");
            role(2, "总经理");
            role(3, "监事");
        }
    }

    // ---- money: long-tailed size, persistent growth, tax a plausible fraction of revenue
    double revenueAdj = 0, taxRate = 0.035, perHead = 500000;
    switch (e.section) {
    case 'F':
        revenueAdj = e.food ? 0.6 : 0.35;
        taxRate = 0.012;
        perHead = 1500000;
        break;
    case 'C':
        revenueAdj = 0.3;
        taxRate = 0.045;
        perHead = 700000;
        break;
    case 'K':
        revenueAdj = 0.4;
        taxRate = 0.11;
        perHead = 2000000;
        break;
    case 'D':
    case 'B':
        revenueAdj = 0.5;
        taxRate = 0.06;
        perHead = 1500000;
        break;
    case 'E':
        revenueAdj = 0.25;
        taxRate = 0.03;
        perHead = 600000;
        break;
    case 'I':
        taxRate = 0.05;
        perHead = 600000;
        break;
    case 'M':
        revenueAdj = -0.2;
        taxRate = 0.05;
        perHead = 400000;
        break;
    case 'H':
    case 'O':
    case 'A':
    case 'R':
        revenueAdj = -0.35;
        taxRate = 0.03;
        perHead = 250000;
        break;
    default:
        break;
    }
    const double base = portablePow10(6.25 + 0.85 * e.size + revenueAdj + 0.15 * r.normal());
    const double margin = 0.06 + 0.07 * r.normal();
    const bool rd = isTechDivision(e.division) || e.section == 'C';
    const double rdRate = rd ? r.range(0.01, 0.09) : 0;
    int lastYear = kLastYear;
    if (e.closed())
        lastYear = std::min(kLastYear, e.closedYear - 1);
    double latestRevenue = 0, latestProfit = 0;
    qint64 latestEmployees = 0;
    int financialRows = 0;
    for (int year = lastYear - 2; year <= lastYear; ++year) {
        if (year < estYear)
            continue;
        // revenue(year) follows the firm's own growth path
        const int years = year - kLastYear;
        double rev = base;
        for (int t = years; t < 0; ++t)
            rev /= 1 + std::max(-0.5, e.growth);
        rev *= 1 + 0.03 * r.normal();
        if (year == estYear)
            rev *= 0.5;
        rev = roundTo(std::max(rev, 10000.0), 100.0);
        const double tax = roundTo(rev * taxRate * (1 + 0.02 * r.normal()), 1.0);
        const double profit = roundTo(rev * (margin + 0.02 * r.normal()), 1.0);
        const double assets = roundTo(rev * r.range(0.6, 1.8), 100.0);
        const qint64 employees = std::max<qint64>(1, qint64(rev / perHead * r.range(0.7, 1.3)));
        m_insFinancial.bind(1, uscc)
            .bind(2, qint64(year))
            .bind(3, rev)
            .bind(4, tax)
            .bind(5, profit)
            .bind(6, assets);
        m_insFinancial.bind(7, employees);
        if (rd)
            m_insFinancial.bind(8, roundTo(rev * rdRate, 100.0));
        else
            m_insFinancial.bindNull(8);
        m_insFinancial.run();
        m_insFinancial.reset();
        ++financialRows;
        latestRevenue = rev;
        latestProfit = profit;
        latestEmployees = employees;
    }
    const bool lossMaking = latestProfit < 0;

    // ---- where it is registered and where it operates (parks: actual, virtual, office-only)
    enum class Place { Plain, Actual, Virtual, OfficeOnly } place = Place::Plain;
    const Building* building = nullptr;
    if (!co.buildings.empty() && e.kind != Kind::Fund && r.chance(0.45)) {
        building = &m_buildings[size_t(co.buildings[size_t(r.below(qint64(co.buildings.size())))])];
        if (e.size > 1.2 && co.landmark >= 0 && r.chance(0.6))
            building = &m_buildings[size_t(co.landmark)];
        // Hubs (集中登记地) hold mostly registrations; elsewhere some firms keep the registration after
        // moving their operations out.
        place = r.chance(building->hub ? 0.75 : 0.1) ? Place::Virtual : Place::Actual;
    } else if (!pf.buildings.empty() && r.chance(0.025)) {
        const Building& b = m_buildings[size_t(pf.buildings[size_t(r.below(qint64(pf.buildings.size())))])];
        if (b.county != e.county) {
            building = &b;
            place = Place::OfficeOnly;
        }
    }
    std::string address, opAddress, annualAddress;
    double lon = co.lon + 0.06 * r.normal(), lat = co.lat + 0.05 * r.normal();
    std::optional<double> opLon, opLat;
    int floor = 0, room = 0;
    if (building) {
        floor = int(r.range(1, building->floors));
        room = int(r.range(1, 20));
    }
    auto inside = [&r](const Building& b, double& x, double& y) {
        const double u = r.range(0.15, 0.85);
        std::tie(x, y) = b.at(u, r.range(0.15, 0.85));
    };
    switch (place) {
    case Place::Plain:
        address = streetAddress(r, co, r.chance(0.75));
        break;
    case Place::Actual:
        address = buildingAddress(r, *building, floor, room);
        inside(*building, lon, lat);
        break;
    case Place::Virtual: {
        address = buildingAddress(r, *building, floor, room) + "-" + number(r.range(1, 3000))
            + std::string(kHubWords[r.below(qint64(std::size(kHubWords)))]);
        inside(*building, lon, lat);
        opAddress = streetAddress(r, co, true);
        opLon = co.lon + 0.08 * r.normal();
        opLat = co.lat + 0.06 * r.normal();
        break;
    }
    case Place::OfficeOnly: {
        address = streetAddress(r, co, r.chance(0.75));
        opAddress = buildingAddress(r, *building, floor, room);
        double x, y;
        inside(*building, x, y);
        opLon = x;
        opLat = y;
        break;
    }
    }
    annualAddress = place == Place::Virtual ? opAddress
        : r.chance(0.08)                    ? streetAddress(r, co, true)
                                            : address;

    // ---- shareholders
    const double capital = [&] {
        double c = portablePow10(5.8 + 0.6 * e.size + 0.35 * r.normal());
        if (e.kind == Kind::Holding)
            c *= 10;
        return c >= 10000000 ? roundTo(c, 1000000) : std::max(10000.0, roundTo(c, 10000));
    }();
    const bool usd = e.kind == Kind::Normal && r.chance(0.015);
    std::vector<std::tuple<std::string, std::string, std::string, double>> holders; // kind, id, name, pct
    double rest = 100;
    auto holdEnterprise = [&](qint64 i, double pct) {
        const Core h = core(i);
        for (const auto& existing : holders) {
            if (std::get<1>(existing) == h.uscc)
                return;
        }
        holders.emplace_back("enterprise", h.uscc, h.name, pct);
        rest -= pct;
    };
    std::vector<std::pair<qint64, double>> cycle;
    cycleHolders(k, cycle);
    for (const auto& [i, pct] : cycle) {
        if (i < m_n)
            holdEnterprise(i, pct);
    }
    const quint64 kh = kindHash(k) >> 10;
    const bool subsidiary
        = (e.kind == Kind::Holding && kh % 100 < 40) || (e.kind == Kind::Normal && kh % 100 < 5);
    if (subsidiary && cycle.empty()) {
        const qint64 parent = findHolding(k);
        if (parent >= 0)
            holdEnterprise(parent, r.chance(0.4) ? 100.0 : roundTo(r.range(51, 95), 0.01));
    }
    bool state = false;
    if (e.kind == Kind::Normal && e.size > 1.3 && r.chance(0.07) && rest > 30) {
        const double pct
            = holders.empty() && r.chance(0.4) ? 100.0 : roundTo(r.range(20.0, std::min(rest, 80.0)), 0.01);
        holders.emplace_back(
            "other", "GZW-" + number(pf.code, 4), area + "人民政府国有资产监督管理委员会", pct);
        rest -= pct;
        state = true;
    }
    if (e.financed && rest > 20) {
        const int funds = int(r.range(1, 2));
        for (int f = 0; f < funds; ++f) {
            const qint64 fund = findFund(mix64(m_seed, quint64(k), 20 + f));
            if (fund >= 0 && fund != k)
                holdEnterprise(fund, roundTo(std::min(r.range(3.0, 15.0), rest / 2), 0.01));
        }
    }
    if (e.kind == Kind::Fund && rest > 30) {
        // limited partners: a holding company and private investors
        const qint64 lp = findHolding(k);
        if (lp >= 0)
            holdEnterprise(lp, roundTo(std::min(r.range(10.0, 40.0), rest / 2), 0.01));
    }
    if (rest > 0.005) {
        // natural persons split the rest; the first one usually holds most
        const size_t owners
            = e.kind == Kind::Fund ? ps.size() : std::min<size_t>(ps.size(), size_t(1 + r.below(3)));
        std::vector<double> parts;
        double partsSum = 0;
        for (size_t i = 0; i < owners; ++i) {
            const double w = i == 0 ? r.range(1.0, 3.0) : r.range(0.3, 1.0);
            parts.push_back(w);
            partsSum += w;
        }
        double left = rest;
        for (size_t i = 0; i < owners; ++i) {
            const double pct
                = i + 1 == owners ? roundTo(left, 0.01) : roundTo(rest * parts[i] / partsSum, 0.01);
            left -= pct;
            if (pct > 0)
                holders.emplace_back("person", ps[i].id, ps[i].name, std::clamp(pct, 0.0, 100.0));
        }
    }
    silentPartners(k, co, e.established, holders);
    for (const auto& [kind, id, name, pct] : holders) {
        m_insShare.bind(1, uscc).bind(2, kind).bind(3, id).bind(4, name).bind(5, pct);
        m_insShare.bind(6, roundTo(capital * pct / 100.0, 1.0));
        if (usd)
            m_insShare.bind(7, std::string_view("USD"));
        else
            m_insShare.bindNull(7);
        m_insShare.run();
        m_insShare.reset();
    }

    // ---- the enterprise row
    std::string entityType;
    if (e.kind == Kind::Fund)
        entityType = "有限合伙企业";
    else if (usd)
        entityType = "有限责任公司(外商投资、非独资)";
    else if (state)
        entityType = "有限责任公司(国有控股)";
    else if (e.joint)
        entityType = "股份有限公司(非上市、自然人投资或控股)";
    else if (holders.size() == 1 && std::get<0>(holders[0]) == "enterprise")
        entityType = "有限责任公司(非自然人投资或控股的法人独资)";
    else if (holders.size() == 1)
        entityType = "有限责任公司(自然人独资)";
    else
        entityType = "有限责任公司(自然人投资或控股)";
    std::string listed;
    if (e.joint && e.size > 2.2 && e.operating() && r.chance(0.5)) {
        static constexpr std::string_view kBoards[] = { "600", "601", "603", "000", "002", "300", "688" };
        listed = std::string(kBoards[r.below(7)]) + number(++m_listed % 1000, 3);
        entityType = "股份有限公司(上市、自然人投资或控股)";
    }
    std::string former;
    if (r.chance(e.old ? 0.12 : 0.04)) {
        former = co.prefix + e.brand + std::string(e.info->words[size_t(r.below(3))])
            + (r.chance(0.5) ? "有限公司" : "有限责任公司");
        if (former == e.name)
            former.clear();
    }
    const qint64 insured = e.closed()              ? 0
        : place == Place::Virtual && r.chance(0.6) ? 0
                                                   : qint64(double(latestEmployees) * r.range(0.5, 1.0));
    const char* scale = latestRevenue >= 400000000 ? "大型"
        : latestRevenue >= 20000000                ? "中型"
        : latestRevenue >= 1000000                 ? "小型"
                                                   : "微型";
    std::string scope(e.food ? kFoodTradeScope : e.info->scope);
    if (e.kind == Kind::Holding)
        scope = "以自有资金从事投资活动；企业总部管理；企业管理咨询";

    RowRecorder& s = m_insEnterprise;
    s.bind(1, k + 1).bind(2, uscc).bind(3, qint64(e.invalid ? 1 : 0)).bind(4, e.name);
    if (former.empty())
        s.bindNull(5);
    else
        s.bind(5, former);
    s.bind(6, kStatuses[e.status]).bind(7, entityType).bind(8, ps[0].name).bind(9, capital);
    if (usd)
        s.bind(10, std::string_view("USD"));
    else
        s.bindNull(10);
    s.bind(11, dateText(e.established)).bind(12, co.code).bind(13, e.industry);
    s.bind(14, std::string_view(&e.section, 1)).bind(15, address);
    s.bind(16, roundTo(lon, 0.000001)).bind(17, roundTo(lat, 0.000001));
    if (opAddress.empty())
        s.bindNull(18);
    else
        s.bind(18, opAddress);
    if (opLon) {
        s.bind(19, roundTo(*opLon, 0.000001)).bind(20, roundTo(*opLat, 0.000001));
    } else {
        s.bindNull(19).bindNull(20);
    }
    s.bind(21, annualAddress);
    if (financialRows > 0)
        s.bind(22, insured);
    else
        s.bindNull(22);
    if (financialRows > 0)
        s.bind(23, std::string_view(scale));
    else
        s.bindNull(23);
    if (listed.empty())
        s.bindNull(24);
    else
        s.bind(24, listed);
    s.bind(25, scope);
    s.run();
    s.reset();

    // ---- tenants, visits and tasks in the parks
    if (building && place != Place::Virtual) {
        const qint64 since = std::max(e.established, daysFromCivil(2012, 1, 1)) + r.below(400);
        m_insTenant.bind(1, building->id);
        m_insTenant.bind(2, r.chance(0.1) ? std::string() : uscc); // some park records lack the code
        m_insTenant.bind(3, e.name).bind(4, number(floor) + "层").bind(5, number(floor) + number(room, 2));
        // A full building lets only small units: the leased area stays within the gross area.
        const double wanted = roundTo(
            building->tenantArea * r.range(0.5, 1.5) * (0.6 + 0.4 * std::max(0.0, 1 + e.size)), 1.0);
        const double area
            = std::max(20.0, std::min(wanted, roundTo(building->grossArea * 0.97 - building->leased, 1.0)));
        if (!e.closed())
            building->leased += area;
        m_insTenant.bind(6, area).bind(7, dateText(since));
        if (e.closed())
            m_insTenant.bind(8, dateText(daysFromCivil(e.closedYear, 1, 1) + r.below(300)));
        else
            m_insTenant.bindNull(8);
        m_insTenant.run();
        m_insTenant.reset();
        if (e.operating() && r.chance(0.12)) {
            const int visits = int(r.range(1, 3));
            for (int v = 0; v < visits; ++v) {
                static constexpr std::string_view kKinds[] = { "走访", "座谈", "电话", "线上" };
                const qint64 day = daysFromCivil(2024, 1, 1) + r.below(540);
                m_insVisit.bind(1, "V" + number(++m_visits, 8)).bind(2, uscc).bind(3, dateText(day));
                m_insVisit.bind(4, personName(r, r.chance(0.6))).bind(5, kKinds[r.below(4)]);
                m_insVisit.bind(6, kVisitSummaries[r.below(qint64(std::size(kVisitSummaries)))]);
                m_insVisit.bind(7, kVisitNeeds[r.below(qint64(std::size(kVisitNeeds)))]);
                m_insVisit.bind(8, std::string_view(r.chance(0.5) ? "两周内回访" : "已转相关部门"));
                m_insVisit.run();
                m_insVisit.reset();
            }
        }
        if (e.operating() && r.chance(0.06)) {
            static constexpr std::string_view kTaskStatus[]
                = { "待办", "待办", "进行中", "已完成", "已取消" };
            const qint64 created = daysFromCivil(2024, 6, 1) + r.below(360);
            m_insTask.bind(1, "T" + number(++m_tasks, 8)).bind(2, uscc).bind(3, personName(r, r.chance(0.5)));
            m_insTask.bind(4, dateText(created + 14 + r.below(60))).bind(5, kTaskStatus[r.below(5)]);
            m_insTask.bind(6, kTaskReasons[r.below(qint64(std::size(kTaskReasons)))])
                .bind(7, dateText(created));
            m_insTask.run();
            m_insTask.reset();
        }
    }

    // ---- licences by industry
    auto license = [&](std::string_view kind, std::string_view prefix, double years) {
        // renewed recently as a rule, so the licences read as current for years; some have lapsed
        const bool lapsed = r.chance(0.08);
        const qint64 from = std::max(e.established, daysFromCivil(lapsed ? 2016 : 2022, 7, 1))
            + r.below(lapsed ? 700 : 1060);
        const qint64 to = from + qint64(years * 365.25);
        m_insLicense.bind(1, uscc).bind(2, kind);
        m_insLicense.bind(3, std::string(prefix) + co.code + number(r.below(10000000), 7));
        m_insLicense.bind(4, dateText(from)).bind(5, dateText(to));
        m_insLicense.run();
        m_insLicense.reset();
    };
    if (!e.closed() || r.chance(0.2)) {
        const int d = e.division;
        if (e.food || d == 62 || d == 61) {
            license("食品经营许可证", "JY1", 5);
            if ((e.food && r.chance(0.5)) || (d == 62 && r.chance(0.2)))
                license("酒类经营许可证", "JL", 3 + r.below(3));
        }
        if (d == 13 || d == 14 || d == 15) {
            license("食品生产许可证", "SC1", 5);
            if (d == 15 && r.chance(0.6))
                license("酒类经营许可证", "JL", 5);
        }
        if ((d == 51 || d == 52) && !e.food && r.chance(0.05))
            license(r.chance(0.5) ? "药品经营许可证" : "医疗器械经营许可证", "YJ", 5);
        if (e.section == 'E' && r.chance(0.8))
            license("建筑业企业资质证书", "D2", 5);
        if ((d == 26 && r.chance(0.3)) || (d == 51 && r.chance(0.02)))
            license("危险化学品经营许可证", "WH", 3);
        if ((e.section == 'C' || d == 51) && r.chance(0.12 + 0.08 * std::max(0.0, e.size)))
            license("进出口货物收发货人备案", "HG", 20);
        if (d == 54 && r.chance(0.6))
            license("道路运输经营许可证", "YS", 4);
        if ((d == 64 || d == 63) && r.chance(0.25))
            license("增值电信业务经营许可证", "B2-", 5);
    }

    // ---- qualifications (technology firms, by size, age and R&D)
    auto qualification = [&](std::string_view kind, std::string_view level, int year, int validYears) {
        m_insQualification.bind(1, uscc).bind(2, kind).bind(3, level).bind(4, qint64(year));
        if (validYears > 0)
            m_insQualification.bind(5, dateText(daysFromCivil(year + validYears, 12, 31)));
        else
            m_insQualification.bindNull(5);
        m_insQualification.run();
        m_insQualification.reset();
    };
    if (e.operating() && rd && estYear <= 2023) {
        const int y = int(std::max<qint64>(estYear + 1, 2021 + r.below(4)));
        if (y <= 2024) {
            if (e.size > -0.3 && r.chance(isTechDivision(e.division) ? 0.35 : 0.12))
                qualification("高新技术企业", "国家级", y, 3);
            if (e.size < 1.5 && r.chance(0.15))
                qualification("科技型中小企业", "省级", int(2023 + r.below(2)), 1);
            if (e.size > 0.2 && r.chance(0.1))
                qualification("创新型中小企业", "省级", y, 3);
            if (e.section == 'C' && e.size > 0.8 && estYear <= 2021 && r.chance(0.12)) {
                qualification("专精特新中小企业", "省级", y, 3);
                if (e.size > 1.5 && r.chance(0.15))
                    qualification("专精特新\"小巨人\"企业", "国家级", y, 3);
                if (e.size > 2.5 && r.chance(0.1))
                    qualification("制造业单项冠军", "国家级", y, 3);
            }
            if (e.highGrowth && r.chance(0.2))
                qualification("瞪羚企业", "市级", y, 0);
            if (e.startup && e.size > 2.4 && r.chance(0.2))
                qualification("独角兽企业", "省级", y, 0);
        }
    }

    // ---- risks: loss-making firms collect enforcement records, revoked ones abnormal-operation records
    auto risk = [&](std::string_view kind, std::string_view authority, std::string detail,
                    std::optional<double> amount, bool current) {
        const qint64 day = std::max(e.established + 200, daysFromCivil(2019, 1, 1)) + r.below(2000);
        m_insRisk.bind(1, uscc).bind(2, kind).bind(3, dateText(std::min(day, daysFromCivil(2025, 6, 30))));
        m_insRisk.bind(4, amount).bind(5, authority).bind(6, detail);
        m_insRisk.bind(7, std::string_view(current ? "有效" : "已移出"));
        m_insRisk.run();
        m_insRisk.reset();
    };
    const std::string court = co.name + "人民法院";
    const std::string amr = area + "市场监督管理局";
    if (lossMaking && r.chance(0.55))
        risk("被执行人", court,
            "执行案号（" + number(2020 + r.below(5)) + "）执" + number(r.range(100, 9999)) + "号",
            roundTo(portablePow10(4.5 + r.uniform() * 2), 1), r.chance(0.7));
    if (lossMaking && r.chance(0.15))
        risk("限制高消费", court, "限制消费令", std::nullopt, true);
    if (e.status == 2) {
        risk("经营异常", amr, "未依照规定的期限公示年度报告", std::nullopt, true);
        if (r.chance(0.5))
            risk("严重违法失信", amr, "被列入经营异常名录届满3年仍未履行相关义务", std::nullopt, true);
    }
    if (place == Place::Virtual && r.chance(0.35))
        risk("经营异常", amr, "通过登记的住所或者经营场所无法联系", std::nullopt, r.chance(0.7));
    else if (!e.closed() && r.chance(lossMaking ? 0.25 : 0.04))
        risk("经营异常", amr, "未依照规定的期限公示年度报告", std::nullopt, r.chance(0.4));
    if (r.chance(0.14))
        risk("裁判文书", court, "买卖合同纠纷", roundTo(portablePow10(4 + r.uniform() * 2.5), 1), false);
    if (r.chance(0.08))
        risk("开庭公告", court, "合同纠纷", std::nullopt, true);
    if (r.chance(0.05))
        risk("行政处罚", amr, "违反《中华人民共和国广告法》",
            roundTo(portablePow10(3 + r.uniform() * 2), 100), false);
    if (e.size > 0.5 && r.chance(0.06))
        risk("动产抵押", amr, "生产设备抵押", roundTo(portablePow10(5.5 + r.uniform() * 2), 10000), true);
    if (r.chance(0.04))
        risk("股权出质", amr, "股权出质登记", roundTo(capital * r.range(0.1, 0.5), 10000), true);
    if ((e.section == 'C' || e.section == 'B' || e.section == 'D') && r.chance(0.05))
        risk("环保处罚", area + "生态环境局", "超标排放污染物",
            roundTo(portablePow10(4 + r.uniform() * 1.5), 100), r.chance(0.3));
    if (lossMaking && r.chance(0.03))
        risk("欠税公告", "国家税务总局" + area + "税务局", "欠缴增值税",
            roundTo(portablePow10(4 + r.uniform() * 2), 1), true);
    if (e.status == 3 && r.chance(0.3))
        risk("简易注销", amr, "简易注销公告", std::nullopt, false);

    // ---- intellectual property: high-tech firms patents and software, consumer brands trademarks
    auto ip = [&](std::string_view kind, std::string_view prefix, const std::string& title) {
        const qint64 day = std::max(e.established + 100, daysFromCivil(2012, 1, 1)) + r.below(4000);
        m_insIp.bind(1, uscc).bind(2, kind);
        m_insIp.bind(3,
            std::string(prefix) + number(yearOf(std::min(day, daysFromCivil(2025, 6, 1))))
                + number(r.below(100000000), 8));
        m_insIp.bind(4, title).bind(5, dateText(std::min(day, daysFromCivil(2025, 6, 1))));
        m_insIp.run();
        m_insIp.reset();
    };
    const std::string& word = e.word;
    const double techBoost = isTechDivision(e.division) ? 1.0 : e.section == 'C' ? 0.5 : 0.0;
    if (techBoost > 0 && !e.closed()) {
        const double scale = 1.4 * techBoost * std::max(0.2, 1.0 + e.size) * (e.startup ? 2 : 1);
        const int inventions = int(r.uniform() * r.uniform() * 4 * scale);
        const int utility = int(r.uniform() * r.uniform() * 6 * scale);
        for (int i = 0; i < inventions; ++i)
            ip("发明专利", "ZL",
                "一种" + word + "用" + std::string(i % 2 ? "控制方法" : "装置") + number(i + 1));
        for (int i = 0; i < utility; ++i)
            ip("实用新型", "ZL", "一种新型" + word + "组件" + number(i + 1));
        if (e.section == 'I' || e.division == 75) {
            const int sw = int(r.uniform() * r.uniform() * 10 * scale);
            for (int i = 0; i < sw; ++i)
                ip("软件著作权", "RJ", word + "管理系统V" + number(i + 1) + ".0");
        }
    }
    if ((e.section == 'F' || e.section == 'H' || e.section == 'C' || e.section == 'R') && r.chance(0.4)) {
        const int marks = int(1 + r.below(3));
        for (int i = 0; i < marks; ++i)
            ip("商标", "TM", e.brand + "第" + number(i * 5 + 29) + "类");
    }
    if (e.section == 'C' && r.chance(0.05))
        ip("外观设计", "ZL", word + "外壳");
    if (e.section == 'R' && r.chance(0.3))
        ip("作品著作权", "ZP", word + "作品" + number(r.range(1, 99)));

    // ---- financing rounds
    if (e.financed) {
        static constexpr std::string_view kRounds[]
            = { "天使轮", "Pre-A轮", "A轮", "B轮", "C轮", "D轮及以后" };
        const int rounds = int(std::min<qint64>(6, 1 + r.below(std::max(1, std::min(2025 - estYear, 5)))));
        qint64 day = e.established + 180 + r.below(300);
        double amount = portablePow10(6 + r.uniform());
        std::string investors;
        for (int f = 0; f < 2; ++f) {
            const qint64 fund = findFund(mix64(m_seed, quint64(k), 20 + f));
            if (fund >= 0 && fund != k) {
                const Core fc = core(fund);
                if (investors.find(fc.name) == std::string::npos)
                    investors += (investors.empty() ? "" : "|") + fc.name;
            }
        }
        for (int i = 0; i < rounds && day < daysFromCivil(2025, 6, 1); ++i) {
            m_insFinancing.bind(1, uscc)
                .bind(2, dateText(day))
                .bind(3, e.startup ? kRounds[i] : std::string_view("战略融资"));
            m_insFinancing.bind(4, roundTo(amount, 10000)).bindNull(5).bind(6, investors);
            m_insFinancing.run();
            m_insFinancing.reset();
            day += 300 + r.below(500);
            amount *= r.range(2, 4);
        }
        if (!listed.empty()) {
            m_insFinancing.bind(1, uscc).bind(2, dateText(std::min(day, daysFromCivil(2025, 3, 1))));
            m_insFinancing.bind(3, std::string_view("IPO"))
                .bind(4, roundTo(amount * 3, 10000))
                .bindNull(5)
                .bindNull(6);
            m_insFinancing.run();
            m_insFinancing.reset();
        }
    }

    // ---- chambers of commerce also list member firms
    if (e.kind == Kind::Normal && e.size > 1.0 && r.chance(0.05)) {
        const std::string reg = area + "工商业联合会";
        m_insMember.bind(1, reg)
            .bind(2, std::string_view(""))
            .bind(3, uscc)
            .bind(4, std::string_view("会员企业"));
        m_insMember.bind(5, dateText(std::max(e.established, daysFromCivil(2010, 1, 1)) + r.below(2000)));
        m_insMember.bind(6, std::string_view("企业会员"));
        m_insMember.run();
        m_insMember.reset();
    }
}

// ---------------------------------------------------------------------------------------------------
void Generator::supplyChains()
{
    // 链主 groups in key manufacturing industries, each with two supplier tiers and customers.
    static constexpr int kKey[] = { 36, 39, 38, 27, 26, 34, 35, 14, 15, 13 };
    const qint64 chains = std::max<qint64>(4, m_n / 5000);
    auto isKey = [](int d) { return std::find(std::begin(kKey), std::end(kKey), d) != std::end(kKey); };
    // seasonality of monthly invoicing: quiet around the Spring Festival, busy before year end
    static constexpr double kSeason[] = { 0.7, 0.55, 1.0, 1.0, 1.0, 1.05, 0.95, 0.95, 1.05, 1.05, 1.15, 1.5 };
    auto find = [&](quint64 h, auto pred) -> qint64 {
        const qint64 from = qint64(h % quint64(m_n));
        for (qint64 step = 0; step < std::min<qint64>(m_n, 5000); ++step) {
            const qint64 i = (from + step) % m_n;
            const Core c = core(i);
            if (c.operating() && pred(c))
                return i;
        }
        return -1;
    };
    auto link = [&](const Core& from, const Core& to, std::string_view kind, double amount, bool invoices,
                    DemoRandom& r) {
        for (int year = kFirstYear; year <= kLastYear; ++year) {
            const double a = roundTo(amount * (1 + 0.1 * (year - kLastYear)) * (1 + 0.05 * r.normal()), 100);
            m_insRelation.bind(1, from.uscc).bind(2, to.uscc).bind(3, kind).bind(4, qint64(year)).bind(5, a);
            m_insRelation.run();
            m_insRelation.reset();
        }
        if (!invoices)
            return;
        for (int year = kLastYear - 1; year <= kLastYear; ++year) {
            for (int m = 1; m <= 12; ++m) {
                const double a = roundTo(amount / 12 * kSeason[m - 1] * (1 + 0.1 * r.normal()), 0.01);
                if (a <= 0)
                    continue;
                std::string month = number(year, 4) + "-" + number(m, 2);
                m_insInvoice.bind(1, from.uscc).bind(2, to.uscc).bind(3, month);
                m_insInvoice.bind(4, std::max<qint64>(1, qint64(a / r.range(20000, 120000))));
                m_insInvoice.bind(5, a);
                m_insInvoice.run();
                m_insInvoice.reset();
            }
        }
    };
    std::vector<qint64> leaders;
    for (qint64 c = 0; c < chains; ++c) {
        m_progress.report(m_n + c * m_n / 10 / chains, m_n + m_n / 5, DemoGenerator::tr("Supply chains"));
        flushCurrent();
        DemoRandom r(mix64(m_seed, quint64(c), 30));
        const int industry = kKey[c % qint64(std::size(kKey))];
        const qint64 leaderIndex
            = find(r.next(), [&](const Core& x) { return x.division == industry && x.size > 1.0; });
        if (leaderIndex < 0)
            continue;
        const Core leader = core(leaderIndex);
        leaders.push_back(leaderIndex);
        const double leaderScale = portablePow10(7.5 + 0.5 * leader.size);
        const int tier1 = int(r.range(6, 16));
        for (int s = 0; s < tier1; ++s) {
            const qint64 si = find(r.next(), [&](const Core& x) {
                return x.k != leaderIndex && (isKey(x.division) || x.section == 'C' || x.division == 51);
            });
            if (si < 0)
                continue;
            const Core sup = core(si);
            link(sup, leader, "供应", leaderScale * r.range(0.01, 0.08), true, r);
            const int tier2 = int(r.range(1, 3));
            for (int t = 0; t < tier2; ++t) {
                const qint64 ti = find(r.next(),
                    [&](const Core& x) { return x.section == 'C' && x.k != si && x.k != leaderIndex; });
                if (ti < 0)
                    continue;
                link(core(ti), sup, "供应", leaderScale * r.range(0.002, 0.01), r.chance(0.5), r);
            }
        }
        const int customers = int(r.range(3, 8));
        for (int s = 0; s < customers; ++s) {
            const qint64 ci
                = find(r.next(), [&](const Core& x) { return x.division == 51 || x.division == 52; });
            if (ci >= 0 && ci != leaderIndex)
                link(leader, core(ci), "供应", leaderScale * r.range(0.01, 0.05), true, r);
        }
        if (r.chance(0.5)) {
            const qint64 pi
                = find(r.next(), [&](const Core& x) { return x.section == 'M' || x.section == 'I'; });
            if (pi >= 0)
                link(leader, core(pi), "合作", leaderScale * r.range(0.001, 0.005), false, r);
        }
    }
    // leaders of one industry compete with each other
    for (size_t a = 0; a < leaders.size(); ++a) {
        for (size_t b = a + 1; b < leaders.size() && b < a + 30; ++b) {
            const Core la = core(leaders[a]);
            const Core lb = core(leaders[b]);
            if (la.division == lb.division && la.uscc != lb.uscc) {
                m_insRelation.bind(1, la.uscc)
                    .bind(2, lb.uscc)
                    .bind(3, std::string_view("竞争"))
                    .bind(4, qint64(kLastYear));
                m_insRelation.bindNull(5);
                m_insRelation.run();
                m_insRelation.reset();
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Tenders (demo-data.md "Tenders"): government and SOE buyers publishing ICT projects from 2018 to the data
// set's "today", many in phases (一期 → 二期 → 三期, the winner sometimes changing, the name sometimes
// reworded), service contracts re-tendered before they run out, and one-off purchases. Each project's
// notices are known here, and written to DemoOptions::knownTenderProjectsPath for the grouping tests.
void Generator::tenders()
{
    m_progress.report(m_n + m_n / 10, m_n + m_n / 5, DemoGenerator::tr("Tenders"));
    struct Topic
    {
        std::string_view category;
        std::string_view names[4];
    };
    static constexpr Topic kTopics[] = {
        { "云计算", { "政务云平台", "云资源服务", "行业云平台", "混合云管理平台" } },
        { "数据中心", { "数据中心", "灾备中心", "算力调度中心", "超算平台" } },
        { "网络建设", { "电子政务外网", "城域网", "视联网", "物联感知网" } },
        { "安防监控", { "雪亮工程", "视频监控联网", "治安防控系统", "智能卡口系统" } },
        { "政务信息化", { "一网通办平台", "数据共享交换平台", "协同办公系统", "12345热线系统" } },
        { "智慧城市", { "城市大脑", "智慧城管", "数字孪生城市", "智慧交通" } },
        { "软件开发", { "业务管理系统", "综合监管平台", "决策支持系统", "信用信息平台" } },
        { "运维服务", { "信息系统运维", "网络安全运维", "机房运维", "云平台运维" } },
        { "通信设备", { "专网通信设备", "应急通信系统", "5G专网", "无线集群系统" } },
    };
    static constexpr std::string_view kDepartments[] = { "大数据管理局", "政务服务管理办公室", "公安局",
        "教育局", "卫生健康委员会", "交通运输局", "自然资源和规划局", "城市管理局", "应急管理局", "人民医院",
        "住房和城乡建设局", "市场监督管理局" };
    static constexpr std::string_view kPhases[] = { "一期", "二期", "三期", "四期", "五期" };
    static constexpr std::string_view kSources[]
        = { "中国政府采购网", "公共资源交易中心", "中国招标投标公共服务平台" };
    const qint64 first = daysFromCivil(2018, 1, 1);
    const qint64 today = daysFromCivil(2025, 5, 31); // the data set's "today" (see kLastYear)
    const qint64 lastStart = daysFromCivil(2022, 6, 30);

    // Prefectures weighted by their enterprises; ICT firms (telecom, internet, software) as winners.
    std::vector<int> prefs;
    std::vector<qint64> prefWeights;
    qint64 prefTotal = 0;
    for (size_t i = 0; i < m_prefectures.size(); ++i) {
        if (m_prefectures[i].officialName.empty() || m_prefectures[i].count <= 0)
            continue;
        prefs.push_back(int(i));
        prefWeights.push_back(m_prefectures[i].count);
        prefTotal += m_prefectures[i].count;
    }
    if (prefs.empty())
        return;
    auto findFirm = [&](quint64 h, auto pred) -> qint64 {
        const qint64 from = qint64(h % quint64(m_n));
        for (qint64 step = 0; step < std::min<qint64>(m_n, 20000); ++step) {
            const qint64 i = (from + step) % m_n;
            const Core c = core(i);
            if (c.operating() && !c.invalid && pred(c))
                return i;
        }
        return -1;
    };
    std::vector<Core> winners;
    {
        DemoRandom r(mix64(m_seed, 0, 41));
        const qint64 pool = std::max<qint64>(12, std::min<qint64>(400, m_n / 2500));
        std::set<qint64> seen;
        for (qint64 w = 0; w < pool; ++w) {
            const qint64 i = findFirm(r.next(),
                [](const Core& c) { return c.division == 63 || c.division == 64 || c.division == 65; });
            if (i >= 0 && seen.insert(i).second)
                winners.push_back(core(i));
        }
    }
    if (winners.empty())
        return;

    Statement insert
        = m_db.prepare("INSERT INTO tenders(tender_id, buyer_uscc, buyer_name, region_code, project, phase, "
                       "category, budget, "
                       "announced, awarded, winner_uscc, winner_name, amount, contract_months, source) "
                       "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)");
    std::string known = "project_key,tender_id\n";
    qint64 seq = 0;
    std::set<std::string> buyerNames;
    const qint64 buyers = std::max<qint64>(40, m_n / 400);
    for (qint64 b = 0; b < buyers; ++b) {
        DemoRandom r(mix64(m_seed, quint64(b), 40));
        const Prefecture& pf = m_prefectures[size_t(prefs[size_t(r.weighted(prefWeights, prefTotal))])];
        const std::string region = number(pf.code, 4) + "00";
        std::string buyerName, buyerUscc;
        bool soe = r.chance(0.3);
        if (soe) {
            const qint64 i
                = findFirm(r.next(), [](const Core& c) { return c.size > 1.2 && c.section != 'A'; });
            if (i < 0)
                soe = false;
            else {
                const Core c = core(i);
                buyerName = c.name;
                buyerUscc = c.uscc;
            }
        }
        if (!soe) {
            const qint64 d0 = r.below(qint64(std::size(kDepartments)));
            for (qint64 d = 0; d < qint64(std::size(kDepartments)); ++d) {
                buyerName = pf.officialName
                    + std::string(kDepartments[size_t((d0 + d) % qint64(std::size(kDepartments)))]);
                if (!buyerNames.contains(buyerName))
                    break;
            }
            // 机关 (1) / 机关 (1): a valid code of the city, organisation part from the buyer's own stream
            std::string org = number(qint64(r.range(qint64(10000000), qint64(99999999))), 8);
            const QChar orgCheck
                = dj::codes::Uscc::organizationCheck(QString::fromLatin1(org.data(), qsizetype(org.size())));
            const std::string first17 = "11" + region + org + char(orgCheck.unicode());
            buyerUscc = first17
                + char(dj::codes::Uscc::checkCharacter(QString::fromLatin1(first17.data(), 17)).unicode());
        }
        if (!buyerNames.insert(buyerName).second)
            continue; // one buyer per name
        const std::string cityShort = pf.shortName.empty() ? pf.officialName : pf.shortName;
        // Budget rhythm: a buyer tends to publish in two months of the year (after the budget is approved in
        // spring, before the year closes in autumn).
        static constexpr int kBusyMonths[] = { 3, 4, 5, 6, 9, 10, 11 };
        const int busyA = kBusyMonths[size_t(r.below(7))];
        const int busyB = kBusyMonths[size_t(r.below(7))];
        const int projects = int(r.range(2, 6));
        std::set<qint64> usedTopics; // one project per topic and buyer: the grouping could not tell two apart
        for (int p = 0; p < projects; ++p) {
            qint64 pick = r.below(qint64(std::size(kTopics)) * 4);
            while (usedTopics.contains(pick))
                pick = (pick + 1) % (qint64(std::size(kTopics)) * 4);
            usedTopics.insert(pick);
            const Topic& topic = kTopics[size_t(pick / 4)];
            std::string base = cityShort + std::string(topic.names[size_t(pick % 4)]);
            const std::string key = "P" + number(b, 6) + "-" + number(p, 1);
            const bool service = topic.category == "运维服务" || r.chance(0.15);
            const bool phased = !service && r.chance(0.75);
            const int phases = service ? 6 : phased ? int(r.range(2, 4)) : 1;
            const bool renamed = phased && r.chance(0.15);
            const qint64 gap = r.range(qint64(300), qint64(700)); // days between phases
            const int months = service ? (r.chance(0.5) ? 12 : r.chance(0.5) ? 24 : 36) : 0;
            double budget = roundTo(portablePow10(r.range(5.6, 7.4)), 1000);
            qint64 announced = first + r.below(lastStart - first);
            size_t incumbent = size_t(r.below(qint64(winners.size())));
            qint64 previous = 0;
            for (int ph = 0; ph < phases && announced <= today; ++ph) {
                if (!service && r.chance(0.6)) {
                    int y = 0, m = 0, d = 0;
                    civilFromDays(announced, y, m, d);
                    const int busy = std::abs(busyA - m) <= std::abs(busyB - m) ? busyA : busyB;
                    const qint64 moved = daysFromCivil(y, busy, std::min(d, 28));
                    if (moved > previous + 120 && moved <= today)
                        announced = moved;
                }
                previous = announced;
                const std::string seqId = "ZB" + number(yearOf(announced), 4) + number(++seq, 6);
                std::string name, phase;
                if (service) {
                    name = number(yearOf(announced), 4) + "年" + base + "服务项目";
                    phase = ph == 0 ? "" : "续期";
                } else if (phased) {
                    phase = std::string(kPhases[size_t(ph)]);
                    std::string stem = base;
                    if (renamed && ph > 0)
                        stem = base + (ph == 1 ? "扩容" : "升级改造");
                    switch (r.below(3)) {
                    case 0:
                        name = stem + "建设项目（" + phase + "）";
                        break;
                    case 1:
                        name = stem + phase + "建设项目";
                        break;
                    default:
                        name = number(yearOf(announced), 4) + "年" + stem + phase + "工程";
                        break;
                    }
                    if (r.chance(0.2))
                        phase.clear(); // the phase only in the name
                } else {
                    name = base + "采购项目";
                }
                const qint64 awarded = announced + r.range(qint64(20), qint64(60));
                const bool hasAward = awarded <= today && !r.chance(0.04);
                if (hasAward && ph > 0 && !r.chance(service ? 0.7 : 0.6))
                    incumbent = size_t(r.below(qint64(winners.size()))); // the incumbent may lose
                const Core& w = winners[incumbent];
                insert.bind(1, seqId);
                insert.bind(2, soe && r.chance(0.25) ? std::string_view() : std::string_view(buyerUscc));
                insert.bind(3, buyerName)
                    .bind(4, region)
                    .bind(5, name)
                    .bind(6, phase)
                    .bind(7, topic.category);
                insert.bind(8, budget).bind(9, dateText(announced));
                if (hasAward) {
                    insert.bind(10, dateText(awarded));
                    insert.bind(11, r.chance(0.2) ? std::string_view() : std::string_view(w.uscc));
                    insert.bind(12, w.name).bind(13, roundTo(budget * r.range(0.82, 0.99), 100));
                } else {
                    insert.bindNull(10).bindNull(11).bindNull(12).bindNull(13);
                }
                if (months > 0)
                    insert.bind(14, qint64(months));
                else
                    insert.bindNull(14);
                insert.bind(15, kSources[size_t(r.below(3))]);
                insert.run();
                insert.reset();
                ++m_tenders;
                known += key + "," + seqId + "\n";
                if (service)
                    announced = awarded + months * 30 - r.range(qint64(30), qint64(90));
                else
                    announced += gap + r.range(qint64(-60), qint64(60));
                budget = roundTo(budget * r.range(0.9, 1.5), 1000);
            }
        }
    }
    if (!m_knownTenderProjectsPath.isEmpty()) {
        QFile f(m_knownTenderProjectsPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(known.data(), qint64(known.size())) != qint64(known.size()))
            throw dj::store::StoreError(dj::store::StoreError::Kind::Io,
                DemoGenerator::tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
    }
}

void Generator::savedSearches()
{
    // The two client scenarios of demo-data.md: the one definition the search panel also offers.
    store::SavedSearches::writeBuiltins(m_db, QStringLiteral("2024-06-01T00:00:00Z"), true);
}

void Generator::flush(RowBatch& batch)
{
    sqlite3* db = m_db.handle();
    const char* text = batch.text.data();
    for (const RowBatch::Row& row : batch.rows) {
        sqlite3_stmt* st = m_statements[size_t(row.table)].handle();
        for (size_t c = row.first; c < row.first + row.count; ++c) {
            const RowBatch::Cell& cell = batch.cells[c];
            int rc = SQLITE_OK;
            switch (cell.type) {
            case RowBatch::Type::Null:
                rc = sqlite3_bind_null(st, cell.index);
                break;
            case RowBatch::Type::Int:
                rc = sqlite3_bind_int64(st, cell.index, cell.i);
                break;
            case RowBatch::Type::Double:
                rc = sqlite3_bind_double(st, cell.index, cell.d);
                break;
            case RowBatch::Type::Text:
                // the batch outlives the step, so SQLite may read the text in place
                rc = sqlite3_bind_text(st, cell.index, text + cell.offset, int(cell.length), SQLITE_STATIC);
                break;
            }
            m_db.check(rc, "bind demo row");
        }
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        if (rc != SQLITE_DONE)
            m_db.check(rc, kTableNames[row.table]);
        m_rows[size_t(row.table)] += sqlite3_changes(db);
    }
}

void Generator::flushCurrent()
{
    flush(*m_batch);
    m_batch->cells.clear();
    m_batch->rows.clear();
    m_batch->text.clear();
}

DemoSummary Generator::run()
{
    QElapsedTimer timer;
    timer.start();
    m_progress.report(0, m_n + m_n / 5, DemoGenerator::tr("Preparing"));
    buildGeography();
    buildDivisions();
    m_cycleGroups = std::max<qint64>(4, m_n / 25000);

    // Bulk mode: the file is new and is deleted on failure, so neither a journal nor fsync is needed
    // and foreign keys hold by construction (checked by the tests).
    m_db.exec("PRAGMA foreign_keys = OFF; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
              "PRAGMA cache_size = -32768; PRAGMA locking_mode = EXCLUSIVE; PRAGMA threads = 2;"
              // a memory map would make the resident size grow with the file: keep it flat in N
              "PRAGMA mmap_size = 0;"
              // index sorts spill to temporary files instead of growing in memory with N
              "PRAGMA temp_store = FILE;");
    // Larger pages halve the B-tree rebalancing of the bulk inserts; the file is still empty, so the
    // VACUUM that applies the new size costs nothing.
    m_db.exec("PRAGMA page_size = 16384; VACUUM;");
    // Secondary indexes are built once at the end (sorting beats random inserts); keep their SQL.
    std::vector<std::pair<std::string, std::string>> indexes;
    {
        Statement st
            = m_db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                           "ORDER BY name");
        while (st.step())
            indexes.emplace_back(std::string(st.columnUtf8(0)), std::string(st.columnUtf8(1)));
    }
    dj::store::Transaction tx(m_db);
    for (const auto& [name, sql] : indexes)
        m_db.exec("DROP INDEX \"" + name + "\"");
    prepareStatements();
    buildParks();
    flushCurrent();

    // Two threads: this one (owning the connection) writes batches while a producer generates the next
    // ones. One producer keeps the data deterministic; the bounded queue keeps memory flat in N.
    constexpr qint64 kBatch = 500;
    constexpr size_t kQueue = 4;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::unique_ptr<RowBatch>> queue;
    bool producerDone = false;
    bool stop = false;
    std::exception_ptr producerError;
    std::thread producer([&]() {
        try {
            for (qint64 k = 0; k < m_n; ++k) {
                enterprise(k);
                if ((k + 1) % kBatch == 0 || k + 1 == m_n) {
                    m_batch->enterprisesDone = k + 1;
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&]() { return queue.size() < kQueue || stop; });
                    if (stop)
                        break;
                    queue.push_back(std::move(m_batch));
                    changed.notify_all();
                    lock.unlock();
                    m_batch = std::make_unique<RowBatch>();
                    m_current = m_batch.get();
                }
            }
        } catch (...) {
            producerError = std::current_exception();
        }
        std::lock_guard lock(mutex);
        producerDone = true;
        changed.notify_all();
    });
    try {
        for (;;) {
            std::unique_ptr<RowBatch> batch;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&]() { return !queue.empty() || producerDone; });
                if (queue.empty())
                    break;
                batch = std::move(queue.front());
                queue.pop_front();
                changed.notify_all();
            }
            flush(*batch);
            m_progress.report(batch->enterprisesDone, m_n + m_n / 5, DemoGenerator::tr("Enterprises"));
        }
    } catch (...) {
        {
            std::lock_guard lock(mutex);
            stop = true;
            changed.notify_all();
        }
        producer.join();
        throw;
    }
    producer.join();
    if (producerError)
        std::rethrow_exception(producerError);
    if (!m_batch)
        m_batch = std::make_unique<RowBatch>();
    m_batch->cells.clear();
    m_batch->rows.clear();
    m_batch->text.clear();
    m_current = m_batch.get();
    supplyChains();
    flushCurrent();
    tenders();
    savedSearches();
    m_progress.report(m_n + m_n / 10, m_n + m_n / 5, DemoGenerator::tr("Indexes"));
    for (const auto& [name, sql] : indexes)
        m_db.exec(sql);
    dj::store::Cache::setMeta(m_db, QStringLiteral("data_source"), QStringLiteral("演示数据"));
    dj::store::Cache::setMeta(m_db, QStringLiteral("demo_seed"), QString::number(m_seed));
    dj::store::Cache::setMeta(m_db, QStringLiteral("demo_enterprises"), QString::number(m_n));
    dj::store::Cache::rebuildDerivedIndexes(m_db);
    dj::store::Cache::bumpDataVersion(m_db);
    dj::store::Cache::markUnfinished(m_db, false);
    m_progress.throwIfCancelled();
    tx.commit();
    m_db.exec("PRAGMA locking_mode = NORMAL; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; "
              "PRAGMA temp_store = MEMORY;");
    m_progress.report(m_n + m_n / 5, m_n + m_n / 5, DemoGenerator::tr("Done"));

    DemoSummary summary;
    summary.enterprises = m_n;
    summary.persons = m_persons;
    for (const QString& table : dj::store::Schema::bundleTables())
        summary.rows.insert(table, 0);
    for (size_t t = 0; t < m_rows.size(); ++t)
        summary.rows[QString::fromLatin1(kTableNames[t])] = m_rows[t];
    summary.rows[QStringLiteral("tenders")] = m_tenders;
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace

DemoSummary DemoGenerator::generate(
    const QString& cachePath, const DemoOptions& options, const Progress& progress)
{
    if (options.enterprises < kMinEnterprises || options.enterprises > kMaxEnterprises)
        throw std::invalid_argument(tr("The number of enterprises must be between %L1 and %L2.")
                                        .arg(kMinEnterprises)
                                        .arg(kMaxEnterprises)
                                        .toStdString());
    // Never another file: only an earlier cache (or an empty file) is replaced.
    const QFileInfo target(cachePath);
    if (target.exists() && (!target.isFile() || (target.size() > 0 && !dj::store::Cache::isCache(cachePath))))
        throw dj::store::StoreError(dj::store::StoreError::Kind::NotACache,
            tr("%1 exists and is not a Dianjing cache; it will not be overwritten.").arg(cachePath));
    // Generated into a temporary file beside the target (bulk mode writes without a journal) and renamed
    // over it only when complete: a kill or a power cut leaves the earlier cache, or none, never a
    // half-written one. The temporary file is also marked unfinished until its last commit.
    const QString dir = target.absolutePath();
    const QString prefix = QStringLiteral(".") + target.fileName() + QStringLiteral(".partial-");
    for (const QFileInfo& stale : QDir(dir).entryInfoList({ prefix + u'*' }, QDir::Files | QDir::Hidden))
        QFile::remove(stale.absoluteFilePath()); // left by a generator that was killed
    const QString temporary
        = QDir(dir).absoluteFilePath(prefix + QString::number(QCoreApplication::applicationPid()));
    const QStringList sidecars = { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
        QStringLiteral("-journal"), search::SearchIndex::persistedPath(QString()) };
    auto removeTemporary = [&]() {
        for (const QString& suffix : sidecars)
            QFile::remove(temporary + suffix);
    };
    removeTemporary();
    try {
        DemoSummary summary;
        {
            Database db = dj::store::Cache::createFresh(temporary);
            dj::store::Cache::markUnfinished(db, true);
            Generator generator(db, options, progress);
            summary = generator.run();
            // The parks' matching evidence (park_presence, core/parks) is built now, with the demo, so the
            // first click on a park in the workspace does not pay for it (1,000,000 enterprises: ~30 s).
            parks::ParkStore(db).prepare(progress, tr("Matching enterprises to buildings"));
        } // closed: the WAL is checkpointed into the file and removed
        // The search index is built and saved now (beside the temporary file, renamed with it), so the first
        // open of the new cache loads it instead of building it (1,000,000 enterprises: ~0.3 s, not ~4 s).
        search::SearchIndex::open(temporary, progress);
        // That read-only open leaves the temporary file's -wal (empty: nothing was written) and -shm behind.
        // They must not outlive the rename: a later generator would only clean them up as stale files.
        if (QFileInfo(temporary + QStringLiteral("-wal")).size() > 0)
            throw dj::store::StoreError(
                dj::store::StoreError::Kind::Io, tr("The new cache %1 was not checkpointed.").arg(temporary));
        for (const QString& suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(temporary + suffix);
        // The earlier cache's side files must not meet the new file (SQLite would replay its WAL into it).
        for (const QString& suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") })
            if (QFileInfo::exists(cachePath + suffix) && !QFile::remove(cachePath + suffix))
                throw dj::store::StoreError(
                    dj::store::StoreError::Kind::Io, tr("Cannot replace %1.").arg(cachePath + suffix));
        std::error_code ec;
        std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
            std::filesystem::path(cachePath.toStdU16String()), ec);
        if (ec)
            throw dj::store::StoreError(dj::store::StoreError::Kind::Io,
                tr("Cannot replace %1: %2").arg(cachePath, QString::fromLocal8Bit(ec.message())));
        // The index moves with its cache; if that fails, the first open builds it.
        const QString index = search::SearchIndex::persistedPath(cachePath);
        QFile::remove(index);
        QFile::rename(search::SearchIndex::persistedPath(temporary), index);
        return summary;
    } catch (...) {
        // A half-written cache is worse than none: remove what this call created.
        removeTemporary();
        throw;
    }
}

} // namespace dj::demo
