#pragma once

#include "core/search/filter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QStringListModel;
class QToolBox;
class QTreeView;

namespace dj::codes {
class CodeTreeModel;
class RegionTreeModel;
class IndustryTreeModel;
} // namespace dj::codes

namespace dj::ui {

class CheckList;
class RangeEdit;

/// The filter controls of the search panel: every key of cli.md's filter file. filter() gives the
/// current filter, setFilter() shows one (a saved scenario, a facet refinement); changed() fires on
/// every edit (the panel debounces).
class FilterSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterSidebar(QWidget* parent = nullptr);

    search::Filter filter() const;
    void setFilter(const search::Filter& filter);
    void clear();

    QLineEdit* textEdit() const { return m_text; }
    /// Replaces the free-text suggestions (names from SearchEngine::suggest).
    void setSuggestions(const QStringList& names);
    QToolBox* sections() const { return m_toolBox; }
    /// The years the revenue and tax ranges may be read in (besides "latest year"), newest first.
    void setFinancialYears(const QList<int>& years);
    RangeEdit* revenueEdit() const { return m_revenue; }
    RangeEdit* taxEdit() const { return m_tax; }

    codes::RegionTreeModel* regionModel() const { return m_regionModel; }
    codes::IndustryTreeModel* industryModel() const { return m_industryModel; }

    static QStringList statusValues();
    static QStringList licenseKinds();
    static QStringList qualificationKinds();
    static QStringList riskKinds();

signals:
    void changed();
    /// The user typed in the text box (for suggestions).
    void textEdited(const QString& text);

private:
    QWidget* makeTreePicker(QTreeView*& view, codes::CodeTreeModel* model, const QString& placeholder);
    void emitChanged();

    bool m_updating = false;
    QLineEdit* m_text = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_suggestions = nullptr;
    QToolBox* m_toolBox = nullptr;
    codes::RegionTreeModel* m_regionModel = nullptr;
    codes::IndustryTreeModel* m_industryModel = nullptr;
    codes::IndustryTreeModel* m_excludeModel = nullptr;
    QTreeView* m_regionView = nullptr;
    QTreeView* m_industryView = nullptr;
    QTreeView* m_excludeView = nullptr;
    CheckList* m_statuses = nullptr;
    QCheckBox* m_fromOn = nullptr;
    QCheckBox* m_toOn = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    RangeEdit* m_capital = nullptr;
    RangeEdit* m_revenue = nullptr;
    RangeEdit* m_tax = nullptr;
    RangeEdit* m_insured = nullptr;
    QCheckBox* m_growthOn = nullptr;
    QSpinBox* m_growthYears = nullptr;
    QDoubleSpinBox* m_growthRate = nullptr;
    QComboBox* m_financing = nullptr;
    CheckList* m_licenses = nullptr;
    CheckList* m_qualifications = nullptr;
    CheckList* m_risks = nullptr;
};

} // namespace dj::ui
