#include "ui/risk/monitorview.h"

#include "core/common/error.h"
#include "core/io/tablewriter.h"
#include "core/risk/evidence.h"
#include "core/risk/monitor.h"
#include "core/risk/watchlist.h"
#include "core/store/cache.h"
#include "ui/common/appcontext.h"
#include "ui/common/progressrunner.h"
#include "ui/common/reportwriter.h"
#include "ui/common/settings.h"
#include "ui/risk/ruledialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dj::ui {

using namespace Qt::StringLiterals;

namespace {

const Settings::PanelKey<bool> kUnreadOnly { "risk", "alertsUnreadOnly", false };

QTableWidget* table(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString rowsHtml(const QJsonArray& rows)
{
    if (rows.isEmpty())
        return u"<p><i>"_s + MonitorView::tr("(none)") + u"</i></p>"_s;
    const risk::Evidence::Table t = risk::Evidence::table(rows);
    QString html = u"<table border='1' cellspacing='0' cellpadding='3'><tr>"_s;
    for (const QString& h : t.headers)
        html += u"<th>"_s + h.toHtmlEscaped() + u"</th>"_s;
    html += u"</tr>"_s;
    for (const QStringList& r : t.rows) {
        html += u"<tr>"_s;
        for (int c = 0; c < r.size(); ++c) {
            const bool number = risk::Evidence::isMoney(t.keys[c]) || t.keys[c] == u"share_pct";
            html += (number ? u"<td align='right'>"_s : u"<td>"_s) + r[c].toHtmlEscaped() + u"</td>"_s;
        }
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

} // namespace

MonitorView::MonitorView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"monitor"_s);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* run = new QPushButton(tr("&Run rules now"), this);
    run->setToolTip(
        tr("Compares the watched enterprises with their state at the last run (imports run the rules "
           "by themselves)"));
    auto* add = new QPushButton(tr("&New rule…"), this);
    auto* edit = new QPushButton(tr("&Edit rule…"), this);
    auto* del = new QPushButton(tr("&Delete rule"), this);
    auto* watchSelection = new QPushButton(tr("&Watch the selection"), this);
    watchSelection->setToolTip(tr("Adds the enterprises selected in another panel (a search result, a map "
                                  "selection) to the watch list \"Selection\""));
    m_unreadOnly = new QCheckBox(tr("&Unread only"), this);
    m_openOnly = new QCheckBox(tr("&Open only"), this);
    auto* exportButton = new QPushButton(tr("E&xport alerts…"), this);
    exportButton->setToolTip(tr("The alerts shown, with their evidence, to an Excel workbook or CSV"));
    auto* reportButton = new QPushButton(tr("Alert re&port…"), this);
    reportButton->setToolTip(tr("The alerts shown, with their evidence, as a PDF report"));
    bar->addWidget(run);
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(del);
    bar->addWidget(watchSelection);
    bar->addStretch(1);
    bar->addWidget(m_unreadOnly);
    bar->addWidget(m_openOnly);
    bar->addWidget(exportButton);
    bar->addWidget(reportButton);
    layout->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QSplitter(Qt::Vertical, split);
    m_rules = table({ tr("On"), tr("Rule"), tr("Severity"), tr("Condition and scope") }, left);
    m_alerts = table(
        { tr("Severity"), tr("Raised"), tr("Enterprise"), tr("Alert"), tr("Assigned"), tr("State") }, left);
    m_alerts->setObjectName(u"alerts"_s);
    m_rules->setObjectName(u"rules"_s);
    left->addWidget(m_alerts);
    left->addWidget(m_rules);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    auto* right = new QWidget(split);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    m_evidence = new QTextBrowser(right);
    m_evidence->setObjectName(u"evidence"_s);
    m_evidence->setOpenLinks(false);
    rl->addWidget(m_evidence, 1);
    auto* form = new QHBoxLayout;
    auto* assignLabel = new QLabel(tr("Assi&gned to:"), right);
    m_assigned = new QLineEdit(right);
    assignLabel->setBuddy(m_assigned);
    form->addWidget(assignLabel);
    form->addWidget(m_assigned, 1);
    rl->addLayout(form);
    m_note = new QPlainTextEdit(right);
    m_note->setPlaceholderText(tr("Note"));
    m_note->setMaximumHeight(80);
    rl->addWidget(m_note);
    auto* buttons = new QHBoxLayout;
    auto* save = new QPushButton(tr("&Save"), right);
    auto* resolve = new QPushButton(tr("Resolve / re&open"), right);
    auto* unread = new QPushButton(tr("Mark unrea&d"), right);
    auto* profile = new QPushButton(tr("Open &profile"), right);
    buttons->addWidget(save);
    buttons->addWidget(resolve);
    buttons->addWidget(unread);
    buttons->addWidget(profile);
    rl->addLayout(buttons);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(run, &QPushButton::clicked, this, &MonitorView::runRules);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the alerts"),
            tr("alerts") + u".xlsx"_s, tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (!path.isEmpty())
            exportAlerts(path);
    });
    connect(reportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Alert report"), tr("alerts") + u".pdf"_s, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            writeReport(path);
    });
    connect(add, &QPushButton::clicked, this, [this] { editRule(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editRule(false); });
    connect(m_rules, &QTableWidget::cellActivated, this, [this] { editRule(false); });
    connect(del, &QPushButton::clicked, this, &MonitorView::removeRule);
    connect(watchSelection, &QPushButton::clicked, this, [this] {
        const QStringList usccs = m_context.selection();
        if (usccs.isEmpty()) {
            m_summary->setText(tr("Select enterprises in the search or on the map first."));
            return;
        }
        try {
            store::Database db = store::Cache::open(m_context.cachePath(), store::Cache::Access::ReadWrite);
            const int added = risk::WatchList(db).add(tr("Selection"), usccs);
            reload();
            m_summary->setText(
                tr("%n enterprise(s) added to the watch list.", nullptr, added) + u" "_s + m_summary->text());
        } catch (const std::exception& e) {
            QMessageBox::warning(this, tr("Watch list"), dj::Error::describe(e));
        }
    });
    connect(m_unreadOnly, &QCheckBox::toggled, this, &MonitorView::reload);
    connect(m_openOnly, &QCheckBox::toggled, this, &MonitorView::reload);
    connect(m_alerts, &QTableWidget::itemSelectionChanged, this, &MonitorView::showAlert);
    connect(m_alerts, &QTableWidget::cellActivated, this, [this] {
        const qint64 id = currentAlertId();
        for (const auto& a : m_alertList)
            if (a.id == id)
                m_context.openEnterprise(a.uscc);
    });
    connect(save, &QPushButton::clicked, this, [this] { saveAlert(false); });
    connect(resolve, &QPushButton::clicked, this, [this] { saveAlert(true); });
    connect(unread, &QPushButton::clicked, this, [this] {
        const qint64 id = currentAlertId();
        if (id <= 0)
            return;
        try {
            store::Database db = store::Cache::open(m_context.cachePath(), store::Cache::Access::ReadWrite);
            risk::AlertInbox(db).setRead(id, false);
        } catch (const std::exception& e) {
            QMessageBox::warning(this, tr("Alerts"), dj::Error::describe(e));
        }
        reload();
    });
    connect(profile, &QPushButton::clicked, this, [this] {
        const qint64 id = currentAlertId();
        for (const auto& a : m_alertList)
            if (a.id == id)
                m_context.openEnterprise(a.uscc);
    });
    connect(&m_context, &AppContext::cacheChanged, this, &MonitorView::reload);
    reload();
}

void MonitorView::reload()
{
    const QString path = m_context.cachePath();
    m_rules->setRowCount(0);
    m_alerts->setRowCount(0);
    m_evidence->clear();
    if (path.isEmpty())
        return;
    qint64 watched = 0, unread = 0;
    try {
        // the rules' first use writes the built-in set (and the schema step of an older cache)
        store::Database db = store::Cache::open(path, store::Cache::Access::ReadWrite);
        risk::RuleStore rules(db);
        rules.ensureDefaults();
        m_ruleList = rules.list();
        risk::WatchList w(db);
        m_lists = w.lists();
        watched = w.count();
        risk::AlertInbox inbox(db);
        risk::AlertInbox::Filter f;
        f.unreadOnly = m_unreadOnly->isChecked();
        f.openOnly = m_openOnly->isChecked();
        m_alertList = inbox.list(f);
        unread = inbox.unreadCount();
    } catch (const std::exception& e) {
        m_summary->setText(dj::Error::describe(e));
        return;
    }
    m_rules->setRowCount(int(m_ruleList.size()));
    for (int i = 0; i < int(m_ruleList.size()); ++i) {
        const auto& r = m_ruleList[size_t(i)];
        m_rules->setItem(i, 0, new QTableWidgetItem(r.enabled ? u"✔"_s : QString()));
        m_rules->setItem(i, 1, new QTableWidgetItem(r.displayName()));
        m_rules->setItem(i, 2, new QTableWidgetItem(risk::RuleStore::severityLabel(r.severity)));
        m_rules->setItem(i, 3, new QTableWidgetItem(risk::RuleStore::describe(r)));
    }
    m_rules->resizeColumnsToContents();
    m_alerts->setRowCount(int(m_alertList.size()));
    for (int i = 0; i < int(m_alertList.size()); ++i) {
        const auto& a = m_alertList[size_t(i)];
        const QStringList cells { risk::RuleStore::severityLabel(a.severity),
            a.raised.left(16).replace(u'T', u' '), a.name.isEmpty() ? a.uscc : a.name, a.displayTitle(),
            a.assigned,
            a.resolved   ? tr("Resolved")
                : a.read ? tr("Read")
                         : tr("Unread") };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, a.id);
            if (!a.read) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (c == 0 && a.severity == u"high")
                item->setForeground(QColor(0xC6, 0x28, 0x28));
            m_alerts->setItem(i, c, item);
        }
    }
    m_alerts->resizeColumnsToContents();
    m_summary->setText(
        tr("%n enterprise(s) watched in %1 list(s) (%2); %3 rules; %4 unread alerts. Double-click an "
           "alert to open the enterprise.",
            nullptr, int(watched))
            .arg(m_lists.size())
            .arg(m_lists.join(u"、"_s))
            .arg(m_ruleList.size())
            .arg(unread));
}

void MonitorView::runRules()
{
    const QString path = m_context.cachePath();
    if (path.isEmpty() || m_busy)
        return;
    m_busy = true;
    ProgressRunner::run<risk::Monitor::RunResult>(
        this, tr("Running the monitoring rules…"),
        [path](const Progress& p) {
            store::Database db = store::Cache::open(path, store::Cache::Access::ReadWrite);
            return risk::Monitor(db).run(p);
        },
        [this](risk::Monitor::RunResult r) {
            m_busy = false;
            reload();
            m_summary->setText(tr("%1 watched enterprises compared with their last state: %n new alert(s).",
                                   nullptr, int(r.raised.size()))
                                   .arg(r.compared)
                + u" "_s + m_summary->text());
        },
        [this](const QString& error) {
            m_busy = false;
            QMessageBox::warning(this, tr("Monitoring"), error);
        });
}

void MonitorView::editRule(bool create)
{
    risk::Rule rule;
    if (!create) {
        const int row = m_rules->currentRow();
        if (row < 0 || row >= int(m_ruleList.size()))
            return;
        rule = m_ruleList[size_t(row)];
    } else {
        rule.name = tr("New rule");
        rule.condition = QJsonObject { { u"kind"_s, u"new_risk"_s } };
    }
    RuleDialog dialog(rule, m_lists, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        store::Database db = store::Cache::open(m_context.cachePath(), store::Cache::Access::ReadWrite);
        risk::RuleStore(db).save(dialog.rule());
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Rules"), dj::Error::describe(e));
    }
    reload();
}

void MonitorView::removeRule()
{
    const int row = m_rules->currentRow();
    if (row < 0 || row >= int(m_ruleList.size()))
        return;
    const auto& r = m_ruleList[size_t(row)];
    if (QMessageBox::question(this, tr("Delete rule"),
            tr("Delete the rule \"%1\"? Its alerts stay in the inbox.").arg(r.displayName()))
        != QMessageBox::Yes)
        return;
    try {
        store::Database db = store::Cache::open(m_context.cachePath(), store::Cache::Access::ReadWrite);
        risk::RuleStore(db).remove(r.id);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Rules"), dj::Error::describe(e));
    }
    reload();
}

qint64 MonitorView::currentAlertId() const
{
    const int row = m_alerts->currentRow();
    if (row < 0 || !m_alerts->item(row, 0))
        return 0;
    return m_alerts->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void MonitorView::showAlert()
{
    const qint64 id = currentAlertId();
    for (const auto& a : m_alertList) {
        if (a.id != id)
            continue;
        QString html = u"<h3>"_s + a.displayTitle().toHtmlEscaped() + u"</h3>"_s;
        html += u"<p>"_s + tr("Rule: %1 (%2)").arg(a.displayRuleName(), ruleText(a)).toHtmlEscaped()
            + u"</p>"_s;
        QStringList watch;
        for (const auto& w : a.evidence.value(u"watch"_s).toArray()) {
            const QJsonObject o = w.toObject();
            watch << tr("%1: %2, tier %3")
                         .arg(o[u"list"_s].toString(), risk::RuleStore::roleLabel(o[u"role"_s].toString()))
                         .arg(o[u"tier"_s].toInt());
        }
        html += u"<p>"_s + tr("Watched as: %1").arg(watch.join(u"; "_s)).toHtmlEscaped() + u"</p>"_s;
        html += u"<h4>"_s + tr("Before") + u"</h4>"_s + rowsHtml(a.evidence.value(u"before"_s).toArray());
        html += u"<h4>"_s + tr("After") + u"</h4>"_s + rowsHtml(a.evidence.value(u"after"_s).toArray());
        m_evidence->setHtml(html);
        m_assigned->setText(a.assigned);
        m_note->setPlainText(a.note);
        if (!a.read) {
            try {
                store::Database db
                    = store::Cache::open(m_context.cachePath(), store::Cache::Access::ReadWrite);
                risk::AlertInbox(db).setRead(a.id, true);
            } catch (const std::exception&) {
                // a read-only cache: the alert simply stays unread
            }
        }
        return;
    }
}

void MonitorView::saveAlert(bool toggleResolved)
{
    const qint64 id = currentAlertId();
    if (id <= 0)
        return;
    try {
        store::Database db = store::Cache::open(m_context.cachePath(), store::Cache::Access::ReadWrite);
        risk::AlertInbox inbox(db);
        inbox.assign(id, m_assigned->text());
        inbox.setNote(id, m_note->toPlainText());
        if (toggleResolved)
            for (const auto& a : m_alertList)
                if (a.id == id)
                    inbox.setResolved(id, !a.resolved);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Alerts"), dj::Error::describe(e));
    }
    const int row = m_alerts->currentRow();
    reload();
    if (row >= 0 && row < m_alerts->rowCount())
        m_alerts->selectRow(row);
}

QString MonitorView::ruleText(const risk::Alert& a) const
{
    // the rule in the current language while it exists; its words at raise time otherwise
    for (const auto& r : m_ruleList)
        if (r.id == a.ruleId)
            return risk::RuleStore::describe(r);
    return a.evidence.value(u"rule"_s).toString();
}

QList<QStringList> MonitorView::alertRows() const
{
    QList<QStringList> rows;
    for (const auto& a : m_alertList)
        rows << QStringList { risk::RuleStore::severityLabel(a.severity),
            a.raised.left(16).replace(u'T', u' '), a.uscc, a.name, a.displayTitle(), a.displayRuleName(),
            risk::Evidence::text(a.evidence.value(u"before"_s).toArray()),
            risk::Evidence::text(a.evidence.value(u"after"_s).toArray()), a.assigned, a.note,
            a.resolved   ? tr("Resolved")
                : a.read ? tr("Read")
                         : tr("Unread") };
    return rows;
}

QStringList MonitorView::alertHeaders()
{
    return { tr("Severity"), tr("Raised"), tr("Credit code"), tr("Enterprise"), tr("Alert"), tr("Rule"),
        tr("Before"), tr("After"), tr("Assigned"), tr("Note"), tr("State") };
}

void MonitorView::exportAlerts(const QString& path)
{
    const QStringList headers = alertHeaders();
    const QList<QStringList> rows = alertRows();
    ProgressRunner::run<bool>(
        this, tr("Exporting…"),
        [path, headers, rows](const Progress& p) {
            io::TableWriter::write(
                path, headers, rows.size(),
                [&rows](qint64 r) {
                    QVariantList out;
                    for (const QString& c : rows[r])
                        out << c;
                    return out;
                },
                p, tr("Alerts"));
            return true;
        },
        [this, path](bool) { m_summary->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path))); },
        [this](const QString& error) { QMessageBox::warning(this, tr("Export"), error); });
}

void MonitorView::writeReport(const QString& path)
{
    ReportWriter report(tr("Alert report"));
    report.addTitle(tr("Alert report"), m_context.dataSource());
    report.addKeyValues({ { tr("Alerts"), QString::number(m_alertList.size()) },
        { tr("Watch lists"), m_lists.join(u"、"_s) } });
    int shown = 0;
    for (const auto& a : m_alertList) {
        if (++shown > 60) {
            report.addNote(
                tr("%n more alert(s) are in the XLSX export.", nullptr, int(m_alertList.size()) - 60));
            break;
        }
        report.addHeading(a.displayTitle());
        report.addKeyValues(
            { { tr("Enterprise"), a.name + u" ("_s + a.uscc + u")"_s }, { tr("Rule"), a.displayRuleName() },
                { tr("Severity"), risk::RuleStore::severityLabel(a.severity) },
                { tr("Raised"), a.raised.left(16).replace(u'T', u' ') } });
        const std::vector<std::pair<QString, QString>> sides { { u"before"_s, tr("Before") },
            { u"after"_s, tr("After") } };
        for (const auto& [side, label] : sides) {
            const risk::Evidence::Table t = risk::Evidence::table(a.evidence.value(side).toArray());
            if (t.rows.isEmpty())
                report.addParagraph(label + u": "_s + tr("(none)"));
            else {
                report.addParagraph(label + u":"_s);
                report.addTable(t.headers, t.rows, 20);
            }
        }
    }
    ProgressRunner::run<bool>(
        this, tr("Writing the report…"),
        [report, path](const Progress&) {
            report.writePdf(path);
            return true;
        },
        [this, path](
            bool) { m_summary->setText(tr("Report written to %1.").arg(QDir::toNativeSeparators(path))); },
        [this](const QString& error) { QMessageBox::warning(this, tr("Report"), error); });
}

void MonitorView::saveState(Settings& settings) const
{
    settings.set(kUnreadOnly, m_unreadOnly->isChecked());
}

void MonitorView::restoreState(const Settings& settings)
{
    m_unreadOnly->setChecked(settings.get(kUnreadOnly));
}

void MonitorView::prepareScreenshot()
{
    reload();
    if (m_alerts->rowCount() > 0)
        m_alerts->selectRow(0);
}

} // namespace dj::ui
