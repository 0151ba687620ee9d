#include "searchfixture.h"
#include "tests/support/testutil.h"
#include "testwait.h"
#include "translations/translations.h"
#include "ui/search/enterpriseprofiledialog.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dj;
using dj::test::SearchFixture;
using dj::test::waitFor;

TEST_CASE("The evaluation report is written in Chinese", "[search][report][ui]")
{
    REQUIRE(dj::installTranslations(QStringLiteral("zh_CN")) > 0);
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("zh.djcache"));
    SearchFixture::build(cache);
    ui::EnterpriseProfileDialog dialog(cache, SearchFixture::hengdaUscc());
    REQUIRE(waitFor([&] { return dialog.isLoaded(); }));
    CHECK(dialog.tabs()->tabText(0) == QStringLiteral("基本信息"));
    CHECK(dialog.tabs()->tabText(5) == QStringLiteral("财务"));
    const QString pdf = dir.filePath(QStringLiteral("报告.pdf"));
    QString written;
    QObject::connect(
        &dialog, &ui::EnterpriseProfileDialog::reportWritten, [&written](const QString& p) { written = p; });
    dialog.writeReport(pdf);
    REQUIRE(waitFor([&] { return !written.isEmpty(); }, 60000));
    REQUIRE(QFileInfo(pdf).size() > 10000);
    if (qEnvironmentVariableIsSet("DJ_KEEP_REPORT"))
        QFile::copy(pdf, qEnvironmentVariable("DJ_KEEP_REPORT"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext (poppler-utils) missing: PDF text not checked");
        return;
    }
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    const QString text
        = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    CHECK(text.contains(QStringLiteral("企业评价报告")));
    CHECK(text.contains(SearchFixture::hengdaName()));
    CHECK(text.contains(QStringLiteral("经营年限")));
    CHECK(text.contains(QStringLiteral("评分规则")));
}
