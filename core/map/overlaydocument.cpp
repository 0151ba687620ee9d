#include "core/map/overlaydocument.h"

#include "core/map/overlaystore.h"
#include "core/store/cache.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace dj::map {

class OverlayDocument::AddCommand : public QUndoCommand
{
public:
    AddCommand(OverlayDocument* doc, QList<Overlay> overlays, const QString& text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_overlays(std::move(overlays))
    {
    }
    void redo() override { m_doc->insertRaw(int(m_doc->m_overlays.size()), m_overlays); }
    void undo() override
    {
        QList<qint64> ids;
        for (const Overlay& o : std::as_const(m_overlays))
            ids << o.id;
        m_doc->removeRaw(ids);
    }

private:
    OverlayDocument* m_doc;
    QList<Overlay> m_overlays;
};

class OverlayDocument::RemoveCommand : public QUndoCommand
{
public:
    RemoveCommand(OverlayDocument* doc, int index)
        : m_doc(doc)
        , m_index(index)
        , m_overlay(doc->m_overlays.at(index))
    {
        setText(m_overlay.name.isEmpty()
                ? OverlayDocument::tr("Delete %1").arg(Overlay::kindName(m_overlay.kind))
                : OverlayDocument::tr("Delete %1").arg(m_overlay.name));
    }
    void redo() override { m_doc->removeRaw({ m_overlay.id }); }
    void undo() override { m_doc->insertRaw(m_index, { m_overlay }); }

private:
    OverlayDocument* m_doc;
    int m_index;
    Overlay m_overlay;
};

class OverlayDocument::EditCommand : public QUndoCommand
{
public:
    EditCommand(OverlayDocument* doc, Overlay before, Overlay after, const QString& text = {})
        : QUndoCommand(!text.isEmpty()      ? text
                : before.name != after.name ? OverlayDocument::tr("Rename shape to %1").arg(after.name)
                                            : OverlayDocument::tr("Change shape style"))
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { m_doc->replaceRaw(m_after); }
    void undo() override { m_doc->replaceRaw(m_before); }

private:
    OverlayDocument* m_doc;
    Overlay m_before;
    Overlay m_after;
};

OverlayDocument::OverlayDocument(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    VectorStyle style;
    style.minLabelZoom = 12;
    m_layer = VectorLayer(tr("Drawings"), style);
    m_layer.setId(u"overlay"_s);
}

OverlayDocument::~OverlayDocument() = default;

void OverlayDocument::reset(QList<Overlay> overlays, const QString& cachePath)
{
    m_undo->clear();
    m_overlays = std::move(overlays);
    m_cachePath = cachePath;
    m_nextId = 1;
    for (const Overlay& o : std::as_const(m_overlays))
        m_nextId = std::max(m_nextId, o.id + 1);
    rebuildLayer();
}

int OverlayDocument::indexOf(qint64 id) const
{
    for (int i = 0; i < m_overlays.size(); ++i)
        if (m_overlays[i].id == id)
            return i;
    return -1;
}

qint64 OverlayDocument::add(Overlay overlay)
{
    overlay.id = m_nextId++;
    const QString text = tr("Draw %1").arg(Overlay::kindName(overlay.kind));
    m_undo->push(new AddCommand(this, { overlay }, text));
    return overlay.id;
}

QList<qint64> OverlayDocument::addAll(QList<Overlay> overlays, const QString& source)
{
    QList<qint64> ids;
    if (overlays.isEmpty())
        return ids;
    for (Overlay& o : overlays) {
        o.id = m_nextId++;
        ids << o.id;
    }
    const QString text = tr("Import %n shape(s) from %1", nullptr, int(overlays.size())).arg(source);
    m_undo->push(new AddCommand(this, std::move(overlays), text));
    return ids;
}

bool OverlayDocument::remove(qint64 id)
{
    const int i = indexOf(id);
    if (i < 0)
        return false;
    m_undo->push(new RemoveCommand(this, i));
    return true;
}

bool OverlayDocument::edit(const Overlay& changed)
{
    const int i = indexOf(changed.id);
    if (i < 0)
        return false;
    const Overlay& before = m_overlays[i];
    Overlay after = before;
    after.name = changed.name;
    if (Overlay::geometryType(changed.kind) == before.geometry.type)
        after.kind = changed.kind;
    after.stroke = changed.stroke;
    after.fill = changed.fill;
    after.width = changed.width;
    if (after.name == before.name && after.kind == before.kind && after.stroke == before.stroke
        && after.fill == before.fill && after.width == before.width)
        return false;
    after.updated = QDateTime::currentDateTimeUtc();
    m_undo->push(new EditCommand(this, before, after));
    return true;
}

bool OverlayDocument::reshape(qint64 id, const Feature& shape)
{
    const int i = indexOf(id);
    if (i < 0 || shape.type != m_overlays[i].geometry.type)
        return false;
    const Overlay& before = m_overlays[i];
    if (shape.points == before.geometry.points && shape.lines == before.geometry.lines
        && shape.polygons == before.geometry.polygons)
        return false;
    Overlay after = before;
    after.geometry.points = shape.points;
    after.geometry.lines = shape.lines;
    after.geometry.polygons = shape.polygons;
    after.geometry.updateBounds();
    after.updated = QDateTime::currentDateTimeUtc();
    m_undo->push(new EditCommand(this, before, after, tr("Reshape %1").arg(after.name)));
    return true;
}

void OverlayDocument::insertRaw(int index, const QList<Overlay>& overlays)
{
    // An import of thousands of shapes is one rebuild and one transaction, not one per shape.
    qsizetype at = std::clamp<qsizetype>(index, 0, m_overlays.size());
    for (const Overlay& o : overlays)
        m_overlays.insert(at++, o);
    rebuildLayer();
    write([&overlays](store::Database& db) {
        for (const Overlay& o : overlays)
            OverlayStore::put(db, o);
    });
}

void OverlayDocument::removeRaw(const QList<qint64>& ids)
{
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    m_overlays.removeIf([&gone](const Overlay& o) { return gone.contains(o.id); });
    rebuildLayer();
    write([&ids](store::Database& db) {
        for (qint64 id : ids)
            OverlayStore::remove(db, id);
    });
}

void OverlayDocument::replaceRaw(const Overlay& overlay)
{
    const int i = indexOf(overlay.id);
    if (i < 0)
        return;
    m_overlays[i] = overlay;
    rebuildLayer();
    write([&overlay](store::Database& db) { OverlayStore::put(db, overlay); });
}

void OverlayDocument::rebuildLayer()
{
    m_layer.clear();
    for (const Overlay& o : std::as_const(m_overlays))
        m_layer.addFeature(o.toFeature());
    emit changed();
}

void OverlayDocument::write(const std::function<void(store::Database&)>& change)
{
    if (m_cachePath.isEmpty())
        return;
    // One short connection per edit: a user action writes one row (a few ms), and no connection stays
    // open on a cache that an import or a new demo may replace.
    try {
        store::Database db = store::Cache::open(m_cachePath, store::Cache::Access::ReadWrite);
        store::Transaction tx(db);
        change(db);
        tx.commit();
    } catch (const store::StoreError& e) {
        emit problem(tr("The shape is on the map but could not be saved in the cache: %1").arg(e.message()));
    }
}

} // namespace dj::map
