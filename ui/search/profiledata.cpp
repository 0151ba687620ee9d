#include "ui/search/profiledata.h"

#include "core/store/cache.h"
#include "core/store/namegramindex.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace dj::ui {

using store::EnterpriseStore;

const store::TableRows& ProfileData::table(EnterpriseStore::Related what) const
{
    static const store::TableRows empty;
    auto it = related.find(what);
    return it == related.end() ? empty : it.value();
}

ProfileData ProfileData::load(const QString& cachePath, const QString& uscc)
{
    ProfileData p;
    auto st = store::openEnterpriseStore(cachePath);
    auto e = st->enterprise(uscc);
    if (!e)
        throw std::runtime_error(tr("The enterprise %1 is not in the open cache.").arg(uscc).toStdString());
    p.enterprise = *e;
    p.dataSource = st->dataSource();
    using R = EnterpriseStore::Related;
    for (R what : { R::Shareholders, R::Investments, R::Roles, R::Financials, R::Financing, R::Licenses,
             R::Qualifications, R::Risks, R::Ip, R::RelationsOut, R::RelationsIn, R::Visits, R::Tasks })
        p.related.insert(what, st->related(uscc, what));

    // Branch names start with the head office's name (…分公司, …分店, …营业部): candidates from the name
    // index, or one scan where it cannot narrow them (an older cache read as it is, a very short name).
    store::Database db = store::Cache::open(cachePath, store::Cache::Access::ReadOnly);
    const std::string select
        = "SELECT uscc, name, status, region_code, established FROM enterprises WHERE "
          "substr(name, 1, length(?1)) = ?1 AND uscc <> ?2 AND (instr(name, '分公司') > 0 "
          "OR instr(name, '分店') > 0 OR instr(name, '营业部') > 0)";
    constexpr int kMaxBranches = 500;
    const auto rowOf = [](const store::Statement& q) {
        return QVariantList { q.columnVariant(0), q.columnVariant(1), q.columnVariant(2), q.columnVariant(3),
            q.columnVariant(4) };
    };
    const std::optional<std::vector<qint64>> candidates = store::NameGramIndex(db).containing(e->name);
    const bool byIndex = candidates && candidates->size() <= 20000;
    store::Statement q = byIndex
        ? db.prepare(select + " AND id = ?3")
        : db.prepare(select + " ORDER BY name LIMIT " + std::to_string(kMaxBranches));
    for (int c = 0; c < q.columnCount(); ++c)
        p.branches.columns << q.columnName(c);
    if (byIndex) {
        for (qint64 id : *candidates) {
            q.reset();
            q.bind(1, e->name).bind(2, uscc).bind(3, id);
            if (q.step())
                p.branches.rows << rowOf(q);
        }
        std::sort(p.branches.rows.begin(), p.branches.rows.end(),
            [](const QVariantList& a, const QVariantList& b) { return a[1].toString() < b[1].toString(); });
        if (p.branches.rows.size() > kMaxBranches)
            p.branches.rows.resize(kMaxBranches);
    } else {
        q.bind(1, e->name).bind(2, uscc);
        while (q.step())
            p.branches.rows << rowOf(q);
    }
    return p;
}

} // namespace dj::ui
