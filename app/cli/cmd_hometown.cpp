// hometown, hometown summary, hometown register (shared/spec/cli.md "Analyses" and "Further commands").
#include "cli.h"
#include "core/hometown/hometowndata.h"
#include "core/hometown/hometownengine.h"
#include "core/store/cache.h"
#include "core/store/personreads.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace {

using namespace Qt::StringLiterals;
using dj::cli::CliError;
namespace hometown = dj::hometown;

class HometownCommand
{
    Q_DECLARE_TR_FUNCTIONS(HometownCommand)
public:
    static dj::store::Database openCache(const QString& path, bool write = false)
    {
        if (!QFile::exists(path))
            throw CliError { dj::cli::UserError, tr("The cache %1 does not exist.").arg(path) };
        return dj::store::Cache::open(
            path, write ? dj::store::Cache::Access::ReadWrite : dj::store::Cache::Access::ReadOnly);
    }

    static QStringList list(const QString& value)
    {
        QStringList out;
        for (const QString& s : value.split(u',', Qt::SkipEmptyParts))
            out << s.trimmed();
        return out;
    }

    static QString checkedRegion(const QString& code, const QString& option)
    {
        if (!hometown::isRegionPrefix(code))
            throw CliError {
                dj::cli::UserError,
                tr("%1 \"%2\" is not a region code of 2, 4 or 6 digits that exists today.").arg(option, code)
            };
        return code;
    }

    static hometown::Query queryFrom(const dj::cli::Args& a)
    {
        hometown::Query q;
        q.origins = list(a.required(u"--origin"_s));
        if (q.origins.isEmpty())
            throw CliError { dj::cli::UsageError, tr("--origin needs at least one region code.") };
        for (const QString& o : std::as_const(q.origins))
            checkedRegion(o, u"--origin"_s);
        const QString target = a.required(u"--target"_s);
        if (target != u"all"_s)
            q.targets = { checkedRegion(target, u"--target"_s) };
        if (a.has(u"--roles"_s)) {
            q.roles = 0;
            for (const QString& r : list(a.value(u"--roles"_s))) {
                const quint16 bits = hometown::roleBits(r);
                if (!bits)
                    throw CliError { dj::cli::UserError,
                        tr("Unknown role \"%1\": use 法定代表人, 股东, 董监高, 受益所有人, 实际控制人 or a "
                           "title of "
                           "roles.csv.")
                            .arg(r) };
                q.roles |= bits;
            }
            if (!q.roles)
                throw CliError { dj::cli::UserError, tr("--roles needs at least one role.") };
        }
        q.industries = list(a.value(u"--industries"_s));
        if (a.has(u"--min-share"_s)) {
            bool ok = false;
            q.minShare = a.value(u"--min-share"_s).toDouble(&ok);
            if (!ok || q.minShare < 0 || q.minShare > 100)
                throw CliError { dj::cli::UserError, tr("--min-share takes a percentage from 0 to 100.") };
        }
        if (a.has(u"--min-score"_s)) {
            bool ok = false;
            q.minScore = a.value(u"--min-score"_s).toDouble(&ok);
            if (!ok)
                throw CliError { dj::cli::UserError, tr("--min-score takes a number.") };
        }
        if (a.has(u"--weights"_s)) {
            QByteArray text = a.value(u"--weights"_s).toUtf8();
            if (!text.trimmed().startsWith('{')) {
                QFile f(a.value(u"--weights"_s));
                if (!f.open(QIODevice::ReadOnly))
                    throw CliError { dj::cli::UserError,
                        tr("Cannot read the weights file %1: %2").arg(f.fileName(), f.errorString()) };
                text = f.readAll();
            }
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
            if (!doc.isObject())
                throw CliError { dj::cli::UserError,
                    tr("--weights is not a JSON object: %1").arg(error.errorString()) };
            q.weights = hometown::Weights::fromJson(doc.object());
        }
        if (a.has(u"--priority"_s))
            q.priorityIndustries = list(a.value(u"--priority"_s));
        q.limit = int(a.integer(u"--limit"_s, 0, 0, 100000000));
        q.validate();
        return q;
    }

    static int run(const QStringList& args)
    {
        const dj::cli::Args a(args,
            { u"--db"_s, u"--origin"_s, u"--target"_s, u"--roles"_s, u"--industries"_s, u"--min-share"_s,
                u"--min-score"_s, u"--weights"_s, u"--priority"_s, u"--limit"_s });
        const QString path = a.required(u"--db"_s);
        hometown::Query q;
        try {
            q = queryFrom(a);
        } catch (const hometown::QueryError& e) {
            throw CliError { dj::cli::UserError, e.text };
        }
        dj::store::Database db = openCache(path);
        if (!a.has(u"--priority"_s)) {
            const dj::store::MemberRegisters registers(db);
            for (const QString& o : std::as_const(q.origins))
                q.priorityIndustries << registers.priorityIndustries(o);
        }
        // The persisted snapshot beside the cache (built by import and demo, or `hometown index`) when it is
        // current; else the origin's persons, links and enterprises are read from the cache.
        auto data = hometown::HometownData::openPersisted(path);
        if (!data)
            data = hometown::HometownData::loadForOrigins(
                db, q.origins, q.targets, (q.roles & hometown::kOwnershipRoles) != 0);
        hometown::Result result = hometown::HometownEngine::run(*data, q);
        if (data->isPersisted())
            hometown::HometownEngine::attachRegisters(result, db);
        QJsonArray persons;
        for (const hometown::PersonHit& p : result.persons)
            persons.append(hometown::toJson(p));
        dj::cli::printJson(QJsonObject { { u"persons"_s, persons }, { u"total"_s, result.totalPersons },
            { u"weights"_s, q.weights.toJson() },
            { u"priority_industries"_s, QJsonArray::fromStringList(q.priorityIndustries) } });
        return dj::cli::Ok;
    }

    static int summary(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--origin"_s, u"--target"_s });
        const QString path = a.required(u"--db"_s);
        if (a.has(u"--origin"_s) == a.has(u"--target"_s))
            throw CliError { dj::cli::UsageError, tr("Give either --origin or --target.") };
        const bool byOrigin = a.has(u"--origin"_s);
        const QString code = checkedRegion(
            a.value(byOrigin ? u"--origin"_s : u"--target"_s), byOrigin ? u"--origin"_s : u"--target"_s);
        const dj::store::Database db = openCache(path);
        auto data = hometown::HometownData::openPersisted(path);
        if (!data)
            data = byOrigin ? hometown::HometownData::loadForOrigins(db, { code })
                            : hometown::HometownData::loadForTarget(db, code);
        const hometown::Summary s = byOrigin ? hometown::HometownEngine::summarizeOrigin(*data, code)
                                             : hometown::HometownEngine::summarizeTarget(*data, code);
        dj::cli::printJson(hometown::toJson(s));
        return dj::cli::Ok;
    }

    static int index(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s });
        const QString path = a.required(u"--db"_s);
        (void)openCache(
            path); // refuses a missing file or one that is not a cache, before anything is written
        QElapsedTimer timer;
        timer.start();
        auto data = hometown::HometownData::openPersisted(path);
        const bool current = data != nullptr;
        if (!current) {
            const bool terminal = dj::cli::stderrIsTerminal();
            data = hometown::HometownData::openOrBuild(
                path, dj::Progress([terminal](qint64 done, qint64 total, const QString& stage) {
                    if (terminal && total > 0)
                        std::fprintf(stderr, "\r%s %3d%%", qPrintable(stage), int(done * 100 / total));
                }));
            if (terminal)
                std::fprintf(stderr, "\n");
        }
        dj::cli::printJson(QJsonObject { { u"path"_s, hometown::HometownData::persistedPath(path) },
            { u"built"_s, !current }, { u"persisted"_s, data->isPersisted() },
            { u"persons"_s, qint64(data->persons().size()) }, { u"links"_s, qint64(data->links().size()) },
            { u"enterprises"_s, qint64(data->enterprises().size()) },
            { u"seconds"_s, double(timer.elapsed()) / 1000.0 } });
        return dj::cli::Ok;
    }

    static int registers(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s, u"--register"_s });
        dj::store::Database db = openCache(a.required(u"--db"_s));
        const dj::store::MemberRegisters regs(db);
        if (!a.has(u"--register"_s)) {
            dj::cli::printJson(
                QJsonObject { { u"registers"_s, QJsonArray::fromStringList(regs.registers()) } });
            return dj::cli::Ok;
        }
        const QString name = a.value(u"--register"_s);
        const QList<dj::store::MemberRow> members = regs.members(name);
        if (members.isEmpty())
            throw CliError { dj::cli::UserError, tr("Register \"%1\" not found.").arg(name) };
        QJsonArray rows;
        for (const dj::store::MemberRow& m : members) {
            rows.append(QJsonObject { { u"person_id"_s, m.personId }, { u"name"_s, m.personName },
                { u"id_masked"_s, m.idMasked }, { u"role"_s, m.role }, { u"joined"_s, m.joined },
                { u"status"_s, m.status.isEmpty() ? u"会员"_s : m.status }, { u"note"_s, m.note },
                { u"contacts"_s, int(regs.contacts(name, m.personId).size()) } });
        }
        dj::cli::printJson(QJsonObject { { u"register"_s, name }, { u"members"_s, rows } });
        return dj::cli::Ok;
    }
};

DJ_CLI_COMMAND({ u"hometown"_s,
    u"--db FILE --origin PREFIX[,PREFIX…] --target PREFIX|all [--roles r1,r2] [--industries I,…] "
    u"[--min-share PCT] "
    u"[--min-score S] [--weights W.json|{…}] [--priority I,…] [--limit N]"_s,
    HometownCommand::tr(
        "persons born in or native to the origin who hold roles or shares in enterprises of the "
        "target, ranked; roles 法定代表人, 股东, 董监高, 受益所有人, 实际控制人 (ubo: both; through "
        "intermediate companies, ultimate_share in percent) or titles; share in percent (share_pct); "
        "score_parts show the score"),
    &HometownCommand::run });
DJ_CLI_COMMAND({ u"hometown summary"_s, u"--db FILE --origin PREFIX | --target PREFIX"_s,
    HometownCommand::tr(
        "aggregates: where an origin's entrepreneurs are (by_target_province, by_target_city, "
        "by_section), or one target's entrepreneurs by origin (by_origin_province, by_origin_city)"),
    &HometownCommand::summary });
DJ_CLI_COMMAND({ u"hometown index"_s, u"--db FILE"_s,
    HometownCommand::tr(
        "builds the persisted hometown snapshot beside the cache (FILE.hometown) unless it is "
        "current; import and demo build it, queries use it when current"),
    &HometownCommand::index });
DJ_CLI_COMMAND({ u"hometown register"_s, u"--db FILE [--register NAME]"_s,
    HometownCommand::tr("list the registers, or one register's members with status (ID numbers masked)"),
    &HometownCommand::registers });

} // namespace
