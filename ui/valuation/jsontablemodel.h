#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QStyledItemDelegate>
#include <functional>

class QLabel;
class QTableView;

namespace dj::ui {

class ValuationCalculator;
class WorksheetDocument;

/// One column of a worksheet table: a key inside each row object (dotted for nested values, e.g.
/// "factors.quality") or a computed result shown read-only.
struct JsonColumn
{
    enum class Kind { Text, Number, Integer, Choice, Bool, Date, Computed };
    QString key;
    QString header;
    Kind kind = Kind::Text;
    QStringList choices = {}; ///< codes stored in the file
    QStringList choiceLabels = {}; ///< what the user sees
    std::function<QVariant(int row)> computed = {};
};

/// A table over one JSON array of the worksheet (periods, cost items, comparables, ledger costs, …). Edits go
/// through the document as one undo command each; a refused cell is tinted with the reason as its tooltip.
class JsonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    JsonTableModel(WorksheetDocument* doc, ValuationCalculator* calc, const QString& arrayPath,
        QList<JsonColumn> columns, QJsonObject newRow, QObject* parent = nullptr);

    void setArrayPath(const QString& path);
    QString arrayPath() const { return m_path; }
    const JsonColumn& column(int c) const { return m_columns[c]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void addRow();
    void removeRow(int row);
    /// The refused cells of this table, one line each ("Row 2 · Revenue: expected a number").
    QString issuesText() const;
    /// Parses what the user typed for a column: a number when it reads as one, else the text (validation
    /// then names the cell and says what was expected); empty text removes the value.
    static QJsonValue parseInput(JsonColumn::Kind kind, const QString& text);

signals:
    /// After every recalculation (the refused cells may have changed).
    void refreshed();

private:
    void refresh();
    QString cellPath(int row, int column) const;
    WorksheetDocument* m_doc;
    ValuationCalculator* m_calc;
    QString m_path;
    QList<JsonColumn> m_columns;
    QJsonObject m_newRow;
    int m_rows = 0;
};

/// A combo box editor for Choice columns.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

/// A worksheet table with its add/remove buttons and the list of refused cells under it.
class JsonTableWidget : public QWidget
{
    Q_OBJECT
public:
    JsonTableWidget(JsonTableModel* model, const QString& title, QWidget* parent = nullptr);
    QTableView* view() const { return m_view; }
    JsonTableModel* model() const { return m_model; }

private:
    void updateIssues();
    JsonTableModel* m_model;
    QTableView* m_view;
    QLabel* m_issues;
};

} // namespace dj::ui
