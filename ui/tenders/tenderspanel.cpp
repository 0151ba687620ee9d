#include "ui/tenders/tenderspanel.h"

#include "core/codes/regions.h"
#include "core/common/money.h"
#include "core/io/tablewriter.h"
#include "core/store/cache.h"
#include "core/store/tenderreads.h"
#include "core/tenders/tendermarket.h"
#include "ui/common/appcontext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/charts.h"
#include "ui/common/progressrunner.h"
#include "ui/common/reportwriter.h"
#include "ui/common/settings.h"
#include "ui/tenders/demandview.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <set>

namespace dj::ui {

namespace {

const Settings::PanelKey<QString> kRegion { "tenders", "region", {} };
const Settings::PanelKey<QString> kCategory { "tenders", "category", {} };
const Settings::PanelKey<int> kMonths { "tenders", "months", 12,
    [](const int& v) { return v >= 1 && v <= TendersPanel::kMaxMonths; } };
const Settings::PanelKey<int> kKind { "tenders", "kind", 0, [](const int& v) { return v >= 0 && v <= 3; } };
const Settings::PanelKey<QByteArray> kSplitter { "tenders", "splitter", {} };
const Settings::PanelKey<QByteArray> kHeader { "tenders", "header", {} };
const Settings::PanelKey<int> kTopTab { "tenders", "topTab", 0,
    [](const int& v) { return v >= 0 && v <= 1; } };

QString incumbencyLabel(tenders::Incumbency i, const QString& previous)
{
    switch (i) {
    case tenders::Incumbency::First:
        return TendersPanel::tr("first award");
    case tenders::Incumbency::Kept:
        return TendersPanel::tr("incumbent kept");
    case tenders::Incumbency::Lost:
        return TendersPanel::tr("incumbent %1 lost").arg(previous);
    case tenders::Incumbency::None:
        break;
    }
    return TendersPanel::tr("not awarded");
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    return i;
}

std::shared_ptr<const TenderSnapshot> loadSnapshot(const QString& path, const Progress& progress)
{
    auto s = std::make_shared<TenderSnapshot>();
    progress.report(0, 3, TendersPanel::tr("Reading tenders"));
    {
        const store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
        const QList<store::TenderRow> rows = store::TenderReads(db).all();
        s->notices.assign(rows.begin(), rows.end());
    }
    progress.throwIfCancelled();
    s->links = tenders::PartyLinker(path).link(s->notices);
    progress.throwIfCancelled();
    progress.report(1, 3, TendersPanel::tr("Grouping into projects"));
    s->projects = tenders::ProjectGrouper::group(s->notices);
    progress.throwIfCancelled();
    progress.report(2, 3, TendersPanel::tr("Forecasting"));
    tenders::ForecastOptions o;
    o.horizonMonths = TendersPanel::kMaxMonths;
    s->asOf = tenders::Forecaster::dataToday(s->notices);
    o.asOf = s->asOf;
    s->forecasts = tenders::Forecaster::forecast(s->notices, s->projects, o);
    std::set<QString> categories;
    for (const tenders::Notice& n : s->notices) {
        if (!n.category.isEmpty())
            categories.insert(n.category);
        if (n.buyerInCache)
            s->buyersInCache.insert(n.buyerUscc);
    }
    for (const QString& c : categories)
        s->categories << c;
    progress.report(3, 3, TendersPanel::tr("Done"));
    return s;
}

} // namespace

TendersPanel::TendersPanel(AppContext& context, QWidget* parent)
    : Panel(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto* filters = new QHBoxLayout;
    m_region = new QLineEdit(this);
    m_region->setPlaceholderText(tr("Region code prefix, e.g. 32 or 3209"));
    m_region->setClearButtonEnabled(true);
    m_region->setMaximumWidth(220);
    m_category = new QComboBox(this);
    m_category->addItem(tr("All categories"), QString());
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All forecasts"));
    m_kind->addItem(ForecastModel::kindLabel(tenders::ForecastKind::NextPhase));
    m_kind->addItem(ForecastModel::kindLabel(tenders::ForecastKind::Renewal));
    m_kind->addItem(ForecastModel::kindLabel(tenders::ForecastKind::BuyerRhythm));
    m_months = new QSpinBox(this);
    m_months->setRange(1, kMaxMonths);
    m_months->setValue(12);
    m_months->setSuffix(tr(" months"));
    auto* regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_region);
    auto* categoryLabel = new QLabel(tr("&Category:"), this);
    categoryLabel->setBuddy(m_category);
    auto* monthsLabel = new QLabel(tr("&Horizon:"), this);
    monthsLabel->setBuddy(m_months);
    for (QWidget* w : std::initializer_list<QWidget*> {
             regionLabel, m_region, categoryLabel, m_category, m_kind, monthsLabel, m_months })
        filters->addWidget(w);
    filters->addStretch(1);
    auto* visit = new QPushButton(tr("Add to &visit task"), this);
    visit->setObjectName(QStringLiteral("addToVisitTask"));
    auto* xlsx = new QPushButton(tr("Export &XLSX…"), this);
    auto* pdf = new QPushButton(tr("&PDF brief…"), this);
    for (QWidget* w : std::initializer_list<QWidget*> { visit, xlsx, pdf })
        filters->addWidget(w);
    layout->addLayout(filters);

    auto* status = new QHBoxLayout;
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    status->addWidget(m_header, 1);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_cancel = new QPushButton(tr("Cancel"), this);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);
    layout->addLayout(status);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_model = new ForecastModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ForecastModel::SortRole);
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("forecasts"));
    m_list->setModel(m_proxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ForecastModel::Expected, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setColumnWidth(ForecastModel::Buyer, 200);
    m_list->setColumnWidth(ForecastModel::Project, 260);
    m_list->setColumnWidth(ForecastModel::Window, 170);
    m_list->setColumnWidth(ForecastModel::Budget, 120);
    m_list->setColumnWidth(ForecastModel::Incumbent, 200);
    m_splitter->addWidget(m_list);

    m_tabs = new QTabWidget(this);
    // project timeline
    auto* timeline = new QWidget(this);
    auto* tl = new QHBoxLayout(timeline);
    tl->setContentsMargins(0, 0, 0, 0);
    auto* left = new QVBoxLayout;
    m_phases = new QTableWidget(0, 7, timeline);
    m_phases->setObjectName(QStringLiteral("phases"));
    m_phases->setHorizontalHeaderLabels({ tr("Phase"), tr("Announced"), tr("Awarded"),
        tr("Budget (10k yuan)"), tr("Amount (10k yuan)"), tr("Winner"), tr("Incumbent") });
    m_phases->verticalHeader()->hide();
    m_phases->horizontalHeader()->setStretchLastSection(true);
    m_evidence = new QTextBrowser(timeline);
    m_evidence->setMaximumHeight(90);
    left->addWidget(m_phases, 1);
    left->addWidget(m_evidence);
    tl->addLayout(left, 3);
    m_timelineChart = new QChartView(timeline);
    m_timelineChart->setRenderHint(QPainter::Antialiasing);
    tl->addWidget(m_timelineChart, 2);
    m_tabs->addTab(timeline, tr("Project timeline"));
    // market
    auto* market = new QWidget(this);
    auto* ml = new QVBoxLayout(market);
    ml->setContentsMargins(0, 0, 0, 0);
    m_marketHeader = new QLabel(market);
    m_marketHeader->setWordWrap(true);
    ml->addWidget(m_marketHeader);
    auto* mh = new QHBoxLayout;
    m_winners = new QTableWidget(0, 4, market);
    m_winners->setHorizontalHeaderLabels({ tr("Winner"), tr("Wins"), tr("Amount (10k yuan)"), tr("Share") });
    m_winners->verticalHeader()->hide();
    m_winners->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_volumeChart = new QChartView(market);
    m_volumeChart->setRenderHint(QPainter::Antialiasing);
    m_shareChart = new QChartView(market);
    m_shareChart->setRenderHint(QPainter::Antialiasing);
    mh->addWidget(m_winners, 3);
    mh->addWidget(m_volumeChart, 3);
    mh->addWidget(m_shareChart, 2);
    ml->addLayout(mh, 1);
    m_tabs->addTab(market, tr("Market"));
    // buyer profile
    m_buyer = new QTextBrowser(this);
    m_tabs->addTab(m_buyer, tr("Buyer profile"));
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_top = new QTabWidget(this);
    m_top->setObjectName(QStringLiteral("tendersTop"));
    m_top->addTab(m_splitter, tr("&Forecasts from tenders"));
    m_demand = new DemandView(context, panelId(), this);
    m_top->addTab(m_demand, tr("&Beyond public tenders"));
    layout->addWidget(m_top, 1);
    connect(m_demand, &DemandView::busyChanged, this, [this](bool) { emit busyChanged(isBusy()); });
    connect(m_demand, &DemandView::statusMessage, this, &Panel::statusMessage);

    m_task = new BackgroundTask(this);
    ProgressRunner::bind(m_task, m_progress, m_cancel, nullptr);
    connect(m_task, &BackgroundTask::runningChanged, this, [this](bool) { emit busyChanged(isBusy()); });
    connect(m_task, &BackgroundTask::failed, this, [this](const QString& m) {
        m_header->setText(m);
        emit statusMessage(m);
    });
    connect(m_region, &QLineEdit::textChanged, this, &TendersPanel::applyFilters);
    connect(m_category, &QComboBox::currentIndexChanged, this, &TendersPanel::applyFilters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TendersPanel::applyFilters);
    connect(m_months, &QSpinBox::valueChanged, this, &TendersPanel::applyFilters);
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TendersPanel::showSelected);
    connect(m_list, &QTableView::activated, this, [this] { m_tabs->setCurrentIndex(0); });
    connect(visit, &QPushButton::clicked, this, &TendersPanel::addToVisitTask);
    connect(xlsx, &QPushButton::clicked, this, &TendersPanel::exportXlsx);
    connect(pdf, &QPushButton::clicked, this, &TendersPanel::exportBrief);
    connect(&context, &AppContext::cacheChanged, this, &TendersPanel::onCacheChanged);
    m_header->setText(tr("Open a cache with tenders to see the coming ICT opportunities."));
    onCacheChanged();
}

TendersPanel::~TendersPanel() = default;

bool TendersPanel::isBusy() const
{
    return m_task->isRunning() || m_demand->isBusy();
}

void TendersPanel::onCacheChanged()
{
    const QString path = context().cachePath();
    if (path.isEmpty()) {
        m_snapshot.reset();
        applyFilters();
        return;
    }
    if (path == m_loadedPath && context().dataVersion() == m_loadedVersion && m_snapshot)
        return;
    reload();
}

void TendersPanel::reload()
{
    const QString path = context().cachePath();
    if (path.isEmpty())
        return;
    m_loadedPath = path;
    m_loadedVersion = context().dataVersion();
    m_header->setText(tr("Reading and forecasting the tenders…"));
    m_task->start<std::shared_ptr<const TenderSnapshot>>(
        [path](const Progress& p) { return loadSnapshot(path, p); }, this,
        [this](std::shared_ptr<const TenderSnapshot> s) {
            m_snapshot = std::move(s);
            const QString current = m_category->currentData().toString();
            QSignalBlocker block(m_category);
            m_category->clear();
            m_category->addItem(tr("All categories"), QString());
            for (const QString& c : m_snapshot->categories)
                m_category->addItem(c, c);
            const int i = m_category->findData(current);
            m_category->setCurrentIndex(i < 0 ? 0 : i);
            applyFilters();
        });
}

int TendersPanel::visibleForecasts() const
{
    return m_model->rowCount();
}

void TendersPanel::setFilters(const QString& regionPrefix, const QString& category, int months)
{
    QSignalBlocker a(m_region), b(m_category), c(m_months);
    m_region->setText(regionPrefix);
    const int i = m_category->findData(category);
    m_category->setCurrentIndex(i < 0 ? 0 : i);
    m_months->setValue(months);
    applyFilters();
}

void TendersPanel::selectForecast(int row)
{
    m_list->selectRow(row);
    m_list->setCurrentIndex(m_proxy->index(row, 0));
}

void TendersPanel::applyFilters()
{
    if (!m_snapshot) {
        m_model->setForecasts(nullptr, {});
        showMarket();
        return;
    }
    const QString region = m_region->text().trimmed();
    const QString category = m_category->currentData().toString();
    const int kind = m_kind->currentIndex();
    const QDate until = m_snapshot->asOf.addMonths(m_months->value());
    std::vector<int> rows;
    for (size_t i = 0; i < m_snapshot->forecasts.size(); ++i) {
        const tenders::Forecast& f = m_snapshot->forecasts[i];
        if (!region.isEmpty() && !f.regionCode.startsWith(region))
            continue;
        if (!category.isEmpty() && f.category != category)
            continue;
        if (kind > 0 && int(f.kind) != kind - 1)
            continue;
        if (f.from > until)
            continue;
        rows.push_back(int(i));
    }
    const int count = int(rows.size());
    m_model->setForecasts(m_snapshot, std::move(rows));
    m_header->setText(
        tr("%n expected tender(s) in the next %1 months after %2 (the latest notice); %3 notices in "
           "%4 projects.",
            nullptr, count)
            .arg(m_months->value())
            .arg(m_snapshot->asOf.toString(Qt::ISODate))
            .arg(m_snapshot->notices.size())
            .arg(m_snapshot->projects.size())
        + (m_snapshot->links.names > 0 ? QStringLiteral(" ")
                    + tr("Parties without a code or an exact name: %1 linked by a former or similar name, %2 "
                         "ambiguous and %3 unknown (left unlinked).")
                          .arg(m_snapshot->links.matched)
                          .arg(m_snapshot->links.ambiguous.size())
                          .arg(m_snapshot->links.notFound.size())
                                       : QString()));
    showMarket();
    if (count > 0 && !m_list->currentIndex().isValid())
        selectForecast(0);
}

void TendersPanel::showSelected()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_snapshot)
        return;
    const int index = m_proxy->data(current, ForecastModel::IndexRole).toInt();
    const tenders::Forecast& f = m_snapshot->forecasts[size_t(index)];
    showTimeline(f);
    showBuyer(f);
}

void TendersPanel::showTimeline(const tenders::Forecast& f)
{
    m_phases->setRowCount(0);
    if (f.project < 0) {
        m_evidence->setPlainText(f.reason);
        m_timelineChart->setChart(Charts::empty(tr("A buyer-rhythm forecast has no single project")));
        return;
    }
    const tenders::Project& p = m_snapshot->projects[size_t(f.project)];
    QStringList labels;
    QList<double> budgets, amounts;
    for (const tenders::Phase& ph : p.phases) {
        const tenders::Notice& n = m_snapshot->notices[size_t(ph.notice)];
        const int r = m_phases->rowCount();
        m_phases->insertRow(r);
        const QString label = n.phase.isEmpty() ? tr("Phase %1").arg(ph.number) : n.phase;
        m_phases->setItem(r, 0, item(label));
        m_phases->setItem(r, 1, item(n.announced.toString(Qt::ISODate)));
        m_phases->setItem(r, 2, item(n.awarded.toString(Qt::ISODate)));
        m_phases->setItem(r, 3, item(Money::wan(n.budget)));
        m_phases->setItem(r, 4, item(Money::wan(n.amount)));
        m_phases->setItem(r, 5, item(n.winnerName));
        if (n.winnerLink == store::PartyLink::Matched) {
            // the batch matcher's evidence, so the user can judge the link
            const store::PartyMatch& m = n.winnerMatch;
            m_phases->item(r, 5)->setText(n.winnerName + QStringLiteral(" ≈ ") + m.matchedName);
            m_phases->item(r, 5)->setToolTip(m.how == u"former_name"
                    ? tr("Linked to %1 (%2) by its former name").arg(m.matchedName, n.winnerUscc)
                    : m.how == u"similar_name"
                    ? tr("Linked to %1 (%2) by a similar name, score %3")
                          .arg(m.matchedName, n.winnerUscc, QString::number(m.score, 'f', 2))
                    : tr("Linked to %1 (%2) by its name written differently")
                          .arg(m.matchedName, n.winnerUscc));
        }
        m_phases->setItem(r, 6, item(incumbencyLabel(ph.incumbency, ph.previousWinner)));
        m_phases->item(r, 0)->setToolTip(n.project);
        labels << label + u'\n' + n.announced.toString(QStringLiteral("yyyy-MM"));
        budgets << Money::toWan(n.budget.value_or(0));
        amounts << Money::toWan(n.amount.value_or(0));
    }
    m_evidence->setPlainText(f.reason + QStringLiteral("\n\n") + p.evidence.join(u'\n'));
    m_timelineChart->setChart(Charts::bars(tr("%1: budgets and awards (10k yuan)").arg(p.title), labels,
        { { tr("Budget"), budgets }, { tr("Awarded amount"), amounts } }));
}

void TendersPanel::showBuyer(const tenders::Forecast& f)
{
    const QString who = f.buyerUscc.isEmpty() ? f.buyerName : f.buyerUscc;
    const auto profile = tenders::TenderMarket::buyer(m_snapshot->notices, m_snapshot->projects, who);
    if (!profile) {
        m_buyer->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(profile->name.toHtmlEscaped(),
                           tr("Credit code %1 · region %2 · %3 tenders, budgets %4 万元, %5 projects")
                               .arg(profile->uscc.isEmpty() ? tr("unknown") : profile->uscc,
                                   codes::Regions::instance().fullName(profile->regionCode))
                               .arg(profile->market.tenders)
                               .arg(Money::wan(profile->market.budget, 0))
                               .arg(profile->projects.size()));
    html += QStringLiteral(
        "<h4>%1</h4><table border=1 cellspacing=0 cellpadding=3><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(tr("Per year"), tr("Year"), tr("Tenders"), tr("Budget (10k yuan)"));
    for (const tenders::MarketYear& y : profile->market.years)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=right>%3</td></tr>")
                    .arg(y.year)
                    .arg(y.tenders)
                    .arg(Money::wan(y.budget, 0));
    html += QStringLiteral("</table><h4>%1</h4><ul>").arg(tr("Winners"));
    for (const tenders::Party& w : profile->market.winners)
        html += QStringLiteral("<li>%1 — %2</li>")
                    .arg(w.name.toHtmlEscaped(),
                        tr("%n win(s), %1 万元", nullptr, w.count).arg(Money::wan(w.amount, 0)));
    html += QStringLiteral("</ul><h4>%1</h4><ul>").arg(tr("Projects"));
    for (int i : profile->projects) {
        const tenders::Project& p = m_snapshot->projects[size_t(i)];
        html += QStringLiteral("<li>%1 (%2) — %3</li>")
                    .arg(p.title.toHtmlEscaped(), p.category)
                    .arg(tr("%n phase(s)", nullptr, int(p.phases.size())));
    }
    html += QStringLiteral("</ul>");
    m_buyer->setHtml(html);
}

void TendersPanel::showMarket()
{
    m_winners->setRowCount(0);
    if (!m_snapshot) {
        m_marketHeader->clear();
        m_volumeChart->setChart(Charts::empty(tr("No tenders")));
        m_shareChart->setChart(Charts::empty(tr("No tenders")));
        return;
    }
    tenders::MarketOptions o;
    o.regionPrefix = m_region->text().trimmed();
    o.category = m_category->currentData().toString();
    const tenders::Market m = tenders::TenderMarket::compute(m_snapshot->notices, o);
    m_marketHeader->setText(
        tr("%1 tenders, %2 awards; budgets %3 万元, awarded %4 万元; %5 buyers, %6 winners; "
           "HHI %7")
            .arg(m.tenders)
            .arg(m.awards)
            .arg(Money::wan(m.budget, 0), Money::wan(m.amount, 0))
            .arg(m.buyers.size())
            .arg(m.winners.size())
            .arg(qRound(m.hhi)));
    for (const tenders::Party& w : m.winners) {
        if (m_winners->rowCount() >= 50)
            break;
        const int r = m_winners->rowCount();
        m_winners->insertRow(r);
        m_winners->setItem(r, 0, item(w.name));
        m_winners->setItem(r, 1, item(QString::number(w.count)));
        m_winners->setItem(r, 2, item(Money::wan(w.amount, 0)));
        m_winners->setItem(r, 3, item(QString::number(w.share * 100, 'f', 1) + u'%'));
    }
    QStringList years;
    QList<double> budget, amount;
    for (const tenders::MarketYear& y : m.years) {
        years << u'\'' + QString::number(y.year % 100).rightJustified(2, u'0'); // '18: fits a narrow chart
        budget << Money::toWan(y.budget);
        amount << Money::toWan(y.amount);
    }
    m_volumeChart->setChart(years.isEmpty()
            ? Charts::empty(tr("No tenders"))
            : Charts::bars(tr("Tender volume per year (10k yuan)"), years,
                { { tr("Budget"), budget }, { tr("Awarded amount"), amount } }));
    QList<QPair<QString, double>> slices;
    double rest = 0;
    for (size_t i = 0; i < m.winners.size(); ++i) {
        if (i < 6)
            slices.append({ m.winners[i].name, m.winners[i].amount });
        else
            rest += m.winners[i].amount;
    }
    if (rest > 0)
        slices.append({ tr("Others"), rest });
    m_shareChart->setChart(
        slices.isEmpty() ? Charts::empty(tr("No awards")) : Charts::pie(tr("Winners' shares"), slices));
}

QStringList TendersPanel::selectedUsccs() const
{
    QStringList out;
    if (!m_snapshot)
        return out;
    QSet<QString> seen;
    for (const QModelIndex& i : m_list->selectionModel()->selectedRows()) {
        const int index = m_proxy->data(i, ForecastModel::IndexRole).toInt();
        const tenders::Forecast& f = m_snapshot->forecasts[size_t(index)];
        // the buyer when it is an enterprise of the cache (SOE), else nobody to visit in the registry
        const bool buyerInCache = m_snapshot->buyersInCache.contains(f.buyerUscc);
        const QString uscc = buyerInCache ? f.buyerUscc : QString();
        if (!uscc.isEmpty() && !seen.contains(uscc)) {
            seen.insert(uscc);
            out << uscc;
        }
    }
    return out;
}

void TendersPanel::addToVisitTask()
{
    const QStringList usccs = selectedUsccs();
    if (usccs.isEmpty()) {
        QMessageBox::information(this, tr("Add to visit task"),
            tr("The selected buyers are not enterprises of the cache (government buyers have no registry "
               "entry)."));
        return;
    }
    context().requestVisitTask(usccs, tr("ICT opportunity: expected tender"));
    emit statusMessage(tr("%n buyer(s) sent to the visit tasks.", nullptr, int(usccs.size())));
}

void TendersPanel::exportXlsx()
{
    if (!m_snapshot || m_model->rowCount() == 0)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export forecasts"), tr("opportunities.xlsx"), tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportForecasts(path);
}

void TendersPanel::exportForecasts(const QString& path)
{
    if (!m_snapshot)
        return;
    std::vector<tenders::Forecast> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows.push_back(
            m_snapshot
                ->forecasts[size_t(m_proxy->data(m_proxy->index(r, 0), ForecastModel::IndexRole).toInt())]);
    const QStringList headers = { tr("Buyer"), tr("Buyer credit code"), tr("Region code"), tr("Project"),
        tr("Category"), tr("Forecast"), tr("Expected"), tr("From"), tr("To"), tr("Budget low (10k yuan)"),
        tr("Budget high (10k yuan)"), tr("Incumbent"), tr("Reason") };
    ProgressRunner::run<bool>(
        this, tr("Exporting…"),
        [path, headers, rows](const Progress& p) {
            io::TableWriter::write(
                path, headers, qint64(rows.size()),
                [&rows](qint64 r) {
                    const tenders::Forecast& f = rows[size_t(r)];
                    return QVariantList { f.buyerName, f.buyerUscc, f.regionCode, f.projectTitle, f.category,
                        ForecastModel::kindLabel(f.kind), f.expected, f.from, f.to, Money::toWan(f.budgetLow),
                        Money::toWan(f.budgetHigh), f.incumbent, f.reason };
                },
                p, tr("Opportunities"));
            return true;
        },
        [this, path](bool) { emit statusMessage(tr("Exported to %1").arg(path)); },
        [this](const QString& e) { QMessageBox::warning(this, tr("Export forecasts"), e); });
}

void TendersPanel::exportBrief()
{
    if (!m_snapshot)
        return;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("PDF brief"), tr("opportunity-brief.pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        writeBrief(path);
}

void TendersPanel::writeBrief(const QString& path)
{
    if (!m_snapshot)
        return;
    auto report = std::make_shared<ReportWriter>(tr("ICT opportunity brief"));
    const QString region = m_region->text().trimmed();
    report->addTitle(tr("ICT opportunity brief"),
        tr("%1 · %2 · as of %3")
            .arg(region.isEmpty() ? tr("all regions") : codes::Regions::instance().fullName(region),
                m_category->currentText(), m_snapshot->asOf.toString(Qt::ISODate)));
    report->addParagraph(m_header->text());
    report->addHeading(tr("Expected tenders"));
    QList<QStringList> rows;
    for (int r = 0; r < m_proxy->rowCount() && r < 40; ++r) {
        const tenders::Forecast& f
            = m_snapshot
                  ->forecasts[size_t(m_proxy->data(m_proxy->index(r, 0), ForecastModel::IndexRole).toInt())];
        rows << QStringList { f.buyerName, f.projectTitle.isEmpty() ? tr("(any project)") : f.projectTitle,
            ForecastModel::kindLabel(f.kind),
            f.from.toString(Qt::ISODate) + u'~' + f.to.toString(Qt::ISODate),
            f.budgetLow ? Money::wan(*f.budgetLow, 0) + u'–' + Money::wan(f.budgetHigh.value_or(0), 0)
                        : QString(),
            f.incumbent };
    }
    report->addTable({ tr("Buyer"), tr("Project"), tr("Forecast"), tr("Window"), tr("Budget (10k yuan)"),
                         tr("Incumbent") },
        rows, 40);
    report->addHeading(tr("Market"));
    report->addParagraph(m_marketHeader->text());
    tenders::MarketOptions o;
    o.regionPrefix = region;
    o.category = m_category->currentData().toString();
    const tenders::Market m = tenders::TenderMarket::compute(m_snapshot->notices, o);
    QStringList years;
    QList<double> budget, amount;
    for (const tenders::MarketYear& y : m.years) {
        years << QString::number(y.year);
        budget << Money::toWan(y.budget);
        amount << Money::toWan(y.amount);
    }
    if (!years.isEmpty())
        report->addChart(Charts::bars(tr("Tender volume per year (10k yuan)"), years,
                             { { tr("Budget"), budget }, { tr("Awarded amount"), amount } }),
            QSize(800, 320));
    QList<QStringList> winners;
    for (const tenders::Party& w : m.winners)
        if (winners.size() < 15)
            winners << QStringList { w.name, QString::number(w.count), Money::wan(w.amount, 0),
                QString::number(w.share * 100, 'f', 1) + u'%' };
    report->addTable({ tr("Winner"), tr("Wins"), tr("Amount (10k yuan)"), tr("Share") }, winners, 15);
    report->addNote(
        tr("Forecasts from the tender history (next phase from the gaps between phases, renewal from "
           "awarded date plus service months, buyer rhythm from the months it tenders in). Demo data "
           "where the cache says so."));
    ProgressRunner::run<bool>(
        this, tr("Writing the brief…"),
        [report, path](const Progress&) {
            report->writePdf(path);
            return true;
        },
        [this, path](bool) { emit statusMessage(tr("Brief written to %1").arg(path)); },
        [this](const QString& e) { QMessageBox::warning(this, tr("PDF brief"), e); });
}

void TendersPanel::saveState(Settings& settings) const
{
    settings.set(kRegion, m_region->text());
    settings.set(kCategory, m_category->currentData().toString());
    settings.set(kMonths, m_months->value());
    settings.set(kKind, m_kind->currentIndex());
    settings.set(kSplitter, m_splitter->saveState());
    settings.set(kHeader, m_list->horizontalHeader()->saveState());
    settings.set(kTopTab, m_top->currentIndex());
    m_demand->saveState(settings);
}

void TendersPanel::restoreState(const Settings& settings)
{
    QSignalBlocker a(m_region), b(m_months), c(m_kind), d(m_category);
    m_region->setText(settings.get(kRegion));
    m_months->setValue(settings.get(kMonths));
    m_kind->setCurrentIndex(settings.get(kKind));
    const QString category = settings.get(kCategory);
    if (!category.isEmpty() && m_category->findData(category) < 0)
        m_category->addItem(category, category);
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    m_splitter->restoreState(settings.get(kSplitter));
    m_list->horizontalHeader()->restoreState(settings.get(kHeader));
    m_top->setCurrentIndex(settings.get(kTopTab));
    m_demand->restoreState(settings);
    applyFilters();
}

void TendersPanel::prepareScreenshot()
{
    if (m_snapshot && m_model->rowCount() > 0)
        selectForecast(0);
}

} // namespace dj::ui
