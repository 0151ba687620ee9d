#include "tests/core/regional/bundlefixture.h"

#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <memory>

namespace dj::test::regional {

using namespace Qt::StringLiterals;

QList<Row> readCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            record << field;
            field.clear();
            records << record;
            record.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record << field;
        records << record;
    }
    QList<Row> rows;
    if (records.isEmpty())
        return rows;
    const QStringList header = records.takeFirst();
    for (const QStringList& r : records) {
        if (r.size() == 1 && r.first().isEmpty())
            continue;
        Row row;
        for (qsizetype i = 0; i < header.size() && i < r.size(); ++i)
            row.insert(header[i], r[i]);
        rows << row;
    }
    return rows;
}

QString sectionOf(const QString& industryCode)
{
    QString code = industryCode;
    if (!code.isEmpty() && code[0].isLetter())
        code = code.mid(1);
    if (code.size() < 2)
        return {};
    const int d = code.left(2).toInt();
    // domain.md: A 01–05 · B 06–12 · C 13–43 · D 44–46 · E 47–50 · F 51–52 · G 53–60 · H 61–62 · I 63–65 ·
    // J 66–69 · K 70 · L 71–72 · M 73–75 · N 76–79 · O 80–82 · P 83 · Q 84–85 · R 86–90 · S 91–96 · T 97
    const int upper[] = { 5, 12, 43, 46, 50, 52, 60, 62, 65, 69, 70, 72, 75, 79, 82, 83, 85, 90, 96, 97 };
    for (int i = 0; i < 20; ++i) {
        if (d >= 1 && d <= upper[i])
            return QString(QChar(u'A' + i));
    }
    return {};
}

const Bundle& bundle()
{
    static std::unique_ptr<QTemporaryDir> dir;
    static Bundle b;
    if (dir)
        return b;
    dir = std::make_unique<QTemporaryDir>();
    b.dir = dir->path();
    b.cache = dir->filePath(u"demo.djcache"_s);
    const auto demo
        = runCli({ u"demo"_s, u"--db"_s, b.cache, u"--enterprises"_s, u"6000"_s, u"--seed"_s, u"11"_s });
    REQUIRE(demo.exitCode == 0);
    const QString out = dir->filePath(u"bundle"_s);
    const auto exp = runCli({ u"export"_s, u"--db"_s, b.cache, u"--out"_s, out });
    REQUIRE(exp.exitCode == 0);
    b.enterprises = readCsv(out + u"/enterprises.csv"_s);
    b.persons = readCsv(out + u"/persons.csv"_s);
    b.shareholdings = readCsv(out + u"/shareholdings.csv"_s);
    b.financials = readCsv(out + u"/financials.csv"_s);
    b.qualifications = readCsv(out + u"/qualifications.csv"_s);
    REQUIRE(b.enterprises.size() == 6000);
    REQUIRE(b.shareholdings.size() > 6000);
    return b;
}

namespace {

bool sixDigits(const QString& s)
{
    if (s.size() != 6)
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString keyAt(const QString& code6, int level)
{
    if (!sixDigits(code6) || code6 == u"000000"_s)
        return u"unknown"_s;
    return code6.left(2 * level);
}

struct Firm
{
    QString region, section, status;
    int year = 0;
};

QHash<QString, Firm> firmsByUscc(const Bundle& b)
{
    QHash<QString, Firm> m;
    for (const Row& e : b.enterprises) {
        Firm f;
        f.region = e.value(u"region_code"_s);
        f.section = sectionOf(e.value(u"industry_code"_s));
        f.status = e.value(u"status"_s);
        f.year = e.value(u"established"_s).left(4).toInt();
        m.insert(e.value(u"uscc"_s), f);
    }
    return m;
}

QString origin(const Row& p)
{
    const QString birth = p.value(u"birthplace_code"_s);
    if (sixDigits(birth))
        return birth;
    const QString native = p.value(u"native_place_code"_s);
    if (native.size() == 2 || native.size() == 4 || native.size() == 6) {
        bool ok = false;
        native.toInt(&ok);
        if (ok)
            return (native + u"0000"_s).left(6);
    }
    return {};
}

} // namespace

Flows expectedFlows(const Bundle& b, int level, const QString& within, const QSet<QString>& sections,
    int yearFrom, int yearTo)
{
    const auto firms = firmsByUscc(b);
    QHash<QString, QString> personOrigin;
    for (const Row& p : b.persons)
        personOrigin.insert(p.value(u"person_id"_s), origin(p));
    Flows out;
    for (const Row& s : b.shareholdings) {
        const Firm investee = firms.value(s.value(u"investee_uscc"_s));
        if (!sections.isEmpty() && !sections.contains(investee.section))
            continue;
        if ((yearFrom || yearTo)
            && (investee.year == 0 || (yearFrom && investee.year < yearFrom)
                || (yearTo && investee.year > yearTo)))
            continue;
        const QString kind = s.value(u"holder_kind"_s);
        const QString id = s.value(u"holder_id"_s);
        QString from;
        if (kind == u"enterprise") {
            const QString code = firms.contains(id) ? firms.value(id).region
                : id.size() == 18                   ? id.mid(2, 6)
                                                    : QString();
            from = keyAt(code, level);
        } else if (kind == u"person") {
            from = keyAt(personOrigin.value(id), level);
        } else {
            from = u"other"_s;
        }
        QString to = keyAt(investee.region, level);
        if (!within.isEmpty()) {
            const bool fromIn = kind != u"other" && from.startsWith(within);
            const bool toIn = to.startsWith(within);
            if (!fromIn && !toIn)
                continue;
            if (!fromIn && from != u"unknown" && from != u"other")
                from = u"outside"_s;
            if (!toIn && to != u"unknown")
                to = u"outside"_s;
        }
        Cell& c = out[{ kind, from, to }];
        c.count += 1;
        if (s.value(u"subscribed_capital_currency"_s).isEmpty())
            c.capital += s.value(u"subscribed_capital"_s).toDouble();
    }
    return out;
}

int latestYear(const Bundle& b)
{
    int y = 0;
    for (const Row& f : b.financials) {
        if (!f.value(u"revenue"_s).isEmpty())
            y = std::max(y, f.value(u"year"_s).toInt());
    }
    return y;
}

QMap<QString, Expected> expectedIndices(const Bundle& b, int level, const QString& within, int Y, int K)
{
    const auto firms = firmsByUscc(b);
    auto inScope = [&](const QString& key) {
        return key != u"unknown" && (within.isEmpty() || key.startsWith(within));
    };
    QMap<QString, Expected> out;
    // Enterprise figures.
    QHash<QString, QHash<int, qint64>> established, qualified;
    QHash<QString, QHash<int, double>> revenue, tax;
    for (const Firm& f : firms) {
        const QString k = keyAt(f.region, level);
        if (!inScope(k))
            continue;
        out[k];
        established[k][f.year] += 1;
    }
    QHash<QString, int> firstQualification;
    for (const Row& q : b.qualifications) {
        const QString u = q.value(u"uscc"_s);
        const int y = q.value(u"year"_s).toInt();
        firstQualification[u] = firstQualification.contains(u) ? std::min(firstQualification[u], y) : y;
    }
    for (auto it = firstQualification.begin(); it != firstQualification.end(); ++it) {
        const QString k = keyAt(firms.value(it.key()).region, level);
        if (inScope(k))
            qualified[k][it.value()] += 1;
    }
    for (const Row& f : b.financials) {
        const QString k = keyAt(firms.value(f.value(u"uscc"_s)).region, level);
        if (!inScope(k))
            continue;
        revenue[k][f.value(u"year"_s).toInt()] += f.value(u"revenue"_s).toDouble();
        tax[k][f.value(u"year"_s).toInt()] += f.value(u"tax"_s).toDouble();
    }
    // Enterprise flows up to Y (or of unknown year), across borders.
    QHash<QString, double> cOut, cIn, nOut, nIn;
    QHash<QPair<QString, QString>, double> pair;
    for (const Row& s : b.shareholdings) {
        if (s.value(u"holder_kind"_s) != u"enterprise")
            continue;
        const Firm investee = firms.value(s.value(u"investee_uscc"_s));
        if (investee.year > Y)
            continue;
        const QString id = s.value(u"holder_id"_s);
        const QString src = keyAt(firms.contains(id) ? firms.value(id).region
                : id.size() == 18                    ? id.mid(2, 6)
                                                     : QString(),
            level);
        const QString dst = keyAt(investee.region, level);
        if (src == dst || src == u"unknown" || dst == u"unknown")
            continue;
        const double cap = s.value(u"subscribed_capital_currency"_s).isEmpty()
            ? s.value(u"subscribed_capital"_s).toDouble()
            : 0.0;
        if (inScope(src)) {
            cOut[src] += cap;
            nOut[src] += 1;
            out[src];
        }
        if (inScope(dst)) {
            cIn[dst] += cap;
            nIn[dst] += 1;
            out[dst];
        }
        if (inScope(src) && inScope(dst))
            pair[{ src, dst }] += cap;
    }
    auto upTo = [](const QHash<int, qint64>& m, int year) {
        qint64 n = 0;
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (it.key() > 0 && it.key() <= year)
                n += it.value();
        }
        return double(n);
    };
    auto growth = [K](double now, double base) {
        return base > 0 ? std::pow(std::max(0.0, now / base), 1.0 / K) - 1.0 : 0.0;
    };
    for (auto it = out.begin(); it != out.end(); ++it) {
        const QString k = it.key();
        auto& t = it->terms;
        t[u"C_out"_s] = cOut.value(k);
        t[u"N_out"_s] = nOut.value(k);
        t[u"C_in"_s] = cIn.value(k);
        t[u"N_in"_s] = nIn.value(k);
        t[u"N"_s] = upTo(established.value(k), Y);
        t[u"Q"_s] = upTo(qualified.value(k), Y);
        t[u"R"_s] = revenue.value(k).value(Y);
        t[u"T"_s] = tax.value(k).value(Y);
        t[u"g_N"_s] = growth(t[u"N"_s], upTo(established.value(k), Y - K));
        t[u"g_Q"_s] = growth(t[u"Q"_s], upTo(qualified.value(k), Y - K));
        t[u"g_R"_s] = growth(t[u"R"_s], revenue.value(k).value(Y - K));
        t[u"g_T"_s] = growth(t[u"T"_s], tax.value(k).value(Y - K));
    }
    // The documented formulas (shared/spec and the app's text): weights written here by hand.
    auto extreme = [&](const QString& sym, bool wantMax) {
        bool first = true;
        double v = 0;
        for (const Expected& e : out) {
            const double x = e.terms.value(sym);
            v = first ? x : wantMax ? std::max(v, x) : std::min(v, x);
            first = false;
        }
        return v;
    };
    auto share = [&](const Expected& e, const QString& sym) {
        const double m = extreme(sym, true);
        return m > 0 ? e.terms.value(sym) / m : 0.0;
    };
    auto minmax = [&](const Expected& e, const QString& sym) {
        const double lo = extreme(sym, false), hi = extreme(sym, true);
        return hi > lo ? (e.terms.value(sym) - lo) / (hi - lo) : 0.0;
    };
    for (auto it = out.begin(); it != out.end(); ++it) {
        Expected& e = it.value();
        e.values[u"outward"_s] = 100 * (0.6 * share(e, u"C_out"_s) + 0.4 * share(e, u"N_out"_s));
        e.values[u"inward"_s] = 100 * (0.6 * share(e, u"C_in"_s) + 0.4 * share(e, u"N_in"_s));
        e.values[u"potential"_s] = 100
            * (0.3 * minmax(e, u"g_N"_s) + 0.3 * minmax(e, u"g_R"_s) + 0.2 * minmax(e, u"g_T"_s)
                + 0.2 * minmax(e, u"g_Q"_s));
        e.values[u"firms"_s] = e.terms[u"N"_s];
        e.values[u"revenue"_s] = e.terms[u"R"_s];
        e.values[u"tax"_s] = e.terms[u"T"_s];
        e.values[u"qualified"_s] = e.terms[u"Q"_s];
        double best = 0;
        for (auto p = out.begin(); p != out.end(); ++p) {
            if (p.key() == it.key())
                continue;
            const double den
                = cOut.value(it.key()) + cIn.value(it.key()) + cOut.value(p.key()) + cIn.value(p.key());
            const double s = den > 0
                ? 100 * (pair.value({ it.key(), p.key() }) + pair.value({ p.key(), it.key() })) / den
                : 0;
            best = std::max(best, s);
        }
        e.values[u"synergy"_s] = best;
    }
    return out;
}

} // namespace dj::test::regional
