#include "ui/hometown/registerview.h"

#include "core/io/tablewriter.h"
#include "core/store/cache.h"
#include "core/store/personreads.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace dj::ui {

RegisterView::RegisterView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Register:"), this));
    m_register = new QComboBox(this);
    m_register->setEditable(false);
    m_register->setMinimumWidth(220);
    top->addWidget(m_register);
    m_summary = new QLabel(this);
    top->addWidget(m_summary, 1);
    auto* status = new QPushButton(tr("Set status…"), this);
    auto* contact = new QPushButton(tr("Log contact…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    for (QPushButton* b : { status, contact, remove, exportButton })
        top->addWidget(b);
    m_writeButtons = { status, contact, remove };
    layout->addLayout(top);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({ tr("Person ID"), tr("Name"), tr("ID number (masked)"), tr("Role"),
        tr("Status"), tr("Joined"), tr("Contacts"), tr("Note") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    // The selected member's contact log (date, kind, what was agreed), newest first.
    auto* logBox = new QWidget(this);
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    m_logTitle = new QLabel(tr("Contact log: select a member."), logBox);
    logLayout->addWidget(m_logTitle);
    m_log = new QTableWidget(logBox);
    m_log->setObjectName(QStringLiteral("contactLog"));
    m_log->setColumnCount(3);
    m_log->setHorizontalHeaderLabels({ tr("Date"), tr("Kind"), tr("Note") });
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->verticalHeader()->hide();
    m_log->verticalHeader()->setDefaultSectionSize(24);
    logLayout->addWidget(m_log, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(logBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RegisterView::showContacts);
    connect(m_register, &QComboBox::currentTextChanged, this, [this] { showRegister(); });
    connect(status, &QPushButton::clicked, this, &RegisterView::setStatus);
    connect(contact, &QPushButton::clicked, this, &RegisterView::addContact);
    connect(remove, &QPushButton::clicked, this, &RegisterView::removeSelected);
    connect(exportButton, &QPushButton::clicked, this, &RegisterView::exportTable);
}

void RegisterView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QPushButton* b : std::as_const(m_writeButtons))
        b->setEnabled(!readOnly);
}

void RegisterView::setCache(const QString& path)
{
    m_cache = path;
    reload();
}

QStringList RegisterView::registers() const
{
    QStringList out;
    for (int i = 0; i < m_register->count(); ++i)
        out << m_register->itemText(i);
    return out;
}

QString RegisterView::currentRegister() const
{
    return m_register->currentText();
}

void RegisterView::setCurrentRegister(const QString& name)
{
    const int i = m_register->findText(name);
    if (i >= 0)
        m_register->setCurrentIndex(i);
}

void RegisterView::reload()
{
    const QString keep = m_register->currentText();
    QStringList names;
    if (!m_cache.isEmpty()) {
        try {
            store::Database db = store::Cache::open(m_cache, store::Cache::Access::ReadOnly);
            names = store::MemberRegisters(db).registers();
        } catch (const store::StoreError& e) {
            emit statusMessage(e.message());
        }
    }
    const QSignalBlocker block(m_register);
    m_register->clear();
    m_register->addItems(names);
    const int i = m_register->findText(keep);
    m_register->setCurrentIndex(i >= 0
            ? i
            : (names.contains(QStringLiteral("上海安徽商会")) ? names.indexOf(QStringLiteral("上海安徽商会"))
                                                              : 0));
    showRegister();
}

void RegisterView::showRegister()
{
    const QString keep = selectedPerson();
    m_table->setRowCount(0);
    m_contacts.clear();
    showContacts();
    const QString name = m_register->currentText();
    if (m_cache.isEmpty() || name.isEmpty())
        return;
    try {
        store::Database db = store::Cache::open(m_cache, store::Cache::Access::ReadOnly);
        store::MemberRegisters regs(db);
        const QList<store::MemberRow> members = regs.members(name);
        m_table->setRowCount(int(members.size()));
        int row = 0;
        QHash<QString, int> byStatus;
        for (const store::MemberRow& m : members) {
            const QString status = m.status.isEmpty() ? tr("Member") : m.status;
            ++byStatus[status];
            QList<store::ContactRow> log = regs.contacts(name, m.personId);
            const QString contacts = log.isEmpty()
                ? QStringLiteral("0")
                : tr("%1 (last %2)")
                      .arg(log.size())
                      .arg(std::max_element(log.cbegin(), log.cend(), [](const auto& a, const auto& b) {
                          return a.date < b.date;
                      })->date);
            const QStringList cells { m.personId, m.personName, m.idMasked, m.role, status, m.joined,
                contacts, m.note };
            m_contacts.insert(m.personId, std::move(log));
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
            ++row;
        }
        QStringList parts;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        parts.sort();
        m_summary->setText(tr("%1 member(s)").arg(members.size()) + QStringLiteral(" · ")
            + parts.join(QStringLiteral(" · ")));
        m_table->resizeColumnsToContents();
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->item(r, 0)->text() == keep)
                m_table->selectRow(r);
        }
    } catch (const store::StoreError& e) {
        emit statusMessage(e.message());
    }
}

void RegisterView::showContacts()
{
    const QString person = selectedPerson();
    QList<store::ContactRow> log = m_contacts.value(person);
    std::sort(log.begin(), log.end(), [](const store::ContactRow& a, const store::ContactRow& b) {
        return a.date != b.date ? a.date > b.date : a.id > b.id;
    });
    m_log->setRowCount(int(log.size()));
    for (int r = 0; r < log.size(); ++r) {
        const QStringList cells { log[r].date, log[r].kind, log[r].note };
        for (int c = 0; c < cells.size(); ++c)
            m_log->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_log->resizeColumnToContents(0);
    m_log->resizeColumnToContents(1);
    if (person.isEmpty()) {
        m_logTitle->setText(tr("Contact log: select a member."));
    } else {
        QString name = person;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->item(r, 0)->text() == person)
                name = m_table->item(r, 1)->text();
        }
        m_logTitle->setText(tr("Contact log of %1: %2 contact(s)").arg(name).arg(log.size()));
    }
}

QString RegisterView::selectedPerson() const
{
    if (!m_table->selectionModel())
        return {};
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->text();
}

int RegisterView::addMembers(
    const QString& registerName, const QList<QPair<QString, QString>>& persons, const QString& status)
{
    if (m_cache.isEmpty() || registerName.trimmed().isEmpty() || m_readOnly)
        return 0;
    int added = 0;
    try {
        store::Database db = store::Cache::open(m_cache, store::Cache::Access::ReadWrite);
        store::MemberRegisters regs(db);
        QSet<QString> existing;
        for (const store::MemberRow& m : regs.members(registerName))
            existing.insert(m.personId);
        store::Transaction tx(db);
        for (const auto& [id, name] : persons) {
            if (existing.contains(id))
                continue;
            store::MemberRow m;
            m.registerName = registerName.trimmed();
            m.personId = id;
            m.joined = QDate::currentDate().toString(Qt::ISODate);
            m.status = status;
            regs.upsertMember(m);
            ++added;
        }
        tx.commit();
    } catch (const store::StoreError& e) {
        emit statusMessage(e.message());
        return 0;
    }
    reload();
    setCurrentRegister(registerName.trimmed());
    emit changed();
    return added;
}

void RegisterView::setStatus()
{
    const QString person = selectedPerson();
    if (person.isEmpty() || m_readOnly)
        return;
    bool ok = false;
    const QStringList statuses { tr("Member"), tr("Prospect"), tr("Contacted"), tr("Left") };
    const QString status
        = QInputDialog::getItem(this, tr("Status"), tr("Status of %1:").arg(person), statuses, 0, false, &ok);
    if (!ok)
        return;
    try {
        store::Database db = store::Cache::open(m_cache, store::Cache::Access::ReadWrite);
        store::MemberRegisters(db).setStatus(currentRegister(), person, status);
    } catch (const store::StoreError& e) {
        QMessageBox::warning(this, tr("Register"), e.message());
    }
    showRegister();
    emit changed();
}

void RegisterView::addContact()
{
    const QString person = selectedPerson();
    if (person.isEmpty() || m_readOnly)
        return;
    bool ok = false;
    const QStringList kinds { tr("Phone"), tr("Visit"), tr("Meeting"), tr("Online"), tr("Other") };
    const QString kind = QInputDialog::getItem(
        this, tr("Log contact"), tr("How was %1 contacted:").arg(person), kinds, 0, false, &ok);
    if (!ok)
        return;
    const QString note = QInputDialog::getText(
        this, tr("Log contact"), tr("What was agreed with %1:").arg(person), QLineEdit::Normal, {}, &ok);
    if (!ok || note.trimmed().isEmpty())
        return;
    try {
        store::Database db = store::Cache::open(m_cache, store::Cache::Access::ReadWrite);
        store::MemberRegisters(db).addContact({ 0, currentRegister(), person,
            QDate::currentDate().toString(Qt::ISODate), kind, note.trimmed() });
    } catch (const store::StoreError& e) {
        QMessageBox::warning(this, tr("Register"), e.message());
    }
    showRegister();
}

void RegisterView::removeSelected()
{
    const QString person = selectedPerson();
    if (person.isEmpty() || m_readOnly)
        return;
    if (QMessageBox::question(this, tr("Remove"), tr("Remove %1 from %2?").arg(person, currentRegister()))
        != QMessageBox::Yes)
        return;
    try {
        store::Database db = store::Cache::open(m_cache, store::Cache::Access::ReadWrite);
        store::MemberRegisters(db).removeMember(currentRegister(), person);
    } catch (const store::StoreError& e) {
        QMessageBox::warning(this, tr("Register"), e.message());
    }
    showRegister();
    emit changed();
}

void RegisterView::exportTable()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export register"),
        currentRegister() + QStringLiteral(".xlsx"), tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QStringList headers;
    for (int c = 0; c < m_table->columnCount(); ++c)
        headers << m_table->horizontalHeaderItem(c)->text();
    try {
        // The table holds the masked ID numbers only: the export cannot carry a full one.
        io::TableWriter::write(path, headers, m_table->rowCount(), [this](qint64 row) {
            QVariantList cells;
            for (int c = 0; c < m_table->columnCount(); ++c)
                cells << m_table->item(int(row), c)->text();
            return cells;
        });
        emit statusMessage(tr("Register exported to %1.").arg(path));
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Export"), QString::fromUtf8(e.what()));
    }
}

} // namespace dj::ui
