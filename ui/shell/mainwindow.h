#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace dj::ui {

class AppContext;
class NavigationRail;
class Panel;

/// The workstation window: navigation rail, panel stack, File menu, status bar with the open cache.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    QList<Panel*> panels() const { return m_panels; }
    Panel* panel(const QString& id) const;
    void showPanel(const QString& id);
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* editMenu() const { return m_editMenu; }
    /// Holds every panel's undo stack; the shown panel's stack is the active one (Edit → Undo/Redo).
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    /// The enterprise profile windows opened through AppContext::openEnterprise (tests, screenshots).
    QList<QWidget*> profileWindows() const;

    /// Opens the cache, reporting a bad file to the user. Returns false (and keeps the current one) on error.
    /// A cache on read-only media (or any with readOnly) opens read-only, with a banner saying so and the
    /// writing actions switched off.
    bool openCache(const QString& path, bool readOnly = false);
    /// The banner's text while the open cache is read-only (empty otherwise).
    QString readOnlyNotice() const;

    /// Unattended runs (--screenshot) never wait on a dialog: problems go to stderr instead.
    void setUnattended(bool unattended) { m_unattended = unattended; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    bool upgradeCache(const QString& path);
    void warn(const QString& title, const QString& message);
    void buildMenus();
    void activatePanel(Panel* panel);
    void showEnterprise(const QString& uscc);
    void updateStatus();
    void newCache();
    void openCacheDialog();
    void chooseLanguage(const QString& language);
    void about();
    void saveState() const;
    void restoreState();

    AppContext& m_context;
    NavigationRail* m_rail = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<Panel*> m_panels;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QLabel* m_cacheLabel = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QLabel* m_readOnlyBanner = nullptr;
    bool m_unattended = false;
};

} // namespace dj::ui
