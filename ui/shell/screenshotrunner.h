#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dj::ui {

class MainWindow;

/// Renders each panel of the window into DIR/<panel>.png (used by `dianjing --screenshot DIR`).
class ScreenshotRunner
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotRunner)
public:
    /// Returns the files written; throws dj::Error when DIR cannot be written.
    static QStringList run(MainWindow& window, const QString& dir, int busyTimeoutMs = 120000);
};

} // namespace dj::ui
