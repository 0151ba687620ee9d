#include "ui/fieldwork/fieldworkpanel.h"

#include "core/common/error.h"
#include "core/fieldwork/fieldworkexchange.h"
#include "core/fieldwork/fieldworkstore.h"
#include "core/store/cache.h"
#include "core/store/storeerror.h"
#include "ui/common/appcontext.h"
#include "ui/common/reportwriter.h"
#include "ui/common/settings.h"
#include "ui/fieldwork/boardcolumn.h"
#include "ui/fieldwork/visiteditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dj::ui {

using fieldwork::Fields;
using fieldwork::FieldWorkExchange;
using fieldwork::FieldWorkStore;
using fieldwork::Record;
using fieldwork::RecordKind;

namespace {

constexpr int kVisitIdRole = Qt::UserRole + 1;
constexpr int kUsccRole = Qt::UserRole + 2;

QString cardText(const Record& t)
{
    QString text = t.enterpriseName.isEmpty() ? t.value("uscc") : t.enterpriseName;
    text += u'\n' + t.value("reason");
    QStringList meta;
    if (!t.value("assignee").isEmpty())
        meta << t.value("assignee");
    if (!t.value("due").isEmpty())
        meta << FieldWorkPanel::tr("due %1").arg(t.value("due"));
    if (!t.parkName.isEmpty())
        meta << t.parkName;
    if (!meta.isEmpty())
        text += u'\n' + meta.join(QStringLiteral(" · "));
    return text;
}

bool overdue(const Record& t)
{
    const QDate due = QDate::fromString(t.value("due"), Qt::ISODate);
    return due.isValid() && due < QDate::currentDate() && Fields::isOpenStatus(t.value("status"));
}

} // namespace

FieldWorkPanel::FieldWorkPanel(AppContext& context, QWidget* parent)
    : Panel(context, parent)
{
    auto* outer = new QVBoxLayout(this);

    // ---- actions and the user's name
    auto* actions = new QHBoxLayout;
    auto* newTask = new QPushButton(tr("New &task…"), this);
    auto* newVisit = new QPushButton(tr("New &visit"), this);
    auto* fromSelection = new QPushButton(tr("Tasks from &selection…"), this);
    fromSelection->setToolTip(
        tr("One task per enterprise of the current selection (search result, map selection, "
           "watch list)"));
    auto* exchange = new QToolButton(this);
    exchange->setText(tr("E&xchange"));
    exchange->setPopupMode(QToolButton::InstantPopup);
    auto* exchangeMenu = new QMenu(exchange);
    exchangeMenu->addAction(tr("Export my visits and tasks…"), this, &FieldWorkPanel::exportExchange);
    m_writeActions << exchangeMenu->addAction(
        tr("Merge a colleague's export…"), this, &FieldWorkPanel::mergeFiles);
    exchangeMenu->addSeparator();
    m_writeActions << exchangeMenu->addAction(tr("Deleted records…"), this, &FieldWorkPanel::restoreDeleted);
    exchange->setMenu(exchangeMenu);
    auto* log = new QToolButton(this);
    log->setText(tr("Visit &log"));
    log->setPopupMode(QToolButton::InstantPopup);
    auto* logMenu = new QMenu(log);
    logMenu->addAction(tr("Export to XLSX…"), this, [this] { exportLog(false); });
    logMenu->addAction(tr("PDF visit report…"), this, [this] { exportLog(true); });
    log->setMenu(logMenu);
    m_writeWidgets << newTask << newVisit << fromSelection;
    actions->addWidget(newTask);
    actions->addWidget(newVisit);
    actions->addWidget(fromSelection);
    actions->addWidget(exchange);
    actions->addWidget(log);
    actions->addStretch();
    auto* nameLabel = new QLabel(tr("My &name:"), this);
    m_userName = new QLineEdit(Settings::instance().string(Settings::Key::UserName), this);
    m_userName->setPlaceholderText(tr("for \"my tasks\" and the history"));
    m_userName->setMaximumWidth(160);
    nameLabel->setBuddy(m_userName);
    actions->addWidget(nameLabel);
    actions->addWidget(m_userName);
    outer->addLayout(actions);

    // ---- filters
    auto* filters = new QHBoxLayout;
    auto addFilter = [&](const QString& label, QComboBox*& box) {
        auto* l = new QLabel(label, this);
        box = new QComboBox(this);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        l->setBuddy(box);
        filters->addWidget(l);
        filters->addWidget(box);
    };
    addFilter(tr("&Assignee"), m_assignee);
    addFilter(tr("&Due"), m_due);
    m_due->addItem(tr("Any time"), QString());
    m_due->addItem(tr("Overdue"), QStringLiteral("overdue"));
    m_due->addItem(tr("This week"), QStringLiteral("week"));
    m_due->addItem(tr("Next 30 days"), QStringLiteral("30"));
    addFilter(tr("&Reason"), m_reason);
    addFilter(tr("&Park"), m_park);
    filters->addStretch();
    addFilter(tr("Vie&w"), m_view);
    m_view->addItem(tr("Board by status"));
    m_view->addItem(tr("List by due date"));
    outer->addLayout(filters);

    // ---- this week's visits
    auto* week = new QHBoxLayout;
    auto* weekLabel = new QLabel(tr("This week:"), this);
    week->addWidget(weekLabel);
    for (int d = 0; d < 7; ++d) {
        auto* b = new QToolButton(this);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        b->setCheckable(true);
        b->setAutoExclusive(false);
        m_days << b;
        week->addWidget(b, 1);
        connect(b, &QToolButton::clicked, this, [this, d] {
            const QDate monday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
            m_focusDay = monday.addDays(d);
            m_focusUscc.clear();
            reload();
        });
    }
    outer->addLayout(week);

    // ---- board / list | history
    m_split = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(m_split, 1);
    m_stack = new QStackedWidget(m_split);
    auto* board = new QWidget(m_stack);
    auto* bl = new QHBoxLayout(board);
    bl->setContentsMargins(0, 0, 0, 0);
    for (const QString& status : Fields::taskStatuses()) {
        auto* col = new QWidget(board);
        auto* cl = new QVBoxLayout(col);
        cl->setContentsMargins(0, 0, 0, 0);
        auto* title = new QLabel(status, col);
        title->setAlignment(Qt::AlignCenter);
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
        auto* list = new BoardColumn(status, col);
        title->setBuddy(list);
        cl->addWidget(title);
        cl->addWidget(list, 1);
        bl->addWidget(col, 1);
        m_columns << list;
        m_columnTitles << title;
        connect(list, &BoardColumn::taskDropped, this, &FieldWorkPanel::setTaskStatus);
        connect(list, &BoardColumn::moveRequested, this, [this](const QString& id, int direction) {
            const auto t = m_store ? m_store->record(RecordKind::Task, id) : std::nullopt;
            if (!t)
                return;
            const int i = int(Fields::taskStatuses().indexOf(t->value("status")));
            const int j = std::clamp(i + direction, 0, int(Fields::taskStatuses().size()) - 1);
            if (j != i && setTaskStatus(id, Fields::taskStatuses()[j])) {
                m_columns[j]->setFocus();
                for (int r = 0; r < m_columns[j]->count(); ++r)
                    if (m_columns[j]->item(r)->data(BoardColumn::kTaskIdRole).toString() == id)
                        m_columns[j]->setCurrentRow(r);
            }
        });
        connect(list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
            if (item)
                showEnterprise(item->data(kUsccRole).toString());
        });
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            taskActivated(item->data(BoardColumn::kTaskIdRole).toString());
        });
    }
    m_stack->addWidget(board);
    m_list = new QTreeWidget(m_stack);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        { tr("Due"), tr("Status"), tr("Enterprise"), tr("Reason"), tr("Assignee"), tr("Park") });
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_stack->addWidget(m_list);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            showEnterprise(item->data(0, kUsccRole).toString());
    });
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { taskActivated(item->data(0, BoardColumn::kTaskIdRole).toString()); });

    auto* side = new QWidget(m_split);
    auto* sl = new QVBoxLayout(side);
    sl->setContentsMargins(0, 0, 0, 0);
    m_historyTitle = new QLabel(side);
    m_historyTitle->setWordWrap(true);
    QFont hf = m_historyTitle->font();
    hf.setBold(true);
    m_historyTitle->setFont(hf);
    m_history = new QListWidget(side);
    m_history->setObjectName(QStringLiteral("visitHistory"));
    m_history->setWordWrap(true);
    m_history->setAlternatingRowColors(true);
    m_history->setResizeMode(QListView::Adjust); // wrapped lines re-flow with the pane's width
    m_historyTitle->setBuddy(m_history);
    auto* sideButtons = new QHBoxLayout;
    auto* open = new QPushButton(tr("&Open"), side);
    auto* del = new QPushButton(tr("De&lete"), side);
    m_writeWidgets << open << del;
    sideButtons->addWidget(open);
    sideButtons->addWidget(del);
    sideButtons->addStretch();
    sl->addWidget(m_historyTitle);
    sl->addWidget(m_history, 1);
    sl->addLayout(sideButtons);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({ 860, 340 });
    connect(m_history, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { openEditor(item->data(kVisitIdRole).toString(), {}, {}); });
    connect(open, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_history->currentItem())
            openEditor(item->data(kVisitIdRole).toString(), {}, {});
    });
    connect(del, &QPushButton::clicked, this, &FieldWorkPanel::deleteVisit);

    connect(newTask, &QPushButton::clicked, this, &FieldWorkPanel::newTask);
    connect(newVisit, &QPushButton::clicked, this, [this] {
        const QString task = selectedTaskId();
        openEditor({}, task, task.isEmpty() ? m_focusUscc : QString());
    });
    connect(fromSelection, &QPushButton::clicked, this, &FieldWorkPanel::generateFromSelection);
    connect(m_userName, &QLineEdit::editingFinished, this, [this] {
        Settings::instance().setValue(Settings::Key::UserName, m_userName->text().trimmed());
        if (m_store)
            m_store->setAuthor(m_userName->text().trimmed());
        fillFilters();
        reload();
    });
    for (QComboBox* box : { m_assignee, m_due, m_reason, m_park })
        connect(box, &QComboBox::activated, this, [this] { reload(); });
    connect(m_view, &QComboBox::currentIndexChanged, m_stack, &QStackedWidget::setCurrentIndex);

    connect(&context, &AppContext::cacheChanged, this, &FieldWorkPanel::openCache);
    connect(&context, &AppContext::visitTaskRequested, this,
        [this](const QStringList& usccs, const QString& reason) {
            if (reason.isEmpty())
                addToTask(usccs);
            else
                addToVisitTasks(usccs, reason);
        });
    // A building page (or any panel) asks for a visit: the history of the enterprise and the editor.
    connect(&context, &AppContext::fieldWorkRequested, this,
        [this](const QString& uscc, const QString& visitId, const QString& taskId) {
            if (!uscc.isEmpty())
                showEnterprise(uscc);
            openEditor(visitId, taskId, visitId.isEmpty() && taskId.isEmpty() ? uscc : QString());
        });
    if (!context.cachePath().isEmpty())
        openCache(context.cachePath());
}

FieldWorkPanel::~FieldWorkPanel()
{
    delete m_editor; // saves what is pending while the store still exists
}

BoardColumn* FieldWorkPanel::column(const QString& status) const
{
    for (BoardColumn* c : m_columns)
        if (c->status() == status)
            return c;
    return nullptr;
}

void FieldWorkPanel::openCache(const QString& path)
{
    delete m_editor;
    m_store.reset();
    m_db = store::Database();
    m_cachePath = path;
    // A cache on read-only media is shown, not changed: the writing buttons are off and the writes refused.
    m_readOnly = context().isReadOnly();
    for (QWidget* w : std::as_const(m_writeWidgets))
        w->setEnabled(!m_readOnly);
    for (QAction* a : std::as_const(m_writeActions))
        a->setEnabled(!m_readOnly);
    try {
        // The panel's own connection on the GUI thread: autosaves are small transactions of their own.
        m_db = store::Cache::open(
            path, m_readOnly ? store::Cache::Access::ReadOnly : store::Cache::Access::ReadWrite);
        m_store = std::make_unique<FieldWorkStore>(m_db);
        m_store->setAuthor(Settings::instance().string(Settings::Key::UserName));
    } catch (const store::StoreError& e) {
        emit statusMessage(e.message());
        m_store.reset();
    }
    fillFilters();
    reload();
}

void FieldWorkPanel::fillFilters()
{
    if (!m_store)
        return;
    const QString assignee = m_assignee->currentData().toString();
    const QString reason = m_reason->currentData().toString();
    const QString park = m_park->currentData().toString();
    m_assignee->clear();
    m_assignee->addItem(tr("Everyone"), QString());
    const QString me = Settings::instance().string(Settings::Key::UserName);
    if (!me.isEmpty())
        m_assignee->addItem(tr("My tasks (%1)").arg(me), me);
    for (const QString& a : m_store->assignees())
        if (a != me)
            m_assignee->addItem(a, a);
    m_reason->clear();
    m_reason->addItem(tr("Any reason"), QString());
    for (const QString& r : m_store->reasons())
        m_reason->addItem(r, r);
    m_park->clear();
    m_park->addItem(tr("Any park"), QString());
    for (const auto& [id, name] : m_store->parks())
        m_park->addItem(name, id);
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(assignee)));
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(reason)));
    m_park->setCurrentIndex(std::max(0, m_park->findData(park)));
}

void FieldWorkPanel::reload()
{
    const QString selected = selectedTaskId();
    for (BoardColumn* c : m_columns)
        c->clear();
    m_list->clear();
    if (!m_store) {
        m_history->clear();
        m_historyTitle->setText(tr("Open a cache to see visit tasks."));
        return;
    }
    fieldwork::TaskQuery q;
    q.assignee = m_assignee->currentData().toString();
    q.reason = m_reason->currentData().toString();
    q.parkId = m_park->currentData().toString();
    const QString due = m_due->currentData().toString();
    const QDate today = QDate::currentDate();
    if (due == u"overdue")
        q.overdueOnly = true;
    else if (due == u"week") {
        q.dueFrom = today.addDays(1 - today.dayOfWeek());
        q.dueTo = q.dueFrom.addDays(6);
    } else if (due == u"30") {
        q.dueFrom = today;
        q.dueTo = today.addDays(30);
    }
    const QList<Record> tasks = m_store->tasks(q);
    QHash<QString, int> counts;
    for (const Record& t : tasks) {
        const QString status = t.value("status").isEmpty() ? QStringLiteral("待办") : t.value("status");
        counts[status]++;
        if (BoardColumn* col = column(status)) {
            auto* item = new QListWidgetItem(cardText(t), col);
            item->setData(BoardColumn::kTaskIdRole, t.id);
            item->setData(kUsccRole, t.value("uscc"));
            item->setToolTip(t.value("uscc"));
            if (overdue(t)) {
                item->setForeground(QColor(0xb0, 0x20, 0x20));
                item->setText(item->text() + QStringLiteral(" · ") + tr("overdue"));
            }
            if (t.id == selected)
                col->setCurrentItem(item);
        }
        auto* row = new QTreeWidgetItem(m_list,
            { t.value("due"), status, t.enterpriseName.isEmpty() ? t.value("uscc") : t.enterpriseName,
                t.value("reason"), t.value("assignee"), t.parkName });
        row->setData(0, BoardColumn::kTaskIdRole, t.id);
        row->setData(0, kUsccRole, t.value("uscc"));
        if (overdue(t))
            row->setForeground(0, QColor(0xb0, 0x20, 0x20));
    }
    for (int i = 0; i < m_columns.size(); ++i)
        m_columnTitles[i]->setText(
            QStringLiteral("%1 (%2)").arg(m_columns[i]->status()).arg(counts.value(m_columns[i]->status())));
    fillWeek();

    // The history pane: the enterprise in focus, or the day chosen in the week strip.
    m_history->clear();
    fieldwork::VisitQuery vq;
    if (!m_focusUscc.isEmpty()) {
        vq.uscc = m_focusUscc;
    } else if (m_focusDay.isValid()) {
        vq.from = vq.to = m_focusDay;
    } else {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        vq.from = monday;
        vq.to = monday.addDays(6);
    }
    const QList<Record> visits = m_store->visits(vq);
    QString name;
    for (const Record& v : visits) {
        if (!v.enterpriseName.isEmpty())
            name = v.enterpriseName;
        auto* item = new QListWidgetItem(visitText(v, m_focusUscc.isEmpty()), m_history);
        item->setData(kVisitIdRole, v.id);
    }
    if (!m_focusUscc.isEmpty()) {
        if (name.isEmpty()) {
            fieldwork::TaskQuery tq;
            tq.uscc = m_focusUscc;
            const QList<Record> own = m_store->tasks(tq);
            name = own.isEmpty() ? m_focusUscc : own.first().enterpriseName;
        }
        m_historyTitle->setText(tr("Visit history of %1 (%2 visits)").arg(name).arg(visits.size()));
    } else if (m_focusDay.isValid()) {
        m_historyTitle->setText(
            tr("Visits on %1 (%2)").arg(m_focusDay.toString(Qt::ISODate)).arg(visits.size()));
    } else {
        m_historyTitle->setText(tr("Visits this week (%1)").arg(visits.size()));
    }
}

void FieldWorkPanel::fillWeek()
{
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    fieldwork::VisitQuery q;
    q.from = monday;
    q.to = monday.addDays(6);
    QHash<QString, QStringList> byDay;
    if (m_store)
        for (const Record& v : m_store->visits(q))
            byDay[v.value("date")] << (v.enterpriseName.isEmpty() ? v.value("uscc") : v.enterpriseName);
    for (int d = 0; d < 7; ++d) {
        const QDate day = monday.addDays(d);
        const QStringList names = byDay.value(day.toString(Qt::ISODate));
        QString text = QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat) + u' '
            + day.toString(QStringLiteral("MM-dd"));
        text += u'\n' + (names.isEmpty() ? tr("no visits") : tr("%n visit(s)", nullptr, int(names.size())));
        m_days[d]->setText(text);
        m_days[d]->setToolTip(names.join(u'\n'));
        m_days[d]->setChecked(day == m_focusDay);
        QFont f = m_days[d]->font();
        f.setBold(day == today);
        m_days[d]->setFont(f);
    }
}

QString FieldWorkPanel::selectedTaskId() const
{
    if (m_stack->currentIndex() == 1) {
        if (QTreeWidgetItem* item = m_list->currentItem())
            return item->data(0, BoardColumn::kTaskIdRole).toString();
        return {};
    }
    for (BoardColumn* c : m_columns)
        if (c->hasFocus() && c->currentItem())
            return c->currentItem()->data(BoardColumn::kTaskIdRole).toString();
    for (BoardColumn* c : m_columns)
        if (c->currentItem() && c->currentItem()->isSelected())
            return c->currentItem()->data(BoardColumn::kTaskIdRole).toString();
    return {};
}

void FieldWorkPanel::showEnterprise(const QString& uscc)
{
    if (uscc.isEmpty() || uscc == m_focusUscc)
        return;
    m_focusUscc = uscc;
    m_focusDay = QDate();
    // Only the side pane: the board keeps its selection.
    fieldwork::VisitQuery vq;
    vq.uscc = uscc;
    m_history->clear();
    const QList<Record> visits = m_store ? m_store->visits(vq) : QList<Record>();
    QString name = uscc;
    for (const Record& v : visits) {
        if (!v.enterpriseName.isEmpty())
            name = v.enterpriseName;
        auto* item = new QListWidgetItem(visitText(v, false), m_history);
        item->setData(kVisitIdRole, v.id);
    }
    if (visits.isEmpty() && m_store) {
        fieldwork::TaskQuery tq;
        tq.uscc = uscc;
        const QList<Record> own = m_store->tasks(tq);
        if (!own.isEmpty() && !own.first().enterpriseName.isEmpty())
            name = own.first().enterpriseName;
    }
    m_historyTitle->setText(tr("Visit history of %1 (%2 visits)").arg(name).arg(visits.size()));
    for (QToolButton* b : m_days)
        b->setChecked(false);
}

void FieldWorkPanel::taskActivated(const QString& taskId)
{
    if (!taskId.isEmpty())
        openEditor({}, taskId, {});
}

void FieldWorkPanel::showSavedVisit(const QString& visitId)
{
    if (!m_store || visitId.isEmpty())
        return;
    std::optional<Record> v;
    try {
        v = m_store->record(RecordKind::Visit, visitId);
    } catch (const dj::Error&) {
        return; // a busy or closed cache: the pane catches up when the editor closes (reload)
    }
    if (!v)
        return;
    for (int i = 0; i < m_history->count(); ++i) {
        QListWidgetItem* item = m_history->item(i);
        if (item->data(kVisitIdRole).toString() == visitId) {
            item->setText(visitText(*v, m_focusUscc.isEmpty()));
            return;
        }
    }
    if (!m_focusUscc.isEmpty() && v->value("uscc") == m_focusUscc) {
        auto* item = new QListWidgetItem(visitText(*v, false));
        item->setData(kVisitIdRole, v->id);
        m_history->insertItem(0, item);
    }
}

QString FieldWorkPanel::visitText(const Record& v, bool withEnterprise)
{
    QString text = QStringLiteral("%1  %2  %3").arg(v.value("date"), v.value("kind"), v.value("visitor"));
    if (withEnterprise)
        text += QStringLiteral("  ") + v.enterpriseName;
    if (!v.value("people").isEmpty())
        text += u'\n' + tr("Met: %1").arg(v.value("people"));
    text += u'\n' + v.value("summary");
    if (!v.value("needs").isEmpty() || !v.value("need_categories").isEmpty())
        text += u'\n' + tr("Needs: %1 %2").arg(v.value("need_categories"), v.value("needs"));
    if (!v.value("follow_up").isEmpty())
        text += u'\n' + tr("Follow-up: %1 %2").arg(v.value("follow_up"), v.value("follow_up_date"));
    return text;
}

bool FieldWorkPanel::refuseReadOnly()
{
    if (!m_readOnly)
        return false;
    emit statusMessage(
        tr("The cache is open read-only: visits and tasks can be read and exported, not changed."));
    return true;
}

VisitEditor* FieldWorkPanel::openEditor(const QString& visitId, const QString& taskId, const QString& uscc)
{
    if (!m_store || refuseReadOnly())
        return nullptr;
    if (m_editor && m_editor->isWaitingToSave()) {
        // Its text waits for a busy cache (an import writing): replacing it now would have to wait too.
        m_editor->raise();
        emit statusMessage(tr("The open visit waits for the cache to save it; open the next one when it is "
                              "saved."));
        return nullptr;
    }
    delete m_editor;
    m_editor = new VisitEditor(*m_store, m_cachePath, visitId, taskId, uscc, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &QDialog::finished, this, [this] { reload(); });
    // While the editor stays open, its saves show in the history pane at once: the saved visit's line is
    // rewritten from the store (one record read), a new visit of the enterprise in focus is added on top.
    connect(m_editor, &VisitEditor::visitSaved, this, [this](const QString& id) { showSavedVisit(id); });
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
    return m_editor;
}

bool FieldWorkPanel::setTaskStatus(const QString& taskId, const QString& status)
{
    if (!m_store || refuseReadOnly())
        return false;
    try {
        m_store->update(RecordKind::Task, taskId, { { QStringLiteral("status"), status } });
    } catch (const fieldwork::FieldWorkError& e) {
        QMessageBox::warning(this, tr("Visit tasks"), e.message());
        return false;
    } catch (const store::StoreError& e) {
        QMessageBox::warning(this, tr("Visit tasks"), e.message());
        return false;
    }
    emit statusMessage(tr("Task moved to %1").arg(status));
    reload();
    return true;
}

void FieldWorkPanel::newTask()
{
    if (!m_store || refuseReadOnly())
        return;
    QDialog d(this);
    d.setWindowTitle(tr("New visit task"));
    auto* form = new QFormLayout(&d);
    auto* uscc = new QLineEdit(m_focusUscc, &d);
    auto* reason = new QComboBox(&d);
    reason->setEditable(true);
    reason->addItems(m_store->reasons());
    auto* assignee = new QLineEdit(Settings::instance().string(Settings::Key::UserName), &d);
    auto* due = new QDateEdit(QDate::currentDate().addDays(14), &d);
    due->setCalendarPopup(true);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Enterprise (USCC)"), uscc);
    form->addRow(tr("Reason"), reason);
    form->addRow(tr("Assignee"), assignee);
    form->addRow(tr("Due"), due);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    if (d.exec() != QDialog::Accepted)
        return;
    try {
        m_store->createTask({ { QStringLiteral("uscc"), uscc->text().trimmed() },
            { QStringLiteral("reason"), reason->currentText().trimmed() },
            { QStringLiteral("assignee"), assignee->text().trimmed() },
            { QStringLiteral("due"), due->date().toString(Qt::ISODate) } });
    } catch (const fieldwork::FieldWorkError& e) {
        QMessageBox::warning(this, tr("New visit task"), e.message());
        return;
    }
    fillFilters();
    reload();
}

void FieldWorkPanel::addToVisitTasks(const QStringList& usccs, const QString& reason)
{
    if (!m_store || usccs.isEmpty() || refuseReadOnly())
        return;
    try {
        const QString me = Settings::instance().string(Settings::Key::UserName);
        QHash<QString, QString> defaults;
        if (!me.isEmpty())
            defaults.insert(QStringLiteral("assignee"), me);
        defaults.insert(QStringLiteral("due"), QDate::currentDate().addDays(30).toString(Qt::ISODate));
        const auto g = m_store->generateTasks(usccs, reason, defaults);
        QMessageBox::information(this, tr("Visit tasks"),
            tr("%1 tasks created; %2 enterprises already had an open task with this reason; %3 not in the "
               "cache.")
                .arg(g.created.size())
                .arg(g.alreadyOpen.size())
                .arg(g.unknown.size()));
    } catch (const fieldwork::FieldWorkError& e) {
        QMessageBox::warning(this, tr("Visit tasks"), e.message());
    }
    fillFilters();
    reload();
}

void FieldWorkPanel::generateFromSelection()
{
    const QStringList usccs = context().selection();
    if (usccs.isEmpty()) {
        QMessageBox::information(this, tr("Visit tasks"),
            tr("Select enterprises first: a search result, a map selection or a watch list."));
        return;
    }
    addToTask(usccs);
}

void FieldWorkPanel::addToTask(const QStringList& usccs)
{
    if (usccs.isEmpty() || refuseReadOnly())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getItem(this, tr("Tasks from selection"),
        tr("Reason for visiting these %n enterprise(s):", nullptr, int(usccs.size())),
        { tr("Relocation risk check"), tr("Potential high-tech enterprise"), tr("Potential specialised SME"),
            tr("Search result follow-up"), tr("Map selection visit") },
        0, true, &ok);
    if (ok && !reason.trimmed().isEmpty())
        addToVisitTasks(usccs, reason.trimmed());
}

void FieldWorkPanel::exportExchange()
{
    if (!m_store)
        return;
    Settings& settings = Settings::instance();
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Export visits and tasks to folder"), settings.string(Settings::Key::LastExportDir));
    if (dir.isEmpty())
        return;
    settings.setValue(Settings::Key::LastExportDir, dir);
    try {
        const auto r = FieldWorkExchange::exportTo(*m_store, dir);
        QMessageBox::information(this, tr("Export"),
            tr("%1 visits and %2 tasks written to %3 (visits.csv, tasks.csv, fieldwork.xlsx).")
                .arg(r.visits)
                .arg(r.tasks)
                .arg(QDir::toNativeSeparators(dir)));
    } catch (const fieldwork::FieldWorkError& e) {
        QMessageBox::warning(this, tr("Export"), e.message());
    }
}

void FieldWorkPanel::mergeFiles()
{
    if (!m_store || refuseReadOnly())
        return;
    Settings& settings = Settings::instance();
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Merge a colleague's export"),
        settings.string(Settings::Key::LastImportDir), tr("Visits and tasks (visits.csv tasks.csv *.xlsx)"));
    if (files.isEmpty())
        return;
    settings.setValue(Settings::Key::LastImportDir, QFileInfo(files.first()).absolutePath());
    try {
        const fieldwork::MergeReport r = FieldWorkExchange::merge(*m_store, files);
        QString text = tr("%1 records added, %2 updated, %3 unchanged.")
                           .arg(r.added.size())
                           .arg(r.updated.size())
                           .arg(r.unchanged);
        if (!r.conflicts.isEmpty()) {
            text += u'\n'
                + tr("%n field(s) were edited on both sides; the later edit was kept and the other is in "
                     "the record's history:",
                    nullptr, int(r.conflicts.size()));
            for (const fieldwork::Conflict& c : r.conflicts.mid(0, 20))
                text += QStringLiteral("\n• %1 %2: “%3” (%4) ← “%5” (%6)")
                            .arg(c.id.left(8), c.field, c.kept.left(40), c.keptBy, c.other.left(40),
                                c.otherBy);
        }
        QMessageBox::information(this, tr("Merge"), text);
    } catch (const fieldwork::FieldWorkError& e) {
        QMessageBox::warning(this, tr("Merge"), tr("Nothing was merged: %1").arg(e.message()));
    }
    fillFilters();
    reload();
}

void FieldWorkPanel::exportLog(bool pdf)
{
    if (!m_store)
        return;
    // Scope: the enterprise in focus, a park, or a date range.
    QDialog d(this);
    d.setWindowTitle(pdf ? tr("PDF visit report") : tr("Visit log"));
    auto* form = new QFormLayout(&d);
    auto* byEnterprise = new QRadioButton(tr("The enterprise in focus"), &d);
    auto* byPark = new QRadioButton(tr("A park"), &d);
    auto* byDates = new QRadioButton(tr("All visits between"), &d);
    auto* park = new QComboBox(&d);
    for (const auto& [id, name] : m_store->parks())
        park->addItem(name, id);
    auto* from = new QDateEdit(QDate::currentDate().addMonths(-1), &d);
    auto* to = new QDateEdit(QDate::currentDate(), &d);
    for (QDateEdit* e : { from, to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    byEnterprise->setEnabled(!m_focusUscc.isEmpty());
    (m_focusUscc.isEmpty() ? byDates : byEnterprise)->setChecked(true);
    form->addRow(byEnterprise);
    form->addRow(byPark, park);
    auto* range = new QHBoxLayout;
    range->addWidget(from);
    range->addWidget(to);
    form->addRow(byDates, range);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    if (d.exec() != QDialog::Accepted)
        return;
    fieldwork::VisitQuery q;
    QString scope;
    if (byEnterprise->isChecked()) {
        q.uscc = m_focusUscc;
        scope = m_historyTitle->text();
    } else if (byPark->isChecked()) {
        q.parkId = park->currentData().toString();
        scope = park->currentText();
    } else {
        q.from = from->date();
        q.to = to->date();
        scope = tr("%1 to %2").arg(from->date().toString(Qt::ISODate), to->date().toString(Qt::ISODate));
    }
    const QList<Record> visits = m_store->visits(q);
    Settings& settings = Settings::instance();
    const QString dir = settings.string(Settings::Key::LastExportDir).isEmpty()
        ? QDir::homePath()
        : settings.string(Settings::Key::LastExportDir);
    const QString path
        = QFileDialog::getSaveFileName(this, pdf ? tr("Save PDF visit report") : tr("Save visit log"),
            QDir(dir).filePath(pdf ? tr("Visit report.pdf") : tr("Visit log.xlsx")),
            pdf ? tr("PDF (*.pdf)") : tr("Excel (*.xlsx)"));
    if (path.isEmpty())
        return;
    settings.setValue(Settings::Key::LastExportDir, QFileInfo(path).absolutePath());
    writeVisitLog(visits, scope, path);
}

void FieldWorkPanel::writeVisitLog(const QList<Record>& visits, const QString& scope, const QString& path)
{
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        ReportWriter report(tr("Visit report"));
        report.addTitle(tr("Visit report"),
            tr("Scope: %1").arg(scope) + u'\n'
                + tr("Generated %1, %n visit(s)", nullptr, int(visits.size()))
                      .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        for (const Record& v : visits) {
            report.addHeading(
                QStringLiteral("%1 %2 · %3").arg(v.value("date"), v.enterpriseName, v.value("kind")));
            QList<QPair<QString, QString>> rows;
            const auto row = [&rows](const QString& label, const QString& value) {
                if (!value.isEmpty())
                    rows.append({ label, value });
            };
            row(tr("Visitor"), v.value("visitor"));
            row(tr("People met"), v.value("people"));
            row(tr("Summary"), v.value("summary"));
            row(tr("Needs"), (v.value("need_categories") + u' ' + v.value("needs")).trimmed());
            row(tr("Follow-up"), (v.value("follow_up") + u' ' + v.value("follow_up_date")).trimmed());
            report.addKeyValues(rows);
        }
        try {
            report.writePdf(path);
        } catch (const dj::Error& e) {
            QMessageBox::warning(this, tr("Visit report"), e.message());
            return;
        }
        emit statusMessage(tr("Visit report written to %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    try {
        FieldWorkExchange::writeVisitLog(visits, path);
        emit statusMessage(tr("Visit log written to %1").arg(QDir::toNativeSeparators(path)));
    } catch (const fieldwork::FieldWorkError& e) {
        QMessageBox::warning(this, tr("Visit log"), e.message());
    }
}

void FieldWorkPanel::deleteVisit()
{
    QListWidgetItem* item = m_history->currentItem();
    if (!m_store || !item || refuseReadOnly())
        return;
    try {
        m_store->remove(RecordKind::Visit, item->data(kVisitIdRole).toString());
    } catch (const fieldwork::FieldWorkError& e) {
        QMessageBox::warning(this, tr("Visit tasks"), e.message());
    }
    emit statusMessage(tr("Visit deleted; Exchange → Deleted records… restores it."));
    const QString focus = m_focusUscc;
    m_focusUscc.clear();
    if (!focus.isEmpty())
        showEnterprise(focus);
    else
        reload();
}

void FieldWorkPanel::restoreDeleted()
{
    if (!m_store || refuseReadOnly())
        return;
    QDialog d(this);
    d.setWindowTitle(tr("Deleted records"));
    d.resize(640, 400);
    auto* lay = new QVBoxLayout(&d);
    auto* list = new QListWidget(&d);
    for (RecordKind kind : { RecordKind::Visit, RecordKind::Task })
        for (const Record& r : m_store->deletedRecords(kind)) {
            const QString text = kind == RecordKind::Visit
                ? tr("Visit %1 %2: %3").arg(r.value("date"), r.value("uscc"), r.value("summary").left(50))
                : tr("Task %1: %2").arg(r.value("uscc"), r.value("reason"));
            auto* item = new QListWidgetItem(text, list);
            item->setData(kVisitIdRole, r.id);
            item->setData(kUsccRole, kind == RecordKind::Visit ? 0 : 1);
        }
    lay->addWidget(list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &d);
    QPushButton* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    lay->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    connect(restore, &QPushButton::clicked, &d, [this, list] {
        QListWidgetItem* item = list->currentItem();
        if (!item)
            return;
        m_store->restore(item->data(kUsccRole).toInt() ? RecordKind::Task : RecordKind::Visit,
            item->data(kVisitIdRole).toString());
        delete item;
    });
    d.exec();
    reload();
}

namespace {
// The remembered state (typed keys: a missing or invalid value reads as the default).
const Settings::PanelKey<int> kView { "fieldwork", "view", 0, [](const int& v) { return v == 0 || v == 1; } };
const Settings::PanelKey<QString> kAssignee { "fieldwork", "assignee", {} };
const Settings::PanelKey<QString> kDue { "fieldwork", "due", {},
    [](const QString& v) { return v.isEmpty() || v == u"overdue" || v == u"week" || v == u"30"; } };
const Settings::PanelKey<QString> kReason { "fieldwork", "reason", {} };
const Settings::PanelKey<QString> kPark { "fieldwork", "park", {} };
const Settings::PanelKey<QByteArray> kSplit { "fieldwork", "split", {} };
} // namespace

void FieldWorkPanel::saveState(Settings& settings) const
{
    settings.set(kView, m_view->currentIndex());
    settings.set(kAssignee, m_assignee->currentData().toString());
    settings.set(kDue, m_due->currentData().toString());
    settings.set(kReason, m_reason->currentData().toString());
    settings.set(kPark, m_park->currentData().toString());
    settings.set(kSplit, m_split->saveState());
}

void FieldWorkPanel::restoreState(const Settings& settings)
{
    m_view->setCurrentIndex(settings.get(kView));
    auto pick = [&](QComboBox* box, const Settings::PanelKey<QString>& key) {
        const int i = box->findData(settings.get(key));
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    pick(m_assignee, kAssignee);
    pick(m_due, kDue);
    pick(m_reason, kReason);
    pick(m_park, kPark);
    m_split->restoreState(settings.get(kSplit));
    reload();
}

namespace {
// For screenshots: the visit with the most to show (people met and a summary), newest first.
std::optional<Record> showcaseVisit(const FieldWorkStore& store)
{
    fieldwork::VisitQuery q;
    q.limit = 500;
    const QList<Record> visits = store.visits(q);
    for (const Record& v : visits)
        if (!v.value("people").isEmpty() && !v.value("summary").isEmpty() && !v.value("visitor").isEmpty())
            return v;
    if (!visits.isEmpty())
        return visits.first();
    return std::nullopt;
}
} // namespace

void FieldWorkPanel::prepareScreenshot()
{
    reload();
    // An enterprise with visits in focus, so that the side shows a visit history.
    if (!m_store)
        return;
    if (const auto v = showcaseVisit(*m_store))
        showEnterprise(v->value("uscc"));
}

QList<QWidget*> FieldWorkPanel::screenshotExtras()
{
    if (!m_store)
        return {};
    const auto v = showcaseVisit(*m_store);
    VisitEditor* editor = openEditor(v ? v->id : QString(), {}, v ? v->value("uscc") : QString());
    if (!editor)
        return {};
    return { editor };
}

} // namespace dj::ui
