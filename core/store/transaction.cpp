#include "core/store/transaction.h"

#include "core/store/database.h"

#include <sqlite3.h>

namespace dj::store {

Transaction::Transaction(Database& db, Kind kind)
    : m_db(db)
    , m_savepoint(db.handle() && sqlite3_get_autocommit(db.handle()) == 0)
{
    m_db.exec(m_savepoint ? "SAVEPOINT dj_nested" : kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active) {
        try {
            if (m_savepoint)
                m_db.exec("ROLLBACK TO dj_nested; RELEASE dj_nested");
            else
                m_db.exec("ROLLBACK");
        } catch (...) {
            // A failed rollback leaves SQLite to roll back on close; nothing more to do here.
        }
    }
}

void Transaction::commit()
{
    if (m_active) {
        m_db.exec(m_savepoint ? "RELEASE dj_nested" : "COMMIT");
        m_active = false;
    }
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        m_db.exec(m_savepoint ? "ROLLBACK TO dj_nested; RELEASE dj_nested" : "ROLLBACK");
    }
}

} // namespace dj::store
