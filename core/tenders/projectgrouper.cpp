#include "core/tenders/projectgrouper.h"

#include <QRegularExpression>
#include <algorithm>
#include <map>
#include <utility>

namespace dj::tenders {

namespace {

QString folded(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            u = char16_t(u - 0xFEE0);
        if (u == 0x3000)
            u = u' ';
        out.append(QChar(u));
    }
    return out;
}

int chineseNumber(const QString& s)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (s.isEmpty())
        return 0;
    bool ok = false;
    const int v = s.toInt(&ok);
    if (ok)
        return v;
    if (s == u"十")
        return 10;
    if (s.size() == 2 && s.front() == u'十')
        return 10 + int(digits.indexOf(s.back()));
    if (s.size() == 2 && s.back() == u'十')
        return 10 * int(digits.indexOf(s.front()));
    if (s.size() == 1)
        return int(std::max<qsizetype>(0, digits.indexOf(s.front())));
    return 0;
}

const QRegularExpression& phaseRe()
{
    static const QRegularExpression re(QStringLiteral("第?([一二三四五六七八九十]{1,2}|[0-9]{1,2})\\s*期"));
    return re;
}
const QRegularExpression& renewalRe()
{
    static const QRegularExpression re(QStringLiteral("续期|续签|续约|续标|续建|延续"));
    return re;
}
const QRegularExpression& yearRe()
{
    static const QRegularExpression re(
        QStringLiteral("(19|20)[0-9]{2}(\\s*[-~—至到]\\s*((19|20)?[0-9]{2}))?\\s*(年度|年)?"));
    return re;
}
const QRegularExpression& genericRe()
{
    static const QRegularExpression re(
        QStringLiteral("建设项目|采购项目|服务项目|项目|工程|建设|采购|服务|招标|公开|公告|中标|成交|结果|及|"
                       "和|的|[()\\[\\]【】《》“”\"'·,，。、:：;；\\-—_/\\s]"));
    return re;
}

std::vector<quint32> bigrams(const QString& s)
{
    std::vector<quint32> out;
    for (qsizetype i = 0; i + 1 < s.size(); ++i)
        out.push_back(quint32(s.at(i).unicode()) << 16 | s.at(i + 1).unicode());
    if (s.size() == 1)
        out.push_back(quint32(s.at(0).unicode()) << 16);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double similarityOf(const std::vector<quint32>& a, const std::vector<quint32>& b)
{
    if (a.empty() || b.empty())
        return 0;
    size_t common = 0;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) {
            ++common;
            ++i;
            ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    const double dice = 2.0 * double(common) / double(a.size() + b.size());
    const double overlap = double(common) / double(std::min(a.size(), b.size()));
    return std::max(dice, 0.9 * overlap);
}

} // namespace

QString incumbencyName(Incumbency i)
{
    switch (i) {
    case Incumbency::First:
        return QStringLiteral("first");
    case Incumbency::Kept:
        return QStringLiteral("kept");
    case Incumbency::Lost:
        return QStringLiteral("lost");
    case Incumbency::None:
        break;
    }
    return QStringLiteral("none");
}

QString Project::incumbent(const std::vector<Notice>& notices) const
{
    for (auto it = phases.rbegin(); it != phases.rend(); ++it)
        if (!notices[size_t(it->notice)].winnerName.isEmpty())
            return notices[size_t(it->notice)].winnerName;
    return {};
}

QString Project::incumbentUscc(const std::vector<Notice>& notices) const
{
    for (auto it = phases.rbegin(); it != phases.rend(); ++it)
        if (!notices[size_t(it->notice)].winnerName.isEmpty()
            || !notices[size_t(it->notice)].winnerUscc.isEmpty())
            return notices[size_t(it->notice)].winnerUscc;
    return {};
}

QString ProjectGrouper::buyerKey(const Notice& n)
{
    if (!n.buyerUscc.isEmpty())
        return n.buyerUscc;
    return QStringLiteral("name:") + folded(n.buyerName).remove(u' ');
}

QString ProjectGrouper::winnerKey(const Notice& n)
{
    if (!n.winnerUscc.isEmpty())
        return n.winnerUscc;
    if (n.winnerName.isEmpty())
        return {};
    return QStringLiteral("name:") + folded(n.winnerName).remove(u' ');
}

QString ProjectGrouper::nameCore(const QString& project, const QString& buyerName)
{
    QString s = folded(project);
    s.remove(yearRe());
    s.remove(phaseRe());
    s.remove(renewalRe());
    s.remove(genericRe());
    // The city (or the whole buyer name) the project name starts with says nothing about the project.
    const QString buyer = folded(buyerName).remove(u' ');
    qsizetype common = 0;
    while (common < s.size() && common < buyer.size() && s.at(common) == buyer.at(common))
        ++common;
    if (common >= 2 && s.size() - common >= 2)
        s = s.mid(common);
    else if (common >= 2 && s.size() - common < 2 && buyer.size() > common) {
        // the name is (almost) the buyer's: keep it whole
    }
    return s;
}

int ProjectGrouper::phaseNumber(const QString& phase, const QString& project)
{
    for (const QString& text : { folded(phase), folded(project) }) {
        const QRegularExpressionMatch m = phaseRe().match(text);
        if (m.hasMatch()) {
            const int v = chineseNumber(m.captured(1));
            if (v > 0)
                return v;
        }
        if (renewalRe().match(text).hasMatch())
            return -1;
    }
    return 0;
}

double ProjectGrouper::similarity(const QString& a, const QString& b)
{
    if (a == b)
        return a.isEmpty() ? 0 : 1;
    return similarityOf(bigrams(a), bigrams(b));
}

std::vector<Project> ProjectGrouper::group(const std::vector<Notice>& notices)
{
    // Buckets of one buyer and one category, notices in announcement order.
    std::map<std::pair<QString, QString>, std::vector<int>> buckets;
    for (size_t i = 0; i < notices.size(); ++i)
        buckets[{ buyerKey(notices[i]), notices[i].category }].push_back(int(i));

    std::vector<Project> projects;
    for (auto& [key, members] : buckets) {
        std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
            const Notice& x = notices[size_t(a)];
            const Notice& y = notices[size_t(b)];
            if (x.announced != y.announced)
                return x.announced < y.announced;
            return x.tenderId < y.tenderId;
        });
        struct Cluster
        {
            std::vector<int> members;
            std::vector<std::vector<quint32>> grams;
            std::vector<QString> cores;
            std::vector<double> joinScore; // per member: the similarity it joined with
            std::vector<int> joinedTo; // per member: the member it was most similar to
        };
        std::vector<Cluster> clusters;
        for (int i : members) {
            const Notice& n = notices[size_t(i)];
            const QString core = nameCore(n.project, n.buyerName);
            const std::vector<quint32> grams = bigrams(core);
            int best = -1;
            int bestMember = -1;
            double bestScore = 0;
            for (size_t c = 0; c < clusters.size(); ++c) {
                for (size_t m = 0; m < clusters[c].members.size(); ++m) {
                    const double s
                        = core == clusters[c].cores[m] ? 1.0 : similarityOf(grams, clusters[c].grams[m]);
                    if (s > bestScore) {
                        bestScore = s;
                        best = int(c);
                        bestMember = clusters[c].members[m];
                    }
                }
            }
            if (best >= 0 && bestScore >= kThreshold) {
                Cluster& c = clusters[size_t(best)];
                c.members.push_back(i);
                c.grams.push_back(grams);
                c.cores.push_back(core);
                c.joinScore.push_back(bestScore);
                c.joinedTo.push_back(bestMember);
            } else {
                clusters.push_back({ { i }, { grams }, { core }, { 1.0 }, { -1 } });
            }
        }
        for (const Cluster& c : clusters) {
            Project p;
            const Notice& first = notices[size_t(c.members.front())];
            const Notice& last = notices[size_t(c.members.back())];
            p.id = first.tenderId;
            p.buyerKey = key.first;
            p.buyerUscc = first.buyerUscc;
            p.buyerName = last.buyerName;
            p.regionCode = last.regionCode.isEmpty() ? first.regionCode : last.regionCode;
            p.category = key.second;
            p.core = c.cores.front();
            p.title = last.project;
            p.evidence << (first.buyerUscc.isEmpty()
                    ? tr("Same buyer by name: %1").arg(first.buyerName)
                    : tr("Same buyer: %1 (%2)").arg(first.buyerName, first.buyerUscc));
            if (!key.second.isEmpty())
                p.evidence << tr("Same category: %1").arg(key.second);
            p.evidence << tr("Name core without phase words and years: %1").arg(p.core);
            QString previousWinner;
            QString previousWinnerName;
            int previousNumber = 0;
            for (size_t m = 0; m < c.members.size(); ++m) {
                const Notice& n = notices[size_t(c.members[m])];
                Phase ph;
                ph.notice = c.members[m];
                const int explicitNumber = phaseNumber(n.phase, n.project);
                ph.number = explicitNumber > 0 ? explicitNumber : previousNumber + 1;
                previousNumber = ph.number;
                if (explicitNumber != 0)
                    p.phased = true;
                if (n.contractMonths > 0)
                    p.service = true;
                const QString w = winnerKey(n);
                if (!w.isEmpty()) {
                    if (previousWinner.isEmpty())
                        ph.incumbency = Incumbency::First;
                    else {
                        ph.incumbency = w == previousWinner ? Incumbency::Kept : Incumbency::Lost;
                        ph.previousWinner = previousWinnerName;
                    }
                    previousWinner = w;
                    previousWinnerName = n.winnerName.isEmpty() ? n.winnerUscc : n.winnerName;
                }
                if (m > 0) {
                    const Notice& to = notices[size_t(c.joinedTo[m])];
                    p.evidence << tr("%1 (%2) joins %3 (%4): name similarity %5")
                                      .arg(n.project, n.tenderId, to.project, to.tenderId)
                                      .arg(c.joinScore[m], 0, 'f', 2);
                }
                p.phases.push_back(ph);
            }
            if (p.phases.size() > 1)
                p.phased = true;
            projects.push_back(std::move(p));
        }
    }
    return projects;
}

} // namespace dj::tenders
