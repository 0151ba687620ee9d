#include "ui/parks/parkspanel.h"

#include "core/common/money.h"
#include "core/fieldwork/fieldworkstore.h"
#include "core/io/tablewriter.h"
#include "core/store/cache.h"
#include "ui/common/appcontext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/charts.h"
#include "ui/common/progressrunner.h"
#include "ui/common/reportwriter.h"
#include "ui/common/settings.h"
#include "ui/parks/parkplanview.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLegend>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dj::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kUsccRole = Qt::UserRole + 1;
constexpr int kBuildingRole = Qt::UserRole + 2;
constexpr int kSortRole = Qt::UserRole + 3;
constexpr int kVisitRole = Qt::UserRole + 4; ///< field-work row: the visit's id
constexpr int kTaskRole = Qt::UserRole + 5; ///< field-work row: the task's id

/// The field work of one building's enterprises, read in the background.
struct FieldWorkRows
{
    QList<fieldwork::Record> visits, openTasks;
};

const Settings::PanelKey<int> kFigure { "parks", "figure", 0, [](const int& v) { return v >= 0 && v < 5; } };
const Settings::PanelKey<int> kTab { "parks", "tab", 0, [](const int& v) { return v >= 0 && v < 6; } };
const Settings::PanelKey<QString> kPark { "parks", "park", QString(), {} };
const Settings::PanelKey<bool> kFlows { "parks", "flows", false, {} };

store::Database openFor(const QString& path)
{
    const QFileInfo info(path);
    return store::Cache::open(
        path, info.isWritable() ? store::Cache::Access::ReadWrite : store::Cache::Access::ReadOnly);
}

QStandardItem* item(const QString& text, const QVariant& sort = {})
{
    auto* i = new QStandardItem(text);
    i->setEditable(false);
    i->setData(sort.isValid() ? sort : QVariant(text), kSortRole);
    return i;
}

QStandardItem* money(double yuan)
{
    auto* i = item(Money::wan(yuan), yuan);
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QStandardItem* number(double v, int decimals = 0)
{
    auto* i = item(QString::number(v, 'f', decimals), v);
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QString percent(const std::optional<double>& v)
{
    return v ? QString::number(*v * 100, 'f', 1) + u" %"_s : QStringLiteral("—");
}

QString change(double now, double before)
{
    if (before == 0)
        return now == 0 ? QStringLiteral("±0") : QStringLiteral("—");
    const double c = (now - before) / std::abs(before) * 100;
    return (c >= 0 ? u"+"_s : QString()) + QString::number(c, 'f', 1) + u" %"_s;
}

/// The class pie of a building: the legend below the pie (a side legend cuts the words off at the page's
/// width), each label with its count, in a smaller font.
QChart* classPie(const parks::Figures& f)
{
    QChart* chart = Charts::pie(ParksPanel::tr("Classes"),
        { { u"%1 %2"_s.arg(ParksPanel::tr("实际注册")).arg(f.actual), double(f.actual) },
            { u"%1 %2"_s.arg(ParksPanel::tr("虚拟注册")).arg(f.virtualReg), double(f.virtualReg) },
            { u"%1 %2"_s.arg(ParksPanel::tr("仅办公")).arg(f.officeOnly), double(f.officeOnly) } });
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->legend()->font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
    chart->legend()->setFont(font);
    chart->setMargins(QMargins(2, 2, 2, 2));
    return chart;
}

} // namespace

ParksPanel::ParksPanel(AppContext& context, QWidget* parent)
    : Panel(context, parent)
{
    auto* root = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Park:"), this));
    m_parkBox = new QComboBox(this);
    m_parkBox->setMinimumContentsLength(18);
    m_parkBox->setAccessibleName(tr("Park"));
    bar->addWidget(m_parkBox, 1);
    bar->addWidget(new QLabel(tr("Colour by:"), this));
    m_figureBox = new QComboBox(this);
    m_figureBox->addItems({ tr("Tax per m²"), tr("Share registered here and operating (实际注册)"),
        tr("Share registered only (虚拟注册)"), tr("Occupancy"), tr("外迁 risk (firms scoring ≥ 30)") });
    m_figureBox->setAccessibleName(tr("Colour by"));
    bar->addWidget(m_figureBox);
    m_pdf = new QPushButton(tr("PDF report…"), this);
    m_export = new QPushButton(tr("Export list…"), this);
    m_export->setToolTip(tr("Export the list of the current tab (XLSX or CSV)"));
    bar->addWidget(m_pdf);
    bar->addWidget(m_export);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(140);
    m_cancel = new QPushButton(tr("Cancel"), this);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    root->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QSplitter(Qt::Vertical, m_splitter);
    m_plan = new ParkPlanView(left);
    m_buildingModel = new QStandardItemModel(this);
    m_buildings = makeTable(m_buildingModel);
    m_buildings->setParent(left);
    m_buildings->setSelectionMode(QAbstractItemView::ExtendedSelection);
    left->addWidget(m_plan);
    left->addWidget(m_buildings);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);

    m_tabs = new QTabWidget(m_splitter);
    // Building page
    auto* page = new QWidget(m_tabs);
    auto* pageLayout = new QVBoxLayout(page);
    m_figures = new QLabel(page);
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* charts = new QHBoxLayout;
    m_chart = new QChartView(page);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);
    m_classChart = new QChartView(page);
    m_classChart->setRenderHint(QPainter::Antialiasing);
    m_classChart->setMinimumWidth(240);
    charts->addWidget(m_chart, 3);
    charts->addWidget(m_classChart, 2);
    m_memberModel = new QStandardItemModel(this);
    m_members = makeTable(m_memberModel);
    auto* top = new QHBoxLayout;
    top->addWidget(m_figures, 2);
    top->addLayout(charts, 3);
    pageLayout->addLayout(top, 2);
    // Below the figures: the building's enterprises, and their field work (issue #13: visits and open
    // tasks of the building, "new visit" / "open" go to the field-work panel).
    m_pageTabs = new QTabWidget(page);
    m_pageTabs->addTab(m_members, tr("Enterprises"));
    auto* fieldPage = new QWidget(m_pageTabs);
    auto* fieldLayout = new QVBoxLayout(fieldPage);
    fieldLayout->setContentsMargins(0, 0, 0, 0);
    auto* fieldBar = new QHBoxLayout;
    auto* newVisitButton = new QPushButton(tr("New visit…"), fieldPage);
    newVisitButton->setToolTip(
        tr("A new visit record for the selected enterprise, in the visit tasks panel"));
    auto* openButton = new QPushButton(tr("Open"), fieldPage);
    openButton->setToolTip(tr("Open the selected visit (or record a visit for the selected task)"));
    m_fieldNote = new QLabel(fieldPage);
    fieldBar->addWidget(newVisitButton);
    fieldBar->addWidget(openButton);
    fieldBar->addWidget(m_fieldNote, 1);
    m_fieldModel = new QStandardItemModel(this);
    m_fieldTable = makeTable(m_fieldModel);
    m_fieldTable->setSelectionMode(QAbstractItemView::SingleSelection);
    disconnect(m_fieldTable, &QTableView::doubleClicked, this, nullptr);
    connect(m_fieldTable, &QTableView::doubleClicked, this, [this]() { openFieldWorkRecord(); });
    connect(newVisitButton, &QPushButton::clicked, this, [this]() { newVisit(); });
    connect(openButton, &QPushButton::clicked, this, [this]() { openFieldWorkRecord(); });
    fieldLayout->addLayout(fieldBar);
    fieldLayout->addWidget(m_fieldTable, 1);
    m_pageTabs->addTab(fieldPage, tr("Visits and open tasks"));
    pageLayout->addWidget(m_pageTabs, 3);
    m_tabs->addTab(page, tr("Building"));
    // Compare
    auto* comparePage = new QWidget(m_tabs);
    auto* compareLayout = new QVBoxLayout(comparePage);
    auto* compareHint = new QLabel(
        tr("Select two or more buildings in the list (Ctrl/Shift + click) to compare them."), comparePage);
    compareHint->setWordWrap(true);
    m_compareModel = new QStandardItemModel(this);
    m_compareTable = makeTable(m_compareModel);
    m_compareChart = new QChartView(comparePage);
    m_compareChart->setRenderHint(QPainter::Antialiasing);
    compareLayout->addWidget(compareHint);
    compareLayout->addWidget(m_compareTable, 3);
    compareLayout->addWidget(m_compareChart, 2);
    m_tabs->addTab(comparePage, tr("Compare"));
    // Risks and watch list
    auto* riskPage = new QWidget(m_tabs);
    auto* riskLayout = new QVBoxLayout(riskPage);
    auto* riskBar = new QHBoxLayout;
    auto* watch = new QPushButton(tr("Add to watch list"), riskPage);
    auto* unwatch = new QPushButton(tr("Remove from watch list"), riskPage);
    auto* riskVisit = new QPushButton(tr("Add to visit task"), riskPage);
    riskBar->addWidget(watch);
    riskBar->addWidget(unwatch);
    riskBar->addWidget(riskVisit);
    riskBar->addStretch(1);
    m_riskModel = new QStandardItemModel(this);
    m_risks = makeTable(m_riskModel);
    riskLayout->addLayout(riskBar);
    riskLayout->addWidget(m_risks);
    m_tabs->addTab(riskPage, tr("外迁 risk and watch list"));
    // Potential
    auto* potentialPage = new QWidget(m_tabs);
    auto* potentialLayout = new QVBoxLayout(potentialPage);
    auto* potentialVisit = new QPushButton(tr("Add to visit task"), potentialPage);
    m_potentialModel = new QStandardItemModel(this);
    m_potentials = makeTable(m_potentialModel);
    auto* potentialBar = new QHBoxLayout;
    potentialBar->addWidget(potentialVisit);
    potentialBar->addStretch(1);
    potentialLayout->addLayout(potentialBar);
    potentialLayout->addWidget(m_potentials);
    m_tabs->addTab(potentialPage, tr("Potential 高新/专精特新"));
    // Outward investment
    auto* outwardPage = new QWidget(m_tabs);
    auto* outwardLayout = new QVBoxLayout(outwardPage);
    m_outwardSummary = new QLabel(outwardPage);
    m_outwardSummary->setWordWrap(true);
    m_outwardModel = new QStandardItemModel(this);
    m_outwardTable = makeTable(m_outwardModel);
    m_flowsBox = new QCheckBox(tr("Draw the flows on the park map (园区地图)"), outwardPage);
    m_flowsBox->setToolTip(tr("Arcs from the park to each target region, as wide as the subscribed capital"));
    connect(m_flowsBox, &QCheckBox::toggled, this, [this]() { emit flowsChanged(); });
    outwardLayout->addWidget(m_outwardSummary);
    outwardLayout->addWidget(m_flowsBox);
    outwardLayout->addWidget(m_outwardTable);
    m_tabs->addTab(outwardPage, tr("域外投资"));
    // Policy calculator
    auto* policyPage = new QWidget(m_tabs);
    auto* policyLayout = new QVBoxLayout(policyPage);
    auto* policyBar = new QHBoxLayout;
    m_policyBox = new QComboBox(policyPage);
    m_policyBox->setAccessibleName(tr("Policy"));
    auto* applyPark = new QPushButton(tr("Apply to the park"), policyPage);
    auto* applyBuilding = new QPushButton(tr("Apply to the building"), policyPage);
    auto* savePolicyButton = new QPushButton(tr("Save rule"), policyPage);
    policyBar->addWidget(new QLabel(tr("Policy:"), policyPage));
    policyBar->addWidget(m_policyBox, 1);
    policyBar->addWidget(applyPark);
    policyBar->addWidget(applyBuilding);
    policyBar->addWidget(savePolicyButton);
    m_policyEdit = new QPlainTextEdit(policyPage);
    m_policyEdit->setToolTip(
        tr("The rule as JSON: conditions (field, op, value) and amount (kind, value, cap). "
           "Fields: %1.")
            .arg(parks::PolicyCalculator::fields().join(u", "_s)));
    m_policyEdit->setMaximumHeight(110);
    m_policyTotal = new QLabel(policyPage);
    m_policyModel = new QStandardItemModel(this);
    m_policyTable = makeTable(m_policyModel);
    policyLayout->addLayout(policyBar);
    policyLayout->addWidget(m_policyEdit);
    policyLayout->addWidget(m_policyTotal);
    policyLayout->addWidget(m_policyTable, 1);
    m_tabs->addTab(policyPage, tr("Policy calculator"));
    connect(m_policyBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_policies.size())
            m_policyEdit->setPlainText(
                QString::fromUtf8(QJsonDocument(m_policies[i].toJson()).toJson(QJsonDocument::Indented)));
    });
    connect(applyPark, &QPushButton::clicked, this, [this]() { applyPolicy(false); });
    connect(applyBuilding, &QPushButton::clicked, this, [this]() { applyPolicy(true); });
    connect(savePolicyButton, &QPushButton::clicked, this, [this]() { savePolicy(); });
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    root->addWidget(m_splitter, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    root->addWidget(m_status);

    connect(
        m_parkBox, &QComboBox::activated, this, [this](int) { load(m_parkBox->currentData().toString()); });
    connect(m_figureBox, &QComboBox::currentIndexChanged, this, [this](int) { recolour(); });
    connect(m_plan, &ParkPlanView::buildingClicked, this, &ParksPanel::showBuilding);
    connect(m_buildings->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        QStringList ids;
        for (const QModelIndex& i : m_buildings->selectionModel()->selectedRows())
            ids << i.data(kBuildingRole).toString();
        if (ids.size() == 1 && ids.first() != m_building)
            showBuilding(ids.first());
        if (ids.size() >= 2)
            compare(ids);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this]() {
        if (!m_view)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("PDF report"), m_view->report.park.name + u".pdf"_s, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            writePdf(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export list"),
            m_tabs->tabText(m_tabs->currentIndex()) + u".xlsx"_s, tr("Excel (*.xlsx);;CSV (*.csv)"));
        if (!path.isEmpty())
            exportCurrentList(path);
    });
    connect(watch, &QPushButton::clicked, this, [this]() { setWatched(true); });
    connect(unwatch, &QPushButton::clicked, this, [this]() { setWatched(false); });
    connect(riskVisit, &QPushButton::clicked, this,
        [this]() { addSelectionToVisitTask(m_risks, tr("外迁 risk check")); });
    connect(potentialVisit, &QPushButton::clicked, this, [this]() {
        addSelectionToVisitTask(m_potentials, tr("Potential 高新/专精特新: qualification advice"));
    });
    connect(&context, &AppContext::cacheChanged, this, [this](const QString&) { reloadParks(); });
    reloadParks();
}

ParksPanel::~ParksPanel() = default;

QTableView* ParksPanel::makeTable(QStandardItemModel* model)
{
    auto* t = new QTableView(this);
    model->setSortRole(kSortRole);
    t->setModel(model);
    t->setSortingEnabled(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* open = new QAction(tr("Open profile"), t);
    auto* visit = new QAction(tr("Add to visit task"), t);
    t->addAction(open);
    t->addAction(visit);
    auto openRow = [this, t]() {
        const QStringList usccs = selectedUsccs(t);
        if (!usccs.isEmpty())
            context().openEnterprise(usccs.first());
    };
    connect(open, &QAction::triggered, this, openRow);
    connect(t, &QTableView::doubleClicked, this, openRow);
    connect(visit, &QAction::triggered, this, [this, t]() { addSelectionToVisitTask(t, {}); });
    return t;
}

QStringList ParksPanel::selectedUsccs(QTableView* table) const
{
    QStringList out;
    for (const QModelIndex& i : table->selectionModel()->selectedRows()) {
        const QString u = i.data(kUsccRole).toString();
        if (!u.isEmpty() && !out.contains(u))
            out << u;
    }
    return out;
}

void ParksPanel::addSelectionToVisitTask(QTableView* table, const QString& reason)
{
    const QStringList usccs = selectedUsccs(table);
    if (usccs.isEmpty()) {
        m_status->setText(tr("Select one or more enterprises first."));
        return;
    }
    context().requestVisitTask(usccs, reason);
    m_status->setText(tr("%n enterprises sent to the visit tasks.", nullptr, int(usccs.size())));
}

void ParksPanel::reloadPolicies()
{
    const QString current = m_policyBox->currentText();
    m_policies.clear();
    try {
        store::Database db = openFor(context().cachePath());
        m_policies = parks::PolicyCalculator::list(db);
    } catch (const std::exception& e) {
        m_policies = parks::PolicyCalculator::builtins();
        m_status->setText(Error::describe(e));
    }
    const QSignalBlocker block(m_policyBox);
    m_policyBox->clear();
    for (const parks::Policy& p : std::as_const(m_policies))
        m_policyBox->addItem(p.name, p.id);
    m_policyBox->setCurrentIndex(std::max(0, m_policyBox->findText(current)));
    if (!m_policies.isEmpty())
        m_policyEdit->setPlainText(
            QString::fromUtf8(QJsonDocument(m_policies[std::max(0, m_policyBox->currentIndex())].toJson())
                                  .toJson(QJsonDocument::Indented)));
}

bool ParksPanel::savePolicy()
{
    try {
        const parks::Policy p
            = parks::Policy::fromJson(QJsonDocument::fromJson(m_policyEdit->toPlainText().toUtf8()).object());
        store::Database db = openFor(context().cachePath());
        parks::PolicyCalculator::list(db);
        parks::PolicyCalculator::save(db, p);
        m_policyBox->setCurrentText(p.name);
        reloadPolicies();
        m_policyBox->setCurrentIndex(std::max(0, m_policyBox->findText(p.name)));
        m_status->setText(tr("Rule \"%1\" saved.").arg(p.name));
        return true;
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Policy calculator"), Error::describe(e));
        return false;
    }
}

bool ParksPanel::applyPolicy(bool buildingOnly)
{
    if (!m_view)
        return false;
    parks::Policy policy;
    try {
        const QJsonDocument doc = QJsonDocument::fromJson(m_policyEdit->toPlainText().toUtf8());
        if (!doc.isObject())
            throw parks::PolicyError(tr("The rule is not a JSON object."));
        policy = parks::Policy::fromJson(doc.object());
    } catch (const parks::PolicyError& e) {
        m_policyTotal->setText(e.message());
        return false;
    }
    const QString path = context().cachePath();
    const QString building = buildingOnly ? m_building : QString();
    std::shared_ptr<ParkView> view = m_view;
    ProgressRunner::run<std::vector<parks::PolicyMatch>>(
        this, tr("Applying the policy…"),
        [path, view, policy, building](const Progress&) {
            store::Database db = openFor(path);
            parks::ParkStore store(db);
            return parks::PolicyCalculator::apply(store, view->report, policy, building);
        },
        [this, policy](std::vector<parks::PolicyMatch> matches) {
            m_policyModel->clear();
            m_policyModel->setHorizontalHeaderLabels({ tr("Enterprise"), tr("Qualifies"),
                tr("Amount (10k yuan)"), tr("Building"), tr("Why (per condition)") });
            int qualifying = 0;
            double total = 0;
            for (const parks::PolicyMatch& m : matches) {
                QStringList why;
                for (const parks::ConditionResult& c : m.conditions)
                    why << (c.pass ? u"✓ "_s : u"✗ "_s) + c.why;
                QList<QStandardItem*> row { item(m.name),
                    item(m.qualifies ? tr("yes") : tr("no"), m.qualifies ? 1 : 0), money(m.amount),
                    item(buildingName(m.buildingId)), item(why.join(u"; "_s)) };
                row[4]->setToolTip(why.join(u'\n'));
                for (QStandardItem* i : row)
                    i->setData(m.uscc, kUsccRole);
                m_policyModel->appendRow(row);
                qualifying += m.qualifies;
                total += m.amount;
            }
            m_policyTable->resizeColumnToContents(0);
            m_policyTotal->setText(tr("%1: %2 of %3 enterprises qualify, %4 in total.")
                                       .arg(policy.name)
                                       .arg(qualifying)
                                       .arg(matches.size())
                                       .arg(Money::text(total)));
            emit policyApplied(qualifying, total);
        },
        [this](const QString& error) { m_policyTotal->setText(error); });
    return true;
}

void ParksPanel::reloadParks()
{
    const QString path = context().cachePath();
    m_parkBox->clear();
    m_view.reset();
    m_loadedCache = path;
    if (path.isEmpty())
        return;
    try {
        store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
        const parks::ParkStore store(db);
        for (const parks::ParkInfo& p : store.parks())
            m_parkBox->addItem(tr("%1 (%2 buildings)").arg(p.name).arg(p.buildingCount), p.id);
    } catch (const std::exception& e) {
        m_status->setText(Error::describe(e));
        return;
    }
    reloadPolicies();
    if (m_parkBox->count() == 0) {
        m_status->setText(
            tr("The cache holds no parks. Import parks.csv and buildings.csv (exchange format)."));
        return;
    }
    const int wanted = m_parkBox->findData(m_wantedPark);
    m_parkBox->setCurrentIndex(std::max(0, wanted));
    load(m_parkBox->currentData().toString());
}

void ParksPanel::showPark(const QString& parkId)
{
    m_wantedPark = parkId;
    const int i = m_parkBox->findData(parkId);
    if (i < 0)
        return;
    m_parkBox->setCurrentIndex(i);
    load(parkId);
}

bool ParksPanel::isBusy() const
{
    return m_task && m_task->isRunning();
}

void ParksPanel::load(const QString& parkId)
{
    if (parkId.isEmpty())
        return;
    m_wantedPark = parkId;
    if (m_task)
        m_task->cancel();
    const QString path = context().cachePath();
    m_task = new BackgroundTask(this);
    ProgressRunner::bind(m_task, m_progress, m_cancel, m_status, tr("Loading the park: %1"));
    emit busyChanged(true);
    BackgroundTask* task = m_task;
    connect(task, &BackgroundTask::runningChanged, this, [this, task](bool running) {
        if (!running) {
            if (m_task == task)
                m_task = nullptr;
            task->deleteLater();
            emit busyChanged(false);
        }
    });
    task->start<std::shared_ptr<ParkView>>(
        [path, parkId](const Progress& progress) {
            QElapsedTimer timer;
            timer.start();
            auto v = std::make_shared<ParkView>();
            store::Database db = openFor(path);
            parks::ParkStore store(db);
            v->report = parks::ParkEngine::report(store, parkId, QDate::currentDate(), progress);
            progress.throwIfCancelled();
            v->risks = parks::ParkInsights::relocationRisks(store, v->report);
            v->potentials = parks::ParkInsights::potentials(store, v->report);
            v->outward = parks::ParkInsights::outward(store, v->report);
            v->roads = store.roads(v->report.park.id, v->report.park.boundary);
            v->ms = double(timer.nsecsElapsed()) / 1e6;
            return v;
        },
        this, [this](std::shared_ptr<ParkView> v) { showView(std::move(v)); },
        [this](const QString& error) { m_status->setText(error); });
}

void ParksPanel::showView(std::shared_ptr<ParkView> view)
{
    m_view = std::move(view);
    const parks::ParkReport& r = m_view->report;
    QList<ParkPlanView::Building> buildings;
    for (const parks::BuildingReport& b : r.buildings) {
        QString label = b.building.name;
        if (label.startsWith(r.park.name))
            label = label.mid(r.park.name.size());
        buildings.append({ b.building.id, label, b.building.footprint, 0, false });
    }
    m_plan->setPark(r.park.boundary, buildings, m_view->roads);
    fillBuildings();
    fillRisks();
    fillPotentials();
    fillOutward();
    recolour();
    emit flowsChanged();
    const parks::Figures& t = r.total;
    m_status->setText(
        tr("%1 · %2 buildings · %3 registered here (%4 实际注册, %5 虚拟注册) · %6 仅办公 · tax %7 "
           "(%8) · loaded in %9 ms")
            .arg(r.park.name)
            .arg(r.buildings.size())
            .arg(t.registeredHere())
            .arg(t.actual)
            .arg(t.virtualReg)
            .arg(t.officeOnly)
            .arg(Money::text(t.tax))
            .arg(r.year)
            .arg(QString::number(m_view->ms, 'f', 0))
        + (r.notes.isEmpty() ? QString() : u" · "_s + r.notes.join(u' ')));
    QString building = m_building;
    if (std::none_of(r.buildings.begin(), r.buildings.end(),
            [&](const parks::BuildingReport& b) { return b.building.id == building; }))
        building = r.buildings.empty() ? QString() : r.buildings.front().building.id;
    m_building.clear();
    showBuilding(building);
    emit parkShown(r.park.id);
}

void ParksPanel::fillBuildings()
{
    const QSignalBlocker block(m_buildings->selectionModel());
    m_buildingModel->clear();
    m_buildingModel->setHorizontalHeaderLabels({ tr("Building"), tr("Floors"), tr("实际注册"), tr("虚拟注册"),
        tr("仅办公"), tr("Tax (10k yuan)"), tr("Tax per m²"), tr("Band"), tr("Occupancy") });
    for (const parks::BuildingReport& b : m_view->report.buildings) {
        const parks::Figures& f = b.figures;
        QList<QStandardItem*> row { item(b.building.name), number(b.building.floors), number(f.actual),
            number(f.virtualReg), number(f.officeOnly), money(f.tax),
            f.taxPerM2 ? number(*f.taxPerM2, 1) : item(QStringLiteral("—"), -1.0), item(f.taxBand),
            item(percent(f.occupancy), f.occupancy.value_or(-1)) };
        for (QStandardItem* i : row)
            i->setData(b.building.id, kBuildingRole);
        m_buildingModel->appendRow(row);
    }
    m_buildings->resizeColumnsToContents();
}

void ParksPanel::recolour()
{
    if (!m_view)
        return;
    QHash<QString, int> risky;
    for (const parks::RelocationRisk& r : m_view->risks)
        risky[r.buildingId] += r.score >= 30;
    QList<double> values;
    QList<bool> known;
    const int figure = m_figureBox->currentIndex();
    for (const parks::BuildingReport& b : m_view->report.buildings) {
        const parks::Figures& f = b.figures;
        const int all = f.actual + f.virtualReg + f.officeOnly;
        switch (figure) {
        case 0:
            values << f.taxPerM2.value_or(0);
            known << f.taxPerM2.has_value();
            break;
        case 1:
            values << (all ? double(f.actual) / all : 0);
            known << (all > 0);
            break;
        case 2:
            values << (all ? double(f.virtualReg) / all : 0);
            known << (all > 0);
            break;
        case 3:
            values << f.occupancy.value_or(0);
            known << f.occupancy.has_value();
            break;
        default:
            values << risky.value(b.building.id);
            known << true;
            break;
        }
    }
    m_plan->setValues(values, known, m_figureBox->currentText());
}

void ParksPanel::showBuilding(const QString& buildingId)
{
    if (!m_view)
        return;
    m_building = buildingId;
    m_plan->setSelected(buildingId);
    {
        const QSignalBlocker block(m_buildings->selectionModel());
        for (int r = 0; r < m_buildingModel->rowCount(); ++r) {
            if (m_buildingModel->item(r)->data(kBuildingRole).toString() == buildingId) {
                m_buildings->selectRow(r);
                m_buildings->scrollTo(m_buildingModel->index(r, 0));
            }
        }
    }
    fillBuilding();
}

void ParksPanel::fillBuilding()
{
    m_memberModel->clear();
    const parks::BuildingReport* b = nullptr;
    for (const parks::BuildingReport& x : m_view->report.buildings) {
        if (x.building.id == m_building)
            b = &x;
    }
    if (!b) {
        m_figures->setText(tr("No building selected."));
        m_chart->setChart(Charts::empty(tr("Revenue and tax")));
        m_classChart->setChart(Charts::empty(tr("Classes")));
        fillFieldWork();
        return;
    }
    const parks::Figures& f = b->figures;
    const int y = m_view->report.year;
    QString html = u"<b>%1</b><br>%2 · %3<br>"_s.arg(b->building.name.toHtmlEscaped(),
        b->building.address.toHtmlEscaped(), tr("%n floors", nullptr, b->building.floors));
    html += u"<table cellspacing=2>"_s;
    auto row = [&](const QString& k, const QString& v) {
        html += u"<tr><td>%1</td><td align=right><b>%2</b></td></tr>"_s.arg(
            k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    row(tr("实际注册 / 虚拟注册 / 仅办公"),
        u"%1 / %2 / %3"_s.arg(f.actual).arg(f.virtualReg).arg(f.officeOnly));
    row(tr("Registered here (change)"),
        u"%1 (%2)"_s.arg(f.registeredHere()).arg(change(f.registeredHere(), f.prevRegisteredHere())));
    row(tr("Revenue %1 (change)").arg(y),
        u"%1 (%2)"_s.arg(Money::text(f.revenue), change(f.revenue, f.prevRevenue)));
    row(tr("Tax %1 (change)").arg(y), u"%1 (%2)"_s.arg(Money::text(f.tax), change(f.tax, f.prevTax)));
    row(tr("Tax per m² per year"),
        f.taxPerM2 ? tr("%1 yuan").arg(*f.taxPerM2, 0, 'f', 1) : QStringLiteral("—"));
    row(tr("Tax band"), f.taxBand.isEmpty() ? tr("below 10 million") : f.taxBand);
    row(tr("Occupancy (healthy ≥ 85 %)"), u"%1 (%2)"_s.arg(percent(f.occupancy), percent(f.prevOccupancy)));
    row(tr("Registration rate"), percent(f.registrationRate));
    row(tr("Qualified firms"), QString::number(f.qualified));
    row(tr("Tenants (unmatched)"), u"%1 (%2)"_s.arg(f.tenants).arg(f.unmatchedTenants));
    html += u"</table><small>%1</small>"_s.arg(
        parks::ParkEngine::registrationRateDefinition().toHtmlEscaped());
    if (!b->notes.isEmpty())
        html += u"<br><small><i>%1</i></small>"_s.arg(b->notes.join(u' ').toHtmlEscaped());
    m_figures->setText(html);
    m_chart->setChart(
        Charts::bars(tr("Revenue and tax (10k yuan)"), { QString::number(y - 1), QString::number(y) },
            { { tr("Revenue"), { Money::toWan(f.prevRevenue), Money::toWan(f.revenue) } },
                { tr("Tax"), { Money::toWan(f.prevTax), Money::toWan(f.tax) } } }));
    m_classChart->setChart(classPie(f));

    m_memberModel->setHorizontalHeaderLabels({ tr("Enterprise"), tr("Class"), tr("Why"),
        tr("Revenue (10k yuan)"), tr("Tax (10k yuan)"), tr("Status") });
    for (const parks::Member& m : b->members) {
        QList<QStandardItem*> r { item(m.name), item(parks::ParkEngine::className(m.cls), int(m.cls)),
            item(m.reasons.join(u"; "_s)), m.revenue ? money(*m.revenue) : item(QString(), -1.0),
            m.tax ? money(*m.tax) : item(QString(), -1.0), item(m.status) };
        r[2]->setToolTip(m.reasons.join(u'\n'));
        for (QStandardItem* i : r)
            i->setData(m.uscc, kUsccRole);
        m_memberModel->appendRow(r);
    }
    for (const parks::TenantMatch& t : b->tenants) {
        if (!t.matchedUscc.isEmpty())
            continue;
        m_memberModel->appendRow({ item(t.row.name), item(tr("Unmatched tenant"), 9),
            item(tr("On the tenant list (%1 %2), no enterprise of the cache has this code or name")
                     .arg(t.row.floor, t.row.room)),
            item(QString()), item(QString()), item(QString()) });
    }
    m_members->resizeColumnToContents(0);
    m_members->resizeColumnToContents(1);
    m_members->setColumnWidth(2, 360);
    m_pageTabs->setTabText(0, tr("Enterprises (%1)").arg(m_memberModel->rowCount()));
    fillFieldWork();
}

void ParksPanel::fillFieldWork()
{
    const quint64 generation = ++m_fieldGeneration;
    m_fieldModel->clear();
    m_fieldModel->setHorizontalHeaderLabels({ tr("Date / due"), tr("Record"), tr("Enterprise"),
        tr("Summary / reason"), tr("Visitor / assignee"), tr("Follow-up") });
    m_pageTabs->setTabText(1, tr("Visits and open tasks"));
    const parks::BuildingReport* b = nullptr;
    for (const parks::BuildingReport& x : m_view->report.buildings) {
        if (x.building.id == m_building)
            b = &x;
    }
    if (!b) {
        m_fieldNote->clear();
        return;
    }
    QStringList usccs;
    for (const parks::Member& m : b->members)
        usccs << m.uscc;
    for (const parks::TenantMatch& t : b->tenants) {
        if (!t.matchedUscc.isEmpty() && !usccs.contains(t.matchedUscc))
            usccs << t.matchedUscc;
    }
    m_fieldNote->setText(tr("Reading the field work…"));
    const QString path = context().cachePath();
    const QString buildingId = b->building.id;
    // A small read (indexed by enterprise): no dialog, the note says it is running.
    auto* task = new BackgroundTask(this);
    connect(task, &BackgroundTask::runningChanged, task, [task](bool running) {
        if (!running)
            task->deleteLater();
    });
    task->start<FieldWorkRows>(
        [path, usccs](const Progress&) {
            FieldWorkRows rows;
            if (usccs.isEmpty())
                return rows;
            // The park was loaded through Cache::open (header, schema and, for small caches, a quick check
            // of every page: ~100 ms at 20,000 firms); a page click only needs a plain read connection.
            store::Database db = store::Database::openRaw(path, store::Database::Mode::ReadOnly);
            store::Cache::configure(db, store::Cache::Access::ReadOnly);
            const fieldwork::FieldWorkStore store(db);
            fieldwork::VisitQuery vq;
            vq.usccs = usccs;
            rows.visits = store.visits(vq);
            fieldwork::TaskQuery tq;
            tq.usccs = usccs;
            for (const fieldwork::Record& t : store.tasks(tq)) {
                if (fieldwork::Fields::isOpenStatus(t.value("status")))
                    rows.openTasks << t;
            }
            std::stable_sort(rows.openTasks.begin(), rows.openTasks.end(),
                [](const fieldwork::Record& a, const fieldwork::Record& b) {
                    return a.value("due") < b.value("due");
                });
            return rows;
        },
        this,
        [this, generation, buildingId](FieldWorkRows rows) {
            if (generation != m_fieldGeneration)
                return; // another building was chosen meanwhile
            for (const fieldwork::Record& v : std::as_const(rows.visits)) {
                QList<QStandardItem*> row { item(v.value("date")), item(tr("Visit: %1").arg(v.value("kind"))),
                    item(v.enterpriseName), item(v.value("summary")), item(v.value("visitor")),
                    item(u"%1 %2"_s.arg(v.value("follow_up"), v.value("follow_up_date")).trimmed()) };
                row[3]->setToolTip(v.value("summary"));
                for (QStandardItem* i : row) {
                    i->setData(v.value("uscc"), kUsccRole);
                    i->setData(v.id, kVisitRole);
                }
                m_fieldModel->appendRow(row);
            }
            for (const fieldwork::Record& t : std::as_const(rows.openTasks)) {
                QList<QStandardItem*> row { item(t.value("due")),
                    item(tr("Open task: %1")
                             .arg(t.value("status").isEmpty() ? tr("to do") : t.value("status"))),
                    item(t.enterpriseName), item(t.value("reason")), item(t.value("assignee")),
                    item(QString()) };
                for (QStandardItem* i : row) {
                    i->setData(t.value("uscc"), kUsccRole);
                    i->setData(t.id, kTaskRole);
                }
                m_fieldModel->appendRow(row);
            }
            m_fieldTable->resizeColumnToContents(0);
            m_fieldTable->resizeColumnToContents(1);
            m_fieldTable->resizeColumnToContents(2);
            m_fieldTable->setColumnWidth(3, 300);
            m_pageTabs->setTabText(
                1, tr("Visits and open tasks (%1 / %2)").arg(rows.visits.size()).arg(rows.openTasks.size()));
            m_fieldNote->setText(rows.visits.isEmpty() && rows.openTasks.isEmpty()
                    ? tr("No visit and no open task for the enterprises of this building yet.")
                    : tr("%n visit(s) and %1 open task(s) of the building's enterprises.", nullptr,
                        int(rows.visits.size()))
                          .arg(rows.openTasks.size()));
            emit fieldWorkShown(buildingId, int(rows.visits.size()), int(rows.openTasks.size()));
        },
        [this, generation](const QString& error) {
            if (generation == m_fieldGeneration)
                m_fieldNote->setText(error);
        });
}

bool ParksPanel::openFieldWorkRecord()
{
    const QModelIndexList rows = m_fieldTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_status->setText(tr("Select a visit or a task first."));
        return false;
    }
    const QModelIndex i = rows.first();
    context().requestFieldWork(
        i.data(kUsccRole).toString(), i.data(kVisitRole).toString(), i.data(kTaskRole).toString());
    return true;
}

bool ParksPanel::newVisit()
{
    QStringList usccs = selectedUsccs(m_fieldTable);
    if (usccs.isEmpty())
        usccs = selectedUsccs(m_members);
    if (usccs.isEmpty()) {
        m_status->setText(tr("Select an enterprise of the building (or one of its visits) first."));
        return false;
    }
    context().requestFieldWork(usccs.first());
    return true;
}

void ParksPanel::showFieldWork(bool fieldWork)
{
    m_pageTabs->setCurrentIndex(fieldWork ? 1 : 0);
}

QString ParksPanel::buildingName(const QString& buildingId) const
{
    if (m_view) {
        for (const parks::BuildingReport& b : m_view->report.buildings) {
            if (b.building.id == buildingId)
                return b.building.name;
        }
    }
    return buildingId;
}

void ParksPanel::compare(const QStringList& buildingIds)
{
    if (!m_view)
        return;
    std::vector<const parks::BuildingReport*> chosen;
    for (const parks::BuildingReport& b : m_view->report.buildings) {
        if (buildingIds.contains(b.building.id))
            chosen.push_back(&b);
    }
    m_compareModel->clear();
    QStringList headers { tr("Figure") };
    for (const auto* b : chosen)
        headers << b->building.name;
    m_compareModel->setHorizontalHeaderLabels(headers);
    auto add = [&](const QString& name, const std::function<QString(const parks::Figures&)>& value) {
        QList<QStandardItem*> row { item(name) };
        for (const auto* b : chosen)
            row << item(value(b->figures));
        m_compareModel->appendRow(row);
    };
    add(tr("实际注册"), [](const parks::Figures& f) { return QString::number(f.actual); });
    add(tr("虚拟注册"), [](const parks::Figures& f) { return QString::number(f.virtualReg); });
    add(tr("仅办公"), [](const parks::Figures& f) { return QString::number(f.officeOnly); });
    add(tr("Revenue"), [](const parks::Figures& f) { return Money::text(f.revenue); });
    add(tr("Tax"), [](const parks::Figures& f) { return Money::text(f.tax); });
    add(tr("Tax change"), [](const parks::Figures& f) { return change(f.tax, f.prevTax); });
    add(tr("Tax per m²"), [](const parks::Figures& f) {
        return f.taxPerM2 ? QString::number(*f.taxPerM2, 'f', 1) : QStringLiteral("—");
    });
    add(tr("Tax band"), [](const parks::Figures& f) { return f.taxBand; });
    add(tr("Occupancy"), [](const parks::Figures& f) { return percent(f.occupancy); });
    add(tr("Registration rate"), [](const parks::Figures& f) { return percent(f.registrationRate); });
    add(tr("Qualified firms"), [](const parks::Figures& f) { return QString::number(f.qualified); });
    m_compareTable->resizeColumnsToContents();
    QStringList names;
    QList<double> tax, revenue;
    for (const auto* b : chosen) {
        names << b->building.name.right(8);
        tax << Money::toWan(b->figures.tax);
        revenue << Money::toWan(b->figures.revenue);
    }
    m_compareChart->setChart(Charts::bars(
        tr("Revenue and tax (10k yuan)"), names, { { tr("Revenue"), revenue }, { tr("Tax"), tax } }));
    m_tabs->setCurrentIndex(1);
}

void ParksPanel::fillRisks()
{
    m_riskModel->clear();
    m_riskModel->setHorizontalHeaderLabels(
        { tr("Enterprise"), tr("Score"), tr("Watched"), tr("Building"), tr("Parts (points: fact)") });
    for (const parks::RelocationRisk& r : m_view->risks) {
        QStringList parts;
        for (const parks::ScorePart& p : r.parts)
            parts << u"%1: %2"_s.arg(p.points).arg(p.fact);
        QList<QStandardItem*> row { item(r.name), number(r.score), item(r.watched ? tr("yes") : QString()),
            item(buildingName(r.buildingId)), item(parts.join(u"; "_s)) };
        row[4]->setToolTip(parts.join(u'\n'));
        for (QStandardItem* i : row)
            i->setData(r.uscc, kUsccRole);
        m_riskModel->appendRow(row);
    }
    m_risks->resizeColumnToContents(0);
}

void ParksPanel::fillPotentials()
{
    m_potentialModel->clear();
    m_potentialModel->setHorizontalHeaderLabels({ tr("Enterprise"), tr("Target"), tr("Pass"), tr("Fail"),
        tr("Unknown"), tr("Gates (result: figure)") });
    for (const parks::Potential& p : m_view->potentials) {
        if (p.failed > 1)
            continue; // the list shows who is close: at most one gate failed
        QStringList gates;
        for (const parks::Gate& g : p.gates) {
            const QString res = g.result == parks::GateResult::Pass ? tr("pass")
                : g.result == parks::GateResult::Fail               ? tr("fail")
                                                                    : tr("unknown");
            gates << u"%1 %2 (%3)"_s.arg(g.label, res, g.figure);
        }
        QList<QStandardItem*> row { item(p.name), item(p.target), number(p.passed), number(p.failed),
            number(p.unknown), item(gates.join(u"; "_s)) };
        row[5]->setToolTip(gates.join(u'\n'));
        for (QStandardItem* i : row)
            i->setData(p.uscc, kUsccRole);
        m_potentialModel->appendRow(row);
    }
    m_potentials->resizeColumnToContents(0);
}

void ParksPanel::fillOutward()
{
    const parks::OutwardInvestment& o = m_view->outward;
    m_outwardSummary->setText(
        tr("%n holdings of the park's registered enterprises in enterprises registered outside "
           "the district (%1 outside the city): subscribed capital %2, investees' revenue %3 "
           "and tax %4. Flows from the park to each region:",
            nullptr, o.count)
            .arg(o.outsideCity)
            .arg(Money::text(o.capital), Money::text(o.revenue), Money::text(o.tax)));
    m_outwardModel->clear();
    m_outwardModel->setHorizontalHeaderLabels({ tr("Target region"), tr("Holdings"), tr("Capital (10k yuan)"),
        tr("Investee revenue (10k yuan)"), tr("Investee tax (10k yuan)"), tr("Flow (from → to)") });
    for (const parks::OutwardGroup& g : o.byRegion) {
        m_outwardModel->appendRow(
            { item(g.label), number(g.count), money(g.capital), money(g.revenue), money(g.tax),
                item(u"(%1, %2) → (%3, %4)"_s.arg(o.originLon, 0, 'f', 3)
                         .arg(o.originLat, 0, 'f', 3)
                         .arg(g.lon, 0, 'f', 3)
                         .arg(g.lat, 0, 'f', 3)) });
    }
    m_outwardTable->resizeColumnsToContents();
}

bool ParksPanel::flowsShown() const
{
    return m_flowsBox->isChecked();
}

void ParksPanel::setFlowsShown(bool shown)
{
    m_flowsBox->setChecked(shown);
}

void ParksPanel::setWatched(bool watched)
{
    const QStringList usccs = selectedUsccs(m_risks);
    if (usccs.isEmpty()) {
        m_status->setText(tr("Select one or more enterprises first."));
        return;
    }
    try {
        store::Database db = openFor(context().cachePath());
        parks::ParkStore store(db);
        for (const QString& u : usccs) {
            if (watched)
                store.watch(u, tr("外迁 risk"));
            else
                store.unwatch(u);
        }
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Watch list"), Error::describe(e));
        return;
    }
    for (parks::RelocationRisk& r : m_view->risks) {
        if (usccs.contains(r.uscc))
            r.watched = watched;
    }
    fillRisks();
    m_status->setText(watched
            ? tr("%n enterprises on the watch list.", nullptr, int(usccs.size()))
            : tr("%n enterprises removed from the watch list.", nullptr, int(usccs.size())));
}

QTableView* ParksPanel::currentTable() const
{
    switch (m_tabs->currentIndex()) {
    case 0:
        return m_members;
    case 1:
        return m_compareTable;
    case 2:
        return m_risks;
    case 3:
        return m_potentials;
    case 4:
        return m_outwardTable;
    default:
        return m_policyTable;
    }
}

void ParksPanel::setCurrentTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

bool ParksPanel::exportCurrentList(const QString& path)
{
    const QAbstractItemModel* model = currentTable()->model();
    QStringList headers;
    for (int c = 0; c < model->columnCount(); ++c)
        headers << model->headerData(c, Qt::Horizontal).toString();
    try {
        io::TableWriter::write(
            path, headers, model->rowCount(),
            [model](qint64 r) {
                QVariantList row;
                for (int c = 0; c < model->columnCount(); ++c)
                    row << model->index(int(r), c).data();
                return row;
            },
            {}, m_tabs->tabText(m_tabs->currentIndex()).left(30));
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Export list"), Error::describe(e));
        return false;
    } catch (const Cancelled&) {
        return false;
    }
    m_status->setText(tr("Exported %n rows to %1.", nullptr, model->rowCount()).arg(path));
    return true;
}

bool ParksPanel::writePdf(const QString& path)
{
    if (!m_view)
        return false;
    const parks::ParkReport& r = m_view->report;
    const parks::Figures& t = r.total;
    ReportWriter report(tr("Park report"));
    report.addTitle(tr("Park report: %1").arg(r.park.name),
        tr("Report year %1 · as of %2").arg(r.year).arg(r.asOf.toString(Qt::ISODate)));
    report.addHeading(tr("Park figures"));
    report.addKeyValues({ { tr("Buildings"), QString::number(r.buildings.size()) },
        { tr("实际注册 / 虚拟注册 / 仅办公"),
            u"%1 / %2 / %3"_s.arg(t.actual).arg(t.virtualReg).arg(t.officeOnly) },
        { tr("Revenue (change)"),
            u"%1 (%2)"_s.arg(Money::text(t.revenue), change(t.revenue, t.prevRevenue)) },
        { tr("Tax (change)"), u"%1 (%2)"_s.arg(Money::text(t.tax), change(t.tax, t.prevTax)) },
        { tr("Tax per m² per year"),
            t.taxPerM2 ? QString::number(*t.taxPerM2, 'f', 1) : QStringLiteral("—") },
        { tr("Occupancy"), percent(t.occupancy) }, { tr("Registration rate"), percent(t.registrationRate) },
        { tr("Qualified firms"), QString::number(t.qualified) } });
    report.addNote(parks::ParkEngine::registrationRateDefinition());
    QStringList names;
    QList<double> tax;
    QList<QStringList> rows;
    for (const parks::BuildingReport& b : r.buildings) {
        const parks::Figures& f = b.figures;
        names << b.building.name.right(8);
        tax << Money::toWan(f.tax);
        rows << QStringList { b.building.name, QString::number(f.actual), QString::number(f.virtualReg),
            QString::number(f.officeOnly), Money::wan(f.tax),
            f.taxPerM2 ? QString::number(*f.taxPerM2, 'f', 1) : QString(), f.taxBand, percent(f.occupancy) };
    }
    report.addHeading(tr("Buildings"));
    report.addTable({ tr("Building"), tr("实际注册"), tr("虚拟注册"), tr("仅办公"), tr("Tax (10k yuan)"),
                        tr("Tax per m²"), tr("Band"), tr("Occupancy") },
        rows);
    report.addChart(
        Charts::bars(tr("Tax by building (10k yuan)"), names, { { tr("Tax"), tax } }), QSize(800, 320));
    for (const parks::BuildingReport& b : r.buildings) {
        if (b.building.id != m_building)
            continue;
        report.addHeading(tr("Building: %1").arg(b.building.name));
        QList<QStringList> members;
        for (const parks::Member& m : b.members)
            members << QStringList { m.name, parks::ParkEngine::className(m.cls), m.reasons.join(u"; "_s) };
        report.addTable({ tr("Enterprise"), tr("Class"), tr("Why") }, members, 60);
    }
    QList<QStringList> risks;
    for (const parks::RelocationRisk& x : m_view->risks) {
        QStringList parts;
        for (const parks::ScorePart& p : x.parts)
            parts << u"%1: %2"_s.arg(p.points).arg(p.fact);
        risks << QStringList { x.name, QString::number(x.score), parts.join(u"; "_s) };
    }
    report.addHeading(tr("外迁 risk"));
    report.addTable({ tr("Enterprise"), tr("Score"), tr("Parts") }, risks, 30);
    QList<QStringList> potentials;
    for (const parks::Potential& p : m_view->potentials) {
        if (p.failed == 0)
            potentials << QStringList { p.name, p.target, QString::number(p.passed),
                QString::number(p.unknown) };
    }
    report.addHeading(tr("Potential 高新/专精特新 (no gate failed)"));
    report.addTable({ tr("Enterprise"), tr("Target"), tr("Pass"), tr("Unknown") }, potentials, 30);
    try {
        report.writePdf(path);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("PDF report"), Error::describe(e));
        return false;
    }
    m_status->setText(tr("Report written to %1.").arg(path));
    return true;
}

void ParksPanel::saveState(Settings& settings) const
{
    settings.set(kFigure, m_figureBox->currentIndex());
    settings.set(kTab, m_tabs->currentIndex());
    settings.set(kPark, m_wantedPark);
    settings.set(kFlows, m_flowsBox->isChecked());
    settings.setPanelValue(panelId(), QStringLiteral("splitter"), m_splitter->saveState());
}

void ParksPanel::restoreState(const Settings& settings)
{
    m_figureBox->setCurrentIndex(settings.get(kFigure));
    m_tabs->setCurrentIndex(settings.get(kTab));
    m_flowsBox->setChecked(settings.get(kFlows));
    m_splitter->restoreState(settings.panelValue(panelId(), QStringLiteral("splitter")).toByteArray());
    const QString park = settings.get(kPark);
    if (!park.isEmpty())
        showPark(park);
}

void ParksPanel::prepareScreenshot()
{
    if (m_parkBox->count() > 0 && !m_view && !isBusy())
        load(m_parkBox->currentData().toString());
}

} // namespace dj::ui
