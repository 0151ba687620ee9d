#pragma once

#include "core/parks/parkengine.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace dj::parks {

/// One part of a transparent score: its points and the fact behind it.
struct ScorePart
{
    QString key; ///< machine key, e.g. "status_moved_out"
    int points = 0;
    QString fact; ///< translated sentence with the figure
};

/// 外迁风险 of one enterprise of the park: the sum of its parts, at most 100.
struct RelocationRisk
{
    QString uscc, name, buildingId, cls;
    int score = 0;
    std::vector<ScorePart> parts;
    bool watched = false;
};

enum class GateResult { Pass, Fail, Unknown };

struct Gate
{
    QString key, label; ///< label translated
    GateResult result = GateResult::Unknown;
    QString figure; ///< the figure used, translated ("R&D 4.2 % of revenue 2022–2024")
};

/// Gates of one qualification for one enterprise that does not hold it yet.
struct Potential
{
    QString uscc, name, buildingId, target; ///< target: 高新技术企业, 专精特新中小企业, 专精特新"小巨人"企业
    std::vector<Gate> gates;
    int passed = 0, failed = 0, unknown = 0;
    double closeness = 0; ///< passed / (passed + failed); 0 when nothing is known
};

/// 域外投资: holdings of the park's enterprises in enterprises registered outside the district.
struct OutwardHolding
{
    QString holderUscc, holderName, investeeUscc, investeeName, investeeRegion, investeeSection;
    double sharePct = 0, capital = 0;
    std::optional<double> investeeRevenue, investeeTax;
    bool outsideCity = false;
};

struct OutwardGroup
{
    QString key, label; ///< region code (prefecture, 4 digits) or section letter; label translated
    int count = 0;
    double capital = 0, revenue = 0, tax = 0;
    double lon = 0, lat = 0; ///< the region's centre (for regions; 0 for sections)
};

struct OutwardInvestment
{
    int count = 0, outsideCity = 0;
    double capital = 0, revenue = 0, tax = 0;
    std::vector<OutwardHolding> holdings;
    std::vector<OutwardGroup> byRegion, bySection; ///< sorted by count, then capital
    double originLon = 0, originLat = 0; ///< the park's centre, where the map's flows start
};

/// Risks, potentials and outward investment of a park, from its report (ParkEngine::report) and a few
/// more reads (shareholdings, IP, financing, financials of three years). Members counted: actual,
/// virtual and office-only firms (each once, at its first building).
class ParkInsights
{
    Q_DECLARE_TR_FUNCTIONS(ParkInsights)
public:
    static std::vector<RelocationRisk> relocationRisks(ParkStore& store, const ParkReport& report);
    static std::vector<Potential> potentials(ParkStore& store, const ParkReport& report);
    static OutwardInvestment outward(ParkStore& store, const ParkReport& report);

    static QJsonObject toJson(const RelocationRisk& r);
    static QJsonObject toJson(const Potential& p);
    static QJsonObject toJson(const OutwardInvestment& o, bool withHoldings);
    static QString resultKey(GateResult r);
};

} // namespace dj::parks
