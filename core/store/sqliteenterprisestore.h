#pragma once

#include "core/store/database.h"
#include "core/store/enterprisestore.h"

#include <unordered_map>

namespace dj::store {

/// EnterpriseStore over a local SQLite cache.
class SqliteEnterpriseStore : public EnterpriseStore
{
public:
    explicit SqliteEnterpriseStore(Database db);

    QString dataSource() const override;
    qint64 dataVersion() const override;
    qint64 enterpriseCount() const override;
    std::optional<EnterpriseRecord> enterprise(const QString& uscc) const override;
    std::optional<EnterpriseRecord> enterpriseById(qint64 id) const override;
    TableRows related(const QString& uscc, Related what) const override;
    QList<EnterpriseRecord> enterprisesByName(const QString& name) const override;

    const Database& database() const { return m_db; }

    /// The SELECT column list matching readEnterprise().
    static const char* enterpriseColumns();
    static EnterpriseRecord readEnterprise(const Statement& st);

private:
    /// A prepared statement per query text (the texts are static literals), reset after each use: a
    /// server answering many profiles on one connection parses each query once.
    Statement& cached(const char* sql) const;

    Database m_db;
    mutable std::unordered_map<const char*, Statement> m_statements;
};

} // namespace dj::store
