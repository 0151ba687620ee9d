#pragma once

#include <QListWidget>

namespace dj::ui {

/// One status column of the task board (待办, 进行中, 已完成, 已取消). Cards are dragged between columns;
/// a drop does not move the item itself but asks for the status change (the board then reloads), so the
/// board always shows what is in the cache. Ctrl+Left/Right does the same from the keyboard.
class BoardColumn : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int kTaskIdRole = Qt::UserRole + 1;

    BoardColumn(const QString& status, QWidget* parent = nullptr);
    QString status() const { return m_status; }

signals:
    /// A card (task id) was dropped here, or moved here with the keyboard.
    void taskDropped(const QString& taskId, const QString& status);
    /// Ctrl+Left/Right on a card: move it one column (-1 / +1).
    void moveRequested(const QString& taskId, int direction);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_status;
};

} // namespace dj::ui
