// Settings → 本地数据接口: the toggle serves the open cache, stops on uncheck and when another cache opens.
#include "core/common/error.h"
#include "tests/support/testutil.h"
#include "ui/api/apikeysdialog.h"
#include "ui/api/apimenu.h"
#include "ui/api/apisettingsdialog.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

/// Outlives the test's settings instance (constructed before it, so destroyed after it writes its file).
QTemporaryDir& settingsDir()
{
    static QTemporaryDir dir;
    return dir;
}

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

/// The status line of GET /v1/openapi.json, or 0 when nobody answers.
int statusOf(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(u"127.0.0.1"_s, port);
    if (!s.waitForConnected(2000))
        return 0;
    s.write("GET /v1/openapi.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QByteArray data;
    while (s.waitForReadyRead(3000))
        data += s.readAll();
    return data.startsWith("HTTP/1.1 ") ? data.mid(9, 3).toInt() : 0;
}

} // namespace

TEST_CASE("the settings toggle serves the open cache on loopback and stops", "[ui][api]")
{
    QTemporaryDir dir;
    dj::ui::Settings::setInstance(
        std::make_unique<dj::ui::Settings>(settingsDir().filePath(u"settings.ini"_s)));
    const QString db = dir.filePath(u"a.djcache"_s);
    const QString other = dir.filePath(u"b.djcache"_s);
    REQUIRE(dj::test::runCli({ u"demo"_s, u"--db"_s, db, u"--enterprises"_s, u"1000"_s }).exitCode == 0);
    REQUIRE(dj::test::runCli({ u"demo"_s, u"--db"_s, other, u"--enterprises"_s, u"1000"_s }).exitCode == 0);
    const quint16 port = freePort();
    dj::ui::Settings::instance().setPanelValue(u"api"_s, u"port"_s, port);

    QWidget window;
    dj::ui::AppContext context;
    context.openCache(db);
    QMenu menu;
    dj::ui::ApiMenu::install(&menu, context, &window);
    QAction* toggle = menu.findChild<QAction*>(u"actionLocalApi"_s);
    REQUIRE(toggle);
    REQUIRE(toggle->isCheckable());
    CHECK(statusOf(port) == 0);

    toggle->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(toggle->text().contains(u"http://127.0.0.1:%1"_s.arg(port)), 20000);
    CHECK(toggle->isEnabled());
    CHECK(statusOf(port) == 200);

    toggle->setChecked(false);
    CHECK(statusOf(port) == 0);

    // Serving one cache: opening another stops it.
    toggle->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(toggle->text().contains(u"http://"_s), 20000);
    context.openCache(other);
    CHECK_FALSE(toggle->isChecked());
    CHECK(statusOf(port) == 0);
}

TEST_CASE("the API keys dialog creates and revokes keys as the CLI sees them", "[ui][api]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"k.djcache"_s);
    REQUIRE(dj::test::runCli({ u"demo"_s, u"--db"_s, db, u"--enterprises"_s, u"1000"_s }).exitCode == 0);
    dj::ui::ApiKeysDialog dialog(db);
    CHECK(dialog.table()->rowCount() == 0);
    dj::api::ApiKey spec;
    spec.name = u"银行模型"_s;
    spec.regions = { u"32"_s };
    spec.ratePerMinute = 60;
    const auto created = dialog.create(spec);
    CHECK(created.secret.size() >= 40);
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 0)->text() == created.key.id);
    CHECK(dialog.table()->item(0, 1)->text() == u"银行模型"_s);

    // The CLI lists it with its limits and never its secret; the keys file holds the secret.
    const auto list = dj::test::runCli({ u"keys"_s, u"list"_s, u"--db"_s, db });
    REQUIRE(list.exitCode == 0);
    const QJsonObject k = list.json().value(u"keys"_s).toArray().first().toObject();
    CHECK(k.value(u"key_id"_s).toString() == created.key.id);
    CHECK(k.value(u"regions"_s).toArray().first().toString() == u"32"_s);
    CHECK(k.value(u"rate_per_minute"_s).toInt() == 60);
    CHECK_FALSE(list.out.contains(created.secret.toUtf8()));
    QFile keys(db + u".keys"_s);
    REQUIRE(keys.open(QIODevice::ReadOnly));
    CHECK(keys.readAll().contains(created.secret.toUtf8()));

    // Bad limits change nothing.
    dj::api::ApiKey bad;
    bad.endpoints = { u"everything"_s };
    CHECK_THROWS_AS(dialog.create(bad), dj::Error);
    CHECK(dialog.table()->rowCount() == 1);

    CHECK(dialog.revoke(created.key.id));
    CHECK_FALSE(dialog.revoke(created.key.id));
    const auto after = dj::test::runCli({ u"keys"_s, u"list"_s, u"--db"_s, db });
    CHECK_FALSE(after.json().value(u"keys"_s).toArray().first().toObject().value(u"revoked"_s).isNull());
}

TEST_CASE("the API settings dialog keeps valid limits and the toggle serves with them", "[ui][api]")
{
    QTemporaryDir dir;
    dj::ui::Settings::setInstance(
        std::make_unique<dj::ui::Settings>(settingsDir().filePath(u"limits.ini"_s)));
    const QString db = dir.filePath(u"a.djcache"_s);
    REQUIRE(dj::test::runCli({ u"demo"_s, u"--db"_s, db, u"--enterprises"_s, u"1000"_s }).exitCode == 0);

    // Defaults first: the server's own.
    const dj::api::ApiServerOptions defaults;
    CHECK(dj::ui::ApiSettingsDialog::options().queryTimeoutMs == defaults.queryTimeoutMs);
    CHECK(dj::ui::ApiSettingsDialog::options().maxBodyBytes == defaults.maxBodyBytes);

    const quint16 port = freePort();
    {
        dj::ui::ApiSettingsDialog dialog;
        dialog.portField()->setValue(port);
        dialog.workersField()->setValue(3);
        dialog.requestTimeoutField()->setValue(4.5);
        dialog.keepAliveField()->setValue(12);
        dialog.queryTimeoutField()->setValue(0.5);
        dialog.bodyField()->setValue(64);
        // Out of range is not even typed: the fields hold the accepted ranges.
        dialog.keepAliveField()->setValue(0.1);
        CHECK(dialog.keepAliveField()->value() == Approx(1.0));
        dialog.keepAliveField()->setValue(12);
        QString error;
        REQUIRE(dialog.apply(&error));
        CHECK(error.isEmpty());
    }
    const dj::api::ApiServerOptions o = dj::ui::ApiSettingsDialog::options();
    CHECK(o.port == port);
    CHECK(o.workers == 3);
    CHECK(o.requestTimeoutMs == 4500);
    CHECK(o.idleTimeoutMs == 12000);
    CHECK(o.queryTimeoutMs == 500);
    CHECK(o.maxBodyBytes == 64 * 1024);

    // A value out of range in the settings file is not used (the default is).
    dj::ui::Settings::instance().setPanelValue(u"api"_s, u"query_timeout_ms"_s, 1);
    CHECK(dj::ui::ApiSettingsDialog::options().queryTimeoutMs == defaults.queryTimeoutMs);
    dj::ui::Settings::instance().setPanelValue(u"api"_s, u"query_timeout_ms"_s, 500);
    // Limits that validate() refuses are named in the message.
    dj::api::ApiServerOptions bad;
    bad.queryTimeoutMs = 0;
    CHECK_THROWS_WITH(bad.validate(), Catch::Contains("query timeout"));

    // The toggle serves with them: a body over 64 KiB is refused before it is read.
    QWidget window;
    dj::ui::AppContext context;
    context.openCache(db);
    QMenu menu;
    dj::ui::ApiMenu::install(&menu, context, &window);
    CHECK(menu.findChild<QAction*>(u"actionApiSettings"_s));
    QAction* toggle = menu.findChild<QAction*>(u"actionLocalApi"_s);
    REQUIRE(toggle);
    toggle->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(toggle->text().contains(u"http://127.0.0.1:%1"_s.arg(port)), 20000);
    QTcpSocket s;
    s.connectToHost(u"127.0.0.1"_s, port);
    REQUIRE(s.waitForConnected(2000));
    s.write("POST /v1/search HTTP/1.1\r\nHost: x\r\nContent-Length: 70000\r\n\r\n{");
    QByteArray data;
    while (s.waitForReadyRead(3000))
        data += s.readAll();
    CHECK(data.startsWith("HTTP/1.1 413"));
    CHECK(data.contains("/v1/problems/payload-too-large"));
    toggle->setChecked(false);
    CHECK(statusOf(port) == 0);
}
