#include "ui/search/checklist.h"

namespace dj::ui {

CheckList::CheckList(const QStringList& values, QWidget* parent)
    : QListWidget(parent)
{
    for (const QString& v : values)
        addValue(v);
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_updating)
            return;
        m_order.removeAll(item->text());
        if (item->checkState() == Qt::Checked)
            m_order << item->text();
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
    // In the order given, so that a saved filter reads back exactly as it was written.
    QStringList out;
    for (const QString& v : m_order)
        for (int i = 0; i < count(); ++i)
            if (item(i)->text() == v && item(i)->checkState() == Qt::Checked && !out.contains(v))
                out << v;
    return out;
}

void CheckList::setChecked(const QStringList& values)
{
    m_updating = true;
    m_order = values;
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
