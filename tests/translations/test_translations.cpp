// Every user-visible string goes through tr() and has a Chinese translation: lupdate extracts the strings of
// the whole tree, and each must be translated in one of translations/*_zh_CN.ts.
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<Message> readTs(const QString& path)
{
    QList<Message> out;
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                m = Message { context, {}, {}, false };
            } else if (xml.name() == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                m.unfinished = type == QLatin1String("unfinished");
                const bool obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
                m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!obsolete)
                    out << m;
            }
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(DJ_SOURCE_DIR "/translations"));
    QStringList files;
    for (const QString& f : dir.entryList({ QStringLiteral("*_zh_CN.ts") }))
        files << dir.filePath(f);
    return files;
}

} // namespace

TEST_CASE("every committed zh_CN message is translated", "[i18n]")
{
    const QStringList files = tsFiles();
    REQUIRE_FALSE(files.isEmpty());
    for (const QString& file : files) {
        for (const Message& m : readTs(file)) {
            INFO(file.toStdString() << " " << m.context.toStdString() << ": " << m.source.toStdString());
            CHECK_FALSE(m.unfinished);
            CHECK_FALSE(m.translation.trimmed().isEmpty());
        }
    }
}

TEST_CASE("every tr() string in the source tree has a zh_CN translation", "[i18n]")
{
    QTemporaryDir tmp;
    const QString extracted = tmp.filePath(QStringLiteral("all_zh_CN.ts"));
    QProcess lupdate;
    lupdate.setProgram(QStringLiteral(DJ_LUPDATE));
    const QString src = QStringLiteral(DJ_SOURCE_DIR);
    lupdate.setArguments(
        { QStringLiteral("-I"), src, src + QStringLiteral("/app"), src + QStringLiteral("/core"),
            src + QStringLiteral("/ui"), src + QStringLiteral("/translations"), QStringLiteral("-extensions"),
            QStringLiteral("cpp,h"), QStringLiteral("-silent"), QStringLiteral("-ts"), extracted });
    lupdate.start();
    REQUIRE(lupdate.waitForFinished(180000));
    REQUIRE(lupdate.exitCode() == 0);

    QSet<QString> translated;
    for (const QString& file : tsFiles()) {
        for (const Message& m : readTs(file)) {
            if (!m.unfinished && !m.translation.trimmed().isEmpty())
                translated.insert(m.context + QChar(0) + m.source);
        }
    }
    QStringList missing;
    for (const Message& m : readTs(extracted)) {
        if (!translated.contains(m.context + QChar(0) + m.source))
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    INFO("untranslated strings:\n" << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}
