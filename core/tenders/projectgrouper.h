#pragma once

#include "core/store/tenderreads.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace dj::tenders {

using Notice = store::TenderRow;

/// How a phase's award relates to the one before it.
enum class Incumbency {
    None, ///< no award (yet), or no earlier award to compare with
    First, ///< the project's first award
    Kept, ///< the earlier phase's winner won again
    Lost, ///< another winner took over
};

/// One notice of a project, in announcement order.
struct Phase
{
    int notice = -1; ///< index into the notice list
    int number = 0; ///< the phase number read from phase/name (一期 = 1, 续期 = previous + 1), 0 when none
    Incumbency incumbency = Incumbency::None;
    QString previousWinner; ///< the winner this phase's award is compared with (Kept / Lost)
};

/// Notices grouped into one project: same buyer, same category, similar name once phase words and years
/// are removed.
struct Project
{
    QString id; ///< stable within a data set: the first notice's tender_id
    QString buyerKey; ///< the buyer's USCC, else "name:" + its name
    QString buyerUscc;
    QString buyerName;
    QString regionCode;
    QString category;
    QString core; ///< the name core the notices share
    QString title; ///< the latest notice's project name
    std::vector<Phase> phases;
    QStringList evidence; ///< why the notices are one project, in words
    bool service = false; ///< a service contract (contract_months published)
    bool phased = false; ///< phase words occur, or more than one notice

    /// The winner of the latest awarded phase; empty when none.
    QString incumbent(const std::vector<Notice>& notices) const;
    QString incumbentUscc(const std::vector<Notice>& notices) const;
};

/// Groups notices into projects (deterministic: the same notices give the same projects and ids).
class ProjectGrouper
{
    Q_DECLARE_TR_FUNCTIONS(ProjectGrouper)
public:
    /// Two name cores are one project from this similarity on (0..1).
    static constexpr double kThreshold = 0.6;

    /// The buyer key of a notice: its (resolved) USCC, else "name:" + the name.
    static QString buyerKey(const Notice& n);
    /// The winner key of a notice, like buyerKey; empty when no winner.
    static QString winnerKey(const Notice& n);
    /// A project name without phase words, years, brackets and generic words (建设, 项目, 工程, 采购 …), and
    /// without the part it shares with the buyer's name at its start (the city).
    static QString nameCore(const QString& project, const QString& buyerName = {});
    /// The phase number in a phase field or a project name (一期/第二期/3期 …); 0 when none; -1 for 续期 etc.
    static int phaseNumber(const QString& phase, const QString& project);
    /// Similarity of two name cores: the larger of the character-bigram Dice coefficient and 0.9 × the
    /// overlap coefficient (shared bigrams over the smaller set), so "政务云" and "政务云平台" match.
    static double similarity(const QString& a, const QString& b);
    /// All projects, ordered by buyer key, category, then first announcement.
    static std::vector<Project> group(const std::vector<Notice>& notices);
};

QString incumbencyName(Incumbency i);

} // namespace dj::tenders
