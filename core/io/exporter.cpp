#include "core/io/exporter.h"

#include "core/common/csv.h"
#include "core/io/ioerror.h"
#include "core/io/tableschema.h"
#include "core/io/valueparser.h"
#include "core/io/workbookwriter.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <memory>
#include <sqlite3.h>

namespace dj::io {

using store::Database;
using store::Statement;

namespace {

constexpr const char* kSelected = "(SELECT uscc FROM temp.dj_export_usccs)";

// Which rows of a table belong to a result list: the enterprises' own rows, the people in their roles,
// shareholdings and registers, and the buildings and parks they are tenants of.
QString selectionWhere(const QString& table)
{
    const QString sel = QString::fromLatin1(kSelected);
    if (table == u"enterprises" || table == u"roles" || table == u"financials" || table == u"financing"
        || table == u"licenses" || table == u"qualifications" || table == u"risks" || table == u"ip"
        || table == u"tenants" || table == u"visits" || table == u"tasks" || table == u"members")
        return QStringLiteral("uscc IN ") + sel;
    if (table == u"shareholdings")
        return QStringLiteral("investee_uscc IN ") + sel;
    if (table == u"persons")
        return QStringLiteral(
            "person_id IN (SELECT person_id FROM roles WHERE uscc IN %1 "
            "UNION SELECT holder_id FROM shareholdings WHERE holder_kind = 'person' AND investee_uscc IN %1 "
            "UNION SELECT person_id FROM members WHERE uscc IN %1)")
            .arg(sel);
    if (table == u"tenders")
        return QStringLiteral("buyer_uscc IN %1 OR winner_uscc IN %1").arg(sel);
    if (table == u"relations")
        return QStringLiteral("from_uscc IN %1 OR to_uscc IN %1").arg(sel);
    if (table == u"invoices")
        return QStringLiteral("seller_uscc IN %1 OR buyer_uscc IN %1").arg(sel);
    if (table == u"buildings")
        return QStringLiteral("building_id IN (SELECT building_id FROM tenants WHERE uscc IN %1)").arg(sel);
    if (table == u"parks")
        return QStringLiteral("park_id IN (SELECT park_id FROM buildings WHERE building_id IN "
                              "(SELECT building_id FROM tenants WHERE uscc IN %1))")
            .arg(sel);
    return QStringLiteral("0");
}

QString selectSql(const TableSpec& spec, bool selection, bool count)
{
    QStringList cols;
    for (const ColumnSpec& c : spec.columns)
        cols << (c.kind == ValueKind::IdNumber ? QStringLiteral("id_masked") : c.name);
    QString sql = QStringLiteral("SELECT ") + (count ? QStringLiteral("count(*)") : cols.join(u','))
        + QStringLiteral(" FROM ") + spec.name;
    if (selection)
        sql += QStringLiteral(" WHERE ") + selectionWhere(spec.name);
    if (!count)
        sql += QStringLiteral(" ORDER BY ") + spec.orderBy.join(u',');
    return sql;
}

// One cell as exported text; empty for NULL and for the stand-in of an empty key ('' or year 0).
QByteArray cellText(sqlite3_stmt* st, int col, const ColumnSpec& spec, bool* isNumber, double* number)
{
    *isNumber = false;
    switch (sqlite3_column_type(st, col)) {
    case SQLITE_INTEGER: {
        const qint64 v = sqlite3_column_int64(st, col);
        if (spec.numericEmpty && v == spec.emptyValue.toLongLong())
            return {};
        *isNumber = true;
        *number = double(v);
        return QByteArray::number(v);
    }
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(st, col);
        *isNumber = true;
        *number = v;
        return ValueParser::formatNumber(v);
    }
    case SQLITE_NULL:
        return {};
    default: {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
        return QByteArray(p, sqlite3_column_bytes(st, col));
    }
    }
}

} // namespace

QStringList Exporter::columns(const QString& table)
{
    QStringList out;
    if (const TableSpec* spec = TableSchema::find(table))
        for (const ColumnSpec& c : spec->columns)
            out << c.name;
    return out;
}

ExportSummary Exporter::run(
    Database& db, const QString& out, const ExportOptions& options, const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    ExportSummary summary;
    const bool xlsx = options.format == ExportOptions::Format::Xlsx;
    QString dir = out;
    QString workbookPath;
    if (xlsx) {
        if (out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
            dir = QFileInfo(out).absolutePath();
            workbookPath = QFileInfo(out).absoluteFilePath();
        } else {
            workbookPath = QDir(out).absoluteFilePath(QStringLiteral("bundle.xlsx"));
        }
    }
    const QFileInfo dirInfo(dir);
    if (dirInfo.exists() && !dirInfo.isDir())
        throw IoError(tr("%1 exists and is not a folder.").arg(dir));
    if (!QDir().mkpath(dir))
        throw IoError(tr("Cannot create the folder %1.").arg(dir));
    // CSV: the files are written into a hidden folder inside and moved out only when all are complete;
    // while they are moved, a marker says "unfinished" (the importer refuses a folder that holds it). A
    // crash or a kill therefore never leaves what looks like a complete bundle.
    const QString marker = QDir(dir).absoluteFilePath(incompleteMarker());
    QString staging;
    if (!xlsx) {
        // Staging folders of exports that were killed.
        for (const QFileInfo& old : QDir(dir).entryInfoList(
                 { QStringLiteral(".dianjing-export-*") }, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
            QDir(old.absoluteFilePath()).removeRecursively();
        staging = QDir(dir).absoluteFilePath(
            QStringLiteral(".dianjing-export-%1").arg(QCoreApplication::applicationPid()));
        if (!QDir().mkpath(staging))
            throw IoError(tr("Cannot create the folder %1.").arg(staging));
    }
    struct Cleanup
    {
        QString staging;
        ~Cleanup()
        {
            if (!staging.isEmpty())
                QDir(staging).removeRecursively();
        }
    } cleanup { staging };

    const bool selection = options.usccs.has_value();
    if (selection) {
        db.exec("CREATE TEMP TABLE IF NOT EXISTS dj_export_usccs (uscc TEXT PRIMARY KEY) WITHOUT ROWID;"
                "DELETE FROM temp.dj_export_usccs;");
        Statement ins = db.prepare("INSERT OR IGNORE INTO temp.dj_export_usccs(uscc) VALUES(?)");
        for (const QString& u : *options.usccs) {
            ins.bind(1, u.trimmed());
            ins.run();
            ins.reset();
        }
    }

    // One snapshot for all tables, so that a concurrent writer cannot make the files disagree.
    store::Transaction snapshot(db, store::Transaction::Kind::Deferred);

    QMap<QString, qint64> counts;
    qint64 total = 0;
    for (const TableSpec& spec : TableSchema::tables()) {
        Statement st = db.prepare(selectSql(spec, selection, true).toStdString());
        st.step();
        counts.insert(spec.name, st.columnInt(0));
        total += st.columnInt(0);
        if (xlsx && st.columnInt(0) + 1 > WorkbookWriter::kMaxRows)
            throw IoError(
                tr("%1 has %2 rows, more than an Excel sheet holds (1,048,575); export as CSV instead.")
                    .arg(spec.name)
                    .arg(st.columnInt(0)));
    }

    qint64 done = 0;
    progress.report(0, total, tr("Exporting"));

    std::unique_ptr<WorkbookWriter> workbook;
    QString workbookTemp;
    if (xlsx) {
        workbookTemp = workbookPath + QStringLiteral(".part");
        QFile::remove(workbookTemp);
        workbook = std::make_unique<WorkbookWriter>(workbookTemp);
    }

    try {
        for (const TableSpec& spec : TableSchema::tables()) {
            const QString stage = tr("Exporting %1").arg(spec.name);
            Statement st = db.prepare(selectSql(spec, selection, false).toStdString());
            sqlite3_stmt* h = st.handle();
            const int ncols = int(spec.columns.size());
            qint64 rows = 0;
            if (xlsx) {
                workbook->beginSheet(spec.name);
                workbook->beginRow();
                for (int c = 0; c < ncols; ++c)
                    workbook->addText(spec.columns.at(c).name.toUtf8());
                workbook->endRow();
                while (st.step()) {
                    ++rows;
                    workbook->beginRow();
                    for (int c = 0; c < ncols; ++c) {
                        bool isNumber = false;
                        double number = 0;
                        const QByteArray text = cellText(h, c, spec.columns.at(c), &isNumber, &number);
                        if (isNumber)
                            workbook->addNumber(text);
                        else if (spec.columns.at(c).kind == ValueKind::Date)
                            workbook->addDate(text);
                        else
                            workbook->addText(text);
                    }
                    workbook->endRow();
                    if ((++done & 4095) == 0)
                        progress.report(done, total, stage);
                }
                workbook->endSheet();
            } else {
                const QString path = QDir(staging).absoluteFilePath(spec.name + QStringLiteral(".csv"));
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly))
                    throw IoError(tr("Cannot write %1: %2").arg(path, file.errorString()));
                QByteArray buf;
                buf.reserve(1 << 20);
                buf += "\xEF\xBB\xBF";
                for (int c = 0; c < ncols; ++c) {
                    if (c)
                        buf += ',';
                    buf += spec.columns.at(c).name.toUtf8();
                }
                buf += "\r\n";
                while (st.step()) {
                    ++rows;
                    for (int c = 0; c < ncols; ++c) {
                        if (c)
                            buf += ',';
                        bool isNumber = false;
                        double number = 0;
                        Csv::appendField(buf, cellText(h, c, spec.columns.at(c), &isNumber, &number));
                    }
                    buf += "\r\n";
                    if (buf.size() > (1 << 20) - 65536) {
                        if (file.write(buf) != buf.size())
                            throw IoError(tr("Cannot write %1: %2").arg(path, file.errorString()));
                        buf.resize(0);
                    }
                    if ((++done & 4095) == 0)
                        progress.report(done, total, stage);
                }
                if (file.write(buf) != buf.size() || !file.commit())
                    throw IoError(tr("Cannot write %1: %2").arg(path, file.errorString()));
            }
            summary.rows.insert(spec.name, rows);
        }
        if (xlsx) {
            workbook->close();
            workbook.reset();
            QFile::remove(workbookPath);
            if (!QFile::rename(workbookTemp, workbookPath)) {
                QFile::remove(workbookTemp);
                throw IoError(tr("Cannot write %1.").arg(workbookPath));
            }
            summary.files << workbookPath;
        } else {
            // Every file is complete: move them into place (each rename replaces the file of an earlier
            // export) under the marker, then drop it.
            {
                QFile m(marker);
                if (!m.open(QIODevice::WriteOnly | QIODevice::Truncate)
                    || m.write("An export into this folder has not finished; do not import it.\n") < 0)
                    throw IoError(tr("Cannot write into %1: %2").arg(dir, m.errorString()));
            }
            for (const TableSpec& spec : TableSchema::tables()) {
                const QString name = spec.name + QStringLiteral(".csv");
                const QString from = QDir(staging).absoluteFilePath(name);
                const QString to = QDir(dir).absoluteFilePath(name);
                if (QFileInfo::exists(to) && !QFile::remove(to))
                    throw IoError(tr("Cannot replace %1.").arg(to));
                if (!QFile::rename(from, to))
                    throw IoError(tr("Cannot write %1.").arg(to));
                summary.files << to;
            }
            if (!QFile::remove(marker))
                throw IoError(tr("Cannot write into %1.").arg(dir));
        }
    } catch (...) {
        if (workbook) {
            workbook.reset();
            QFile::remove(workbookTemp);
        }
        throw;
    }
    snapshot.commit();
    progress.report(total, total, tr("Exporting"));
    summary.seconds = double(timer.elapsed()) / 1000.0;
    return summary;
}

} // namespace dj::io
