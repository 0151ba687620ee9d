#include "core/store/transaction.h"

#include "core/store/database.h"

namespace dj::store {

Transaction::Transaction(Database& db, Kind kind)
    : m_db(db)
{
    m_db.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // A failed rollback leaves SQLite to roll back on close; nothing more to do here.
        }
    }
}

void Transaction::commit()
{
    if (m_active) {
        m_db.exec("COMMIT");
        m_active = false;
    }
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        m_db.exec("ROLLBACK");
    }
}

} // namespace dj::store
