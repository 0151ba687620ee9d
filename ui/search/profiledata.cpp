#include "ui/search/profiledata.h"

#include "core/store/cache.h"
#include "core/store/namelookup.h"
#include "core/store/storeerror.h"

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
        throw store::StoreError(
            store::StoreError::Kind::NotFound, tr("The enterprise %1 is not in the open cache.").arg(uscc));
    p.enterprise = *e;
    p.dataSource = st->dataSource();
    using R = EnterpriseStore::Related;
    for (R what : { R::Shareholders, R::Investments, R::Roles, R::Financials, R::Financing, R::Licenses,
             R::Qualifications, R::Risks, R::Ip, R::RelationsOut, R::RelationsIn, R::Visits, R::Tasks })
        p.related.insert(what, st->related(uscc, what));

    // Branch names start with the head office's name (…分公司, …分店, …营业部).
    constexpr int kMaxBranches = 500;
    const store::NameLookup names(store::Cache::open(cachePath, store::Cache::Access::ReadOnly));
    p.branches = names.branches(e->name, uscc, kMaxBranches);
    return p;
}

} // namespace dj::ui
