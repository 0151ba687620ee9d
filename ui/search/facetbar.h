#pragma once

#include "core/search/searchresult.h"

#include <QAbstractButton>
#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace dj::ui {

class FlowLayout;

/// One facet value with its count: a rounded, self-painted button (no style sheet: re-filling dozens of
/// chips after every search must stay a few milliseconds on the GUI thread). Focusable; Space clicks.
class FacetChip : public QAbstractButton
{
    Q_OBJECT
public:
    explicit FacetChip(QWidget* parent = nullptr);

    /// The facet value this chip refines to (a code or a name).
    QString value() const { return m_value; }
    void setValue(const QString& value) { m_value = value; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QString m_value;
    bool m_hover = false;
};

/// Facet chips with counts over the whole result (section, province or city, licence, qualification,
/// status). Clicking a chip asks to refine the filter by that value. The chips of each group wrap onto
/// further lines rather than widening the panel, and are reused from search to search.
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
    /// The chips currently shown, in display order (without the "more" chips).
    QList<FacetChip*> visibleChips() const;
    /// A group's "more…" chip, shown when it has more values than kMaxChips; its menu lists the rest.
    FacetChip* moreChip(int row) const { return m_rows.value(row).more; }
    /// The values behind a row's "more…" chip (value, label with count), largest counts first.
    QList<std::pair<QString, QString>> moreValues(int row) const { return m_rows.value(row).rest; }

signals:
    void refine(dj::ui::FacetBar::Group group, const QString& value);

private:
    struct Row
    {
        QLabel* title = nullptr;
        QLabel* empty = nullptr;
        QList<FacetChip*> chips;
        FacetChip* more = nullptr;
        QList<std::pair<QString, QString>> rest; ///< value, label — the values past kMaxChips
        Group group = Group::Section;
    };
    void fillRow(Row& row, const QString& title, Group group, const QMap<QString, qint64>& counts);
    void showMore(int row);

    QGridLayout* m_grid = nullptr;
    QList<Row> m_rows;
};

} // namespace dj::ui
