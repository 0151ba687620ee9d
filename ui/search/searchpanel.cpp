#include "ui/search/searchpanel.h"

#include "core/codes/industries.h"
#include "core/codes/regiontreemodel.h"
#include "core/search/filtererror.h"
#include "core/search/searchindex.h"
#include "ui/common/appcontext.h"
#include "ui/common/backgroundtask.h"
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
constexpr int kSuggestMs = 200;
constexpr int kSuggestions = 12;

struct IndexOutcome
{
    std::shared_ptr<const search::SearchEngine> engine;
    QList<SavedSearch> saved;
    QList<int> years;
    double ms = 0;
    bool loaded = false;
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
    scenarioMenu->addAction(tr("Save current filter as…"), this, &SearchPanel::askSaveScenario);
    scenarioMenu->addAction(tr("Rename…"), this, &SearchPanel::askRenameScenario);
    scenarioMenu->addAction(tr("Delete"), this, &SearchPanel::askDeleteScenario);
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
    m_columnMenu = new QMenu(m_columnsButton);
    m_columnsButton->setMenu(m_columnMenu);
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
    m_model = new ResultModel(this);
    m_table = new QTableView(right);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setSortIndicator(ResultColumns::Revenue, Qt::DescendingOrder);
    m_table->setColumnWidth(ResultColumns::Name, 300);
    m_table->setColumnWidth(ResultColumns::Uscc, 170);
    m_table->setColumnWidth(ResultColumns::Region, 200);
    m_table->setColumnWidth(ResultColumns::Industry, 220);
    for (int c = 0; c < ResultColumns::Count; ++c)
        m_table->setColumnHidden(c, ResultColumns::hiddenByDefault(c));
    rightLay->addWidget(m_table, 1);
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
    connect(m_model, &ResultModel::sortRequested, this, &SearchPanel::sortBy);
    connect(m_table, &QTableView::doubleClicked, this, &SearchPanel::openProfile);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
        [this](const QPoint& pos) { m_columnMenu->popup(m_table->horizontalHeader()->mapToGlobal(pos)); });
    connect(m_columnMenu, &QMenu::aboutToShow, this, &SearchPanel::buildColumnMenu);
    connect(m_scenarios, &QComboBox::activated, this, &SearchPanel::scenarioActivated);
    connect(clearButton, &QPushButton::clicked, m_sidebar, &FilterSidebar::clear);
    connect(batchButton, &QPushButton::clicked, this, &SearchPanel::openBatchLookup);
    connect(selectionButton, &QPushButton::clicked, this, &SearchPanel::useSelection);
    connect(m_indexCancel, &QPushButton::clicked, m_indexTask, &BackgroundTask::cancel);
    connect(m_indexTask, &BackgroundTask::progress, this,
        [this](qint64 done, qint64 total, const QString& stage) {
            m_indexProgress->setRange(0, total > 0 ? 1000 : 0);
            if (total > 0)
                m_indexProgress->setValue(int(1000.0 * double(done) / double(total)));
            if (!stage.isEmpty())
                m_indexLabel->setText(tr("Preparing the search index: %1").arg(stage));
        });
    connect(m_indexTask, &BackgroundTask::cancelled, this, [this]() {
        m_indexProgress->hide();
        m_indexCancel->hide();
        m_indexLabel->setText(
            tr("Index preparation cancelled: searching is unavailable until the cache is opened again."));
        m_indexedPath.clear();
        setBusy(false);
    });
    connect(&context, &AppContext::cacheChanged, this, &SearchPanel::openIndex);

    reloadScenarios({});
    m_count->setText(tr("No cache open"));
    if (!context.cachePath().isEmpty())
        QTimer::singleShot(0, this, [this]() { openIndex(this->context().cachePath()); });
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
    const bool now = busy || m_indexTask->isRunning() || m_searchRunning || m_searchPending;
    if (now != m_busy) {
        m_busy = now;
        emit busyChanged(now);
    }
}

bool SearchPanel::isBusy() const
{
    return m_indexTask->isRunning() || m_searchRunning || m_searchPending || m_debounce->isActive();
}

void SearchPanel::openIndex(const QString& cachePath)
{
    m_engine.reset();
    m_model->clear();
    m_facets->clear();
    m_total = -1;
    m_lastFacets.reset();
    m_indexedPath = cachePath;
    if (cachePath.isEmpty()) {
        m_count->setText(tr("No cache open"));
        return;
    }
    m_count->setText(tr("Preparing the search index…"));
    m_indexLabel->setText(tr("Preparing the search index…"));
    m_indexLabel->show();
    m_indexProgress->setRange(0, 0);
    m_indexProgress->show();
    m_indexCancel->show();
    m_indexTask->start<IndexOutcome>(
        [cachePath](const Progress& progress) {
            QElapsedTimer timer;
            timer.start();
            IndexOutcome out;
            auto index = search::SearchIndex::open(cachePath, progress);
            out.loaded = index->wasLoaded();
            out.engine = std::make_shared<search::SearchEngine>(index);
            out.years = out.engine->financialYears();
            try {
                SavedSearches::ensureBuiltins(cachePath);
            } catch (const std::exception&) {
                // A read-only cache keeps what it has; the built-ins are offered from memory below.
            }
            try {
                out.saved = SavedSearches::list(cachePath);
            } catch (const std::exception&) {
            }
            out.ms = double(timer.nsecsElapsed()) / 1e6;
            return out;
        },
        this,
        [this, cachePath](IndexOutcome out) {
            if (cachePath != m_indexedPath)
                return; // another cache was opened meanwhile
            m_engine = out.engine;
            m_indexProgress->hide();
            m_indexCancel->hide();
            m_indexLabel->setText(tr("%L1 enterprises indexed in %2 s.")
                                      .arg(m_engine->index()->size())
                                      .arg(out.ms / 1000.0, 0, 'f', 1));
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
            searchNow();
        },
        [this, cachePath](const QString& error) {
            if (cachePath != m_indexedPath)
                return;
            m_indexProgress->hide();
            m_indexCancel->hide();
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
        m_searchPending = m_indexTask->isRunning();
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
    m_model->setResult(m_engine, std::move(rows));
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

void SearchPanel::sortBy(const search::Sort& sort, int column, Qt::SortOrder order)
{
    m_sort = sort;
    m_model->setSortState(column, order);
    if (!m_engine || m_model->rows().empty())
        return;
    m_searchRunning = true;
    setBusy(true);
    const quint64 generation = ++m_generation;
    const auto engine = m_engine;
    std::vector<qint32> rows = m_model->rows();
    auto* task = new BackgroundTask(this);
    task->start<std::vector<qint32>>(
        [engine, rows, sort](const Progress&) mutable { return engine->sorted(std::move(rows), sort); }, this,
        [this, task, generation, engine](std::vector<qint32> sorted) {
            task->deleteLater();
            if (generation != m_generation || engine != m_engine)
                return;
            m_model->setResult(m_engine, std::move(sorted));
            m_searchRunning = false;
            setBusy(false);
        },
        [this, task](const QString& error) {
            task->deleteLater();
            m_searchRunning = false;
            setBusy(false);
            message(error);
        });
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
        throw std::runtime_error(tr("Open a cache first.").toStdString());
    SavedSearches::save(path, name, m_sidebar->filter().toJson());
    reloadScenarios(SavedSearches::list(path));
    m_scenarios->setCurrentIndex(int(scenarioNames().indexOf(name.trimmed())) + 1);
}

void SearchPanel::renameScenario(const QString& from, const QString& to)
{
    const QString path = context().cachePath();
    SavedSearches::rename(path, from, to);
    reloadScenarios(SavedSearches::list(path));
    m_scenarios->setCurrentIndex(int(scenarioNames().indexOf(to.trimmed())) + 1);
}

void SearchPanel::deleteScenario(const QString& name)
{
    const QString path = context().cachePath();
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
    QList<int> out;
    const QHeaderView* h = m_table->horizontalHeader();
    for (int v = 0; v < h->count(); ++v) {
        const int logical = h->logicalIndex(v);
        if (!h->isSectionHidden(logical))
            out << logical;
    }
    return out;
}

void SearchPanel::setColumnVisible(int column, bool visible)
{
    if (!visible && visibleColumns().size() <= 1)
        return; // keep at least one column
    m_table->setColumnHidden(column, !visible);
}

void SearchPanel::buildColumnMenu()
{
    m_columnMenu->clear();
    for (int c = 0; c < ResultColumns::Count; ++c) {
        QAction* a = m_columnMenu->addAction(ResultColumns::title(c));
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnVisible(c, on); });
    }
}

// ---- export, profile, batch lookup, selection ----

void SearchPanel::exportResult(const QString& path, bool selectedOnly)
{
    if (!m_engine)
        return;
    std::vector<qint32> rows;
    if (selectedOnly) {
        QModelIndexList sel = m_table->selectionModel()->selectedRows();
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
    const auto engine = m_engine;
    auto* task = new BackgroundTask(this);
    auto* dialog
        = new QProgressDialog(tr("Exporting %L1 enterprises…").arg(rows.size()), tr("Cancel"), 0, 1000, this);
    dialog->setWindowTitle(tr("Export"));
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(dialog, &QProgressDialog::canceled, task, &BackgroundTask::cancel);
    connect(task, &BackgroundTask::progress, dialog, [dialog](qint64 done, qint64 total, const QString&) {
        dialog->setValue(total > 0 ? int(1000.0 * double(done) / double(total)) : 0);
    });
    auto finish = [this, task, dialog, path](const QString& error) {
        task->deleteLater();
        dialog->deleteLater();
        if (error.isEmpty())
            message(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
        emit exportFinished(path, error);
    };
    connect(task, &BackgroundTask::cancelled, this, [finish]() { finish(tr("Export cancelled.")); });
    const QString sheet = tr("Enterprises");
    task->start<bool>(
        [engine, rows, columns, headers, path, sheet](const Progress& progress) {
            TableExport::write(
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
        this, [finish](bool) { finish({}); },
        [this, finish](const QString& error) {
            finish(error);
            warn(this, tr("Export"), error);
        });
}

void SearchPanel::chooseExport(bool selectedOnly)
{
    if (!m_engine || m_model->rowCount() == 0) {
        warn(this, tr("Export"), tr("There is no result to export."));
        return;
    }
    if (selectedOnly && !m_table->selectionModel()->hasSelection()) {
        warn(this, tr("Export"), tr("Select the rows to export first."));
        return;
    }
    Settings& s = Settings::instance();
    QString dir = s.string(Settings::Key::LastExportDir);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString name = currentScenario().isEmpty() ? tr("search result") : currentScenario();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"),
        QDir(dir).filePath(name + QStringLiteral(".xlsx")), tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    s.setValue(Settings::Key::LastExportDir, QFileInfo(path).absolutePath());
    exportResult(path, selectedOnly);
}

void SearchPanel::openProfile(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QString uscc = m_model->usccAt(index.row());
    if (uscc.isEmpty())
        return;
    auto* dialog = new EnterpriseProfileDialog(context().cachePath(), uscc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
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
        std::vector<qint32> rows;
        for (const QString& u : usccs) {
            const qint32 r = m_engine->rowOfUscc(u);
            if (r >= 0)
                rows.push_back(r);
        }
        ++m_generation; // a running search must not overwrite the list
        m_model->setResult(m_engine, std::move(rows));
        m_count->setTextFormat(Qt::PlainText);
        m_count->setText(tr("Batch list: %L1 enterprises").arg(m_model->rowCount()));
        m_facets->clear();
    });
    dialog->show();
}

void SearchPanel::useSelection()
{
    QStringList usccs;
    const QModelIndexList sel = m_table->selectionModel()->selectedRows();
    if (!sel.isEmpty()) {
        for (const QModelIndex& i : sel)
            usccs << m_model->usccAt(i.row());
    } else {
        for (int r = 0; r < m_model->rowCount(); ++r)
            usccs << m_model->usccAt(r);
    }
    context().setSelection(usccs, QStringLiteral("search"));
    message(tr("%L1 enterprises handed to the other panels.").arg(usccs.size()));
}

// ---- state ----

void SearchPanel::saveState(Settings& s) const
{
    const QString id = panelId();
    s.setPanelValue(id, QStringLiteral("filter"),
        QString::fromUtf8(QJsonDocument(m_sidebar->filter().toJson()).toJson(QJsonDocument::Compact)));
    QStringList hidden;
    for (int c = 0; c < ResultColumns::Count; ++c)
        if (m_table->isColumnHidden(c))
            hidden << ResultColumns::key(c);
    s.setPanelValue(id, QStringLiteral("hiddenColumns"), hidden);
    s.setPanelValue(id, QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    s.setPanelValue(id, QStringLiteral("splitter"), m_splitter->saveState());
    s.setPanelValue(id, QStringLiteral("scenario"), currentScenario());
    s.setPanelValue(id, QStringLiteral("filterPage"), m_sidebar->sections()->currentIndex());
    s.setPanelValue(id, QStringLiteral("sort"),
        m_sort.field + (m_sort.descending ? QStringLiteral(":desc") : QStringLiteral(":asc")));
}

void SearchPanel::restoreState(const Settings& s)
{
    const QString id = panelId();
    const QByteArray header = s.panelValue(id, QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    const QVariant hidden = s.panelValue(id, QStringLiteral("hiddenColumns"));
    if (hidden.isValid()) {
        const QStringList keys = hidden.toStringList();
        for (int c = 0; c < ResultColumns::Count; ++c)
            m_table->setColumnHidden(c, keys.contains(ResultColumns::key(c)));
        if (visibleColumns().isEmpty())
            m_table->setColumnHidden(ResultColumns::Name, false);
    }
    const QByteArray split = s.panelValue(id, QStringLiteral("splitter")).toByteArray();
    if (!split.isEmpty())
        m_splitter->restoreState(split);
    const int page = s.panelValue(id, QStringLiteral("filterPage"), 0).toInt();
    if (page >= 0 && page < m_sidebar->sections()->count())
        m_sidebar->sections()->setCurrentIndex(page);
    if (const auto sort = search::Sort::parse(s.panelValue(id, QStringLiteral("sort")).toString())) {
        m_sort = *sort;
        const int column = ResultColumns::fromKey(sort->field);
        if (column >= 0) {
            m_model->setSortState(column, sort->descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            const QSignalBlocker block(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(
                column, sort->descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    }
    // A stored filter that no longer parses (hand-edited settings) is dropped, not half-applied.
    const QString json = s.panelValue(id, QStringLiteral("filter")).toString();
    if (!json.isEmpty()) {
        try {
            m_sidebar->setFilter(search::Filter::fromJson(json.toUtf8()));
        } catch (const search::FilterError&) {
        }
    }
    const QString scenario = s.panelValue(id, QStringLiteral("scenario")).toString();
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
    connect(
        m_indexTask, &BackgroundTask::runningChanged, this,
        [apply](bool running) {
            if (!running)
                apply();
        },
        Qt::SingleShotConnection);
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
