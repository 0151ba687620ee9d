#include "ui/search/searchpanel.h"

#include "core/codes/industries.h"
#include "core/codes/regiontreemodel.h"
#include "core/common/error.h"
#include "core/search/filtererror.h"
#include "core/search/searchindex.h"
#include "ui/common/appcontext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/enterprisetable.h"
#include "ui/common/progressrunner.h"
#include "ui/common/settings.h"
#include "ui/search/batchlookupdialog.h"
#include "ui/search/enterpriseprofiledialog.h"
#include "ui/search/filtersidebar.h"
#include "ui/search/resultcolumns.h"
#include "ui/search/resultmodel.h"
#include "ui/search/tableexport.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace dj::ui {

namespace {

constexpr int kDebounceMs = 250;

// The panel's settings: typed keys with defaults and validation (columns: EnterpriseTable's own keys).
const Settings::PanelKey<QString> kFilter { "search", "filter", {} }; ///< the filter JSON of cli.md
const Settings::PanelKey<QByteArray> kSplitter { "search", "splitter", {} };
const Settings::PanelKey<QString> kScenario { "search", "scenario", {} };
const Settings::PanelKey<int> kFilterPage { "search", "filterPage", 0, [](const int& v) { return v >= 0; } };
const Settings::PanelKey<QString> kSort { "search", "sort", {},
    [](const QString& v) { return v.isEmpty() || search::Sort::parse(v).has_value(); } };
constexpr int kSuggestMs = 200;
constexpr int kSuggestions = 12;

struct IndexOutcome
{
    std::shared_ptr<const search::SearchEngine> engine;
    QList<SavedSearch> saved;
    QList<int> years;
};

struct SearchOutcome
{
    std::vector<qint32> rows;
    search::Facets facets;
    search::Facets baseFacets;
    double ms = 0;
};

void warn(QWidget* parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

/// Narrows a list filter to value: keeps the entries already inside value, otherwise {value}.
QStringList narrowed(
    const QStringList& current, const QString& value, const std::function<bool(const QString&)>& inside)
{
    QStringList keep;
    for (const QString& c : current)
        if (inside(c))
            keep << c;
    return keep.isEmpty() ? QStringList { value } : keep;
}

} // namespace

SearchPanel::SearchPanel(AppContext& context, QWidget* parent)
    : Panel(context, parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);

    // Top bar: scenarios, actions, count.
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Scenario:"), this));
    m_scenarios = new QComboBox(this);
    m_scenarios->setMinimumContentsLength(14);
    m_scenarios->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    top->addWidget(m_scenarios);
    auto* scenarioButton = new QToolButton(this);
    scenarioButton->setText(tr("Scenarios"));
    scenarioButton->setPopupMode(QToolButton::InstantPopup);
    auto* scenarioMenu = new QMenu(scenarioButton);
    // Saving, renaming and deleting write to the cache: off while it is read-only (read-only media).
    m_scenarioWrites
        = { scenarioMenu->addAction(tr("Save current filter as…"), this, &SearchPanel::askSaveScenario),
              scenarioMenu->addAction(tr("Rename…"), this, &SearchPanel::askRenameScenario),
              scenarioMenu->addAction(tr("Delete"), this, &SearchPanel::askDeleteScenario) };
    scenarioButton->setMenu(scenarioMenu);
    top->addWidget(scenarioButton);
    auto* clearButton = new QPushButton(tr("Clear filter"), this);
    top->addWidget(clearButton);
    top->addSpacing(16);
    m_count = new QLabel(this);
    QFont countFont = m_count->font();
    countFont.setPointSizeF(countFont.pointSizeF() * 1.25);
    countFont.setBold(true);
    m_count->setFont(countFont);
    top->addWidget(m_count, 1);
    auto* batchButton = new QPushButton(tr("Batch lookup…"), this);
    top->addWidget(batchButton);
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Export the whole result…"), this, [this]() { chooseExport(false); });
    exportMenu->addAction(tr("Export the selected rows…"), this, [this]() { chooseExport(true); });
    exportButton->setMenu(exportMenu);
    top->addWidget(exportButton);
    auto* selectionButton = new QPushButton(tr("Use as selection"), this);
    selectionButton->setToolTip(tr("Hand the selected rows (or the whole result) to the other panels."));
    top->addWidget(selectionButton);
    m_columnsButton = new QToolButton(this);
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    top->addWidget(m_columnsButton);
    outer->addLayout(top);

    // Index banner
    auto* banner = new QHBoxLayout;
    m_indexLabel = new QLabel(this);
    m_indexProgress = new QProgressBar(this);
    m_indexProgress->setMaximumWidth(300);
    m_indexCancel = new QPushButton(tr("Cancel"), this);
    banner->addWidget(m_indexLabel);
    banner->addWidget(m_indexProgress);
    banner->addWidget(m_indexCancel);
    banner->addStretch(1);
    outer->addLayout(banner);
    m_indexProgress->hide();
    m_indexCancel->hide();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_sidebar = new FilterSidebar(m_splitter);
    m_sidebar->setMinimumWidth(300);
    auto* right = new QWidget(m_splitter);
    auto* rightLay = new QVBoxLayout(right);
    rightLay->setContentsMargins(0, 0, 0, 0);
    m_facets = new FacetBar(right);
    rightLay->addWidget(m_facets);
    m_split = new QTabBar(right);
    m_split->setExpanding(false);
    m_split->setDrawBase(false);
    m_split->hide();
    rightLay->addWidget(m_split);
    m_results = new EnterpriseTable(context, QStringLiteral("search"), right);
    m_model = m_results->model();
    m_columnsButton->setMenu(m_results->columnMenu());
    rightLay->addWidget(m_results, 1);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 340, 1200 });
    outer->addWidget(m_splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    m_suggestTimer = new QTimer(this);
    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(kSuggestMs);
    m_indexTask = new BackgroundTask(this);

    connect(m_sidebar, &FilterSidebar::changed, this, &SearchPanel::onFilterChanged);
    connect(m_sidebar, &FilterSidebar::textEdited, m_suggestTimer, qOverload<>(&QTimer::start));
    connect(m_suggestTimer, &QTimer::timeout, this, &SearchPanel::requestSuggestions);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_facets, &FacetBar::refine, this, &SearchPanel::refine);
    connect(m_split, &QTabBar::currentChanged, this, [this](int i) {
        const QString kind = i > 0 ? m_split->tabData(i).toString() : QString();
        if (kind != m_splitKind) {
            m_splitKind = kind;
            scheduleSearch();
        }
    });
    connect(m_results, &EnterpriseTable::sortChanged, this, [this](const search::Sort& sort) {
        m_sort = sort;
        if (m_searchRunning)
            scheduleSearch(); // the running search was sorted the old way
    });
    connect(m_results, &EnterpriseTable::busyChanged, this, [this]() { setBusy(false); });
    connect(m_results, &EnterpriseTable::statusMessage, this, &SearchPanel::message);
    connect(m_results, &EnterpriseTable::exportFinished, this, &SearchPanel::exportFinished);
    connect(m_scenarios, &QComboBox::activated, this, &SearchPanel::scenarioActivated);
    connect(clearButton, &QPushButton::clicked, m_sidebar, &FilterSidebar::clear);
    connect(batchButton, &QPushButton::clicked, this, &SearchPanel::openBatchLookup);
    connect(selectionButton, &QPushButton::clicked, m_results, &EnterpriseTable::useAsSelection);
    // The index is the application's (one per open cache, shared by every panel): show its progress.
    m_indexProgress->setRange(0, 1000);
    connect(
        &context, &AppContext::indexProgress, this, [this](qint64 done, qint64 total, const QString& stage) {
            m_indexProgress->setRange(0, total > 0 ? 1000 : 0);
            if (total > 0)
                m_indexProgress->setValue(int(1000.0 * double(std::min(done, total)) / double(total)));
            if (!stage.isEmpty())
                m_indexLabel->setText(tr("Preparing the search index: %1").arg(stage));
        });
    connect(&context, &AppContext::indexLoadingChanged, this, [this](bool loading) {
        m_indexProgress->setVisible(loading);
        m_indexCancel->setVisible(loading);
        if (loading)
            m_indexProgress->setRange(0, 0);
        setBusy(false);
    });
    connect(m_indexCancel, &QPushButton::clicked, &context, &AppContext::cancelIndex);
    connect(&context, &AppContext::indexCancelled, this, [this]() {
        m_indexLabel->setText(
            tr("Index preparation cancelled: searching is unavailable until the cache is opened again."));
        m_indexedPath.clear();
        m_searchPending = false;
        setBusy(false);
    });
    connect(&context, &AppContext::indexFailed, this, [this](const QString& error) {
        m_indexLabel->setText(tr("The search index could not be prepared: %1").arg(error));
        m_count->setText(tr("Search unavailable"));
        m_searchPending = false;
        setBusy(false);
    });
    connect(&context, &AppContext::searchEngineChanged, this, &SearchPanel::engineChanged);
    connect(&context, &AppContext::cacheChanged, this, &SearchPanel::openIndex);

    reloadScenarios({});
    m_count->setText(tr("No cache open"));
    if (!context.cachePath().isEmpty())
        QTimer::singleShot(0, this, [this]() {
            openIndex(this->context().cachePath());
            if (const auto engine = this->context().searchEngine())
                engineChanged(engine);
        });
}

SearchPanel::~SearchPanel()
{
    for (const QPointer<QWidget>& w : std::as_const(m_extras))
        delete w.data();
}

QIcon SearchPanel::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogContentsView);
}

void SearchPanel::message(const QString& text)
{
    emit statusMessage(text);
}

void SearchPanel::setBusy(bool busy)
{
    const bool now = busy || preparing() || m_searchRunning || m_searchPending || m_results->isBusy();
    if (now != m_busy) {
        m_busy = now;
        emit busyChanged(now);
    }
}

bool SearchPanel::isBusy() const
{
    return preparing() || m_searchRunning || m_searchPending || m_debounce->isActive() || m_results->isBusy();
}

bool SearchPanel::preparing() const
{
    return context().isIndexLoading() || m_indexTask->isRunning();
}

void SearchPanel::openIndex(const QString& cachePath)
{
    m_engine.reset();
    m_results->clear();
    m_facets->clear();
    m_total = -1;
    m_lastFacets.reset();
    m_indexedPath = cachePath;
    for (QAction* a : std::as_const(m_scenarioWrites))
        a->setEnabled(!context().isReadOnly());
    if (cachePath.isEmpty()) {
        m_count->setText(tr("No cache open"));
        return;
    }
    m_count->setText(tr("Preparing the search index…"));
    m_indexLabel->setText(tr("Preparing the search index…"));
    m_indexLabel->show();
    m_indexProgress->setVisible(context().isIndexLoading());
    m_indexCancel->setVisible(context().isIndexLoading());
    setBusy(true);
}

void SearchPanel::engineChanged(std::shared_ptr<const search::SearchEngine> engine)
{
    const QString cachePath = m_indexedPath;
    if (!engine || cachePath.isEmpty() || engine->index()->cachePath() != cachePath)
        return;
    // The panel's own preparation on the shared engine: financial years and the saved scenarios.
    const bool readOnly = context().isReadOnly();
    m_indexTask->start<IndexOutcome>(
        [cachePath, engine, readOnly](const Progress&) {
            IndexOutcome out;
            out.engine = engine;
            out.years = engine->financialYears();
            try {
                if (!readOnly) // a read-only cache is never written: the built-ins come from memory below
                    SavedSearches::ensureBuiltins(cachePath);
            } catch (const std::exception&) {
                // A read-only cache keeps what it has; the built-ins are offered from memory below.
            }
            try {
                out.saved = SavedSearches::list(cachePath);
            } catch (const std::exception&) {
            }
            return out;
        },
        this,
        [this, cachePath](IndexOutcome out) {
            if (cachePath != m_indexedPath || out.engine != context().searchEngine())
                return; // another cache was opened meanwhile
            m_engine = out.engine;
            m_indexLabel->setText(tr("%L1 enterprises indexed in %2 s.")
                                      .arg(m_engine->index()->size())
                                      .arg(context().indexLoadMs() / 1000.0, 0, 'f', 1));
            QTimer::singleShot(8000, m_indexLabel, &QLabel::clear);
            QList<SavedSearch> saved = out.saved;
            for (const SavedSearch& b : SavedSearches::builtins()) {
                const bool present = std::any_of(
                    saved.begin(), saved.end(), [&b](const SavedSearch& s) { return s.name == b.name; });
                if (!present)
                    saved.prepend(b);
            }
            reloadScenarios(saved);
            m_sidebar->setFinancialYears(out.years);
            emit indexReady();
            searchNow();
        },
        [this, cachePath](const QString& error) {
            if (cachePath != m_indexedPath)
                return;
            m_indexLabel->setText(tr("The search index could not be prepared: %1").arg(error));
            m_count->setText(tr("Search unavailable"));
            m_searchPending = false;
            setBusy(false);
        });
    setBusy(true);
}

void SearchPanel::onFilterChanged()
{
    if (!m_applyingScenario && m_scenarios->currentIndex() > 0) {
        const int i = m_scenarios->currentIndex() - 1;
        if (i < m_saved.size()) {
            try {
                if (search::Filter::fromJsonObject(m_saved[i].filter) != m_sidebar->filter())
                    m_scenarios->setCurrentIndex(0);
            } catch (const search::FilterError&) {
                m_scenarios->setCurrentIndex(0);
            }
        }
    }
    updateSplitBar();
    scheduleSearch();
}

void SearchPanel::scheduleSearch()
{
    m_searchPending = true;
    setBusy(true);
    m_debounce->start();
}

search::Filter SearchPanel::effectiveFilter() const
{
    search::Filter f = m_sidebar->filter();
    if (!m_splitKind.isEmpty())
        f.licensesAny = QStringList { m_splitKind };
    return f;
}

void SearchPanel::searchNow()
{
    m_debounce->stop();
    if (!m_engine) {
        // Runs when the index is ready (openIndex calls searchNow); nothing pending until then.
        m_searchPending = preparing();
        setBusy(false);
        return;
    }
    m_searchPending = false;
    m_searchRunning = true;
    setBusy(true);
    const quint64 generation = ++m_generation;
    const search::Filter base = m_sidebar->filter();
    const search::Filter effective = effectiveFilter();
    const bool split = !m_splitKind.isEmpty();
    const search::Sort sort = m_sort;
    const auto engine = m_engine;
    m_count->setText(tr("Searching…"));
    auto* task = new BackgroundTask(this);
    auto done = [task]() { task->deleteLater(); };
    task->start<SearchOutcome>(
        [engine, base, effective, split, sort](const Progress&) {
            QElapsedTimer timer;
            timer.start();
            SearchOutcome out;
            std::vector<qint32> rows = engine->matchIds(base);
            out.baseFacets = engine->facets(rows);
            if (split) {
                rows = engine->matchIds(effective);
                out.facets = engine->facets(rows);
            } else {
                out.facets = out.baseFacets;
            }
            out.rows = engine->sorted(std::move(rows), sort);
            out.ms = double(timer.nsecsElapsed()) / 1e6;
            return out;
        },
        this,
        [this, generation, engine, done](SearchOutcome out) {
            done();
            if (generation != m_generation || engine != m_engine)
                return; // superseded
            m_baseFacets = out.baseFacets;
            const qint64 total = qint64(out.rows.size());
            showResult(std::move(out.rows), out.facets, total, out.ms);
        },
        [this, generation, done](const QString& error) {
            done();
            if (generation != m_generation)
                return;
            m_searchRunning = false;
            m_count->setText(tr("The search failed: %1").arg(error));
            setBusy(false);
        });
}

void SearchPanel::showResult(std::vector<qint32> rows, const search::Facets& facets, qint64 total, double ms)
{
    m_results->setResult(m_engine, std::move(rows));
    m_total = total;
    m_lastFacets = facets;
    const search::Filter f = m_sidebar->filter();
    bool oneProvince = !f.regions.isEmpty();
    for (const QString& r : f.regions)
        oneProvince = oneProvince && r.left(2) == f.regions.front().left(2);
    if (facets.province.size() == 1)
        oneProvince = true;
    m_facets->setFacets(facets, oneProvince);
    m_count->setText(tr("%L1 enterprises").arg(total) + QStringLiteral("  ")
        + QStringLiteral("<span style='font-weight:normal;color:gray'>%1</span>")
              .arg(tr("(%1 ms)").arg(ms, 0, 'f', 0)));
    m_count->setTextFormat(Qt::RichText);
    updateSplitBar();
    m_searchRunning = false;
    setBusy(false);
    message(tr("%L1 enterprises match the filter.").arg(total));
    emit searchFinished(total);
}

void SearchPanel::updateSplitBar()
{
    const QStringList kinds = m_sidebar->filter().licensesAny;
    const bool show = kinds.size() >= 2;
    const QSignalBlocker block(m_split);
    if (!show) {
        while (m_split->count())
            m_split->removeTab(0);
        m_split->hide();
        if (!m_splitKind.isEmpty()) {
            m_splitKind.clear();
        }
        return;
    }
    if (!kinds.contains(m_splitKind))
        m_splitKind.clear();
    const QLocale locale;
    auto label = [&](const QString& text, std::optional<qint64> n) {
        return n ? QStringLiteral("%1 (%2)").arg(text, locale.toString(*n)) : text;
    };
    while (m_split->count())
        m_split->removeTab(0);
    std::optional<qint64> all;
    if (m_baseFacets && m_total >= 0 && m_splitKind.isEmpty())
        all = m_total;
    m_split->addTab(label(tr("All licence kinds"), all));
    for (const QString& k : kinds) {
        std::optional<qint64> n;
        if (m_baseFacets)
            n = m_baseFacets->licenses.value(k, 0);
        const int i = m_split->addTab(label(k, n));
        m_split->setTabData(i, k);
        if (k == m_splitKind)
            m_split->setCurrentIndex(i);
    }
    if (m_splitKind.isEmpty())
        m_split->setCurrentIndex(0);
    m_split->show();
}

void SearchPanel::requestSuggestions()
{
    const QString text = m_sidebar->textEdit()->text().trimmed();
    if (!m_engine || text.isEmpty())
        return;
    const auto engine = m_engine;
    auto* task = new BackgroundTask(this);
    task->start<QStringList>([engine, text](const Progress&) { return engine->suggest(text, kSuggestions); },
        this,
        [this, task, text](QStringList names) {
            task->deleteLater();
            if (m_sidebar->textEdit()->text().trimmed() == text)
                m_sidebar->setSuggestions(names);
        },
        [task](const QString&) { task->deleteLater(); });
}

void SearchPanel::refine(FacetBar::Group group, const QString& value)
{
    search::Filter f = m_sidebar->filter();
    switch (group) {
    case FacetBar::Group::Section:
        f.industries = narrowed(f.industries, value, [&value](const QString& c) {
            return c == value || codes::Industries::instance().sectionOf(c) == value;
        });
        break;
    case FacetBar::Group::Province:
    case FacetBar::Group::City:
        f.regions = narrowed(f.regions, value, [&value](const QString& c) { return c.startsWith(value); });
        break;
    case FacetBar::Group::License:
        f.licensesAny = { value };
        m_splitKind.clear();
        break;
    case FacetBar::Group::Qualification:
        f.qualificationsAny = { value };
        break;
    case FacetBar::Group::Status:
        f.statuses = { value };
        break;
    }
    m_sidebar->setFilter(f);
}

// ---- scenarios ----

QStringList SearchPanel::scenarioNames() const
{
    QStringList out;
    for (const SavedSearch& s : m_saved)
        out << s.name;
    return out;
}

QString SearchPanel::currentScenario() const
{
    const int i = m_scenarios->currentIndex() - 1;
    return i >= 0 && i < m_saved.size() ? m_saved[i].name : QString();
}

void SearchPanel::reloadScenarios(const QList<SavedSearch>& list)
{
    QString current = currentScenario();
    if (current.isEmpty()) {
        current = m_scenarios->property("djPendingScenario").toString(); // from restoreState
        m_scenarios->setProperty("djPendingScenario", QVariant());
    }
    m_saved = list;
    const QSignalBlocker block(m_scenarios);
    m_scenarios->clear();
    m_scenarios->addItem(tr("(current filter)"));
    for (const SavedSearch& s : m_saved)
        m_scenarios->addItem(s.builtin ? tr("%1 (built-in)").arg(s.name) : s.name, s.name);
    const int i = int(scenarioNames().indexOf(current));
    m_scenarios->setCurrentIndex(i >= 0 ? i + 1 : 0);
}

void SearchPanel::scenarioActivated(int index)
{
    if (index <= 0 || index - 1 >= m_saved.size())
        return;
    applyScenario(m_saved[index - 1].name);
}

bool SearchPanel::applyScenario(const QString& name)
{
    const int i = int(scenarioNames().indexOf(name));
    if (i < 0)
        return false;
    try {
        const search::Filter f = search::Filter::fromJsonObject(m_saved[i].filter);
        m_applyingScenario = true;
        m_splitKind.clear();
        m_sidebar->setFilter(f);
        m_applyingScenario = false;
        m_scenarios->setCurrentIndex(i + 1);
        message(tr("Scenario \"%1\" applied.").arg(name));
        return true;
    } catch (const search::FilterError& e) {
        m_applyingScenario = false;
        warn(this, tr("Scenario"), tr("The scenario \"%1\" cannot be applied: %2").arg(name, e.message()));
        return false;
    }
}

void SearchPanel::saveScenario(const QString& name)
{
    const QString path = context().cachePath();
    if (path.isEmpty())
        throw Error(tr("Open a cache first."));
    if (context().isReadOnly())
        throw Error(tr("The cache is open read-only: scenarios cannot be saved in it."));
    SavedSearches::save(path, name, m_sidebar->filter().toJson());
    reloadScenarios(SavedSearches::list(path));
    m_scenarios->setCurrentIndex(int(scenarioNames().indexOf(name.trimmed())) + 1);
}

void SearchPanel::renameScenario(const QString& from, const QString& to)
{
    const QString path = context().cachePath();
    if (context().isReadOnly())
        throw Error(tr("The cache is open read-only: scenarios cannot be changed in it."));
    SavedSearches::rename(path, from, to);
    reloadScenarios(SavedSearches::list(path));
    m_scenarios->setCurrentIndex(int(scenarioNames().indexOf(to.trimmed())) + 1);
}

void SearchPanel::deleteScenario(const QString& name)
{
    const QString path = context().cachePath();
    if (context().isReadOnly())
        throw Error(tr("The cache is open read-only: scenarios cannot be changed in it."));
    SavedSearches::remove(path, name);
    reloadScenarios(SavedSearches::list(path));
    m_scenarios->setCurrentIndex(0);
}

void SearchPanel::askSaveScenario()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save scenario"), tr("Name of the scenario:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    try {
        saveScenario(name);
    } catch (const std::exception& e) {
        warn(this, tr("Save scenario"), QString::fromUtf8(e.what()));
    }
}

void SearchPanel::askRenameScenario()
{
    const QString current = currentScenario();
    if (current.isEmpty()) {
        warn(this, tr("Rename scenario"), tr("Choose a saved scenario first."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename scenario"), tr("New name:"), QLineEdit::Normal, current, &ok);
    if (!ok)
        return;
    try {
        renameScenario(current, name);
    } catch (const std::exception& e) {
        warn(this, tr("Rename scenario"), QString::fromUtf8(e.what()));
    }
}

void SearchPanel::askDeleteScenario()
{
    const QString current = currentScenario();
    if (current.isEmpty()) {
        warn(this, tr("Delete scenario"), tr("Choose a saved scenario first."));
        return;
    }
    if (QMessageBox::question(this, tr("Delete scenario"), tr("Delete the scenario \"%1\"?").arg(current))
        != QMessageBox::Yes)
        return;
    try {
        deleteScenario(current);
    } catch (const std::exception& e) {
        warn(this, tr("Delete scenario"), QString::fromUtf8(e.what()));
    }
}

// ---- columns ----

QList<int> SearchPanel::visibleColumns() const
{
    return m_results->visibleColumns();
}

void SearchPanel::setColumnVisible(int column, bool visible)
{
    m_results->setColumnVisible(column, visible);
}

QTableView* SearchPanel::resultView() const
{
    return m_results->view();
}

// ---- export, profile, batch lookup, selection ----

void SearchPanel::exportResult(const QString& path, bool selectedOnly)
{
    if (!m_engine)
        return;
    m_results->exportTo(path, selectedOnly);
}

void SearchPanel::chooseExport(bool selectedOnly)
{
    if (!m_engine) {
        warn(this, tr("Export"), tr("There is no result to export."));
        return;
    }
    m_results->chooseExport(
        selectedOnly, currentScenario().isEmpty() ? tr("search result") : currentScenario());
}

void SearchPanel::openBatchLookup()
{
    if (context().cachePath().isEmpty()) {
        warn(this, tr("Batch lookup"), tr("Open a cache first."));
        return;
    }
    auto* dialog = new BatchLookupDialog(context().cachePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BatchLookupDialog::useAsSelection, this, [this](const QStringList& usccs) {
        context().setSelection(usccs, QStringLiteral("search"));
        if (!m_engine)
            return;
        ++m_generation; // a running search must not overwrite the list
        m_results->setUsccs(m_engine, usccs);
        m_count->setTextFormat(Qt::PlainText);
        m_count->setText(tr("Batch list: %L1 enterprises").arg(m_model->rowCount()));
        m_facets->clear();
    });
    dialog->show();
}

// ---- state ----

void SearchPanel::saveState(Settings& s) const
{
    s.set(kFilter,
        QString::fromUtf8(QJsonDocument(m_sidebar->filter().toJson()).toJson(QJsonDocument::Compact)));
    m_results->saveState(s, panelId());
    s.set(kSplitter, m_splitter->saveState());
    s.set(kScenario, currentScenario());
    s.set(kFilterPage, m_sidebar->sections()->currentIndex());
    s.set(kSort, m_sort.field + (m_sort.descending ? QStringLiteral(":desc") : QStringLiteral(":asc")));
}

void SearchPanel::restoreState(const Settings& s)
{
    m_results->restoreState(s, panelId());
    const QByteArray split = s.get(kSplitter);
    if (!split.isEmpty())
        m_splitter->restoreState(split);
    const int page = s.get(kFilterPage);
    if (page < m_sidebar->sections()->count())
        m_sidebar->sections()->setCurrentIndex(page);
    if (const auto sort = search::Sort::parse(s.get(kSort))) {
        m_sort = *sort;
        const int column = ResultColumns::fromKey(sort->field);
        if (column >= 0) {
            m_model->setSortState(column, sort->descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            QHeaderView* header = m_results->view()->horizontalHeader();
            const QSignalBlocker block(header);
            header->setSortIndicator(column, sort->descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    }
    // A stored filter that no longer parses (hand-edited settings) is dropped, not half-applied.
    const QString json = s.get(kFilter);
    if (!json.isEmpty()) {
        try {
            m_sidebar->setFilter(search::Filter::fromJson(json.toUtf8()));
        } catch (const search::FilterError&) {
        }
    }
    const QString scenario = s.get(kScenario);
    if (!scenario.isEmpty()) {
        // The scenario list arrives with the index; select it by name then if the filter still equals it.
        const int i = int(scenarioNames().indexOf(scenario));
        if (i >= 0)
            m_scenarios->setCurrentIndex(i + 1);
        else
            m_scenarios->setProperty("djPendingScenario", scenario);
    }
}

// ---- screenshots ----

void SearchPanel::prepareScreenshot()
{
    m_sidebar->sections()->setCurrentIndex(1); // industries: shows the excluded sections of 信贷获客
    auto apply = [this]() {
        applyScenario(SavedSearches::creditScenarioName());
        searchNow();
    };
    if (m_engine) {
        apply();
        return;
    }
    // The index is still loading: apply the scenario as soon as it is ready.
    m_searchPending = true;
    connect(this, &SearchPanel::indexReady, this, apply, Qt::SingleShotConnection);
}

QList<QWidget*> SearchPanel::screenshotExtras()
{
    QList<QWidget*> out;
    if (!m_engine || m_model->rowCount() == 0)
        return out;
    auto* dialog = new EnterpriseProfileDialog(context().cachePath(), m_model->usccAt(0), nullptr);
    dialog->setObjectName(QStringLiteral("profile"));
    dialog->resize(1200, 800);
    dialog->show();
    QDeadlineTimer deadline(15000);
    while (!dialog->isLoaded() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    const int financials = [dialog]() {
        for (int i = 0; i < dialog->tabs()->count(); ++i)
            if (dialog->tabs()->tabText(i).startsWith(EnterpriseProfileDialog::tr("Financials")))
                return i;
        return 0;
    }();
    dialog->tabs()->setCurrentIndex(financials);
    m_extras << dialog;
    out << dialog;

    // 批量查询 with a list as users paste it: names, a code, a name without its legal form, an unknown one.
    QStringList lines;
    const int n = std::min(m_model->rowCount(), 6);
    for (int r = 0; r < n; ++r) {
        const search::Row row = m_model->rowAt(r);
        if (r == 3)
            lines << row.uscc;
        else if (r == 4)
            lines << QString(row.name).remove(QStringLiteral("有限公司")).remove(QStringLiteral("股份"));
        else
            lines << row.name;
    }
    lines << QStringLiteral("科技有限公司") << QStringLiteral("某某不存在的企业");
    auto* batch = new BatchLookupDialog(context().cachePath(), nullptr);
    batch->resize(1200, 760);
    batch->setInput(lines);
    bool finished = false;
    connect(batch, &BatchLookupDialog::finished, batch, [&finished]() { finished = true; });
    batch->show();
    batch->startMatching();
    QDeadlineTimer batchDeadline(30000);
    while (!finished && !batchDeadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    m_extras << batch;
    out << batch;
    return out;
}

} // namespace dj::ui
