#include "core/match/batchmatcher.h"

#include "core/codes/regions.h"
#include "core/store/cache.h"
#include "core/store/enterprisestore.h"
#include "core/store/namelookup.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace dj::match {

using store::Cache;

namespace {

/// A place name that may lead an enterprise name (江苏省, 江苏, 盐城市, 盐城).
struct PlacePrefix
{
    QString text;
    QString province; ///< 2-digit province code of the place
    bool isProvince = false;
};

/// Leading place names to strip, longest first, so that 江苏省盐城市 goes before 江苏.
const QList<PlacePrefix>& placePrefixes()
{
    static const QList<PlacePrefix> prefixes = [] {
        QList<PlacePrefix> out;
        QSet<QString> seen;
        const auto& regions = codes::Regions::instance();
        auto add = [&](const codes::Region* r, bool isProvince) {
            for (const QString& n : { r->name, r->shortName }) {
                if (n.size() < 2 || n == QStringLiteral("市辖区") || seen.contains(n))
                    continue;
                seen.insert(n);
                out.append(PlacePrefix { n, r->code.left(2), isProvince });
            }
        };
        for (const codes::Region* r : regions.provinces())
            add(r, true);
        for (const codes::Region* r : regions.prefectures())
            add(r, false);
        std::stable_sort(out.begin(), out.end(),
            [](const PlacePrefix& a, const PlacePrefix& b) { return a.text.size() > b.text.size(); });
        return out;
    }();
    return prefixes;
}

const QStringList& legalSuffixes()
{
    static const QStringList suffixes {
        QStringLiteral("股份有限公司"),
        QStringLiteral("有限责任公司"),
        QStringLiteral("有限公司"),
        QStringLiteral("股份公司"),
        QStringLiteral("集团公司"),
        QStringLiteral("(有限合伙)"),
        QStringLiteral("(普通合伙)"),
        QStringLiteral("有限合伙"),
        QStringLiteral("公司"),
        QStringLiteral("集团"),
        QStringLiteral("股份"),
        QStringLiteral("有限"),
    };
    return suffixes;
}

bool looksLikeUscc(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-HJ-NPQRTUWXY]{18}$"));
    return re.match(s).hasMatch();
}

QStringList bigrams(const QString& s)
{
    QStringList out;
    if (s.size() == 1)
        out << s;
    for (qsizetype i = 0; i + 1 < s.size(); ++i)
        out << s.mid(i, 2);
    return out;
}

} // namespace

struct BatchMatcher::Impl
{
    explicit Impl(const QString& cachePath)
        : store(store::openEnterpriseStore(cachePath))
        , names(Cache::open(cachePath, Cache::Access::ReadOnly))
    {
    }
    std::unique_ptr<store::EnterpriseStore> store;
    store::NameLookup names;
};

BatchMatcher::BatchMatcher(const QString& cachePath)
    : d(std::make_unique<Impl>(cachePath))
{
}

BatchMatcher::~BatchMatcher() = default;

QString BatchMatcher::normalizeName(const QString& name)
{
    QString s = name.normalized(QString::NormalizationForm_KC).toLower();
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    bool changed = true;
    while (changed) {
        changed = false;
        for (const QString& suffix : legalSuffixes()) {
            if (s.size() > suffix.size() + 1 && s.endsWith(suffix)) {
                s.chop(suffix.size());
                changed = true;
            }
        }
    }
    // A province and then one of its cities (江苏省盐城市…), or a city alone; at least two characters
    // of the name stay. A second place name from another province is a brand (北京三明科技: 三明 stays).
    QString province;
    bool afterProvince = false;
    for (const PlacePrefix& p : placePrefixes()) {
        if (s.size() >= p.text.size() + 2 && s.startsWith(p.text)) {
            s.remove(0, p.text.size());
            province = p.province;
            afterProvince = p.isProvince;
            break;
        }
    }
    if (afterProvince) {
        for (const PlacePrefix& p : placePrefixes()) {
            if (p.isProvince || p.province != province)
                continue;
            if (s.size() >= p.text.size() + 2 && s.startsWith(p.text)) {
                s.remove(0, p.text.size());
                break;
            }
        }
    }
    s.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    return s;
}

double BatchMatcher::dice(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    if (a == b)
        return 1;
    const QStringList ga = bigrams(a);
    QHash<QString, int> counts;
    for (const QString& g : bigrams(b))
        ++counts[g];
    const qsizetype nb = std::max<qsizetype>(1, b.size() == 1 ? 1 : b.size() - 1);
    int common = 0;
    for (const QString& g : ga) {
        auto it = counts.find(g);
        if (it != counts.end() && it.value() > 0) {
            --it.value();
            ++common;
        }
    }
    return 2.0 * common / double(ga.size() + nb);
}

QString BatchMatcher::kindText(BatchMatch::Kind kind)
{
    switch (kind) {
    case BatchMatch::Kind::Uscc:
        return tr("Credit code");
    case BatchMatch::Kind::Name:
        return tr("Exact name");
    case BatchMatch::Kind::FormerName:
        return tr("Former name");
    case BatchMatch::Kind::Fuzzy:
        return tr("Similar name");
    case BatchMatch::Kind::Ambiguous:
        return tr("Ambiguous");
    case BatchMatch::Kind::NotFound:
        return tr("Not found");
    }
    return {};
}

BatchMatch BatchMatcher::match(const QString& rawInput) const
{
    BatchMatch m;
    m.input = rawInput.trimmed();
    const QString input = m.input;
    if (input.isEmpty())
        return m;

    const QString code = input.normalized(QString::NormalizationForm_KC).toUpper().remove(QLatin1Char(' '));
    if (looksLikeUscc(code)) {
        if (auto e = d->store->enterprise(code)) {
            m.kind = BatchMatch::Kind::Uscc;
            m.candidates << MatchCandidate { e->uscc, e->name, 1.0 };
            m.chosen = 0;
        }
        return m; // a code that is not in the cache is not guessed at by name
    }

    // Registries write brackets full-width; lists typed by hand often do not.
    QStringList spellings { input };
    QString fullWidth = input;
    fullWidth.replace(QLatin1Char('('), QChar(0xFF08)).replace(QLatin1Char(')'), QChar(0xFF09));
    QString halfWidth = input;
    halfWidth.replace(QChar(0xFF08), QLatin1Char('(')).replace(QChar(0xFF09), QLatin1Char(')'));
    for (const QString& s : { fullWidth, halfWidth })
        if (!spellings.contains(s))
            spellings << s;
    for (const QString& s : spellings) {
        const auto hits = d->store->enterprisesByName(s);
        if (hits.isEmpty())
            continue;
        for (const auto& e : hits)
            m.candidates << MatchCandidate { e.uscc, e.name, 1.0 };
        if (hits.size() == 1) {
            m.kind = hits.front().name == s ? BatchMatch::Kind::Name : BatchMatch::Kind::FormerName;
            m.chosen = 0;
        } else {
            m.kind = BatchMatch::Kind::Ambiguous;
        }
        return m;
    }

    // Fuzzy: narrow with the trigram index (or a scan for very short cores), score by bigram Dice.
    const QString core = normalizeName(input);
    if (core.isEmpty())
        return m;
    // Scores one candidate enterprise.
    const auto consider = [&](const store::NameLookup::Row& row) {
        MatchCandidate c { row.uscc, row.name, 0 };
        c.score = dice(core, normalizeName(c.name));
        const QString& former = row.formerNames;
        if (!former.isEmpty())
            for (const QString& f : former.split(QLatin1Char('|'), Qt::SkipEmptyParts))
                c.score = std::max(c.score, dice(core, normalizeName(f)));
        if (c.score >= kMinScore)
            m.candidates << c;
    };
    if (core.size() >= 3 && d->names.grams().available()) {
        for (const store::NameGramIndex::Scored& s : d->names.grams().similar(core, 300))
            if (const auto row = d->names.byId(s.id))
                consider(*row);
    } else {
        for (const store::NameLookup::Row& row : d->names.containing(core, 300))
            consider(row);
    }
    std::stable_sort(
        m.candidates.begin(), m.candidates.end(), [](const MatchCandidate& a, const MatchCandidate& b) {
            return a.score != b.score ? a.score > b.score : a.name < b.name;
        });
    if (m.candidates.size() > 8)
        m.candidates.resize(8);
    if (m.candidates.isEmpty())
        return m;
    const double best = m.candidates.front().score;
    const double second = m.candidates.size() > 1 ? m.candidates[1].score : 0.0;
    // A core of one or two characters (科技, 商贸) says too little to accept on its own.
    if (best >= kAcceptScore && best - second >= kClearLead && core.size() >= 3) {
        m.kind = BatchMatch::Kind::Fuzzy;
        m.chosen = 0;
    } else {
        m.kind = BatchMatch::Kind::Ambiguous;
    }
    return m;
}

QList<BatchMatch> BatchMatcher::matchAll(const QStringList& inputs, const Progress& progress) const
{
    QList<BatchMatch> out;
    const qint64 total = inputs.size();
    for (qint64 i = 0; i < total; ++i) {
        if (i % 16 == 0)
            progress.report(i, total, tr("Matching"));
        if (!inputs[i].trimmed().isEmpty())
            out << match(inputs[i]);
    }
    progress.report(total, total, tr("Matching"));
    return out;
}

} // namespace dj::match
