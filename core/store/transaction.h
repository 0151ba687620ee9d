#pragma once

namespace dj::store {

class Database;

/// RAII transaction: rolls back unless commit() was called.
class Transaction
{
public:
    enum class Kind { Deferred, Immediate };
    /// Begins a transaction; inside one already (a caller's), a savepoint of it instead, so that work which
    /// is its own transaction elsewhere can be made part of a larger one (rolled back with it).
    explicit Transaction(Database& db, Kind kind = Kind::Immediate);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    void commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    Database& m_db;
    bool m_active = false;
    bool m_savepoint = false;
};

} // namespace dj::store
