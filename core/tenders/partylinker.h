#pragma once

#include "core/common/progress.h"
#include "core/tenders/projectgrouper.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace dj::tenders {

/// The second pass of linking a tender's parties: buyers and winners that neither gave a USCC nor carry an
/// enterprise's exact name (store::TenderReads) go through the batch matcher (core/match) — a former name, or
/// one clearly best similar name (有限公司 / 有限责任公司, brackets, a leading city) — and are linked with
/// the match's evidence (store::PartyLink::Matched, TenderRow::buyerMatch / winnerMatch). A name with several
/// plausible enterprises stays unlinked and is reported with its candidates; so is a name with none.
class PartyLinker
{
    Q_DECLARE_TR_FUNCTIONS(PartyLinker)
public:
    struct Unlinked
    {
        QString name;
        QString role; ///< buyer or winner
        int notices = 0;
        QStringList candidates; ///< "name (USCC, score)", best first; empty when nothing was similar
    };

    struct Report
    {
        int names = 0; ///< distinct party names looked up
        int matched = 0; ///< of them linked
        int noticesLinked = 0; ///< buyer and winner links set
        std::vector<Unlinked> ambiguous; ///< several plausible enterprises
        std::vector<Unlinked> notFound;
        double seconds = 0;
    };

    /// Matches against the cache at cachePath (opens its own read connection).
    explicit PartyLinker(const QString& cachePath);

    /// Links in place; throws dj::Cancelled (notices then untouched).
    Report link(std::vector<Notice>& notices, const Progress& progress = {}) const;

private:
    QString m_path;
};

} // namespace dj::tenders
