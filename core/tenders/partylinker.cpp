#include "core/tenders/partylinker.h"

#include "core/match/batchmatcher.h"

#include <QElapsedTimer>
#include <QHash>
#include <algorithm>

namespace dj::tenders {

using namespace Qt::StringLiterals;

PartyLinker::PartyLinker(const QString& cachePath)
    : m_path(cachePath)
{
}

PartyLinker::Report PartyLinker::link(std::vector<Notice>& notices, const Progress& progress) const
{
    QElapsedTimer timer;
    timer.start();
    Report report;
    // the distinct names still unlinked, with their notice count per role
    QStringList names;
    QHash<QString, std::pair<int, int>> counts; // name → (as buyer, as winner)
    for (const Notice& n : notices) {
        if (n.buyerUscc.isEmpty() && !n.buyerName.isEmpty()) {
            auto& c = counts[n.buyerName];
            if (c.first + c.second == 0)
                names << n.buyerName;
            ++c.first;
        }
        if (n.winnerUscc.isEmpty() && !n.winnerName.isEmpty()) {
            auto& c = counts[n.winnerName];
            if (c.first + c.second == 0)
                names << n.winnerName;
            ++c.second;
        }
    }
    report.names = int(names.size());
    if (names.isEmpty()) {
        report.seconds = double(timer.nsecsElapsed()) / 1e9;
        return report;
    }
    const match::BatchMatcher matcher(m_path);
    QHash<QString, match::BatchMatch> found;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if ((i & 63) == 0)
            progress.report(i, names.size(), tr("Matching buyers and winners by name"));
        progress.throwIfCancelled();
        match::BatchMatch m = matcher.match(names[i]);
        const auto [asBuyer, asWinner] = counts.value(names[i]);
        auto unlinked = [&] {
            Unlinked u { names[i], asBuyer > 0 ? u"buyer"_s : u"winner"_s, asBuyer + asWinner, {} };
            for (const auto& c : m.candidates)
                u.candidates << u"%1 (%2, %3)"_s.arg(c.name, c.uscc, QString::number(c.score, 'f', 2));
            return u;
        };
        if (m.isMatched()) {
            ++report.matched;
            found.insert(names[i], std::move(m));
        } else if (m.kind == match::BatchMatch::Kind::Ambiguous) {
            report.ambiguous.push_back(unlinked());
        } else {
            report.notFound.push_back(unlinked());
        }
    }
    progress.report(names.size(), names.size(), tr("Matching buyers and winners by name"));
    auto evidence = [](const match::BatchMatch& m) {
        const auto* c = m.match();
        store::PartyMatch e;
        e.how = m.kind == match::BatchMatch::Kind::Fuzzy    ? u"similar_name"_s
            : m.kind == match::BatchMatch::Kind::FormerName ? u"former_name"_s
                                                            : u"name"_s;
        e.matchedName = c->name;
        e.score = c->score;
        return e;
    };
    for (Notice& n : notices) {
        if (n.buyerUscc.isEmpty())
            if (const auto it = found.constFind(n.buyerName); it != found.cend()) {
                n.buyerUscc = it->match()->uscc;
                n.buyerLink = store::PartyLink::Matched;
                n.buyerMatch = evidence(*it);
                n.buyerInCache = true;
                ++report.noticesLinked;
            }
        if (n.winnerUscc.isEmpty())
            if (const auto it = found.constFind(n.winnerName); it != found.cend()) {
                n.winnerUscc = it->match()->uscc;
                n.winnerLink = store::PartyLink::Matched;
                n.winnerMatch = evidence(*it);
                n.winnerInCache = true;
                ++report.noticesLinked;
            }
    }
    auto byNotices = [](const Unlinked& a, const Unlinked& b) {
        return a.notices != b.notices ? a.notices > b.notices : a.name < b.name;
    };
    std::sort(report.ambiguous.begin(), report.ambiguous.end(), byNotices);
    std::sort(report.notFound.begin(), report.notFound.end(), byNotices);
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace dj::tenders
