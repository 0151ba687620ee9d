#pragma once

namespace dj::store {

class Database;

/// RAII transaction: rolls back unless commit() was called.
class Transaction
{
public:
    enum class Kind { Deferred, Immediate };
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
};

} // namespace dj::store
