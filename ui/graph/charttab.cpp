#include "ui/graph/charttab.h"

#include "core/common/error.h"
#include "core/graph/ownershipgraph.h"
#include "core/io/workbookwriter.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/progressrunner.h"
#include "ui/common/settings.h"
#include "ui/graph/chartlayout.h"
#include "ui/graph/ownershipchartview.h"
#include "ui/graph/rowsmodel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dj::ui {

ChartTab::ChartTab(const QString& id, QWidget* parent)
    : QWidget(parent)
    , m_id(id)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* top = new QHBoxLayout;
    m_inputs = new QHBoxLayout;
    top->addLayout(m_inputs, 1);
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find in chart"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(180);
    m_findCount = new QLabel(this);
    top->addWidget(m_find);
    top->addWidget(m_findCount);
    m_export = new QToolButton(this);
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("Chart as PNG…"), this, [this] { exportClicked(QStringLiteral("png")); });
    menu->addAction(tr("Chart as SVG…"), this, [this] { exportClicked(QStringLiteral("svg")); });
    menu->addAction(tr("Chart as PDF…"), this, [this] { exportClicked(QStringLiteral("pdf")); });
    menu->addAction(tr("Table as XLSX…"), this, [this] { exportClicked(QStringLiteral("xlsx")); });
    m_export->setMenu(menu);
    top->addWidget(m_export);
    layout->addLayout(top);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_chart = new OwnershipChartView(m_split);
    m_side = new QSplitter(Qt::Vertical, m_split);
    m_summary = new QTextBrowser(m_side);
    m_summary->setOpenLinks(false);
    m_table = new QTableView(m_side);
    m_model = new RowsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({ 640, 420 });
    m_side->setStretchFactor(0, 1);
    m_side->setStretchFactor(1, 2);
    m_side->setSizes({ 260, 400 });
    layout->addWidget(m_split, 1);

    auto* bottom = new QHBoxLayout;
    m_stage = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_cancel = new QPushButton(tr("Cancel"), this);
    bottom->addWidget(m_stage, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    layout->addLayout(bottom);
    m_progress->hide();
    m_cancel->hide();

    m_task = new BackgroundTask(this);
    // Bar, stage line and Cancel follow the task through the shared runner (shown only while it runs).
    ProgressRunner::bind(m_task, m_progress, m_cancel, m_stage);
    connect(m_task, &BackgroundTask::runningChanged, this, [this](bool running) {
        if (running)
            m_stage->setText(tr("Working…"));
        emit busyChanged(running);
    });
    connect(m_task, &BackgroundTask::cancelled, this, [this] { m_stage->setText(tr("Cancelled.")); });
    connect(
        m_task, &BackgroundTask::failed, this, [this](const QString& message) { m_stage->setText(message); });
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString& text) {
        const int n = m_chart->find(text);
        m_findCount->setText(text.trimmed().isEmpty() ? QString() : tr("%n found", nullptr, n));
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { m_chart->find(m_find->text(), true); });
    connect(m_chart, &OwnershipChartView::nodeToggled, this, [this](int node) { nodeToggled(node); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChartTab::rowSelected);
}

ChartTab::~ChartTab() = default;

void ChartTab::setSource(std::shared_ptr<const graph::OwnershipGraph> graph, const QString& cachePath)
{
    m_graph = std::move(graph);
    m_cachePath = cachePath;
}

bool ChartTab::isBusy() const
{
    return m_task->isRunning();
}

QString ChartTab::summaryText() const
{
    return m_summary->toPlainText();
}

void ChartTab::saveState(Settings& settings) const
{
    settings.setPanelValue(QStringLiteral("risk"), m_id + QStringLiteral("/split"), m_split->saveState());
    settings.setPanelValue(QStringLiteral("risk"), m_id + QStringLiteral("/side"), m_side->saveState());
}

void ChartTab::restoreState(const Settings& settings)
{
    const QByteArray split
        = settings.panelValue(QStringLiteral("risk"), m_id + QStringLiteral("/split")).toByteArray();
    const QByteArray side
        = settings.panelValue(QStringLiteral("risk"), m_id + QStringLiteral("/side")).toByteArray();
    if (!split.isEmpty())
        m_split->restoreState(split);
    if (!side.isEmpty())
        m_side->restoreState(side);
}

void ChartTab::showMessage(const QString& html)
{
    m_summary->setHtml(html);
}

void ChartTab::layOut(Result& r, const Progress& progress)
{
    r.layout = ChartLayout::run(r.chart, OwnershipChartView::boxSizes(r.chart), progress);
}

void ChartTab::run(Work work)
{
    if (!m_graph) {
        showMessage(tr("The ownership graph is still being read."));
        return;
    }
    if (m_task->isRunning())
        m_task->cancel();
    auto graph = m_graph;
    m_task->start<Result>([graph, work](const Progress& p) { return work(*graph, p); }, this,
        [this](Result r) {
            m_chart->setChart(r.chart, r.layout);
            m_chart->find(m_find->text());
            m_model->reset(r.headers, [&] {
                QVector<RowsModel::Row> rows;
                for (qsizetype i = 0; i < r.rows.size(); ++i)
                    rows.push_back({ r.rows[i], i < r.values.size() ? r.values[i] : QVariantList {} });
                return rows;
            }());
            m_table->resizeColumnsToContents();
            m_rowNodes = r.rowNodes;
            m_rowEdges = r.rowEdges;
            m_summary->setHtml(r.summary);
            const QString stage = r.chart.nodes.isEmpty() ? r.status
                                                          : tr("%1 · %2 nodes laid out by %3 in %4 ms")
                                                                .arg(r.status)
                                                                .arg(r.chart.nodes.size())
                                                                .arg(r.layout.engine)
                                                                .arg(qRound(r.layout.ms));
            m_stage->setText(stage);
            emit statusMessage(stage);
            shown(r);
        },
        [this](const QString& error) { showMessage(error.toHtmlEscaped()); });
}

void ChartTab::rowSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = m_proxy->mapToSource(rows.first()).row();
    QSet<int> nodes, edges;
    if (row < m_rowNodes.size())
        for (const int n : m_rowNodes[row])
            nodes.insert(n);
    if (row < m_rowEdges.size())
        for (const int e : m_rowEdges[row])
            edges.insert(e);
    if (m_rowEdges.isEmpty() && nodes.size() == 1) {
        m_chart->highlightPathTo(*nodes.begin());
        m_chart->centerOnNode(*nodes.begin());
    } else if (!nodes.isEmpty()) {
        m_chart->highlight(nodes, edges);
        m_chart->centerOnNode(*nodes.begin());
    }
}

bool ChartTab::exportChart(const QString& path) const
{
    return m_chart->exportTo(path);
}

void ChartTab::exportTable(const QString& path) const
{
    io::WorkbookWriter w(path);
    w.beginSheet(tr("Table"));
    w.beginRow();
    for (const QString& h : m_model->headers())
        w.addText(h.toUtf8());
    w.endRow();
    for (const auto& row : m_model->rows()) {
        w.beginRow();
        for (qsizetype c = 0; c < row.texts.size(); ++c) {
            const QVariant v = c < row.values.size() ? row.values[c] : QVariant();
            if (v.typeId() == QMetaType::Double)
                w.addNumber(QByteArray::number(v.toDouble(), 'g', 12));
            else
                w.addText(row.texts[c].toUtf8());
        }
        w.endRow();
    }
    w.endSheet();
    w.beginSheet(tr("Verdict"));
    for (const QString& line : m_summary->toPlainText().split(u'\n')) {
        w.beginRow();
        w.addText(line.toUtf8());
        w.endRow();
    }
    w.endSheet();
    w.close();
}

void ChartTab::exportClicked(const QString& suffix)
{
    const QString filter = suffix == u"xlsx"_s ? tr("Excel workbook (*.xlsx)")
        : suffix == u"svg"_s                   ? tr("SVG image (*.svg)")
        : suffix == u"pdf"_s                   ? tr("PDF document (*.pdf)")
                                               : tr("PNG image (*.png)");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export"), dir + u"/"_s + m_id + u'.' + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    try {
        if (suffix == u"xlsx"_s)
            exportTable(path);
        else if (!exportChart(path))
            throw Error(tr("Could not write %1.").arg(path));
        m_stage->setText(tr("Saved %1").arg(path));
    } catch (const std::exception&) {
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1.").arg(path));
    }
}

} // namespace dj::ui
