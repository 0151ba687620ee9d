#include "tests/support/testutil.h"
#include "ui/common/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using dj::ui::Settings;

TEST_CASE("typed settings have defaults, validate values and persist", "[settings]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("s.ini"));
    {
        Settings s(ini);
        CHECK(s.string(Settings::Key::Language) == QStringLiteral("zh_CN"));
        CHECK(s.string(Settings::Key::CurrentPanel) == QStringLiteral("search"));
        s.setValue(Settings::Key::Language, QStringLiteral("klingon")); // refused
        CHECK(s.string(Settings::Key::Language) == QStringLiteral("zh_CN"));
        s.setValue(Settings::Key::Language, QStringLiteral("en"));
        s.setPanelValue(QStringLiteral("map"), QStringLiteral("zoom"), 12.5);
        s.sync();
    }
    {
        Settings s(ini);
        CHECK(s.string(Settings::Key::Language) == QStringLiteral("en"));
        CHECK(s.panelValue(QStringLiteral("map"), QStringLiteral("zoom")).toDouble() == 12.5);
        CHECK(s.raw().value(QStringLiteral("settings/version")).toInt() == Settings::currentVersion());
    }
    // A hand-edited bad value falls back to the default instead of breaking the app.
    {
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
        raw.setValue(QStringLiteral("cache/last"), QStringLiteral("relative/path.djcache"));
    }
    Settings s(ini);
    CHECK(s.string(Settings::Key::Language) == QStringLiteral("zh_CN"));
    CHECK(s.string(Settings::Key::LastCache).isEmpty());
}
