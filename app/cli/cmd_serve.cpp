// serve, keys create|list|revoke (shared/spec/cli.md "servers"): the local data API of core/api.
#include "cli.h"
#include "core/api/apikeys.h"
#include "core/api/apiserver.h"
#include "core/store/cache.h"
#include "core/store/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <exception>
#include <memory>

namespace {

using namespace Qt::StringLiterals;
using dj::api::ApiKey;
using dj::api::ApiKeys;
using dj::cli::CliError;

std::atomic_bool g_stop { false };

extern "C" void onStopSignal(int)
{
    g_stop = true;
}

class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
public:
    static QString existingCache(const dj::cli::Args& a)
    {
        const QString db = a.required(u"--db"_s);
        if (!QFile::exists(db))
            throw CliError { dj::cli::UserError, tr("The cache %1 does not exist.").arg(db) };
        return db;
    }

    static QStringList list(const QString& value)
    {
        QStringList out;
        for (const QString& s : value.split(u',', Qt::SkipEmptyParts))
            out << s.trimmed();
        return out;
    }

    /// SECONDS (decimals allowed) as milliseconds; the range is checked by ApiServerOptions::validate().
    static int milliseconds(const dj::cli::Args& a, const QString& option, int fallback)
    {
        if (!a.has(option))
            return fallback;
        bool ok = false;
        const double s = a.value(option).toDouble(&ok);
        if (!ok || !std::isfinite(s) || s < 0 || s > 1e6)
            throw CliError { dj::cli::UsageError,
                tr("%1 takes a number of seconds, e.g. 15 or 0.5 (got \"%2\").")
                    .arg(option, a.value(option).left(40)) };
        return int(std::lround(s * 1000));
    }

    /// BYTES with an optional K or M suffix (1024-based).
    static qint64 bytes(const QString& text)
    {
        QString t = text.trimmed().toUpper();
        qint64 unit = 1;
        if (t.endsWith(u'K') || t.endsWith(u'M')) {
            unit = t.endsWith(u'K') ? 1024 : 1024 * 1024;
            t.chop(1);
        }
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        if (!ok || n < 0 || n > (qint64(1) << 40))
            throw CliError { dj::cli::UsageError,
                tr("--max-body takes a size in bytes, e.g. 1048576, 512K or 4M (got \"%1\").")
                    .arg(text.left(40)) };
        return n * unit;
    }

    static int serve(const QStringList& args)
    {
        const dj::cli::Args a(args,
            { u"--db"_s, u"--listen"_s, u"--keys"_s, u"--workers"_s, u"--request-timeout"_s,
                u"--keep-alive"_s, u"--query-timeout"_s, u"--max-body"_s });
        a.noPositional();
        const QString db = existingCache(a);
        dj::api::ApiServerOptions options;
        const QString listen = a.value(u"--listen"_s, u"127.0.0.1:8731"_s);
        const qsizetype colon = listen.lastIndexOf(u':');
        bool portOk = false;
        const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
        QString host = colon > 0 ? listen.left(colon) : QString();
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        const QHostAddress address(host);
        if (!portOk || port < 0 || port > 65535 || address.isNull())
            throw CliError { dj::cli::UsageError,
                tr("--listen takes HOST:PORT with an IP address, e.g. 127.0.0.1:8731 (port 0 = any free "
                   "port).") };
        options.address = address;
        options.port = quint16(port);
        options.keysFile = a.value(u"--keys"_s);
        options.workers = int(a.integer(u"--workers"_s, 0, 0, dj::api::ApiServerOptions::kMaxWorkers));
        options.requestTimeoutMs = milliseconds(a, u"--request-timeout"_s, options.requestTimeoutMs);
        options.idleTimeoutMs = milliseconds(a, u"--keep-alive"_s, options.idleTimeoutMs);
        options.queryTimeoutMs = milliseconds(a, u"--query-timeout"_s, options.queryTimeoutMs);
        if (a.has(u"--max-body"_s))
            options.maxBodyBytes = bytes(a.value(u"--max-body"_s));
        try {
            options.validate();
        } catch (const dj::Error& e) {
            throw CliError { dj::cli::UsageError, e.message() };
        }
        if (!options.keysFile.isEmpty() && !QFile::exists(options.keysFile))
            throw CliError { dj::cli::UserError,
                tr("The keys file %1 does not exist.").arg(options.keysFile) };

        // The server runs on a thread of its own with Qt's own event dispatcher (QT_NO_GLIB is read when a
        // thread starts): glib's costs more per socket event, measured about 12 % of the server's CPU per
        // answer under load (bench_api).
        qputenv("QT_NO_GLIB", "1");
        QThread thread;
        thread.setObjectName(u"dj-api"_s);
        thread.start();
        QObject anchor;
        anchor.moveToThread(&thread);
        std::unique_ptr<dj::api::ApiServer> server;
        std::exception_ptr failure;
        QMetaObject::invokeMethod(
            &anchor,
            [&] {
                try {
                    server = std::make_unique<dj::api::ApiServer>(db, options);
                    server->start();
                } catch (...) {
                    server.reset();
                    failure = std::current_exception();
                }
            },
            Qt::BlockingQueuedConnection);
        const auto finish = [&] {
            if (server)
                QMetaObject::invokeMethod(
                    &anchor,
                    [&] {
                        server->stop();
                        server.reset();
                    },
                    Qt::BlockingQueuedConnection);
            thread.quit();
            thread.wait();
        };
        if (failure) {
            finish();
            try {
                std::rethrow_exception(failure);
            } catch (const dj::store::StoreError&) {
                throw;
            } catch (const dj::Error& e) { // the address is taken, bad limits: the user's to fix
                throw CliError { dj::cli::UserError, e.message() };
            }
        }
        dj::cli::printJson(QJsonObject { { u"listening"_s, server->baseUrl() }, { u"port"_s, server->port() },
            { u"data_source"_s, server->service().dataSource() }, { u"as_of"_s, server->service().asOf() },
            { u"keys"_s, server->usableKeys() },
            { u"limits"_s,
                QJsonObject { { u"workers"_s, server->workers() },
                    { u"request_timeout_s"_s, options.requestTimeoutMs / 1000.0 },
                    { u"keep_alive_s"_s, options.idleTimeoutMs / 1000.0 },
                    { u"query_timeout_s"_s, options.queryTimeoutMs / 1000.0 },
                    { u"max_body_bytes"_s, options.maxBodyBytes } } } });
        std::fflush(stdout);
        if (!address.isLoopback())
            dj::cli::printError(
                tr("Warning: listening on %1, reachable from other machines.").arg(address.toString()));

        std::signal(SIGINT, onStopSignal);
        std::signal(SIGTERM, onStopSignal);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
            if (g_stop)
                QCoreApplication::quit();
        });
        poll.start(100);
        QCoreApplication::exec();
        finish(); // writes the usage counts
        return dj::cli::Ok;
    }

    static QJsonObject keyJson(const ApiKey& k)
    {
        return QJsonObject { { u"key_id"_s, k.id }, { u"name"_s, k.name }, { u"created"_s, k.created },
            { u"revoked"_s, k.revoked.isEmpty() ? QJsonValue() : QJsonValue(k.revoked) },
            { u"endpoints"_s, QJsonArray::fromStringList(k.endpoints) },
            { u"regions"_s, QJsonArray::fromStringList(k.regions) },
            { u"rate_per_minute"_s, k.ratePerMinute }, { u"quota_per_day"_s, k.quotaPerDay } };
    }

    static int create(const QStringList& args)
    {
        const dj::cli::Args a(args,
            { u"--db"_s, u"--keys"_s, u"--name"_s, u"--endpoints"_s, u"--regions"_s, u"--rate"_s,
                u"--quota"_s });
        a.noPositional();
        const QString db = existingCache(a);
        ApiKey spec;
        spec.name = a.value(u"--name"_s);
        spec.endpoints = list(a.value(u"--endpoints"_s));
        spec.regions = list(a.value(u"--regions"_s));
        spec.ratePerMinute = int(a.integer(u"--rate"_s, 600, 1, 1000000));
        spec.quotaPerDay = a.integer(u"--quota"_s, 100000, 1, 1000000000);
        const QString keysFile = a.value(u"--keys"_s, ApiKeys::defaultKeysFile(db));
        ApiKeys::Created c;
        try {
            c = ApiKeys::create(db, keysFile, spec);
        } catch (const dj::store::StoreError&) {
            throw;
        } catch (const dj::Error& e) {
            throw CliError { dj::cli::UserError, e.message() };
        }
        QJsonObject out = keyJson(c.key);
        out.insert(u"secret"_s, c.secret);
        out.insert(u"keys_file"_s, keysFile);
        dj::cli::printJson(out);
        return dj::cli::Ok;
    }

    static int listKeys(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s });
        a.noPositional();
        const dj::store::Database cache
            = dj::store::Cache::open(existingCache(a), dj::store::Cache::Access::ReadOnly);
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const auto used = ApiKeys::usage(cache, today);
        QJsonArray keys;
        for (const ApiKey& k : ApiKeys::list(cache)) {
            QJsonObject o = keyJson(k);
            o.insert(u"requests_today"_s, used.value(k.id));
            keys.append(o);
        }
        dj::cli::printJson(QJsonObject { { u"keys"_s, keys } });
        return dj::cli::Ok;
    }

    static int revoke(const QStringList& args)
    {
        const dj::cli::Args a(args, { u"--db"_s });
        if (a.positional().size() != 1)
            throw CliError { dj::cli::UsageError, tr("Give exactly one key id.") };
        dj::store::Database cache
            = dj::store::Cache::open(existingCache(a), dj::store::Cache::Access::ReadWrite);
        const QString id = a.positional().first().trimmed();
        if (!ApiKeys::revoke(cache, id))
            throw CliError { dj::cli::UserError, tr("No valid key \"%1\" in the cache.").arg(id.left(80)) };
        dj::cli::printJson(QJsonObject { { u"revoked"_s, id } });
        return dj::cli::Ok;
    }
};

DJ_CLI_COMMAND({ u"serve"_s,
    u"--db FILE [--listen HOST:PORT] [--keys FILE] [--workers N] [--request-timeout S] [--keep-alive S] "
    u"[--query-timeout S] [--max-body BYTES]"_s,
    ServeCommand::tr(
        "serve the cache as the signed local data API (/v1, loopback 127.0.0.1:8731 unless told; "
        "keys from FILE, default <db>.keys); limits: query threads (0 = automatic), seconds to receive a "
        "request (10), idle keep-alive seconds (30), query seconds (15), body size (1M); prints "
        "{listening,port,keys,limits} and runs until Ctrl+C"),
    &ServeCommand::serve });
DJ_CLI_COMMAND({ u"keys create"_s,
    u"--db FILE [--keys FILE] [--name TEXT] [--endpoints e1,e2] [--regions P1,P2] [--rate N] [--quota N]"_s,
    ServeCommand::tr("create an API key: the secret is printed once and added to the keys file (default "
                     "<db>.keys); limits: endpoints, region prefixes, requests per minute and per day"),
    &ServeCommand::create });
DJ_CLI_COMMAND({ u"keys list"_s, u"--db FILE"_s,
    ServeCommand::tr("list the API keys with their limits and today's requests (never the secrets)"),
    &ServeCommand::listKeys });
DJ_CLI_COMMAND({ u"keys revoke"_s, u"--db FILE KEY_ID"_s,
    ServeCommand::tr("revoke an API key (a running server refuses it within 2 s)"), &ServeCommand::revoke });

} // namespace
