#pragma once

#include <QtGlobal>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dj::demo {

/// Rows for several tables, recorded by the generating thread and written to SQLite by the other one.
/// Text lives in one buffer (offsets, not pointers, since it grows), so writing binds it without copies.
struct RowBatch
{
    enum class Type : quint8 { Null, Int, Double, Text };
    struct Cell
    {
        int index;
        Type type;
        qint64 i;
        double d;
        size_t offset, length;
    };
    struct Row
    {
        int table;
        size_t first;
        size_t count;
    };

    std::vector<Cell> cells;
    std::vector<Row> rows;
    std::string text;
    qint64 enterprisesDone = 0;
};

/// The binding interface of store::Statement, recording into the current batch instead of executing.
class RowRecorder
{
public:
    RowRecorder() = default;
    RowRecorder(int table, RowBatch* const* current)
        : m_table(table)
        , m_current(current)
    {
    }

    RowRecorder& bindNull(int index) { return add({ index, RowBatch::Type::Null, 0, 0, 0, 0 }); }
    RowRecorder& bind(int index, qint64 v) { return add({ index, RowBatch::Type::Int, v, 0, 0, 0 }); }
    RowRecorder& bind(int index, int v) { return bind(index, qint64(v)); }
    RowRecorder& bind(int index, double v) { return add({ index, RowBatch::Type::Double, 0, v, 0, 0 }); }
    RowRecorder& bind(int index, std::string_view v)
    {
        RowBatch& b = **m_current;
        const size_t offset = b.text.size();
        b.text.append(v);
        return add({ index, RowBatch::Type::Text, 0, 0, offset, v.size() });
    }
    RowRecorder& bind(int index, const std::optional<double>& v)
    {
        return v ? bind(index, *v) : bindNull(index);
    }
    void run()
    {
        RowBatch& b = **m_current;
        b.rows.push_back({ m_table, m_first, b.cells.size() - m_first });
        m_open = false;
    }
    void reset() { }

private:
    RowRecorder& add(const RowBatch::Cell& cell)
    {
        RowBatch& b = **m_current;
        if (!m_open) {
            m_first = b.cells.size();
            m_open = true;
        }
        b.cells.push_back(cell);
        return *this;
    }
    int m_table = 0;
    RowBatch* const* m_current = nullptr;
    size_t m_first = 0;
    bool m_open = false;
};

} // namespace dj::demo
