#include "ui/tenders/demandview.h"

#include "core/codes/regions.h"
#include "core/common/money.h"
#include "core/io/tablewriter.h"
#include "core/store/cache.h"
#include "core/tenders/demandsignals.h"
#include "ui/common/appcontext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/enterprisetable.h"
#include "ui/common/progressrunner.h"
#include "ui/common/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dj::ui {

namespace {

const Settings::PanelKey<QString> kDemandRegion { "tenders", "demandRegion", QString() };
const Settings::PanelKey<int> kDemandMinScore { "tenders", "demandMinScore", 3,
    [](const int& v) { return v >= 1 && v <= 20; } };
const Settings::PanelKey<int> kDemandLimit { "tenders", "demandLimit", 200,
    [](const int& v) { return v >= 10 && v <= 5000; } };

} // namespace

DemandView::DemandView(AppContext& context, const QString& panelId, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_panelId(panelId)
{
    setObjectName(QStringLiteral("demand"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* regionLabel = new QLabel(tr("Re&gion:"), this);
    m_region = new QLineEdit(this);
    m_region->setPlaceholderText(tr("2, 4 or 6 digits; empty = all"));
    m_region->setClearButtonEnabled(true);
    m_region->setMaximumWidth(180);
    regionLabel->setBuddy(m_region);
    auto* scoreLabel = new QLabel(tr("Mi&n. points:"), this);
    m_minScore = new QSpinBox(this);
    m_minScore->setRange(1, 20);
    m_minScore->setValue(3);
    m_minScore->setToolTip(tr("Revenue growth 2, head-count growth 1, new 高新/专精特新 2, financing 2, "
                              "copyrights and patents 1–2, new branches 1 each"));
    scoreLabel->setBuddy(m_minScore);
    auto* limitLabel = new QLabel(tr("&Top:"), this);
    m_limit = new QSpinBox(this);
    m_limit->setRange(10, 5000);
    m_limit->setValue(200);
    limitLabel->setBuddy(m_limit);
    auto* findButton = new QPushButton(tr("&Find signals"), this);
    findButton->setObjectName(QStringLiteral("findSignals"));
    auto* visit = new QPushButton(tr("Add to visit tas&k"), this);
    auto* xlsx = new QPushButton(tr("Export signals…"), this);
    for (QWidget* w : std::initializer_list<QWidget*> {
             regionLabel, m_region, scoreLabel, m_minScore, limitLabel, m_limit, findButton })
        bar->addWidget(w);
    bar->addStretch(1);
    bar->addWidget(visit);
    bar->addWidget(xlsx);
    layout->addLayout(bar);
    auto* status = new QHBoxLayout;
    m_header = new QLabel(tr("Enterprises outside public tenders whose signals suggest coming ICT demand. "
                             "Choose a region and press Find signals."),
        this);
    m_header->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_cancel = new QPushButton(tr("Cancel"), this);
    status->addWidget(m_header, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);
    layout->addLayout(status);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_table = new EnterpriseTable(context, panelId, split);
    m_signals = new QTextBrowser(split);
    m_signals->setObjectName(QStringLiteral("signals"));
    split->addWidget(m_table);
    split->addWidget(m_signals);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_task = new BackgroundTask(this);
    ProgressRunner::bind(m_task, m_progress, m_cancel, nullptr);
    connect(
        m_task, &BackgroundTask::runningChanged, this, [this](bool running) { emit busyChanged(running); });
    connect(m_task, &BackgroundTask::failed, this, [this](const QString& m) { m_header->setText(m); });
    connect(findButton, &QPushButton::clicked, this, [this] { find(m_region->text().trimmed()); });
    connect(m_region, &QLineEdit::returnPressed, this, [this] { find(m_region->text().trimmed()); });
    connect(visit, &QPushButton::clicked, m_table, &EnterpriseTable::requestVisitTask);
    connect(xlsx, &QPushButton::clicked, this, [this] {
        if (m_results.empty())
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the demand signals"),
            tr("ICT-demand-signals") + QStringLiteral(".xlsx"), tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DemandView::showCurrent);
    connect(m_table, &EnterpriseTable::statusMessage, this, &DemandView::statusMessage);
}

bool DemandView::isBusy() const
{
    return m_task->isRunning() || m_table->isBusy();
}

void DemandView::find(const QString& regionPrefix)
{
    const QString path = m_context.cachePath();
    if (path.isEmpty())
        return;
    if (!regionPrefix.isEmpty()
        && (!(regionPrefix.size() == 2 || regionPrefix.size() == 4 || regionPrefix.size() == 6)
            || !std::all_of(
                regionPrefix.cbegin(), regionPrefix.cend(), [](QChar c) { return c.isDigit(); }))) {
        m_header->setText(tr("\"%1\" is not a region code prefix of 2, 4 or 6 digits.").arg(regionPrefix));
        return;
    }
    tenders::DemandOptions o;
    o.regionPrefix = regionPrefix;
    o.minScore = m_minScore->value();
    o.limit = m_limit->value();
    m_header->setText(tr("Reading the signals…"));
    m_task->start<std::vector<tenders::DemandSignal>>(
        [path, o](const Progress& p) {
            p.report(0, 1, tr("Reading the signals"));
            const store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
            auto out = tenders::DemandSignals::rank(db, o);
            p.throwIfCancelled();
            p.report(1, 1, tr("Reading the signals"));
            return out;
        },
        this, [this](std::vector<tenders::DemandSignal> r) { display(std::move(r)); });
}

void DemandView::display(std::vector<tenders::DemandSignal> results)
{
    m_results = std::move(results);
    QStringList usccs;
    for (const auto& s : m_results)
        usccs << s.uscc;
    const auto engine = m_context.searchEngine();
    if (engine)
        m_table->setUsccs(engine, usccs);
    else
        m_table->clear();
    m_header->setText(
        tr("%n enterprise(s) with signals of coming ICT demand, most points first. The signals of the "
           "current one are on the right.",
            nullptr, int(m_results.size()))
        + (engine ? QString() : QStringLiteral(" ") + tr("The enterprise index is still loading.")));
    m_signals->clear();
    if (!m_results.empty()) {
        m_table->view()->selectRow(0);
        showCurrent();
    }
}

void DemandView::showCurrent()
{
    const QStringList selected = m_table->selectedUsccs();
    const QModelIndex current = m_table->view()->currentIndex();
    QString uscc = selected.size() == 1 ? selected.front() : QString();
    if (uscc.isEmpty() && current.isValid() && current.row() < int(m_results.size()))
        uscc = m_results[size_t(current.row())].uscc;
    for (size_t i = 0; i < m_results.size(); ++i) {
        const auto& s = m_results[i];
        if (s.uscc != uscc)
            continue;
        QString html = QStringLiteral("<h3>%1</h3><p>%2</p><ul>")
                           .arg(s.name.toHtmlEscaped(),
                               tr("Rank %1 · %2 points · %3 · latest revenue %4 万元")
                                   .arg(i + 1)
                                   .arg(s.score)
                                   .arg(codes::Regions::instance().fullName(s.regionCode).toHtmlEscaped(),
                                       s.revenue ? Money::wan(*s.revenue) : tr("unknown")));
        for (const QString& r : s.reasons)
            html += QStringLiteral("<li>%1</li>").arg(r.toHtmlEscaped());
        m_signals->setHtml(html + QStringLiteral("</ul>"));
        return;
    }
    m_signals->clear();
}

QStringList DemandView::exportHeaders()
{
    return { tr("Rank"), tr("Credit code"), tr("Name"), tr("Region"), tr("Points"), tr("Signals"),
        tr("Latest revenue (10k yuan)") };
}

QList<QVariantList> DemandView::exportRows() const
{
    QList<QVariantList> rows;
    for (size_t i = 0; i < m_results.size(); ++i) {
        const auto& s = m_results[i];
        rows << QVariantList { qint64(i + 1), s.uscc, s.name,
            codes::Regions::instance().fullName(s.regionCode), s.score, s.reasons.join(QStringLiteral("；")),
            Money::toWan(s.revenue) };
    }
    return rows;
}

void DemandView::exportTo(const QString& path)
{
    const QStringList headers = exportHeaders();
    const QList<QVariantList> rows = exportRows();
    ProgressRunner::run<bool>(
        this, tr("Exporting…"),
        [path, headers, rows](const Progress& p) {
            io::TableWriter::write(
                path, headers, rows.size(), [&rows](qint64 r) { return rows[r]; }, p, tr("Demand signals"));
            return true;
        },
        [this, path](bool) {
            m_header->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
            emit statusMessage(m_header->text());
        },
        [this](const QString& error) { QMessageBox::warning(this, tr("Export"), error); });
}

void DemandView::saveState(Settings& settings) const
{
    settings.set(kDemandRegion, m_region->text().trimmed());
    settings.set(kDemandMinScore, m_minScore->value());
    settings.set(kDemandLimit, m_limit->value());
    m_table->saveState(settings, m_panelId + QStringLiteral("/demand"));
}

void DemandView::restoreState(const Settings& settings)
{
    m_region->setText(settings.get(kDemandRegion));
    m_minScore->setValue(settings.get(kDemandMinScore));
    m_limit->setValue(settings.get(kDemandLimit));
    m_table->restoreState(settings, m_panelId + QStringLiteral("/demand"));
}

} // namespace dj::ui
