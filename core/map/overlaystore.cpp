#include "core/map/overlaystore.h"

#include "core/map/maperror.h"
#include "core/store/database.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dj::map::OverlayStore {

QList<Overlay> load(const store::Database& db, qint64* bad)
{
    QList<Overlay> out;
    qint64 skipped = 0;
    auto st = db.prepare(
        "SELECT id, name, kind, geometry, style, created, updated FROM map_overlays ORDER BY id");
    while (st.step()) {
        const auto kind = Overlay::kindFromKey(st.columnText(2));
        try {
            const QJsonDocument doc = QJsonDocument::fromJson(st.columnText(3).toUtf8());
            if (!kind || !doc.isObject())
                throw MapError(QString());
            Feature f = VectorLayer::parseGeometry(doc.object());
            if (f.type != Overlay::geometryType(*kind))
                throw MapError(QString());
            Overlay o = Overlay::make(*kind, std::move(f), st.columnText(1));
            o.id = st.columnInt(0);
            o.setStyleJson(st.columnText(4).toUtf8());
            o.created = QDateTime::fromString(st.columnText(5), Qt::ISODate);
            o.updated = QDateTime::fromString(st.columnText(6), Qt::ISODate);
            out << o;
        } catch (const MapError&) {
            ++skipped;
        }
    }
    if (bad)
        *bad = skipped;
    return out;
}

qint64 put(store::Database& db, const Overlay& o)
{
    auto st
        = db.prepare("INSERT OR REPLACE INTO map_overlays(id, name, kind, geometry, style, created, updated)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (o.id > 0)
        st.bind(1, o.id);
    else
        st.bindNull(1);
    st.bind(2, o.name.isNull() ? u""_s : o.name)
        .bind(3, Overlay::kindKey(o.kind))
        .bind(4, o.geometryJson())
        .bind(5, o.styleJson())
        .bind(6, o.created.isValid() ? o.created.toString(Qt::ISODate) : QString())
        .bind(7, o.updated.isValid() ? o.updated.toString(Qt::ISODate) : QString());
    st.run();
    return o.id > 0 ? o.id : db.lastInsertRowId();
}

void remove(store::Database& db, qint64 id)
{
    auto st = db.prepare("DELETE FROM map_overlays WHERE id = ?1");
    st.bind(1, id).run();
}

} // namespace dj::map::OverlayStore
