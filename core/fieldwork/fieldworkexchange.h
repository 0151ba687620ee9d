#pragma once

#include "core/fieldwork/fieldworkrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace dj::fieldwork {

class FieldWorkStore;

/// A field edited on both sides: the version kept (the later edit) and the one that stays in the history.
struct Conflict
{
    RecordKind kind = RecordKind::Visit;
    QString id;
    QString field;
    QString kept, keptAt, keptBy;
    QString other, otherAt, otherBy;
};

struct MergeReport
{
    QStringList added; ///< ids of records new to this cache
    QStringList updated; ///< ids of records with at least one field taken from the file
    int unchanged = 0;
    QList<Conflict> conflicts; ///< newly found conflicts (a conflict already in the history is not repeated)
    QStringList files; ///< files read
};

/// One table of a bundle already known to hold visits or tasks: a CSV file (sheet empty) or a workbook sheet.
/// `dianjing-cli import` routes the bundle's visits and tasks through merge() with these, so that history and
/// the conflict rules apply to them as to a colleague's export.
struct MergeSource
{
    QString path;
    QString sheet;
    RecordKind kind = RecordKind::Visit;
};

struct ExportResult
{
    int visits = 0;
    int tasks = 0;
    QStringList files;
};

/// Exchanging visits and tasks with colleagues: export as the bundle's visits.csv/tasks.csv (plus an XLSX
/// workbook of the same two sheets) and merge a colleague's export.
///
/// The exchange-format columns come first; the optional columns after them (people, need_categories,
/// follow_up_date, task_id, closes_task, created, created_by, deleted, stamps for visits; park_id,
/// created_by, deleted, stamps for tasks) carry what a merge needs. A file without them merges too:
/// its values count as older than any edit made here.
///
/// Records are matched by id (UUIDs made on creation), so merging a file twice, or overlapping files of
/// two colleagues, never duplicates. A field edited on both sides takes the later edit; the other version
/// is written to the history as a conflict and reported.
class FieldWorkExchange
{
    Q_DECLARE_TR_FUNCTIONS(FieldWorkExchange)
public:
    /// Writes outDir/visits.csv, outDir/tasks.csv and outDir/fieldwork.xlsx: every record (deleted ones
    /// too, so that a deletion travels) changed or created on or after `since` (null = all).
    /// Throws FieldWorkError when the folder cannot be written.
    static ExportResult exportTo(FieldWorkStore& store, const QString& outDir, const QDate& since = {});

    /// Merges exports (folders, visits.csv/tasks.csv files or .xlsx workbooks) in one transaction. Every
    /// file is read and checked before anything is written: a bad file throws FieldWorkError and leaves
    /// the cache as it was.
    static MergeReport merge(FieldWorkStore& store, const QStringList& paths);
    /// The same for sources whose table is already known (whatever the file or sheet is called).
    static MergeReport merge(FieldWorkStore& store, const QList<MergeSource>& sources);
    /// Reads and checks the sources without writing anything; throws FieldWorkError naming the bad one.
    static void check(const QList<MergeSource>& sources);

    /// The columns of an export file, exchange-format columns first.
    static QStringList columns(RecordKind kind);

    /// A visit log (one enterprise, a park or a date range: the visits given) as an XLSX workbook with
    /// Chinese headers. Throws FieldWorkError.
    static void writeVisitLog(const QList<Record>& visits, const QString& path);
};

} // namespace dj::fieldwork
