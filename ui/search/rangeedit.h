#pragma once

#include "core/search/filter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace dj::ui {

/// A min–max range. Money ranges take a unit (元, 万, 亿) so that "5000 万" is typed as such;
/// an empty bound means no bound. Invalid text is shown in red and ignored.
class RangeEdit : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Money, Count };
    explicit RangeEdit(Kind kind, QWidget* parent = nullptr);

    search::Range range() const;
    void setRange(const search::Range& range);
    /// False when a bound's text is not a number or min > max.
    bool isValid() const;

    /// Adds a year choice under the bounds (revenue and tax): "latest year" or one of years (newest
    /// first). Called again, it replaces the years and keeps the chosen one.
    void setYears(const QList<int>& years);
    /// The years with figures offered (empty before setYears). A saved filter's year without figures is
    /// kept in the list as "YYYY (no figures)" but is not one of them.
    QList<int> years() const;

signals:
    void changed();

private:
    double factor() const;
    std::optional<double> bound(const QLineEdit* edit) const;
    void updateValidity();
    void selectYear(std::optional<int> year);

    Kind m_kind;
    QLineEdit* m_min = nullptr;
    QLineEdit* m_max = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_year = nullptr; ///< created by setYears
    std::optional<int> m_keptYear; ///< a loaded filter's year while there is no year choice
    QList<int> m_years; ///< the years with figures, as given to setYears
};

} // namespace dj::ui
