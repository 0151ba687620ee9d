#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <optional>
#include <string_view>

struct sqlite3_stmt;
struct sqlite3;

namespace dj::store {

/// A prepared statement (RAII). Bind, step, read columns, reset.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are 1-based, as in SQLite.
    Statement& bindNull(int index);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value); ///< null QString binds NULL
    Statement& bind(int index, const QByteArray& utf8); ///< null QByteArray binds NULL
    Statement& bind(int index, std::string_view utf8);
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bind(int index, const std::optional<qint64>& value);
    Statement& bind(int index, const QVariant& value);

    /// Advances; true while a row is available. Throws StoreError on failure.
    bool step();
    /// Steps a statement that returns no rows (INSERT/UPDATE); throws on failure.
    void run();
    /// Resets for re-execution and clears bindings.
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const; ///< null QString for NULL
    std::string_view columnUtf8(int column) const; ///< valid until the next step/reset
    std::optional<double> columnOptDouble(int column) const;
    std::optional<qint64> columnOptInt(int column) const;
    QVariant columnVariant(int column) const;
    QString columnName(int column) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    void checkBind(int rc);
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace dj::store
