#include "core/fieldwork/fieldworkmerge.h"

namespace dj::fieldwork {

namespace {

const QString kDeleted = QStringLiteral("deleted");

QString fieldValue(const Record& r, const QString& field)
{
    if (field == kDeleted)
        return r.deleted ? QStringLiteral("1") : QStringLiteral("0");
    return r.value(field);
}

void setFieldValue(Record& r, const QString& field, const QString& value)
{
    if (field == kDeleted)
        r.deleted = value == u"1";
    else
        r.values.insert(field, value);
}

} // namespace

bool FieldWorkMerge::later(const Stamp& a, const QString& av, const Stamp& b, const QString& bv)
{
    if (a.at != b.at)
        return a.at > b.at;
    if (a.by != b.by)
        return a.by > b.by;
    return av > bv;
}

bool FieldWorkMerge::related(const Stamp& mine, const Stamp& theirs)
{
    if (theirs.base == mine.at || mine.base == theirs.at)
        return true;
    return !mine.by.isEmpty() && mine.by == theirs.by;
}

int FieldWorkMerge::statusRank(const QString& status)
{
    if (status == u"进行中")
        return 1;
    if (status == u"已完成" || status == u"已取消")
        return 2;
    return 0;
}

QSet<QString> FieldWorkMerge::allFields(RecordKind kind)
{
    QSet<QString> out;
    for (const QString& f : Fields::all(kind))
        out.insert(f);
    out.insert(kDeleted);
    return out;
}

HistoryEntry FieldWorkMerge::addedEntry(const Record& inc, const QString& source)
{
    QString at = inc.created;
    for (const Stamp& s : inc.stamps)
        at = std::max(at, s.at);
    return { 0, inc.kind, inc.id, at, inc.createdBy, QStringLiteral("merge"), {}, {}, QStringLiteral("added"),
        source };
}

FieldWorkMerge::Outcome FieldWorkMerge::merge(const Record& local, const Record& inc,
    const QSet<QString>& present, const QString& source, const KnownConflict& known)
{
    Outcome out;
    out.merged = local;
    QStringList fields = Fields::all(inc.kind);
    fields << kDeleted;
    for (const QString& field : fields) {
        if (!present.contains(field))
            continue;
        const QString lv = fieldValue(local, field);
        const QString iv = fieldValue(inc, field);
        const Stamp ls = local.stamps.value(field);
        const Stamp is = inc.stamps.value(field);
        if (lv == iv) {
            if (later(is, iv, ls, lv)) {
                out.merged.stamps.insert(field, is);
                out.changed = true;
            }
            continue;
        }
        const bool conflict = !related(ls, is);
        bool incomingWins = later(is, iv, ls, lv);
        // Two independent status edits: the task moves forward, whichever was typed later.
        if (conflict && inc.kind == RecordKind::Task && field == u"status"
            && statusRank(iv) != statusRank(lv))
            incomingWins = statusRank(iv) > statusRank(lv);
        if (incomingWins) {
            setFieldValue(out.merged, field, iv);
            out.merged.stamps.insert(field, is);
            out.changed = out.valueChanged = true;
            out.history << HistoryEntry { 0, inc.kind, inc.id, is.at, is.by, QStringLiteral("merge"), field,
                lv, iv, source };
            if (conflict && !known(inc.id, field, ls, lv)) {
                out.history << HistoryEntry { 0, inc.kind, inc.id, ls.at, ls.by, QStringLiteral("conflict"),
                    field, lv, iv, source };
                out.conflicts << Conflict { inc.kind, inc.id, field, iv, is.at, is.by, lv, ls.at, ls.by };
            }
        } else if (conflict && !known(inc.id, field, is, iv)) {
            out.history << HistoryEntry { 0, inc.kind, inc.id, is.at, is.by, QStringLiteral("conflict"),
                field, iv, lv, source };
            out.conflicts << Conflict { inc.kind, inc.id, field, lv, ls.at, ls.by, iv, is.at, is.by };
        }
    }
    if (out.merged.created.isEmpty() && !inc.created.isEmpty()) {
        out.merged.created = inc.created;
        out.changed = true;
    }
    if (out.merged.createdBy.isEmpty() && !inc.createdBy.isEmpty()) {
        out.merged.createdBy = inc.createdBy;
        out.changed = true;
    }
    return out;
}

} // namespace dj::fieldwork
