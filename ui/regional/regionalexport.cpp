#include "ui/regional/regionalexport.h"

#include "core/common/error.h"
#include "core/io/ioerror.h"
#include "core/io/workbookwriter.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cmath>
#include <stdexcept>

namespace dj::ui {

using namespace Qt::StringLiterals;
using regional::RegionalEngine;
using regional::RegionLevel;

namespace {

[[noreturn]] void fail(const QString& message)
{
    throw Error(message);
}

QByteArray num(double v)
{
    return std::isfinite(v) ? QByteArray::number(v, 'g', QLocale::FloatingPointShortest) : QByteArray("0");
}

QString kindTitle(int group)
{
    return group == 0 ? RegionalExport::tr("enterprise")
        : group == 1  ? RegionalExport::tr("person")
                      : RegionalExport::tr("other");
}

QString yi(double yuan)
{
    return QLocale().toString(yuan / 1e8, 'f', 2);
}

} // namespace

void RegionalExport::writeXlsx(const QString& path, const Tables& t, const Progress& progress)
{
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(target.fileName() + u".XXXXXX.part"_s));
    if (!temp.open())
        fail(tr("Cannot write %1: %2").arg(native, temp.errorString()));
    temp.close();
    try {
        io::WorkbookWriter w(temp.fileName());
        auto header = [&w](const QStringList& h) {
            w.beginRow();
            for (const QString& s : h)
                w.addText(s.toUtf8());
            w.endRow();
        };
        progress.report(0, 5, tr("Exporting"));
        // Flows, one row per cell, holder kinds apart.
        w.beginSheet(tr("Flows"));
        header({ tr("Holder kind"), tr("From code"), tr("From"), tr("To code"), tr("To"), tr("Holdings"),
            tr("Subscribed capital (yuan)"), tr("Holdings in foreign currency") });
        const QList<regional::FlowCell>* lists[3]
            = { &t.matrix.enterprise, &t.matrix.person, &t.matrix.other };
        for (int g = 0; g < 3; ++g) {
            for (const auto& c : *lists[g]) {
                w.beginRow();
                w.addText(kindTitle(g).toUtf8());
                w.addText(c.from.toUtf8());
                w.addText(RegionLevel::name(c.from).toUtf8());
                w.addText(c.to.toUtf8());
                w.addText(RegionLevel::name(c.to).toUtf8());
                w.addNumber(QByteArray::number(c.count));
                w.addNumber(num(c.capital));
                w.addNumber(QByteArray::number(c.foreignCount));
                w.endRow();
            }
        }
        w.endSheet();
        progress.report(1, 5, tr("Exporting"));
        // Enterprise matrix of capital.
        w.beginSheet(tr("Matrix"));
        QStringList h { tr("Investor \\ investee (yuan)") };
        for (const QString& r : t.matrix.regions)
            h << RegionLevel::name(r);
        header(h);
        QHash<QPair<QString, QString>, double> cap;
        for (const auto& c : t.matrix.enterprise)
            cap[{ c.from, c.to }] += c.capital;
        for (const QString& from : t.matrix.regions) {
            w.beginRow();
            w.addText(RegionLevel::name(from).toUtf8());
            for (const QString& to : t.matrix.regions)
                w.addNumber(num(cap.value({ from, to })));
            w.endRow();
        }
        w.endSheet();
        progress.report(2, 5, tr("Exporting"));
        // Indices with raw terms.
        w.beginSheet(tr("Indices"));
        const QStringList terms { u"C_out"_s, u"N_out"_s, u"C_in"_s, u"N_in"_s, u"N"_s, u"N_base"_s, u"R"_s,
            u"R_base"_s, u"T"_s, u"T_base"_s, u"Q"_s, u"Q_base"_s, u"g_N"_s, u"g_R"_s, u"g_T"_s, u"g_Q"_s };
        QStringList ih { tr("Code"), tr("Region") };
        for (const QString& id : RegionalEngine::indexIds())
            ih << RegionalEngine::indexTitle(id);
        ih << tr("Synergy partner");
        ih << terms;
        header(ih);
        for (const auto& r : t.indices.regions) {
            w.beginRow();
            w.addText(r.region.toUtf8());
            w.addText(RegionLevel::name(r.region).toUtf8());
            for (const QString& id : RegionalEngine::indexIds())
                w.addNumber(num(r.values.value(id)));
            w.addText(RegionLevel::name(r.partner).toUtf8());
            for (const QString& s : terms)
                w.addNumber(num(r.terms.value(s)));
            w.endRow();
        }
        w.endSheet();
        w.beginSheet(tr("Formulas"));
        header({ tr("Index"), tr("Formula") });
        for (const auto& f : t.indices.formulas) {
            w.beginRow();
            w.addText(f.title.toUtf8());
            w.addText(f.text().toUtf8());
            w.endRow();
        }
        w.beginRow();
        w.addText(RegionalEngine::indexTitle(u"synergy"_s).toUtf8());
        w.addText(t.indices.synergyText.toUtf8());
        w.endRow();
        w.endSheet();
        progress.report(3, 5, tr("Exporting"));
        w.beginSheet(tr("Ranking"));
        header({ tr("Rank"), tr("Code"), tr("Region"), RegionalEngine::indexTitle(t.ranking.index),
            tr("Rank %1").arg(t.ranking.year - 1), tr("Value %1").arg(t.ranking.year - 1) });
        for (const auto& r : t.ranking.rows) {
            w.beginRow();
            w.addNumber(QByteArray::number(r.rank));
            w.addText(r.region.toUtf8());
            w.addText(RegionLevel::name(r.region).toUtf8());
            w.addNumber(num(r.value));
            if (r.previousRank > 0) {
                w.addNumber(QByteArray::number(r.previousRank));
                w.addNumber(num(r.previousValue));
            } else {
                w.addText({});
                w.addText({});
            }
            w.endRow();
        }
        w.endSheet();
        progress.report(4, 5, tr("Exporting"));
        w.beginSheet(tr("Comparison"));
        QStringList ch { tr("Figure") };
        for (const auto& p : t.comparison.regions)
            ch << RegionLevel::name(p.region);
        header(ch);
        auto row = [&](const QString& title, auto value) {
            w.beginRow();
            w.addText(title.toUtf8());
            for (const auto& p : t.comparison.regions)
                w.addNumber(num(value(p)));
            w.endRow();
        };
        using P = regional::RegionProfile;
        row(tr("Enterprises"), [](const P& p) { return double(p.firms); });
        row(tr("Operating enterprises"), [](const P& p) { return double(p.live); });
        row(tr("Qualified enterprises"), [](const P& p) { return double(p.qualified); });
        row(tr("Revenue (yuan)"), [](const P& p) { return p.revenue; });
        row(tr("Tax (yuan)"), [](const P& p) { return p.tax; });
        for (const QString& id : RegionalEngine::indexIds())
            row(RegionalEngine::indexTitle(id), [id](const P& p) { return p.index.values.value(id); });
        w.endSheet();
        w.close();
    } catch (const io::IoError& e) {
        fail(tr("Cannot write %1: %2").arg(native, e.message()));
    }
    QFile built(temp.fileName());
    QSaveFile out(path);
    if (!built.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        fail(tr("Cannot write %1: %2").arg(native, out.errorString()));
    if (out.write(built.readAll()) < 0 || !out.commit())
        fail(tr("Cannot write %1: %2").arg(native, out.errorString()));
    progress.report(5, 5, tr("Exporting"));
}

std::pair<qint64, double> RegionalExport::crossBorder(const regional::FlowMatrix& matrix)
{
    qint64 holdings = 0;
    double capital = 0;
    for (const auto& f : matrix.enterprise) {
        if (f.from != f.to) {
            holdings += f.count;
            capital += f.capital;
        }
    }
    return { holdings, capital };
}

ReportWriter RegionalExport::brief(
    const Tables& t, const QString& dataSource, const QImage& sankey, const QImage& tileGrid)
{
    const auto& s = t.matrix.scope;
    ReportWriter report(tr("Regional economy brief"));
    report.addTitle(tr("Regional economy brief"),
        tr("%1 · %2 · reference year %3 · data: %4 · made %5")
            .arg(RegionLevel::title(s.level),
                s.within.isEmpty() ? tr("whole country") : RegionLevel::name(s.within))
            .arg(t.indices.year)
            .arg(dataSource, QDate::currentDate().toString(Qt::ISODate)));
    const auto [n, c] = crossBorder(t.matrix);
    report.addHeading(tr("1. Investment flows"));
    report.addParagraph(
        tr("%1 regions; %2 holdings by enterprises across regional borders with %3 亿元 of subscribed "
           "capital. "
           "Holdings of natural persons and other holders are counted apart and not mixed into these "
           "figures.")
            .arg(t.matrix.regions.size())
            .arg(n)
            .arg(yi(c)));
    QList<QStringList> flows;
    for (const auto& f : t.matrix.enterprise) {
        if (f.from == f.to)
            continue;
        flows << QStringList { RegionLevel::name(f.from), RegionLevel::name(f.to), QString::number(f.count),
            yi(f.capital) };
        if (flows.size() == 12)
            break;
    }
    report.addTable({ tr("From"), tr("To"), tr("Holdings"), tr("Capital (亿元)") }, flows);
    report.addImage(sankey);
    report.addImage(tileGrid);
    report.addNote(tr("The province picture is a schematic tile-grid (one square per province), not a map."));
    report.addHeading(tr("2. Ranking: %1").arg(RegionalEngine::indexTitle(t.ranking.index)));
    QList<QStringList> ranking;
    for (const auto& r : t.ranking.rows.mid(0, 15))
        ranking << QStringList { QString::number(r.rank), RegionLevel::name(r.region),
            QLocale().toString(r.value, 'f', 1),
            r.previousRank > 0 ? QString::number(r.previousRank) : tr("new") };
    report.addTable(
        { tr("Rank"), tr("Region"), tr("Value"), tr("Rank %1").arg(t.ranking.year - 1) }, ranking);
    report.addHeading(tr("3. How the indices are computed"));
    for (const auto& f : t.indices.formulas)
        report.addParagraph(f.title + u'\n' + f.text());
    report.addParagraph(t.indices.synergyText);
    if (!t.comparison.regions.isEmpty()) {
        report.addHeading(tr("4. Comparison"));
        QStringList headers { tr("Figure") };
        for (const auto& p : t.comparison.regions)
            headers << RegionLevel::name(p.region);
        QList<QStringList> rows;
        auto row = [&](const QString& title, auto value) {
            QStringList cells { title };
            for (const auto& p : t.comparison.regions)
                cells << value(p);
            rows << cells;
        };
        using P = regional::RegionProfile;
        row(tr("Enterprises"), [](const P& p) { return QLocale().toString(p.firms); });
        row(tr("Revenue (亿元)"), [](const P& p) { return yi(p.revenue); });
        row(tr("Tax (亿元)"), [](const P& p) { return yi(p.tax); });
        for (const QString& id : { u"outward"_s, u"inward"_s, u"potential"_s })
            row(RegionalEngine::indexTitle(id),
                [id](const P& p) { return QLocale().toString(p.index.values.value(id), 'f', 1); });
        report.addTable(headers, rows);
    }
    return report;
}

} // namespace dj::ui
