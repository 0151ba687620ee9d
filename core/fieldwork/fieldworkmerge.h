#pragma once

#include "core/fieldwork/fieldworkexchange.h"
#include "core/fieldwork/fieldworkstore.h"

#include <QSet>
#include <functional>

namespace dj::fieldwork {

/// The field-by-field merge of two versions of one record: the rules of FieldWorkExchange::merge, shared
/// with the team-server sync (core/server) so that a file merge and a sync decide alike.
///
/// - A field edited on both sides takes the later edit (stamp time, then author, then value break ties,
///   so every side that merges the same versions, in any order, keeps the same one); the other version is
///   kept in the history as a conflict.
/// - A task's status only moves forward (待办 → 进行中 → 已完成/已取消) when the two edits were made
///   independently; a status set back on top of the forward one (a reopen: its stamp's base is the other's
///   time, or both are the same author's) is a later edit like any other.
class FieldWorkMerge
{
public:
    /// Whether a losing version of a field is already in the history (merges stay idempotent).
    using KnownConflict = std::function<bool(
        const QString& recordId, const QString& field, const Stamp& loser, const QString& value)>;

    struct Outcome
    {
        Record merged;
        bool changed = false; ///< merged differs from local (values, stamps, created)
        bool valueChanged = false; ///< at least one field's value was taken from the incoming version
        QList<HistoryEntry> history; ///< merge and conflict entries to append to the history
        QList<Conflict> conflicts; ///< newly found conflicts
    };

    /// Merges `incoming` into `local`. Only fields in `present` (plus "deleted" when present) are
    /// considered: a source without a column says nothing about that field. `source` goes to the history.
    static Outcome merge(const Record& local, const Record& incoming, const QSet<QString>& present,
        const QString& source, const KnownConflict& known);

    /// The history entry of a record new to one side.
    static HistoryEntry addedEntry(const Record& incoming, const QString& source);

    /// Every field of a kind plus "deleted" (a full record, as sync sends it).
    static QSet<QString> allFields(RecordKind kind);

    /// (at, by, value): true when version a is the later edit.
    static bool later(const Stamp& a, const QString& av, const Stamp& b, const QString& bv);
    /// Whether one version was made on top of the other (no conflict), as opposed to both sides editing.
    static bool related(const Stamp& mine, const Stamp& theirs);
    /// 0 待办/empty, 1 进行中, 2 已完成/已取消.
    static int statusRank(const QString& status);
};

} // namespace dj::fieldwork
