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
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

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

QString stageText(const QString& stage)
{
    if (stage == u"push-prepared" || stage == u"fielddata-prepared")
        return SyncMenu::tr("sending the changes made here");
    if (stage == u"push-applying" || stage == u"fielddata-applying")
        return SyncMenu::tr("the server merges them");
    if (stage == u"push-applied" || stage == u"fielddata-applied")
        return SyncMenu::tr("acknowledged by the server");
    if (stage == u"pulled-fieldwork")
        return SyncMenu::tr("received the team's visits and tasks");
    if (stage == u"pulled-registry")
        return SyncMenu::tr("received the regional registry");
    return stage;
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
    QAction* conflicts = menu->addAction(tr("Sync &conflicts…"), self, [self]() { self->showConflicts(); });
    conflicts->setObjectName(QStringLiteral("actionSyncConflicts"));
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
        QString text = tr("Team server: %1 · %2 change(s) to push").arg(when).arg(pending);
        const qsizetype conflicts = server::SyncClient::allConflicts(db, 1000).size();
        if (conflicts > 0)
            text += tr(" · %1 conflict(s)").arg(conflicts);
        m_status->setText(text);
        m_status->setProperty("pending", pending);
        m_status->setProperty("conflicts", qint64(conflicts));
    } catch (const std::exception&) {
        m_status->clear(); // the cache panel reports a bad cache; the label just stays empty
    }
}

namespace {

// A record's key as the user reads it: the visit/task id, or the key columns' values joined.
QString keyText(const QString& key)
{
    const QJsonDocument doc = QJsonDocument::fromJson(key.toUtf8());
    if (!doc.isArray())
        return key;
    QStringList parts;
    for (const QJsonValue& v : doc.array())
        parts << v.toString();
    return parts.join(QStringLiteral(" / "));
}

QString tableText(const QString& table)
{
    static const QHash<QString, const char*> names {
        { QStringLiteral("visits"), QT_TRANSLATE_NOOP("dj::ui::SyncMenu", "Visit") },
        { QStringLiteral("tasks"), QT_TRANSLATE_NOOP("dj::ui::SyncMenu", "Visit task") },
        { QStringLiteral("members"), QT_TRANSLATE_NOOP("dj::ui::SyncMenu", "Register member") },
        { QStringLiteral("member_status"), QT_TRANSLATE_NOOP("dj::ui::SyncMenu", "Register status") },
        { QStringLiteral("member_contacts"), QT_TRANSLATE_NOOP("dj::ui::SyncMenu", "Contact log") },
        { QStringLiteral("park_watch"), QT_TRANSLATE_NOOP("dj::ui::SyncMenu", "Park watch list") },
        { QStringLiteral("park_policies"), QT_TRANSLATE_NOOP("dj::ui::SyncMenu", "Policy") },
        { QStringLiteral("risk_watch"), QT_TRANSLATE_NOOP("dj::ui::SyncMenu", "Risk watch list") },
        { QStringLiteral("risk_alerts"), QT_TRANSLATE_NOOP("dj::ui::SyncMenu", "Alert") },
    };
    const auto it = names.find(table);
    return it == names.end() ? table : SyncMenu::tr(it.value());
}

} // namespace

QDialog* SyncMenu::showConflicts()
{
    if (!m_conflicts) {
        m_conflicts = new QDialog(m_window);
        m_conflicts->setObjectName(QStringLiteral("syncConflicts"));
        m_conflicts->setWindowTitle(tr("Sync conflicts"));
        auto* layout = new QVBoxLayout(m_conflicts);
        auto* note
            = new QLabel(tr("The same field was edited on two laptops. The later edit was kept; the other "
                            "value is listed here and stays in the record's history."),
                m_conflicts);
        note->setWordWrap(true);
        layout->addWidget(note);
        m_conflictTable = new QTableWidget(0, 7, m_conflicts);
        m_conflictTable->setObjectName(QStringLiteral("syncConflictTable"));
        m_conflictTable->setHorizontalHeaderLabels({ tr("Record"), tr("Key"), tr("Field"), tr("Kept value"),
            tr("Other value"), tr("Other edit by"), tr("Other edit at") });
        m_conflictTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_conflictTable->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_conflictTable->horizontalHeader()->setStretchLastSection(true);
        m_conflictTable->verticalHeader()->hide();
        layout->addWidget(m_conflictTable);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_conflicts);
        connect(buttons, &QDialogButtonBox::rejected, m_conflicts, &QDialog::close);
        layout->addWidget(buttons);
        m_conflicts->resize(900, 420);
    }
    m_conflictTable->setRowCount(0);
    const QString path = m_context.cachePath();
    if (!path.isEmpty()) {
        try {
            store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
            if (server::SyncClient::available(db)) {
                const QList<server::FieldDataConflict> list = server::SyncClient::allConflicts(db, 1000);
                m_conflictTable->setRowCount(int(list.size()));
                for (int i = 0; i < list.size(); ++i) {
                    const server::FieldDataConflict& c = list[i];
                    const QDateTime at = QDateTime::fromString(c.otherAt, Qt::ISODateWithMs);
                    const QString when = at.isValid()
                        ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                        : c.otherAt;
                    const QStringList cells { tableText(c.table), keyText(c.key), c.field, c.kept, c.other,
                        c.otherBy, when };
                    for (int col = 0; col < cells.size(); ++col)
                        m_conflictTable->setItem(i, col, new QTableWidgetItem(cells[col]));
                }
            }
        } catch (const std::exception&) {
            // a bad cache is reported by the cache panel; the list stays empty
        }
    }
    m_conflictTable->resizeColumnsToContents();
    m_conflicts->show();
    m_conflicts->raise();
    return m_conflicts;
}

bool SyncMenu::configure()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Team server"));
    auto* form = new QFormLayout(&dialog);
    auto* server = new QLineEdit(SecretStore::instance().read(kSecret), &dialog);
    server->setPlaceholderText(QStringLiteral("host=10.0.0.5 port=5432 dbname=dianjing user=zhang"));
    Settings& settings = Settings::instance();
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
    Settings& settings = Settings::instance();
    server::SyncOptions options;
    options.regions = regionList(settings.get(kRegions));
    options.client = settings.get(kClient);
    options.author = settings.string(Settings::Key::UserName);
    if (options.author.isEmpty())
        options.author = options.client; // the history names someone
    m_running = true;
    ProgressRunner::run<server::SyncReport>(
        m_window, tr("Syncing with the team server…"),
        [path, conninfo, options](const Progress& progress) {
            server::SyncOptions withStages = options;
            withStages.onStage = [progress](const QString& stage) {
                progress.throwIfCancelled();
                progress.report(0, 0, stageText(stage));
            };
            progress.report(0, 0, tr("connecting"));
            store::Database db = store::Cache::open(path);
            server::PgConnection connection(conninfo);
            return server::SyncClient::run(db, connection, withStages, progress);
        },
        [this](server::SyncReport r) {
            m_running = false;
            qint64 rows = 0;
            for (qint64 n : r.registryRows)
                rows += n;
            const qsizetype conflicts = r.conflicts.size() + r.fieldData.conflicts.size();
            m_window->statusBar()->showMessage(
                tr("Synced: %1 record(s) pushed, %2 received, %3 registry row(s), %4 conflict(s) kept in the "
                   "history.")
                    .arg(r.pushed + r.fieldData.pushed)
                    .arg(r.pulled + r.fieldData.pulled)
                    .arg(rows)
                    .arg(conflicts),
                15000);
            m_context.notifyCacheWritten();
            updateStatus();
            if (conflicts > 0)
                showConflicts();
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
                m_window->statusBar()->showMessage(
                    tr("Sync cancelled; what was sent stays on the server and the next sync completes it."),
                    15000);
            },
            tr("Syncing with the team server…\n%1") });
    return true;
}

} // namespace dj::ui
