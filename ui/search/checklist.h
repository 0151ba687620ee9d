#pragma once

#include <QListWidget>
#include <QStringList>

namespace dj::ui {

/// A short list of checkable values (statuses, licence kinds, risk kinds). Values checked through
/// setChecked() that are not in the list are added, so a saved filter is never silently narrowed.
class CheckList : public QListWidget
{
    Q_OBJECT
public:
    explicit CheckList(const QStringList& values, QWidget* parent = nullptr);

    QStringList checked() const;
    void setChecked(const QStringList& values);

signals:
    void checkedChanged();

private:
    QListWidgetItem* addValue(const QString& value);
    bool m_updating = false;
    QStringList m_order; ///< checked values in the order they were given or checked
};

} // namespace dj::ui
