#include "core/tenders/demandsignals.h"

#include "core/store/statement.h"

#include <algorithm>

namespace dj::tenders {

std::vector<DemandSignal> DemandSignals::rank(const store::Database& db, const DemandOptions& options)
{
    std::vector<DemandSignal> out;
    const qint64 year = db.scalarInt("SELECT coalesce(max(year), 0) FROM financials");
    if (year <= 0)
        return out;
    const QString since = QStringLiteral("%1-01-01").arg(year - 1);
    // New branches: a branch (分公司) established since `since` whose name starts with the enterprise's
    // name. The branches are few: read them once, sorted, and find each enterprise's by a range lookup
    // (a correlated subquery per enterprise scanned every enterprise's name: quadratic without a name index).
    std::vector<QString> branchNames;
    {
        store::Statement b = db.prepare(
            "SELECT name FROM enterprises WHERE name LIKE '%分公司%' AND established >= ?1 ORDER BY name");
        b.bind(1, since);
        while (b.step())
            branchNames.push_back(b.columnText(0));
        std::sort(branchNames.begin(), branchNames.end());
    }
    const auto branchesOf = [&branchNames](const QString& name) -> qint64 {
        if (name.isEmpty())
            return 0;
        qint64 n = 0;
        for (auto it = std::upper_bound(branchNames.begin(), branchNames.end(), name);
             it != branchNames.end() && it->startsWith(name); ++it)
            ++n;
        return n;
    };
    store::Statement st = db.prepare(
        "SELECT e.uscc, e.name, e.region_code,"
        " (SELECT revenue FROM financials f WHERE f.uscc = e.uscc AND f.year = ?2),"
        " (SELECT revenue FROM financials f WHERE f.uscc = e.uscc AND f.year = ?2 - 1),"
        " (SELECT employees FROM financials f WHERE f.uscc = e.uscc AND f.year = ?2),"
        " (SELECT employees FROM financials f WHERE f.uscc = e.uscc AND f.year = ?2 - 1),"
        " (SELECT group_concat(kind, '、') FROM qualifications q WHERE q.uscc = e.uscc AND q.year >= ?2 - 1"
        "    AND (q.kind LIKE '%高新技术%' OR q.kind LIKE '%专精特新%')),"
        " (SELECT count(*) FROM financing g WHERE g.uscc = e.uscc AND g.date >= ?3),"
        " (SELECT count(*) FROM ip i WHERE i.uscc = e.uscc AND i.date >= ?3"
        "    AND (i.kind LIKE '%软件%' OR i.kind LIKE '%专利%'))"
        " FROM enterprises e WHERE e.region_code LIKE ?1 || '%' AND e.status IN ('存续', '在业')");
    // an empty prefix means every region: bind '' (a null QString binds NULL, and NULL || '%' matches
    // nothing)
    st.bind(1, options.regionPrefix.isEmpty() ? QString(QLatin1String("")) : options.regionPrefix)
        .bind(2, year)
        .bind(3, since);
    while (st.step()) {
        DemandSignal s;
        const auto rev = st.columnOptDouble(3);
        const auto revBefore = st.columnOptDouble(4);
        const auto emp = st.columnOptInt(5);
        const auto empBefore = st.columnOptInt(6);
        const QString quals = st.columnText(7);
        const qint64 financing = st.columnInt(8);
        const qint64 ip = st.columnInt(9);
        const qint64 branches = branchesOf(st.columnText(1));
        if (rev && revBefore && *revBefore > 0 && *rev >= 1.3 * *revBefore) {
            s.score += 2;
            s.reasons << tr("revenue +%1 % in %2").arg(qRound((*rev / *revBefore - 1) * 100)).arg(year);
        }
        if (emp && empBefore && *empBefore > 0 && double(*emp) >= 1.2 * double(*empBefore)) {
            s.score += 1;
            s.reasons << tr("head count %1 → %2").arg(*empBefore).arg(*emp);
        }
        if (!quals.isEmpty()) {
            s.score += 2;
            s.reasons << tr("newly recognised: %1").arg(quals);
        }
        if (financing > 0) {
            s.score += 2;
            s.reasons << tr("%n financing round(s) since %1", nullptr, int(financing)).arg(since);
        }
        if (ip >= 2) {
            s.score += ip >= 5 ? 2 : 1;
            s.reasons << tr("%n software copyright(s) or patent(s) since %1", nullptr, int(ip)).arg(since);
        }
        if (branches > 0) {
            s.score += int(std::min<qint64>(2, branches));
            s.reasons << tr("%n new branch(es)", nullptr, int(branches));
        }
        if (s.score < options.minScore)
            continue;
        s.uscc = st.columnText(0);
        s.name = st.columnText(1);
        s.regionCode = st.columnText(2);
        s.revenue = rev;
        out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const DemandSignal& a, const DemandSignal& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.revenue.value_or(0) != b.revenue.value_or(0))
            return a.revenue.value_or(0) > b.revenue.value_or(0);
        return a.uscc < b.uscc;
    });
    if (options.limit > 0 && int(out.size()) > options.limit)
        out.resize(size_t(options.limit));
    return out;
}

} // namespace dj::tenders
