// bench_api --db CACHE [--clients 50] [--seconds 15] [--rate 2000] [--workers N] [--soak-clients 200]
//           [--soak-seconds 60] [--repeat 20] [--parts enterprise,paced,search,soak]
//
// Load against a real server process (dianjing-cli serve, loopback, keep-alive clients on one event loop in
// this process, every request signed). Prints one JSON line per measurement.
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

double round3(double v)
{
    return std::round(v * 1000) / 1000;
}

void print(const QJsonObject& o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

QJsonObject runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(DJ_CLI_PATH), args);
    p.waitForFinished(-1);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

struct Key
{
    QByteArray id;
    QByteArray secret;
};

QByteArray signedRequest(
    const Key& key, const QByteArray& method, const QByteArray& path, const QByteArray& body)
{
    static quint64 counter = 0;
    const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray nonce
        = QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0')
        + QByteArray::number(++counter);
    const QByteArray canonical = method + '\n' + path + "\n\n"
        + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex() + '\n' + ts + '\n' + nonce;
    const QByteArray sig
        = QMessageAuthenticationCode::hash(canonical, key.secret, QCryptographicHash::Sha256).toHex();
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-DJ-Key: " + key.id
        + "\r\nX-DJ-Timestamp: " + ts + "\r\nX-DJ-Nonce: " + nonce + "\r\nX-DJ-Signature: " + sig + "\r\n";
    if (method == "POST")
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

/// Keep-alive clients on this thread's event loop, each sending its next request when the answer is in.
class Load
{
public:
    struct Result
    {
        std::vector<double> ms;
        qint64 ok = 0;
        qint64 failed = 0; ///< non-200 or not a whole JSON object
        qint64 reconnects = 0;
        qint64 late = 0; ///< paced: sent after their slot (the previous answer was still out)
        double seconds = 0;
    };

    Load(quint16 port, std::function<QByteArray()> next)
        : m_port(port)
        , m_next(std::move(next))
    {
    }

    /// intervalMs > 0: paced (each client sends one request every intervalMs, spread over the interval, so
    /// `clients` clients offer clients * 1000 / intervalMs requests per second); a request whose slot comes
    /// while the previous answer is still out is sent when it arrives and counted in `late`.
    Result run(int clients, double seconds, const std::function<void(double)>& tick = {},
        qint64 maxRequests = 0, double intervalMs = 0)
    {
        m_result = {};
        m_max = maxRequests;
        m_stopping = false;
        m_interval = intervalMs;
        std::vector<std::unique_ptr<Client>> all;
        for (int i = 0; i < clients; ++i) {
            all.push_back(std::make_unique<Client>());
            connectClient(*all.back());
        }
        std::vector<std::unique_ptr<QTimer>> pacers;
        if (intervalMs > 0) {
            for (int i = 0; i < clients; ++i) {
                Client* c = all[size_t(i)].get();
                auto start = std::make_unique<QTimer>();
                start->setSingleShot(true);
                auto pace = std::make_unique<QTimer>();
                pace->setTimerType(Qt::PreciseTimer);
                pace->setInterval(int(intervalMs));
                QTimer* paceRaw = pace.get();
                QObject::connect(paceRaw, &QTimer::timeout, [this, c] {
                    if (c->busy)
                        c->due = true;
                    else
                        send(*c);
                });
                QObject::connect(start.get(), &QTimer::timeout, [this, c, paceRaw] {
                    paceRaw->start();
                    if (!c->busy)
                        send(*c);
                });
                start->start(int(intervalMs * i / clients));
                pacers.push_back(std::move(start));
                pacers.push_back(std::move(pace));
            }
        }
        QElapsedTimer wall;
        wall.start();
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            if (tick)
                tick(double(wall.elapsed()) / 1000.0);
        });
        ticker.start(1000);
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(int(seconds * 1000), &loop, [&] {
            m_stopping = true;
            loop.quit();
        });
        loop.exec();
        m_result.seconds = double(wall.nsecsElapsed()) / 1e9;
        for (auto& c : all)
            c->socket.disconnect();
        return m_result;
    }

private:
    struct Client
    {
        QTcpSocket socket;
        QByteArray buffer;
        QElapsedTimer timer;
        bool busy = false; ///< a request is out
        bool due = false; ///< paced: the next slot came while busy
    };

    void connectClient(Client& c)
    {
        c.socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        QObject::connect(&c.socket, &QTcpSocket::connected, [this, &c] {
            if (m_interval <= 0)
                send(c);
        });
        QObject::connect(&c.socket, &QTcpSocket::readyRead, [this, &c] { read(c); });
        QObject::connect(&c.socket, &QTcpSocket::disconnected, [this, &c] {
            if (m_stopping)
                return;
            ++m_result.reconnects;
            c.buffer.clear();
            c.busy = false;
            c.socket.connectToHost(u"127.0.0.1"_s, m_port);
        });
        c.socket.connectToHost(u"127.0.0.1"_s, m_port);
    }

    void send(Client& c)
    {
        if (m_stopping)
            return;
        c.busy = true;
        c.timer.start();
        c.socket.write(m_next());
    }

    void read(Client& c)
    {
        c.buffer += c.socket.readAll();
        for (;;) {
            const qsizetype end = c.buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = c.buffer.left(end).toLower();
            const qsizetype cl = head.indexOf("content-length:");
            const qint64 length
                = cl < 0 ? 0 : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
            if (c.buffer.size() < end + 4 + length)
                return;
            const QByteArray body = c.buffer.mid(end + 4, length);
            const bool ok = head.startsWith("http/1.1 200") && body.startsWith('{') && body.endsWith('}');
            c.buffer.remove(0, end + 4 + length);
            if (m_stopping)
                return; // answers after the end are not counted
            m_result.ms.push_back(double(c.timer.nsecsElapsed()) / 1e6);
            ok ? ++m_result.ok : ++m_result.failed;
            c.busy = false;
            if (m_max > 0 && qint64(m_result.ms.size()) >= m_max) {
                m_stopping = true;
                m_loop->quit();
                return;
            }
            if (m_interval <= 0) {
                send(c);
            } else if (c.due) {
                c.due = false;
                ++m_result.late;
                send(c);
            }
        }
    }

    quint16 m_port;
    std::function<QByteArray()> m_next;
    Result m_result;
    bool m_stopping = false;
    qint64 m_max = 0;
    double m_interval = 0;
    QEventLoop* m_loop = nullptr;
};

QJsonObject summary(Load::Result r)
{
    std::sort(r.ms.begin(), r.ms.end());
    const auto at = [&](double q) {
        return r.ms.empty() ? 0.0
                            : r.ms[std::min(r.ms.size() - 1, size_t(std::ceil(q * double(r.ms.size()))) - 1)];
    };
    return QJsonObject { { u"requests"_s, qint64(r.ms.size()) }, { u"ok"_s, r.ok }, { u"failed"_s, r.failed },
        { u"reconnects"_s, r.reconnects }, { u"seconds"_s, round3(r.seconds) },
        { u"req_per_s"_s, round3(double(r.ms.size()) / r.seconds) }, { u"p50_ms"_s, round3(at(0.5)) },
        { u"p95_ms"_s, round3(at(0.95)) }, { u"p99_ms"_s, round3(at(0.99)) } };
}

/// CPU seconds (user + system) a process has used so far (Linux).
double cpuSeconds(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = f.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? (fields[11].toDouble() + fields[12].toDouble()) / double(sysconf(_SC_CLK_TCK))
                              : -1;
}

/// Busy CPU seconds of the whole machine so far (all cores, from /proc/stat), to tell what else ran.
double machineBusySeconds()
{
    QFile f(u"/proc/stat"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> cpu = f.readLine().simplified().split(' ');
    double busy = 0;
    for (int i = 1; i < cpu.size() && i <= 8; ++i)
        if (i != 4 && i != 5) // idle, iowait
            busy += cpu[i].toDouble();
    return busy / double(sysconf(_SC_CLK_TCK));
}

double rssMb(qint64 pid)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString db = option(args, u"--db"_s, u"/tmp/bench-api-1m.djcache"_s);
    const int clients = option(args, u"--clients"_s, u"50"_s).toInt();
    const double seconds = option(args, u"--seconds"_s, u"15"_s).toDouble();
    const int soakClients = option(args, u"--soak-clients"_s, u"200"_s).toInt();
    const double soakSeconds = option(args, u"--soak-seconds"_s, u"60"_s).toDouble();
    const int repeat = option(args, u"--repeat"_s, u"20"_s).toInt();
    const double rate = option(args, u"--rate"_s, u"2000"_s).toDouble();
    // Measurements to run: enterprise (closed loop: the most the server answers), paced (the target rate,
    // latency), search (scenario 1 vs CLI), soak.
    const QStringList parts = option(args, u"--parts"_s, u"enterprise,paced,search,soak"_s).split(u',');
    const QString workers = option(args, u"--workers"_s, u"0"_s);
    if (!QFile::exists(db)) {
        std::fprintf(stderr, "bench_api: making a 1,000,000-enterprise demo cache at %s\n", qPrintable(db));
        runCli({ u"demo"_s, u"--db"_s, db, u"--enterprises"_s, u"1000000"_s });
    }

    // USCCs to ask for (plain SQL, a spread over the whole cache).
    QList<QByteArray> usccs;
    {
        sqlite3* h = nullptr;
        sqlite3_open_v2(db.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(h, "SELECT uscc FROM enterprises WHERE id % 97 = 0 LIMIT 20000", -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW)
            usccs << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        sqlite3_close(h);
    }
    if (usccs.isEmpty()) {
        std::fprintf(stderr, "bench_api: no enterprises in %s\n", qPrintable(db));
        return 1;
    }
    const QJsonObject created = runCli({ u"keys"_s, u"create"_s, u"--db"_s, db, u"--name"_s, u"bench"_s,
        u"--rate"_s, u"1000000"_s, u"--quota"_s, u"1000000000"_s });
    const Key key { created.value(u"key_id"_s).toString().toLatin1(),
        created.value(u"secret"_s).toString().toLatin1() };
    const QString keyId = QString::fromLatin1(key.id);

    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer openTimer;
    openTimer.start();
    server.start(QStringLiteral(DJ_CLI_PATH),
        { u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s, u"--workers"_s, workers });
    QByteArray hello;
    while (!hello.contains('\n') && server.waitForReadyRead(600000))
        hello += server.readAllStandardOutput();
    const quint16 port = quint16(QJsonDocument::fromJson(hello).object().value(u"port"_s).toInt());
    if (!port) {
        std::fprintf(
            stderr, "bench_api: server did not start: %s\n", server.readAllStandardError().constData());
        return 1;
    }
    print(QJsonObject { { u"bench"_s, u"api_start"_s }, { u"enterprises_sampled"_s, qint64(usccs.size()) },
        { u"server_start_ms"_s, openTimer.elapsed() },
        { u"server_rss_mb"_s, round3(rssMb(server.processId())) } });

    auto enterprise = [&] {
        const QByteArray& u = usccs[QRandomGenerator::global()->bounded(qsizetype(usccs.size()))];
        return signedRequest(key, "GET", "/v1/enterprises/" + u, {});
    };
    qint64 sent = 0;
    // 1. Enterprise by USCC at `clients` concurrent clients (2 s warm-up not counted): closed loop, every
    // client sends its next request as soon as the answer is in (the most the server answers; the latency is
    // then mostly waiting in line: clients / rate), and paced at the target rate (the latency of an answer).
    const auto measure = [&](const QString& name, double intervalMs) {
        Load warm(port, enterprise);
        sent += qint64(warm.run(clients, 2, {}, 0, intervalMs).ms.size());
        Load load(port, enterprise);
        const double cpu0 = cpuSeconds(server.processId());
        const double own0 = cpuSeconds(QCoreApplication::applicationPid());
        const double all0 = machineBusySeconds();
        const auto r = load.run(clients, seconds, {}, 0, intervalMs);
        const double cpu = cpuSeconds(server.processId()) - cpu0;
        const double own = cpuSeconds(QCoreApplication::applicationPid()) - own0;
        const double all = machineBusySeconds() - all0;
        sent += qint64(r.ms.size());
        QJsonObject o = summary(r);
        // The server's own CPU time per answer says what it costs, whatever the wait.
        o.insert(u"server_cpu_ms_per_request"_s,
            r.ms.empty() ? QJsonValue() : QJsonValue(round3(cpu * 1000 / double(r.ms.size()))));
        o.insert(u"server_cpu_share"_s, round3(cpu / r.seconds));
        // The clients (this process: signing, sending, reading) on the same 2 cores.
        o.insert(u"client_cpu_ms_per_request"_s,
            r.ms.empty() ? QJsonValue() : QJsonValue(round3(own * 1000 / double(r.ms.size()))));
        o.insert(u"client_cpu_share"_s, round3(own / r.seconds));
        // Everything else that ran on the machine meanwhile (in cores; the machine has 2).
        o.insert(u"other_cpu_share"_s, round3(std::max(0.0, all - cpu - own) / r.seconds));
        o.insert(u"load_average"_s, [] {
            QFile f(u"/proc/loadavg"_s);
            return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
        }());
        o.insert(u"bench"_s, name);
        o.insert(u"clients"_s, clients);
        if (intervalMs > 0) {
            o.insert(u"offered_req_per_s"_s, round3(clients * 1000.0 / intervalMs));
            o.insert(u"late_sends"_s, r.late);
        }
        o.insert(u"target_p95_ms"_s, 5);
        o.insert(u"target_req_per_s"_s, 2000);
        print(o);
    };
    if (parts.contains(u"enterprise"_s))
        measure(u"api_enterprise"_s, 0);
    if (parts.contains(u"paced"_s))
        measure(u"api_enterprise_paced"_s, clients * 1000.0 / rate);

    // 2. Scenario 1 through the API (one client, count + first 50 by revenue + facets) vs the CLI's bench
    // search.
    if (parts.contains(u"search"_s)) {
        QFile f(QStringLiteral(DJ_SOURCE_DIR "/tests/bench/search/scenario1.json"));
        f.open(QIODevice::ReadOnly);
        const QByteArray filter = f.readAll().trimmed();
        const QByteArray body
            = R"({"filter":)" + filter + R"(,"limit":50,"sort":"revenue:desc","facets":true})";
        Load one(port, [&] { return signedRequest(key, "POST", "/v1/search", body); });
        sent += qint64(one.run(1, 600, {}, 1).ms.size()); // warm-up
        Load::Result r = one.run(1, 600, {}, repeat);
        sent += qint64(r.ms.size());
        const QJsonObject cli = runCli({ u"bench"_s, u"search"_s, u"--db"_s, db, u"--filter"_s,
            QStringLiteral(DJ_SOURCE_DIR "/tests/bench/search/scenario1.json"), u"--repeat"_s,
            QString::number(repeat) });
        QJsonObject o = summary(r);
        o.remove(u"req_per_s"_s);
        o.remove(u"seconds"_s);
        o.insert(u"bench"_s, u"api_search_scenario1"_s);
        o.insert(u"cli_bench_search"_s, cli);
        const double cliP95 = cli.value(u"p95_ms"_s).toDouble();
        o.insert(u"ratio_p95_api_to_cli"_s,
            cliP95 > 0 ? round3(o.value(u"p95_ms"_s).toDouble() / cliP95) : QJsonValue());
        o.insert(u"target_ratio"_s, 2);
        print(o);
    }

    // 3. Soak: mixed requests from `soakClients` clients; server memory sampled every 5 s.
    if (parts.contains(u"soak"_s)) {
        const QByteArray batchBody = [&] {
            QJsonArray items;
            for (int i = 0; i < 50; ++i)
                items.append(QString::fromLatin1(usccs[(i * 131) % usccs.size()]));
            return QJsonDocument(QJsonObject { { u"items"_s, items } }).toJson(QJsonDocument::Compact);
        }();
        const QByteArray searchBody = R"({"filter":{"regions":["3205"],"industries":["C"]},"limit":20})";
        quint64 n = 0;
        Load soak(port, [&] {
            ++n;
            if (n % 20 == 0)
                return signedRequest(key, "POST", "/v1/search", searchBody);
            if (n % 20 == 1)
                return signedRequest(key, "POST", "/v1/batch", batchBody);
            return enterprise();
        });
        QJsonArray rss;
        const auto r = soak.run(soakClients, soakSeconds, [&](double t) {
            if (int(t) % 5 == 0)
                rss.append(QJsonArray { int(t), round3(rssMb(server.processId())) });
        });
        sent += qint64(r.ms.size());
        QJsonObject o = summary(r);
        o.insert(u"bench"_s, u"api_soak"_s);
        o.insert(u"clients"_s, soakClients);
        o.insert(u"server_rss_mb"_s, rss);
        print(o);
    }

    // Stop the server (SIGTERM: it writes its usage counts) and check that every answered request was
    // counted.
    QThread::msleep(500); // answers still in flight after the last measurement
    server.terminate();
    server.waitForFinished(30000);
    qint64 counted = -1;
    for (const QJsonValue& k : runCli({ u"keys"_s, u"list"_s, u"--db"_s, db }).value(u"keys"_s).toArray()) {
        if (k.toObject().value(u"key_id"_s).toString() == keyId)
            counted = k.toObject().value(u"requests_today"_s).toInteger();
    }
    runCli({ u"keys"_s, u"revoke"_s, u"--db"_s, db, keyId });
    print(QJsonObject { { u"bench"_s, u"api_usage"_s }, { u"answered_by_clients"_s, sent },
        { u"counted_in_cache"_s, counted }, { u"server_exit"_s, server.exitCode() } });
    return 0;
}
