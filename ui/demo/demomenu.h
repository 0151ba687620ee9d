#pragma once

#include <QCoreApplication>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace dj::ui {

class AppContext;

/// File → Generate demo data… (installed by the main window).
class DemoMenu
{
    Q_DECLARE_TR_FUNCTIONS(DemoMenu)
public:
    /// Inserts the action before `before` (or appends). openCache opens the generated cache.
    static void install(QMenu* fileMenu, QAction* before, AppContext& context, QWidget* window,
        std::function<bool(const QString&)> openCache);
};

} // namespace dj::ui
