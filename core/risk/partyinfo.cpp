#include "core/risk/partyinfo.h"

#include "core/store/database.h"

#include <algorithm>

namespace dj::risk {

using namespace Qt::StringLiterals;

const QStringList& PartyInfo::seriousKinds()
{
    static const QStringList kinds { u"失信被执行人"_s, u"严重违法失信"_s, u"限制高消费"_s, u"被执行人"_s,
        u"经营异常"_s, u"股权冻结"_s, u"税收违法"_s, u"欠税公告"_s };
    return kinds;
}

PartyReader::PartyReader(const store::Database& db)
    : m_db(db)
{
}

const PartyInfo& PartyReader::get(const QString& uscc)
{
    const auto it = m_cache.constFind(uscc);
    if (it != m_cache.cend())
        return *it;
    PartyInfo p;
    p.uscc = uscc;
    store::Statement e = m_db.prepare("SELECT name, status, region_code FROM enterprises WHERE uscc = ?");
    e.bind(1, uscc);
    if (e.step()) {
        p.inCache = true;
        p.name = e.columnText(0);
        p.status = e.columnText(1);
        p.regionCode = e.columnText(2);
    }
    store::Statement r
        = m_db.prepare("SELECT kind, count(*) FROM risks WHERE uscc = ? AND status = '有效' GROUP BY kind");
    r.bind(1, uscc);
    while (r.step()) {
        const QString kind = r.columnText(0);
        p.riskKinds << kind;
        p.currentRisks += int(r.columnInt(1));
        if (PartyInfo::seriousKinds().contains(kind))
            p.serious = true;
    }
    std::sort(p.riskKinds.begin(), p.riskKinds.end());
    return *m_cache.insert(uscc, p);
}

} // namespace dj::risk
