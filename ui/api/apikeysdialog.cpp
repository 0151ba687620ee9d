#include "ui/api/apikeysdialog.h"

#include "core/common/error.h"
#include "core/store/cache.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dj::ui {

ApiKeysDialog::ApiKeysDialog(const QString& cachePath, QWidget* parent)
    : QDialog(parent)
    , m_cachePath(cachePath)
    , m_table(new QTableWidget(this))
    , m_revoke(new QPushButton(tr("&Revoke"), this))
{
    setWindowTitle(tr("API keys"));
    resize(860, 360);
    m_table->setObjectName(QStringLiteral("apiKeysTable"));
    m_table->setColumnCount(9);
    m_table->setHorizontalHeaderLabels({ tr("Key ID"), tr("Name"), tr("Created"), tr("State"),
        tr("Endpoints"), tr("Regions"), tr("Per minute"), tr("Per day"), tr("Requests today") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto* create = new QPushButton(tr("&New key…"), this);
    auto* close = new QPushButton(tr("&Close"), this);
    connect(create, &QPushButton::clicked, this, &ApiKeysDialog::newKey);
    connect(m_revoke, &QPushButton::clicked, this, &ApiKeysDialog::revokeSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_revoke->setEnabled(row >= 0 && m_table->item(row, 3)->data(Qt::UserRole).toBool());
    });

    auto* note
        = new QLabel(tr("Secrets are kept in %1 (owner-readable only); the cache holds only their hashes.")
                         .arg(api::ApiKeys::defaultKeysFile(cachePath)),
            this);
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(m_revoke);
    buttons->addStretch();
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(note);
    layout->addLayout(buttons);
    reload();
}

void ApiKeysDialog::reload()
{
    m_table->setRowCount(0);
    const store::Database db = store::Cache::open(m_cachePath, store::Cache::Access::ReadOnly);
    const auto used = api::ApiKeys::usage(db, QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    const QList<api::ApiKey> keys = api::ApiKeys::list(db);
    m_table->setRowCount(int(keys.size()));
    for (int r = 0; r < keys.size(); ++r) {
        const api::ApiKey& k = keys[r];
        const QStringList cells { k.id, k.name, k.created,
            k.isRevoked() ? tr("revoked %1").arg(k.revoked) : tr("valid"),
            k.endpoints.isEmpty() ? tr("all") : k.endpoints.join(QLatin1Char(',')),
            k.regions.isEmpty() ? tr("all") : k.regions.join(QLatin1Char(',')),
            QString::number(k.ratePerMinute), QString::number(k.quotaPerDay),
            QString::number(used.value(k.id)) };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        m_table->item(r, 3)->setData(Qt::UserRole, !k.isRevoked());
    }
    m_table->resizeColumnsToContents();
    m_revoke->setEnabled(false);
}

api::ApiKeys::Created ApiKeysDialog::create(const api::ApiKey& spec)
{
    const auto created = api::ApiKeys::create(m_cachePath, api::ApiKeys::defaultKeysFile(m_cachePath), spec);
    reload();
    return created;
}

bool ApiKeysDialog::revoke(const QString& keyId)
{
    store::Database db = store::Cache::open(m_cachePath, store::Cache::Access::ReadWrite);
    const bool done = api::ApiKeys::revoke(db, keyId);
    reload();
    return done;
}

void ApiKeysDialog::newKey()
{
    QDialog form(this);
    form.setWindowTitle(tr("New API key"));
    auto* name = new QLineEdit(&form);
    auto* endpoints = new QLineEdit(&form);
    endpoints->setPlaceholderText(tr("all (or e.g. search,enterprises)"));
    endpoints->setToolTip(api::ApiKeys::endpointNames().join(QStringLiteral(", ")));
    auto* regions = new QLineEdit(&form);
    regions->setPlaceholderText(tr("all (or region prefixes, e.g. 32,3301)"));
    auto* rate = new QSpinBox(&form);
    rate->setRange(1, 1000000);
    rate->setValue(600);
    auto* quota = new QSpinBox(&form);
    quota->setRange(1, 1000000000);
    quota->setValue(100000);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    connect(box, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    auto* layout = new QFormLayout(&form);
    layout->addRow(tr("&Name:"), name);
    layout->addRow(tr("&Endpoints:"), endpoints);
    layout->addRow(tr("&Regions:"), regions);
    layout->addRow(tr("Requests per &minute:"), rate);
    layout->addRow(tr("Requests per &day:"), quota);
    layout->addRow(box);
    if (form.exec() != QDialog::Accepted)
        return;
    const auto list = [](const QString& text) {
        QStringList out;
        for (const QString& s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << s.trimmed();
        return out;
    };
    api::ApiKey spec;
    spec.name = name->text().trimmed();
    spec.endpoints = list(endpoints->text());
    spec.regions = list(regions->text());
    spec.ratePerMinute = rate->value();
    spec.quotaPerDay = quota->value();
    try {
        const auto created = create(spec);
        QMessageBox shown(QMessageBox::Information, tr("New API key"),
            tr("Key ID: %1\nSecret: %2\n\nThe secret is shown only now; it was added to %3.")
                .arg(created.key.id, created.secret, api::ApiKeys::defaultKeysFile(m_cachePath)),
            QMessageBox::Ok, this);
        shown.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        shown.exec();
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("New API key"), dj::Error::describe(e));
    }
}

void ApiKeysDialog::revokeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString id = m_table->item(row, 0)->text();
    if (QMessageBox::question(this, tr("Revoke API key"),
            tr("Revoke %1? Programs using it are refused within 2 seconds.").arg(id))
        != QMessageBox::Yes)
        return;
    try {
        revoke(id);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Revoke API key"), dj::Error::describe(e));
    }
}

} // namespace dj::ui
