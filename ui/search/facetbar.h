#pragma once

#include "core/search/searchresult.h"

#include <QWidget>

class QGridLayout;

namespace dj::ui {

/// Facet chips with counts over the whole result (section, province or city, licence, qualification,
/// status). Clicking a chip asks to refine the filter by that value.
class FacetBar : public QWidget
{
    Q_OBJECT
public:
    enum class Group { Section, Province, City, License, Qualification, Status };
    Q_ENUM(Group)

    explicit FacetBar(QWidget* parent = nullptr);

    /// Shows the facets. showCities: list cities instead of provinces (the result lies in one province).
    void setFacets(const search::Facets& facets, bool showCities);
    void clear();

    /// How many chips per group at most (the largest counts).
    static constexpr int kMaxChips = 8;
    /// Chip labels currently shown (tests, screenshots).
    QStringList chipTexts() const;

signals:
    void refine(dj::ui::FacetBar::Group group, const QString& value);

private:
    void addGroup(int row, const QString& title, Group group, const QMap<QString, qint64>& counts);
    QGridLayout* m_grid = nullptr;
};

} // namespace dj::ui
