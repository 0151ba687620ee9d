#pragma once

#include <QCoreApplication>

class QAction;
class QMenu;
class QWidget;

namespace dj::ui {

class AppContext;

/// The File menu entries of import/export (File → 导入… / 导出…), installed by the main window.
class IoMenu
{
    Q_DECLARE_TR_FUNCTIONS(IoMenu)
public:
    /// Inserts Import… and Export… before `before` (or appends when null). window parents the dialogs.
    static void install(QMenu* fileMenu, QAction* before, AppContext& context, QWidget* window);
};

} // namespace dj::ui
