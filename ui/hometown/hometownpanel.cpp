#include "ui/hometown/hometownpanel.h"

#include "core/codes/regions.h"
#include "core/codes/regiontreemodel.h"
#include "core/common/error.h"
#include "core/common/money.h"
#include "core/io/tablewriter.h"
#include "core/store/cache.h"
#include "core/store/personreads.h"
#include "core/store/storeerror.h"
#include "ui/common/appcontext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/progressrunner.h"
#include "ui/common/settings.h"
#include "ui/hometown/hometownbrief.h"
#include "ui/hometown/registerview.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace dj::ui {

namespace {

QString wan(double yuan)
{
    return Money::wan(yuan, 1);
}

QString sourceLabel(const QString& source)
{
    return source == u"birthplace" ? HometownPanel::tr("ID birthplace")
                                   : HometownPanel::tr("Native place (籍贯)");
}

QString levelLabel(const QString& level)
{
    if (level == u"exact")
        return HometownPanel::tr("exact");
    if (level == u"county")
        return HometownPanel::tr("county");
    if (level == u"prefecture")
        return HometownPanel::tr("prefecture");
    if (level == u"province")
        return HometownPanel::tr("province");
    return level;
}

QString regionName(const QString& code)
{
    const QString n = codes::Regions::instance().fullName(code);
    return n.isEmpty() ? code : n;
}

struct SummaryPair
{
    hometown::Summary origin, target;
};

} // namespace

HometownPanel::HometownPanel(AppContext& context, QWidget* parent)
    : Panel(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* bar = new QHBoxLayout;
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setStyleSheet(QStringLiteral("font-size: 14px; font-weight: 600;"));
    bar->addWidget(m_header, 1);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    auto* run = new QPushButton(tr("&Search"), this);
    run->setDefault(true);
    auto* addTo = new QPushButton(tr("Add to register…"), this);
    auto* xlsx = new QPushButton(tr("Export XLSX…"), this);
    auto* pdf = new QPushButton(tr("PDF brief…"), this);
    for (QWidget* w : std::initializer_list<QWidget*> { m_progress, m_cancel, run, addTo, xlsx, pdf })
        bar->addWidget(w);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(buildSidebar());
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildRanking(), tr("Ranking"));
    m_person = new QTextBrowser(this);
    m_person->setOpenLinks(false);
    m_tabs->addTab(m_person, tr("Person"));
    m_tabs->addTab(buildSummary(), tr("Aggregates"));
    m_registers = new RegisterView(this);
    m_tabs->addTab(m_registers, tr("Registers"));
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 300, 1000 });
    layout->addWidget(m_splitter, 1);

    m_loadTask = new BackgroundTask(this);
    m_queryTask = new BackgroundTask(this);
    // The load shows its progress, stage and a Cancel button (ProgressRunner); queries are short.
    ProgressRunner::bind(m_loadTask, m_progress, m_cancel);
    connect(m_loadTask, &BackgroundTask::progress, m_progress,
        [this](qint64, qint64, const QString& stage) { m_progress->setFormat(stage); });
    for (BackgroundTask* t : { m_loadTask, m_queryTask }) {
        connect(t, &BackgroundTask::runningChanged, this, [this] { emit busyChanged(isBusy()); });
        connect(t, &BackgroundTask::failed, this, [this](const QString& m) { emit statusMessage(m); });
    }
    connect(run, &QPushButton::clicked, this, &HometownPanel::runQuery);
    connect(addTo, &QPushButton::clicked, this, &HometownPanel::addSelectedToRegister);
    m_writeButtons << addTo;
    connect(xlsx, &QPushButton::clicked, this, &HometownPanel::exportXlsx);
    connect(pdf, &QPushButton::clicked, this, &HometownPanel::exportBrief);
    connect(m_registers, &RegisterView::statusMessage, this, &Panel::statusMessage);
    connect(m_registers, &RegisterView::changed, this, [this] {
        if (m_whole)
            return; // the persisted snapshot has no memberships: each query reads them from the cache
        m_data.reset(); // memberships are part of a per-origin snapshot: read again on the next query
        m_targetData.reset();
        m_dataVersion = -1;
    });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &HometownPanel::runQuery);
    connect(&context, &AppContext::cacheChanged, this, &HometownPanel::onCacheChanged);
    m_header->setText(tr("Choose the origin (hometown) and the target region, then search."));
    onCacheChanged();
}

HometownPanel::~HometownPanel() = default;

bool HometownPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Scrolling the sidebar with the wheel must not change a weight it passes over.
    if (event->type() == QEvent::Wheel) {
        if (auto* slider = qobject_cast<QSlider*>(watched); slider && !slider->hasFocus()) {
            event->ignore();
            return true;
        }
    }
    return Panel::eventFilter(watched, event);
}

QWidget* HometownPanel::buildSidebar()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* box = new QWidget(scroll);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(2, 2, 2, 2);

    auto tree = [&](const QString& title, codes::RegionTreeModel*& model, QTreeView*& view) {
        auto* group = new QGroupBox(title, box);
        auto* g = new QVBoxLayout(group);
        auto* filter = new QLineEdit(group);
        filter->setPlaceholderText(tr("Filter: name or code"));
        filter->setClearButtonEnabled(true);
        model = new codes::RegionTreeModel(3, this);
        auto* proxy = new QSortFilterProxyModel(group);
        proxy->setSourceModel(model);
        proxy->setFilterRole(codes::CodeTreeModel::SearchTextRole);
        proxy->setRecursiveFilteringEnabled(true);
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        view = new QTreeView(group);
        view->setModel(proxy);
        view->setHeaderHidden(true);
        view->setMinimumHeight(150);
        connect(filter, &QLineEdit::textChanged, proxy, [proxy, view](const QString& t) {
            proxy->setFilterFixedString(t);
            if (!t.isEmpty())
                view->expandAll();
        });
        connect(model, &codes::CodeTreeModel::checkedCodesChanged, this, &HometownPanel::scheduleQuery);
        g->addWidget(filter);
        g->addWidget(view);
        v->addWidget(group);
    };
    tree(tr("Origin (hometown; several allowed)"), m_originModel, m_originTree);
    tree(tr("Target region (none checked = nationwide)"), m_targetModel, m_targetTree);
    connect(m_originModel, &codes::CodeTreeModel::checkedCodesChanged, this, &HometownPanel::loadPriorities);

    auto* roles = new QGroupBox(tr("Roles"), box);
    auto* r = new QGridLayout(roles);
    m_legalRep = new QCheckBox(tr("Legal rep."), roles);
    m_shareholder = new QCheckBox(tr("Shareholder"), roles);
    m_officer = new QCheckBox(tr("Directors/officers"), roles);
    m_owner = new QCheckBox(tr("Beneficial owner / actual controller"), roles);
    m_owner->setToolTip(tr("受益所有人 (≥ 25 % ultimately, or control) and 实际控制人, also through "
                           "intermediate companies (ownership engine)"));
    int cell = 0;
    for (QCheckBox* c : { m_legalRep, m_shareholder, m_officer, m_owner }) {
        // All four on: the panel offers 受益所有人/实际控制人 by default (the CLI keeps the registered roles
        // and shares of cli.md unless --roles names them).
        c->setChecked(true);
        r->addWidget(c, cell / 2, cell % 2);
        ++cell;
        connect(c, &QCheckBox::toggled, this, &HometownPanel::scheduleQuery);
    }
    v->addWidget(roles);

    auto* filters = new QGroupBox(tr("Filters"), box);
    auto* f = new QFormLayout(filters);
    m_industries = new QLineEdit(filters);
    m_industries->setPlaceholderText(tr("e.g. C, 65 (empty = all)"));
    connect(m_industries, &QLineEdit::editingFinished, this, &HometownPanel::scheduleQuery);
    f->addRow(tr("Industries"), m_industries);
    m_minShare = new QDoubleSpinBox(filters);
    m_minShare->setRange(0, 100);
    m_minShare->setSuffix(QStringLiteral(" %"));
    connect(m_minShare, &QDoubleSpinBox::valueChanged, this, &HometownPanel::scheduleQuery);
    f->addRow(tr("Min. share"), m_minShare);
    auto* prio = new QHBoxLayout;
    m_priorities = new QLineEdit(filters);
    m_priorities->setPlaceholderText(tr("the origin's priority industries"));
    auto* savePrio = new QPushButton(tr("Save"), filters);
    savePrio->setToolTip(tr("Store the priority industries for the checked origin in the cache"));
    prio->addWidget(m_priorities);
    prio->addWidget(savePrio);
    connect(savePrio, &QPushButton::clicked, this, &HometownPanel::savePriorities);
    m_writeButtons << savePrio;
    connect(m_priorities, &QLineEdit::editingFinished, this, &HometownPanel::scheduleQuery);
    f->addRow(tr("Priorities"), prio);
    m_nonMembers = new QCheckBox(tr("Only people not yet in the register"), filters);
    connect(m_nonMembers, &QCheckBox::toggled, this, [this] { showResult(m_result); });
    f->addRow(m_nonMembers);
    v->addWidget(filters);

    auto* weights = new QGroupBox(tr("Score weights"), box);
    auto* w = new QFormLayout(weights);
    const hometown::Weights defaults;
    const QList<std::tuple<QString, QString, double>> items {
        { QStringLiteral("revenue"), tr("Revenue"), defaults.revenue },
        { QStringLiteral("tax"), tr("Tax"), defaults.tax },
        { QStringLiteral("capital"), tr("Capital"), defaults.capital },
        { QStringLiteral("enterprises"), tr("Enterprises"), defaults.enterprises },
        { QStringLiteral("qualifications"), tr("Qualifications"), defaults.qualifications },
        { QStringLiteral("priority_fit"), tr("Priority fit"), defaults.priorityFit },
        { QStringLiteral("risk"), tr("Risk penalty"), defaults.risk },
    };
    for (const auto& [key, label, value] : items) {
        WeightSlider ws;
        ws.key = key;
        ws.slider = new QSlider(Qt::Horizontal, weights);
        ws.slider->setRange(0, 50);
        ws.slider->setValue(int(value * 10));
        ws.slider->setAccessibleName(label);
        ws.slider->setFocusPolicy(Qt::StrongFocus);
        ws.slider->installEventFilter(this);
        ws.value = new QLabel(weights);
        ws.value->setMinimumWidth(28);
        auto* row = new QHBoxLayout;
        row->addWidget(ws.slider, 1);
        row->addWidget(ws.value);
        w->addRow(label, row);
        connect(ws.slider, &QSlider::valueChanged, this, [this] {
            updateWeightLabels();
            scheduleQuery();
        });
        m_weights << ws;
    }
    updateWeightLabels();
    v->addWidget(weights);
    v->addStretch();
    scroll->setWidget(box);
    scroll->setMinimumWidth(290);
    return scroll;
}

QWidget* HometownPanel::buildRanking()
{
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(10);
    m_list->setHeaderLabels(
        { tr("#"), tr("Name"), tr("Origin"), tr("Source"), tr("Enterprises"), tr("Weighted revenue (万元)"),
            tr("Weighted tax (万元)"), tr("Score"), tr("Score parts"), tr("Registers") });
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        while (item->parent())
            item = item->parent();
        showPerson(item->data(0, Qt::UserRole).toInt());
        m_tabs->setCurrentWidget(m_person);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        while (item->parent())
            item = item->parent();
        showPerson(item->data(0, Qt::UserRole).toInt());
    });
    return m_list;
}

QWidget* HometownPanel::buildSummary()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    m_summaryDirection = new QComboBox(w);
    m_summaryDirection->addItem(tr("Where the origin's entrepreneurs are (by target city)"));
    m_summaryDirection->addItem(tr("Where the origin's entrepreneurs are (by industry section)"));
    m_summaryDirection->addItem(tr("The target's entrepreneurs by origin province"));
    m_summaryDirection->addItem(tr("The target's entrepreneurs by origin city"));
    connect(m_summaryDirection, &QComboBox::currentIndexChanged, this, &HometownPanel::showSummary);
    v->addWidget(m_summaryDirection);
    auto* split = new QSplitter(Qt::Vertical, w);
    m_summaryTable = new QTableWidget(split);
    m_summaryTable->setColumnCount(5);
    m_summaryTable->setHorizontalHeaderLabels(
        { tr("Region / section"), tr("Persons"), tr("Enterprises"), tr("Revenue (万元)"), tr("Tax (万元)") });
    m_summaryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summaryTable->horizontalHeader()->setStretchLastSection(true);
    m_summaryTable->verticalHeader()->hide();
    m_chart = new QChartView(split);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    split->addWidget(m_summaryTable);
    split->addWidget(m_chart);
    v->addWidget(split, 1);
    return w;
}

void HometownPanel::updateWeightLabels()
{
    for (const WeightSlider& ws : std::as_const(m_weights))
        ws.value->setText(QString::number(ws.slider->value() / 10.0, 'f', 1));
}

void HometownPanel::setOrigins(const QStringList& codes)
{
    m_originModel->setCheckedCodes(codes);
    for (const QString& c : codes)
        m_originTree->scrollTo(static_cast<QSortFilterProxyModel*>(m_originTree->model())
                                   ->mapFromSource(m_originModel->indexOf(c)));
}

void HometownPanel::setTargets(const QStringList& codes)
{
    m_targetModel->setCheckedCodes(codes);
}

void HometownPanel::setWeight(const QString& key, double value)
{
    for (const WeightSlider& ws : std::as_const(m_weights)) {
        if (ws.key == key)
            ws.slider->setValue(int(value * 10 + 0.5));
    }
}

hometown::Query HometownPanel::currentQuery() const
{
    hometown::Query q;
    q.origins = m_originModel->checkedCodes();
    q.targets = m_targetModel->checkedCodes();
    q.roles = (m_legalRep->isChecked() ? hometown::LegalRep : 0)
        | (m_shareholder->isChecked() ? hometown::Shareholder : 0)
        | (m_officer->isChecked() ? hometown::kOfficers : 0)
        | (m_owner->isChecked() ? hometown::kOwnershipRoles : 0);
    for (const QString& s :
        m_industries->text().split(QRegularExpression(QStringLiteral("[,，\\s]+")), Qt::SkipEmptyParts))
        q.industries << s.toUpper();
    for (const QString& s :
        m_priorities->text().split(QRegularExpression(QStringLiteral("[,，\\s]+")), Qt::SkipEmptyParts))
        q.priorityIndustries << s.toUpper();
    q.minShare = m_minShare->value();
    QJsonObject w;
    for (const WeightSlider& ws : m_weights)
        w.insert(ws.key, ws.slider->value() / 10.0);
    q.weights = hometown::Weights::fromJson(w);
    q.limit = 500;
    return q;
}

void HometownPanel::onCacheChanged()
{
    m_whole.reset();
    m_data.reset();
    m_targetData.reset();
    m_dataVersion = -1;
    // On read-only media the registers and priorities are shown, not changed.
    const bool readOnly = context().isReadOnly();
    for (QPushButton* b : std::as_const(m_writeButtons))
        b->setEnabled(!readOnly);
    m_registers->setReadOnly(readOnly);
    m_registers->setCache(context().cachePath());
    loadPriorities();
}

void HometownPanel::showEvent(QShowEvent* event)
{
    Panel::showEvent(event);
    if (!m_data && !context().cachePath().isEmpty() && !m_originModel->checkedCodes().isEmpty())
        scheduleQuery();
}

bool HometownPanel::isBusy() const
{
    return m_loadTask->isRunning() || m_queryTask->isRunning() || m_queryPending || m_debounce->isActive();
}

void HometownPanel::scheduleQuery()
{
    if (!m_originModel->checkedCodes().isEmpty())
        m_debounce->start();
}

void HometownPanel::ensureData(const QStringList& origins, const QString& target, std::function<void()> then)
{
    // Lazily, per origin (and per target for its summary): the persons of the origin with all their links
    // (nationwide, so that a new target re-ranks without reading again), read with targeted queries instead
    // of a copy of the whole cache (that took 85 s on the 1,000,000-enterprise demo).
    const QString cache = context().cachePath();
    QStringList sorted = origins;
    sorted.sort();
    const bool ownership = m_owner->isChecked(); // 受益所有人/实际控制人 read only when asked for
    const QString key = sorted.join(u',') + (ownership ? QStringLiteral("|ownership") : QString());
    const qint64 version = context().dataVersion();
    const bool current = m_dataCache == cache && m_dataVersion == version;
    if (current && m_whole) {
        // The persisted whole-cache snapshot answers every origin, target and role choice.
        m_data = m_whole;
        m_targetData = target.isEmpty() ? nullptr : m_whole;
        m_dataKey = key;
        m_targetKey = target;
        then();
        return;
    }
    const bool haveOrigin = current && m_data && m_dataKey == key;
    const bool haveTarget = current && (target.isEmpty() || (m_targetData && m_targetKey == target));
    if (haveOrigin && haveTarget) {
        then();
        return;
    }
    m_afterLoad.push_back(std::move(then));
    if (m_loadTask->isRunning())
        return; // the running load is for an earlier choice: the pending calls check again when it ends
    using Data = std::shared_ptr<const hometown::HometownData>;
    const Data keepOrigin = haveOrigin ? m_data : nullptr;
    const Data keepTarget = current && m_targetData && m_targetKey == target ? m_targetData : nullptr;
    m_loadTask->start<std::pair<Data, Data>>(
        [cache, sorted, target, keepOrigin, keepTarget, ownership](const Progress& p) {
            // The snapshot persisted beside the cache (import and demo write it) maps in milliseconds.
            if (auto whole = hometown::HometownData::openPersisted(cache))
                return std::make_pair(whole, target.isEmpty() ? nullptr : whole);
            const store::Database db = store::Cache::open(cache, store::Cache::Access::ReadOnly);
            p.report(0, 2, tr("Reading the origin's persons, roles and shareholdings"));
            Data origin
                = keepOrigin ? keepOrigin : hometown::HometownData::loadForOrigins(db, sorted, {}, ownership);
            p.throwIfCancelled();
            p.report(1, 2, tr("Reading the target's entrepreneurs"));
            Data targetData = target.isEmpty() ? nullptr
                : keepTarget                   ? keepTarget
                                               : hometown::HometownData::loadForTarget(db, target);
            p.report(2, 2, tr("Ready"));
            return std::make_pair(origin, targetData);
        },
        this,
        [this, cache, version, key, target](std::pair<Data, Data> data) {
            m_whole = data.first && data.first->isPersisted() ? data.first : nullptr;
            m_data = std::move(data.first);
            m_targetData = std::move(data.second);
            m_dataKey = key;
            m_targetKey = target;
            m_dataCache = cache;
            m_dataVersion = version;
            // After the task has finished: a pending call may need another load (a changed choice).
            QTimer::singleShot(0, this, [this] {
                auto pending = std::move(m_afterLoad);
                m_afterLoad.clear();
                for (auto& f : pending)
                    f();
            });
        },
        [this](const QString& message) {
            m_afterLoad.clear();
            m_queryPending = false;
            m_header->setText(message);
        });
}

void HometownPanel::runQuery()
{
    if (context().cachePath().isEmpty())
        return;
    hometown::Query q;
    try {
        q = currentQuery();
        q.validate();
    } catch (const hometown::QueryError& e) {
        m_header->setText(e.text);
        return;
    }
    m_queryPending = true;
    const QString target = q.targets.size() == 1 ? q.targets.first() : QString();
    ensureData(q.origins, target, [this, q, target] {
        QStringList sorted = q.origins;
        sorted.sort();
        const QString key = sorted.join(u',')
            + ((q.roles & hometown::kOwnershipRoles) ? QStringLiteral("|ownership") : QString());
        if (m_dataKey != key || m_targetKey != target) {
            runQuery(); // the choice changed while loading: load what it needs now
            return;
        }
        auto data = m_data;
        auto targetData = m_targetData;
        m_lastQuery = q;
        m_queryTask->start<std::shared_ptr<std::pair<hometown::Result, SummaryPair>>>(
            [data, targetData, q, target, cache = context().cachePath()](const Progress&) {
                auto out = std::make_shared<std::pair<hometown::Result, SummaryPair>>();
                out->first = hometown::HometownEngine::run(*data, q);
                if (data->isPersisted()) // memberships are read live (the register may have changed)
                    hometown::HometownEngine::attachRegisters(
                        out->first, store::Cache::open(cache, store::Cache::Access::ReadOnly));
                out->second.origin = hometown::HometownEngine::summarizeOrigin(*data, q.origins.first());
                if (targetData)
                    out->second.target = hometown::HometownEngine::summarizeTarget(*targetData, target);
                return out;
            },
            this,
            [this](std::shared_ptr<std::pair<hometown::Result, SummaryPair>> r) {
                m_queryPending = false;
                m_originSummary = r->second.origin;
                m_targetSummary = r->second.target;
                showResult(r->first);
                showSummary();
            },
            [this](const QString& message) {
                m_queryPending = false;
                m_header->setText(message);
            });
    });
}

QString HometownPanel::regionLabel(const QStringList& codes) const
{
    if (codes.isEmpty())
        return tr("nationwide");
    QStringList names;
    for (const QString& c : codes)
        names << regionName(c);
    return names.join(QStringLiteral("、"));
}

void HometownPanel::showResult(const hometown::Result& result)
{
    m_result = result;
    const QString reg = m_registers->currentRegister();
    m_list->clear();
    int shown = 0;
    QList<QTreeWidgetItem*> items;
    for (int i = 0; i < result.persons.size(); ++i) {
        const hometown::PersonHit& p = result.persons[i];
        if (m_nonMembers->isChecked() && p.registers.contains(reg))
            continue;
        ++shown;
        QString source = sourceLabel(p.originSource) + QStringLiteral(" · ") + levelLabel(p.originLevel);
        for (const auto& a : p.attributions) {
            if (a.retired)
                source += QStringLiteral(" · ") + tr("retired code %1 (%2)").arg(a.code, a.historicalName);
        }
        const QString parts = tr("revenue %1 · tax %2 · capital %3 · firms %4 · qual. %5 · fit %6 · risk %7")
                                  .arg(p.parts.revenue, 0, 'f', 1)
                                  .arg(p.parts.tax, 0, 'f', 1)
                                  .arg(p.parts.capital, 0, 'f', 1)
                                  .arg(p.parts.enterprises, 0, 'f', 1)
                                  .arg(p.parts.qualifications, 0, 'f', 1)
                                  .arg(p.parts.priorityFit, 0, 'f', 1)
                                  .arg(p.parts.risk, 0, 'f', 1);
        auto* item = new QTreeWidgetItem({ QString::number(i + 1), p.name, regionName(p.originCode), source,
            QString::number(p.enterprises.size()), wan(p.weightedRevenue), wan(p.weightedTax),
            QString::number(p.score, 'f', 2), parts, p.registers.join(QStringLiteral("、")) });
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(8, parts);
        for (const hometown::EnterpriseHit& e : p.enterprises) {
            QString role = e.roles.join(QStringLiteral("、"));
            if (e.share)
                role += QStringLiteral(" %1%").arg(*e.share, 0, 'f', 2);
            // Enterprise rows: its own figures; the score column shows the part of its money counted for the
            // person (max of share, legal rep. and officer factors).
            auto* child = new QTreeWidgetItem({ QString(), e.name, regionName(e.regionCode), role, QString(),
                wan(e.revenue), wan(e.tax), QStringLiteral("×%1").arg(e.factor, 0, 'f', 2),
                (QStringList { tr("industry %1").arg(e.industryCode) } + e.qualifications + e.risks)
                    .join(QStringLiteral("、")),
                e.uscc });
            child->setToolTip(1, e.name);
            if (!e.risks.isEmpty())
                child->setForeground(8, QColor(0xb0, 0x30, 0x30));
            item->addChild(child);
        }
        items << item;
    }
    m_list->addTopLevelItems(items);
    for (int c : { 0, 4, 5, 6, 7 })
        m_list->resizeColumnToContents(c);
    m_list->setColumnWidth(1, 200);
    m_list->setColumnWidth(2, 170);
    m_list->setColumnWidth(3, 170);
    m_list->setColumnWidth(7, std::max(m_list->columnWidth(7), 64));
    m_list->setColumnWidth(8, 300);
    if (!items.isEmpty())
        m_list->expandItem(items.first());
    m_header->setText(tr("%1 entrepreneur(s) from %2 in %3%4")
                          .arg(result.totalPersons)
                          .arg(regionLabel(m_lastQuery.origins), regionLabel(m_lastQuery.targets),
                              result.totalPersons > result.persons.size()
                                  ? tr(" (top %1 listed)").arg(result.persons.size())
                                  : QString())
        + (m_nonMembers->isChecked() ? tr(" · %1 not in %2").arg(shown).arg(reg) : QString()));
    if (!result.persons.isEmpty())
        showPerson(0);
    emit statusMessage(m_header->text());
}

void HometownPanel::showPerson(int index)
{
    if (index < 0 || index >= m_result.persons.size()) {
        m_person->clear();
        return;
    }
    const hometown::PersonHit& p = m_result.persons[index];
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<h2>%1 <small>%2</small></h2>").arg(esc(p.name), esc(p.idMasked));
    h += QStringLiteral("<p>%1 %2 · %3 %4</p>")
             .arg(esc(tr("Person ID")), esc(p.personId), esc(tr("Born")),
                 p.birthYear ? QString::number(p.birthYear) : QStringLiteral("—"));
    h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Origin")));
    for (const auto& a : p.attributions) {
        h += QStringLiteral("<li>%1: %2 → %3 (%4)%5%6</li>")
                 .arg(esc(sourceLabel(a.source)), esc(a.code), esc(regionName(a.resolvedCode)),
                     esc(levelLabel(a.level)),
                     a.retired ? esc(tr("; retired code, then %1").arg(a.historicalName)) : QString(),
                     a.matches ? QStringLiteral(" ✔") : QString());
    }
    h += QStringLiteral("</ul><h3>%1 %2</h3>").arg(esc(tr("Score"))).arg(p.score, 0, 'f', 2);
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'>");
    const QList<std::pair<QString, QString>> parts {
        { tr("Revenue (weighted %1 万元)").arg(wan(p.weightedRevenue)),
            QString::number(p.parts.revenue, 'f', 2) },
        { tr("Tax (weighted %1 万元)").arg(wan(p.weightedTax)), QString::number(p.parts.tax, 'f', 2) },
        { tr("Capital (weighted %1 万元)").arg(wan(p.weightedCapital)),
            QString::number(p.parts.capital, 'f', 2) },
        { tr("Enterprises"), QString::number(p.parts.enterprises, 'f', 2) },
        { tr("Qualifications (%1 points)").arg(p.qualified),
            QString::number(p.parts.qualifications, 'f', 2) },
        { tr("Priority industries (%1)").arg(p.priority), QString::number(p.parts.priorityFit, 'f', 2) },
        { tr("Risks (%1)").arg(p.riskCount), QString::number(p.parts.risk, 'f', 2) },
    };
    for (const auto& [k, v] : parts)
        h += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>").arg(esc(k), v);
    h += QStringLiteral("</table><h3>%1</h3>").arg(esc(tr("Enterprises, roles and shares")));
    h += QStringLiteral("<table border='1' cellspacing='0' "
                        "cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</"
                        "th><th>%7</th></tr>")
             .arg(esc(tr("Enterprise")), esc(tr("Region")), esc(tr("Roles")), esc(tr("Share")),
                 esc(tr("Revenue (万元)")), esc(tr("Tax (万元)")), esc(tr("Qualifications and risks")));
    for (const auto& e : p.enterprises) {
        h += QStringLiteral("<tr><td>%1<br/><small>%2 · %3</small></td><td>%4</td><td>%5</td><td>%6</td><td "
                            "align='right'>%7</td><td align='right'>%8</td><td>%9</td></tr>")
                 .arg(esc(e.name), esc(e.uscc), esc(e.status), esc(regionName(e.regionCode)),
                     esc(e.roles.join(QStringLiteral("、"))),
                     e.share ? QStringLiteral("%1%").arg(*e.share, 0, 'f', 2) : QStringLiteral("—"),
                     wan(e.revenue), wan(e.tax),
                     esc((e.qualifications + e.risks).join(QStringLiteral("、"))));
    }
    h += QStringLiteral("</table><h3>%1</h3><p>%2</p>")
             .arg(esc(tr("Registers")),
                 p.registers.isEmpty() ? esc(tr("Not yet in any register."))
                                       : esc(p.registers.join(QStringLiteral("、"))));
    m_person->setHtml(h);
}

void HometownPanel::showSummary()
{
    const int mode = m_summaryDirection->currentIndex();
    const hometown::Summary& s = mode < 2 ? m_originSummary : m_targetSummary;
    const QList<hometown::SummaryRow>& rows = mode == 0 ? s.byCity
        : mode == 1                                     ? s.bySection
        : mode == 2                                     ? s.byProvince
                                                        : s.byCity;
    m_summaryTable->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        const QString name = r.name.isEmpty() ? (r.key.isEmpty() ? tr("unknown") : r.key) : r.name;
        const QStringList cells { name, QString::number(r.persons), QString::number(r.enterprises),
            wan(r.revenue), wan(r.tax) };
        for (int c = 0; c < cells.size(); ++c)
            m_summaryTable->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_summaryTable->resizeColumnsToContents();
    QChart* chart = HometownBrief::summaryChart(m_summaryDirection->currentText(), rows);
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void HometownPanel::addSelectedToRegister()
{
    QList<QPair<QString, QString>> persons;
    for (QTreeWidgetItem* item : m_list->selectedItems()) {
        while (item->parent())
            item = item->parent();
        const int i = item->data(0, Qt::UserRole).toInt();
        if (i >= 0 && i < m_result.persons.size()) {
            const QPair<QString, QString> p { m_result.persons[i].personId, m_result.persons[i].name };
            if (!persons.contains(p))
                persons << p;
        }
    }
    if (persons.isEmpty()) {
        QMessageBox::information(
            this, tr("Add to register"), tr("Select one or more persons in the ranking first."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Add to register"),
        tr("Register (choose or type a new name):"), m_registers->registers(),
        qMax(0, int(m_registers->registers().indexOf(m_registers->currentRegister()))), true, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const int added = m_registers->addMembers(name, persons, tr("Prospect"));
    emit statusMessage(tr("%1 person(s) added to %2.").arg(added).arg(name));
}

void HometownPanel::exportXlsx()
{
    if (m_result.persons.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export ranking"),
        tr("hometown entrepreneurs.xlsx"), tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QStringList headers { tr("Rank"), tr("Person ID"), tr("Name"), tr("ID number (masked)"),
        tr("Origin code"), tr("Origin"), tr("Source"), tr("Score"), tr("Revenue part"), tr("Tax part"),
        tr("Capital part"), tr("Enterprises part"), tr("Qualifications part"), tr("Priority part"),
        tr("Risk part"), tr("Enterprises and roles"), tr("Registers") };
    const hometown::Result result = m_result;
    try {
        io::TableWriter::write(path, headers, result.persons.size(), [&result](qint64 row) {
            const auto& p = result.persons[int(row)];
            QStringList ents;
            for (const auto& e : p.enterprises)
                ents << e.name + QLatin1Char('(') + e.roles.join(QLatin1Char('|'))
                        + (e.share ? QStringLiteral(" %1%").arg(*e.share) : QString()) + QLatin1Char(')');
            return QVariantList { row + 1, p.personId, p.name, p.idMasked, p.originCode,
                regionName(p.originCode), p.originSource, p.score, p.parts.revenue, p.parts.tax,
                p.parts.capital, p.parts.enterprises, p.parts.qualifications, p.parts.priorityFit,
                p.parts.risk, ents.join(QStringLiteral("; ")), p.registers.join(QStringLiteral("; ")) };
        });
        emit statusMessage(tr("Ranking exported to %1.").arg(path));
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Export"), QString::fromUtf8(e.what()));
    }
}

void HometownPanel::exportBrief()
{
    if (m_result.persons.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("PDF brief"), tr("hometown meeting brief.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        HometownBrief::build(regionLabel(m_lastQuery.origins), regionLabel(m_lastQuery.targets), m_result,
            m_originSummary, m_lastQuery.weights)
            .writePdf(path);
        emit statusMessage(tr("Brief written to %1.").arg(path));
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("PDF brief"), Error::describe(e));
    }
}

void HometownPanel::loadPriorities()
{
    const QStringList origins = m_originModel->checkedCodes();
    if (context().cachePath().isEmpty() || origins.isEmpty())
        return;
    try {
        store::Database db = store::Cache::open(context().cachePath(), store::Cache::Access::ReadOnly);
        const store::MemberRegisters registers(db);
        QStringList all;
        for (const QString& o : origins)
            all << registers.priorityIndustries(o);
        all.removeDuplicates();
        m_priorities->setText(all.join(QStringLiteral(", ")));
    } catch (const store::StoreError& e) {
        emit statusMessage(e.message());
    }
}

void HometownPanel::savePriorities()
{
    if (context().isReadOnly())
        return;
    const QStringList origins = m_originModel->checkedCodes();
    if (origins.size() != 1) {
        QMessageBox::information(this, tr("Priority industries"),
            tr("Check exactly one origin to store its priority industries."));
        return;
    }
    QStringList list;
    for (const QString& s :
        m_priorities->text().split(QRegularExpression(QStringLiteral("[,，\\s]+")), Qt::SkipEmptyParts))
        list << s.toUpper();
    try {
        hometown::Query probe;
        probe.origins = origins;
        probe.priorityIndustries = list;
        probe.validate();
        store::Database db = store::Cache::open(context().cachePath(), store::Cache::Access::ReadWrite);
        store::MemberRegisters(db).setPriorityIndustries(origins.first(), list);
        emit statusMessage(tr("Priority industries of %1 saved.").arg(regionName(origins.first())));
        scheduleQuery();
    } catch (const hometown::QueryError& e) {
        QMessageBox::warning(this, tr("Priority industries"), e.text);
    } catch (const store::StoreError& e) {
        QMessageBox::warning(this, tr("Priority industries"), e.message());
    }
}

namespace {
bool allRegions(const QStringList& codes)
{
    return std::all_of(
        codes.cbegin(), codes.cend(), [](const QString& c) { return hometown::isRegionPrefix(c); });
}
// The remembered state (typed keys: a missing or invalid value reads as the default; the names are the ones
// earlier versions wrote, so a user's state carries over).
const Settings::PanelKey<QStringList> kOrigins { "hometown", "origins", {}, allRegions };
const Settings::PanelKey<QStringList> kTargets { "hometown", "targets", {}, allRegions };
/// Legal rep., shareholder, directors/officers, beneficial owner/controller (three entries before the last).
const Settings::PanelKey<QVariantList> kRoles { "hometown", "roles", {},
    [](const QVariantList& v) { return v.size() == 3 || v.size() == 4; } };
const Settings::PanelKey<QString> kIndustries { "hometown", "industries", {} };
const Settings::PanelKey<double> kMinShare { "hometown", "minShare", 0.0,
    [](const double& v) { return v >= 0 && v <= 100; } };
const Settings::PanelKey<QVariantMap> kWeights { "hometown", "weights", {} };
const Settings::PanelKey<int> kTab { "hometown", "tab", 0, [](const int& v) { return v >= 0; } };
const Settings::PanelKey<QByteArray> kSplitter { "hometown", "splitter", {} };
const Settings::PanelKey<int> kSummary { "hometown", "summary", 0, [](const int& v) { return v >= 0; } };
const Settings::PanelKey<QString> kRegister { "hometown", "register", {} };
const Settings::PanelKey<bool> kNonMembers { "hometown", "nonMembers", false };
} // namespace

void HometownPanel::saveState(Settings& settings) const
{
    settings.set(kOrigins, m_originModel->checkedCodes());
    settings.set(kTargets, m_targetModel->checkedCodes());
    settings.set(kRoles,
        QVariantList { m_legalRep->isChecked(), m_shareholder->isChecked(), m_officer->isChecked(),
            m_owner->isChecked() });
    settings.set(kIndustries, m_industries->text());
    settings.set(kMinShare, m_minShare->value());
    QVariantMap weights;
    for (const WeightSlider& ws : m_weights)
        weights.insert(ws.key, ws.slider->value());
    settings.set(kWeights, weights);
    settings.set(kTab, m_tabs->currentIndex());
    settings.set(kSplitter, m_splitter->saveState());
    settings.set(kSummary, m_summaryDirection->currentIndex());
    settings.set(kRegister, m_registers->currentRegister());
    settings.set(kNonMembers, m_nonMembers->isChecked());
}

void HometownPanel::restoreState(const Settings& settings)
{
    const QSignalBlocker b1(m_originModel), b2(m_targetModel);
    m_originModel->setCheckedCodes(settings.get(kOrigins));
    m_targetModel->setCheckedCodes(settings.get(kTargets));
    if (const QVariantList roles = settings.get(kRoles); !roles.isEmpty()) {
        m_legalRep->setChecked(roles[0].toBool());
        m_shareholder->setChecked(roles[1].toBool());
        m_officer->setChecked(roles[2].toBool());
        m_owner->setChecked(roles.value(3, true).toBool());
    }
    m_industries->setText(settings.get(kIndustries));
    m_minShare->setValue(settings.get(kMinShare));
    const QVariantMap weights = settings.get(kWeights);
    for (const WeightSlider& ws : std::as_const(m_weights)) {
        if (weights.contains(ws.key))
            ws.slider->setValue(weights.value(ws.key).toInt());
    }
    if (const int tab = settings.get(kTab); tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    m_splitter->restoreState(settings.get(kSplitter));
    if (const int summary = settings.get(kSummary); summary < m_summaryDirection->count())
        m_summaryDirection->setCurrentIndex(summary);
    m_registers->setCurrentRegister(settings.get(kRegister));
    m_nonMembers->setChecked(settings.get(kNonMembers));
    m_debounce->stop();
    for (const QString& c : m_originModel->checkedCodes())
        m_originTree->scrollTo(static_cast<QSortFilterProxyModel*>(m_originTree->model())
                                   ->mapFromSource(m_originModel->indexOf(c)));
    for (const QString& c : m_targetModel->checkedCodes())
        m_targetTree->scrollTo(static_cast<QSortFilterProxyModel*>(m_targetTree->model())
                                   ->mapFromSource(m_targetModel->indexOf(c)));
    loadPriorities();
}

void HometownPanel::prepareScreenshot()
{
    // An Anhui county's entrepreneurs in Shanghai: the county with most natives there on this cache.
    m_screenshotMode = true;
    m_queryPending = true;
    ensureData({ QStringLiteral("34") }, {}, [this] {
        hometown::Query probe;
        probe.origins = { QStringLiteral("34") };
        probe.targets = { QStringLiteral("31") };
        QHash<QString, int> counts;
        for (const auto& p : hometown::HometownEngine::run(*m_data, probe).persons) {
            if (p.originLevel == u"exact" || p.originLevel == u"county")
                ++counts[p.originCode];
        }
        QString county;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (county.isEmpty() || it.value() > counts[county]
                || (it.value() == counts[county] && it.key() < county))
                county = it.key();
        }
        const QSignalBlocker b1(m_originModel), b2(m_targetModel);
        setOrigins({ county.isEmpty() ? QStringLiteral("34") : county });
        setTargets({ QStringLiteral("31") });
        m_tabs->setCurrentIndex(0);
        runQuery();
    });
}

QList<QWidget*> HometownPanel::screenshotExtras()
{
    QList<QWidget*> extras;
    if (m_result.persons.isEmpty())
        return extras;
    // The person page and the register, each in a window of its own.
    auto* person = new QTextBrowser;
    person->setObjectName(QStringLiteral("person"));
    person->setAttribute(Qt::WA_DeleteOnClose);
    person->setHtml(m_person->toHtml());
    person->resize(900, 640);
    person->show();
    extras << person;
    auto* reg = new RegisterView;
    reg->setObjectName(QStringLiteral("register"));
    reg->setAttribute(Qt::WA_DeleteOnClose);
    reg->setCache(context().cachePath());
    reg->resize(1100, 640);
    reg->show();
    extras << reg;
    return extras;
}

} // namespace dj::ui
