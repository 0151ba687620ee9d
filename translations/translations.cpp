#include "translations/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace dj {

int installTranslations(const QString& language)
{
    if (!language.startsWith(QLatin1String("zh")))
        return 0;
    int loaded = 0;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("*_zh_CN.qm") });
    for (const QString& file : files) {
        auto* t = new QTranslator(QCoreApplication::instance());
        if (t->load(QStringLiteral(":/i18n/") + file) && QCoreApplication::installTranslator(t))
            ++loaded;
        else
            delete t;
    }
    // Qt's own dialogs and buttons.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString& base : { QStringLiteral("qtbase_zh_CN"), QStringLiteral("qt_zh_CN") }) {
        auto* t = new QTranslator(QCoreApplication::instance());
        if (t->load(base, qtDir)
            || t->load(base, QCoreApplication::applicationDirPath() + QStringLiteral("/translations"))) {
            QCoreApplication::installTranslator(t);
            ++loaded;
            break;
        }
        delete t;
    }
    return loaded;
}

} // namespace dj
