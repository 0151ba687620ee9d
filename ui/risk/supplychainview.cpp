#include "ui/risk/supplychainview.h"

#include "core/common/money.h"
#include "core/io/tablewriter.h"
#include "core/risk/riskerror.h"
#include "core/risk/watchlist.h"
#include "core/store/cache.h"
#include "core/store/namelookup.h"
#include "ui/common/appcontext.h"
#include "ui/common/progressrunner.h"
#include "ui/common/reportwriter.h"
#include "ui/common/settings.h"
#include "ui/map/mapwidget.h"
#include "ui/risk/membersmodel.h"
#include "ui/risk/networkmapview.h"
#include "ui/risk/networkview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dj::ui {

using namespace Qt::StringLiterals;

namespace {

const Settings::PanelKey<QString> kRoot { "risk", "networkRoot", QString() };
const Settings::PanelKey<int> kNetworkTab { "risk", "networkTab", 0,
    [](const int& v) { return v >= 0 && v <= 1; } };
const Settings::PanelKey<int> kMapTier { "risk", "networkMapTier", 0,
    [](const int& v) { return v >= 0 && v <= 5; } };
const Settings::PanelKey<int> kTiers { "risk", "networkTiers", 3,
    [](const int& v) { return v >= 1 && v <= 5; } };

} // namespace

SupplyChainView::SupplyChainView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"supplychain"_s);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("Chain &master:"), this);
    m_input = new QComboBox(this);
    m_input->setEditable(true);
    m_input->setMinimumWidth(320);
    m_input->lineEdit()->setPlaceholderText(tr("Credit code or name"));
    m_input->setToolTip(tr("Pick a chain master (most suppliers first) or type a credit code or a name"));
    label->setBuddy(m_input);
    m_tiers = new QSpinBox(this);
    m_tiers->setRange(1, 5);
    m_tiers->setValue(3);
    m_tiers->setPrefix(tr("Tiers: "));
    auto* showButton = new QPushButton(tr("&Show"), this);
    auto* watchButton = new QPushButton(tr("&Watch this network"), this);
    watchButton->setObjectName(u"watch"_s);
    watchButton->setToolTip(
        tr("Adds the suppliers, customers, rivals, partners and investees to a watch list"));
    auto* exportButton = new QPushButton(tr("Export &table…"), this);
    auto* reportButton = new QPushButton(tr("Supplier risk &report…"), this);
    bar->addWidget(label);
    bar->addWidget(m_input, 1);
    bar->addWidget(m_tiers);
    bar->addWidget(showButton);
    bar->addWidget(watchButton);
    bar->addWidget(exportButton);
    bar->addWidget(reportButton);
    layout->addLayout(bar);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(u"networkTabs"_s);
    m_view = new NetworkView(m_tabs);
    m_mapView = new NetworkMapView(m_tabs);
    m_tabs->addTab(m_view, tr("Tiers"));
    m_tabs->addTab(m_mapView, tr("Map with flows"));
    m_model = new MembersModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::EditRole);
    m_table = new QTableView(split);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    split->addWidget(m_tabs);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 450, 250 });
    m_view->setMinimumHeight(220);
    layout->addWidget(split, 1);

    connect(showButton, &QPushButton::clicked, this, [this] { open(m_input->currentText()); });
    connect(m_input->lineEdit(), &QLineEdit::returnPressed, this, [this] { open(m_input->currentText()); });
    connect(m_input, &QComboBox::activated, this, [this](int i) {
        const QString u = m_input->itemData(i).toString();
        if (!u.isEmpty())
            open(u);
    });
    connect(watchButton, &QPushButton::clicked, this, &SupplyChainView::watch);
    connect(exportButton, &QPushButton::clicked, this, &SupplyChainView::exportTable);
    connect(reportButton, &QPushButton::clicked, this, &SupplyChainView::exportReport);
    connect(m_view, &NetworkView::enterpriseActivated, &m_context, &AppContext::openEnterprise);
    connect(m_mapView, &NetworkMapView::enterpriseActivated, &m_context, &AppContext::openEnterprise);
    connect(&m_context, &AppContext::searchEngineChanged, this,
        [this](std::shared_ptr<const search::SearchEngine> engine) {
            if (m_network && engine)
                m_mapView->setNetwork(*m_network, engine);
        });
    auto openRow = [this, proxy](const QModelIndex& index) {
        m_context.openEnterprise(proxy->data(index, MembersModel::UsccRole).toString());
    };
    connect(m_table, &QTableView::activated, this, openRow);
    connect(&m_context, &AppContext::cacheChanged, this, [this] {
        m_network.reset();
        m_view->clear();
        m_mapView->clear();
        m_model->setNetwork({});
        loadMasters(false);
    });
    loadMasters(false);
}

void SupplyChainView::loadMasters(bool openFirst)
{
    const QString path = m_context.cachePath();
    if (path.isEmpty())
        return;
    using Masters = std::vector<std::pair<risk::PartyInfo, int>>;
    ProgressRunner::run<Masters>(
        this, tr("Finding the chain masters…"),
        [path](const Progress&) {
            const store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
            return risk::SupplyNetwork::chainMasters(db, 50);
        },
        [this, openFirst](Masters masters) {
            const QString typed = m_input->currentText();
            m_input->clear();
            for (const auto& [p, n] : masters)
                m_input->addItem(tr("%1 (%n supplier(s))", nullptr, n).arg(p.name), p.uscc);
            m_input->setCurrentIndex(-1);
            m_input->setEditText(typed);
            if (openFirst && !masters.empty())
                open(masters.front().first.uscc);
        });
}

void SupplyChainView::open(const QString& refIn)
{
    QString ref = refIn.trimmed();
    const int i = m_input->findText(ref);
    if (i >= 0 && !m_input->itemData(i).toString().isEmpty())
        ref = m_input->itemData(i).toString();
    const QString path = m_context.cachePath();
    if (ref.isEmpty() || path.isEmpty())
        return;
    const int tiers = m_tiers->value();
    m_busy = true;
    m_status->setText(tr("Reading the supply network…"));
    ProgressRunner::run<risk::SupplyNetwork::Result>(
        this, tr("Reading the supply network…"),
        [path, ref, tiers](const Progress&) {
            store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
            QString uscc = ref.toUpper();
            if (uscc.size() != 18) {
                store::NameLookup names(std::move(db));
                const auto found = names.containing(ref, 1);
                if (found.isEmpty())
                    throw risk::RiskError(tr("No enterprise's name contains \"%1\".").arg(ref.left(60)));
                uscc = found.first().uscc;
                db = store::Cache::open(path, store::Cache::Access::ReadOnly);
            }
            return risk::SupplyNetwork(db).build(uscc, tiers);
        },
        [this](risk::SupplyNetwork::Result r) {
            m_busy = false;
            display(std::move(r));
        },
        [this](const QString& error) {
            m_busy = false;
            m_status->setText(error);
        });
}

void SupplyChainView::display(risk::SupplyNetwork::Result r)
{
    m_view->setNetwork(r);
    m_mapView->setNetwork(r, m_context.searchEngine());
    m_model->setNetwork(r);
    m_table->resizeColumnsToContents();
    int risky = 0;
    for (const auto* list : { &r.suppliers, &r.customers })
        for (const auto& m : *list)
            if (m.party.serious)
                ++risky;
    m_status->setText(tr("%1 (%2): %3 suppliers and %4 customers in %5 tiers, %6 rivals, %7 partners, %8 "
                         "investees; %9 with serious risk records. Double-click an enterprise to open it.")
                          .arg(r.root.name, r.root.uscc)
                          .arg(r.suppliers.size())
                          .arg(r.customers.size())
                          .arg(r.tiers)
                          .arg(r.rivals.size())
                          .arg(r.partners.size())
                          .arg(r.investees.size())
                          .arg(risky));
    if (m_input->currentText() != r.root.name)
        m_input->setEditText(r.root.uscc);
    m_network = std::move(r);
}

void SupplyChainView::watch()
{
    if (!m_network) {
        m_status->setText(tr("Show a network first."));
        return;
    }
    try {
        store::Database db = store::Cache::open(m_context.cachePath(), store::Cache::Access::ReadWrite);
        const QString list = tr("Chain %1").arg(m_network->root.name);
        const int added = risk::WatchList(db).addNetwork(list, *m_network, m_network->tiers);
        m_status->setText(tr("%n enterprise(s) added to the watch list \"%1\".", nullptr, added).arg(list));
        emit watchListsChanged();
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Watch list"), dj::Error::describe(e));
    }
}

void SupplyChainView::exportTable()
{
    if (!m_network)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the tier table"),
        m_network->root.name + tr("-supply-network") + u".xlsx"_s,
        tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QStringList headers = m_model->headers();
    const QList<QVariantList> rows = m_model->rows();
    ProgressRunner::run<bool>(
        this, tr("Exporting…"),
        [path, headers, rows](const Progress& p) {
            io::TableWriter::write(
                path, headers, rows.size(), [&rows](qint64 r) { return rows[r]; }, p, tr("Supply network"));
            return true;
        },
        [this, path](bool) { m_status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path))); },
        [this](const QString& error) { QMessageBox::warning(this, tr("Export"), error); });
}

void SupplyChainView::exportReport()
{
    if (!m_network)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Supplier risk report"),
        m_network->root.name + tr("-supplier-risk") + u".pdf"_s, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto& n = *m_network;
    ReportWriter report(tr("Supplier risk report"));
    report.addTitle(tr("Supplier risk report"), n.root.name);
    report.addKeyValues({ { tr("Credit code"), n.root.uscc }, { tr("Registration status"), n.root.status },
        { tr("Tiers"), QString::number(n.tiers) }, { tr("Suppliers"), QString::number(n.suppliers.size()) },
        { tr("Customers"), QString::number(n.customers.size()) } });
    report.addHeading(tr("Supply network"));
    report.addImage(m_view->image(QSize(1000, 700)));
    if (!m_mapView->flows().nodes.empty()) {
        report.addHeading(tr("Supply network on the map"));
        report.addImage(m_mapView->map()->grab().toImage());
    }
    report.addHeading(tr("Suppliers and customers with current risk records"));
    QList<QStringList> risky;
    for (const auto* list : { &n.suppliers, &n.customers })
        for (const auto& m : *list)
            if (m.party.currentRisks > 0)
                risky << QStringList { list == &n.suppliers ? tr("Supplier") : tr("Customer"),
                    QString::number(m.tier), m.party.name, m.party.riskKinds.join(u"、"_s),
                    Money::wan(m.amount) };
    if (risky.isEmpty())
        report.addParagraph(tr("None of them has a current risk record."));
    else
        report.addTable(
            { tr("Relation"), tr("Tier"), tr("Name"), tr("Risk kinds"), tr("Amount (10k yuan)") }, risky, 80);
    report.addHeading(tr("Tier table"));
    QList<QStringList> rows;
    for (const QVariantList& r : m_model->rows()) {
        QStringList cells;
        for (int c : { 0, 1, 2, 4, 5, 7 })
            cells << (c == 4 && r[c].isValid() ? QString::number(r[c].toDouble(), 'f', 2)
                    : c == 5 && r[c].isValid() ? QString::number(r[c].toDouble(), 'f', 1)
                                               : r[c].toString());
        rows << cells;
    }
    report.addTable({ tr("Relation"), tr("Tier"), tr("Name"), tr("Amount (10k yuan)"), tr("Share (%)"),
                        tr("Current risks") },
        rows, 150);
    report.addNote(tr("Source: relations and invoices of the open cache (%1).").arg(m_context.dataSource()));
    ProgressRunner::run<bool>(
        this, tr("Writing the report…"),
        [report, path](const Progress&) {
            report.writePdf(path);
            return true;
        },
        [this, path](
            bool) { m_status->setText(tr("Report written to %1.").arg(QDir::toNativeSeparators(path))); },
        [this](const QString& error) { QMessageBox::warning(this, tr("Report"), error); });
}

void SupplyChainView::saveState(Settings& settings) const
{
    if (m_network)
        settings.set(kRoot, m_network->root.uscc);
    settings.set(kTiers, m_tiers->value());
    settings.set(kNetworkTab, m_tabs->currentIndex());
    settings.set(kMapTier, m_mapView->maxTier());
}

void SupplyChainView::restoreState(const Settings& settings)
{
    m_tiers->setValue(settings.get(kTiers));
    m_tabs->setCurrentIndex(settings.get(kNetworkTab));
    m_mapView->setMaxTier(settings.get(kMapTier));
    const QString root = settings.get(kRoot);
    if (!root.isEmpty())
        m_input->setEditText(root);
}

void SupplyChainView::prepareScreenshot()
{
    loadMasters(true);
}

} // namespace dj::ui
