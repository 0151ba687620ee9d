#pragma once

#include "core/store/statement.h"

#include <QString>
#include <string_view>

struct sqlite3;

namespace dj::store {

/// One SQLite connection (RAII). Use one per thread; never share across threads.
class Database
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    /// How long a statement waits for another connection's write lock before failing with
    /// StoreError::Kind::Busy (set on every connection opened).
    static constexpr int kDefaultBusyTimeoutMs = 5000;

    /// Sets the busy timeout for as long as it lives, then restores the default: work on the GUI thread
    /// that must not wait for a long write elsewhere (an import) fails fast and retries later.
    class BusyTimeout
    {
    public:
        BusyTimeout(Database& db, int ms);
        ~BusyTimeout();
        BusyTimeout(const BusyTimeout&) = delete;
        BusyTimeout& operator=(const BusyTimeout&) = delete;

    private:
        Database& m_db;
    };

    Database() = default;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    /// Opens a raw SQLite file. Throws StoreError. Cache::open() adds schema checks on top.
    static Database openRaw(const QString& path, Mode mode);

    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }

    /// Executes one or more statements without parameters (schema, pragmas). Throws StoreError.
    void exec(std::string_view sql);
    /// Prepares a statement; values are always bound, never spliced into SQL.
    Statement prepare(std::string_view sql) const;
    /// Runs a query returning a single integer (0 when no row).
    qint64 scalarInt(std::string_view sql) const;
    /// Runs a query returning a single text (null QString when no row).
    QString scalarText(std::string_view sql) const;

    qint64 lastInsertRowId() const;
    int changes() const;
    int userVersion() const;
    void setUserVersion(int version);
    /// How long statements wait for another connection's lock (milliseconds).
    void setBusyTimeout(int ms);
    /// Lets a long-running query on another thread be interrupted (cancel).
    void interrupt();

    /// Throws StoreError for a non-OK SQLite result code.
    void check(int rc, std::string_view what) const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace dj::store
