#pragma once

#include <QCoreApplication>

class QMenu;
class QWidget;

namespace dj::ui {

class AppContext;

/// Settings → 本地数据接口: a checkable entry that serves the open cache as the local data API (loopback,
/// port 8731, keys from `<cache>.keys`) on a thread of its own, and stops it when unchecked, when another
/// cache is opened or when the window closes. Keys are made with `dianjing-cli keys create`.
class ApiMenu
{
    Q_DECLARE_TR_FUNCTIONS(ApiMenu)
public:
    static void install(QMenu* settingsMenu, AppContext& context, QWidget* window);
};

} // namespace dj::ui
