// dianjing: the workstation's GUI entry point.
#include "core/store/storeerror.h"
#include "translations/translations.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"
#include "ui/demo/demorunner.h" // demo: first-run demo cache
#include "ui/shell/mainwindow.h"
#include "ui/shell/screenshotrunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>
#include <stdexcept>

namespace {

class Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

bool hasArgument(int argc, char* argv[], const char* name)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

QString defaultCachePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo.djcache"));
}

} // namespace

int main(int argc, char* argv[])
{
    // Screenshots render offscreen; the platform must be chosen before the application object exists.
    if (hasArgument(argc, argv, "--screenshot") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dianjing"));
    QApplication::setOrganizationName(QStringLiteral("Dianjing"));
    QApplication::setApplicationVersion(QStringLiteral(DJ_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("点兢企业洞察工作站"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("UI language: zh_CN (default) or en."), QStringLiteral("language"));
    QCommandLineOption cacheOption(
        QStringLiteral("cache"), QStringLiteral("Open this cache file."), QStringLiteral("file"));
    QCommandLineOption shotOption(QStringLiteral("screenshot"),
        QStringLiteral("Render every panel on the demo cache into DIR/<panel>.png and exit."),
        QStringLiteral("dir"));
    QCommandLineOption settingsOption(
        QStringLiteral("settings"), QStringLiteral("Use this settings file (INI)."), QStringLiteral("file"));
    QCommandLineOption readOnlyOption(QStringLiteral("read-only"),
        QStringLiteral("Open the cache for reading only (automatic on read-only media)."));
    parser.addOptions({ langOption, cacheOption, shotOption, settingsOption, readOnlyOption });
    parser.process(app);

    const bool screenshot = parser.isSet(shotOption);
    QTemporaryDir scratch;
    if (parser.isSet(settingsOption))
        dj::ui::Settings::setInstance(std::make_unique<dj::ui::Settings>(parser.value(settingsOption)));
    else if (screenshot) // screenshots never touch (or depend on) the user's settings
        dj::ui::Settings::setInstance(
            std::make_unique<dj::ui::Settings>(scratch.filePath(QStringLiteral("s.ini"))));
    dj::ui::Settings& settings = dj::ui::Settings::instance();

    QString language = parser.isSet(langOption) ? parser.value(langOption)
                                                : settings.string(dj::ui::Settings::Key::Language);
    if (language == QLatin1String("zh"))
        language = QStringLiteral("zh_CN");
    dj::installTranslations(language);
    if (language.startsWith(QLatin1String("zh")))
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));

    dj::ui::AppContext context;
    dj::ui::MainWindow window(context);
    window.setUnattended(screenshot);

    QString cachePath = parser.value(cacheOption);
    if (cachePath.isEmpty() && !screenshot)
        cachePath = settings.string(dj::ui::Settings::Key::LastCache);
    if (cachePath.isEmpty() || !QFileInfo::exists(cachePath))
        cachePath = cachePath.isEmpty() ? defaultCachePath() : cachePath;
    // demo (ui/demo): the first start, and every screenshot run, get the default 100,000-enterprise demo
    // cache.
    if (!parser.isSet(cacheOption) && cachePath == defaultCachePath() && !QFileInfo::exists(cachePath)) {
        if (screenshot) {
            try {
                dj::ui::DemoRunner::runQuietly(cachePath, dj::demo::DemoOptions {});
            } catch (const std::exception& e) {
                std::fprintf(stderr, "%s\n", e.what());
                return 1;
            }
        } else {
            dj::ui::DemoRunner::runWithProgress(nullptr, cachePath, dj::demo::DemoOptions {});
        }
    }
    if (QFileInfo::exists(cachePath)) {
        if (!window.openCache(cachePath, parser.isSet(readOnlyOption)) && screenshot)
            return 1; // the reason is on stderr
    } else if (screenshot) {
        std::fprintf(stderr, "%s\n", qPrintable(Main::tr("The cache %1 does not exist.").arg(cachePath)));
        return 1;
    }

    if (screenshot) {
        try {
            const QStringList files = dj::ui::ScreenshotRunner::run(window, parser.value(shotOption));
            for (const QString& f : files)
                std::printf("%s\n", qPrintable(QDir::toNativeSeparators(f)));
            return 0;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "%s\n", e.what());
            return 1;
        }
    }

    window.show();
    return app.exec();
}
