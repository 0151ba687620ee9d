#include "tests/support/testutil.h"
#include "ui/common/appcontext.h"
#include "ui/common/secretstore.h"
#include "ui/common/settings.h"
#include "ui/map/mappanel.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using dj::ui::AppContext;
using dj::ui::MapPanel;
using dj::ui::SecretStore;
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

TEST_CASE("typed panel keys: defaults, validation, hand-edited values", "[settings]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("typed.ini"));
    const Settings::PanelKey<double> zoom { "map", "zoom", 5.0,
        [](const double& z) { return z >= 0 && z <= 22; } };
    const Settings::PanelKey<QString> base { "map", "base", QStringLiteral("none") };
    const Settings::PanelKey<int> page { "search", "filterPage", 0, [](const int& v) { return v >= 0; } };
    {
        Settings s(ini);
        CHECK(s.get(zoom) == 5.0); // missing: the default
        CHECK(s.get(base) == QStringLiteral("none"));
        s.set(zoom, 12.5);
        s.set(page, 3);
        s.set(page, -4); // invalid: not written
        s.sync();
        CHECK(s.get(zoom) == 12.5);
        CHECK(s.get(page) == 3);
    }
    // Hand-edited file: an unreadable number and an out-of-range one both read as the default.
    {
        QSettings raw(ini, QSettings::IniFormat);
        CHECK(raw.value(QStringLiteral("panels/map/zoom")).toDouble() == 12.5);
        raw.setValue(QStringLiteral("panels/map/zoom"), QStringLiteral("twelve"));
        raw.setValue(QStringLiteral("panels/search/filterPage"), -7);
    }
    Settings s(ini);
    CHECK(s.get(zoom) == 5.0);
    CHECK(s.get(page) == 0);
}

TEST_CASE("secrets never reach the settings file, without a keychain they live for the session", "[settings]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("secret.ini"));
    SecretStore& secrets = SecretStore::instance();
    secrets.useMemoryOnly(); // tests run without a keychain service
    CHECK(secrets.backend() == SecretStore::Backend::Memory);
    CHECK(secrets.read(QStringLiteral("tianditu/tk")).isEmpty());
    CHECK_FALSE(secrets.write(QStringLiteral("tianditu/tk"), QStringLiteral("abc123secret"))); // session only
    CHECK(secrets.read(QStringLiteral("tianditu/tk")) == QStringLiteral("abc123secret"));

    // An older version's plain key is moved out of the settings file by the map panel.
    {
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(QStringLiteral("panels/map/tiandituKey"), QStringLiteral("oldplainkey"));
    }
    secrets.useMemoryOnly();
    {
        AppContext ctx;
        Settings s(ini);
        MapPanel panel(ctx);
        panel.restoreState(s);
        CHECK(secrets.read(QStringLiteral("tianditu/tk")) == QStringLiteral("oldplainkey"));
        panel.saveState(s);
        s.sync();
    }
    QFile f(ini);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    CHECK_FALSE(text.contains("oldplainkey"));
    CHECK_FALSE(text.contains("abc123secret"));
    CHECK(text.contains("zoom")); // the rest of the panel's state is saved as before
    secrets.remove(QStringLiteral("tianditu/tk"));
    CHECK(secrets.read(QStringLiteral("tianditu/tk")).isEmpty());
}
