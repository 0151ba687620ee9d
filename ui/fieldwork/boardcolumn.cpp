#include "ui/fieldwork/boardcolumn.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>

namespace dj::ui {

BoardColumn::BoardColumn(const QString& status, QWidget* parent)
    : QListWidget(parent)
    , m_status(status)
{
    setObjectName(QStringLiteral("board-") + status);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setSpacing(3);
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setTextElideMode(Qt::ElideRight);
}

void BoardColumn::dragEnterEvent(QDragEnterEvent* event)
{
    if (qobject_cast<BoardColumn*>(event->source()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardColumn::dragMoveEvent(QDragMoveEvent* event)
{
    if (qobject_cast<BoardColumn*>(event->source()) != this && qobject_cast<BoardColumn*>(event->source()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardColumn::dropEvent(QDropEvent* event)
{
    auto* from = qobject_cast<BoardColumn*>(event->source());
    if (!from || from == this || !from->currentItem()) {
        event->ignore();
        return;
    }
    const QString id = from->currentItem()->data(kTaskIdRole).toString();
    // The item is not moved by Qt: the status changes in the cache and the board is rebuilt from it.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit taskDropped(id, m_status);
}

void BoardColumn::keyPressEvent(QKeyEvent* event)
{
    if ((event->modifiers() & Qt::ControlModifier) && currentItem()
        && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        emit moveRequested(
            currentItem()->data(kTaskIdRole).toString(), event->key() == Qt::Key_Left ? -1 : 1);
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace dj::ui
