#include "ui/shell/navigationrail.h"

namespace dj::ui {

NavigationRail::NavigationRail(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationRail"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFocusPolicy(Qt::StrongFocus);
    setSpacing(2);
    setFixedWidth(132);
    setStyleSheet(QStringLiteral(
        "QListWidget#navigationRail { background: #1f2d3d; color: #d8e2ec; border: none; font-size: 15px; }"
        "QListWidget#navigationRail::item { padding: 14px 10px; }"
        "QListWidget#navigationRail::item:selected { background: #2f80ed; color: white; }"));
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit panelActivated(item(row)->data(Qt::UserRole).toString());
    });
}

void NavigationRail::addPanel(const QString& id, const QString& title, const QIcon& icon)
{
    auto* it = new QListWidgetItem(icon, title, this);
    it->setData(Qt::UserRole, id);
    it->setToolTip(title);
}

QString NavigationRail::currentId() const
{
    return currentItem() ? currentItem()->data(Qt::UserRole).toString() : QString();
}

void NavigationRail::setCurrentId(const QString& id)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toString() == id) {
            setCurrentRow(i);
            return;
        }
    }
    if (count() > 0)
        setCurrentRow(0);
}

} // namespace dj::ui
