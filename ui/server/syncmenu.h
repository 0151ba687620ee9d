#pragma once

#include <QObject>

class QLabel;
class QMainWindow;

namespace dj::ui {

class AppContext;

/// The team server in the window: a "Team server" menu (Sync now, Ctrl+Shift+Y; Server settings…) and a
/// status-bar label with the last sync and the changes waiting to be pushed. The sync runs in the
/// background (core/server SyncClient) with progress and cancel; the server address is kept in the system
/// keychain (it may hold a password), the regions and the laptop's name in the settings.
class SyncMenu : public QObject
{
    Q_OBJECT
public:
    /// Installs the menu and the status label on the window; the object is owned by the window.
    static SyncMenu* install(QMainWindow* window, AppContext& context);

    /// Starts a sync (asks for the server first when none is set). Returns false when nothing was started.
    bool syncNow();
    /// The settings dialog (server, regions, laptop name). Returns true when accepted.
    bool configure();
    /// Re-reads the status label from the open cache.
    void updateStatus();
    QLabel* statusLabel() const { return m_status; }

private:
    SyncMenu(QMainWindow* window, AppContext& context);
    QMainWindow* m_window;
    AppContext& m_context;
    QLabel* m_status = nullptr;
    bool m_running = false;
};

} // namespace dj::ui
