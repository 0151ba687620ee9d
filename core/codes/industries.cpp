#include "core/codes/industries.h"

#include "core/common/logging.h"

#include <QFile>

namespace dj::codes {

namespace {

bool isSectionLetter(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'T';
}

bool allAsciiDigits(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

} // namespace

const Industries& Industries::instance()
{
    static const Industries industries;
    return industries;
}

Industries::Industries()
{
    load();
}

void Industries::load()
{
    QFile file(QStringLiteral(":/dj/codes/industries.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcCodes) << "industry resource missing";
        return;
    }
    const QString text = QString::fromUtf8(file.readAll());
    QString section;
    for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            continue;
        auto item = std::make_unique<Industry>();
        item->code = line.first(tab).toString();
        item->name = line.mid(tab + 1).trimmed().toString();
        switch (item->code.size()) {
        case 1:
            item->level = 0;
            section = item->code;
            break;
        case 2:
            // Divisions follow their section in the file (the standard's own order).
            item->level = 1;
            item->parent = section;
            break;
        case 3:
            item->level = 2;
            item->parent = item->code.left(2);
            break;
        case 4:
            item->level = 3;
            item->parent = item->code.left(3);
            break;
        default:
            qCWarning(lcCodes) << "industry resource: bad code" << item->code;
            continue;
        }
        m_items.push_back(std::move(item));
    }
    for (const auto& i : m_items) {
        m_byCode.insert(i->code, i.get());
        m_children[i->parent].append(i.get());
        // The most specific entry wins a shared name (a group with one class often has the group's name).
        const Industry*& named = m_byName[i->name];
        if (!named || named->code.size() < i->code.size())
            named = i.get();
    }
}

const Industry* Industries::findByName(QStringView name) const
{
    return m_byName.value(name.trimmed().toString(), nullptr);
}

QString Industries::normalize(QStringView code) const
{
    QStringView c = code.trimmed();
    if (c.isEmpty() || c.size() > 5)
        return {};
    const QChar first = c[0].toUpper();
    if (c.size() == 1)
        return isSectionLetter(first) ? QString(first) : QString();
    if (isSectionLetter(first)) {
        // "C3922": the letter must be the division's own section, or the code is not real.
        const QStringView rest = c.mid(1);
        if (rest.size() < 2 || !allAsciiDigits(rest))
            return {};
        const Industry* division = m_byCode.value(rest.first(2).toString(), nullptr);
        if (!division || division->parent != QString(first))
            return {};
        return rest.toString();
    }
    if (c.size() > 4 || !allAsciiDigits(c))
        return {};
    return c.toString();
}

const Industry* Industries::find(QStringView code) const
{
    const QString key = normalize(code);
    return key.isEmpty() ? nullptr : m_byCode.value(key, nullptr);
}

QString Industries::sectionOf(QStringView code) const
{
    const Industry* i = find(code);
    while (i && i->level > 0)
        i = m_byCode.value(i->parent, nullptr);
    return i ? i->code : QString();
}

QList<const Industry*> Industries::children(QStringView code) const
{
    if (code.trimmed().isEmpty())
        return m_children.value(QString());
    const Industry* i = find(code);
    return i ? m_children.value(i->code) : QList<const Industry*> {};
}

QList<const Industry*> Industries::sections() const
{
    return m_children.value(QString());
}

namespace {
QList<const Industry*> ofLevel(const std::vector<std::unique_ptr<Industry>>& items, int level)
{
    QList<const Industry*> out;
    for (const auto& i : items) {
        if (i->level == level)
            out.append(i.get());
    }
    return out;
}
} // namespace

QList<const Industry*> Industries::divisions() const
{
    return ofLevel(m_items, 1);
}
QList<const Industry*> Industries::groups() const
{
    return ofLevel(m_items, 2);
}
QList<const Industry*> Industries::classes() const
{
    return ofLevel(m_items, 3);
}

} // namespace dj::codes
