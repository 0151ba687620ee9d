#pragma once

#include "core/store/database.h"
#include "core/store/enterprisestore.h"
#include "core/store/namegramindex.h"

#include <QList>
#include <QString>
#include <optional>

namespace dj::store {

/// Reads of enterprises by name for batch lookup and the profile's branch list: candidates come from the
/// trigram name index where it can narrow them, otherwise from one bounded scan. One connection, one
/// thread (like Database).
///
///     NameLookup names(Cache::open(path, Cache::Access::ReadOnly));
///     for (const auto& s : names.grams().similar(core, 300)) if (auto row = names.byId(s.id)) …
class NameLookup
{
public:
    struct Row
    {
        QString uscc;
        QString name;
        QString formerNames; ///< as stored, `|`-separated
    };

    explicit NameLookup(Database db);
    NameLookup(const NameLookup&) = delete; // the gram index reads m_db by reference
    NameLookup& operator=(const NameLookup&) = delete;

    NameGramIndex& grams() { return m_grams; }
    std::optional<Row> byId(qint64 id) const;
    /// Enterprises whose name or a former name contains text (a scan; at most limit rows).
    QList<Row> containing(const QString& text, int limit) const;
    /// Branches of a head office: names that start with its name and contain 分公司, 分店 or 营业部,
    /// other than the head office itself; columns uscc, name, status, region_code, established; sorted by
    /// name; at most limit rows.
    TableRows branches(const QString& headName, const QString& headUscc, int limit) const;

private:
    Database m_db;
    NameGramIndex m_grams; ///< reads m_db
    mutable std::optional<Statement> m_byId;
};

} // namespace dj::store
