#pragma once

#include <QCoreApplication>
#include <QString>
#include <stdexcept>

namespace dj::store {

/// An error from the cache, with a message in the user's words (translated).
class StoreError : public std::runtime_error
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
    /// Translated, human-readable explanation.
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace dj::store
