#include "ui/io/iomenu.h"

#include "ui/io/exportdialog.h"
#include "ui/io/importdialog.h"

#include <QAction>
#include <QMenu>

namespace dj::ui {

void IoMenu::install(QMenu* fileMenu, QAction* before, AppContext& context, QWidget* window)
{
    auto* importAction = new QAction(tr("Import…"), fileMenu);
    importAction->setObjectName(QStringLiteral("actionImport"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QObject::connect(importAction, &QAction::triggered, window, [&context, window]() {
        auto* dialog = new ImportDialog(context, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto* exportAction = new QAction(tr("Export…"), fileMenu);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QObject::connect(exportAction, &QAction::triggered, window, [&context, window]() {
        auto* dialog = new ExportDialog(context, std::nullopt, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    fileMenu->insertAction(before, importAction);
    fileMenu->insertAction(before, exportAction);
    fileMenu->insertSeparator(before);
}

} // namespace dj::ui
