#include "ui/regional/regionalpanel.h"

#include "core/codes/industries.h"
#include "core/codes/regions.h"
#include "ui/common/appcontext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/progressrunner.h"
#include "ui/common/settings.h"
#include "ui/regional/flowmatrixmodel.h"
#include "ui/regional/regionalexport.h"
#include "ui/regional/sankeywidget.h"
#include "ui/regional/tilegridwidget.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPieSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace dj::ui {

using namespace Qt::StringLiterals;
using regional::Level;
using regional::RegionalEngine;
using regional::RegionLevel;

namespace {
const QString kId
    = u"economy"_s; // = panelId(), kept from the placeholder so saved settings and screenshots carry over

QString money(double yuan)
{
    return QLocale().toString(yuan / 1e8, 'f', 2);
}

QStandardItem* item(const QString& text, const QVariant& sort = {})
{
    auto* i = new QStandardItem(text);
    i->setEditable(false);
    if (sort.isValid())
        i->setData(sort, Qt::UserRole + 1);
    return i;
}

QStandardItem* numberItem(double v, int decimals)
{
    auto* i = item(QLocale().toString(v, 'f', decimals), v);
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QChartView* chartView()
{
    auto* v = new QChartView;
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(200);
    auto* c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    v->setChart(c);
    return v;
}

void resetChart(QChartView* view, const QString& title)
{
    QChart* c = view->chart();
    c->removeAllSeries();
    for (QAbstractAxis* a : c->axes())
        c->removeAxis(a);
    c->setTitle(title);
}
} // namespace

RegionalPanel::RegionalPanel(AppContext& context, QWidget* parent)
    : Panel(context, parent)
{
    buildUi();
    for (BackgroundTask* t : { m_task, m_profileTask, m_compareTask, m_exportTask }) {
        // The shared progress bar and stage line (ProgressRunner); the bar stays while any task runs.
        ProgressRunner::bind(t, m_progress, nullptr, m_status);
        connect(t, &BackgroundTask::runningChanged, this, [this] {
            setBusyUi(isBusy());
            emit busyChanged(isBusy());
        });
        connect(t, &BackgroundTask::failed, this, [this](const QString& message) {
            m_status->setText(message);
            emit statusMessage(message);
        });
        connect(t, &BackgroundTask::cancelled, this, [this] { m_status->setText(tr("Cancelled.")); });
    }
    connect(&context, &AppContext::cacheChanged, this, [this] {
        m_haveView = false;
        if (isVisible())
            refresh();
    });
}

void RegionalPanel::showEvent(QShowEvent* event)
{
    Panel::showEvent(event);
    if (!m_haveView && !m_task->isRunning())
        refresh();
}

RegionalPanel::~RegionalPanel() = default;

void RegionalPanel::buildUi()
{
    m_task = new BackgroundTask(this);
    m_profileTask = new BackgroundTask(this);
    m_compareTask = new BackgroundTask(this);
    m_exportTask = new BackgroundTask(this);

    auto* root = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_level = new QComboBox;
    for (Level l : { Level::Province, Level::City, Level::County })
        m_level->addItem(RegionLevel::title(l), int(l));
    m_level->setToolTip(tr("Level of the regions"));
    m_within = new QComboBox;
    m_within->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_within->setMinimumContentsLength(10);
    m_within->setToolTip(tr("Parent region: the cities of a province, the counties of a city"));
    m_industry = new QComboBox;
    m_industry->addItem(tr("All industries"), QString());
    for (const codes::Industry* s : codes::Industries::instance().sections())
        m_industry->addItem(s->code + u' ' + s->name, s->code);
    m_industry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_industry->setMinimumContentsLength(10);
    m_holders[0] = new QCheckBox(tr("Enterprises"));
    m_holders[1] = new QCheckBox(tr("Persons"));
    m_holders[2] = new QCheckBox(tr("Other holders"));
    for (QCheckBox* c : m_holders) {
        c->setChecked(true);
        c->setToolTip(tr("Holder kinds shown in the flows; each kind keeps rows of its own"));
    }
    m_year = new QSpinBox;
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("Latest year"));
    m_year->setToolTip(tr("Reference year of the indices and rankings"));
    m_refresh = new QPushButton(tr("&Refresh"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setEnabled(false);
    m_export = new QToolButton;
    m_export->setText(tr("&Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("Tables to XLSX…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export tables"),
            Settings::instance().string(Settings::Key::LastExportDir) + u"/区域经济.xlsx"_s,
            tr("Excel workbook (*.xlsx)"));
        if (!path.isEmpty())
            exportXlsx(path);
    });
    menu->addAction(tr("Brief as PDF…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export brief"),
            Settings::instance().string(Settings::Key::LastExportDir) + u"/区域经济简报.pdf"_s,
            tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    m_export->setMenu(menu);
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(140);
    m_progress->setVisible(false);
    bar->addWidget(new QLabel(tr("Level")));
    bar->addWidget(m_level);
    bar->addWidget(new QLabel(tr("Within")));
    bar->addWidget(m_within);
    bar->addWidget(m_industry);
    for (QCheckBox* c : m_holders)
        bar->addWidget(c);
    bar->addWidget(new QLabel(tr("Year")));
    bar->addWidget(m_year);
    bar->addWidget(m_refresh);
    bar->addWidget(m_cancel);
    bar->addWidget(m_export);
    bar->addWidget(m_progress);
    bar->addStretch();
    root->addLayout(bar);

    m_tabs = new QTabWidget;
    // Flow matrix
    auto* matrixPage = new QWidget;
    auto* ml = new QVBoxLayout(matrixPage);
    auto* mbar = new QHBoxLayout;
    m_measure = new QComboBox;
    m_measure->addItem(tr("Subscribed capital (万元)"), int(FlowMatrixModel::Capital));
    m_measure->addItem(tr("Number of holdings"), int(FlowMatrixModel::Count));
    mbar->addWidget(new QLabel(tr("Cells show")));
    mbar->addWidget(m_measure);
    auto* matrixHelp
        = new QLabel(tr("Rows: investors (enterprises by registration region, then natural persons by "
                        "origin, then other holders). Columns: investee's region. Click a header to sort."));
    matrixHelp->setWordWrap(true);
    mbar->addWidget(matrixHelp, 1);
    ml->addLayout(mbar);
    m_matrixModel = new FlowMatrixModel(this);
    m_matrixProxy = new FlowMatrixSortProxy(this);
    m_matrixProxy->setSourceModel(m_matrixModel);
    m_matrixView = new QTableView;
    m_matrixView->setModel(m_matrixProxy);
    m_matrixView->setSortingEnabled(true);
    m_matrixView->sortByColumn(-1, Qt::AscendingOrder);
    m_matrixView->verticalHeader()->setDefaultSectionSize(22);
    m_matrixView->horizontalHeader()->setDefaultSectionSize(62);
    m_matrixView->setAlternatingRowColors(false);
    ml->addWidget(m_matrixView);
    m_tabs->addTab(matrixPage, tr("Flow matrix"));
    // Sankey
    m_sankey = new SankeyWidget;
    m_tabs->addTab(m_sankey, tr("Largest flows"));
    // Tile grid
    auto* tilePage = new QWidget;
    auto* tl = new QVBoxLayout(tilePage);
    auto* tbar = new QHBoxLayout;
    m_tileShade = new QComboBox;
    m_tileShade->addItem(tr("Inward capital (亿元)"), u"C_in"_s);
    m_tileShade->addItem(tr("Outward capital (亿元)"), u"C_out"_s);
    m_tileShade->addItem(tr("Enterprises"), u"N"_s);
    tbar->addWidget(new QLabel(tr("Shade squares by")));
    tbar->addWidget(m_tileShade);
    auto* tileHelp = new QLabel(tr("Double-click or press Enter on a province for its profile."));
    tileHelp->setWordWrap(true);
    tbar->addWidget(tileHelp, 1);
    tl->addLayout(tbar);
    m_tileGrid = new TileGridWidget;
    tl->addWidget(m_tileGrid, 1);
    m_tabs->addTab(tilePage, tr("Province tile-grid"));
    // Ranking
    auto* rankPage = new QWidget;
    auto* rl = new QVBoxLayout(rankPage);
    auto* rbar = new QHBoxLayout;
    m_index = new QComboBox;
    for (const QString& id : RegionalEngine::indexIds())
        m_index->addItem(RegionalEngine::indexTitle(id), id);
    rbar->addWidget(new QLabel(tr("Ranking by")));
    rbar->addWidget(m_index);
    rbar->addStretch();
    rl->addLayout(rbar);
    auto* rsplit = new QSplitter(Qt::Vertical);
    m_rankingModel = new QStandardItemModel(this);
    m_rankingModel->setSortRole(Qt::UserRole + 1);
    m_rankingView = new QTableView;
    m_rankingView->setModel(m_rankingModel);
    m_rankingView->setSortingEnabled(true);
    m_rankingView->verticalHeader()->setVisible(false);
    m_rankingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_formula = new QTextBrowser;
    m_formula->setMinimumHeight(110);
    rsplit->addWidget(m_rankingView);
    rsplit->addWidget(m_formula);
    rsplit->setStretchFactor(0, 3);
    rsplit->setStretchFactor(1, 1);
    rl->addWidget(rsplit, 1);
    m_tabs->addTab(rankPage, tr("Rankings"));
    // Profile
    auto* profPage = new QWidget;
    auto* pl = new QVBoxLayout(profPage);
    auto* pbar = new QHBoxLayout;
    m_profileRegion = new QComboBox;
    m_profileRegion->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileRegion->setMinimumContentsLength(10);
    pbar->addWidget(new QLabel(tr("Region")));
    pbar->addWidget(m_profileRegion);
    m_profileSummary = new QLabel;
    m_profileSummary->setWordWrap(true);
    m_profileSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pbar->addWidget(m_profileSummary, 1);
    pl->addLayout(pbar);
    auto* pgrid = new QSplitter(Qt::Horizontal);
    m_sectionChart = chartView();
    m_scaleChart = chartView();
    m_growthChart = chartView();
    pgrid->addWidget(m_sectionChart);
    pgrid->addWidget(m_scaleChart);
    pgrid->addWidget(m_growthChart);
    auto* psplit = new QSplitter(Qt::Vertical);
    psplit->addWidget(pgrid);
    m_topModel = new QStandardItemModel(this);
    m_topView = new QTableView;
    m_topView->setModel(m_topModel);
    m_topView->verticalHeader()->setVisible(false);
    psplit->addWidget(m_topView);
    pl->addWidget(psplit, 1);
    m_tabs->addTab(profPage, tr("Region profile"));
    // Comparison
    auto* cmpPage = new QWidget;
    auto* cl = new QHBoxLayout(cmpPage);
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Tick two to five regions:")));
    m_compareList = new QListWidget;
    m_compareList->setMaximumWidth(200);
    left->addWidget(m_compareList, 1);
    m_compareButton = new QPushButton(tr("&Compare"));
    left->addWidget(m_compareButton);
    cl->addLayout(left);
    auto* csplit = new QSplitter(Qt::Vertical);
    auto* charts = new QSplitter(Qt::Horizontal);
    m_compareIndexChart = chartView();
    m_compareFigureChart = chartView();
    charts->addWidget(m_compareIndexChart);
    charts->addWidget(m_compareFigureChart);
    csplit->addWidget(charts);
    m_compareModel = new QStandardItemModel(this);
    m_compareView = new QTableView;
    m_compareView->setModel(m_compareModel);
    csplit->addWidget(m_compareView);
    cl->addWidget(csplit, 1);
    m_tabs->addTab(cmpPage, tr("Comparison"));
    root->addWidget(m_tabs, 1);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    root->addWidget(m_status);

    fillWithin();
    connect(m_level, &QComboBox::currentIndexChanged, this, &RegionalPanel::levelChanged);
    connect(m_refresh, &QPushButton::clicked, this, &RegionalPanel::refresh);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (BackgroundTask* t : { m_task, m_profileTask, m_compareTask, m_exportTask })
            t->cancel();
    });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_matrixModel->setMeasure(FlowMatrixModel::Measure(m_measure->currentData().toInt()));
        m_matrixView->resizeColumnToContents(0);
    });
    connect(m_index, &QComboBox::currentIndexChanged, this, [this] {
        if (m_haveView)
            refresh();
    });
    connect(m_tileShade, &QComboBox::currentIndexChanged, this, &RegionalPanel::updateTileValues);
    connect(m_tileGrid, &TileGridWidget::provinceActivated, this, [this](const QString& key) {
        showPage(ProfilePage);
        showProfile(key);
    });
    connect(m_profileRegion, &QComboBox::activated, this,
        [this] { showProfile(m_profileRegion->currentData().toString()); });
    connect(m_compareButton, &QPushButton::clicked, this, &RegionalPanel::runComparison);
    connect(m_matrixView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString key = index.data(FlowMatrixModel::KeyRole).toString();
        if (index.data(FlowMatrixModel::GroupRole).toInt() == 0 && RegionLevel::ofCode(key)) {
            showPage(ProfilePage);
            showProfile(key);
        }
    });
}

void RegionalPanel::fillWithin()
{
    const Level level = Level(m_level->currentData().toInt());
    const QString keep = m_within->currentData().toString();
    m_within->blockSignals(true);
    m_within->clear();
    const auto& regions = codes::Regions::instance();
    if (level == Level::Province) {
        m_within->addItem(tr("Whole country"), QString());
    } else if (level == Level::City) {
        m_within->addItem(tr("Whole country"), QString());
        for (const codes::Region* p : regions.provinces())
            m_within->addItem(p->name, p->code.left(2));
    } else {
        for (const codes::Region* c : regions.prefectures()) {
            const codes::Region* p = regions.province(c->code);
            const QString name
                = (c->name == u"市辖区" || c->name == u"县") ? regions.fullName(c->code) : c->name;
            m_within->addItem(p && p->name != name ? p->shortName + u'·' + name : name, c->code.left(4));
        }
    }
    const int row = m_within->findData(keep);
    if (row >= 0)
        m_within->setCurrentIndex(row);
    else if (level == Level::City) // a sensible default: the cities of Jiangsu
        m_within->setCurrentIndex(std::max(0, m_within->findData(u"32"_s)));
    else if (level == Level::County)
        m_within->setCurrentIndex(std::max(0, m_within->findData(u"3209"_s)));
    m_within->setEnabled(level != Level::Province);
    m_within->blockSignals(false);
}

void RegionalPanel::levelChanged()
{
    fillWithin();
}

regional::Scope RegionalPanel::currentScope() const
{
    regional::Scope s;
    s.level = Level(m_level->currentData().toInt());
    s.within = m_within->currentData().toString();
    const QString sec = m_industry->currentData().toString();
    if (!sec.isEmpty())
        s.sections = QStringList { sec };
    return s;
}

bool RegionalPanel::isBusy() const
{
    return m_task->isRunning() || m_profileTask->isRunning() || m_compareTask->isRunning()
        || m_exportTask->isRunning();
}

void RegionalPanel::setBusyUi(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_refresh->setEnabled(!m_task->isRunning());
    m_compareButton->setEnabled(!m_compareTask->isRunning());
}

void RegionalPanel::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void RegionalPanel::refresh()
{
    const QString cache = context().cachePath();
    if (cache.isEmpty())
        return;
    regional::FlowQuery fq;
    fq.scope = currentScope();
    for (int k = 0; k < 3; ++k) {
        if (m_holders[k]->isChecked())
            fq.kinds << regional::HolderKind(k);
    }
    if (fq.kinds.isEmpty())
        fq.kinds << regional::HolderKind::Enterprise;
    regional::IndexQuery iq;
    iq.scope = fq.scope;
    iq.year = m_year->value();
    const QString index = m_index->currentData().toString();
    m_status->setText(tr("Reading flows and indices …"));
    m_task->start<View>(
        [cache, fq, iq, index](const Progress& progress) {
            RegionalEngine engine(cache, progress);
            View v;
            v.latestYear = engine.latestYear();
            progress.report(0, 3, tr("Summing flows …"));
            v.matrix = engine.flows(fq);
            regional::FlowQuery pq = fq;
            pq.scope.level = Level::Province;
            pq.scope.within.clear();
            pq.kinds = { regional::HolderKind::Enterprise };
            v.provinces
                = fq.scope.level == Level::Province && fq.kinds == pq.kinds ? v.matrix : engine.flows(pq);
            progress.report(1, 3, tr("Computing indices …"));
            v.indices = engine.indices(iq);
            progress.report(2, 3, tr("Ranking …"));
            v.ranking = engine.ranking(iq, index);
            progress.report(3, 3, QString());
            return v;
        },
        this, [this](View v) { showView(v); },
        [this](const QString& message) { m_status->setText(message); });
}

void RegionalPanel::showView(const View& v)
{
    m_view = v;
    m_haveView = true;
    m_matrixModel->setMatrix(v.matrix);
    m_matrixView->resizeColumnToContents(0);
    m_matrixView->resizeColumnToContents(1);
    m_sankey->setFlows(v.matrix.enterprise);
    m_tileGrid->setFlows(v.provinces.enterprise);
    m_tileGrid->setHighlighted(v.matrix.scope.within);
    updateTileValues();
    showRanking();
    // Profile and comparison choices follow the regions of the view.
    const QString keepProfile
        = m_restoredProfile.isEmpty() ? m_profileRegion->currentData().toString() : m_restoredProfile;
    m_profileRegion->clear();
    for (const QString& r : v.matrix.regions)
        m_profileRegion->addItem(RegionLevel::name(r), r);
    if (const int row = m_profileRegion->findData(keepProfile); row >= 0)
        m_profileRegion->setCurrentIndex(row);
    fillCompareList();
    const auto [holdings, capital] = RegionalExport::crossBorder(v.matrix);
    m_status->setText(
        tr("%1 regions; %2 enterprise holdings across regions, %3 亿元 subscribed; reference year %4. "
           "Data: %5.")
            .arg(v.matrix.regions.size())
            .arg(QLocale().toString(holdings))
            .arg(money(capital))
            .arg(v.indices.year)
            .arg(context().dataSource()));
    emit updated();
}

void RegionalPanel::updateTileValues()
{
    if (!m_haveView)
        return;
    const QString sym = m_tileShade->currentData().toString();
    QHash<QString, double> values;
    if (m_view.indices.scope.level == Level::Province) {
        for (const auto& r : m_view.indices.regions)
            values.insert(r.region, r.terms.value(sym));
    } else {
        // Province sums from the province-level flows (the view is at city or county level).
        for (const auto& c : m_view.provinces.enterprise) {
            if (c.from == c.to)
                continue;
            if (sym == u"C_in")
                values[c.to] += c.capital;
            else if (sym == u"C_out")
                values[c.from] += c.capital;
        }
    }
    m_tileGrid->setValues(values, m_tileShade->currentText());
}

void RegionalPanel::showRanking()
{
    const regional::Ranking& r = m_view.ranking;
    const bool money = r.index == u"revenue" || r.index == u"tax";
    m_rankingModel->clear();
    m_rankingModel->setHorizontalHeaderLabels({ tr("Rank"), tr("Region"), RegionalEngine::indexTitle(r.index),
        tr("Rank %1").arg(r.year - 1), tr("Change"), tr("Value %1").arg(r.year - 1), tr("Key figures") });
    QHash<QString, const regional::RegionIndex*> byRegion;
    for (const auto& ri : m_view.indices.regions)
        byRegion.insert(ri.region, &ri);
    for (const auto& row : r.rows) {
        QList<QStandardItem*> items;
        items << numberItem(row.rank, 0) << item(RegionLevel::name(row.region), row.region)
              << numberItem(money ? row.value / 1e8 : row.value, money ? 2 : 1);
        if (row.previousRank > 0) {
            const int d = row.previousRank - row.rank;
            items << numberItem(row.previousRank, 0);
            auto* change = item(d > 0 ? u"↑%1"_s.arg(d) : d < 0 ? u"↓%1"_s.arg(-d) : u"—"_s, d);
            change->setForeground(d > 0 ? QColor(0xc6, 0x28, 0x28)
                    : d < 0             ? QColor(0x2e, 0x7d, 0x32)
                                        : QColor(Qt::gray));
            items << change << numberItem(money ? row.previousValue / 1e8 : row.previousValue, money ? 2 : 1);
        } else {
            items << item(tr("new")) << item(QString()) << item(QString());
        }
        QString key;
        if (const auto* ri = byRegion.value(row.region)) {
            if (r.index == u"outward")
                key = tr("C_out %1 亿元, N_out %2")
                          .arg(::dj::ui::money(ri->terms.value(u"C_out"_s)))
                          .arg(ri->terms.value(u"N_out"_s));
            else if (r.index == u"inward")
                key = tr("C_in %1 亿元, N_in %2")
                          .arg(::dj::ui::money(ri->terms.value(u"C_in"_s)))
                          .arg(ri->terms.value(u"N_in"_s));
            else if (r.index == u"potential")
                key = u"g_N %1%, g_R %2%, g_T %3%, g_Q %4%"_s.arg(ri->terms.value(u"g_N"_s) * 100, 0, 'f', 1)
                          .arg(ri->terms.value(u"g_R"_s) * 100, 0, 'f', 1)
                          .arg(ri->terms.value(u"g_T"_s) * 100, 0, 'f', 1)
                          .arg(ri->terms.value(u"g_Q"_s) * 100, 0, 'f', 1);
            else if (r.index == u"synergy")
                key = tr("strongest partner: %1").arg(RegionLevel::name(ri->partner));
        }
        items << item(key);
        m_rankingModel->appendRow(items);
    }
    m_rankingView->resizeColumnsToContents();
    // The formula of the index shown, from the same objects that computed it.
    QString html = u"<p><b>%1</b> — %2</p>"_s.arg(RegionalEngine::indexTitle(r.index).toHtmlEscaped(),
        tr("%1, reference year %2, %3")
            .arg(RegionLevel::title(r.scope.level))
            .arg(r.year)
            .arg(r.scope.within.isEmpty() ? tr("whole country") : RegionLevel::name(r.scope.within)));
    QString text;
    for (const auto& f : m_view.indices.formulas) {
        if (f.id == r.index)
            text = f.text();
    }
    if (r.index == u"synergy")
        text = m_view.indices.synergyText;
    if (text.isEmpty())
        text = tr(
            "%1: the plain figure of the reference year (enterprises established up to the year; revenue and "
            "tax of the year; enterprises with a qualification up to the year).")
                   .arg(RegionalEngine::indexTitle(r.index));
    html += u"<pre style='white-space:pre-wrap'>%1</pre>"_s.arg(text.toHtmlEscaped());
    m_formula->setHtml(html);
}

void RegionalPanel::fillCompareList()
{
    QStringList checked = m_restoredCompare;
    for (int i = 0; i < m_compareList->count(); ++i) {
        if (m_compareList->item(i)->checkState() == Qt::Checked)
            checked << m_compareList->item(i)->data(Qt::UserRole).toString();
    }
    m_restoredCompare.clear();
    m_compareList->clear();
    for (const QString& r : m_view.matrix.regions) {
        auto* it = new QListWidgetItem(RegionLevel::name(r));
        it->setData(Qt::UserRole, r);
        it->setFlags(it->flags() | Qt::ItemIsUserCheckable);
        it->setCheckState(checked.contains(r) ? Qt::Checked : Qt::Unchecked);
        m_compareList->addItem(it);
    }
}

void RegionalPanel::showProfile(const QString& region)
{
    const QString cache = context().cachePath();
    if (cache.isEmpty() || region.isEmpty())
        return;
    const int year = m_year->value();
    m_profileSummary->setText(tr("Reading the profile of %1 …").arg(RegionLevel::name(region)));
    if (m_profileRegion->findData(region) < 0)
        m_profileRegion->addItem(RegionLevel::name(region), region);
    m_profileRegion->setCurrentIndex(m_profileRegion->findData(region));
    m_profileTask->start<regional::RegionProfile>(
        [cache, region, year](const Progress& progress) {
            RegionalEngine engine(cache, progress);
            return engine.profile(region, year);
        },
        this, [this](regional::RegionProfile p) { showProfileData(p); },
        [this](const QString& message) { m_profileSummary->setText(message); });
}

namespace {
// "资质：高新技术企业 120 · 科技型中小企业 80 …" (enterprises holding each kind).
QString qualificationLine(const regional::RegionProfile& p)
{
    QStringList parts;
    for (const auto& [kind, n] : p.qualifications)
        parts << u"%1 %2"_s.arg(kind.toHtmlEscaped(), QLocale().toString(n));
    return parts.isEmpty() ? QString()
                           : u"<br>"_s + RegionalPanel::tr("Qualifications: %1").arg(parts.join(u" · "_s));
}
} // namespace

void RegionalPanel::showProfileData(const regional::RegionProfile& p)
{
    m_profile = p;
    m_profileSummary->setText(
        tr("<b>%1</b> (%2): %3 enterprises (%4 operating), %5 with a qualification; revenue %6 亿元 and tax "
           "%7 亿元 "
           "in %8. Outward index %9, inward index %10, potential index %11 among its peers.")
            .arg(RegionLevel::name(p.region).toHtmlEscaped(), RegionLevel::title(p.level))
            .arg(QLocale().toString(p.firms))
            .arg(QLocale().toString(p.live))
            .arg(QLocale().toString(p.qualified))
            .arg(money(p.revenue), money(p.tax))
            .arg(p.year)
            .arg(p.index.values.value(u"outward"_s), 0, 'f', 1)
            .arg(p.index.values.value(u"inward"_s), 0, 'f', 1)
            .arg(p.index.values.value(u"potential"_s), 0, 'f', 1)
        + qualificationLine(p));
    // Industry mix (top sections by enterprises).
    resetChart(m_sectionChart, tr("Industry mix (enterprises)"));
    auto* pie = new QPieSeries;
    qint64 rest = 0;
    for (int i = 0; i < p.sections.size(); ++i) {
        if (i < 7) {
            const auto* ind = codes::Industries::instance().find(p.sections[i].section);
            pie->append(ind ? ind->name.left(8) : tr("Unknown"), double(p.sections[i].firms));
        } else {
            rest += p.sections[i].firms;
        }
    }
    if (rest > 0)
        pie->append(tr("Other"), double(rest));
    m_sectionChart->chart()->addSeries(pie);
    m_sectionChart->chart()->legend()->setAlignment(Qt::AlignRight);
    // Scale mix.
    resetChart(m_scaleChart, tr("Scale mix (enterprises)"));
    auto* set = new QBarSet(tr("Enterprises"));
    QStringList cats;
    double hi = 1;
    for (const auto& [scale, n] : p.scales) {
        cats << (scale.isEmpty() ? tr("unknown") : scale);
        *set << double(n);
        hi = std::max(hi, double(n));
    }
    auto* bars = new QBarSeries;
    bars->append(set);
    m_scaleChart->chart()->addSeries(bars);
    auto* ax = new QBarCategoryAxis;
    ax->append(cats);
    m_scaleChart->chart()->addAxis(ax, Qt::AlignBottom);
    bars->attachAxis(ax);
    auto* ay = new QValueAxis;
    ay->setRange(0, hi * 1.1);
    ay->setLabelFormat(u"%.0f"_s);
    m_scaleChart->chart()->addAxis(ay, Qt::AlignLeft);
    bars->attachAxis(ay);
    m_scaleChart->chart()->legend()->setVisible(false);
    // Growth: enterprises up to each year.
    resetChart(m_growthChart, tr("Growth: enterprises established up to the year"));
    auto* line = new QLineSeries;
    line->setName(tr("Enterprises"));
    double lo = 0, top = 1;
    int y0 = 0, y1 = 0;
    for (const auto& y : p.growth) {
        line->append(y.year, double(y.firms));
        top = std::max(top, double(y.firms));
        lo = lo == 0 ? double(y.firms) : std::min(lo, double(y.firms));
        y0 = y0 == 0 ? y.year : std::min(y0, y.year);
        y1 = std::max(y1, y.year);
    }
    m_growthChart->chart()->addSeries(line);
    auto* gx = new QValueAxis;
    gx->setRange(y0, std::max(y1, y0 + 1));
    gx->setLabelFormat(u"%d"_s);
    gx->setTickCount(std::min(8, std::max(2, y1 - y0 + 1)));
    auto* gy = new QValueAxis;
    gy->setRange(lo * 0.9, top * 1.05);
    gy->setLabelFormat(u"%.0f"_s);
    m_growthChart->chart()->addAxis(gx, Qt::AlignBottom);
    m_growthChart->chart()->addAxis(gy, Qt::AlignLeft);
    line->attachAxis(gx);
    line->attachAxis(gy);
    m_growthChart->chart()->legend()->setVisible(false);
    // Top enterprises.
    m_topModel->clear();
    m_topModel->setHorizontalHeaderLabels({ tr("Enterprise"), tr("USCC"), tr("Section"), tr("Scale"),
        tr("Revenue %1 (万元)").arg(p.year), tr("Tax (万元)") });
    for (const auto& t : p.top) {
        m_topModel->appendRow({ item(t.name), item(t.uscc), item(t.section), item(t.scale),
            numberItem(t.revenue / 1e4, 1), numberItem(t.tax / 1e4, 1) });
    }
    m_topView->resizeColumnsToContents();
    emit updated();
}

void RegionalPanel::runComparison()
{
    QStringList regions;
    for (int i = 0; i < m_compareList->count(); ++i) {
        if (m_compareList->item(i)->checkState() == Qt::Checked)
            regions << m_compareList->item(i)->data(Qt::UserRole).toString();
    }
    if (regions.size() < 2 || regions.size() > 5) {
        m_status->setText(tr("Tick two to five regions to compare (%1 ticked).").arg(regions.size()));
        return;
    }
    const QString cache = context().cachePath();
    const int year = m_year->value();
    m_status->setText(tr("Comparing …"));
    m_compareTask->start<regional::Comparison>(
        [cache, regions, year](const Progress& progress) {
            RegionalEngine engine(cache, progress);
            return engine.compare(regions, year);
        },
        this, [this](regional::Comparison c) { showComparison(c); },
        [this](const QString& message) { m_status->setText(message); });
}

void RegionalPanel::showComparison(const regional::Comparison& c)
{
    m_comparison = c;
    const QStringList indexIds { u"outward"_s, u"inward"_s, u"synergy"_s, u"potential"_s };
    resetChart(m_compareIndexChart, tr("Indices (0–100, among all regions of the level)"));
    auto* series = new QBarSeries;
    for (const auto& p : c.regions) {
        auto* set = new QBarSet(RegionLevel::shortName(p.region));
        for (const QString& id : indexIds)
            *set << p.index.values.value(id);
        series->append(set);
    }
    m_compareIndexChart->chart()->addSeries(series);
    auto* ax = new QBarCategoryAxis;
    for (const QString& id : indexIds)
        ax->append(RegionalEngine::indexTitle(id));
    m_compareIndexChart->chart()->addAxis(ax, Qt::AlignBottom);
    series->attachAxis(ax);
    auto* ay = new QValueAxis;
    ay->setRange(0, 100);
    m_compareIndexChart->chart()->addAxis(ay, Qt::AlignLeft);
    series->attachAxis(ay);

    resetChart(m_compareFigureChart, tr("Revenue and tax (亿元)"));
    auto* fig = new QBarSeries;
    double hi = 1;
    for (const auto& p : c.regions) {
        auto* set = new QBarSet(RegionLevel::shortName(p.region));
        *set << p.revenue / 1e8 << p.tax / 1e8;
        hi = std::max({ hi, p.revenue / 1e8, p.tax / 1e8 });
        fig->append(set);
    }
    m_compareFigureChart->chart()->addSeries(fig);
    auto* fx = new QBarCategoryAxis;
    fx->append({ tr("Revenue"), tr("Tax") });
    m_compareFigureChart->chart()->addAxis(fx, Qt::AlignBottom);
    fig->attachAxis(fx);
    auto* fy = new QValueAxis;
    fy->setRange(0, hi * 1.1);
    fy->setLabelFormat(u"%.0f"_s);
    m_compareFigureChart->chart()->addAxis(fy, Qt::AlignLeft);
    fig->attachAxis(fy);

    m_compareModel->clear();
    QStringList headers { tr("Figure") };
    for (const auto& p : c.regions)
        headers << RegionLevel::name(p.region);
    m_compareModel->setHorizontalHeaderLabels(headers);
    auto addRow = [&](const QString& title, auto value, int decimals) {
        QList<QStandardItem*> row { item(title) };
        for (const auto& p : c.regions)
            row << numberItem(value(p), decimals);
        m_compareModel->appendRow(row);
    };
    using P = regional::RegionProfile;
    addRow(
        tr("Enterprises"), [](const P& p) { return double(p.firms); }, 0);
    addRow(
        tr("Operating enterprises"), [](const P& p) { return double(p.live); }, 0);
    addRow(
        tr("Qualified enterprises"), [](const P& p) { return double(p.qualified); }, 0);
    addRow(
        tr("Revenue (亿元)"), [](const P& p) { return p.revenue / 1e8; }, 2);
    addRow(
        tr("Tax (亿元)"), [](const P& p) { return p.tax / 1e8; }, 2);
    addRow(
        tr("Outward capital C_out (亿元)"), [](const P& p) { return p.index.terms.value(u"C_out"_s) / 1e8; },
        2);
    addRow(
        tr("Inward capital C_in (亿元)"), [](const P& p) { return p.index.terms.value(u"C_in"_s) / 1e8; }, 2);
    addRow(
        tr("Growth of enterprises g_N (%)"), [](const P& p) { return p.index.terms.value(u"g_N"_s) * 100; },
        1);
    addRow(
        tr("Growth of revenue g_R (%)"), [](const P& p) { return p.index.terms.value(u"g_R"_s) * 100; }, 1);
    for (const QString& id : indexIds)
        addRow(
            RegionalEngine::indexTitle(id), [id](const P& p) { return p.index.values.value(id); }, 1);
    for (const auto& b : c.between) {
        QList<QStandardItem*> row { item(
            tr("%1 → %2 (万元)").arg(RegionLevel::shortName(b.from), RegionLevel::shortName(b.to))) };
        for (const auto& p : c.regions)
            row << (p.region == b.from ? numberItem(b.capital / 1e4, 1) : item(QString()));
        m_compareModel->appendRow(row);
    }
    m_compareView->resizeColumnsToContents();
    m_status->setText(tr("Compared %n region(s).", nullptr, int(c.regions.size())));
    emit updated();
}

void RegionalPanel::exportXlsx(const QString& path)
{
    if (!m_haveView) {
        emit exported(false, path);
        return;
    }
    const RegionalExport::Tables tables { m_view.matrix, m_view.indices, m_view.ranking, m_comparison };
    runExport(path, tr("Tables written to %1."),
        [path, tables](const Progress& progress) { RegionalExport::writeXlsx(path, tables, progress); });
}

void RegionalPanel::exportPdf(const QString& path)
{
    if (!m_haveView) {
        emit exported(false, path);
        return;
    }
    // Pictures are drawn here (widgets live on this thread); the document is laid out in the background.
    const ReportWriter report
        = RegionalExport::brief({ m_view.matrix, m_view.indices, m_view.ranking, m_comparison },
            context().dataSource(), m_sankey->render(QSize(900, 600)), m_tileGrid->render(QSize(900, 760)));
    runExport(path, tr("Brief written to %1."), [path, report](const Progress&) { report.writePdf(path); });
}

void RegionalPanel::runExport(
    const QString& path, const QString& doneText, std::function<void(const Progress&)> write)
{
    m_exportTask->start<bool>(
        [write](const Progress& progress) {
            write(progress);
            return true;
        },
        this,
        [this, path, doneText](bool) {
            m_status->setText(doneText.arg(path));
            emit exported(true, path);
        },
        [this, path](const QString& message) {
            m_status->setText(message);
            emit exported(false, path);
        });
}

namespace {
// The remembered state (typed keys: a missing or invalid value reads as the default; the names are the ones
// earlier versions wrote, so a user's state carries over).
const Settings::PanelKey<int> kLevel { "economy", "level", 1, [](const int& v) { return v >= 0 && v <= 3; } };
const Settings::PanelKey<QString> kWithin { "economy", "within", {} };
const Settings::PanelKey<QString> kIndustry { "economy", "industry", {} };
const Settings::PanelKey<QString> kIndex { "economy", "index", {} };
const Settings::PanelKey<int> kPage { "economy", "page", 0, [](const int& v) { return v >= 0; } };
const Settings::PanelKey<int> kMeasure { "economy", "measure", 0, [](const int& v) { return v >= 0; } };
const Settings::PanelKey<int> kYear { "economy", "year", 0,
    [](const int& v) { return v == 0 || (v >= 1900 && v <= 2100); } };
/// Enterprise, person, other holders: "1,1,0".
const Settings::PanelKey<QString> kHolders { "economy", "holders", QStringLiteral("1,1,1"),
    [](const QString& v) {
        return QRegularExpression(QStringLiteral("^[01],[01],[01]$")).match(v).hasMatch();
    } };
const Settings::PanelKey<QString> kCompare { "economy", "compare", {} };
const Settings::PanelKey<QString> kProfile { "economy", "profile", {} };
} // namespace

void RegionalPanel::saveState(Settings& settings) const
{
    settings.set(kLevel, m_level->currentData().toInt());
    settings.set(kWithin, m_within->currentData().toString());
    settings.set(kIndustry, m_industry->currentData().toString());
    settings.set(kIndex, m_index->currentData().toString());
    settings.set(kPage, m_tabs->currentIndex());
    settings.set(kMeasure, m_measure->currentIndex());
    settings.set(kYear, m_year->value());
    QStringList holders, compare;
    for (int k = 0; k < 3; ++k)
        holders << (m_holders[k]->isChecked() ? u"1"_s : u"0"_s);
    settings.set(kHolders, holders.join(u','));
    for (int i = 0; i < m_compareList->count(); ++i) {
        if (m_compareList->item(i)->checkState() == Qt::Checked)
            compare << m_compareList->item(i)->data(Qt::UserRole).toString();
    }
    settings.set(kCompare, compare.join(u','));
    settings.set(kProfile, m_profileRegion->currentData().toString());
}

void RegionalPanel::restoreState(const Settings& settings)
{
    // Values are checked on read: an unknown level, index or page falls back to the default.
    if (const int row = m_level->findData(settings.get(kLevel)); row >= 0)
        m_level->setCurrentIndex(row);
    fillWithin();
    if (const int row = m_within->findData(settings.get(kWithin)); row >= 0)
        m_within->setCurrentIndex(row);
    if (const int row = m_industry->findData(settings.get(kIndustry)); row >= 0)
        m_industry->setCurrentIndex(row);
    m_index->blockSignals(true);
    if (const int row = m_index->findData(settings.get(kIndex)); row >= 0)
        m_index->setCurrentIndex(row);
    m_index->blockSignals(false);
    if (const int page = settings.get(kPage); page < m_tabs->count())
        m_tabs->setCurrentIndex(page);
    if (const int measure = settings.get(kMeasure); measure < m_measure->count())
        m_measure->setCurrentIndex(measure);
    m_year->setValue(settings.get(kYear));
    const QStringList holders = settings.get(kHolders).split(u',');
    for (int k = 0; k < 3; ++k)
        m_holders[k]->setChecked(holders[k] != u"0");
    m_restoredCompare = settings.get(kCompare).split(u',', Qt::SkipEmptyParts);
    m_restoredProfile = settings.get(kProfile);
    if (isVisible())
        refresh();
    else
        m_haveView = false; // computed with the restored choices when first shown
}

void RegionalPanel::prepareScreenshot()
{
    m_screenshot = true;
    m_level->setCurrentIndex(0);
    m_index->blockSignals(true);
    m_index->setCurrentIndex(std::max(0, m_index->findData(u"inward"_s)));
    m_index->blockSignals(false);
    showPage(MatrixPage);
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(this, &RegionalPanel::updated, this, [this, conn] {
        disconnect(*conn);
        // Compare the three provinces with the most enterprises.
        QList<QPair<double, QString>> byFirms;
        for (const auto& r : m_view.indices.regions)
            byFirms.append({ r.values.value(u"firms"_s), r.region });
        std::sort(byFirms.begin(), byFirms.end(), std::greater<>());
        for (int i = 0; i < m_compareList->count(); ++i) {
            const QString key = m_compareList->item(i)->data(Qt::UserRole).toString();
            bool top = false;
            for (int k = 0; k < std::min<qsizetype>(3, byFirms.size()); ++k)
                top = top || byFirms[k].second == key;
            m_compareList->item(i)->setCheckState(top ? Qt::Checked : Qt::Unchecked);
        }
        runComparison();
        if (!byFirms.isEmpty())
            showProfile(byFirms.first().second);
    });
    refresh();
}

QList<QWidget*> RegionalPanel::screenshotExtras()
{
    // One picture per page besides the matrix: each page rendered at the panel's size into a window of its
    // own.
    QList<QWidget*> out;
    if (!m_haveView)
        return out;
    const int current = m_tabs->currentIndex();
    const QList<QPair<Page, QString>> pages { { SankeyPage, u"sankey"_s }, { TileMapPage, u"tilegrid"_s },
        { RankingPage, u"ranking"_s }, { ProfilePage, u"profile"_s }, { ComparePage, u"compare"_s } };
    for (const auto& [page, name] : pages) {
        showPage(page);
        QApplication::processEvents();
        auto* label = new QLabel;
        label->setAttribute(Qt::WA_DeleteOnClose);
        label->setObjectName(name);
        label->setPixmap(grab());
        label->resize(size());
        out << label;
    }
    m_tabs->setCurrentIndex(current);
    return out;
}

} // namespace dj::ui
