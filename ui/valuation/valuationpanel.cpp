#include "ui/valuation/valuationpanel.h"

#include "core/io/ioerror.h"
#include "core/store/cache.h"
#include "core/store/database.h"
#include "core/store/storeerror.h"
#include "core/valuation/qualitymeasure.h"
#include "core/valuation/resultjson.h"
#include "core/valuation/valuationexport.h"
#include "core/valuation/variables.h"
#include "ui/common/appcontext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/settings.h"
#include "ui/valuation/ahpmatrixmodel.h"
#include "ui/valuation/fieldeditors.h"
#include "ui/valuation/jsontablemodel.h"
#include "ui/valuation/valuationcalculator.h"
#include "ui/valuation/valuationcharts.h"
#include "ui/valuation/valuationreport.h"
#include "ui/valuation/worksheetdocument.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPolarChart>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dj::ui {

namespace {
using Kind = FieldEdit::Kind;
using Col = JsonColumn;
using ColKind = JsonColumn::Kind;

QString money(double v)
{
    return QLocale().toString(v, 'f', 2);
}

QWidget* scrolled(QWidget* w)
{
    auto* area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(w);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

QTableWidget* resultTable(int columns, const QStringList& headers)
{
    auto* t = new QTableWidget(0, columns);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(22);
    return t;
}

void setCell(QTableWidget* t, int r, int c, const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    t->setItem(r, c, item);
}

QChartView* chartView(QChart* chart)
{
    auto* v = new QChartView(chart);
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(220);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return v;
}

QString sampleResource(const QString& name)
{
    return QStringLiteral(":/dj/valuation/") + name + QStringLiteral(".json");
}
} // namespace

ValuationPanel::ValuationPanel(AppContext& context, QWidget* parent)
    : Panel(context, parent)
    , m_doc(new WorksheetDocument(this))
    , m_calc(new ValuationCalculator(m_doc, this))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_measureTask(new BackgroundTask(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* newAct = bar->addAction(tr("New"), this, [this] {
        if (confirmDiscard())
            newProject();
    });
    newAct->setToolTip(tr("Start an empty worksheet"));
    bar->addAction(tr("Open…"), this, &ValuationPanel::open)->setShortcut(QKeySequence::Open);
    QAction* saveAct = bar->addAction(tr("Save"), this, &ValuationPanel::save);
    saveAct->setShortcut(QKeySequence::Save);
    saveAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    bar->addAction(tr("Save as…"), this, &ValuationPanel::saveAs);
    bar->addSeparator();
    m_undo = m_doc->undoStack()->createUndoAction(this, tr("Undo"));
    m_redo = m_doc->undoStack()->createRedoAction(this, tr("Redo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undo);
    addAction(m_redo);
    addAction(saveAct);
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addSeparator();
    auto* samples = new QToolButton(bar);
    samples->setText(tr("Samples"));
    samples->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(samples);
    menu->addAction(tr("Bank customer data (income approach)"), this, [this] {
        if (confirmDiscard())
            loadSample(QStringLiteral("bank-customer-data"));
    });
    menu->addAction(tr("Map data product (cost and market approaches)"), this, [this] {
        if (confirmDiscard())
            loadSample(QStringLiteral("map-data-product"));
    });
    samples->setMenu(menu);
    bar->addWidget(samples);
    bar->addSeparator();
    bar->addAction(tr("Export XLSX…"), this, &ValuationPanel::exportXlsxInteractive);
    bar->addAction(tr("Report PDF…"), this, &ValuationPanel::exportPdfInteractive);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_headline->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 14px; padding-right: 8px;"));
    bar->addWidget(m_headline);
    layout->addWidget(bar);

    m_tabs->addTab(buildCardTab(), tr("Asset card"));
    m_tabs->addTab(buildQualityTab(), tr("Quality"));
    m_tabs->addTab(buildCostTab(), tr("Cost approach"));
    m_tabs->addTab(buildIncomeTab(), tr("Income approach"));
    m_tabs->addTab(buildMarketTab(), tr("Market approach"));
    m_tabs->addTab(buildConclusionTab(), tr("Conclusion"));
    m_tabs->addTab(buildLedgerTab(), tr("Ledger"));
    layout->addWidget(m_tabs, 1);
    m_status->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(m_status);

    connect(m_calc, &ValuationCalculator::recalculated, this, &ValuationPanel::updateResults);
    connect(m_calc, &ValuationCalculator::monteCarloChanged, this, &ValuationPanel::updateMonteCarlo);
    connect(m_calc, &ValuationCalculator::monteCarloProgress, m_mcProgress, &QProgressBar::setValue);
    connect(m_doc, &WorksheetDocument::fileChanged, this, &ValuationPanel::updateTitle);
    connect(m_doc->undoStack(), &QUndoStack::cleanChanged, this, &ValuationPanel::updateTitle);
    connect(m_measureTask, &BackgroundTask::runningChanged, this, [this](bool running) {
        m_measureButton->setText(running ? tr("Cancel measuring") : tr("Measure on the open cache"));
        emit busyChanged(isBusy());
    });
    loadSample(QStringLiteral("bank-customer-data"));
}

ValuationPanel::~ValuationPanel() = default;

FieldEdit* ValuationPanel::field(const QString& path, int kind, const QString& label)
{
    return new FieldEdit(m_doc, m_calc, path, Kind(kind), label);
}

// ---------------------------------------------------------------- 资产卡片
QWidget* ValuationPanel::buildCardTab()
{
    auto* page = new QWidget;
    auto* split = new QHBoxLayout(page);
    auto* left = new QWidget;
    auto* form = new QFormLayout(left);
    form->addRow(tr("Asset name"), field(QStringLiteral("asset.name"), int(Kind::Text), tr("Asset name")));
    form->addRow(tr("Holder"), field(QStringLiteral("asset.holder"), int(Kind::Text), tr("Holder")));
    form->addRow(tr("Valuation date"),
        field(QStringLiteral("asset.valuation_date"), int(Kind::Date), tr("Valuation date")));
    form->addRow(tr("Purpose"), field(QStringLiteral("asset.purpose"), int(Kind::Text), tr("Purpose")));
    FieldEdit* vt = field(QStringLiteral("asset.value_type"), int(Kind::Choice), tr("Value type"));
    vt->setChoices({ QStringLiteral("market_value"), QStringLiteral("investment_value"),
                       QStringLiteral("in_use_value"), QStringLiteral("liquidation_value") },
        { tr("Market value"), tr("Investment value"), tr("Value in use"), tr("Liquidation value") });
    form->addRow(tr("Value type"), vt);
    auto* rights = new QWidget;
    auto* rl = new QHBoxLayout(rights);
    rl->setContentsMargins(0, 0, 0, 0);
    const QList<QPair<QString, QString>> kinds { { QStringLiteral("holding"), tr("Holding (持有权)") },
        { QStringLiteral("use"), tr("Processing and use (使用权)") },
        { QStringLiteral("operation"), tr("Product operation (经营权)") } };
    for (const auto& k : kinds) {
        auto* box = new QCheckBox(k.second, rights);
        rl->addWidget(box);
        m_rights.append({ k.first, box });
        connect(box, &QCheckBox::clicked, this, [this] {
            QJsonArray a;
            for (const auto& r : std::as_const(m_rights))
                if (r.second->isChecked())
                    a.append(r.first);
            m_doc->setValue(QStringLiteral("asset.rights"), a, tr("Edit the rights"));
        });
    }
    rl->addStretch();
    form->addRow(tr("Rights"), rights);
    form->addRow(tr("Description"),
        field(QStringLiteral("asset.description"), int(Kind::LongText), tr("Description")));
    form->addRow(
        tr("Data source"), field(QStringLiteral("asset.data_source"), int(Kind::Text), tr("Data source")));
    form->addRow(tr("Records"), field(QStringLiteral("asset.records"), int(Kind::Number), tr("Records")));
    form->addRow(tr("Fields"), field(QStringLiteral("asset.fields"), int(Kind::Number), tr("Fields")));
    form->addRow(tr("Update frequency"),
        field(QStringLiteral("asset.update_frequency"), int(Kind::Text), tr("Update frequency")));
    form->addRow(tr("Storage and use"),
        field(QStringLiteral("asset.storage"), int(Kind::Text), tr("Storage and use")));
    form->addRow(
        tr("Legal basis"), field(QStringLiteral("asset.legal_basis"), int(Kind::Text), tr("Legal basis")));
    form->addRow(tr("Personal information"),
        field(QStringLiteral("asset.personal_information"), int(Kind::Text), tr("Personal information")));
    form->addRow(
        tr("Applications"), field(QStringLiteral("asset.application"), int(Kind::Text), tr("Applications")));
    form->addRow(tr("Money unit"), field(QStringLiteral("asset.unit"), int(Kind::Text), tr("Money unit")));
    split->addWidget(scrolled(left), 3);

    auto* right = new QWidget;
    auto* rv = new QVBoxLayout(right);
    rv->addWidget(new QLabel(tr("<b>Assumptions</b> (one per line; they go into the report)")));
    rv->addWidget(field(QStringLiteral("assumptions"), int(Kind::Lines), tr("Assumptions")));
    auto* head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("<b>Parameter sources</b> (where each figure comes from)")));
    head->addStretch();
    auto* addSource = new QPushButton(tr("Add row"));
    auto* removeSource = new QPushButton(tr("Remove row"));
    head->addWidget(addSource);
    head->addWidget(removeSource);
    rv->addLayout(head);
    m_sources = new QTableWidget(0, 2);
    m_sources->setHorizontalHeaderLabels({ tr("Parameter (worksheet path)"), tr("Source") });
    m_sources->horizontalHeader()->setStretchLastSection(true);
    m_sources->verticalHeader()->setDefaultSectionSize(22);
    m_sources->setColumnWidth(0, 200);
    rv->addWidget(m_sources, 1);
    split->addWidget(right, 2);
    auto commitSources = [this] {
        if (m_updatingTables)
            return;
        QJsonObject o;
        for (int r = 0; r < m_sources->rowCount(); ++r) {
            const QString k = m_sources->item(r, 0) ? m_sources->item(r, 0)->text().trimmed() : QString();
            if (!k.isEmpty())
                o.insert(k, m_sources->item(r, 1) ? m_sources->item(r, 1)->text() : QString());
        }
        m_doc->setValue(QStringLiteral("parameter_sources"),
            o.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o), tr("Edit the parameter sources"));
    };
    connect(m_sources, &QTableWidget::itemChanged, this, commitSources);
    connect(addSource, &QPushButton::clicked, this, [this] {
        QJsonObject o = m_doc->value(QStringLiteral("parameter_sources")).toObject();
        int n = 1;
        while (o.contains(tr("parameter %1").arg(n)))
            ++n;
        o.insert(tr("parameter %1").arg(n), QString());
        m_doc->setValue(QStringLiteral("parameter_sources"), o, tr("Add a parameter source"));
    });
    connect(removeSource, &QPushButton::clicked, this, [this, commitSources] {
        if (m_sources->currentRow() >= 0) {
            m_updatingTables = true;
            m_sources->removeRow(m_sources->currentRow());
            m_updatingTables = false;
            commitSources();
        }
    });
    return page;
}

// ---------------------------------------------------------------- 质量评价
QWidget* ValuationPanel::buildQualityTab()
{
    auto* page = new QSplitter(Qt::Horizontal);
    auto* left = new QWidget;
    auto* lv = new QVBoxLayout(left);
    auto* pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Dimension")));
    m_dimension = new QComboBox;
    for (int d = 0; d < valuation::kDimensions; ++d)
        m_dimension->addItem(valuation::dimensionName(d), valuation::dimensionKey(d));
    pick->addWidget(m_dimension, 1);
    lv->addLayout(pick);
    m_indicators = new JsonTableModel(m_doc, m_calc, QStringLiteral("quality.dimensions.normative"),
        { Col { QStringLiteral("name"), tr("Indicator"), ColKind::Text },
            Col { QStringLiteral("score"), tr("Score (0–100)"), ColKind::Number },
            Col { QStringLiteral("source"), tr("How measured"), ColKind::Text } },
        QJsonObject { { QStringLiteral("name"), tr("New indicator") }, { QStringLiteral("score"), 80 } },
        this);
    auto* indicators = new JsonTableWidget(m_indicators, tr("Indicators"));
    indicators->view()->setColumnWidth(0, 260);
    lv->addWidget(indicators, 2);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_indicators->setArrayPath(QStringLiteral("quality.dimensions.") + valuation::dimensionKey(i));
    });
    auto* measure = new QHBoxLayout;
    m_measureTable = new QComboBox;
    m_measureTable->setToolTip(tr("A table of the open cache to measure missing values, code and date "
                                  "formats, duplicates and freshness on"));
    m_measureButton = new QPushButton(tr("Measure on the open cache"));
    measure->addWidget(new QLabel(tr("Cache table")));
    measure->addWidget(m_measureTable, 1);
    measure->addWidget(m_measureButton);
    lv->addLayout(measure);
    connect(m_measureButton, &QPushButton::clicked, this, &ValuationPanel::measureQuality);
    lv->addWidget(new QLabel(
        tr("<b>AHP judgements</b> (row over column, 1–9 scale; a judgement sets its reciprocal)")));
    m_ahp = new AhpMatrixModel(m_doc, m_calc, this);
    m_ahpView = new QTableView;
    m_ahpView->setModel(m_ahp);
    m_ahpView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ahpView->verticalHeader()->setDefaultSectionSize(22);
    m_ahpView->setAccessibleName(tr("AHP judgements"));
    lv->addWidget(m_ahpView, 2);
    auto* blend = new QFormLayout;
    blend->addRow(tr("AHP share when blended with entropy weights"),
        field(QStringLiteral("quality.entropy.ahp_share"), int(Kind::Number), tr("AHP share")));
    lv->addLayout(blend);
    page->addWidget(left);

    auto* right = new QWidget;
    auto* rv = new QVBoxLayout(right);
    m_weights = resultTable(
        5, { tr("Dimension"), tr("Score"), tr("AHP weight"), tr("Entropy weight"), tr("Weight") });
    m_weights->setMaximumHeight(190);
    m_weights->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    rv->addWidget(m_weights);
    m_cr = new QLabel;
    m_cr->setWordWrap(true);
    m_cr->setTextFormat(Qt::RichText);
    rv->addWidget(m_cr);
    m_radar = new QPolarChart;
    rv->addWidget(chartView(m_radar), 1);
    page->addWidget(right);
    page->setSizes({ 640, 480 });
    auto listTables = [this] {
        m_measureTable->clear();
        if (context().cachePath().isEmpty())
            return;
        try {
            const store::Database db
                = store::Cache::open(context().cachePath(), store::Cache::Access::ReadOnly);
            m_measureTable->addItems(valuation::QualityMeasure::tables(db));
            m_measureTable->setCurrentText(QStringLiteral("enterprises"));
        } catch (const std::exception&) {
            // Not a readable cache: nothing to measure on; the button then says so.
        }
    };
    connect(&context(), &AppContext::cacheChanged, this, listTables);
    listTables();
    return page;
}

// ---------------------------------------------------------------- 成本法
QWidget* ValuationPanel::buildCostTab()
{
    auto* page = new QSplitter(Qt::Horizontal);
    auto* left = new QWidget;
    auto* lv = new QVBoxLayout(left);
    QStringList groupCodes, groupNames;
    for (int g = 0; g < valuation::kCostGroups; ++g) {
        groupCodes << valuation::costGroupKey(g);
        groupNames << valuation::costGroupName(g);
    }
    auto* items = new JsonTableModel(m_doc, m_calc, QStringLiteral("cost.items"),
        { Col { QStringLiteral("group"), tr("Cost group"), ColKind::Choice, groupCodes, groupNames },
            Col { QStringLiteral("name"), tr("Item"), ColKind::Text },
            Col { QStringLiteral("amount"), tr("Amount"), ColKind::Number },
            Col { QStringLiteral("year"), tr("Year"), ColKind::Integer },
            Col { QStringLiteral("restated"), tr("Restated"), ColKind::Computed, {}, {},
                [this](int row) -> QVariant {
                    if (!m_calc->valuationOk() || row >= m_calc->result().cost.restated.size())
                        return {};
                    return m_calc->result().cost.restated[row];
                } } },
        QJsonObject { { QStringLiteral("group"), QStringLiteral("direct") },
            { QStringLiteral("name"), tr("New item") }, { QStringLiteral("amount"), 0 } },
        this);
    auto* itemsWidget = new JsonTableWidget(items, tr("Cost items (the five groups)"));
    itemsWidget->view()->setColumnWidth(0, 100);
    itemsWidget->view()->setColumnWidth(1, 200);
    itemsWidget->view()->setColumnWidth(2, 80);
    itemsWidget->view()->setColumnWidth(3, 60);
    lv->addWidget(itemsWidget, 3);
    auto* lower = new QHBoxLayout;
    auto* idxBox = new QVBoxLayout;
    idxBox->addWidget(new QLabel(tr("<b>Price index</b> (year → index)")));
    m_priceIndex = new QTableWidget(0, 2);
    m_priceIndex->setHorizontalHeaderLabels({ tr("Year"), tr("Index") });
    m_priceIndex->verticalHeader()->setDefaultSectionSize(22);
    m_priceIndex->setMaximumWidth(240);
    idxBox->addWidget(m_priceIndex);
    auto* idxButtons = new QHBoxLayout;
    auto* addYear = new QPushButton(tr("Add year"));
    auto* removeYear = new QPushButton(tr("Remove"));
    idxButtons->addWidget(addYear);
    idxButtons->addWidget(removeYear);
    idxBox->addLayout(idxButtons);
    lower->addLayout(idxBox);
    auto* form = new QFormLayout;
    auto* q = field(QStringLiteral("cost.quality_factor"), int(Kind::Number), tr("Quality factor"));
    q->setPlaceholder(tr("empty: the quality assessment's coefficient"));
    form->addRow(tr("Quality factor"), q);
    form->addRow(
        tr("Years used"), field(QStringLiteral("cost.used_years"), int(Kind::Number), tr("Years used")));
    form->addRow(tr("Remaining years"),
        field(QStringLiteral("cost.remaining_years"), int(Kind::Number), tr("Remaining years")));
    auto* dep = field(QStringLiteral("cost.depreciation_rate"), int(Kind::Number), tr("Depreciation rate"));
    dep->setPlaceholder(tr("instead of years: δ_life = 1 − rate"));
    form->addRow(tr("Depreciation rate"), dep);
    lower->addLayout(form, 1);
    lv->addLayout(lower, 2);
    page->addWidget(left);
    auto commitIndex = [this] {
        if (m_updatingTables)
            return;
        QJsonObject o;
        for (int r = 0; r < m_priceIndex->rowCount(); ++r) {
            const QString y
                = m_priceIndex->item(r, 0) ? m_priceIndex->item(r, 0)->text().trimmed() : QString();
            const QString v
                = m_priceIndex->item(r, 1) ? m_priceIndex->item(r, 1)->text().trimmed() : QString();
            if (!y.isEmpty())
                o.insert(y, JsonTableModel::parseInput(ColKind::Number, v));
        }
        m_doc->setValue(QStringLiteral("cost.price_index"),
            o.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o), tr("Edit the price index"));
    };
    connect(m_priceIndex, &QTableWidget::itemChanged, this, commitIndex);
    connect(addYear, &QPushButton::clicked, this, [this] {
        QJsonObject o = m_doc->value(QStringLiteral("cost.price_index")).toObject();
        int year = m_doc->value(QStringLiteral("asset.valuation_date")).toString().left(4).toInt();
        while (o.contains(QString::number(year)))
            --year;
        o.insert(QString::number(year), 100);
        m_doc->setValue(QStringLiteral("cost.price_index"), o, tr("Add a price index year"));
    });
    connect(removeYear, &QPushButton::clicked, this, [this, commitIndex] {
        if (m_priceIndex->currentRow() >= 0) {
            m_updatingTables = true;
            m_priceIndex->removeRow(m_priceIndex->currentRow());
            m_updatingTables = false;
            commitIndex();
        }
    });

    auto* right = new QWidget;
    auto* rv = new QVBoxLayout(right);
    m_costGroups = resultTable(3, { tr("Cost group"), tr("Historical"), tr("Restated") });
    m_costGroups->setMaximumHeight(175);
    rv->addWidget(m_costGroups);
    m_costResult = new QLabel;
    m_costResult->setWordWrap(true);
    m_costResult->setTextFormat(Qt::RichText);
    rv->addWidget(m_costResult);
    rv->addStretch();
    page->addWidget(right);
    page->setSizes({ 640, 480 });
    return page;
}

// ---------------------------------------------------------------- 收益法
QWidget* ValuationPanel::buildIncomeTab()
{
    auto* page = new QSplitter(Qt::Horizontal);
    auto* left = new QWidget;
    auto* lv = new QVBoxLayout(left);
    auto* grid = new QGridLayout;
    auto* method = field(QStringLiteral("income.method"), int(Kind::Choice), tr("Method"));
    method->setChoices({ QStringLiteral("direct"), QStringLiteral("revenue_split"),
                           QStringLiteral("excess_earnings"), QStringLiteral("incremental") },
        { tr("Direct income"), tr("Revenue split (F = R·K)"), tr("Multi-period excess earnings"),
            tr("Incremental income") });
    grid->addWidget(new QLabel(tr("Method")), 0, 0);
    grid->addWidget(method, 0, 1, 1, 3);
    const QList<std::tuple<QString, QString, int, int>> fields { { QStringLiteral("income.share_k"),
                                                                     tr("Share K"), 1, 0 },
        { QStringLiteral("income.tax_rate"), tr("Tax rate"), 1, 2 },
        { QStringLiteral("income.growth"), tr("Growth after"), 2, 0 },
        { QStringLiteral("income.remaining_life"), tr("Life (years)"), 2, 2 },
        { QStringLiteral("income.discount.risk_free"), tr("Risk-free rate"), 3, 0 },
        { QStringLiteral("income.discount.management"), tr("Management risk"), 3, 2 },
        { QStringLiteral("income.discount.circulation"), tr("Circulation risk"), 4, 0 },
        { QStringLiteral("income.discount.security"), tr("Data-security risk"), 4, 2 },
        { QStringLiteral("income.discount.regulatory"), tr("Regulatory risk"), 5, 0 } };
    for (const auto& [path, label, r, c] : fields) {
        grid->addWidget(new QLabel(label), r, c);
        grid->addWidget(
            field(path, path.endsWith(u"remaining_life") ? int(Kind::Integer) : int(Kind::Number), label), r,
            c + 1);
    }
    m_rate = new QLabel;
    grid->addWidget(m_rate, 5, 2, 1, 2);
    grid->addWidget(
        field(QStringLiteral("income.perpetuity"), int(Kind::Bool), tr("Perpetual terminal value")), 6, 0, 1,
        2);
    grid->addWidget(field(QStringLiteral("income.mid_period"), int(Kind::Bool), tr("Mid-period discounting")),
        6, 2, 1, 2);
    lv->addLayout(grid);
    m_periods = new JsonTableModel(m_doc, m_calc, QStringLiteral("income.periods"),
        { Col { QStringLiteral("year"), tr("Year"), ColKind::Integer },
            Col { QStringLiteral("revenue"), tr("Revenue R"), ColKind::Number },
            Col { QStringLiteral("k"), tr("K (this year)"), ColKind::Number },
            Col { QStringLiteral("margin"), tr("Margin"), ColKind::Number },
            Col { QStringLiteral("income"), tr("Income"), ColKind::Number },
            Col { QStringLiteral("with"), tr("With"), ColKind::Number },
            Col { QStringLiteral("without"), tr("Without"), ColKind::Number },
            Col { QStringLiteral("flow"), tr("F"), ColKind::Computed, {}, {},
                [this](int row) -> QVariant {
                    if (!m_calc->valuationOk() || row >= m_calc->result().income.rows.size())
                        return {};
                    return m_calc->result().income.rows[row].flow;
                } },
            Col { QStringLiteral("pv"), tr("PV"), ColKind::Computed, {}, {},
                [this](int row) -> QVariant {
                    if (!m_calc->valuationOk() || row >= m_calc->result().income.rows.size())
                        return {};
                    return m_calc->result().income.rows[row].pv;
                } } },
        QJsonObject { { QStringLiteral("year"), 2030 }, { QStringLiteral("revenue"), 0 } }, this);
    m_periodsWidget = new JsonTableWidget(m_periods, tr("Explicit periods"));
    lv->addWidget(m_periodsWidget, 3);
    auto* charges = new JsonTableModel(m_doc, m_calc, QStringLiteral("income.contributory_charges"),
        { Col { QStringLiteral("name"), tr("Contributory asset"), ColKind::Text },
            Col { QStringLiteral("rate"), tr("Charge (share of revenue)"), ColKind::Number } },
        QJsonObject { { QStringLiteral("name"), tr("Working capital") }, { QStringLiteral("rate"), 0.01 } },
        this);
    m_chargesWidget = new JsonTableWidget(charges, tr("Contributory asset charges (excess earnings)"));
    m_chargesWidget->setMaximumHeight(150);
    m_chargesWidget->view()->setColumnWidth(0, 200);
    lv->addWidget(m_chargesWidget, 1);
    page->addWidget(scrolled(left));
    auto* right = new QWidget;
    auto* rv = new QVBoxLayout(right);
    m_cashChart = new QChart;
    rv->addWidget(chartView(m_cashChart), 1);
    m_incomeResult = new QLabel;
    m_incomeResult->setWordWrap(true);
    rv->addWidget(m_incomeResult);
    page->addWidget(right);
    page->setSizes({ 600, 520 });
    return page;
}

// ---------------------------------------------------------------- 市场法
QWidget* ValuationPanel::buildMarketTab()
{
    auto* page = new QWidget;
    auto* lv = new QVBoxLayout(page);
    QList<Col> cols { Col { QStringLiteral("name"), tr("Comparable"), ColKind::Text },
        Col { QStringLiteral("price"), tr("Price"), ColKind::Number } };
    for (int f = 0; f < valuation::kMarketFactors; ++f)
        cols << Col { QStringLiteral("factors.") + valuation::marketFactorKey(f),
            valuation::marketFactorName(f), ColKind::Number };
    cols << Col { QStringLiteral("weight"), tr("Weight"), ColKind::Number };
    cols << Col { QStringLiteral("product"), tr("Factor product"), ColKind::Computed, {}, {},
        [this](int row) -> QVariant {
            if (!m_calc->valuationOk() || row >= m_calc->result().market.rows.size())
                return {};
            const auto& r = m_calc->result().market.rows[row];
            return QString::number(r.product, 'f', 3) + (r.outOfRange ? QStringLiteral(" ⚠") : QString());
        } };
    cols << Col { QStringLiteral("adjusted"), tr("Adjusted price"), ColKind::Computed, {}, {},
        [this](int row) -> QVariant {
            if (!m_calc->valuationOk() || row >= m_calc->result().market.rows.size())
                return {};
            return m_calc->result().market.rows[row].adjusted;
        } };
    cols << Col { QStringLiteral("source"), tr("Source"), ColKind::Text };
    auto* model = new JsonTableModel(m_doc, m_calc, QStringLiteral("market.comparables"), cols,
        QJsonObject { { QStringLiteral("name"), tr("New comparable") }, { QStringLiteral("price"), 0 } },
        this);
    auto* table = new JsonTableWidget(model, tr("Comparable transactions (≥ 3) and adjustment factors"));
    table->view()->setColumnWidth(0, 240);
    for (int c = 1; c < 10; ++c)
        table->view()->setColumnWidth(c, c == 1 || c == 9 ? 90 : 64);
    table->view()->setColumnWidth(9, 90);
    lv->addWidget(table, 1);
    m_marketChart = new QChart;
    lv->addWidget(chartView(m_marketChart), 1);
    m_marketResult = new QLabel;
    m_marketResult->setWordWrap(true);
    m_marketResult->setTextFormat(Qt::RichText);
    lv->addWidget(m_marketResult);
    return page;
}

// ---------------------------------------------------------------- 结论
QWidget* ValuationPanel::buildConclusionTab()
{
    auto* page = new QSplitter(Qt::Horizontal);
    auto* left = new QWidget;
    auto* lv = new QVBoxLayout(left);
    m_conclusion = new QLabel;
    m_conclusion->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold; color: #1f4e79;"));
    m_conclusion->setWordWrap(true);
    lv->addWidget(m_conclusion);
    m_approaches = resultTable(2, { tr("Approach"), tr("Value") });
    m_approaches->setMaximumHeight(96);
    lv->addWidget(m_approaches);
    auto* weights = new QFormLayout;
    weights->addRow(tr("Weight of the income approach"),
        field(QStringLiteral("conclusion.weights.income"), int(Kind::Number), tr("Income weight")));
    weights->addRow(tr("Weight of the cost approach"),
        field(QStringLiteral("conclusion.weights.cost"), int(Kind::Number), tr("Cost weight")));
    weights->addRow(tr("Weight of the market approach"),
        field(QStringLiteral("conclusion.weights.market"), int(Kind::Number), tr("Market weight")));
    lv->addLayout(weights);
    lv->addWidget(new QLabel(tr("<b>Reasons for the weights</b>")));
    lv->addWidget(field(QStringLiteral("conclusion.reasons"), int(Kind::LongText), tr("Reasons")));
    m_warnings = new QLabel;
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    lv->addWidget(m_warnings);
    lv->addWidget(new QLabel(tr("<b>Sensitivity</b> (rows × columns; pick any two inputs)")));
    auto* pick = new QHBoxLayout;
    m_sensX = new QComboBox;
    m_sensY = new QComboBox;
    pick->addWidget(new QLabel(tr("Columns")));
    pick->addWidget(m_sensX, 1);
    pick->addWidget(new QLabel(tr("Rows")));
    pick->addWidget(m_sensY, 1);
    lv->addLayout(pick);
    connect(m_sensX, &QComboBox::activated, this, &ValuationPanel::chooseSensitivity);
    connect(m_sensY, &QComboBox::activated, this, &ValuationPanel::chooseSensitivity);
    m_sensTable = resultTable(1, {});
    m_sensTable->horizontalHeader()->setStretchLastSection(false);
    m_sensTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_sensTable->verticalHeader()->setVisible(true);
    lv->addWidget(m_sensTable, 1);
    page->addWidget(scrolled(left));

    auto* right = new QWidget;
    auto* rv = new QVBoxLayout(right);
    m_tornadoChart = new QChart;
    rv->addWidget(chartView(m_tornadoChart), 1);
    auto* mcBar = new QHBoxLayout;
    m_mcStatus = new QLabel;
    m_mcProgress = new QProgressBar;
    m_mcProgress->setRange(0, 100);
    m_mcProgress->setMaximumWidth(120);
    m_mcProgress->hide();
    m_mcRun = new QPushButton(tr("Run again"));
    mcBar->addWidget(m_mcStatus, 1);
    mcBar->addWidget(m_mcProgress);
    mcBar->addWidget(m_mcRun);
    rv->addLayout(mcBar);
    connect(m_mcRun, &QPushButton::clicked, this, [this] {
        if (m_calc->monteCarloRunning())
            m_calc->cancelMonteCarlo();
        else
            m_calc->runMonteCarlo();
    });
    m_mcChart = new QChart;
    rv->addWidget(chartView(m_mcChart), 1);
    QStringList vars;
    for (const valuation::Variable& v : valuation::Variables::all())
        vars << v.id;
    QStringList labels;
    for (const QString& v : std::as_const(vars))
        labels << valuation::Variables::label(v);
    auto* ranges = new JsonTableModel(m_doc, m_calc, QStringLiteral("analysis.monte_carlo.ranges"),
        { Col { QStringLiteral("variable"), tr("Input"), ColKind::Choice, vars, labels },
            Col { QStringLiteral("distribution"), tr("Distribution"), ColKind::Choice,
                { QStringLiteral("triangular"), QStringLiteral("uniform"), QStringLiteral("normal") },
                { tr("Triangular"), tr("Uniform"), tr("Normal") } },
            Col { QStringLiteral("min"), tr("Min"), ColKind::Number },
            Col { QStringLiteral("mode"), tr("Most likely"), ColKind::Number },
            Col { QStringLiteral("max"), tr("Max"), ColKind::Number } },
        QJsonObject { { QStringLiteral("variable"), QStringLiteral("income.revenue_factor") },
            { QStringLiteral("distribution"), QStringLiteral("triangular") }, { QStringLiteral("min"), 0.9 },
            { QStringLiteral("mode"), 1 }, { QStringLiteral("max"), 1.1 } },
        this);
    auto* rangesWidget = new JsonTableWidget(ranges, tr("Monte Carlo ranges"));
    rangesWidget->view()->setColumnWidth(0, 200);
    rangesWidget->setMinimumHeight(150);
    lv->addWidget(rangesWidget);
    page->addWidget(right);
    page->setSizes({ 520, 600 });
    return page;
}

// ---------------------------------------------------------------- 入表台账
QWidget* ValuationPanel::buildLedgerTab()
{
    auto* page = new QSplitter(Qt::Horizontal);
    auto* left = new QWidget;
    auto* lv = new QVBoxLayout(left);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Entity")));
    top->addWidget(field(QStringLiteral("ledger.entity"), int(Kind::Text), tr("Entity")), 2);
    top->addWidget(new QLabel(tr("Period")));
    top->addWidget(field(QStringLiteral("ledger.period.start"), int(Kind::Date), tr("Period start")), 1);
    top->addWidget(new QLabel(QStringLiteral("–")));
    top->addWidget(field(QStringLiteral("ledger.period.end"), int(Kind::Date), tr("Period end")), 1);
    lv->addLayout(top);
    m_resources = new JsonTableModel(m_doc, m_calc, QStringLiteral("ledger.resources"),
        { Col { QStringLiteral("name"), tr("Data resource"), ColKind::Text },
            Col { QStringLiteral("classification"), tr("Recognised as"), ColKind::Choice,
                { QStringLiteral("intangible"), QStringLiteral("inventory") },
                { tr("Intangible asset (无形资产)"), tr("Inventory (存货)") } },
            Col { QStringLiteral("source"), tr("Source"), ColKind::Choice,
                { QStringLiteral("purchased"), QStringLiteral("developed"), QStringLiteral("other") },
                { tr("Purchased (外购)"), tr("Developed / processed (自行开发/加工)"),
                    tr("Other (其他方式取得)") } },
            Col { QStringLiteral("reason"), tr("Reason for the classification"), ColKind::Text },
            Col { QStringLiteral("in_service"), tr("In service"), ColKind::Date },
            Col { QStringLiteral("useful_life_months"), tr("Life (months)"), ColKind::Integer } },
        QJsonObject { { QStringLiteral("name"), tr("New data resource") },
            { QStringLiteral("classification"), QStringLiteral("intangible") },
            { QStringLiteral("source"), QStringLiteral("purchased") },
            { QStringLiteral("reason"), tr("Used internally") }, { QStringLiteral("costs"), QJsonArray {} } },
        this);
    auto* resources = new JsonTableWidget(m_resources, tr("Data resources"));
    m_resourceView = resources->view();
    m_resourceView->setColumnWidth(0, 200);
    m_resourceView->setColumnWidth(1, 130);
    m_resourceView->setColumnWidth(2, 130);
    lv->addWidget(resources, 2);
    connect(m_resourceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& i) { selectResource(i.isValid() ? i.row() : 0); });

    auto* crit = new QGroupBox(tr("Capitalisation criteria (development phase; CAS 6 §9)"));
    m_criteria = crit;
    auto* cg = new QGridLayout(crit);
    for (int k = 0; k < valuation::kCapitalisationCriteria; ++k) {
        auto* f = field(QStringLiteral("ledger.resources[0].criteria.") + valuation::Ledger::criterionKey(k),
            int(Kind::Bool), valuation::Ledger::criterionName(k));
        f->editor()->setToolTip(valuation::Ledger::criterionName(k));
        m_resourceFields << f;
        cg->addWidget(f, k / 2, k % 2);
    }
    auto* met
        = field(QStringLiteral("ledger.resources[0].criteria.met_on"), int(Kind::Date), tr("All met on"));
    m_resourceFields << met;
    auto* metRow = new QHBoxLayout;
    metRow->addWidget(new QLabel(tr("All met on")));
    metRow->addWidget(met, 1);
    cg->addLayout(metRow, 2, 1);
    lv->addWidget(crit);
    m_costs = new JsonTableModel(m_doc, m_calc, QStringLiteral("ledger.resources[0].costs"),
        { Col { QStringLiteral("date"), tr("Date"), ColKind::Date },
            Col { QStringLiteral("phase"), tr("Phase"), ColKind::Choice,
                { QStringLiteral("acquisition"), QStringLiteral("research"), QStringLiteral("development"),
                    QStringLiteral("processing") },
                { tr("Acquisition"), tr("Research"), tr("Development"), tr("Processing") } },
            Col { QStringLiteral("amount"), tr("Amount"), ColKind::Number },
            Col { QStringLiteral("description"), tr("Memo"), ColKind::Text },
            Col { QStringLiteral("treatment"), tr("Treatment"), ColKind::Computed, {}, {},
                [this](int row) -> QVariant {
                    if (!m_calc->ledgerOk() || m_resource >= m_calc->ledgerResult().resources.size())
                        return {};
                    const auto& t = m_calc->ledgerResult().resources[m_resource].treatments;
                    return row < t.size() ? t[row].reason : QString();
                } } },
        QJsonObject { { QStringLiteral("date"), QStringLiteral("2024-01-31") },
            { QStringLiteral("phase"), QStringLiteral("acquisition") }, { QStringLiteral("amount"), 0 } },
        this);
    auto* costs = new JsonTableWidget(m_costs, tr("Costs of the selected resource"));
    costs->view()->setColumnWidth(0, 90);
    costs->view()->setColumnWidth(1, 60);
    costs->view()->setColumnWidth(2, 70);
    costs->view()->setColumnWidth(3, 160);
    lv->addWidget(costs, 2);
    auto* small = new QHBoxLayout;
    m_impairments = new JsonTableModel(m_doc, m_calc, QStringLiteral("ledger.resources[0].impairments"),
        { Col { QStringLiteral("date"), tr("Date"), ColKind::Date },
            Col { QStringLiteral("amount"), tr("Amount"), ColKind::Number } },
        QJsonObject {
            { QStringLiteral("date"), QStringLiteral("2024-12-31") }, { QStringLiteral("amount"), 0 } },
        this);
    m_sales = new JsonTableModel(m_doc, m_calc, QStringLiteral("ledger.resources[0].cost_of_sales"),
        { Col { QStringLiteral("date"), tr("Date"), ColKind::Date },
            Col { QStringLiteral("amount"), tr("Amount"), ColKind::Number } },
        QJsonObject {
            { QStringLiteral("date"), QStringLiteral("2024-12-31") }, { QStringLiteral("amount"), 0 } },
        this);
    small->addWidget(new JsonTableWidget(m_impairments, tr("Impairment / write-down")));
    small->addWidget(new JsonTableWidget(m_sales, tr("Cost of sales (inventory)")));
    lv->addLayout(small, 1);
    page->addWidget(scrolled(left));

    auto* right = new QWidget;
    auto* rv = new QVBoxLayout(right);
    m_ledgerStatus = new QLabel;
    m_ledgerStatus->setWordWrap(true);
    rv->addWidget(m_ledgerStatus);
    const QStringList heads { tr("Item"), tr("Purchased"), tr("Developed"), tr("Other"), tr("Total") };
    rv->addWidget(new QLabel(tr("<b>Data resources recognised as intangible assets</b>")));
    m_intangible = resultTable(5, heads);
    rv->addWidget(m_intangible, 3);
    rv->addWidget(new QLabel(tr("<b>Data resources recognised as inventory</b>")));
    QStringList invHeads = heads;
    invHeads[2] = tr("Processed");
    m_inventory = resultTable(5, invHeads);
    rv->addWidget(m_inventory, 2);
    rv->addWidget(new QLabel(tr("<b>Amortisation schedule of the selected resource</b>")));
    m_schedule
        = resultTable(5, { tr("Year"), tr("Opening"), tr("Amortisation"), tr("Impairment"), tr("Closing") });
    rv->addWidget(m_schedule, 1);
    for (QTableWidget* t : { m_intangible, m_inventory, m_schedule }) {
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    }
    page->addWidget(right);
    page->setSizes({ 600, 560 });
    return page;
}

void ValuationPanel::selectResource(int row)
{
    m_resource = std::max(0, row);
    const QString base = QStringLiteral("ledger.resources[%1]").arg(m_resource);
    m_costs->setArrayPath(base + QStringLiteral(".costs"));
    m_impairments->setArrayPath(base + QStringLiteral(".impairments"));
    m_sales->setArrayPath(base + QStringLiteral(".cost_of_sales"));
    for (int k = 0; k < valuation::kCapitalisationCriteria; ++k)
        m_resourceFields[k]->setPath(
            base + QStringLiteral(".criteria.") + valuation::Ledger::criterionKey(k));
    m_resourceFields.last()->setPath(base + QStringLiteral(".criteria.met_on"));
    updateResults();
    m_resourceView->selectRow(m_resource);
}

// ---------------------------------------------------------------- results
void ValuationPanel::updateResults()
{
    using namespace valuation;
    m_updatingTables = true;
    const QJsonValue rights = m_doc->value(QStringLiteral("asset.rights"));
    for (const auto& r : std::as_const(m_rights))
        r.second->setChecked(rights.toArray().contains(r.first));
    const QJsonObject sources = m_doc->value(QStringLiteral("parameter_sources")).toObject();
    m_sources->setRowCount(int(sources.size()));
    int row = 0;
    for (auto it = sources.begin(); it != sources.end(); ++it, ++row) {
        m_sources->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_sources->setItem(row, 1, new QTableWidgetItem(it.value().toString()));
    }
    const QJsonObject index = m_doc->value(QStringLiteral("cost.price_index")).toObject();
    m_priceIndex->setRowCount(int(index.size()));
    row = 0;
    for (auto it = index.begin(); it != index.end(); ++it, ++row) {
        m_priceIndex->setItem(row, 0, new QTableWidgetItem(it.key()));
        auto* v = new QTableWidgetItem(
            it.value().isDouble() ? QString::number(it.value().toDouble(), 'g', 10) : it.value().toString());
        const QString issue = m_calc->issueAt(QStringLiteral("cost.price_index.") + it.key());
        if (!issue.isEmpty()) {
            v->setBackground(QColor(255, 215, 215));
            v->setToolTip(issue);
        }
        m_priceIndex->setItem(row, 1, v);
    }
    m_updatingTables = false;

    const QString unit = m_doc->value(QStringLiteral("asset.unit")).toString();
    if (!m_calc->valuationOk()) {
        QStringList lines;
        for (const Issue& i : m_calc->issues())
            if (!i.path.startsWith(u"ledger"))
                lines << (i.path.isEmpty() ? i.reason : i.path + QStringLiteral(": ") + i.reason);
        m_headline->setText(tr("Refused input"));
        m_headline->setStyleSheet(
            QStringLiteral("font-weight: bold; font-size: 14px; color: #b00020; padding-right: 8px;"));
        const QString text = tr("The worksheet cannot be evaluated until these values are fixed:\n%1")
                                 .arg(lines.mid(0, 8).join(QLatin1Char('\n')));
        m_conclusion->setText(text);
        m_costResult->setText({});
        m_incomeResult->setText({});
        m_marketResult->setText({});
        m_rate->setText({});
        m_cr->setText({});
    } else {
        const Worksheet& w = m_calc->worksheet();
        const Result& r = m_calc->result();
        m_headline->setStyleSheet(
            QStringLiteral("font-weight: bold; font-size: 14px; color: #1f4e79; padding-right: 8px;"));
        m_headline->setText(tr("Conclusion %1 %2").arg(money(r.conclusion.value), unit));
        // Quality
        m_weights->setRowCount(r.quality.present ? kDimensions : 0);
        if (r.quality.present) {
            for (int d = 0; d < kDimensions; ++d) {
                setCell(m_weights, d, 0, dimensionName(d));
                setCell(m_weights, d, 1, QString::number(r.quality.dimensionScores[size_t(d)], 'f', 2), true);
                setCell(m_weights, d, 2, QString::number(r.quality.ahp.weights.value(d), 'f', 4), true);
                setCell(m_weights, d, 3,
                    r.quality.entropyWeights.isEmpty() ? QStringLiteral("—")
                                                       : QString::number(r.quality.entropyWeights[d], 'f', 4),
                    true);
                setCell(m_weights, d, 4, QString::number(r.quality.weights.value(d), 'f', 4), true);
            }
            m_weights->resizeColumnToContents(0);
            const AhpResult& a = r.quality.ahp;
            QString text = tr("λmax = %1, CI = %2, RI = %3, CR = %4. Quality score %5, coefficient %6.")
                               .arg(a.lambdaMax, 0, 'f', 4)
                               .arg(a.ci, 0, 'f', 4)
                               .arg(a.ri, 0, 'f', 2)
                               .arg(a.cr, 0, 'f', 4)
                               .arg(r.quality.score, 0, 'f', 2)
                               .arg(r.quality.coefficient, 0, 'f', 4);
            text = text.toHtmlEscaped();
            if (!a.consistent)
                text += QStringLiteral("<br><span style='color:#b00020'>")
                    + tr("CR ≥ 0.10: the judgements are inconsistent. Most inconsistent: %1 vs %2 (judged "
                         "%3, the weights imply %4) — highlighted in the matrix.")
                          .arg(dimensionName(a.worstI), dimensionName(a.worstJ))
                          .arg(a.worstGiven, 0, 'g', 3)
                          .arg(a.worstImplied, 0, 'g', 3)
                          .toHtmlEscaped()
                    + QStringLiteral("</span>");
            else
                text += QStringLiteral(" <span style='color:#2e7d32'>")
                    + tr("CR < 0.10: consistent.").toHtmlEscaped() + QStringLiteral("</span>");
            m_cr->setText(text);
            ValuationCharts::radar(m_radar, r.quality);
        } else {
            m_cr->setText(tr("No quality assessment in this worksheet."));
            ValuationCharts::clear(m_radar);
        }
        // Cost
        m_costGroups->setRowCount(r.cost.present ? kCostGroups + 1 : 0);
        if (r.cost.present) {
            for (int g = 0; g < kCostGroups; ++g) {
                setCell(m_costGroups, g, 0, costGroupName(g));
                setCell(m_costGroups, g, 1, money(r.cost.groupHistorical[size_t(g)]), true);
                setCell(m_costGroups, g, 2, money(r.cost.groupRestated[size_t(g)]), true);
            }
            double hist = 0;
            for (double v : r.cost.groupHistorical)
                hist += v;
            setCell(m_costGroups, kCostGroups, 0, tr("Total C"));
            setCell(m_costGroups, kCostGroups, 1, money(hist), true);
            setCell(m_costGroups, kCostGroups, 2, money(r.cost.total), true);
            m_costGroups->resizeColumnToContents(0);
            m_costResult->setText(
                tr("C = %1 (restated to %2 prices)<br>Quality factor %3 × remaining-life factor (成新率) %4 "
                   "= δ %5"
                   "<br><span style='font-size:16px'><b>Cost approach P = C × δ = %6 %7</b></span>")
                    .arg(money(r.cost.total))
                    .arg(w.valuationDate.year())
                    .arg(r.cost.qualityFactor, 0, 'f', 4)
                    .arg(r.cost.lifeFactor, 0, 'f', 4)
                    .arg(r.cost.delta, 0, 'f', 4)
                    .arg(money(r.cost.value), unit));
        } else {
            m_costResult->setText(tr("No cost approach in this worksheet: add cost items to use it."));
        }
        // Income: only the columns the method reads.
        const QString method = w.income.method;
        const QHash<QString, QStringList> used { { QStringLiteral("direct"), { QStringLiteral("income") } },
            { QStringLiteral("revenue_split"), { QStringLiteral("revenue"), QStringLiteral("k") } },
            { QStringLiteral("excess_earnings"), { QStringLiteral("revenue"), QStringLiteral("margin") } },
            { QStringLiteral("incremental"), { QStringLiteral("with"), QStringLiteral("without") } } };
        for (int c = 0; c < m_periods->columnCount(); ++c) {
            const QString key = m_periods->column(c).key;
            const bool optional = key == u"revenue" || key == u"k" || key == u"margin" || key == u"income"
                || key == u"with" || key == u"without";
            m_periodsWidget->view()->setColumnHidden(c, optional && !used.value(method).contains(key));
        }
        m_chargesWidget->setVisible(method == u"excess_earnings");
        if (r.income.present) {
            m_rate->setText(tr("Discount rate %1 %").arg(r.income.rate * 100, 0, 'f', 2));
            ValuationCharts::cashFlows(m_cashChart, r.income);
            m_incomeResult->setText(tr("Income approach value: %1 %2 (terminal value %3 discounted to %4). * "
                                       "= beyond the explicit periods.")
                                        .arg(money(r.income.value), unit, money(r.income.terminalValue),
                                            money(r.income.terminalPv)));
        } else {
            m_rate->setText({});
            ValuationCharts::clear(m_cashChart);
            m_incomeResult->setText(
                tr("No income approach in this worksheet: choose a method and add periods to use it."));
        }
        // Market
        if (r.market.present)
            m_marketResult->setText(
                tr("<span style='font-size:16px'><b>Market approach value %1 %2</b></span> (weighted "
                   "adjusted prices). "
                   "Mean %3, standard deviation %4, coefficient of variation %5%6")
                    .arg(money(r.market.value), unit, money(r.market.mean), money(r.market.stddev))
                    .arg(r.market.cv, 0, 'f', 3)
                    .arg(r.market.cv > ValuationEngine::kMarketCvWarning
                            ? QStringLiteral(" <span style='color:#b00020'>") + tr("(dispersed)")
                                + QStringLiteral("</span>")
                            : QString()));
        else
            m_marketResult->setText(
                tr("No market approach in this worksheet: add at least three comparables to use it."));
        if (r.market.present)
            ValuationCharts::comparables(m_marketChart, w.market, r.market);
        else
            ValuationCharts::clear(m_marketChart);
        // Conclusion
        m_approaches->setRowCount(int(r.conclusion.values.size()));
        row = 0;
        for (const char* k : { "income", "cost", "market" }) {
            const QString key = QLatin1String(k);
            if (!r.conclusion.values.contains(key))
                continue;
            setCell(m_approaches, row, 0,
                key == u"income"     ? tr("Income approach")
                    : key == u"cost" ? tr("Cost approach")
                                     : tr("Market approach"));
            setCell(m_approaches, row, 1, money(r.conclusion.values.value(key)), true);
            ++row;
        }
        m_conclusion->setText(tr("Conclusion: %1 %2").arg(money(r.conclusion.value), unit));
        m_warnings->setText(r.warnings.isEmpty()
                ? QString()
                : QStringLiteral("⚠ ") + r.warnings.join(QStringLiteral("\n⚠ ")));
        // Sensitivity
        const SensitivityTable& s = m_calc->sensitivity();
        const QStringList applicable = Variables::applicable(w);
        for (QComboBox* box : { m_sensX, m_sensY }) {
            box->clear();
            for (const QString& v : applicable)
                box->addItem(Variables::label(v), v);
        }
        m_sensX->setCurrentIndex(m_sensX->findData(s.xVariable));
        m_sensY->setCurrentIndex(m_sensY->findData(s.yVariable));
        m_sensTable->clear();
        m_sensTable->setColumnCount(int(s.xValues.size()));
        m_sensTable->setRowCount(int(s.yValues.size()));
        QStringList xh, yh;
        for (double x : s.xValues)
            xh << QString::number(x, 'g', 4);
        for (double y : s.yValues)
            yh << QString::number(y, 'g', 4);
        m_sensTable->setHorizontalHeaderLabels(xh);
        m_sensTable->setVerticalHeaderLabels(yh);
        double lo = 1e300, hi = -1e300;
        for (const auto& line : s.values)
            for (double v : line) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        for (int y = 0; y < s.values.size(); ++y)
            for (int x = 0; x < s.values[y].size(); ++x) {
                const double v = s.values[y][x];
                auto* item = new QTableWidgetItem(QLocale().toString(v, 'f', 0));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                const double t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
                item->setBackground(QColor::fromHsvF(0.33 * t, 0.35, 1.0));
                m_sensTable->setItem(y, x, item);
            }
        ValuationCharts::tornado(m_tornadoChart, m_calc->tornado());
    }

    // Ledger (independent of the valuation)
    if (m_calc->ledgerOk()) {
        const LedgerResult& l = m_calc->ledgerResult();
        auto fill = [](QTableWidget* t, const DisclosureTable& d, bool intangible) {
            QList<QPair<QString, std::function<double(const DisclosureColumn&)>>> lines {
                { tr("Cost, opening"), [](const DisclosureColumn& c) { return c.costOpening; } },
                { tr("  additions"), [](const DisclosureColumn& c) { return c.costAdditions; } },
                { tr("  decreases"), [](const DisclosureColumn& c) { return c.costDecreases; } },
                { tr("Cost, closing"), [](const DisclosureColumn& c) { return c.costClosing; } }
            };
            if (intangible)
                lines += { { tr("Accumulated amortisation, opening"),
                               [](const DisclosureColumn& c) { return c.amortOpening; } },
                    { tr("  amortisation of the period"),
                        [](const DisclosureColumn& c) { return c.amortAdditions; } },
                    { tr("Accumulated amortisation, closing"),
                        [](const DisclosureColumn& c) { return c.amortClosing; } } };
            lines += { { intangible ? tr("Impairment, opening") : tr("Write-down, opening"),
                           [](const DisclosureColumn& c) { return c.impOpening; } },
                { tr("  additions"), [](const DisclosureColumn& c) { return c.impAdditions; } },
                { intangible ? tr("Impairment, closing") : tr("Write-down, closing"),
                    [](const DisclosureColumn& c) { return c.impClosing; } },
                { tr("Carrying amount, closing"),
                    [](const DisclosureColumn& c) { return c.carryingClosing; } },
                { tr("Carrying amount, opening"),
                    [](const DisclosureColumn& c) { return c.carryingOpening; } } };
            t->setRowCount(int(lines.size()));
            for (int r = 0; r < lines.size(); ++r) {
                setCell(t, r, 0, lines[r].first);
                for (int c = 0; c < 4; ++c)
                    setCell(t, r, c + 1, money(lines[r].second(d.columns[c])), true);
            }
            t->resizeColumnToContents(0);
        };
        fill(m_intangible, l.intangible, true);
        fill(m_inventory, l.inventory, false);
        const bool ok = l.intangible.balanced && l.inventory.balanced;
        m_ledgerStatus->setText(
            (ok ? QStringLiteral("<span style='color:#2e7d32'>✔ ")
                        + tr("Roll-forward checks pass (opening + additions − amortisation − impairment = "
                             "closing).")
                : QStringLiteral("<span style='color:#b00020'>✘ ") + tr("A roll-forward check fails."))
            + QStringLiteral("</span> ")
            + tr("Expensed in the period (research and development not meeting the criteria): %1. "
                 "The valuation result is never booked.")
                  .arg(money(l.expensedInPeriod)));
        m_schedule->setRowCount(0);
        // The criteria only matter for a developed intangible resource.
        const QString base = QStringLiteral("ledger.resources[%1].").arg(m_resource);
        m_criteria->setEnabled(
            m_doc->value(base + QStringLiteral("classification")).toString() == u"intangible"
            && m_doc->value(base + QStringLiteral("source")).toString() == u"developed");
        if (m_resource < l.resources.size()) {
            const auto& s = l.resources[m_resource].schedule;
            m_schedule->setRowCount(int(s.size()));
            for (int r = 0; r < s.size(); ++r) {
                setCell(m_schedule, r, 0, QString::number(s[r].year));
                setCell(m_schedule, r, 1, money(s[r].opening), true);
                setCell(m_schedule, r, 2, money(s[r].amortisation), true);
                setCell(m_schedule, r, 3, money(s[r].impairment), true);
                setCell(m_schedule, r, 4, money(s[r].closing), true);
            }
        }
    } else {
        QStringList lines;
        for (const Issue& i : m_calc->issues())
            if (i.path.startsWith(u"ledger"))
                lines << i.path + QStringLiteral(": ") + i.reason;
        m_ledgerStatus->setText(QStringLiteral("<span style='color:#b00020'>")
            + tr("The ledger cannot be computed:") + QStringLiteral("<br>")
            + lines.join(QStringLiteral("<br>")).toHtmlEscaped() + QStringLiteral("</span>"));
        m_intangible->setRowCount(0);
        m_inventory->setRowCount(0);
        m_schedule->setRowCount(0);
    }
    updateTitle();
}

void ValuationPanel::updateMonteCarlo()
{
    const bool running = m_calc->monteCarloRunning();
    m_mcProgress->setVisible(running);
    m_mcRun->setText(running ? tr("Cancel") : tr("Run again"));
    m_mcRun->setEnabled(m_calc->valuationOk() && !m_calc->worksheet().analysis.ranges.isEmpty());
    if (const auto& mc = m_calc->monteCarlo()) {
        ValuationCharts::histogram(m_mcChart, *mc);
        QStringList p;
        for (const auto& pc : mc->percentiles)
            p << QStringLiteral("P%1 %2").arg(pc.first).arg(money(pc.second));
        m_mcStatus->setText(tr("%1 draws in %2 ms, mean %3: %4")
                                .arg(mc->draws)
                                .arg(mc->ms, 0, 'f', 0)
                                .arg(money(mc->mean), p.join(QStringLiteral(" · "))));
        m_mcStatus->setWordWrap(true);
    } else {
        m_mcStatus->setText(running ? tr("Monte Carlo running…")
                : (m_calc->valuationOk() && m_calc->worksheet().analysis.ranges.isEmpty())
                ? tr("Add ranges below to run a Monte Carlo.")
                : QString());
        if (!running)
            ValuationCharts::clear(m_mcChart);
    }
    emit busyChanged(isBusy());
}

void ValuationPanel::updateTitle()
{
    const QString file
        = m_doc->filePath().isEmpty() ? tr("unsaved worksheet") : QFileInfo(m_doc->filePath()).fileName();
    m_status->setText(tr("%1%2 · recalculated in %3 ms · %4 refused value(s)")
                          .arg(file, m_doc->isModified() ? QStringLiteral(" *") : QString())
                          .arg(m_calc->lastMs(), 0, 'f', 2)
                          .arg(m_calc->issues().size()));
}

void ValuationPanel::chooseSensitivity()
{
    if (!m_calc->valuationOk())
        return;
    const valuation::Worksheet& w = m_calc->worksheet();
    auto axis = [&w](const QString& id) {
        QJsonArray values;
        const valuation::Variable* v = valuation::Variables::find(id);
        const double base = v ? v->get(w) : 0;
        for (int k = -2; k <= 2; ++k) {
            double x = id == u"income.remaining_life" ? std::max(1.0, base + k) : base * (1 + 0.1 * k);
            if (id == u"income.discount_rate" || id == u"income.growth")
                x = base + 0.01 * k;
            values.append(std::round(x * 1e6) / 1e6);
        }
        return QJsonObject { { QStringLiteral("variable"), id }, { QStringLiteral("values"), values } };
    };
    const QString x = m_sensX->currentData().toString(), y = m_sensY->currentData().toString();
    if (x.isEmpty() || y.isEmpty())
        return;
    m_doc->setValue(QStringLiteral("analysis.sensitivity"),
        QJsonObject { { QStringLiteral("x"), axis(x) }, { QStringLiteral("y"), axis(y) } },
        tr("Choose the sensitivity inputs"));
}

void ValuationPanel::measureQuality()
{
    if (m_measureTask->isRunning()) {
        m_measureTask->cancel();
        return;
    }
    const QString cache = context().cachePath();
    const QString table = m_measureTable->currentText();
    if (cache.isEmpty() || table.isEmpty()) {
        QMessageBox::information(this, tr("Measure quality"), tr("Open a cache first (File → Open cache)."));
        return;
    }
    QDate reference
        = QDate::fromString(m_doc->value(QStringLiteral("asset.valuation_date")).toString(), Qt::ISODate);
    if (!reference.isValid())
        reference = QDate::currentDate();
    m_measureTask->start<valuation::TableMeasure>(
        [cache, table, reference](const Progress& p) {
            p.report(0, 1, {});
            const store::Database db = store::Cache::open(cache, store::Cache::Access::ReadOnly);
            return valuation::QualityMeasure::measure(db, table, reference);
        },
        this,
        [this, reference](valuation::TableMeasure m) {
            // One undo step: each measurable dimension gets (or updates) a "measured" indicator.
            const QList<double> scores = m.scores();
            const QString source = tr("measured on %1 (%2 rows), %3")
                                       .arg(m.table)
                                       .arg(m.rows)
                                       .arg(reference.toString(Qt::ISODate));
            const QStringList names { tr("Codes and dates in the standard format (measured)"),
                tr("Filled values (measured)"), tr("Credit codes with correct check characters (measured)"),
                tr("Rows without duplicate keys (measured)"), tr("Freshness of the newest record (measured)"),
                QString() };
            QList<QPair<QString, QJsonValue>> edits;
            for (int d = 0; d < valuation::kDimensions; ++d) {
                if (scores[d] < 0)
                    continue;
                const QString path = QStringLiteral("quality.dimensions.") + valuation::dimensionKey(d);
                QJsonArray list = m_doc->value(path).toArray();
                const QJsonObject item { { QStringLiteral("name"), names[d] },
                    { QStringLiteral("score"), std::round(scores[d] * 100) / 100 },
                    { QStringLiteral("source"), source } };
                bool replaced = false;
                for (qsizetype i = 0; i < list.size(); ++i)
                    if (list[i].toObject().value(QStringLiteral("name")).toString() == names[d]) {
                        list[i] = item;
                        replaced = true;
                    }
                if (!replaced)
                    list.append(item);
                edits.append({ path, list });
            }
            m_doc->setValues(edits, tr("Measure quality on %1").arg(m.table));
            emit statusMessage(tr("Measured %1 rows of %2: %3 % missing, %4 % conforming, %5 duplicates.")
                                   .arg(m.rows)
                                   .arg(m.table)
                                   .arg(m.missingRate() * 100, 0, 'f', 1)
                                   .arg(m.conformanceRate() * 100, 0, 'f', 1)
                                   .arg(m.duplicates));
        },
        [this](const QString& message) { QMessageBox::warning(this, tr("Measure quality"), message); });
}

// ---------------------------------------------------------------- files
bool ValuationPanel::confirmDiscard()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("The worksheet has unsaved changes. Discard them?"), QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void ValuationPanel::newProject()
{
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    QJsonObject doc { { QStringLiteral("format_version"), valuation::Worksheet::kFormatVersion },
        { QStringLiteral("asset"),
            QJsonObject { { QStringLiteral("name"), tr("New data asset") },
                { QStringLiteral("valuation_date"), date } } },
        { QStringLiteral("income"),
            QJsonObject { { QStringLiteral("method"), QStringLiteral("direct") },
                { QStringLiteral("periods"),
                    QJsonArray { QJsonObject { { QStringLiteral("year"), QDate::currentDate().year() + 1 },
                        { QStringLiteral("income"), 0 } } } },
                { QStringLiteral("discount"), QJsonObject { { QStringLiteral("risk_free"), 0.02 } } } } } };
    m_doc->reset(doc);
}

void ValuationPanel::loadSample(const QString& name)
{
    QFile f(sampleResource(name));
    if (!f.open(QIODevice::ReadOnly))
        return;
    m_doc->reset(valuation::Worksheet::migrate(QJsonDocument::fromJson(f.readAll()).object()));
}

bool ValuationPanel::openProject(const QString& path)
{
    try {
        m_doc->open(path);
        return true;
    } catch (const valuation::ValidationError& e) {
        QMessageBox::warning(this, tr("Open worksheet"), e.message());
        return false;
    }
}

bool ValuationPanel::saveProject(const QString& path)
{
    try {
        m_doc->save(path);
        emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const valuation::ValidationError& e) {
        QMessageBox::warning(this, tr("Save worksheet"), e.message());
        return false;
    }
}

void ValuationPanel::open()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open worksheet"), QFileInfo(m_doc->filePath()).path(), tr("Valuation worksheets (*.json)"));
    if (!path.isEmpty())
        openProject(path);
}

bool ValuationPanel::save()
{
    return m_doc->filePath().isEmpty() || m_doc->filePath().startsWith(u':') ? saveAs()
                                                                             : saveProject(m_doc->filePath());
}

bool ValuationPanel::saveAs()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save worksheet"), m_doc->filePath(), tr("Valuation worksheets (*.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    return saveProject(path);
}

QJsonObject ValuationPanel::resultsJson() const
{
    try {
        return valuation::ResultJson::evaluate(m_doc->json());
    } catch (const valuation::ValidationError&) {
        return {};
    }
}

bool ValuationPanel::exportXlsx(const QString& path)
{
    try {
        valuation::ValuationExport::writeXlsx(m_doc->json(), path);
        emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const valuation::ValidationError& e) {
        QMessageBox::warning(
            this, tr("Export XLSX"), tr("Fix the refused values first:\n%1").arg(e.message()));
    } catch (const io::IoError& e) {
        QMessageBox::warning(this, tr("Export XLSX"), e.message());
    }
    return false;
}

bool ValuationPanel::exportPdf(const QString& path)
{
    const QJsonObject results = resultsJson();
    if (results.isEmpty()) {
        QMessageBox::warning(this, tr("Report PDF"), tr("Fix the refused values first."));
        return false;
    }
    try {
        ValuationReport::build(valuation::Worksheet::migrate(m_doc->json()), results).writePdf(path);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Report PDF"), e.message());
        return false;
    }
    emit statusMessage(tr("Wrote the report %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ValuationPanel::exportXlsxInteractive()
{
    const QString dir = Settings::instance().string(Settings::Key::LastExportDir);
    QString path = QFileDialog::getSaveFileName(this, tr("Export XLSX"), dir, tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    Settings::instance().setValue(Settings::Key::LastExportDir, QFileInfo(path).path());
    exportXlsx(path);
}

void ValuationPanel::exportPdfInteractive()
{
    const QString dir = Settings::instance().string(Settings::Key::LastExportDir);
    QString path = QFileDialog::getSaveFileName(this, tr("Report PDF"), dir, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    Settings::instance().setValue(Settings::Key::LastExportDir, QFileInfo(path).path());
    exportPdf(path);
}

// ---------------------------------------------------------------- panel plumbing
namespace {
// The remembered state (typed keys: a missing or invalid value reads as the default).
const Settings::PanelKey<QString> kLastProject { "valuation", "lastProject", {} };
const Settings::PanelKey<int> kTab { "valuation", "tab", 0, [](const int& v) { return v >= 0 && v < 64; } };
} // namespace

void ValuationPanel::saveState(Settings& settings) const
{
    settings.set(kLastProject, m_doc->filePath());
    settings.set(kTab, m_tabs->currentIndex());
}

void ValuationPanel::restoreState(const Settings& settings)
{
    const QString last = settings.get(kLastProject);
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        try {
            m_doc->open(last);
        } catch (const valuation::ValidationError&) {
            // A file that went bad since: stay on the sample rather than nag at start-up.
        }
    }
    if (const int tab = settings.get(kTab); tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

bool ValuationPanel::isBusy() const
{
    return m_calc->monteCarloRunning() || m_measureTask->isRunning();
}

void ValuationPanel::showEvent(QShowEvent* event)
{
    Panel::showEvent(event);
    // When the main window has its own Edit menu (a QUndoGroup over undoStack()), two Ctrl+Z shortcuts
    // would be ambiguous and neither would fire: leave the keys to the window then.
    const QList<QAction*> actions = window()->findChildren<QAction*>();
    for (QAction* a : actions) {
        if (a == m_undo || a == m_redo || a->shortcut() != QKeySequence(QKeySequence::Undo)
            || a->shortcutContext() == Qt::WidgetShortcut
            || a->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            continue;
        const QList<QObject*> owners = a->associatedObjects();
        if (std::any_of(owners.begin(), owners.end(),
                [](QObject* o) { return qobject_cast<QMenu*>(o) != nullptr; })) {
            m_undo->setShortcut({});
            m_redo->setShortcut({});
            break;
        }
    }
}

QUndoStack* ValuationPanel::undoStack()
{
    return m_doc->undoStack();
}

void ValuationPanel::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void ValuationPanel::prepareScreenshot()
{
    loadSample(QStringLiteral("bank-customer-data"));
    m_calc->recalculate();
    m_calc->runMonteCarloNow();
    m_tabs->setCurrentIndex(3);
}

QList<QWidget*> ValuationPanel::screenshotExtras()
{
    // Every tab filled: the bank sample shows card, quality, income, conclusion and ledger; the map sample
    // the cost and market approaches (and its own conclusion and ledger).
    QList<QWidget*> out;
    const QList<std::tuple<const char*, int, const char*>> shots { { "bank-customer-data", 0, "card" },
        { "bank-customer-data", 1, "quality" }, { "map-data-product", 2, "cost" },
        { "bank-customer-data", 3, "income" }, { "map-data-product", 4, "market" },
        { "bank-customer-data", 5, "conclusion" }, { "bank-customer-data", 6, "ledger" },
        { "map-data-product", 5, "conclusion-map" }, { "map-data-product", 6, "ledger-map" } };
    for (const auto& [sample, tab, name] : shots) {
        auto* p = new ValuationPanel(context());
        p->setAttribute(Qt::WA_DeleteOnClose);
        p->setObjectName(QLatin1String(name));
        p->resize(size().isValid() && width() > 800 ? size() : QSize(1240, 700));
        p->loadSample(QLatin1String(sample));
        p->m_calc->recalculate();
        p->m_calc->runMonteCarloNow();
        p->showTab(tab);
        p->show();
        out << p;
    }
    return out;
}

void ValuationPanel::undoHandledByWindow()
{
    m_undo->setShortcuts({});
    m_redo->setShortcuts({});
}

} // namespace dj::ui
