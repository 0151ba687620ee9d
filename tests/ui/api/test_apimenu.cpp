// Settings → 本地数据接口: the toggle serves the open cache, stops on uncheck and when another cache opens.
#include "tests/support/testutil.h"
#include "ui/api/apimenu.h"
#include "ui/common/appcontext.h"
#include "ui/common/settings.h"

#include <QAction>
#include <QMenu>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

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
    dj::ui::Settings::setInstance(std::make_unique<dj::ui::Settings>(dir.filePath(u"settings.ini"_s)));
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
