#include "ui/common/enterprisetable.h"

#include "core/io/tablewriter.h"
#include "ui/common/appcontext.h"
#include "ui/common/progressrunner.h"
#include "ui/common/resultcolumns.h"
#include "ui/common/resultmodel.h"
#include "ui/common/settings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace dj::ui {

namespace {

void warn(QWidget* parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

EnterpriseTable::EnterpriseTable(AppContext& context, const QString& origin, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_origin(origin)
{
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    m_model = new ResultModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("enterpriseTable"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setSortIndicator(ResultColumns::Revenue, Qt::DescendingOrder);
    applyDefaultLayout();
    lay->addWidget(m_view);

    m_columnMenu = new QMenu(this);
    connect(m_columnMenu, &QMenu::aboutToShow, this, &EnterpriseTable::buildColumnMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
        [this](const QPoint& pos) { m_columnMenu->popup(m_view->horizontalHeader()->mapToGlobal(pos)); });
    connect(m_view, &QTableView::customContextMenuRequested, this, &EnterpriseTable::showContextMenu);
    connect(m_view, &QTableView::doubleClicked, this, &EnterpriseTable::openCurrentProfile);
    connect(m_model, &ResultModel::sortRequested, this, &EnterpriseTable::sortBy);

    auto* open = new QAction(tr("Open profile"), this);
    open->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    open->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(open);
    connect(open, &QAction::triggered, this, &EnterpriseTable::openCurrentProfile);
}

void EnterpriseTable::applyDefaultLayout()
{
    QHeaderView* h = m_view->horizontalHeader();
    const QList<int> order = ResultColumns::defaultOrder();
    for (int v = 0; v < order.size(); ++v)
        h->moveSection(h->visualIndex(order[v]), v);
    for (int c = 0; c < ResultColumns::Count; ++c) {
        m_view->setColumnWidth(c, ResultColumns::defaultWidth(c, m_view->fontMetrics()));
        m_view->setColumnHidden(c, ResultColumns::hiddenByDefault(c));
    }
}

void EnterpriseTable::setResult(std::shared_ptr<const search::SearchEngine> engine, std::vector<qint32> rows)
{
    ++m_generation; // a running sort must not overwrite the new rows
    m_model->setResult(std::move(engine), std::move(rows));
    setSorting(false);
}

void EnterpriseTable::setUsccs(std::shared_ptr<const search::SearchEngine> engine, const QStringList& usccs)
{
    std::vector<qint32> rows;
    if (engine) {
        rows.reserve(size_t(usccs.size()));
        for (const QString& u : usccs) {
            const qint32 r = engine->rowOfUscc(u);
            if (r >= 0)
                rows.push_back(r);
        }
    }
    setResult(std::move(engine), std::move(rows));
}

void EnterpriseTable::clear()
{
    ++m_generation;
    m_model->clear();
    setSorting(false);
}

int EnterpriseTable::rowCount() const
{
    return m_model->rowCount();
}

void EnterpriseTable::setSorting(bool on)
{
    const bool before = isBusy();
    m_sorting = on;
    if (isBusy() != before)
        emit busyChanged(isBusy());
}

void EnterpriseTable::sortBy(const search::Sort& sort, int column, Qt::SortOrder order)
{
    m_model->setSortState(column, order);
    emit sortChanged(sort);
    const auto engine = m_model->engine();
    if (!engine || m_model->rows().empty())
        return;
    const quint64 generation = ++m_generation;
    std::vector<qint32> rows = m_model->rows();
    setSorting(true);
    auto* task = new BackgroundTask(this);
    task->start<std::vector<qint32>>(
        [engine, rows, sort](const Progress&) mutable { return engine->sorted(std::move(rows), sort); }, this,
        [this, task, generation, engine](std::vector<qint32> sorted) {
            task->deleteLater();
            if (generation != m_generation || engine != m_model->engine())
                return; // new rows arrived meanwhile
            m_model->setResult(engine, std::move(sorted));
            setSorting(false);
        },
        [this, task, generation](const QString& error) {
            task->deleteLater();
            if (generation == m_generation)
                setSorting(false);
            emit statusMessage(error);
        });
}

QList<int> EnterpriseTable::visibleColumns() const
{
    QList<int> out;
    const QHeaderView* h = m_view->horizontalHeader();
    for (int v = 0; v < h->count(); ++v) {
        const int logical = h->logicalIndex(v);
        if (!h->isSectionHidden(logical))
            out << logical;
    }
    return out;
}

void EnterpriseTable::setColumnVisible(int column, bool visible)
{
    if (!visible && visibleColumns().size() <= 1)
        return; // keep at least one column
    m_view->setColumnHidden(column, !visible);
}

void EnterpriseTable::buildColumnMenu()
{
    m_columnMenu->clear();
    for (int c = 0; c < ResultColumns::Count; ++c) {
        QAction* a = m_columnMenu->addAction(ResultColumns::title(c));
        a->setCheckable(true);
        a->setChecked(!m_view->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnVisible(c, on); });
    }
    m_columnMenu->addSeparator();
    m_columnMenu->addAction(tr("Default columns"), this, &EnterpriseTable::applyDefaultLayout);
}

void EnterpriseTable::showContextMenu(const QPoint& pos)
{
    if (m_model->rowCount() == 0)
        return;
    QMenu menu(this);
    const bool hasSelection = m_view->selectionModel()->hasSelection();
    menu.addAction(tr("Open profile"), this, &EnterpriseTable::openCurrentProfile)
        ->setEnabled(m_view->indexAt(pos).isValid() || m_view->currentIndex().isValid());
    menu.addSeparator();
    menu.addAction(hasSelection ? tr("Use the selected rows as selection") : tr("Use the list as selection"),
        this, &EnterpriseTable::useAsSelection);
    menu.addAction(
        hasSelection ? tr("Add the selected rows to a visit task") : tr("Add the list to a visit task"), this,
        &EnterpriseTable::requestVisitTask);
    menu.addSeparator();
    menu.addAction(tr("Export the whole list…"), this, [this]() { chooseExport(false); });
    menu.addAction(tr("Export the selected rows…"), this, [this]() { chooseExport(true); })
        ->setEnabled(hasSelection);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QStringList EnterpriseTable::selectedUsccs() const
{
    QModelIndexList sel = m_view->selectionModel()->selectedRows();
    std::sort(
        sel.begin(), sel.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList out;
    for (const QModelIndex& i : sel)
        out << m_model->usccAt(i.row());
    return out;
}

QStringList EnterpriseTable::selectedOrAllUsccs() const
{
    if (m_view->selectionModel()->hasSelection())
        return selectedUsccs();
    QStringList out;
    out.reserve(m_model->rowCount());
    for (int r = 0; r < m_model->rowCount(); ++r)
        out << m_model->usccAt(r);
    return out;
}

void EnterpriseTable::useAsSelection()
{
    const QStringList usccs = selectedOrAllUsccs();
    m_context.setSelection(usccs, m_origin);
    emit statusMessage(tr("%L1 enterprises handed to the other panels.").arg(usccs.size()));
}

void EnterpriseTable::openCurrentProfile()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    m_context.openEnterprise(m_model->usccAt(index.row()));
}

void EnterpriseTable::requestVisitTask()
{
    const QStringList usccs = selectedOrAllUsccs();
    if (usccs.isEmpty())
        return;
    emit addToVisitTask(usccs);
    m_context.requestVisitTask(usccs);
}

void EnterpriseTable::chooseExport(bool selectedOnly, const QString& suggestedName)
{
    if (!m_model->engine() || m_model->rowCount() == 0) {
        warn(this, tr("Export"), tr("There is no result to export."));
        return;
    }
    if (selectedOnly && !m_view->selectionModel()->hasSelection()) {
        warn(this, tr("Export"), tr("Select the rows to export first."));
        return;
    }
    Settings& s = Settings::instance();
    QString dir = s.string(Settings::Key::LastExportDir);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"),
        QDir(dir).filePath(
            (suggestedName.isEmpty() ? tr("enterprises") : suggestedName) + QStringLiteral(".xlsx")),
        tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    s.setValue(Settings::Key::LastExportDir, QFileInfo(path).absolutePath());
    exportTo(path, selectedOnly);
}

void EnterpriseTable::exportTo(const QString& path, bool selectedOnly, const QString& sheetName)
{
    const auto engine = m_model->engine();
    if (!engine)
        return;
    std::vector<qint32> rows;
    if (selectedOnly) {
        QModelIndexList sel = m_view->selectionModel()->selectedRows();
        std::sort(sel.begin(), sel.end(),
            [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
        for (const QModelIndex& i : sel)
            rows.push_back(m_model->rows()[size_t(i.row())]);
    } else {
        rows = m_model->rows();
    }
    const QList<int> columns = visibleColumns();
    QStringList headers;
    for (int c : columns)
        headers << ResultColumns::title(c);
    const QString sheet = sheetName.isEmpty() ? tr("Enterprises") : sheetName;
    const bool before = isBusy();
    m_exporting = true;
    if (!before)
        emit busyChanged(true);
    auto finish = [this, path](const QString& error) {
        const bool was = isBusy();
        m_exporting = false;
        if (was != isBusy())
            emit busyChanged(isBusy());
        if (error.isEmpty())
            emit statusMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
        emit exportFinished(path, error);
    };
    ProgressRunner::Options options;
    options.title = tr("Export");
    options.onCancelled = [finish]() { finish(tr("Export cancelled.")); };
    ProgressRunner::run<bool>(
        this, tr("Exporting %L1 enterprises…").arg(rows.size()),
        [engine, rows, columns, headers, path, sheet](const Progress& progress) {
            io::TableWriter::write(
                path, headers, qint64(rows.size()),
                [&](qint64 r) {
                    const search::Row row = engine->row(rows[size_t(r)]);
                    QVariantList values;
                    for (int c : columns)
                        values << ResultColumns::exportValue(row, c);
                    return values;
                },
                progress, sheet);
            return true;
        },
        [finish](bool) { finish({}); },
        [this, finish](const QString& error) {
            finish(error);
            warn(this, tr("Export"), error);
        },
        options);
}

void EnterpriseTable::saveState(Settings& s, const QString& id) const
{
    QStringList hidden;
    for (int c = 0; c < ResultColumns::Count; ++c)
        if (m_view->isColumnHidden(c))
            hidden << ResultColumns::key(c);
    s.setPanelValue(id, QStringLiteral("hiddenColumns"), hidden);
    s.setPanelValue(id, QStringLiteral("header"), m_view->horizontalHeader()->saveState());
}

void EnterpriseTable::restoreState(const Settings& s, const QString& id)
{
    const QByteArray header = s.panelValue(id, QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    const QVariant hidden = s.panelValue(id, QStringLiteral("hiddenColumns"));
    if (hidden.isValid()) {
        const QStringList keys = hidden.toStringList();
        for (int c = 0; c < ResultColumns::Count; ++c)
            m_view->setColumnHidden(c, keys.contains(ResultColumns::key(c)));
        if (visibleColumns().isEmpty())
            m_view->setColumnHidden(ResultColumns::Name, false);
    }
}

} // namespace dj::ui
