#pragma once

#include <QIcon>
#include <QWidget>

class QUndoStack;

namespace dj::ui {

class AppContext;
class Settings;

/// One page of the navigation rail (企业搜索, 园区地图, …).
///
/// A panel keeps the UI thread free (long work via BackgroundTask), remembers its state through
/// saveState()/restoreState(), and follows the open cache through AppContext::cacheChanged.
class Panel : public QWidget
{
    Q_OBJECT
public:
    explicit Panel(AppContext& context, QWidget* parent = nullptr);

    /// Stable id, used for settings groups and screenshot file names (e.g. "search").
    virtual QString panelId() const = 0;
    /// Translated title shown in the rail.
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }

    virtual void saveState(Settings& settings) const;
    virtual void restoreState(const Settings& settings);

    /// The panel's undo stack, or null when it has nothing to undo. The main window's QUndoGroup activates
    /// the stack of the panel shown, so Edit → 撤销/重做 (Ctrl+Z / Ctrl+Y) act on it; panels never bind
    /// their own Ctrl+Z. Return the same stack for the panel's lifetime.
    virtual QUndoStack* undoStack() { return nullptr; }
    /// Called by the main window after it took the panel's stack into its QUndoGroup: a panel that binds
    /// Ctrl+Z itself when shown alone (e.g. in a test) drops those shortcuts here, so they never clash with
    /// Edit → Undo. New panels simply do not bind undo shortcuts.
    virtual void undoHandledByWindow() { }

    /// True while background work runs; screenshots wait until it is false.
    virtual bool isBusy() const { return false; }
    /// Called before a screenshot on the demo cache: show something representative (run a query, …).
    virtual void prepareScreenshot() { }
    /// Further windows to capture after the panel (e.g. a dialog the panel opens), each saved as
    /// <panelId>-<objectName>.png; the runner closes them after grabbing. Called after prepareScreenshot().
    virtual QList<QWidget*> screenshotExtras() { return {}; }

signals:
    void busyChanged(bool busy);
    /// A short message for the status bar.
    void statusMessage(const QString& text);

protected:
    AppContext& context() const { return m_context; }

private:
    AppContext& m_context;
};

} // namespace dj::ui
