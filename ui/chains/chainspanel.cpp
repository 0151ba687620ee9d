#include "ui/chains/chainspanel.h"

#include "core/common/money.h"
#include "core/io/tablewriter.h"
#include "core/search/searchengine.h"
#include "core/store/cache.h"
#include "core/store/chainreads.h"
#include "ui/chains/chaindiagram.h"
#include "ui/chains/templateeditor.h"
#include "ui/common/appcontext.h"
#include "ui/common/enterprisetable.h"
#include "ui/common/progressrunner.h"
#include "ui/common/reportwriter.h"
#include "ui/common/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace dj::ui {

using namespace Qt::StringLiterals;

namespace {

bool validRegion(const QString& r)
{
    return r.isEmpty() || ((r.size() == 2 || r.size() == 4 || r.size() == 6) && r.toInt() > 0);
}
bool anyText(const QString&)
{
    return true;
}

const Settings::PanelKey<QString> kChain { "chains", "chain", QStringLiteral("ic"), &anyText };
const Settings::PanelKey<QString> kRegion { "chains", "region", QStringLiteral("31"), &validRegion };
const Settings::PanelKey<QString> kRegion2 { "chains", "compareRegion", QString(), &validRegion };
const Settings::PanelKey<bool> kCompare { "chains", "compare", false, nullptr };
const Settings::PanelKey<int> kTab { "chains", "tab", 0, [](const int& t) { return t >= 0 && t < 3; } };

QString optNumber(const std::optional<double>& v, int decimals = 2)
{
    return v ? QString::number(*v, 'f', decimals) : u"—"_s;
}

QString orDash(const QStringList& list)
{
    return list.isEmpty() ? u"—"_s : list.join(u' ');
}

QString percent(const std::optional<double>& v)
{
    return v ? QString::number(*v * 100, 'f', 1) + u'%' : u"—"_s;
}

} // namespace

ChainsPanel::ChainsPanel(AppContext& context, QWidget* parent)
    : Panel(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_chain = new QComboBox(this);
    m_chain->setAccessibleName(tr("Chain"));
    m_chain->setMinimumContentsLength(10);
    m_region = new QLineEdit(this);
    m_region->setPlaceholderText(tr("Region code, e.g. 31 or 3101"));
    m_region->setAccessibleName(tr("Region"));
    m_region->setMaximumWidth(150);
    m_regionName = new QLabel(this);
    m_compare = new QCheckBox(tr("&Compare with"), this);
    m_region2 = new QLineEdit(this);
    m_region2->setPlaceholderText(tr("Second region"));
    m_region2->setAccessibleName(tr("Second region"));
    m_region2->setMaximumWidth(130);
    m_show = new QPushButton(tr("&Show map"), this);
    m_show->setDefault(true);
    m_templatesButton = new QPushButton(tr("&Templates…"), this);
    m_xlsx = new QPushButton(tr("E&xport XLSX…"), this);
    m_pdf = new QPushButton(tr("Chain &report (PDF)…"), this);
    auto* chainLabel = new QLabel(tr("C&hain:"), this);
    chainLabel->setBuddy(m_chain);
    auto* regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_region);
    bar->addWidget(chainLabel);
    bar->addWidget(m_chain);
    bar->addWidget(regionLabel);
    bar->addWidget(m_region);
    bar->addWidget(m_regionName);
    bar->addWidget(m_compare);
    bar->addWidget(m_region2);
    bar->addWidget(m_show);
    bar->addStretch(1);
    bar->addWidget(m_templatesButton);
    bar->addWidget(m_xlsx);
    bar->addWidget(m_pdf);
    layout->addLayout(bar);

    auto* progressRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);

    m_split = new QSplitter(Qt::Horizontal, this);
    auto* diagrams = new QSplitter(Qt::Vertical, m_split);
    m_diagram = new ChainDiagram(diagrams);
    m_diagram2 = new ChainDiagram(diagrams);
    m_diagram2->hide();
    m_tabs = new QTabWidget(m_split);
    m_figures = new QTextBrowser(m_tabs);
    m_figures->setOpenLinks(false);
    m_tabs->addTab(m_figures, tr("Figures && 链主"));

    auto* members = new QWidget(m_tabs);
    auto* ml = new QVBoxLayout(members);
    ml->setContentsMargins(0, 0, 0, 0);
    m_table = new EnterpriseTable(context, panelId(), members);
    ml->addWidget(m_table, 3);
    auto* rulesLabel = new QLabel(
        tr("Why they are in the segment (first 200, largest first); correct a wrong one:"), members);
    ml->addWidget(rulesLabel);
    m_rules = new QTableWidget(0, 4, members);
    m_rules->setHorizontalHeaderLabels({ tr("Name"), tr("Rule"), tr("Matched"), tr("Credit code") });
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->setAccessibleName(tr("Matched rules"));
    ml->addWidget(m_rules, 2);
    auto* corr = new QHBoxLayout;
    auto* exclude = new QPushButton(tr("&Not in this segment"), members);
    auto* include = new QPushButton(tr("&Add an enterprise…"), members);
    corr->addWidget(exclude);
    corr->addWidget(include);
    corr->addStretch(1);
    ml->addLayout(corr);
    m_tabs->addTab(members, tr("Enterprises"));

    auto* targets = new QWidget(m_tabs);
    auto* tl = new QVBoxLayout(targets);
    tl->setContentsMargins(0, 0, 0, 0);
    m_targetTable = new QTableWidget(0, 6, targets);
    m_targetTable->setHorizontalHeaderLabels(
        { tr("Name"), tr("Score"), tr("Revenue (10k yuan)"), tr("Growth"), tr("Reasons"), tr("Region") });
    m_targetTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_targetTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_targetTable->horizontalHeader()->setStretchLastSection(true);
    m_targetTable->setAccessibleName(tr("补链 targets"));
    tl->addWidget(m_targetTable, 1);
    auto* tb = new QHBoxLayout;
    auto* visit = new QPushButton(tr("Add to &visit task"), targets);
    auto* profile = new QPushButton(tr("Open &profile"), targets);
    auto* exportTargets = new QPushButton(tr("Export &targets…"), targets);
    tb->addWidget(visit);
    tb->addWidget(profile);
    tb->addWidget(exportTargets);
    tb->addStretch(1);
    tl->addLayout(tb);
    m_tabs->addTab(targets, tr("补链 targets"));
    m_split->addWidget(diagrams);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({ 700, 560 });
    layout->addWidget(m_split, 1);

    connect(m_show, &QPushButton::clicked, this, &ChainsPanel::showMap);
    connect(m_region, &QLineEdit::returnPressed, this, &ChainsPanel::showMap);
    connect(m_region2, &QLineEdit::returnPressed, this, &ChainsPanel::showMap);
    connect(m_chain, &QComboBox::activated, this, &ChainsPanel::showMap);
    connect(m_compare, &QCheckBox::toggled, this, [this](bool on) {
        m_region2->setEnabled(on);
        if (m_engine && m_assignment)
            showMap();
    });
    connect(m_diagram, &ChainDiagram::segmentActivated, this, &ChainsPanel::selectSegment);
    connect(m_diagram2, &ChainDiagram::segmentActivated, this, &ChainsPanel::selectSegment);
    connect(m_templatesButton, &QPushButton::clicked, this, &ChainsPanel::openTemplates);
    connect(m_xlsx, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chain map"),
            m_map.chainName + u'-' + m_map.region + u".xlsx"_s, tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (!path.isEmpty())
            exportXlsx(path);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Chain report"), m_map.chainName + u'-' + m_map.region + u".pdf"_s, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportReport(path);
    });
    connect(exclude, &QPushButton::clicked, this, [this] { correctSelected(false); });
    connect(include, &QPushButton::clicked, this, [this] { correctSelected(true); });
    connect(visit, &QPushButton::clicked, this, &ChainsPanel::addTargetsToVisitTask);
    connect(m_table, &EnterpriseTable::addToVisitTask, this, [this](const QStringList& usccs) {
        this->context().requestVisitTask(usccs, tr("产业链强链: %1").arg(m_map.chainName));
    });
    connect(profile, &QPushButton::clicked, this, [this] {
        const int row = m_targetTable->currentRow();
        if (row >= 0 && row < m_targets.size())
            this->context().openEnterprise(m_targets[row].firm.uscc);
    });
    connect(m_targetTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_targets.size())
            this->context().openEnterprise(m_targets[row].firm.uscc);
    });
    connect(exportTargets, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export targets"), tr("targets.xlsx"), tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
        try {
            io::TableWriter::write(
                path,
                { tr("Credit code"), tr("Name"), tr("Region"), tr("Revenue (10k yuan)"), tr("Growth"),
                    tr("Score"), tr("Reasons") },
                m_targets.size(),
                [this](qint64 r) {
                    const auto& t = m_targets[r];
                    return QVariantList { t.firm.uscc, t.firm.name, t.firm.regionCode,
                        Money::toWan(t.firm.revenue), t.firm.growth ? QVariant(*t.firm.growth) : QVariant(),
                        t.score, t.reasons.join(u"；"_s) };
                },
                {}, tr("Targets"));
        } catch (const dj::Error& e) {
            QMessageBox::warning(this, tr("Export targets"), e.message());
        }
    });

    connect(&context, &AppContext::searchEngineChanged, this, &ChainsPanel::onEngine);
    connect(&context, &AppContext::cacheChanged, this, [this] {
        m_assignments.clear();
        m_assignment.reset();
        reloadTemplates();
    });
    reloadTemplates();
    onEngine(context.searchEngine());
    m_region2->setEnabled(false);
}

ChainsPanel::~ChainsPanel() = default;

void ChainsPanel::reloadTemplates()
{
    const QString current = currentChainId();
    m_templates = chains::ChainTemplates::shipped();
    if (!context().cachePath().isEmpty()) {
        try {
            const store::Database db
                = store::Cache::open(context().cachePath(), store::Cache::Access::ReadOnly);
            m_templates = chains::ChainTemplates::load(db);
        } catch (const dj::Error& e) {
            m_status->setText(e.message());
        }
    }
    const QSignalBlocker block(m_chain);
    m_chain->clear();
    for (const auto& c : m_templates)
        m_chain->addItem(c.userCopy ? tr("%1 (my copy)").arg(c.name) : c.name, c.id);
    const int at = m_chain->findData(current.isEmpty() ? u"ic"_s : current);
    m_chain->setCurrentIndex(std::max(0, at));
}

QString ChainsPanel::currentChainId() const
{
    return m_chain ? m_chain->currentData().toString() : QString();
}

void ChainsPanel::onEngine(std::shared_ptr<const search::SearchEngine> engine)
{
    if (m_task)
        m_task->cancel();
    m_search = engine;
    m_assignments.clear();
    m_assignment.reset();
    m_engine = engine ? std::make_shared<chains::ChainEngine>(engine->index()) : nullptr;
    if (!engine) {
        m_diagram->clear();
        m_status->setText(context().isIndexLoading() ? tr("Waiting for the search index…") : QString());
        return;
    }
    if (m_shown || m_mapPending)
        showMap();
}

void ChainsPanel::showEvent(QShowEvent* event)
{
    Panel::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        if (m_engine)
            showMap();
    }
}

bool ChainsPanel::isBusy() const
{
    return m_runs > 0 || m_table->isBusy();
}

void ChainsPanel::withAssignment(std::function<void()> then)
{
    const QString id = currentChainId();
    const chains::ChainTemplate* chain = chains::ChainTemplates::find(m_templates, id);
    if (!chain || !m_engine)
        return;
    if (auto it = m_assignments.constFind(id); it != m_assignments.constEnd()) {
        m_assignment = *it;
        then();
        return;
    }
    if (m_task)
        m_task->cancel();
    auto engine = m_engine;
    const chains::ChainTemplate tpl = *chain;
    const QString cache = context().cachePath();
    ++m_runs;
    emit busyChanged(true);
    m_task = ProgressRunner::run<std::shared_ptr<const chains::ChainAssignment>>(
        this, tr("Assigning enterprises to the chain…"),
        [engine, tpl, cache](const Progress& p) {
            QList<store::ChainCorrectionRow> corrections;
            if (!cache.isEmpty()) {
                const store::Database db = store::Cache::open(cache, store::Cache::Access::ReadOnly);
                corrections = store::ChainReads(db).corrections(tpl.id);
            }
            return std::make_shared<const chains::ChainAssignment>(engine->assign(tpl, corrections, p));
        },
        [this, id, then](std::shared_ptr<const chains::ChainAssignment> a) {
            --m_runs;
            m_assignments.insert(id, a);
            m_assignment = a;
            emit busyChanged(isBusy());
            then();
        },
        [this](const QString& error) {
            --m_runs;
            m_status->setText(error);
            emit busyChanged(isBusy());
        },
        { tr("Industry chains"), 300, false,
            [this] {
                --m_runs;
                m_status->setText(tr("Assignment cancelled."));
                emit busyChanged(isBusy());
            },
            {} });
    ProgressRunner::bind(m_task, m_progress, m_cancel, m_status, tr("Assigning: %1"));
}

void ChainsPanel::showMap()
{
    if (!m_engine) {
        m_mapPending = true;
        return;
    }
    m_mapPending = false;
    const QString region = m_region->text().trimmed();
    const QString region2 = m_region2->text().trimmed();
    try {
        chains::ChainEngine::checkedRegion(region);
        if (m_compare->isChecked() && !region2.isEmpty())
            chains::ChainEngine::checkedRegion(region2);
    } catch (const chains::ChainError& e) {
        m_status->setText(e.message());
        return;
    }
    withAssignment([this] { computeMap(); });
}

void ChainsPanel::computeMap()
{
    if (!m_assignment)
        return;
    const QString region = m_region->text().trimmed();
    const QString region2 = m_region2->text().trimmed();
    try {
        m_map = m_engine->map(*m_assignment, region);
        m_hasCompare = m_compare->isChecked() && !region2.isEmpty();
        if (m_hasCompare)
            m_compareMap = m_engine->map(*m_assignment, region2);
    } catch (const chains::ChainError& e) {
        m_status->setText(e.message());
        return;
    }
    m_regionName->setText(m_map.regionName);
    m_diagram->setMap(m_map, m_assignment->chain);
    m_diagram2->setVisible(m_hasCompare);
    if (m_hasCompare)
        m_diagram2->setMap(m_compareMap, m_assignment->chain);
    m_status->setText(
        tr("%1 in %2: %3 operating enterprises in the region; assignment %4 ms, map %5 ms. Classes by "
           "location quotient (LQ) against the nation: strong ≥ %6, weak < %7, missing = none here.")
            .arg(m_map.chainName, m_map.regionName)
            .arg(m_map.regionEnterprises)
            .arg(m_assignment->ms, 0, 'f', 0)
            .arg(m_map.ms, 0, 'f', 1)
            .arg(m_map.thresholds.strong)
            .arg(m_map.thresholds.weak));
    // Supply links read the cache's relations and invoices: in the background, shown when ready.
    m_links.clear();
    auto engine = m_engine;
    auto assignment = m_assignment;
    const QString cache = context().cachePath();
    ++m_runs;
    ProgressRunner::run<QList<chains::SupplyLink>>(
        this, tr("Reading supply links…"),
        [engine, assignment, cache, region](const Progress&) {
            const store::Database db = store::Cache::open(cache, store::Cache::Access::ReadOnly);
            return engine->supplyLinks(*assignment, region, store::ChainReads(db));
        },
        [this, region](QList<chains::SupplyLink> links) {
            --m_runs;
            if (region == m_map.region) {
                m_links = links;
                showFigures();
            }
            emit busyChanged(isBusy());
        },
        [this](const QString& error) {
            --m_runs;
            m_status->setText(error);
            emit busyChanged(isBusy());
        },
        { tr("Industry chains"), 2000, false, [this] { --m_runs; }, {} });
    int segment = m_segment;
    if (segment < 0 || segment >= int(m_map.segments.size()))
        segment = 0;
    if (m_pickGap) {
        m_pickGap = false;
        for (const QString& wanted : { u"missing"_s, u"weak"_s }) {
            for (int i = int(m_map.segments.size()) - 1; i >= 0; --i)
                if (m_map.segments[i].gapClass == wanted)
                    segment = i;
            if (m_map.segments[segment].gapClass == wanted)
                break;
        }
    }
    selectSegment(segment);
}

void ChainsPanel::selectSegment(int segment)
{
    if (segment < 0 || segment >= int(m_map.segments.size()))
        return;
    m_segment = segment;
    m_diagram->setSelected(segment);
    m_diagram2->setSelected(segment);
    showFigures();
    showMembers();
    loadTargets();
}

QString ChainsPanel::segmentHtml(const chains::SegmentFigures& f, const chains::SegmentFigures* other) const
{
    auto row = [](const QString& k, const QString& a, const QString& b) {
        return u"<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td></tr>"_s.arg(
            k.toHtmlEscaped(), a.toHtmlEscaped(), b.toHtmlEscaped());
    };
    auto cls = [](const chains::SegmentFigures& s) { return ChainDiagram::classLabel(s.gapClass); };
    const chains::SegmentFigures none;
    const chains::SegmentFigures& o = other ? *other : none;
    const bool cmp = other != nullptr;
    QString html = u"<h3>%1 · %2</h3><table cellspacing=4>"_s.arg(
        f.name.toHtmlEscaped(), chains::ChainTemplate::stageLabel(f.stage).toHtmlEscaped());
    html += row(QString(), m_map.regionName, cmp ? m_compareMap.regionName : QString());
    html += row(tr("Class"), cls(f), cmp ? cls(o) : QString());
    html += row(
        tr("Operating enterprises"), QString::number(f.count), cmp ? QString::number(o.count) : QString());
    html += row(
        tr("Revenue (10k yuan)"), Money::wan(f.revenue, 0), cmp ? Money::wan(o.revenue, 0) : QString());
    html += row(tr("Tax (10k yuan)"), Money::wan(f.tax, 0), cmp ? Money::wan(o.tax, 0) : QString());
    html += row(tr("Revenue growth"), percent(f.growth), cmp ? percent(o.growth) : QString());
    html += row(tr("Qualified (高新/专精特新/小巨人)"),
        tr("%1 (%2/%3/%4)").arg(f.qualified).arg(f.gaoxin).arg(f.zhuanjingtexin).arg(f.xiaojuren),
        cmp ? tr("%1 (%2/%3/%4)").arg(o.qualified).arg(o.gaoxin).arg(o.zhuanjingtexin).arg(o.xiaojuren)
            : QString());
    html += row(tr("LQ vs nation"), optNumber(f.lq), cmp ? optNumber(o.lq) : QString());
    html += row(tr("LQ vs province"), optNumber(f.lqProvince), cmp ? optNumber(o.lqProvince) : QString());
    html += row(tr("LQ by revenue"), optNumber(f.lqRevenue), cmp ? optNumber(o.lqRevenue) : QString());
    html += row(tr("Enterprises nationwide"), QString::number(f.nationalCount), QString());
    html += u"</table>"_s;
    html += u"<h4>%1</h4><ol>"_s.arg(tr("链主 (largest by latest revenue)").toHtmlEscaped());
    for (const auto& l : f.leaders)
        html += u"<li>%1 — %2</li>"_s.arg(
            l.name.toHtmlEscaped(), Money::text(l.revenue.value_or(0)).toHtmlEscaped());
    if (f.leaders.isEmpty())
        html += u"<li>%1</li>"_s.arg(tr("none in the region").toHtmlEscaped());
    html += u"</ol>"_s;
    QStringList rules;
    for (auto it = f.ruleCounts.begin(); it != f.ruleCounts.end(); ++it) {
        const QString kind = it.key() == u"class"_s ? tr("Industry class")
            : it.key() == u"name"_s                 ? tr("Name keyword")
            : it.key() == u"scope"_s                ? tr("Scope keyword")
                                                    : tr("Correction");
        rules << u"%1 %2"_s.arg(kind).arg(it.value());
    }
    html += u"<p>%1</p>"_s.arg(tr("Matched by: %1").arg(rules.join(u", "_s)).toHtmlEscaped());
    QStringList links;
    for (const auto& l : m_links) {
        if (l.from != f.id && l.to != f.id)
            continue;
        const int a = m_assignment->chain.segmentIndex(l.from), b = m_assignment->chain.segmentIndex(l.to);
        const QString scope = l.scope == u"inside"_s ? tr("inside the region")
            : l.scope == u"inbound"_s                ? tr("from outside into the region")
                                                     : tr("from the region to outside");
        links << tr("%1 → %2 (%3): %n pair(s), %4", nullptr, int(l.pairs))
                     .arg(m_assignment->chain.segments[a].name, m_assignment->chain.segments[b].name, scope,
                         Money::text(l.amount));
    }
    html += u"<h4>%1</h4>"_s.arg(tr("Supply links (relations and invoices)").toHtmlEscaped());
    html += links.isEmpty() ? u"<p>%1</p>"_s.arg(tr("None in the data.").toHtmlEscaped())
                            : u"<ul><li>"_s + links.join(u"</li><li>"_s).toHtmlEscaped() + u"</li></ul>"_s;
    const auto& seg = m_assignment->chain.segments[m_segment];
    html += u"<p><small>%1</small></p>"_s.arg(
        tr("Rules: classes %1; name keywords %2; scope keywords %3; exclusions %4.")
            .arg(orDash(seg.classes), orDash(seg.nameKeywords), orDash(seg.scopeKeywords),
                orDash(seg.excludeKeywords + seg.excludeClasses))
            .toHtmlEscaped());
    return html;
}

void ChainsPanel::showFigures()
{
    if (m_segment < 0 || m_segment >= int(m_map.segments.size()) || !m_assignment)
        return;
    const chains::SegmentFigures* other = m_hasCompare && m_segment < int(m_compareMap.segments.size())
        ? &m_compareMap.segments[m_segment]
        : nullptr;
    m_figures->setHtml(segmentHtml(m_map.segments[m_segment], other));
}

void ChainsPanel::showMembers()
{
    if (!m_assignment || !m_search)
        return;
    std::vector<qint32> rows = m_engine->members(*m_assignment, m_map.region, m_segment);
    m_rules->setRowCount(0);
    const auto& members = m_assignment->segments[size_t(m_segment)];
    const int shown = int(std::min<size_t>(200, rows.size()));
    m_rules->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const chains::FirmRef f = m_engine->firm(rows[size_t(i)]);
        const auto it = std::lower_bound(members.rows.begin(), members.rows.end(), rows[size_t(i)]);
        const chains::MatchedRule rule = m_assignment->rule(m_segment, size_t(it - members.rows.begin()));
        const QString kind = rule.kind == u"class"_s ? tr("Industry class")
            : rule.kind == u"name"_s                 ? tr("Name keyword")
            : rule.kind == u"scope"_s                ? tr("Scope keyword")
                                                     : tr("Correction");
        m_rules->setItem(i, 0, new QTableWidgetItem(f.name));
        m_rules->setItem(i, 1, new QTableWidgetItem(kind));
        m_rules->setItem(i, 2, new QTableWidgetItem(rule.value));
        m_rules->setItem(i, 3, new QTableWidgetItem(f.uscc));
    }
    m_rules->resizeColumnsToContents();
    m_table->setResult(m_search, std::move(rows));
}

void ChainsPanel::loadTargets()
{
    m_targets.clear();
    m_targetTable->setRowCount(0);
    if (!m_assignment || context().cachePath().isEmpty())
        return;
    auto engine = m_engine;
    auto assignment = m_assignment;
    const QString cache = context().cachePath();
    const QString region = m_map.region;
    const QString segment = m_map.segments[m_segment].id;
    ++m_runs;
    emit busyChanged(true);
    ProgressRunner::run<QList<chains::Target>>(
        this, tr("Ranking targets…"),
        [engine, assignment, cache, region, segment](const Progress&) {
            const store::Database db = store::Cache::open(cache, store::Cache::Access::ReadOnly);
            return engine->targets(*assignment, region, segment, store::ChainReads(db), 50);
        },
        [this, region, segment](QList<chains::Target> targets) {
            --m_runs;
            if (region == m_map.region && m_segment >= 0 && m_map.segments[m_segment].id == segment) {
                m_targets = targets;
                showTargets();
            }
            emit busyChanged(isBusy());
        },
        [this](const QString& error) {
            --m_runs;
            m_status->setText(error);
            emit busyChanged(isBusy());
        },
        { tr("Industry chains"), 1000, false, [this] { --m_runs; }, {} });
}

void ChainsPanel::showTargets()
{
    m_targetTable->setRowCount(int(m_targets.size()));
    for (int i = 0; i < m_targets.size(); ++i) {
        const auto& t = m_targets[i];
        auto* name = new QTableWidgetItem(t.firm.name);
        name->setToolTip(t.firm.uscc);
        m_targetTable->setItem(i, 0, name);
        auto* rev = new QTableWidgetItem(Money::wan(t.firm.revenue, 0));
        rev->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_targetTable->setItem(i, 2, rev);
        m_targetTable->setItem(i, 3, new QTableWidgetItem(percent(t.firm.growth)));
        auto* score = new QTableWidgetItem(QString::number(t.score, 'f', 2));
        QStringList parts;
        for (auto it = t.parts.begin(); it != t.parts.end(); ++it)
            parts << u"%1 %2"_s.arg(it.key()).arg(it.value().toDouble(), 0, 'f', 2);
        score->setToolTip(parts.join(u'\n'));
        m_targetTable->setItem(i, 1, score);
        auto* reasons = new QTableWidgetItem(t.reasons.join(u"；"_s));
        reasons->setToolTip(t.reasons.join(u'\n'));
        m_targetTable->setItem(i, 4, reasons);
        m_targetTable->setItem(
            i, 5, new QTableWidgetItem(chains::ChainEngine::regionName(t.firm.regionCode)));
    }
    m_targetTable->resizeColumnsToContents();
}

void ChainsPanel::addTargetsToVisitTask()
{
    QStringList usccs;
    const auto selected = m_targetTable->selectionModel()->selectedRows();
    for (const QModelIndex& i : selected)
        if (i.row() < m_targets.size())
            usccs << m_targets[i.row()].firm.uscc;
    if (usccs.isEmpty()) {
        for (const auto& t : std::as_const(m_targets).mid(0, 10))
            usccs << t.firm.uscc;
    }
    if (usccs.isEmpty() || m_segment < 0)
        return;
    context().requestVisitTask(
        usccs, tr("补链: %1 %2 (%3)").arg(m_map.chainName, m_map.segments[m_segment].name, m_map.regionName));
    m_status->setText(tr("%n enterprise(s) handed to the visit tasks.", nullptr, int(usccs.size())));
}

void ChainsPanel::correctSelected(bool include)
{
    if (!m_assignment || m_segment < 0)
        return;
    QStringList usccs;
    if (include) {
        bool ok = false;
        const QString code = QInputDialog::getText(
            this, tr("Add an enterprise"), tr("Credit code (统一社会信用代码):"), QLineEdit::Normal, {}, &ok)
                                 .trimmed();
        if (!ok || code.isEmpty())
            return;
        if (m_search->rowOfUscc(code) < 0) {
            m_status->setText(tr("Enterprise %1 not found.").arg(code));
            return;
        }
        usccs << code;
    } else {
        for (const QModelIndex& i : m_rules->selectionModel()->selectedRows())
            usccs << m_rules->item(i.row(), 3)->text();
        if (usccs.isEmpty()) {
            m_status->setText(tr("Select the enterprises that do not belong to the segment first."));
            return;
        }
    }
    try {
        store::Database db = store::Cache::open(context().cachePath());
        store::ChainWrites writes(db);
        for (const QString& u : std::as_const(usccs))
            writes.setCorrection(
                { m_assignment->chain.id, m_map.segments[m_segment].id, u, include, {}, {} });
    } catch (const dj::Error& e) {
        QMessageBox::warning(this, tr("Correction"), e.message());
        return;
    }
    m_assignments.remove(m_assignment->chain.id);
    m_status->setText(tr("%n correction(s) stored; they win over the rules.", nullptr, int(usccs.size())));
    showMap();
}

void ChainsPanel::openTemplates()
{
    if (context().cachePath().isEmpty())
        return;
    auto* editor = new TemplateEditor(context().cachePath(), currentChainId(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = editor;
    connect(editor, &QDialog::finished, this, [this, editor] {
        if (editor->changed()) {
            m_assignments.clear();
            reloadTemplates();
            showMap();
        }
    });
    editor->open();
}

void ChainsPanel::exportXlsx(const QString& path)
{
    const QList<chains::SegmentFigures> segs = m_map.segments;
    try {
        io::TableWriter::write(
            path,
            { tr("Stage"), tr("Segment"), tr("Class"), tr("Operating enterprises"), tr("Revenue (10k yuan)"),
                tr("Tax (10k yuan)"), tr("Qualified"), tr("Revenue growth"), tr("LQ vs nation"),
                tr("LQ vs province"), tr("Enterprises nationwide"), tr("链主") },
            segs.size(),
            [&segs](qint64 r) {
                const auto& s = segs[r];
                QStringList leaders;
                for (const auto& l : s.leaders)
                    leaders << l.name;
                auto opt = [](const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(); };
                return QVariantList { chains::ChainTemplate::stageLabel(s.stage), s.name,
                    ChainDiagram::classLabel(s.gapClass), s.count, Money::toWan(s.revenue),
                    Money::toWan(s.tax), s.qualified, opt(s.growth), opt(s.lq), opt(s.lqProvince),
                    s.nationalCount, leaders.join(u"、"_s) };
            },
            {}, m_map.chainName);
        m_status->setText(tr("Exported to %1.").arg(path));
    } catch (const dj::Error& e) {
        QMessageBox::warning(this, tr("Export"), e.message());
    }
}

void ChainsPanel::exportReport(const QString& path)
{
    if (!m_assignment)
        return;
    auto shared = std::make_shared<ReportWriter>(tr("Industry chain report"));
    shared->addTitle(tr("%1 industry chain — %2").arg(m_map.chainName, m_map.regionName),
        tr("Chain template version %1 · %2").arg(m_assignment->chain.version).arg(context().dataSource()));
    shared->addImage(m_diagram->image(QSize(900, 460)));
    shared->addHeading(tr("Segments"));
    QList<QStringList> rows;
    QStringList gaps, strong;
    for (const auto& s : m_map.segments) {
        rows << QStringList { chains::ChainTemplate::stageLabel(s.stage), s.name,
            ChainDiagram::classLabel(s.gapClass), QString::number(s.count), Money::wan(s.revenue, 0),
            optNumber(s.lq), percent(s.growth), s.leaders.isEmpty() ? QString() : s.leaders.first().name };
        if (s.gapClass == u"weak"_s || s.gapClass == u"missing"_s)
            gaps << u"%1（%2）"_s.arg(s.name, ChainDiagram::classLabel(s.gapClass));
        if (s.gapClass == u"strong"_s)
            strong << s.name;
    }
    shared->addTable({ tr("Stage"), tr("Segment"), tr("Class"), tr("Enterprises"), tr("Revenue (10k yuan)"),
                         tr("LQ"), tr("Growth"), tr("链主") },
        rows);
    shared->addHeading(tr("Strong, weak and missing links"));
    shared->addParagraph(tr("Strong: %1. To fill or strengthen: %2.")
                             .arg(strong.isEmpty() ? tr("none") : strong.join(u"、"_s),
                                 gaps.isEmpty() ? tr("none") : gaps.join(u"、"_s)));
    shared->addNote(
        tr("Location quotient (LQ) = the segment's share of the region's operating enterprises divided by "
           "its share nationwide; strong ≥ %1, weak < %2, missing = none in the region while the nation "
           "has some.")
            .arg(m_map.thresholds.strong)
            .arg(m_map.thresholds.weak));
    // The targets read the cache: they and the PDF are made off the GUI thread (the report is built here).
    auto engine = m_engine;
    auto assignment = m_assignment;
    const chains::ChainMap map = m_map;
    const QString cache = context().cachePath();
    ++m_runs;
    emit busyChanged(true);
    ProgressRunner::run<bool>(
        this, tr("Writing the chain report…"),
        [shared, engine, assignment, map, cache, path](const Progress& p) {
            const store::Database db = store::Cache::open(cache, store::Cache::Access::ReadOnly);
            const store::ChainReads reads(db);
            int done = 0;
            for (const auto& s : map.segments) {
                p.report(done++, map.segments.size());
                if (s.gapClass != u"weak"_s && s.gapClass != u"missing"_s)
                    continue;
                shared->addHeading(tr("补链 targets: %1").arg(s.name));
                QList<QStringList> trows;
                for (const auto& t : engine->targets(*assignment, map.region, s.id, reads, 10))
                    trows << QStringList { t.firm.name, chains::ChainEngine::regionName(t.firm.regionCode),
                        Money::wan(t.firm.revenue, 0), QString::number(t.score, 'f', 2),
                        t.reasons.join(u"；"_s) };
                shared->addTable(
                    { tr("Name"), tr("Region"), tr("Revenue (10k yuan)"), tr("Score"), tr("Reasons") },
                    trows);
            }
            shared->addNote(
                tr("Sources of the chain template: %1").arg(assignment->chain.sources.join(u"；"_s)));
            shared->writePdf(path);
            return true;
        },
        [this, path](bool) {
            --m_runs;
            m_status->setText(tr("Report written to %1.").arg(path));
            emit busyChanged(isBusy());
        },
        [this](const QString& error) {
            --m_runs;
            m_status->setText(error);
            emit busyChanged(isBusy());
        },
        { tr("Industry chains"), 300, false, [this] { --m_runs; }, {} });
}

void ChainsPanel::setChain(const QString& id)
{
    const int at = m_chain->findData(id);
    if (at >= 0)
        m_chain->setCurrentIndex(at);
}

void ChainsPanel::setRegion(const QString& region, const QString& compareWith)
{
    m_region->setText(region);
    m_region2->setText(compareWith);
    m_compare->setChecked(!compareWith.isEmpty());
}

void ChainsPanel::saveState(Settings& settings) const
{
    settings.set(kChain, currentChainId());
    settings.set(kRegion, m_region->text().trimmed());
    settings.set(kRegion2, m_region2->text().trimmed());
    settings.set(kCompare, m_compare->isChecked());
    settings.set(kTab, m_tabs->currentIndex());
    settings.setPanelValue(panelId(), u"split"_s, m_split->saveState());
    m_table->saveState(settings, panelId());
}

void ChainsPanel::restoreState(const Settings& settings)
{
    setChain(settings.get(kChain));
    m_region->setText(settings.get(kRegion));
    m_region2->setText(settings.get(kRegion2));
    m_compare->setChecked(settings.get(kCompare));
    m_tabs->setCurrentIndex(settings.get(kTab));
    m_split->restoreState(settings.panelValue(panelId(), u"split"_s).toByteArray());
    m_table->restoreState(settings, panelId());
}

void ChainsPanel::prepareScreenshot()
{
    setChain(u"ic"_s);
    setRegion(u"31"_s);
    m_shown = true;
    m_pickGap = true; // a missing (else weak) segment's page with its targets
    m_tabs->setCurrentIndex(2);
    showMap();
}

QList<QWidget*> ChainsPanel::screenshotExtras()
{
    if (context().cachePath().isEmpty())
        return {};
    auto* editor = new TemplateEditor(context().cachePath(), u"ic"_s, this);
    editor->show();
    return { editor };
}

} // namespace dj::ui
