#include "core/server/shardsetup.h"

#include "core/server/pgconnection.h"
#include "core/server/serverschema.h"

#include <QSet>
#include <libpq-fe.h>

namespace dj::server {

const QStringList& ShardSetup::tables()
{
    static const QStringList list { QStringLiteral("enterprises"), QStringLiteral("financials"),
        QStringLiteral("financing"), QStringLiteral("licenses"), QStringLiteral("qualifications"),
        QStringLiteral("risks"), QStringLiteral("enterprise_figures") };
    return list;
}

void ShardSetup::configure(PgConnection& db, const QList<Shard>& shards)
{
    ServerSchema::check(db);
    if (shards.isEmpty())
        throw ServerError(tr("Give at least one shard."));
    QSet<QString> seen;
    for (const Shard& s : shards) {
        if (s.provinces.isEmpty())
            throw ServerError(tr("A shard needs the provinces it holds."));
        for (const QString& p : s.provinces) {
            if (!ServerSchema::provinces().contains(p))
                throw ServerError(tr("%1 is not a province code (11 … 82).").arg(p.left(20)));
            if (seen.contains(p))
                throw ServerError(tr("Province %1 is given to two shards.").arg(p));
            seen.insert(p);
        }
        // Each shard must be reachable and a server of this version before anything changes.
        PgConnection shard(s.conninfo);
        ServerSchema::check(shard);
    }

    PgTransaction tx(db);
    db.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS postgres_fdw"));
    const PgResult old
        = db.query(QStringLiteral("SELECT srvname FROM pg_foreign_server WHERE srvname LIKE 'dj_shard%'"));
    db.exec(QStringLiteral("DROP SCHEMA IF EXISTS national CASCADE"));
    for (int i = 0; i < old.rows(); ++i)
        db.exec(QStringLiteral("DROP SERVER %1 CASCADE").arg(PgConnection::quoteIdentifier(old.text(i, 0))));
    db.exec(QStringLiteral("CREATE SCHEMA national"));
    for (const QString& t : tables())
        db.exec(QStringLiteral("CREATE TABLE national.%1 (LIKE public.%1) PARTITION BY LIST (prov)").arg(t));

    for (int n = 0; n < shards.size(); ++n) {
        const Shard& s = shards[n];
        const QString server = QStringLiteral("dj_shard%1").arg(n + 1);
        char* error = nullptr;
        PQconninfoOption* options = PQconninfoParse(s.conninfo.toUtf8().constData(), &error);
        if (!options) {
            const QString why = error ? QString::fromUtf8(error).trimmed() : QString();
            PQfreemem(error);
            throw ServerError(tr("The shard address is not a connection string: %1").arg(why));
        }
        QStringList serverKeys, serverValues, userKeys, userValues;
        for (PQconninfoOption* o = options; o->keyword; ++o) {
            if (!o->val || !*o->val)
                continue;
            const QString key = QString::fromUtf8(o->keyword);
            if (key == u"user" || key == u"password") {
                userKeys << key;
                userValues << QString::fromUtf8(o->val);
            } else if (key == u"host" || key == u"hostaddr" || key == u"port" || key == u"dbname"
                || key == u"connect_timeout" || key == u"sslmode") {
                serverKeys << key;
                serverValues << QString::fromUtf8(o->val);
            }
        }
        PQconninfoFree(options);
        // format() quotes the values on the server (%I identifiers, %L literals): nothing is spliced here.
        auto ddl = [&](const QString& head, const QStringList& keys, const QStringList& values) {
            QStringList parts;
            QVariantList params { server };
            for (int k = 0; k < keys.size(); ++k) {
                parts << keys[k] + QStringLiteral(" %L");
                params << values[k];
            }
            QString f = head;
            if (!parts.isEmpty())
                f += QStringLiteral(" OPTIONS (") + parts.join(QStringLiteral(", ")) + u')';
            QStringList args;
            for (int k = 1; k <= params.size(); ++k)
                args << QStringLiteral("$%1::text").arg(k);
            db.exec(db.scalar(QStringLiteral("SELECT format(%1, %2)")
                                  .arg(QStringLiteral("$q$") + f + QStringLiteral("$q$"), args.join(u", ")),
                params));
        };
        ddl(QStringLiteral("CREATE SERVER %I FOREIGN DATA WRAPPER postgres_fdw"), serverKeys, serverValues);
        ddl(QStringLiteral("CREATE USER MAPPING FOR CURRENT_USER SERVER %I"), userKeys, userValues);
        for (const QString& t : tables())
            for (const QString& p : s.provinces)
                db.exec(QStringLiteral(
                    "CREATE FOREIGN TABLE national.%1_p%2 PARTITION OF national.%1 FOR VALUES IN "
                    "('%2') SERVER %3 OPTIONS (schema_name 'public', table_name '%1_p%2')")
                            .arg(t, p, server));
    }
    db.exec(QStringLiteral("SELECT set_config('search_path', 'national, public', false)"));
    const QString database = db.scalar(QStringLiteral("SELECT current_database()"));
    db.exec(QStringLiteral("ALTER DATABASE %1 SET search_path = national, public")
                .arg(PgConnection::quoteIdentifier(database)));
    tx.commit();
}

} // namespace dj::server
