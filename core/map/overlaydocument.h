#pragma once

#include "core/map/overlay.h"
#include "core/map/vectorlayer.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

class QUndoStack;

namespace dj::store {
class Database;
}

namespace dj::map {

/// The user's shapes on the park map as an editable document: every change is one QUndoCommand on the
/// document's QUndoStack (draw, import, delete, rename / restyle) and is written through to the cache's
/// map_overlays table, so what was drawn is there after a restart. Without a cache the shapes live in
/// memory only. A failed write keeps the shape on screen and reports problem().
class OverlayDocument : public QObject
{
    Q_OBJECT
public:
    explicit OverlayDocument(QObject* parent = nullptr);
    ~OverlayDocument() override;

    /// Starts over with shapes loaded from cachePath (empty: no cache); clears the undo history.
    void reset(QList<Overlay> overlays, const QString& cachePath);
    const QString& cachePath() const { return m_cachePath; }
    const QList<Overlay>& overlays() const { return m_overlays; }
    /// Position of a shape in overlays() (and layer()), or -1.
    int indexOf(qint64 id) const;
    /// One feature per shape, same order, each with the shape's own style; layer id "overlay".
    const VectorLayer& layer() const { return m_layer; }
    QUndoStack* undoStack() const { return m_undo; }

    /// Adds a drawn shape (one undo step); returns its id.
    qint64 add(Overlay overlay);
    /// Adds imported shapes as one undo step; returns their ids.
    QList<qint64> addAll(QList<Overlay> overlays, const QString& source);
    /// Deletes a shape (one undo step); false when there is no such shape.
    bool remove(qint64 id);
    /// Replaces name, kind and style of the shape with changed.id (one undo step); false when unknown or
    /// nothing changed. The geometry type cannot change (a road does not become a park).
    bool edit(const Overlay& changed);
    /// Replaces the coordinates of the shape with that id by those of shape (one undo step, "Reshape");
    /// false when unknown, when shape is of another geometry type or when nothing moved.
    bool reshape(qint64 id, const Feature& shape);

signals:
    void changed();
    /// Something the user must know (a write to the cache failed); the shapes on screen stay.
    void problem(const QString& message);

private:
    class AddCommand;
    class RemoveCommand;
    class EditCommand;

    void insertRaw(int index, const QList<Overlay>& overlays);
    void removeRaw(const QList<qint64>& ids);
    void replaceRaw(const Overlay& overlay);
    void rebuildLayer();
    void write(const std::function<void(store::Database&)>& change);

    QList<Overlay> m_overlays;
    VectorLayer m_layer;
    QString m_cachePath;
    QUndoStack* m_undo = nullptr;
    qint64 m_nextId = 1;
};

} // namespace dj::map
