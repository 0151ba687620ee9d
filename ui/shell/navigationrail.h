#pragma once

#include <QListWidget>

namespace dj::ui {

/// The vertical list of panels on the left of the main window (keyboard: Ctrl+1…Ctrl+9).
class NavigationRail : public QListWidget
{
    Q_OBJECT
public:
    explicit NavigationRail(QWidget* parent = nullptr);
    void addPanel(const QString& id, const QString& title, const QIcon& icon);
    QString currentId() const;
    void setCurrentId(const QString& id);

signals:
    void panelActivated(const QString& id);
};

} // namespace dj::ui
