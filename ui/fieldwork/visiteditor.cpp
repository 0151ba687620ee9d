#include "ui/fieldwork/visiteditor.h"

#include "core/fieldwork/fieldworkstore.h"
#include "core/fieldwork/noteautosaver.h"
#include "core/store/database.h"
#include "core/store/enterprisestore.h"
#include "core/store/storeerror.h"
#include "ui/common/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTime>
#include <QVBoxLayout>
#include <algorithm>

namespace dj::ui {

using fieldwork::Fields;
using fieldwork::RecordKind;

VisitEditor::VisitEditor(fieldwork::FieldWorkStore& store, const QString& cachePath, const QString& visitId,
    const QString& taskId, const QString& uscc, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_cachePath(cachePath)
    , m_visitId(visitId)
    , m_taskId(taskId)
    , m_uscc(uscc)
{
    setObjectName(QStringLiteral("visiteditor"));
    setWindowTitle(tr("Visit record"));
    resize(1100, 680);

    auto* outer = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    head->addWidget(m_title, 1);
    m_savedLabel = new QLabel(tr("Not saved yet"), this);
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    head->addWidget(m_savedLabel);
    outer->addLayout(head);

    auto* split = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(split, 1);
    auto* form = new QWidget(split);
    auto* fl = new QFormLayout(form);
    m_date = new QDateEdit(QDate::currentDate(), form);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    fl->addRow(tr("&Date"), m_date);
    m_kind = new QComboBox(form);
    for (const QString& k : Fields::visitKinds())
        m_kind->addItem(k);
    fl->addRow(tr("&Kind"), m_kind);
    m_visitor = new QLineEdit(form);
    fl->addRow(tr("&Visitor"), m_visitor);
    m_people = new QLineEdit(form);
    m_people->setPlaceholderText(tr("Names and titles as introduced, e.g. 李总（总经理）"));
    fl->addRow(tr("&People met"), m_people);
    m_summary = new QPlainTextEdit(form);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What was discussed. Saved as you type."));
    fl->addRow(tr("&Summary"), m_summary);
    auto* cats = new QWidget(form);
    auto* cl = new QHBoxLayout(cats);
    cl->setContentsMargins(0, 0, 0, 0);
    for (const QString& c : Fields::needCategories()) {
        auto* box = new QCheckBox(c, cats);
        m_categories << box;
        cl->addWidget(box);
    }
    cl->addStretch();
    fl->addRow(tr("Need categories"), cats);
    m_needs = new QPlainTextEdit(form);
    m_needs->setTabChangesFocus(true);
    m_needs->setMaximumHeight(90);
    fl->addRow(tr("N&eeds"), m_needs);
    auto* fu = new QWidget(form);
    auto* fhl = new QHBoxLayout(fu);
    fhl->setContentsMargins(0, 0, 0, 0);
    m_followUp = new QLineEdit(fu);
    m_hasFollowUpDate = new QCheckBox(tr("by"), fu);
    m_followUpDate = new QDateEdit(QDate::currentDate().addDays(14), fu);
    m_followUpDate->setCalendarPopup(true);
    m_followUpDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_followUpDate->setEnabled(false);
    fhl->addWidget(m_followUp, 1);
    fhl->addWidget(m_hasFollowUpDate);
    fhl->addWidget(m_followUpDate);
    fl->addRow(tr("&Follow-up"), fu);
    m_closesTask = new QCheckBox(tr("This visit completes its task"), form);
    fl->addRow(QString(), m_closesTask);

    m_facts = new QTextBrowser(split);
    m_facts->setObjectName(QStringLiteral("facts"));
    m_facts->setOpenLinks(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* history = buttons->addButton(tr("&History…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    outer->addWidget(buttons);
    connect(history, &QPushButton::clicked, this, &VisitEditor::showHistory);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &VisitEditor::saveNow);

    load();

    connect(m_date, &QDateEdit::dateChanged, this,
        [this](QDate d) { changed(QStringLiteral("date"), d.toString(Qt::ISODate)); });
    connect(m_kind, &QComboBox::currentTextChanged, this,
        [this](const QString& t) { changed(QStringLiteral("kind"), t); });
    connect(m_visitor, &QLineEdit::textChanged, this,
        [this](const QString& t) { changed(QStringLiteral("visitor"), t); });
    connect(m_people, &QLineEdit::textChanged, this,
        [this](const QString& t) { changed(QStringLiteral("people"), t); });
    connect(m_summary, &QPlainTextEdit::textChanged, this,
        [this] { changed(QStringLiteral("summary"), m_summary->toPlainText()); });
    connect(m_needs, &QPlainTextEdit::textChanged, this,
        [this] { changed(QStringLiteral("needs"), m_needs->toPlainText()); });
    for (QCheckBox* box : m_categories)
        connect(box, &QCheckBox::toggled, this,
            [this] { changed(QStringLiteral("need_categories"), categoriesText()); });
    connect(m_followUp, &QLineEdit::textChanged, this,
        [this](const QString& t) { changed(QStringLiteral("follow_up"), t); });
    connect(m_hasFollowUpDate, &QCheckBox::toggled, this, [this](bool on) {
        m_followUpDate->setEnabled(on);
        changed(
            QStringLiteral("follow_up_date"), on ? m_followUpDate->date().toString(Qt::ISODate) : QString());
    });
    connect(m_followUpDate, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_hasFollowUpDate->isChecked())
            changed(QStringLiteral("follow_up_date"), d.toString(Qt::ISODate));
    });
    connect(m_closesTask, &QCheckBox::toggled, this, [this](bool on) {
        changed(QStringLiteral("closes_task"), on ? QStringLiteral("1") : QStringLiteral("0"));
    });
    m_summary->setFocus();
}

VisitEditor::~VisitEditor()
{
    saveNow();
}

QString VisitEditor::savedText() const
{
    return m_savedLabel->text();
}

QString VisitEditor::categoriesText() const
{
    QStringList out;
    for (QCheckBox* box : m_categories)
        if (box->isChecked())
            out << box->text();
    return out.join(u'|');
}

void VisitEditor::load()
{
    m_loading = true;
    std::optional<fieldwork::Record> visit;
    if (!m_visitId.isEmpty())
        visit = m_store.record(RecordKind::Visit, m_visitId);
    if (visit) {
        m_uscc = visit->value("uscc");
        m_taskId = visit->value("task_id");
        const QDate d = QDate::fromString(visit->value("date"), Qt::ISODate);
        if (d.isValid())
            m_date->setDate(d);
        m_kind->setCurrentText(visit->value("kind"));
        m_visitor->setText(visit->value("visitor"));
        m_people->setText(visit->value("people"));
        m_summary->setPlainText(visit->value("summary"));
        m_needs->setPlainText(visit->value("needs"));
        const QStringList cats = visit->value("need_categories").split(u'|');
        for (QCheckBox* box : m_categories)
            box->setChecked(cats.contains(box->text()));
        m_followUp->setText(visit->value("follow_up"));
        const QDate fd = QDate::fromString(visit->value("follow_up_date"), Qt::ISODate);
        m_hasFollowUpDate->setChecked(fd.isValid());
        m_followUpDate->setEnabled(fd.isValid());
        if (fd.isValid())
            m_followUpDate->setDate(fd);
        m_closesTask->setChecked(visit->value("closes_task") == u"1");
        // The indicator tells when the record was last written (by anyone); typing updates it.
        QString last = visit->created;
        for (const fieldwork::Stamp& st : visit->stamps)
            last = std::max(last, st.at);
        const QDateTime at = QDateTime::fromString(last, Qt::ISODateWithMs).toLocalTime();
        if (at.isValid())
            m_savedLabel->setText(tr("Saved %1")
                                      .arg(at.date() == QDate::currentDate()
                                              ? at.time().toString(QStringLiteral("HH:mm:ss"))
                                              : at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        else
            m_savedLabel->clear(); // imported before field work kept times
        attachSaver();
    } else {
        m_visitId.clear();
        if (!m_taskId.isEmpty()) {
            if (auto task = m_store.record(RecordKind::Task, m_taskId)) {
                if (m_uscc.isEmpty())
                    m_uscc = task->value("uscc");
            }
        }
        const QString me = Settings::instance().string(Settings::Key::UserName);
        m_visitor->setText(me);
        m_kind->setCurrentIndex(0);
    }
    m_closesTask->setEnabled(!m_taskId.isEmpty());
    m_loading = false;
    loadFacts();
}

void VisitEditor::attachSaver()
{
    // Saves never block typing: a busy cache (an import writing) keeps the text and retries (NoteAutosaver).
    m_saver = std::make_unique<fieldwork::NoteAutosaver>(m_store, RecordKind::Visit, m_visitId);
    connect(m_saver.get(), &fieldwork::NoteAutosaver::created, this,
        [this](const QString& id) { m_visitId = id; });
    connect(m_saver.get(), &fieldwork::NoteAutosaver::saved, this, [this](const QDateTime& at) {
        m_savedLabel->setText(tr("Saved %1").arg(at.time().toString(QStringLiteral("HH:mm:ss"))));
        m_savedLabel->setToolTip({});
        emit visitSaved(m_visitId);
    });
    connect(m_saver.get(), &fieldwork::NoteAutosaver::waiting, this, [this](const QString& why) {
        // The truth: what is on screen is not on disk yet; the last save (if any) is.
        const QDateTime last = m_saver->lastSaved();
        m_savedLabel->setText(last.isValid() ? tr("Waiting to save (the cache is busy); saved %1")
                                                   .arg(last.time().toString(QStringLiteral("HH:mm:ss")))
                                             : tr("Waiting to save (the cache is busy)"));
        m_savedLabel->setToolTip(
            tr("%1\nYour text is kept and saved as soon as the other work ends.").arg(why));
    });
    connect(m_saver.get(), &fieldwork::NoteAutosaver::saveFailed, this,
        [this](const QString& why) { m_savedLabel->setText(tr("Not saved: %1").arg(why)); });
}

void VisitEditor::loadFacts()
{
    QString title = tr("Visit");
    QString html;
    if (!m_uscc.isEmpty()) {
        try {
            auto es = store::openEnterpriseStore(m_cachePath);
            if (auto e = es->enterprise(m_uscc)) {
                title = tr("Visit: %1").arg(e->name);
                html += QStringLiteral("<h3>%1</h3>").arg(e->name.toHtmlEscaped());
                html += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4<br><b>%5</b> %6</p>")
                            .arg(tr("USCC"), e->uscc, tr("Address"), e->address.toHtmlEscaped(),
                                tr("Operating at"),
                                (e->opAddress.isEmpty() ? e->address : e->opAddress).toHtmlEscaped());
                const store::TableRows roles = es->related(m_uscc, store::EnterpriseStore::Related::Roles);
                html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Contact roles"));
                const int nameCol = roles.column(QStringLiteral("name"));
                const int roleCol = roles.column(QStringLiteral("role"));
                for (const QVariantList& r : roles.rows)
                    html += QStringLiteral("<li>%1 · %2</li>")
                                .arg(r.value(roleCol).toString().toHtmlEscaped(),
                                    r.value(nameCol).toString().toHtmlEscaped());
                if (roles.rows.isEmpty())
                    html += QStringLiteral("<li>%1</li>").arg(tr("none recorded"));
                html += QStringLiteral("</ul>");
                const store::TableRows risks = es->related(m_uscc, store::EnterpriseStore::Related::Risks);
                html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Open risks"));
                int open = 0;
                const int kindCol = risks.column(QStringLiteral("kind"));
                const int dateCol = risks.column(QStringLiteral("date"));
                const int detailCol = risks.column(QStringLiteral("detail"));
                const int statusCol = risks.column(QStringLiteral("status"));
                for (const QVariantList& r : risks.rows) {
                    if (r.value(statusCol).toString() != u"有效")
                        continue;
                    ++open;
                    html += QStringLiteral("<li>%1 %2 %3</li>")
                                .arg(r.value(dateCol).toString(), r.value(kindCol).toString().toHtmlEscaped(),
                                    r.value(detailCol).toString().toHtmlEscaped());
                }
                if (!open)
                    html += QStringLiteral("<li>%1</li>").arg(tr("none"));
                html += QStringLiteral("</ul>");
            }
        } catch (const store::StoreError& e) {
            html += QStringLiteral("<p>%1</p>").arg(e.message().toHtmlEscaped());
        }
        // Earlier visits to the same enterprise.
        fieldwork::VisitQuery q;
        q.uscc = m_uscc;
        q.limit = 20;
        const QList<fieldwork::Record> earlier = m_store.visits(q);
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Earlier visits"));
        int shown = 0;
        for (const fieldwork::Record& v : earlier) {
            if (v.id == m_visitId)
                continue;
            ++shown;
            html += QStringLiteral("<li>%1 %2 %3：%4</li>")
                        .arg(v.value("date"), v.value("kind"), v.value("visitor").toHtmlEscaped(),
                            v.value("summary").left(60).toHtmlEscaped());
        }
        if (!shown)
            html += QStringLiteral("<li>%1</li>").arg(tr("none"));
        html += QStringLiteral("</ul>");
    }
    if (!m_taskId.isEmpty())
        if (auto task = m_store.record(RecordKind::Task, m_taskId))
            html = QStringLiteral("<p><b>%1</b> %2 · %3 · %4 %5</p>")
                       .arg(tr("Task"), task->value("reason").toHtmlEscaped(), task->value("status"),
                           tr("due"), task->value("due"))
                + html;
    m_title->setText(title);
    m_facts->setHtml(html);
}

void VisitEditor::changed(const QString& field, const QString& value)
{
    if (m_loading)
        return;
    if (!m_saver)
        attachSaver();
    if (m_visitId.isEmpty()) {
        // The first save creates the record with everything on screen (and what is typed until then).
        m_saver->setInitialValues({
            { QStringLiteral("uscc"), m_uscc },
            { QStringLiteral("task_id"), m_taskId },
            { QStringLiteral("date"), m_date->date().toString(Qt::ISODate) },
            { QStringLiteral("kind"), m_kind->currentText() },
            { QStringLiteral("visitor"), m_visitor->text() },
            { QStringLiteral("people"), m_people->text() },
            { QStringLiteral("summary"), m_summary->toPlainText() },
            { QStringLiteral("needs"), m_needs->toPlainText() },
            { QStringLiteral("need_categories"), categoriesText() },
            { QStringLiteral("follow_up"), m_followUp->text() },
            { QStringLiteral("follow_up_date"),
                m_hasFollowUpDate->isChecked() ? m_followUpDate->date().toString(Qt::ISODate) : QString() },
            { QStringLiteral("closes_task"),
                m_closesTask->isChecked() ? QStringLiteral("1") : QStringLiteral("0") },
        });
    }
    m_saver->setValue(field, value);
}

bool VisitEditor::saveNow()
{
    return !m_saver || m_saver->saveNow();
}

bool VisitEditor::isWaitingToSave() const
{
    return m_saver && m_saver->isWaiting();
}

void VisitEditor::done(int result)
{
    // Leaving never waits either: while the cache is busy (an import writing) the editor stays open with
    // the text, says so, and closes by itself once the text is saved.
    if (m_saver && !m_saver->saveNow() && m_saver->isWaiting()) {
        if (!m_closeWhenSaved) {
            m_closeWhenSaved = true;
            connect(m_saver.get(), &fieldwork::NoteAutosaver::saved, this, [this, result] {
                if (m_closeWhenSaved)
                    QDialog::done(result);
            });
        }
        m_savedLabel->setText(tr("Waiting to save (the cache is busy); closes when saved"));
        return;
    }
    m_closeWhenSaved = false;
    QDialog::done(result);
}

void VisitEditor::showHistory()
{
    saveNow();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("History of this visit"));
    dialog.resize(720, 420);
    auto* lay = new QVBoxLayout(&dialog);
    auto* view = new QTextBrowser(&dialog);
    lay->addWidget(view);
    QString html = QStringLiteral(
        "<table cellpadding=3><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                       .arg(tr("When"), tr("Who"), tr("What"), tr("Field"), tr("Change"));
    for (const fieldwork::HistoryEntry& h : m_store.history(m_visitId)) {
        const QString when = QDateTime::fromString(h.at, Qt::ISODateWithMs)
                                 .toLocalTime()
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QString change;
        if (h.action == u"edit" || h.action == u"merge" || h.action == u"conflict")
            change = h.oldValue.left(80).toHtmlEscaped() + QStringLiteral(" → ")
                + h.newValue.left(80).toHtmlEscaped();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(when, h.author.toHtmlEscaped(), h.action, h.field, change);
    }
    html += QStringLiteral("</table>");
    view->setHtml(html);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    lay->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.exec();
}

} // namespace dj::ui
