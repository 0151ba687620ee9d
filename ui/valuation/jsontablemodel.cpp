#include "ui/valuation/jsontablemodel.h"

#include "ui/valuation/valuationcalculator.h"
#include "ui/valuation/worksheetdocument.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dj::ui {

JsonTableModel::JsonTableModel(WorksheetDocument* doc, ValuationCalculator* calc, const QString& arrayPath,
    QList<JsonColumn> columns, QJsonObject newRow, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_calc(calc)
    , m_path(arrayPath)
    , m_columns(std::move(columns))
    , m_newRow(std::move(newRow))
{
    m_rows = int(m_doc->value(m_path).toArray().size());
    connect(m_calc, &ValuationCalculator::recalculated, this, &JsonTableModel::refresh);
}

void JsonTableModel::setArrayPath(const QString& path)
{
    beginResetModel();
    m_path = path;
    m_rows = int(m_doc->value(m_path).toArray().size());
    endResetModel();
}

void JsonTableModel::refresh()
{
    const int rows = int(m_doc->value(m_path).toArray().size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
    emit refreshed();
}

QString JsonTableModel::cellPath(int row, int column) const
{
    return m_path + QLatin1Char('[') + QString::number(row) + QStringLiteral("].") + m_columns[column].key;
}

int JsonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int JsonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant JsonTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const JsonColumn& col = m_columns[index.column()];
    if (col.kind == JsonColumn::Kind::Computed) {
        if (role == Qt::DisplayRole) {
            const QVariant v = col.computed ? col.computed(index.row()) : QVariant();
            if (v.typeId() == QMetaType::Double)
                return QLocale().toString(v.toDouble(), 'f', 2);
            return v;
        }
        if (role == Qt::TextAlignmentRole) {
            const QVariant v = col.computed ? col.computed(index.row()) : QVariant();
            return v.typeId() == QMetaType::Double ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                   : int(Qt::AlignLeft | Qt::AlignVCenter);
        }
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x1f, 0x4e, 0x79));
        return {};
    }
    const QString path = cellPath(index.row(), index.column());
    const QJsonValue v = m_doc->value(path);
    const QString issue = m_calc->issueAt(path);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (col.kind == JsonColumn::Kind::Bool)
            return {};
        if (col.kind == JsonColumn::Kind::Choice) {
            const qsizetype i = col.choices.indexOf(v.toString());
            if (role == Qt::EditRole)
                return v.toString();
            return i >= 0 && i < col.choiceLabels.size() ? col.choiceLabels[i] : v.toString();
        }
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 12);
        return v.toVariant().toString();
    case Qt::CheckStateRole:
        if (col.kind == JsonColumn::Kind::Bool)
            return v.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::BackgroundRole:
        return issue.isEmpty() ? QVariant() : QVariant(QBrush(QColor(255, 215, 215)));
    case Qt::ToolTipRole:
        return issue;
    case Qt::TextAlignmentRole:
        return (col.kind == JsonColumn::Kind::Number || col.kind == JsonColumn::Kind::Integer)
            ? int(Qt::AlignRight | Qt::AlignVCenter)
            : int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant JsonTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (o == Qt::Horizontal)
        return section < m_columns.size() ? m_columns[section].header : QString();
    return section + 1;
}

QJsonValue JsonTableModel::parseInput(JsonColumn::Kind kind, const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Null);
    if (kind == JsonColumn::Kind::Number || kind == JsonColumn::Kind::Integer) {
        QString t = text;
        t.remove(QLatin1Char(',')).remove(QChar(0xFF0C));
        bool ok = false;
        double d = 0;
        if (t.endsWith(QLatin1Char('%'))) {
            d = t.chopped(1).toDouble(&ok) / 100;
        } else {
            d = t.toDouble(&ok);
            if (!ok)
                d = QLocale().toDouble(t, &ok);
        }
        return ok ? QJsonValue(d) : QJsonValue(text);
    }
    return text;
}

bool JsonTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid())
        return false;
    const JsonColumn& col = m_columns[index.column()];
    const QString path = cellPath(index.row(), index.column());
    const QString what = tr("Edit %1 (row %2)").arg(col.header).arg(index.row() + 1);
    if (col.kind == JsonColumn::Kind::Bool && role == Qt::CheckStateRole) {
        m_doc->setValue(path, value.toInt() == Qt::Checked, what);
        return true;
    }
    if (role != Qt::EditRole || col.kind == JsonColumn::Kind::Computed)
        return false;
    if (col.kind == JsonColumn::Kind::Choice) {
        m_doc->setValue(path, value.toString(), what);
        return true;
    }
    m_doc->setValue(path, parseInput(col.kind, value.toString()), what);
    return true;
}

Qt::ItemFlags JsonTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const JsonColumn& col = m_columns[index.column()];
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (col.kind == JsonColumn::Kind::Bool)
        f |= Qt::ItemIsUserCheckable;
    else if (col.kind != JsonColumn::Kind::Computed)
        f |= Qt::ItemIsEditable;
    return f;
}

void JsonTableModel::addRow()
{
    m_doc->insertItem(m_path, m_rows, m_newRow, tr("Add a row"));
}

void JsonTableModel::removeRow(int row)
{
    m_doc->removeItem(m_path, row, tr("Remove row %1").arg(row + 1));
}

QString JsonTableModel::issuesText() const
{
    QStringList lines;
    const QString prefix = m_path + QLatin1Char('[');
    for (const valuation::Issue& i : m_calc->issues()) {
        if (i.path == m_path) {
            lines << i.reason;
            continue;
        }
        if (!i.path.startsWith(prefix))
            continue;
        const qsizetype close = i.path.indexOf(QLatin1Char(']'), prefix.size());
        const int row = i.path.mid(prefix.size(), close - prefix.size()).toInt();
        const QString key = i.path.mid(close + 2);
        QString header = key;
        for (const JsonColumn& c : m_columns)
            if (c.key == key)
                header = c.header;
        lines << tr("Row %1 · %2: %3").arg(row + 1).arg(header, i.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

QWidget* ChoiceDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const JsonTableModel*>(index.model());
    if (!model || model->column(index.column()).kind != JsonColumn::Kind::Choice)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* box = new QComboBox(parent);
    const JsonColumn& c = model->column(index.column());
    for (int i = 0; i < c.choices.size(); ++i)
        box->addItem(c.choiceLabels.value(i, c.choices[i]), c.choices[i]);
    return box;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

JsonTableWidget::JsonTableWidget(JsonTableModel* model, const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_issues(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* head = new QHBoxLayout;
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    auto* add = new QPushButton(tr("Add row"), this);
    auto* remove = new QPushButton(tr("Remove row"), this);
    add->setToolTip(tr("Append a row (Ctrl+Z undoes it)"));
    head->addWidget(label);
    head->addStretch();
    head->addWidget(add);
    head->addWidget(remove);
    layout->addLayout(head);
    m_view->setModel(model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->setAccessibleName(title);
    layout->addWidget(m_view, 1);
    m_issues->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_issues->setWordWrap(true);
    m_issues->hide();
    layout->addWidget(m_issues);
    connect(add, &QPushButton::clicked, this, [this] { m_model->addRow(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (i.isValid())
            m_model->removeRow(i.row());
    });
    connect(model, &JsonTableModel::refreshed, this, &JsonTableWidget::updateIssues);
    connect(model, &QAbstractItemModel::modelReset, this, &JsonTableWidget::updateIssues);
    updateIssues();
}

void JsonTableWidget::updateIssues()
{
    const QString text = m_model->issuesText();
    m_issues->setText(text);
    m_issues->setVisible(!text.isEmpty());
}

} // namespace dj::ui
