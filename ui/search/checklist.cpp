#include "ui/search/checklist.h"

namespace dj::ui {

CheckList::CheckList(const QStringList& values, QWidget* parent)
    : QListWidget(parent)
{
    for (const QString& v : values)
        addValue(v);
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemChanged, this, [this]() {
        if (!m_updating)
            emit checkedChanged();
    });
}

QListWidgetItem* CheckList::addValue(const QString& value)
{
    auto* item = new QListWidgetItem(value, this);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    return item;
}

QStringList CheckList::checked() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked)
            out << item(i)->text();
    return out;
}

void CheckList::setChecked(const QStringList& values)
{
    m_updating = true;
    for (const QString& v : values) {
        bool found = false;
        for (int i = 0; i < count() && !found; ++i)
            found = item(i)->text() == v;
        if (!found)
            addValue(v);
    }
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(values.contains(item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
    emit checkedChanged();
}

} // namespace dj::ui
