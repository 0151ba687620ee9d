#include "core/search/pinyin.h"

#include <QFile>
#include <QRegularExpression>

static void initSearchResources()
{
    Q_INIT_RESOURCE(dj_search_data);
}

namespace dj::search {

const Pinyin& Pinyin::instance()
{
    static const Pinyin pinyin;
    return pinyin;
}

Pinyin::Pinyin()
{
    initSearchResources();
    QFile file(QStringLiteral(":/dj/search/pinyin.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("dj_search: the embedded pinyin resource is missing");
    const QByteArray all = file.readAll();
    static const QRegularExpression versionRe(QStringLiteral("Unicode (\\S+)"));
    for (const QByteArray& line : all.split('\n')) {
        if (line.startsWith('#')) {
            const auto m = versionRe.match(QString::fromUtf8(line));
            if (m.hasMatch() && m_version.isEmpty())
                m_version = m.captured(1);
            continue;
        }
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0)
            continue;
        const int set = int(m_sets.size());
        m_sets.push_back(line.left(tab));
        const QString chars = QString::fromUtf8(line.mid(tab + 1));
        for (char32_t cp : chars.toUcs4())
            m_setOf.insert(cp, set);
    }
}

QByteArray Pinyin::readings(char32_t codePoint) const
{
    const auto it = m_setOf.constFind(codePoint);
    return it == m_setOf.constEnd() ? QByteArray() : m_sets[size_t(*it)];
}

} // namespace dj::search
