#include "ui/search/profiledata.h"

#include "core/store/cache.h"

#include <stdexcept>

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
             R::Qualifications, R::Risks, R::Ip, R::RelationsOut, R::RelationsIn })
        p.related.insert(what, st->related(uscc, what));

    // Branch names start with the head office's name: a range scan over the name index, no LIKE on
    // user text.
    store::Database db = store::Cache::open(cachePath, store::Cache::Access::ReadOnly);
    store::Statement q = db.prepare(
        "SELECT uscc, name, status, region_code, established FROM enterprises "
        "WHERE name > ?1 AND name < ?2 AND uscc <> ?3 "
        "AND (instr(name, '分公司') > 0 OR instr(name, '分店') > 0 OR instr(name, '营业部') > 0) "
        "ORDER BY name LIMIT 500");
    q.bind(1, e->name).bind(2, e->name + QChar(0xFFFF)).bind(3, uscc);
    for (int c = 0; c < q.columnCount(); ++c)
        p.branches.columns << q.columnName(c);
    while (q.step())
        p.branches.rows << QVariantList { q.columnVariant(0), q.columnVariant(1), q.columnVariant(2),
            q.columnVariant(3), q.columnVariant(4) };
    return p;
}

} // namespace dj::ui
