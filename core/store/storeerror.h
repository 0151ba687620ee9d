#pragma once

#include "core/common/error.h"

#include <QCoreApplication>
#include <QString>

namespace dj::store {

/// An error from the cache, with a message in the user's words (translated).
class StoreError : public Error
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)
public:
    enum class Kind {
        NotFound, ///< the file does not exist and may not be created
        NotSqlite, ///< the file is not an SQLite database
        Corrupt, ///< SQLite says the database is malformed
        NewerSchema, ///< written by a newer version of the workstation
        NotACache, ///< an SQLite file, but not a Dianjing cache
        Io, ///< cannot read or write the file
        Sql, ///< a statement failed (a bug or a constraint)
        Busy, ///< locked by another writer for too long
    };

    StoreError(Kind kind, const QString& message);

    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace dj::store
