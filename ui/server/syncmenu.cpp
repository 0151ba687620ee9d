#include "ui/server/syncmenu.h"

#include "core/server/pgconnection.h"
#include "core/server/syncclient.h"
#include "core/store/cache.h"
#include "ui/common/appcontext.h"
#include "ui/common/progressrunner.h"
#include "ui/common/secretstore.h"
#include "ui/common/settings.h"

#include <QAction>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>

namespace dj::ui {

namespace {

const QString kSecret = QStringLiteral("teamserver/conninfo");
const Settings::PanelKey<QString> kRegions { "teamserver", "regions", QString() };
const Settings::PanelKey<QString> kClient { "teamserver", "client", QString() };

QStringList regionList(const QString& text)
{
    QStringList out;
    for (const QString& r : text.split(QRegularExpression(QStringLiteral("[,，\\s]+")), Qt::SkipEmptyParts))
        out << r.trimmed();
    return out;
}

} // namespace

SyncMenu::SyncMenu(QMainWindow* window, AppContext& context)
    : QObject(window)
    , m_window(window)
    , m_context(context)
{
}

SyncMenu* SyncMenu::install(QMainWindow* window, AppContext& context)
{
    auto* self = new SyncMenu(window, context);
    QMenu* menu = window->menuBar()->addMenu(tr("&Team server"));
    menu->setObjectName(QStringLiteral("menuTeamServer"));
    QAction* sync = menu->addAction(tr("&Sync now"), self, [self]() { self->syncNow(); });
    sync->setObjectName(QStringLiteral("actionSyncNow"));
    sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    QAction* settings = menu->addAction(tr("Server &settings…"), self, [self]() { self->configure(); });
    settings->setObjectName(QStringLiteral("actionServerSettings"));
    self->m_status = new QLabel(window);
    self->m_status->setObjectName(QStringLiteral("syncStatus"));
    window->statusBar()->addPermanentWidget(self->m_status);
    connect(&context, &AppContext::cacheChanged, self, &SyncMenu::updateStatus);
    self->updateStatus();
    return self;
}

void SyncMenu::updateStatus()
{
    if (!m_status)
        return;
    const QString path = m_context.cachePath();
    if (path.isEmpty()) {
        m_status->clear();
        return;
    }
    try {
        store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
        if (!server::SyncClient::available(db)) {
            m_status->setText(tr("Team server: never synced"));
            return;
        }
        const QString last = server::SyncClient::state(db, QStringLiteral("last_sync"));
        const qint64 pending = server::SyncClient::pendingChanges(db);
        const QString when = last.isEmpty()
            ? tr("never synced")
            : tr("synced %1")
                  .arg(QLocale().toString(
                      QDateTime::fromString(last, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat));
        m_status->setText(tr("Team server: %1 · %2 change(s) to push").arg(when).arg(pending));
    } catch (const std::exception&) {
        m_status->clear(); // the cache panel reports a bad cache; the label just stays empty
    }
}

bool SyncMenu::configure()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Team server"));
    auto* form = new QFormLayout(&dialog);
    auto* server = new QLineEdit(SecretStore::instance().read(kSecret), &dialog);
    server->setPlaceholderText(QStringLiteral("host=10.0.0.5 port=5432 dbname=dianjing user=zhang"));
    Settings settings;
    auto* regions = new QLineEdit(settings.get(kRegions), &dialog);
    regions->setPlaceholderText(tr("e.g. 3201, 3202"));
    auto* client = new QLineEdit(settings.get(kClient), &dialog);
    client->setPlaceholderText(settings.string(Settings::Key::UserName));
    form->addRow(tr("&Server (connection string):"), server);
    form->addRow(tr("&Regions (2, 4 or 6 digits):"), regions);
    form->addRow(tr("This &laptop's name:"), client);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&]() {
        try {
            server::SyncClient::checkRegions(regionList(regions->text()));
        } catch (const dj::Error& e) {
            QMessageBox::warning(&dialog, tr("Team server"), e.message());
            return;
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(560, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!SecretStore::instance().write(kSecret, server->text().trimmed()))
        m_window->statusBar()->showMessage(
            tr("No system keychain: the server address is kept for this session only."), 8000);
    settings.set(kRegions, regionList(regions->text()).join(u','));
    settings.set(kClient, client->text().trimmed());
    return true;
}

bool SyncMenu::syncNow()
{
    if (m_running)
        return false;
    const QString path = m_context.cachePath();
    if (path.isEmpty()) {
        QMessageBox::information(m_window, tr("Team server"), tr("Open a cache first."));
        return false;
    }
    if (SecretStore::instance().read(kSecret).isEmpty() && !configure())
        return false;
    const QString conninfo = SecretStore::instance().read(kSecret);
    Settings settings;
    server::SyncOptions options;
    options.regions = regionList(settings.get(kRegions));
    options.client = settings.get(kClient);
    options.author = settings.string(Settings::Key::UserName);
    m_running = true;
    ProgressRunner::run<server::SyncReport>(
        m_window, tr("Syncing with the team server…"),
        [path, conninfo, options](const Progress& progress) {
            store::Database db = store::Cache::open(path);
            server::PgConnection connection(conninfo);
            return server::SyncClient::run(db, connection, options, progress);
        },
        [this](server::SyncReport r) {
            m_running = false;
            qint64 rows = 0;
            for (qint64 n : r.registryRows)
                rows += n;
            m_window->statusBar()->showMessage(
                tr("Synced: %1 record(s) pushed, %2 received, %3 registry row(s), %4 conflict(s) kept in the "
                   "history.")
                    .arg(r.pushed)
                    .arg(r.pulled)
                    .arg(rows)
                    .arg(r.conflicts.size()),
                15000);
            m_context.notifyCacheWritten();
            updateStatus();
        },
        [this](const QString& error) {
            m_running = false;
            updateStatus();
            QMessageBox::warning(m_window, tr("Team server"),
                tr("The sync stopped; nothing typed here is lost and the next sync completes it.\n\n%1")
                    .arg(error));
        },
        { tr("Team server"), 300, false,
            [this]() {
                m_running = false;
                updateStatus();
            },
            {} });
    return true;
}

} // namespace dj::ui
