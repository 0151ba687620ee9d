#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <vector>

namespace dj::ui {

/// The enterprises picked on the map: name and USCC rows served from the panel's point lists (shared,
/// never copied per row).
class SelectionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { UsccRole = Qt::UserRole + 1 };

    explicit SelectionListModel(QObject* parent = nullptr);

    void setSource(std::shared_ptr<const QStringList> names, std::shared_ptr<const QStringList> usccs);
    void setPoints(std::vector<std::int32_t> points);
    const std::vector<std::int32_t>& points() const { return m_points; }
    QStringList usccs() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const QStringList> m_names;
    std::shared_ptr<const QStringList> m_usccs;
    std::vector<std::int32_t> m_points;
};

} // namespace dj::ui
