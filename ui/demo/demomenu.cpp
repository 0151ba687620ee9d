#include "ui/demo/demomenu.h"

#include "ui/common/appcontext.h"
#include "ui/demo/demodialog.h"

#include <QAction>
#include <QMenu>

namespace dj::ui {

void DemoMenu::install(QMenu* fileMenu, QAction* before, AppContext& context, QWidget* window,
    std::function<bool(const QString&)> openCache)
{
    auto* action = new QAction(tr("Generate demo data…"), fileMenu);
    action->setObjectName(QStringLiteral("actionGenerateDemo"));
    QObject::connect(action, &QAction::triggered, window, [&context, window, openCache]() {
        DemoDialog dialog(context.cachePath(), window);
        if (dialog.exec() == QDialog::Accepted && openCache)
            openCache(dialog.target());
    });
    fileMenu->insertAction(before, action);
}

} // namespace dj::ui
