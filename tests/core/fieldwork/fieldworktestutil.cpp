#include "fieldworktestutil.h"

#include "core/store/cache.h"
#include "core/store/statement.h"

#include <QCryptographicHash>
#include <QFile>

namespace dj::test {

store::Database makeFieldworkCache(const QString& path)
{
    store::Database db = store::Cache::createFresh(path);
    db.exec("INSERT INTO enterprises(uscc, name, status, region_code, address) VALUES "
            "('91320500MA1XA0001A', '苏州甲科技有限公司', '存续', '320505', '苏州市高新区科技城1号'),"
            "('91320500MA1XB0002B', '苏州乙制造有限公司', '存续', '320505', '苏州市高新区长江路2号'),"
            "('91320500MA1XC0003C', '苏州丙贸易有限公司', '迁出', '320506', '苏州市吴中区3号');"
            "INSERT INTO parks(park_id, name) VALUES ('P1', '科技城产业园');"
            "INSERT INTO buildings(building_id, park_id, name) VALUES ('B1', 'P1', '1号楼');"
            "INSERT INTO tenants(building_id, uscc, name, floor, room) VALUES "
            "('B1', '91320500MA1XA0001A', '苏州甲科技有限公司', '3层', '301');"
            "INSERT INTO risks(uscc, kind, date, detail, status) VALUES "
            "('91320500MA1XB0002B', '经营异常', '2025-03-01', '未按时公示年报', '有效');");
    return db;
}

QString dumpFieldwork(const store::Database& db)
{
    QString out;
    for (const char* sql : { "SELECT * FROM visits ORDER BY visit_id", "SELECT * FROM tasks ORDER BY task_id",
             "SELECT * FROM fieldwork_visits ORDER BY visit_id",
             "SELECT * FROM fieldwork_tasks ORDER BY task_id",
             "SELECT record_kind, record_id, at, author, action, field, old_value, new_value, source "
             "FROM fieldwork_history ORDER BY record_id, at, action, field, old_value, new_value" }) {
        store::Statement st = db.prepare(sql);
        while (st.step()) {
            for (int c = 0; c < st.columnCount(); ++c)
                out += (st.isNull(c) ? QStringLiteral("<null>") : st.columnText(c)) + u'\t';
            out += u'\n';
        }
        out += QStringLiteral("----\n");
    }
    return out;
}

QString sqlText(const store::Database& db, const char* sql, const QString& param)
{
    store::Statement st = db.prepare(sql);
    if (!param.isNull())
        st.bind(1, param);
    return st.step() ? st.columnText(0) : QString();
}

qint64 sqlInt(const store::Database& db, const char* sql, const QString& param)
{
    store::Statement st = db.prepare(sql);
    if (!param.isNull())
        st.bind(1, param);
    return st.step() ? st.columnInt(0) : -1;
}

QByteArray sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace dj::test
