#pragma once

#include <QObject>

class QDialog;
class QLabel;
class QMainWindow;
class QTableWidget;

namespace dj::ui {

class AppContext;

/// The team server in the window: a "Team server" menu (Sync now, Ctrl+Shift+Y; Server settings…) and a
/// status-bar label with the last sync, the changes waiting to be pushed and the conflicts kept. The sync
/// runs in the background (core/server SyncClient) with progress and cancel; the server address is kept in
/// the system keychain (it may hold a password), the regions and the laptop's name in the settings.
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
    /// The conflicts of the open cache (both sides of every field edited on two laptops), in a window that
    /// stays open beside the work (not modal). Opened by the menu and after a sync that found conflicts.
    QDialog* showConflicts();
    QLabel* statusLabel() const { return m_status; }
    bool isRunning() const { return m_running; }

private:
    SyncMenu(QMainWindow* window, AppContext& context);
    QMainWindow* m_window;
    AppContext& m_context;
    QLabel* m_status = nullptr;
    QDialog* m_conflicts = nullptr;
    QTableWidget* m_conflictTable = nullptr;
    bool m_running = false;
};

} // namespace dj::ui
