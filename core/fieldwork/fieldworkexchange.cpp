#include "core/fieldwork/fieldworkexchange.h"

#include "core/fieldwork/fieldworkmerge.h"
#include "core/fieldwork/fieldworkstore.h"
#include "core/io/csvreader.h"
#include "core/io/ioerror.h"
#include "core/io/tableschema.h"
#include "core/io/workbookwriter.h"
#include "core/io/xlsxreader.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <memory>

namespace dj::fieldwork {

namespace {

const QString kDeleted = QStringLiteral("deleted");

QString tableName(RecordKind kind)
{
    return kind == RecordKind::Visit ? QStringLiteral("visits") : QStringLiteral("tasks");
}

QStringList metaColumns(RecordKind kind)
{
    return kind == RecordKind::Visit
        ? QStringList { QStringLiteral("created"), QStringLiteral("created_by"), kDeleted,
              QStringLiteral("stamps") }
        : QStringList { QStringLiteral("created_by"), kDeleted, QStringLiteral("stamps") };
}

QString stampsJson(const QHash<QString, Stamp>& stamps)
{
    QJsonObject o;
    for (auto it = stamps.begin(); it != stamps.end(); ++it) {
        if (it->isEmpty())
            continue;
        QJsonObject s { { QStringLiteral("at"), it->at }, { QStringLiteral("by"), it->by } };
        if (!it->base.isEmpty())
            s.insert(QStringLiteral("base"), it->base);
        o.insert(it.key(), s);
    }
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString cell(const Record& r, const QString& column)
{
    if (column == Fields::idColumn(r.kind))
        return r.id;
    if (column == u"created")
        return r.created;
    if (column == u"created_by")
        return r.createdBy;
    if (column == kDeleted)
        return r.deleted ? QStringLiteral("1") : QStringLiteral("0");
    if (column == u"stamps")
        return stampsJson(r.stamps);
    return r.value(column);
}

void appendCsvField(QByteArray& out, const QByteArray& field)
{
    const bool quote
        = field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r');
    if (!quote) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

bool changedSince(const Record& r, const QDate& since)
{
    if (!since.isValid())
        return true;
    const QString s = since.toString(Qt::ISODate);
    if (r.created >= s || (r.kind == RecordKind::Visit && r.value("date") >= s))
        return true;
    for (const Stamp& st : r.stamps)
        if (st.at >= s)
            return true;
    return false;
}

// One record as read from a file, with the columns the file had.
struct Incoming
{
    Record record;
    QSet<QString> present; ///< fields (and "deleted") the file carries
};

struct IncomingFile
{
    QString path;
    QList<Incoming> records;
};

} // namespace

QStringList FieldWorkExchange::columns(RecordKind kind)
{
    QStringList cols { Fields::idColumn(kind) };
    if (kind == RecordKind::Visit) {
        cols << Fields::visitBundle() << Fields::visitExtra();
    } else {
        cols << Fields::taskBundle() << QStringLiteral("created") << Fields::taskExtra();
    }
    return cols + metaColumns(kind);
}

ExportResult FieldWorkExchange::exportTo(FieldWorkStore& store, const QString& outDir, const QDate& since)
{
    if (!QDir().mkpath(outDir))
        throw FieldWorkError(tr("Cannot create the folder %1.").arg(outDir));
    ExportResult result;
    const QString xlsxPath = QDir(outDir).filePath(QStringLiteral("fieldwork.xlsx"));
    try {
        io::WorkbookWriter book(xlsxPath);
        for (RecordKind kind : { RecordKind::Visit, RecordKind::Task }) {
            const QStringList cols = columns(kind);
            QList<Record> records = store.allRecords(kind);
            records.erase(std::remove_if(records.begin(), records.end(),
                              [&](const Record& r) { return !changedSince(r, since); }),
                records.end());
            (kind == RecordKind::Visit ? result.visits : result.tasks) = int(records.size());

            QByteArray csv("\xEF\xBB\xBF");
            book.beginSheet(tableName(kind));
            book.beginRow();
            for (int i = 0; i < cols.size(); ++i) {
                if (i)
                    csv += ',';
                appendCsvField(csv, cols[i].toUtf8());
                book.addText(cols[i].toUtf8());
            }
            csv += "\r\n";
            book.endRow();
            for (const Record& r : records) {
                book.beginRow();
                for (int i = 0; i < cols.size(); ++i) {
                    const QByteArray v = cell(r, cols[i]).toUtf8();
                    if (i)
                        csv += ',';
                    appendCsvField(csv, v);
                    book.addText(v);
                }
                csv += "\r\n";
                book.endRow();
            }
            book.endSheet();
            const QString csvPath = QDir(outDir).filePath(tableName(kind) + QStringLiteral(".csv"));
            QSaveFile file(csvPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
                throw FieldWorkError(tr("Cannot write %1: %2").arg(csvPath, file.errorString()));
            result.files << csvPath;
        }
        book.close();
        result.files << xlsxPath;
    } catch (const io::IoError& e) {
        throw FieldWorkError(e.message());
    }
    return result;
}

namespace {

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(FieldWorkExchange)
public:
    // Reads one table of one file into records, checking every value; throws FieldWorkError.
    static QList<Incoming> read(io::RowSource& rows, RecordKind kind, const QString& where)
    {
        QStringList fields;
        if (!rows.next(fields))
            throw FieldWorkError(tr("%1 is empty.").arg(where));
        const QString table = tableName(kind);
        const QStringList known = FieldWorkExchange::columns(kind);
        QList<QString> columnOf; // per file column: canonical name or empty (ignored)
        for (const QString& header : fields) {
            QString h = header.trimmed();
            if (h.startsWith(QChar(0xFEFF)))
                h.remove(0, 1);
            if (!known.contains(h)) {
                const QString canonical = io::TableSchema::canonicalColumn(table, h);
                h = known.contains(canonical) ? canonical : QString();
            }
            columnOf << h;
        }
        const QString idCol = Fields::idColumn(kind);
        if (!columnOf.contains(idCol))
            throw FieldWorkError(
                tr("%1 has no %2 column: it is not a visits/tasks export.").arg(where, idCol));
        const QStringList all = Fields::all(kind);
        QList<Incoming> out;
        QSet<QString> ids;
        while (rows.next(fields)) {
            const QString line = QString::number(rows.line());
            if (!rows.recordError().isEmpty())
                throw FieldWorkError(tr("%1, line %2: %3").arg(where, line, rows.recordError()));
            bool blank = true;
            for (const QString& f : fields)
                blank = blank && f.trimmed().isEmpty();
            if (blank)
                continue;
            Incoming in;
            in.record.kind = kind;
            for (int c = 0; c < columnOf.size(); ++c) {
                const QString col = columnOf[c];
                if (col.isEmpty())
                    continue;
                const QString v = c < fields.size() ? fields[c] : QString();
                if (col == idCol) {
                    in.record.id = v.trimmed();
                } else if (col == u"created") {
                    in.record.created = v.trimmed();
                } else if (col == u"created_by") {
                    in.record.createdBy = v.trimmed();
                } else if (col == kDeleted) {
                    const QString d = v.trimmed();
                    if (!d.isEmpty() && d != u"0" && d != u"1")
                        throw FieldWorkError(tr("%1, line %2: deleted must be 0 or 1, not \"%3\".")
                                                 .arg(where, line, d.left(40)));
                    in.record.deleted = d == u"1";
                    in.present.insert(kDeleted);
                } else if (col == u"stamps") {
                    if (v.trimmed().isEmpty())
                        continue;
                    QJsonParseError err {};
                    const QJsonDocument doc = QJsonDocument::fromJson(v.toUtf8(), &err);
                    if (err.error != QJsonParseError::NoError || !doc.isObject())
                        throw FieldWorkError(
                            tr("%1, line %2: the stamps column is not valid JSON.").arg(where, line));
                    const QJsonObject o = doc.object();
                    for (auto it = o.begin(); it != o.end(); ++it) {
                        const QJsonObject s = it.value().toObject();
                        const Stamp st { s.value(QStringLiteral("at")).toString(),
                            s.value(QStringLiteral("by")).toString(),
                            s.value(QStringLiteral("base")).toString() };
                        if (!st.at.isEmpty() && !QDateTime::fromString(st.at, Qt::ISODateWithMs).isValid())
                            throw FieldWorkError(tr("%1, line %2: a stamp time is not a time: \"%3\".")
                                                     .arg(where, line, st.at.left(40)));
                        in.record.stamps.insert(it.key(), st);
                    }
                } else {
                    if (const QString problem = FieldWorkStore::checkValue(kind, col, v); !problem.isEmpty())
                        throw FieldWorkError(tr("%1, line %2: %3.").arg(where, line, problem));
                    in.record.values.insert(col, FieldWorkStore::normalise(col, v));
                    in.present.insert(col);
                }
            }
            if (in.record.id.isEmpty())
                throw FieldWorkError(tr("%1, line %2: the record has no %3.").arg(where, line, idCol));
            if (in.record.id.size() > 64)
                throw FieldWorkError(tr("%1, line %2: %3 is too long.").arg(where, line, idCol));
            if (ids.contains(in.record.id))
                throw FieldWorkError(
                    tr("%1, line %2: %3 %4 appears twice.").arg(where, line, idCol, in.record.id));
            ids.insert(in.record.id);
            for (const QString& f : all)
                if (!in.record.values.contains(f))
                    in.record.values.insert(f, FieldWorkStore::normalise(f, QString()));
            out << in;
        }
        return out;
    }

    static QList<IncomingFile> readPath(const QString& path)
    {
        const QFileInfo info(path);
        if (!info.exists())
            throw FieldWorkError(tr("%1 does not exist.").arg(path));
        QList<IncomingFile> out;
        try {
            if (info.isDir()) {
                const QDir dir(path);
                bool any = false;
                for (RecordKind kind : { RecordKind::Visit, RecordKind::Task }) {
                    const QString csv = dir.filePath(tableName(kind) + QStringLiteral(".csv"));
                    if (QFileInfo::exists(csv)) {
                        io::CsvReader reader(csv);
                        out << IncomingFile { csv, read(reader, kind, csv) };
                        any = true;
                    }
                }
                if (!any) {
                    const QStringList books
                        = dir.entryList({ QStringLiteral("*.xlsx") }, QDir::Files, QDir::Name);
                    if (books.size() == 1)
                        return readPath(dir.filePath(books.first()));
                    throw FieldWorkError(
                        tr("%1 holds no visits.csv or tasks.csv (nor one .xlsx workbook).").arg(path));
                }
            } else if (info.suffix().compare(u"csv", Qt::CaseInsensitive) == 0) {
                const QString base = info.completeBaseName().toLower();
                RecordKind kind;
                if (base.startsWith(u"visits") || base.startsWith(u"走访记录"))
                    kind = RecordKind::Visit;
                else if (base.startsWith(u"tasks") || base.startsWith(u"走访任务"))
                    kind = RecordKind::Task;
                else
                    throw FieldWorkError(
                        tr("%1: a CSV file to merge is named visits.csv or tasks.csv.").arg(path));
                io::CsvReader reader(path);
                out << IncomingFile { path, read(reader, kind, path) };
            } else if (info.suffix().compare(u"xlsx", Qt::CaseInsensitive) == 0) {
                io::XlsxReader book(path);
                bool any = false;
                for (const QString& sheet : book.sheetNames()) {
                    const QString s = sheet.trimmed().toLower();
                    std::optional<RecordKind> kind;
                    if (s == u"visits" || s == u"走访记录")
                        kind = RecordKind::Visit;
                    else if (s == u"tasks" || s == u"走访任务")
                        kind = RecordKind::Task;
                    if (!kind)
                        continue;
                    std::unique_ptr<io::RowSource> rows = book.openSheet(sheet);
                    const QString where = path + QStringLiteral(" [") + sheet + u']';
                    out << IncomingFile { where, read(*rows, *kind, where) };
                    any = true;
                }
                if (!any)
                    throw FieldWorkError(tr("%1 has no sheet named visits or tasks.").arg(path));
            } else {
                throw FieldWorkError(
                    tr("%1 is not a visits/tasks export (a folder, visits.csv, tasks.csv or .xlsx).")
                        .arg(path));
            }
        } catch (const io::IoError& e) {
            throw FieldWorkError(tr("Cannot read %1: %2").arg(path, e.message()));
        }
        return out;
    }

    // One source already known to hold visits or tasks (a CSV file, or a sheet of a workbook).
    static IncomingFile readSource(const MergeSource& source)
    {
        const QString where
            = source.sheet.isEmpty() ? source.path : source.path + QStringLiteral(" [") + source.sheet + u']';
        try {
            if (source.sheet.isEmpty()) {
                io::CsvReader reader(source.path);
                return IncomingFile { where, read(reader, source.kind, where) };
            }
            io::XlsxReader book(source.path);
            std::unique_ptr<io::RowSource> rows = book.openSheet(source.sheet);
            return IncomingFile { where, read(*rows, source.kind, where) };
        } catch (const io::IoError& e) {
            throw FieldWorkError(tr("Cannot read %1: %2").arg(where, e.message()));
        }
    }
};

} // namespace

namespace {
MergeReport mergeFiles(FieldWorkStore& store, const QList<IncomingFile>& files);
}

MergeReport FieldWorkExchange::merge(FieldWorkStore& store, const QStringList& paths)
{
    if (paths.isEmpty())
        throw FieldWorkError(tr("Give at least one export to merge."));
    // Everything is read and checked first: a bad file changes nothing.
    QList<IncomingFile> files;
    for (const QString& p : paths)
        files += Reader::readPath(p);
    return mergeFiles(store, files);
}

MergeReport FieldWorkExchange::merge(FieldWorkStore& store, const QList<MergeSource>& sources)
{
    QList<IncomingFile> files;
    for (const MergeSource& source : sources)
        files << Reader::readSource(source);
    return mergeFiles(store, files);
}

void FieldWorkExchange::check(const QList<MergeSource>& sources)
{
    for (const MergeSource& source : sources)
        Reader::readSource(source);
}

namespace {

MergeReport mergeFiles(FieldWorkStore& store, const QList<IncomingFile>& files)
{
    MergeReport report;
    store::Transaction tx(store.database());
    QSet<QString> added, updated;
    for (const IncomingFile& file : files) {
        report.files << file.path;
        for (const Incoming& in : file.records) {
            const Record& inc = in.record;
            std::optional<Record> local = store.record(inc.kind, inc.id);
            if (!local) {
                store.put(inc);
                store.addHistory(FieldWorkMerge::addedEntry(inc, file.path));
                added.insert(inc.id);
                continue;
            }
            const FieldWorkMerge::Outcome m = FieldWorkMerge::merge(*local, inc, in.present, file.path,
                [&](const QString& id, const QString& field, const Stamp& loser, const QString& value) {
                    return store.hasConflict(id, field, loser, value);
                });
            for (const HistoryEntry& h : m.history)
                store.addHistory(h);
            report.conflicts += m.conflicts;
            if (m.changed)
                store.put(m.merged);
            if (m.valueChanged)
                updated.insert(inc.id);
            else
                ++report.unchanged;
        }
    }
    tx.commit();
    report.added = QStringList(added.begin(), added.end());
    report.added.sort();
    updated.subtract(added);
    report.updated = QStringList(updated.begin(), updated.end());
    report.updated.sort();
    return report;
}

} // namespace

void FieldWorkExchange::writeVisitLog(const QList<Record>& visits, const QString& path)
{
    try {
        io::WorkbookWriter book(path);
        book.beginSheet(tr("Visit log"));
        book.beginRow();
        const QStringList headers { tr("Date"), tr("Enterprise"), tr("USCC"), tr("Park"), tr("Kind"),
            tr("Visitor"), tr("People met"), tr("Summary"), tr("Needs"), tr("Need categories"),
            tr("Follow-up"), tr("Follow-up date") };
        for (const QString& h : headers)
            book.addText(h.toUtf8());
        book.endRow();
        for (const Record& r : visits) {
            book.beginRow();
            book.addDate(r.value("date").toUtf8());
            book.addText(r.enterpriseName.toUtf8());
            book.addText(r.value("uscc").toUtf8());
            book.addText(r.parkName.toUtf8());
            book.addText(r.value("kind").toUtf8());
            book.addText(r.value("visitor").toUtf8());
            book.addText(r.value("people").toUtf8());
            book.addText(r.value("summary").toUtf8());
            book.addText(r.value("needs").toUtf8());
            book.addText(r.value("need_categories").toUtf8());
            book.addText(r.value("follow_up").toUtf8());
            book.addDate(r.value("follow_up_date").toUtf8());
            book.endRow();
        }
        book.endSheet();
        book.close();
    } catch (const io::IoError& e) {
        throw FieldWorkError(e.message());
    }
}

} // namespace dj::fieldwork
