#include "core/geo/addressnormalizer.h"

#include "core/codes/regions.h"
#include "core/geo/chinesetext.h"

#include <algorithm>
#include <array>

namespace dj::geo {

namespace {

using codes::Region;

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}
bool isUpper(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

// Hot: called for most characters with short words, so the first character decides cheaply.
inline bool startsWithAt(const QString& s, qsizetype pos, QStringView word)
{
    const qsizetype len = word.size();
    if (len == 0 || pos + len > s.size() || s.at(pos) != word.front())
        return false;
    const QChar* a = s.constData() + pos;
    for (qsizetype i = 1; i < len; ++i) {
        if (a[i] != word[i])
            return false;
    }
    return true;
}

// Characters that end a road name; a region or park name followed by one of these is a road named
// after the place (南京路 in Shanghai, 科技园路), not the place itself.
bool isRoadChar(QChar c)
{
    switch (c.unicode()) {
    case u'路':
    case u'街':
    case u'道':
    case u'巷':
    case u'弄':
    case u'桥':
    case u'村':
    case u'里':
    case u'港':
    case u'湾':
    case u'大':
        return true;
    default:
        return false;
    }
}

// A road character right after pos, or after one direction character (北京东路, 江西中路).
bool roadFollows(const QString& s, qsizetype pos)
{
    if (pos >= s.size())
        return false;
    if (isRoadChar(s.at(pos)))
        return true;
    switch (s.at(pos).unicode()) {
    case u'东':
    case u'西':
    case u'南':
    case u'北':
    case u'中':
        return pos + 1 < s.size() && isRoadChar(s.at(pos + 1));
    default:
        return false;
    }
}

// Parenthesised notes that registries append and that say nothing about the place.
bool isNote(QStringView inner)
{
    static const std::array<QStringView, 9> kWords { u"集中登记", u"申报", u"托管", u"秘书", u"住所", u"仅限",
        u"经营场所", u"办公", u"注册" };
    return std::any_of(kWords.begin(), kWords.end(), [&](QStringView w) { return inner.contains(w); });
}

// Removes bracketed registry notes, unwraps other brackets (A栋(北楼) keeps 北楼 as text). Nested and
// unbalanced brackets are fine; one pass, linear.
QString dropBrackets(const QString& s)
{
    if (!s.contains(QLatin1Char('(')) && !s.contains(QLatin1Char(')')))
        return s;
    QString out;
    out.reserve(s.size());
    QList<qsizetype> open;
    for (const QChar c : s) {
        if (c == u'(') {
            open.append(out.size());
        } else if (c == u')') {
            if (!open.isEmpty()) {
                const qsizetype start = open.takeLast();
                if (isNote(QStringView(out).mid(start)))
                    out.truncate(start);
            }
        } else {
            out.append(c);
        }
    }
    return out;
}

// Development zones and parks, longest first, with their canonical short form.
struct ParkSuffix
{
    QStringView text;
    QStringView canonical;
};
constexpr std::array<ParkSuffix, 21> kParkSuffixes { {
    { u"高新技术产业开发区", u"高新区" }, { u"经济技术开发区", u"经开区" }, { u"高新技术开发区", u"高新区" },
    { u"经济开发区", u"经开区" }, { u"工业开发区", u"开发区" }, { u"高新区", u"高新区" },
    { u"经开区", u"经开区" }, { u"开发区", u"开发区" }, { u"工业园区", u"工业园" },
    { u"产业园区", u"产业园" }, { u"科技园区", u"科技园" }, { u"工业园", u"工业园" },
    { u"产业园", u"产业园" }, { u"科技园", u"科技园" }, { u"创业园", u"创业园" }, { u"软件园", u"软件园" },
    { u"保税区", u"保税区" }, { u"物流园", u"物流园" }, { u"工业区", u"工业区" }, { u"园区", u"园区" },
    { u"新区", u"新区" }, // 两江新区, 天府新区 (新区 that are counties were taken as regions)
} };

// Building designators after an id; all mean "building <id>".
constexpr std::array<QStringView, 8> kBuildingMarks { u"号楼", u"号馆", u"#楼", u"幢", u"栋", u"座", u"#",
    u"号厂房" };

QString stripZeros(QStringView digits)
{
    qsizetype i = 0;
    while (i + 1 < digits.size() && digits.at(i) == u'0')
        ++i;
    return digits.mid(i).toString();
}

// An id before a designator: digits, letters, or a letter-digit mix (A, 3, A3, 3A, B2).
qsizetype scanId(const QString& s, qsizetype pos)
{
    qsizetype j = pos;
    while (j < s.size() && (isDigit(s.at(j)) || isUpper(s.at(j))) && j - pos < 8)
        ++j;
    return j;
}

QString canonicalId(QStringView id)
{
    if (!id.isEmpty() && std::all_of(id.begin(), id.end(), [](QChar c) { return isDigit(c); }))
        return stripZeros(id);
    return id.toString();
}

} // namespace

AddressNormalizer::AddressNormalizer()
{
    const codes::Regions& regions = codes::Regions::instance();
    auto add = [this](const QString& text, const Region* r, bool isShort) {
        if (text.size() < 2)
            return;
        m_byPrefix[(quint32(text.at(0).unicode()) << 16) | text.at(1).unicode()].append(
            NameEntry { text, r, isShort });
    };
    auto addRegion = [&](const Region* r) {
        // Placeholders (市辖区, 县, 省直辖县级行政区划) never appear in written addresses.
        if (r->name == u"市辖区" || r->name == u"县" || r->name.endsWith(u"直辖县级行政区划"))
            return;
        add(r->name, r, false);
        if (r->shortName != r->name)
            add(r->shortName, r, true);
    };
    for (const Region* p : regions.provinces())
        addRegion(p);
    for (const Region* p : regions.prefectures())
        addRegion(p);
    for (const Region* c : regions.counties())
        addRegion(c);
    for (auto it = m_byPrefix.begin(); it != m_byPrefix.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [](const NameEntry& a, const NameEntry& b) {
            if (a.text.size() != b.text.size())
                return a.text.size() > b.text.size();
            return a.isShort < b.isShort; // full names before equal-length short names
        });
    }
}

const AddressNormalizer& AddressNormalizer::instance()
{
    static const AddressNormalizer normalizer;
    return normalizer;
}

const codes::Region* AddressNormalizer::resolveRegion(
    const QString& s, qsizetype& pos, AddressParts& parts, QString& unresolved) const
{
    const Region* province = nullptr;
    const Region* prefecture = nullptr;
    const Region* county = nullptr;
    for (QStringView country : { QStringView(u"中华人民共和国"), QStringView(u"中国") }) {
        if (startsWithAt(s, pos, country)) {
            pos += country.size();
            break;
        }
    }
    while (pos < s.size() && !county) {
        // 北京市北京市海淀区: a repeated name adds nothing.
        if (province && startsWithAt(s, pos, province->name)) {
            pos += province->name.size();
            continue;
        }
        if (prefecture && startsWithAt(s, pos, prefecture->name)) {
            pos += prefecture->name.size();
            continue;
        }
        const QList<NameEntry>* list = candidates(s, pos);
        if (!list)
            break;
        const int deepest = prefecture ? 2 : province ? 1 : 0;
        const NameEntry* chosen = nullptr;
        int sameTextMatches = 0;
        const Region* sameTextPrefecture = nullptr; // a prefecture among equal-text matches
        bool othersUnderIt = true; // every other equal-text match is one of its counties
        for (const NameEntry& e : *list) {
            if (chosen && e.text.size() < chosen->text.size())
                break;
            if (!startsWithAt(s, pos, e.text))
                continue;
            const Region* r = e.region;
            if (r->level <= deepest || r->level > 3)
                continue;
            // Must lie under what was already named (codes nest by prefix).
            if (prefecture && !r->code.startsWith(QStringView(prefecture->code).left(4)))
                continue;
            if (!prefecture && province && !r->code.startsWith(QStringView(province->code).left(2)))
                continue;
            const qsizetype end = pos + e.text.size();
            if (e.isShort) {
                // A short name (盐城, 亭湖) counts only where it cannot be the start of a road or
                // a longer name: under a named parent, a province at the very start, or a prefecture
                // directly followed by one of its counties (南京鼓楼…).
                const bool hasContext = province || prefecture || r->level == 1
                    || (r->level == 2 && startsWithCounty(s, end, r->code));
                if (!hasContext || roadFollows(s, end))
                    continue;
            } else if (roadFollows(s, end) && r->level == 3 && !province && !prefecture) {
                continue;
            }
            if (chosen && chosen->region != r && chosen->text.size() == e.text.size()) {
                ++sameTextMatches;
                if (r->level == 2 && !sameTextPrefecture)
                    sameTextPrefecture = r;
                continue;
            }
            if (!chosen) {
                chosen = &e;
                sameTextMatches = 1;
                if (r->level == 2)
                    sameTextPrefecture = r;
            }
        }
        if (!chosen)
            break;
        if (sameTextMatches > 1 && sameTextPrefecture) {
            // 江西南昌…: 南昌 is both the prefecture and its county 南昌县. Written after its province, the
            // short name means the city (a county is written with its suffix or after the city); a
            // county name may still follow (江西南昌新建区…).
            const QStringView code4 = QStringView(sameTextPrefecture->code).left(4);
            for (const NameEntry& e : *list) {
                if (e.text.size() == chosen->text.size() && startsWithAt(s, pos, e.text)
                    && e.region != sameTextPrefecture && e.region->level == 3
                    && !e.region->code.startsWith(code4)
                    && (!province || e.region->code.startsWith(QStringView(province->code).left(2))))
                    othersUnderIt = false;
            }
            if (othersUnderIt && (province || prefecture)) {
                for (const NameEntry& e : *list)
                    if (e.region == sameTextPrefecture && e.text.size() == chosen->text.size()) {
                        chosen = &e;
                        sameTextMatches = 1;
                        break;
                    }
            }
        }
        if (sameTextMatches > 1) {
            // 鼓楼区 without a city: several counties. Keep the name so the key still separates it.
            unresolved = chosen->text;
            pos += chosen->text.size();
            break;
        }
        const Region* r = chosen->region;
        pos += chosen->text.size();
        if (r->level == 1)
            province = r;
        else if (r->level == 2)
            prefecture = r;
        else
            county = r;
    }
    const Region* best = county ? county : prefecture ? prefecture : province;
    if (best)
        parts.regionCode = best->code;
    return prefecture;
}

const QList<AddressNormalizer::NameEntry>* AddressNormalizer::candidates(
    const QString& s, qsizetype pos) const
{
    if (pos + 1 >= s.size())
        return nullptr;
    const auto it = m_byPrefix.constFind((quint32(s.at(pos).unicode()) << 16) | s.at(pos + 1).unicode());
    return it == m_byPrefix.cend() ? nullptr : &*it;
}

bool AddressNormalizer::startsWithCounty(const QString& s, qsizetype pos, const QString& prefectureCode) const
{
    const QList<NameEntry>* list = candidates(s, pos);
    if (!list)
        return false;
    const QStringView prefix = QStringView(prefectureCode).left(4);
    for (const NameEntry& e : *list) {
        if (e.region->level == 3 && e.region->code.startsWith(prefix) && startsWithAt(s, pos, e.text))
            return true;
    }
    return false;
}

AddressParts AddressNormalizer::parse(QStringView address, QStringView contextRegion) const
{
    AddressParts parts;
    parts.input = address.toString();
    const QString s = dropBrackets(ChineseText::normalizeAddress(address));
    const qsizetype n = s.size();
    // Bounds-safe character access: QChar() past the end.
    auto at = [&](qsizetype i) { return i < n ? s.at(i) : QChar(); };
    qsizetype pos = 0;
    QString unresolvedRegion;
    const Region* namedPrefecture = resolveRegion(s, pos, parts, unresolvedRegion);
    if (contextRegion.size() >= 6 && unresolvedRegion.isEmpty()) {
        // Prefix absent or coarser than what the caller knows: 32 / 3209 are ancestors of 320902.
        QStringView have = QStringView(parts.regionCode);
        while (have.endsWith(u"00"))
            have.chop(2);
        if (contextRegion.startsWith(have))
            parts.regionCode = contextRegion.left(6).toString();
    }

    // Where the road part must have started: the first digit or road character.
    auto firstStop = [&](qsizetype from) {
        for (qsizetype i = from; i < n; ++i) {
            if (isDigit(s.at(i)))
                return i;
        }
        return n;
    };

    // Park / development zone, before the road. Every suffix ends in 区 or 园: look for those first.
    const qsizetype parkStop = firstStop(pos);
    const QStringView parkSpan = QStringView(s).mid(pos, parkStop - pos);
    if (parkSpan.contains(u'区') || parkSpan.contains(u'园')) {
        qsizetype bestStart = -1, bestEnd = -1;
        QStringView canonical;
        for (const ParkSuffix& suffix : kParkSuffixes) {
            const qsizetype rel = parkSpan.indexOf(suffix.text);
            if (rel < 0)
                continue;
            const qsizetype at = pos + rel;
            const qsizetype end = at + suffix.text.size();
            if (end < n && isRoadChar(s.at(end)))
                continue; // 科技园路: a road named after the park
            if (bestEnd < 0 || end < bestEnd || (end == bestEnd && at < bestStart)) {
                bestStart = at;
                bestEnd = end;
                canonical = suffix.canonical;
            }
        }
        // 张江高科技园区: 科技园 ends first but 科技园区 overlaps it and goes on; take the whole name.
        for (const ParkSuffix& suffix : kParkSuffixes) {
            const qsizetype rel = parkSpan.indexOf(suffix.text);
            if (rel < 0)
                continue;
            const qsizetype at = pos + rel;
            const qsizetype end = at + suffix.text.size();
            if (bestEnd > 0 && at < bestEnd && end > bestEnd && !(end < n && isRoadChar(s.at(end)))) {
                bestEnd = end;
                canonical = suffix.canonical;
            }
        }
        if (bestEnd > 0) {
            QString name = s.mid(pos, bestStart - pos);
            // A park named with its city (盐城经济技术开发区) after the city: the city part is dropped.
            const Region* pref = namedPrefecture;
            if (!pref && !parts.regionCode.isEmpty())
                pref = codes::Regions::instance().prefecture(parts.regionCode);
            if (pref && name.startsWith(pref->name))
                name = name.mid(pref->name.size());
            else if (pref && pref->shortName.size() >= 2 && name.startsWith(pref->shortName))
                name = name.mid(pref->shortName.size());
            parts.park = name + canonical.toString();
            pos = bestEnd;
        }
    }

    // Sub-district office (dropped) or town (kept), before the road.
    {
        const qsizetype stop = firstStop(pos);
        const qsizetype jd = s.indexOf(u"街道", pos);
        if (jd > pos && jd + 2 <= stop && jd - pos <= 8) {
            qsizetype end = jd + 2;
            if (startsWithAt(s, end, u"办事处"))
                end += 3;
            if (end < n && !isRoadChar(s.at(end)))
                pos = end;
        }
        for (qsizetype i = pos + 2; i < std::min(stop, pos + 9); ++i) {
            if ((s.at(i) == u'镇' || s.at(i) == u'乡') && i + 1 < n && !isRoadChar(s.at(i + 1))) {
                parts.town = s.mid(pos, i + 1 - pos);
                pos = i + 1;
                break;
            }
        }
    }

    // Road and house number: the number is the first digit run followed by 号 (not 号楼…) or 弄.
    qsizetype numStart = -1;
    for (qsizetype i = pos; i < n; ++i) {
        if (!isDigit(s.at(i)))
            continue;
        qsizetype j = i;
        while (j < n && isDigit(s.at(j)))
            ++j;
        if (j < n && s.at(j) == u'-' && j + 1 < n && isDigit(s.at(j + 1))) {
            qsizetype k = j + 1;
            while (k < n && isDigit(s.at(k)))
                ++k;
            if (k < n && s.at(k) == u'号' && !startsWithAt(s, k, u"号楼"))
                j = k; // range 100-102号
        }
        const bool lane = j < n && s.at(j) == u'弄';
        const bool hao = j < n && s.at(j) == u'号' && !startsWithAt(s, j, u"号楼")
            && !startsWithAt(s, j, u"号馆") && !startsWithAt(s, j, u"号厂房") && !startsWithAt(s, j, u"号房");
        if (lane || hao) {
            numStart = i;
            break;
        }
        i = j;
    }

    qsizetype rest = pos;
    if (numStart >= 0) {
        parts.road = s.mid(pos, numStart - pos);
        // Beijing's 甲92号 / 乙5号: the stem belongs to the number, not the road.
        QString stem;
        if (!parts.road.isEmpty()) {
            const QChar last = parts.road.back();
            if (last == u'甲' || last == u'乙' || last == u'丙' || last == u'丁') {
                stem = last;
                parts.road.chop(1);
            }
        }
        qsizetype j = numStart;
        while (j < n && isDigit(s.at(j)))
            ++j;
        if (at(j) == u'弄') {
            QString num = stripZeros(QStringView(s).mid(numStart, j - numStart)) + QStringLiteral("弄");
            ++j;
            // 188弄5号 (a house in the lane); 5号楼 after a lane is a building, handled below.
            qsizetype k = j;
            while (k < n && isDigit(s.at(k)))
                ++k;
            if (k > j && k < n && s.at(k) == u'号' && !startsWithAt(s, k, u"号楼")) {
                num += stripZeros(QStringView(s).mid(j, k - j)) + QStringLiteral("号");
                j = k + 1;
            }
            parts.number = num;
        } else {
            qsizetype k = j;
            QString num = stripZeros(QStringView(s).mid(numStart, j - numStart));
            if (at(k) == u'-') {
                qsizetype m = k + 1;
                while (m < n && isDigit(s.at(m)))
                    ++m;
                num += u'-' + stripZeros(QStringView(s).mid(k + 1, m - k - 1));
                k = m;
            }
            parts.number = stem + num + QStringLiteral("号");
            j = k + 1;
            if (at(j) == u'院')
                ++j; // Beijing 100号院 = 100号
        }
        rest = j;
    } else {
        // No house number: the road is the text up to its last road character before any digit.
        const qsizetype stop = firstStop(pos);
        qsizetype roadEnd = -1;
        for (qsizetype i = pos; i < stop; ++i) {
            const QChar c = s.at(i);
            if (c == u'路' || c == u'街' || c == u'巷' || (c == u'道' && i > pos && s.at(i - 1) == u'大'))
                roadEnd = i + 1;
        }
        if (roadEnd > pos) {
            parts.road = s.mid(pos, roadEnd - pos);
            rest = roadEnd;
        }
    }

    // Building, unit, floor, room: a small scanner over what is left.
    QString nameText;
    for (qsizetype i = rest; i < n;) {
        const QChar c = s.at(i);
        if (isDigit(c) || isUpper(c) || c == u'负' || startsWithAt(s, i, u"地下")) {
            bool negative = false;
            qsizetype idStart = i;
            if (c == u'负') {
                negative = true;
                ++idStart;
            } else if (startsWithAt(s, i, u"地下")) {
                negative = true;
                idStart += 2;
            }
            const qsizetype idEnd = scanId(s, idStart);
            const QStringView id = QStringView(s).mid(idStart, idEnd - idStart);
            if (id.isEmpty()) {
                nameText.append(c);
                ++i;
                continue;
            }
            const bool allDigits = std::all_of(id.begin(), id.end(), [](QChar ch) { return isDigit(ch); });
            // Zone prefix: A区3栋 — keep with the building.
            if (idEnd < n && s.at(idEnd) == u'区' && parts.building.isEmpty()) {
                parts.building = canonicalId(id) + QStringLiteral("区");
                i = idEnd + 1;
                continue;
            }
            QStringView mark;
            for (QStringView m : kBuildingMarks) {
                if (startsWithAt(s, idEnd, m)) {
                    mark = m;
                    break;
                }
            }
            // A letter before 楼 (A楼) is a building; digits before 楼 are a floor (5楼).
            if (mark.isEmpty() && !allDigits && startsWithAt(s, idEnd, u"楼"))
                mark = u"楼";
            // A second 号 after the house number names a building (100号3号).
            if (mark.isEmpty() && !parts.number.isEmpty() && startsWithAt(s, idEnd, u"号")
                && parts.floor.isEmpty() && parts.room.isEmpty() && !startsWithAt(s, idEnd, u"号房")
                && !startsWithAt(s, idEnd, u"号室"))
                mark = u"号";
            if (!mark.isEmpty() && !negative && parts.floor.isEmpty() && parts.room.isEmpty()) {
                parts.building += canonicalId(id) + QStringLiteral("幢");
                i = idEnd + mark.size();
                continue;
            }
            if (allDigits && startsWithAt(s, idEnd, u"单元")) {
                parts.unit = stripZeros(id);
                i = idEnd + 2;
                continue;
            }
            // Floors: 5层 5楼 5F, B1 / 负1层 / 地下1层; F5 written before the number.
            // 12F: the scanner took the F into the id.
            const bool trailingF = id.size() >= 2 && id.back() == u'F'
                && std::all_of(id.begin(), id.end() - 1, [](QChar ch) { return isDigit(ch); });
            if (trailingF) {
                parts.floor = stripZeros(id.left(id.size() - 1));
                i = idEnd;
                continue;
            }
            if (startsWithAt(s, idEnd, u"层") || (allDigits && startsWithAt(s, idEnd, u"楼"))) {
                QString f = stripZeros(id);
                if (!allDigits && id.front() == u'B') {
                    f = stripZeros(id.mid(1));
                    negative = true;
                }
                parts.floor = negative ? u'-' + f : f;
                i = idEnd + 1;
                continue;
            }
            if (id.size() >= 2 && id.front() == u'F'
                && std::all_of(id.begin() + 1, id.end(), [](QChar ch) { return isDigit(ch); })) {
                parts.floor = stripZeros(id.mid(1));
                i = idEnd;
                continue;
            }
            if (id.size() >= 2 && id.front() == u'B'
                && std::all_of(id.begin() + 1, id.end(), [](QChar ch) { return isDigit(ch); })
                && (idEnd >= n || s.at(idEnd) != u'室')) {
                parts.floor = u'-' + stripZeros(id.mid(1));
                i = idEnd;
                continue;
            }
            // 5-1-1203 (building-unit-room) or 3-1203 (building-room) when no building was named.
            if (idEnd < n && s.at(idEnd) == u'-' && allDigits) {
                QList<QStringView> pieces { id };
                qsizetype k = idEnd;
                while (k < n && s.at(k) == u'-') {
                    const qsizetype e = scanId(s, k + 1);
                    if (e == k + 1)
                        break;
                    pieces.append(QStringView(s).mid(k + 1, e - k - 1));
                    k = e;
                }
                if (pieces.size() >= 2 && parts.building.isEmpty() && parts.room.isEmpty()) {
                    parts.building = canonicalId(pieces.front()) + QStringLiteral("幢");
                    if (pieces.size() >= 3)
                        parts.unit = stripZeros(pieces.at(1));
                    parts.room = pieces.back().toString();
                } else if (parts.room.isEmpty()) {
                    QString room;
                    for (QStringView p : pieces)
                        room += (room.isEmpty() ? QString() : QStringLiteral("-")) + p.toString();
                    parts.room = room;
                }
                i = k;
                if (i < n && (s.at(i) == u'室' || s.at(i) == u'房'))
                    ++i;
                continue;
            }
            // Rooms: 501室 501房 501号房 501号, or a bare number at the end.
            if (parts.room.isEmpty()) {
                qsizetype after = idEnd;
                if (startsWithAt(s, after, u"号房") || startsWithAt(s, after, u"号室"))
                    after += 2;
                else if (after < n && (s.at(after) == u'室' || s.at(after) == u'房' || s.at(after) == u'号'))
                    after += 1;
                parts.room = id.toString();
                i = after;
                continue;
            }
            nameText.append(id);
            i = idEnd;
            continue;
        }
        // Text: a building name while nothing structural has come yet; afterwards noise (商铺, 之一).
        if (parts.building.isEmpty() && parts.floor.isEmpty() && parts.room.isEmpty() && parts.unit.isEmpty()
            && c != u'-' && c != u'#' && c != u'第')
            nameText.append(c);
        ++i;
    }
    // 室 / 层 words left as separators are not part of a name.
    parts.buildingName = nameText;

    const QString region = parts.regionCode.isEmpty() ? unresolvedRegion : parts.regionCode;
    const QString place = parts.town + (parts.road.isEmpty() ? parts.park : parts.road);
    // The house number fixes the plot; a building name is often left out, so it is keyed only
    // when there is no number.
    const QString& third = parts.number.isEmpty() ? parts.buildingName : parts.number;
    if (region.isEmpty() && place.isEmpty() && third.isEmpty() && parts.building.isEmpty())
        return parts;
    QString& key = parts.buildingKey;
    key.reserve(region.size() + place.size() + third.size() + parts.building.size() + 3);
    key.append(region).append(u'|').append(place).append(u'|').append(third).append(u'|').append(
        parts.building);
    return parts;
}

} // namespace dj::geo
