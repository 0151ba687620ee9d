#include "core/io/importer.h"

#include "core/codes/idnumber.h"
#include "core/codes/industries.h"
#include "core/codes/uscc.h"
#include "core/io/csvreader.h"
#include "core/io/ioerror.h"
#include "core/io/tableschema.h"
#include "core/io/valueparser.h"
#include "core/io/xlsxreader.h"
#include "core/store/cache.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace dj::io {

using store::Database;
using store::Statement;

namespace {

struct SourceRef
{
    QString path;
    QString sheet;
    QString label;
};

bool isXlsx(const QString& path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}
bool isCsv(const QString& path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

// Expands the user's paths into sources: folders into their CSV/XLSX files, workbooks into their sheets.
QList<SourceRef> discover(const QStringList& paths, std::map<QString, std::unique_ptr<XlsxReader>>& workbooks)
{
    if (paths.isEmpty())
        throw IoError(Importer::tr("Nothing to import: give a folder, a .csv file or an .xlsx workbook."));
    QStringList files;
    for (const QString& p : paths) {
        const QFileInfo fi(p);
        if (!fi.exists())
            throw IoError(Importer::tr("%1 does not exist.").arg(p));
        if (fi.isDir()) {
            const QFileInfoList entries
                = QDir(p).entryInfoList({ QStringLiteral("*.csv"), QStringLiteral("*.xlsx"),
                                            QStringLiteral("*.CSV"), QStringLiteral("*.XLSX") },
                    QDir::Files | QDir::Readable, QDir::Name);
            if (entries.isEmpty())
                throw IoError(Importer::tr("The folder %1 holds no .csv or .xlsx files.").arg(p));
            for (const QFileInfo& e : entries)
                if (!e.fileName().startsWith(QLatin1String("~$"))) // Excel's lock files
                    files << e.absoluteFilePath();
        } else if (isCsv(p) || isXlsx(p)) {
            files << fi.absoluteFilePath();
        } else {
            throw IoError(
                Importer::tr("%1 is not a bundle: give a folder, a .csv file or an .xlsx workbook.").arg(p));
        }
    }
    files.removeDuplicates();
    QList<SourceRef> out;
    for (const QString& f : files) {
        const QString name = QFileInfo(f).fileName();
        if (isXlsx(f)) {
            auto reader = std::make_unique<XlsxReader>(f);
            for (const QString& sheet : reader->sheetNames())
                out.append({ f, sheet, name + u'!' + sheet });
            workbooks[f] = std::move(reader);
        } else {
            out.append({ f, QString(), name });
        }
    }
    return out;
}

std::unique_ptr<RowSource> openSource(
    const SourceRef& ref, const std::map<QString, std::unique_ptr<XlsxReader>>& workbooks)
{
    if (ref.sheet.isEmpty())
        return std::make_unique<CsvReader>(ref.path);
    return workbooks.at(ref.path)->openSheet(ref.sheet);
}

bool isBlankRecord(const QStringList& fields)
{
    for (const QString& f : fields)
        for (QChar c : f)
            if (!c.isSpace())
                return false;
    return true;
}

// The table a source's own name says (enterprises.csv, sheet "enterprises"); empty when none.
QString tableFromName(const SourceRef& ref)
{
    const QString base = ref.sheet.isEmpty() ? QFileInfo(ref.path).completeBaseName() : ref.sheet;
    const QString folded = base.trimmed().toLower();
    return TableSchema::find(folded) ? folded : QString();
}

// Best table for a header row: the one with most recognised headers that has all its required columns.
QString guessTable(const QStringList& headers)
{
    QString best;
    int bestCount = 0;
    for (const TableSpec& t : TableSchema::tables()) {
        QSet<QString> mapped;
        for (const QString& h : headers) {
            const QString c = TableSchema::canonicalColumn(t.name, h);
            if (!c.isEmpty())
                mapped.insert(c);
        }
        bool complete = true;
        for (const ColumnSpec& c : t.columns)
            if (c.required && !mapped.contains(c.name))
                complete = false;
        if (complete && mapped.size() > bestCount) {
            best = t.name;
            bestCount = int(mapped.size());
        }
    }
    return best;
}

struct Resolved
{
    QString table;
    QStringList columns; // canonical per header, "" = ignored
    bool remembered = false;
};

Resolved resolve(
    const SourceRef& ref, const QStringList& headers, const ImportOptions* options, const Database* db)
{
    Resolved r;
    const QString fp = Importer::fingerprint(headers);
    SourceMapping mapping;
    if (options && options->mappings.contains(fp)) {
        mapping = options->mappings.value(fp);
    } else if (db) {
        mapping = Importer::rememberedMapping(*db, fp);
        r.remembered = !mapping.table.isEmpty();
    }
    r.table = mapping.table;
    if (r.table.isEmpty())
        r.table = tableFromName(ref);
    if (r.table.isEmpty())
        r.table = guessTable(headers);
    const TableSpec* spec = TableSchema::find(r.table);
    if (!spec) {
        r.table.clear();
        return r;
    }
    QSet<QString> used;
    for (const QString& h : headers) {
        QString c;
        if (!mapping.table.isEmpty())
            c = mapping.columns.value(h);
        else
            c = TableSchema::canonicalColumn(r.table, h);
        if (!c.isEmpty() && (spec->indexOf(c) < 0 || used.contains(c)))
            c.clear();
        if (!c.isEmpty())
            used.insert(c);
        r.columns << c;
    }
    return r;
}

// ---------------------------------------------------------------------------------------------------
// Row conversion

struct Value
{
    enum Type { Null, Int, Real, Text } type = Null;
    qint64 i = 0;
    double d = 0;
    QByteArray s;
    void setNull() { type = Null; }
    void setInt(qint64 v)
    {
        type = Int;
        i = v;
    }
    void setReal(double v)
    {
        type = Real;
        d = v;
    }
    void setText(const QString& v)
    {
        type = Text;
        s = v.toUtf8();
    }
};

struct Target
{
    int source; // field index in the record
    const ColumnSpec* spec;
    QString header;
    int slot; // value slot of the column itself
    int extraSlot = -1; // currency / uscc_invalid / industry_section / id_masked
};

struct ForeignKey
{
    const char* column;
    const char* parentTable;
    const char* parentColumn;
    const char* what; // for the message
};

QList<ForeignKey> foreignKeys(const QString& table)
{
    if (table == u"roles")
        return { { "uscc", "enterprises", "uscc", "enterprise" },
            { "person_id", "persons", "person_id", "person" } };
    if (table == u"shareholdings")
        return { { "investee_uscc", "enterprises", "uscc", "enterprise" } };
    if (table == u"financials" || table == u"financing" || table == u"licenses" || table == u"qualifications"
        || table == u"risks" || table == u"ip")
        return { { "uscc", "enterprises", "uscc", "enterprise" } };
    if (table == u"buildings")
        return { { "park_id", "parks", "park_id", "park" } };
    if (table == u"tenants")
        return { { "building_id", "buildings", "building_id", "building" } };
    return {};
}

class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    TableWriter(Database& db, const TableSpec& spec, const QStringList& headers, const QStringList& columns,
        bool worksheet)
        : m_db(db)
        , m_spec(spec)
        , m_worksheet(worksheet)
    {
        auto slotFor = [this](const QString& column) {
            const int i = int(m_dbColumns.indexOf(column));
            if (i >= 0)
                return i;
            m_dbColumns << column;
            return int(m_dbColumns.size() - 1);
        };
        for (const ColumnSpec& c : spec.columns) {
            const int src = int(columns.indexOf(c.name));
            if (src < 0)
                continue;
            Target t { src, &c, headers.at(src), -1 };
            if (c.kind == ValueKind::IdNumber) {
                t.slot = slotFor(QStringLiteral("id_masked"));
                m_birthplace = slotFor(QStringLiteral("birthplace_code"));
                m_birthYear = slotFor(QStringLiteral("birth_year"));
                m_gender = slotFor(QStringLiteral("gender"));
            } else {
                t.slot = slotFor(c.name);
            }
            if (c.kind == ValueKind::Uscc)
                t.extraSlot = slotFor(QStringLiteral("uscc_invalid"));
            else if (c.kind == ValueKind::IndustryCode)
                t.extraSlot = slotFor(QStringLiteral("industry_section"));
            else if (c.kind == ValueKind::Money && spec.indexOf(c.name + QStringLiteral("_currency")) >= 0)
                t.extraSlot = slotFor(c.name + QStringLiteral("_currency"));
            if (c.kind == ValueKind::Role)
                m_roleSlot = t.slot;
            m_targets.push_back(t);
        }
        // Derived person fields fill in only where the source leaves them empty: remember which slots
        // have a source column of their own.
        for (const Target& t : m_targets) {
            if (t.spec->name == u"birthplace_code")
                m_birthplaceSource = true;
            else if (t.spec->name == u"birth_year")
                m_birthYearSource = true;
            else if (t.spec->name == u"gender")
                m_genderSource = true;
        }

        QString sql = QStringLiteral("INSERT INTO ") + spec.name + QStringLiteral(" (")
            + m_dbColumns.join(u',') + QStringLiteral(") VALUES (");
        for (int i = 0; i < m_dbColumns.size(); ++i)
            sql += i ? QStringLiteral(",?") : QStringLiteral("?");
        sql += QStringLiteral(") ON CONFLICT (") + spec.keyColumns.join(u',') + QStringLiteral(") DO ");
        QStringList updates;
        for (const QString& c : m_dbColumns)
            if (!spec.keyColumns.contains(c))
                updates << c + QStringLiteral("=excluded.") + c;
        // An UPSERT, never INSERT OR REPLACE: replacing would delete the row (new enterprises.id, cascade
        // deletes of its children).
        sql += updates.isEmpty() ? QStringLiteral("NOTHING")
                                 : QStringLiteral("UPDATE SET ") + updates.join(u',');
        m_insert = db.prepare(sql.toUtf8().toStdString());
        m_values.resize(size_t(m_dbColumns.size()));
    }

    /// Converts and writes one record. Returns rows written; fills issue (and keeps going) on a bad row.
    int write(const QStringList& fields, Issue& issue, QList<Issue>& warnings)
    {
        for (Value& v : m_values)
            v.setNull();
        m_roles.clear();
        for (const Target& t : m_targets) {
            const QString cell = t.source < fields.size() ? fields.at(t.source) : QString();
            QString reason = convert(t, cell, warnings);
            if (!reason.isEmpty()) {
                issue.column = t.header;
                issue.reason = reason;
                return 0;
            }
            if (t.spec->required && m_values[size_t(t.slot)].type == Value::Null
                && t.spec->kind != ValueKind::Role) {
                issue.column = t.header;
                issue.reason = tr("required value missing");
                return 0;
            }
            if (m_values[size_t(t.slot)].type == Value::Null && t.spec->key && !t.spec->required) {
                if (t.spec->numericEmpty)
                    m_values[size_t(t.slot)].setInt(t.spec->emptyValue.toLongLong());
                else
                    m_values[size_t(t.slot)].setText(t.spec->emptyValue);
            }
        }
        if (m_roleSlot >= 0) {
            if (m_roles.isEmpty()) {
                issue.column = headerOf(QStringLiteral("role"));
                issue.reason = tr("required value missing");
                return 0;
            }
            int written = 0;
            for (const QString& role : m_roles) {
                m_values[size_t(m_roleSlot)].setText(role);
                if (!insert(issue))
                    return 0;
                ++written;
            }
            return written;
        }
        return insert(issue) ? 1 : 0;
    }

private:
    QString headerOf(const QString& column) const
    {
        for (const Target& t : m_targets)
            if (t.spec->name == column)
                return t.header;
        return column;
    }

    void warn(QList<Issue>& warnings, const Target& t, const QString& reason)
    {
        ++m_warningCount;
        if (m_listWarnings)
            warnings.append(Issue { {}, 0, t.header, reason });
    }

    QString convert(const Target& t, const QString& raw, QList<Issue>& warnings)
    {
        Value& v = m_values[size_t(t.slot)];
        const QString cell = raw.trimmed();
        const ValueKind kind = t.spec->kind;
        const bool textual = kind == ValueKind::Text || kind == ValueKind::List;
        if (cell.isEmpty() || (!textual && ValueParser::isBlankMarker(cell))) {
            if (kind == ValueKind::RiskStatus)
                v.setText(QStringLiteral("有效"));
            return {};
        }
        switch (kind) {
        case ValueKind::Text:
            v.setText(cell);
            return {};
        case ValueKind::List: {
            QStringList parts = cell.split(u'|');
            for (QString& p : parts)
                p = p.trimmed();
            parts.removeAll(QString());
            v.setText(parts.join(u'|'));
            return {};
        }
        case ValueKind::Code:
            v.setText(ValueParser::foldWidth(cell));
            return {};
        case ValueKind::UsccRef: {
            QString code = ValueParser::foldWidth(cell).toUpper();
            code.remove(u' ');
            v.setText(code);
            return {};
        }
        case ValueKind::Uscc: {
            QString code = ValueParser::foldWidth(cell).toUpper();
            code.remove(u' ');
            if (!codes::Uscc::isWellFormed(code))
                return tr("not a unified social credit code (18 characters of digits and capitals): %1")
                    .arg(cell);
            const codes::UsccInfo info = codes::Uscc::parse(code);
            v.setText(code);
            m_values[size_t(t.extraSlot)].setInt(info.valid ? 0 : 1);
            if (!info.valid)
                warn(warnings, t, tr("check character of %1 is wrong; imported and flagged").arg(code));
            return {};
        }
        case ValueKind::Int: {
            const auto n = ValueParser::parseInteger(cell);
            if (!n)
                return tr("not a whole number: %1").arg(cell);
            v.setInt(*n);
            return {};
        }
        case ValueKind::Real: {
            const auto n = ValueParser::parseNumber(cell);
            if (!n)
                return tr("not a number: %1").arg(cell);
            v.setReal(*n);
            return {};
        }
        case ValueKind::Money: {
            const auto m = ValueParser::parseMoney(cell);
            if (!m)
                return tr("not an amount of money: %1").arg(cell);
            v.setReal(m->amount);
            if (!m->currency.isEmpty()) {
                if (t.extraSlot < 0)
                    return tr("amounts here must be in yuan, not %1: %2").arg(m->currency, cell);
                m_values[size_t(t.extraSlot)].setText(m->currency);
            }
            return {};
        }
        case ValueKind::Currency: {
            // The money column's own currency word (500万美元) wins over a separate currency column.
            if (v.type != Value::Null)
                return {};
            const QString code = ValueParser::currencyCode(cell);
            if (code.isEmpty())
                return tr("unknown currency: %1").arg(cell);
            if (code != u"CNY")
                v.setText(code);
            return {};
        }
        case ValueKind::Percent: {
            QString s = ValueParser::foldWidth(cell);
            if (s.endsWith(u'%'))
                s.chop(1);
            const auto n = ValueParser::parseNumber(s);
            if (!n || *n < 0 || *n > 100)
                return tr("not a percentage between 0 and 100: %1").arg(cell);
            v.setReal(*n);
            return {};
        }
        case ValueKind::Date: {
            const QString d = ValueParser::parseDate(cell, m_worksheet);
            if (d.isEmpty())
                return tr("not a date (YYYY-MM-DD): %1").arg(cell);
            v.setText(d);
            return {};
        }
        case ValueKind::Month: {
            const QString m = ValueParser::parseMonth(cell);
            if (m.isEmpty())
                return tr("not a month (YYYY-MM): %1").arg(cell);
            v.setText(m);
            return {};
        }
        case ValueKind::Year: {
            const auto y = ValueParser::parseYear(cell);
            if (!y)
                return tr("not a year: %1").arg(cell);
            v.setInt(*y);
            return {};
        }
        case ValueKind::Lon:
        case ValueKind::Lat: {
            const auto n = ValueParser::parseNumber(cell);
            const double limit = kind == ValueKind::Lon ? 180 : 90;
            if (!n || *n < -limit || *n > limit)
                return kind == ValueKind::Lon ? tr("not a longitude: %1").arg(cell)
                                              : tr("not a latitude: %1").arg(cell);
            v.setReal(*n);
            return {};
        }
        case ValueKind::RegionCode:
        case ValueKind::PlaceCode: {
            const QString code = ValueParser::foldWidth(cell);
            bool digits = !code.isEmpty();
            for (QChar c : code)
                digits = digits && c.isDigit() && c.unicode() < 128;
            const bool sizeOk = code.size() == 6
                || (kind == ValueKind::PlaceCode && (code.size() == 2 || code.size() == 4));
            if (!digits || !sizeOk)
                return kind == ValueKind::RegionCode ? tr("not a six-digit region code: %1").arg(cell)
                                                     : tr("not a 2, 4 or 6-digit region code: %1").arg(cell);
            v.setText(code);
            return {};
        }
        case ValueKind::IndustryCode: {
            QString code = ValueParser::foldWidth(cell).toUpper();
            code.remove(u' ');
            if (!code.isEmpty() && code.at(0) >= u'A' && code.at(0) <= u'Z')
                code.remove(0, 1);
            bool digits = code.size() >= 2 && code.size() <= 4;
            for (QChar c : code)
                digits = digits && c.unicode() >= '0' && c.unicode() <= '9';
            if (!digits) {
                warn(warnings, t, tr("not an industry code (2 to 4 digits), left empty: %1").arg(cell));
                return {};
            }
            v.setText(code);
            const QString section = codes::Industries::instance().sectionOf(code);
            if (section.isEmpty())
                warn(warnings, t, tr("industry code %1 is not in GB/T 4754-2017").arg(code));
            else
                m_values[size_t(t.extraSlot)].setText(section);
            return {};
        }
        case ValueKind::Status: {
            const QString s = ValueParser::normalizeStatus(cell);
            if (s.isEmpty())
                return tr("unknown registration status: %1").arg(cell);
            v.setText(s);
            return {};
        }
        case ValueKind::Role:
            m_roles = ValueParser::splitRoles(cell);
            return {};
        case ValueKind::HolderKind: {
            const QString k = ValueParser::normalizeHolderKind(cell);
            if (k.isEmpty())
                return tr("holder kind must be person, enterprise or other: %1").arg(cell);
            v.setText(k);
            return {};
        }
        case ValueKind::IdNumber:
            convertIdNumber(t, cell, warnings);
            return {};
        case ValueKind::Gender: {
            const QString g = ValueParser::normalizeGender(cell);
            if (g.isEmpty())
                warn(warnings, t, tr("gender must be 男 or 女, left empty: %1").arg(cell));
            else
                v.setText(g);
            return {};
        }
        case ValueKind::Scale: {
            const QString s = ValueParser::normalizeScale(cell);
            if (s.isEmpty())
                warn(warnings, t, tr("scale must be 大型, 中型, 小型 or 微型, left empty: %1").arg(cell));
            else
                v.setText(s);
            return {};
        }
        case ValueKind::RelationKind: {
            const QString k = ValueParser::foldWidth(cell);
            if (k != u"供应" && k != u"竞争" && k != u"合作")
                return tr("relation kind must be 供应, 竞争 or 合作: %1").arg(cell);
            v.setText(k);
            return {};
        }
        case ValueKind::RiskStatus: {
            const QString k = ValueParser::foldWidth(cell);
            if (k == u"有效" || k == u"当前" || k == u"未移出")
                v.setText(QStringLiteral("有效"));
            else if (k == u"已移出" || k == u"移出" || k == u"已移除" || k == u"历史" || k == u"已失效")
                v.setText(QStringLiteral("已移出"));
            else
                return tr("risk status must be 有效 or 已移出: %1").arg(cell);
            return {};
        }
        }
        return {};
    }

    // Never keeps a full ID number: the masked form plus what the number says about its holder.
    void convertIdNumber(const Target& t, const QString& cell, QList<Issue>& warnings)
    {
        QString number = ValueParser::foldWidth(cell).toUpper();
        number.remove(u' ');
        Value& masked = m_values[size_t(t.slot)];
        QString region;
        if (number.contains(u'*')) {
            masked.setText(number);
            region = number.left(6);
        } else {
            const codes::IdInfo info = codes::IdNumber::parse(number);
            if (info.valid) {
                masked.setText(info.masked);
                region = info.regionCode;
                if (!m_birthYearSource && info.birthDate.isValid())
                    m_values[size_t(m_birthYear)].setInt(info.birthDate.year());
                if (!m_genderSource && !info.gender.isEmpty())
                    m_values[size_t(m_gender)].setText(
                        info.gender == u"male" ? QStringLiteral("男") : QStringLiteral("女"));
            } else {
                masked.setText(codes::IdNumber::mask(number));
                warn(warnings, t, tr("not a valid ID number; only its masked form was kept"));
            }
        }
        bool digits = region.size() == 6;
        for (QChar c : region)
            digits = digits && c.unicode() >= '0' && c.unicode() <= '9';
        if (!m_birthplaceSource && digits)
            m_values[size_t(m_birthplace)].setText(region);
    }

    bool insert(Issue& issue)
    {
        sqlite3_stmt* st = m_insert.handle();
        sqlite3_reset(st);
        for (size_t i = 0; i < m_values.size(); ++i) {
            const Value& v = m_values[i];
            const int idx = int(i) + 1;
            switch (v.type) {
            case Value::Null:
                sqlite3_bind_null(st, idx);
                break;
            case Value::Int:
                sqlite3_bind_int64(st, idx, v.i);
                break;
            case Value::Real:
                sqlite3_bind_double(st, idx, v.d);
                break;
            case Value::Text:
                sqlite3_bind_text(st, idx, v.s.constData(), int(v.s.size()), SQLITE_STATIC);
                break;
            }
        }
        const int rc = sqlite3_step(st);
        if (rc == SQLITE_DONE)
            return true;
        const int extended = sqlite3_extended_errcode(m_db.handle());
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
        sqlite3_reset(st);
        if ((rc & 0xff) != SQLITE_CONSTRAINT)
            m_db.check(rc, "import row");
        if (extended == SQLITE_CONSTRAINT_FOREIGNKEY) {
            for (const ForeignKey& fk : foreignKeys(m_spec.name)) {
                const int slot = int(m_dbColumns.indexOf(QString::fromLatin1(fk.column)));
                if (slot < 0 || m_values[size_t(slot)].type == Value::Null)
                    continue;
                if (!parentExists(fk, m_values[size_t(slot)].s)) {
                    issue.column = headerOf(QString::fromLatin1(fk.column));
                    const QString value = QString::fromUtf8(m_values[size_t(slot)].s);
                    if (qstrcmp(fk.what, "enterprise") == 0)
                        issue.reason = tr("unknown enterprise %1 (not in enterprises)").arg(value);
                    else if (qstrcmp(fk.what, "person") == 0)
                        issue.reason = tr("unknown person %1 (not in persons)").arg(value);
                    else if (qstrcmp(fk.what, "park") == 0)
                        issue.reason = tr("unknown park %1 (not in parks)").arg(value);
                    else
                        issue.reason = tr("unknown building %1 (not in buildings)").arg(value);
                    return false;
                }
            }
        }
        issue.reason = tr("rejected by the cache: %1").arg(message);
        return false;
    }

    bool parentExists(const ForeignKey& fk, const QByteArray& value)
    {
        const std::string sql
            = std::string("SELECT 1 FROM ") + fk.parentTable + " WHERE " + fk.parentColumn + " = ?";
        Statement st = m_db.prepare(sql);
        st.bind(1, std::string_view(value.constData(), size_t(value.size())));
        return st.step();
    }

public:
    qint64 warningCount() const { return m_warningCount; }
    /// Past the report's limit warnings are only counted (formatting a million messages costs time).
    void setListWarnings(bool list) { m_listWarnings = list; }

private:
    Database& m_db;
    const TableSpec& m_spec;
    bool m_worksheet;
    QStringList m_dbColumns;
    std::vector<Target> m_targets;
    std::vector<Value> m_values;
    Statement m_insert;
    QStringList m_roles;
    int m_roleSlot = -1;
    int m_birthplace = -1, m_birthYear = -1, m_gender = -1;
    bool m_birthplaceSource = false, m_birthYearSource = false, m_genderSource = false;
    qint64 m_warningCount = 0;
    bool m_listWarnings = true;
};

struct OpenSource
{
    SourceRef ref;
    std::unique_ptr<RowSource> rows;
    QStringList headers;
    Resolved resolved;
    qint64 headerLine = 0;
};

} // namespace

QString Importer::fingerprint(const QStringList& headers)
{
    QStringList folded;
    for (const QString& h : headers)
        folded << TableSchema::foldHeader(h);
    const QByteArray hash
        = QCryptographicHash::hash(folded.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(20));
}

SourceMapping Importer::rememberedMapping(const Database& db, const QString& fingerprint)
{
    SourceMapping m;
    Statement st = db.prepare("SELECT mapping FROM import_mappings WHERE source = ?");
    st.bind(1, fingerprint);
    if (!st.step())
        return m;
    const QJsonObject o = QJsonDocument::fromJson(st.columnText(0).toUtf8()).object();
    m.table = o.value(QStringLiteral("table")).toString();
    const QJsonObject cols = o.value(QStringLiteral("columns")).toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it)
        m.columns.insert(it.key(), it.value().toString());
    if (!TableSchema::find(m.table))
        return {};
    return m;
}

void Importer::rememberMapping(Database& db, const QString& fingerprint, const SourceMapping& mapping)
{
    QJsonObject cols;
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it)
        cols.insert(it.key(), it.value());
    const QJsonObject o { { QStringLiteral("table"), mapping.table }, { QStringLiteral("columns"), cols } };
    Statement st = db.prepare("INSERT INTO import_mappings(source, mapping) VALUES(?, ?) "
                              "ON CONFLICT(source) DO UPDATE SET mapping = excluded.mapping");
    st.bind(1, fingerprint);
    st.bind(2, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    st.run();
}

QList<SourcePreview> Importer::inspect(const QStringList& paths, const Database* db, int previewRows)
{
    std::map<QString, std::unique_ptr<XlsxReader>> workbooks;
    const QList<SourceRef> refs = discover(paths, workbooks);
    QList<SourcePreview> out;
    for (const SourceRef& ref : refs) {
        auto rows = openSource(ref, workbooks);
        SourcePreview p;
        p.label = ref.label;
        p.path = ref.path;
        p.sheet = ref.sheet;
        p.encoding = rows->encoding();
        QStringList fields;
        while (rows->next(fields)) {
            if (isBlankRecord(fields))
                continue;
            if (p.headers.isEmpty()) {
                p.headers = fields;
                continue;
            }
            p.rows.append(fields);
            if (p.rows.size() >= previewRows)
                break;
        }
        if (p.headers.isEmpty())
            continue; // an empty sheet or file holds nothing to map
        for (QString& h : p.headers)
            h = h.trimmed();
        p.fingerprint = fingerprint(p.headers);
        const Resolved r = resolve(ref, p.headers, nullptr, db);
        p.table = r.table;
        p.columns = r.columns;
        p.remembered = r.remembered;
        while (p.columns.size() < p.headers.size())
            p.columns << QString();
        out.append(p);
    }
    return out;
}

ImportReport Importer::run(
    Database& db, const QStringList& paths, const ImportOptions& options, const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    std::map<QString, std::unique_ptr<XlsxReader>> workbooks;
    const QList<SourceRef> refs = discover(paths, workbooks);

    // Read every header first so that parents (enterprises, persons, parks, buildings) go before the
    // rows that refer to them, whatever the order of files.
    std::vector<OpenSource> sources;
    qint64 totalBytes = 0;
    for (const SourceRef& ref : refs) {
        OpenSource s;
        s.ref = ref;
        s.rows = openSource(ref, workbooks);
        QStringList fields;
        while (s.rows->next(fields)) {
            if (!isBlankRecord(fields)) {
                s.headers = fields;
                s.headerLine = s.rows->line();
                break;
            }
        }
        if (s.headers.isEmpty())
            continue;
        for (QString& h : s.headers)
            h = h.trimmed();
        if (options.skip.contains(fingerprint(s.headers)))
            continue;
        const QString fileKey = QFileInfo(ref.path).fileName();
        report.encodings.insert(fileKey, s.rows->encoding());
        s.resolved = resolve(ref, s.headers, &options, &db);
        if (s.resolved.table.isEmpty()) {
            report.rejected.append({ ref.label, s.headerLine, QString(),
                tr("cannot tell which table this file holds: name it after its table "
                   "(e.g. enterprises.csv) or map its columns") });
            continue;
        }
        const TableSpec* spec = TableSchema::find(s.resolved.table);
        bool complete = true;
        for (const ColumnSpec& c : spec->columns) {
            if (c.required && !s.resolved.columns.contains(c.name)) {
                report.rejected.append({ ref.label, s.headerLine, c.name,
                    tr("required column %1 is missing; no row of this file was imported").arg(c.name) });
                complete = false;
            }
        }
        if (!complete)
            continue;
        QStringList ignored;
        for (int i = 0; i < s.headers.size(); ++i)
            if (s.resolved.columns.value(i).isEmpty() && !s.headers.at(i).isEmpty())
                ignored << s.headers.at(i);
        if (!ignored.isEmpty())
            report.ignoredColumns.insert(ref.label, ignored);
        report.tables.insert(ref.label, s.resolved.table);
        totalBytes += s.rows->size();
        sources.push_back(std::move(s));
    }
    const QStringList order = TableSchema::tableNames();
    std::stable_sort(sources.begin(), sources.end(), [&order](const OpenSource& a, const OpenSource& b) {
        return order.indexOf(a.resolved.table) < order.indexOf(b.resolved.table);
    });

    // One transaction holds the whole bundle: a larger page cache keeps it from spilling to the WAL and
    // reading pages back. Restored afterwards (the size is a per-connection setting).
    const qint64 oldCacheSize = db.scalarInt("PRAGMA cache_size");
    db.exec("PRAGMA cache_size = -262144");
    struct RestoreCache
    {
        Database& db;
        qint64 size;
        ~RestoreCache()
        {
            try {
                db.exec(("PRAGMA cache_size = " + std::to_string(size)).c_str());
            } catch (...) {
            }
        }
    } restoreCache { db, oldCacheSize };
    store::Transaction tx(db);
    qint64 doneBytes = 0;
    qint64 warningCount = 0;
    progress.report(0, totalBytes, tr("Importing"));
    for (OpenSource& s : sources) {
        const TableSpec& spec = *TableSchema::find(s.resolved.table);
        TableWriter writer(db, spec, s.headers, s.resolved.columns, s.rows->isWorksheet());
        const QString stage = tr("Importing %1").arg(s.ref.label);
        QStringList fields;
        QList<Issue> warnings;
        qint64 written = 0;
        qint64 n = 0;
        while (s.rows->next(fields)) {
            if ((++n & 1023) == 0)
                progress.report(doneBytes + s.rows->position(), totalBytes, stage);
            if (!s.rows->recordError().isEmpty()) {
                report.rejected.append({ s.ref.label, s.rows->line(), QString(), s.rows->recordError() });
                continue;
            }
            if (isBlankRecord(fields))
                continue;
            Issue issue { s.ref.label, s.rows->line(), QString(), QString() };
            writer.setListWarnings(report.warnings.size() < ImportReport::kMaxWarnings);
            written += writer.write(fields, issue, warnings);
            if (!issue.reason.isEmpty())
                report.rejected.append(issue);
            for (Issue& w : warnings) {
                if (report.warnings.size() < ImportReport::kMaxWarnings) {
                    w.file = s.ref.label;
                    w.line = s.rows->line();
                    report.warnings.append(w);
                }
            }
            warnings.clear();
        }
        warningCount += writer.warningCount();
        doneBytes += s.rows->size();
        report.imported[s.resolved.table] += written;
        if (options.rememberMappings && options.mappings.contains(Importer::fingerprint(s.headers))) {
            SourceMapping m = options.mappings.value(Importer::fingerprint(s.headers));
            m.table = s.resolved.table;
            rememberMapping(db, Importer::fingerprint(s.headers), m);
        }
    }
    report.warningCount = warningCount;
    progress.report(totalBytes, totalBytes, tr("Rebuilding the search index"));
    if (report.imported.value(QStringLiteral("enterprises")) > 0)
        store::Cache::rebuildDerivedIndexes(db);
    store::Cache::bumpDataVersion(db);
    QString label = options.dataSourceLabel;
    if (label.isEmpty()) {
        QStringList names;
        for (const QString& p : paths)
            names << QFileInfo(p).fileName();
        label = names.join(QStringLiteral(", "));
    }
    store::Cache::setMeta(db, QStringLiteral("data_source"), label);
    progress.throwIfCancelled();
    tx.commit();
    report.seconds = double(timer.elapsed()) / 1000.0;
    return report;
}

} // namespace dj::io
