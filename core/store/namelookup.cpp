#include "core/store/namelookup.h"

#include <algorithm>
#include <string>

namespace dj::store {

NameLookup::NameLookup(Database db)
    : m_db(std::move(db))
    , m_grams(m_db)
{
}

std::optional<NameLookup::Row> NameLookup::byId(qint64 id) const
{
    if (!m_byId)
        m_byId = m_db.prepare("SELECT uscc, name, former_names FROM enterprises WHERE id = ?1");
    m_byId->reset();
    m_byId->bind(1, id);
    if (!m_byId->step())
        return std::nullopt;
    return Row { m_byId->columnText(0), m_byId->columnText(1), m_byId->columnText(2) };
}

QList<NameLookup::Row> NameLookup::containing(const QString& text, int limit) const
{
    Statement scan
        = m_db.prepare("SELECT uscc, name, former_names FROM enterprises "
                       "WHERE instr(name, ?1) > 0 OR instr(coalesce(former_names, ''), ?1) > 0 LIMIT ?2");
    scan.bind(1, text).bind(2, qint64(limit));
    QList<Row> out;
    while (scan.step())
        out << Row { scan.columnText(0), scan.columnText(1), scan.columnText(2) };
    return out;
}

TableRows NameLookup::branches(const QString& headName, const QString& headUscc, int limit) const
{
    TableRows out;
    const std::string select
        = "SELECT uscc, name, status, region_code, established FROM enterprises WHERE "
          "substr(name, 1, length(?1)) = ?1 AND uscc <> ?2 AND (instr(name, '分公司') > 0 "
          "OR instr(name, '分店') > 0 OR instr(name, '营业部') > 0)";
    const auto rowOf = [](const Statement& q) {
        return QVariantList { q.columnVariant(0), q.columnVariant(1), q.columnVariant(2), q.columnVariant(3),
            q.columnVariant(4) };
    };
    // Candidates from the name index, or one scan where it cannot narrow them (an older cache read as it
    // is, a very short name).
    const std::optional<std::vector<qint64>> candidates = NameGramIndex(m_db).containing(headName);
    const bool byIndex = candidates && candidates->size() <= 20000;
    Statement q = byIndex ? m_db.prepare(select + " AND id = ?3")
                          : m_db.prepare(select + " ORDER BY name LIMIT " + std::to_string(limit));
    for (int c = 0; c < q.columnCount(); ++c)
        out.columns << q.columnName(c);
    if (byIndex) {
        for (qint64 id : *candidates) {
            q.reset();
            q.bind(1, headName).bind(2, headUscc).bind(3, id);
            if (q.step())
                out.rows << rowOf(q);
        }
        std::sort(out.rows.begin(), out.rows.end(),
            [](const QVariantList& a, const QVariantList& b) { return a[1].toString() < b[1].toString(); });
        if (out.rows.size() > limit)
            out.rows.resize(limit);
    } else {
        q.bind(1, headName).bind(2, headUscc);
        while (q.step())
            out.rows << rowOf(q);
    }
    return out;
}

} // namespace dj::store
