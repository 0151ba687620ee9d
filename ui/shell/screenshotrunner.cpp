#include "ui/shell/screenshotrunner.h"

#include "core/common/error.h"
#include "ui/common/panel.h"
#include "ui/shell/mainwindow.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QThread>
#include <stdexcept>

namespace dj::ui {

namespace {
void settle(int ms)
{
    QDeadlineTimer t(ms);
    while (!t.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}
} // namespace

QStringList ScreenshotRunner::run(MainWindow& window, const QString& dir, int busyTimeoutMs)
{
    if (!QDir().mkpath(dir))
        throw Error(tr("Cannot create the folder %1.").arg(dir));
    QStringList written;
    window.resize(1600, 1000);
    window.show();
    settle(200);
    for (Panel* p : window.panels()) {
        window.showPanel(p->panelId());
        settle(100);
        p->prepareScreenshot();
        QDeadlineTimer deadline(busyTimeoutMs);
        settle(100);
        while (p->isBusy() && !deadline.hasExpired())
            settle(50);
        settle(300);
        const QString file = QDir(dir).filePath(p->panelId() + QStringLiteral(".png"));
        if (!window.grab().save(file))
            throw Error(tr("Cannot write %1.").arg(file));
        written << file;
        for (QWidget* extra : p->screenshotExtras()) {
            settle(300);
            const QString extraFile = QDir(dir).filePath(
                p->panelId() + QLatin1Char('-') + extra->objectName() + QStringLiteral(".png"));
            if (!extra->grab().save(extraFile))
                throw Error(tr("Cannot write %1.").arg(extraFile));
            written << extraFile;
            extra->close();
        }
    }
    return written;
}

} // namespace dj::ui
