#include "ui/api/apimenu.h"

#include "core/api/apiserver.h"
#include "core/common/error.h"
#include "ui/api/apikeysdialog.h"
#include "ui/api/apisettingsdialog.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QThread>

namespace dj::ui {

namespace {

/// Owns the server's thread; the server itself lives on that thread.
class ApiToggle : public QObject
{
public:
    ApiToggle(QAction* action, AppContext& context, QWidget* window)
        : QObject(window)
        , m_action(action)
        , m_context(context)
        , m_window(window)
    {
        connect(action, &QAction::toggled, this, [this](bool on) { on ? start() : stop(); });
        connect(&context, &AppContext::cacheChanged, this, [this] {
            if (m_server || m_thread)
                m_action->setChecked(false); // serves one cache: never keeps serving the old one
        });
        showIdle();
    }
    ~ApiToggle() override { stop(); }

private:
    void showIdle()
    {
        m_action->setText(ApiMenu::tr("Local data &API (serve this cache)"));
        m_action->setToolTip(ApiMenu::tr("Serve the open cache as the signed local data API on 127.0.0.1"));
    }

    void start()
    {
        const QString path = m_context.cachePath();
        if (path.isEmpty()) {
            QSignalBlocker block(m_action);
            m_action->setChecked(false);
            QMessageBox::information(
                m_window, ApiMenu::tr("Local data API"), ApiMenu::tr("Open a cache first."));
            return;
        }
        if (m_thread)
            return;
        m_action->setEnabled(false);
        m_action->setText(ApiMenu::tr("Local data API: starting…"));
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("dj-api"));
        m_anchor = new QObject;
        m_anchor->moveToThread(m_thread);
        m_thread->start();
        QPointer<ApiToggle> self(this);
        const api::ApiServerOptions options = ApiSettingsDialog::options();
        QMetaObject::invokeMethod(m_anchor, [self, path, options, this] {
            api::ApiServer* server = nullptr;
            QString error;
            try {
                server = new api::ApiServer(path, options);
                server->start();
            } catch (const std::exception& e) {
                delete server;
                server = nullptr;
                error = dj::Error::describe(e);
            }
            const QString url = server ? server->baseUrl() : QString();
            const int keys = server ? server->usableKeys() : 0;
            QMetaObject::invokeMethod(qApp, [self, server, url, keys, error, this] {
                if (!self) { // the window went away meanwhile
                    if (server)
                        QMetaObject::invokeMethod(
                            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
                    return;
                }
                started(server, url, keys, error);
            });
        });
    }

    void started(api::ApiServer* server, const QString& url, int keys, const QString& error)
    {
        m_server = server;
        m_action->setEnabled(true);
        if (!server) {
            stop();
            QSignalBlocker block(m_action);
            m_action->setChecked(false);
            QMessageBox::warning(m_window, ApiMenu::tr("Local data API"),
                ApiMenu::tr("The local data API could not start: %1").arg(error));
            return;
        }
        m_action->setText(ApiMenu::tr("Local data API: %1 (keys: %2)").arg(url).arg(keys));
        m_action->setToolTip(keys == 0
                ? ApiMenu::tr("No keys yet: create one with dianjing-cli keys create --db \"%1\"")
                      .arg(m_context.cachePath())
                : ApiMenu::tr("Serving %1; uncheck to stop").arg(m_context.cachePath()));
    }

    void stop()
    {
        if (m_server) {
            api::ApiServer* server = m_server;
            m_server = nullptr;
            // On its own thread: waits for running queries (at most the query timeout).
            QMetaObject::invokeMethod(
                server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        }
        if (m_thread) {
            m_thread->quit();
            m_thread->wait();
            delete m_anchor;
            delete m_thread;
            m_anchor = nullptr;
            m_thread = nullptr;
        }
        if (m_action) {
            m_action->setEnabled(true);
            showIdle();
        }
    }

    QPointer<QAction> m_action; ///< the menu may be destroyed before the window
    AppContext& m_context;
    QWidget* m_window;
    QThread* m_thread = nullptr;
    QObject* m_anchor = nullptr;
    api::ApiServer* m_server = nullptr;
};

} // namespace

void ApiMenu::install(QMenu* settingsMenu, AppContext& context, QWidget* window)
{
    settingsMenu->addSeparator();
    QAction* action = settingsMenu->addAction(tr("Local data &API (serve this cache)"));
    action->setObjectName(QStringLiteral("actionLocalApi"));
    action->setCheckable(true);
    new ApiToggle(action, context, window);
    QAction* settings = settingsMenu->addAction(tr("Local data API &settings…"));
    settings->setObjectName(QStringLiteral("actionApiSettings"));
    QObject::connect(settings, &QAction::triggered, window, [window] {
        ApiSettingsDialog dialog(window);
        dialog.exec();
    });
    QAction* keys = settingsMenu->addAction(tr("API &keys…"));
    keys->setObjectName(QStringLiteral("actionApiKeys"));
    QObject::connect(keys, &QAction::triggered, window, [&context, window] {
        if (context.cachePath().isEmpty()) {
            QMessageBox::information(window, tr("API keys"), tr("Open a cache first."));
            return;
        }
        try {
            ApiKeysDialog dialog(context.cachePath(), window);
            dialog.exec();
        } catch (const std::exception& e) {
            QMessageBox::warning(window, tr("API keys"), dj::Error::describe(e));
        }
    });
}

} // namespace dj::ui
