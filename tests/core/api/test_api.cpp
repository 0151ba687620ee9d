// The local data API against a real server process: every endpoint against the CLI's answer or plain SQL,
// access control (signature, replay, window, quota, rate, key limits), hostile input.
#include "tests/support/testutil.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <catch2/catch.hpp>
#include <memory>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using dj::test::runCli;

namespace {

/// Plain SQL on the cache, independent of the store code.
class Sql
{
public:
    explicit Sql(const QString& path)
    {
        REQUIRE(
            sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    }
    ~Sql() { sqlite3_close(m_db); }
    QList<QStringList> rows(const char* sql, const QString& arg = {})
    {
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) == SQLITE_OK);
        if (!arg.isNull()) {
            const QByteArray a = arg.toUtf8();
            sqlite3_bind_text(st, 1, a.constData(), int(a.size()), SQLITE_TRANSIENT);
        }
        QList<QStringList> out;
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList row;
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                row << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, c)));
            out << row;
        }
        sqlite3_finalize(st);
        return out;
    }
    QString one(const char* sql, const QString& arg = {})
    {
        const auto r = rows(sql, arg);
        return r.isEmpty() ? QString() : r.first().value(0);
    }

private:
    sqlite3* m_db = nullptr;
};

struct Http
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closed = false; ///< connection closed without a response
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString type() const { return json().value(u"type"_s).toString(); }
    bool isProblem() const { return head.toLower().contains("content-type: application/problem+json"); }
};

struct Key
{
    QString id;
    QByteArray secret;
};

/// One server for the whole test run (a demo cache of 2,000 enterprises and a few keys).
class Server
{
public:
    static Server& instance()
    {
        static Server s;
        return s;
    }
    QString db;
    quint16 port = 0;
    Key full, limited, quota, rate, revoked, regional;
    QString alertInside, alertOutside; ///< USCCs of the alerts added to the demo (region 32 / elsewhere)

    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(10000);
        }
    }
    bool running() const { return m_process.state() == QProcess::Running; }

private:
    Server()
    {
        REQUIRE(m_dir.isValid());
        db = m_dir.filePath(u"api.djcache"_s);
        REQUIRE(runCli({ u"demo"_s, u"--db"_s, db, u"--enterprises"_s, u"2000"_s }).exitCode == 0);
        full = create({ u"--name"_s, u"full"_s });
        limited = create({ u"--endpoints"_s, u"enterprises,search"_s, u"--regions"_s, u"32"_s });
        quota = create({ u"--quota"_s, u"3"_s });
        rate = create({ u"--rate"_s, u"2"_s });
        revoked = create({});
        REQUIRE(runCli({ u"keys"_s, u"revoke"_s, u"--db"_s, db, revoked.id }).exitCode == 0);
        regional = create({ u"--regions"_s, u"32"_s });
        addAlerts();
        m_process.start(QStringLiteral(DJ_CLI_PATH),
            { u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s, u"--workers"_s, u"2"_s });
        REQUIRE(m_process.waitForStarted());
        QByteArray line;
        for (int i = 0; i < 300 && !line.contains('\n'); ++i) {
            m_process.waitForReadyRead(100);
            line += m_process.readAllStandardOutput();
        }
        const QJsonObject hello = QJsonDocument::fromJson(line).object();
        INFO(line.toStdString() << m_process.readAllStandardError().toStdString());
        REQUIRE(hello.value(u"port"_s).toInt() > 0);
        CHECK(hello.value(u"keys"_s).toInt() == 5); // the revoked key cannot sign
        CHECK(hello.value(u"listening"_s).toString().startsWith(u"http://127.0.0.1:"_s));
        port = quint16(hello.value(u"port"_s).toInt());
    }
    /// Three alerts in the inbox by plain SQL (the monitoring run itself is tested in test_core_risk): two of
    /// an enterprise in region 32 (one read), one of an enterprise elsewhere.
    void addAlerts()
    {
        sqlite3* h = nullptr;
        REQUIRE(sqlite3_open_v2(db.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
        const auto one = [&](const char* sql) {
            sqlite3_stmt* st = nullptr;
            REQUIRE(sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK);
            QString v;
            if (sqlite3_step(st) == SQLITE_ROW)
                v = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
            sqlite3_finalize(st);
            return v;
        };
        alertInside = one("SELECT uscc FROM enterprises WHERE region_code LIKE '32%' ORDER BY id LIMIT 1");
        alertOutside
            = one("SELECT uscc FROM enterprises WHERE region_code NOT LIKE '32%' ORDER BY id LIMIT 1");
        REQUIRE(!alertInside.isEmpty());
        REQUIRE(!alertOutside.isEmpty());
        const QByteArray sql
            = "INSERT INTO risk_alerts(rule_id, rule_name, uscc, change_key, raised, severity, "
              "title, evidence, read) VALUES "
              "(1, '新增失信被执行人', '"
            + alertInside.toLatin1()
            + "', 'a', '2026-01-02T03:04:05Z', 'high', '新增失信被执行人', "
              "'{\"before\":[],\"after\":[{\"kind\":\"失信被执行人\"}]}', 0),"
              "(2, '营业收入下降', '"
            + alertInside.toLatin1()
            + "', 'b', '2026-01-03T03:04:05Z', 'medium', '营业收入下降 50%', '{\"before\":[],\"after\":[]}', "
              "1),"
              "(1, '新增失信被执行人', '"
            + alertOutside.toLatin1()
            + "', 'c', '2026-01-04T03:04:05Z', 'high', '新增失信被执行人', '{\"before\":[],\"after\":[]}', "
              "0)";
        char* error = nullptr;
        const int rc = sqlite3_exec(h, sql.constData(), nullptr, nullptr, &error);
        INFO((error ? error : ""));
        REQUIRE(rc == SQLITE_OK);
        sqlite3_close(h);
    }
    Key create(QStringList extra)
    {
        const auto r = runCli(QStringList { u"keys"_s, u"create"_s, u"--db"_s, db } + extra);
        REQUIRE(r.exitCode == 0);
        return { r.json().value(u"key_id"_s).toString(), r.json().value(u"secret"_s).toString().toUtf8() };
    }
    QTemporaryDir m_dir;
    QProcess m_process;
};

/// Sends raw bytes, reads one response (or the close).
Http exchange(const QByteArray& bytes, int timeoutMs = 20000)
{
    Http h;
    QTcpSocket s;
    s.connectToHost(u"127.0.0.1"_s, Server::instance().port);
    REQUIRE(s.waitForConnected(5000));
    s.write(bytes);
    s.flush();
    QByteArray data;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QByteArray head = data.left(end);
            static const QRegularExpression lengthRe(u"(?i)content-length:\\s*(\\d+)"_s);
            const auto m = lengthRe.match(QString::fromLatin1(head));
            const qint64 length = m.hasMatch() ? m.captured(1).toLongLong() : 0;
            if (data.size() >= end + 4 + length) {
                h.head = head;
                h.status = head.mid(9, 3).toInt();
                h.body = data.mid(end + 4, length);
                return h;
            }
        }
        if (s.state() != QAbstractSocket::ConnectedState && s.bytesAvailable() == 0)
            break;
        if (s.waitForReadyRead(200) || s.bytesAvailable())
            data += s.readAll();
    }
    h.closed = true;
    return h;
}

QByteArray nonce()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0')
        + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

struct Call
{
    Call(QByteArray m, QByteArray p, QByteArray q = {}, QByteArray b = {}, const Key* k = nullptr,
        qint64 sk = 0, QByteArray n = {}, QByteArray secret = {}, QByteArray signedBody = QByteArray(),
        bool sg = true)
        : method(std::move(m))
        , path(std::move(p))
        , query(std::move(q))
        , body(std::move(b))
        , key(k)
        , skew(sk)
        , nonceValue(std::move(n))
        , secretOverride(std::move(secret))
        , signedBodyOverride(std::move(signedBody))
        , sign(sg)
    {
    }
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QByteArray body;
    const Key* key = nullptr;
    qint64 skew = 0;
    QByteArray nonceValue;
    QByteArray secretOverride;
    QByteArray signedBodyOverride;
    bool sign = true;
};

/// An independent implementation of the signing rule of the OpenAPI document.
Http call(const Call& c)
{
    const Key& key = c.key ? *c.key : Server::instance().full;
    const QByteArray n = c.nonceValue.isEmpty() ? nonce() : c.nonceValue;
    const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch() + c.skew);
    const QByteArray signedBody = c.signedBodyOverride.isNull() ? c.body : c.signedBodyOverride;
    const QByteArray canonical = c.method + '\n' + c.path + '\n' + c.query + '\n'
        + QCryptographicHash::hash(signedBody, QCryptographicHash::Sha256).toHex() + '\n' + ts + '\n' + n;
    const QByteArray sig = QMessageAuthenticationCode::hash(
        canonical, c.secretOverride.isEmpty() ? key.secret : c.secretOverride, QCryptographicHash::Sha256)
                               .toHex();
    QByteArray req = c.method + ' ' + c.path + (c.query.isEmpty() ? QByteArray() : '?' + c.query)
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (c.sign)
        req += "X-DJ-Key: " + key.id.toUtf8() + "\r\nX-DJ-Timestamp: " + ts + "\r\nX-DJ-Nonce: " + n
            + "\r\nX-DJ-Signature: " + sig + "\r\n";
    if (!c.body.isEmpty() || c.method == "POST")
        req += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(c.body.size())
            + "\r\n";
    req += "\r\n" + c.body;
    return exchange(req);
}

Http get(const QByteArray& path, const QByteArray& query = {}, const Key* key = nullptr)
{
    return call({ "GET", path, query, {}, key });
}
Http post(const QByteArray& path, const QByteArray& body, const Key* key = nullptr)
{
    return call({ "POST", path, {}, body, key });
}

/// The API answer without the two fields every answer adds.
QJsonObject withoutMeta(QJsonObject o)
{
    CHECK(o.value(u"data_source"_s).toString() == u"演示数据"_s);
    CHECK(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}$"_s).match(o.value(u"as_of"_s).toString()).hasMatch());
    o.remove(u"data_source"_s);
    o.remove(u"as_of"_s);
    return o;
}

QString writeFilter(const QByteArray& json)
{
    static QTemporaryDir dir;
    static int n = 0;
    const QString path = dir.filePath(u"f%1.json"_s.arg(++n));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(json);
    return path;
}

QStringList usccs(const QJsonArray& rows)
{
    QStringList out;
    for (const QJsonValue& v : rows)
        out << v.toObject().value(u"uscc"_s).toString();
    return out;
}

} // namespace

TEST_CASE("status, enterprise by USCC and ID masking agree with the cache", "[api]")
{
    Server& s = Server::instance();
    Sql sql(s.db);
    const Http st = get("/v1/status");
    REQUIRE(st.status == 200);
    CHECK(st.json().value(u"enterprises"_s).toInt() == sql.one("SELECT count(*) FROM enterprises").toInt());
    CHECK(st.json().value(u"data_source"_s).toString()
        == sql.one("SELECT value FROM meta WHERE key='data_source'"));

    // Enterprises with shareholders and roles, and one without financials if any.
    const auto picks
        = sql.rows("SELECT e.uscc, e.name, e.status, e.region_code, e.registered_capital FROM enterprises e "
                   "WHERE EXISTS (SELECT 1 FROM shareholdings s WHERE s.investee_uscc = e.uscc) "
                   "AND EXISTS (SELECT 1 FROM roles r WHERE r.uscc = e.uscc) ORDER BY e.id LIMIT 5");
    REQUIRE(picks.size() == 5);
    static const QRegularExpression idNumber(
        u"(?<![0-9])[1-9][0-9]{5}(19|20)[0-9]{2}[01][0-9][0-3][0-9]{4}[0-9X](?![0-9])"_s);
    for (const QStringList& p : picks) {
        const Http h = get("/v1/enterprises/" + p[0].toLatin1());
        REQUIRE(h.status == 200);
        const QJsonObject e = withoutMeta(h.json()).value(u"enterprise"_s).toObject();
        CHECK(e.value(u"uscc"_s).toString() == p[0]);
        CHECK(e.value(u"name"_s).toString() == p[1]);
        CHECK(e.value(u"status"_s).toString() == p[2]);
        CHECK(e.value(u"region_code"_s).toString() == p[3]);
        CHECK(e.value(u"registered_capital"_s).toDouble() == Approx(p[4].toDouble()));
        CHECK(e.value(u"shareholders"_s).toArray().size()
            == sql.one("SELECT count(*) FROM shareholdings WHERE investee_uscc = ?", p[0]).toInt());
        CHECK(e.value(u"investments"_s).toArray().size()
            == sql.one("SELECT count(*) FROM shareholdings WHERE holder_kind='enterprise' AND holder_id = ?",
                      p[0])
                   .toInt());
        CHECK(e.value(u"financials"_s).toArray().size()
            == sql.one("SELECT count(*) FROM financials WHERE uscc = ?", p[0]).toInt());
        const QJsonArray roles = e.value(u"roles"_s).toArray();
        CHECK(roles.size() == sql.one("SELECT count(*) FROM roles WHERE uscc = ?", p[0]).toInt());
        for (const QJsonValue& r : roles) {
            const QString masked = r.toObject().value(u"id_masked"_s).toString();
            if (!masked.isEmpty())
                CHECK(masked.contains(u'*'));
        }
        // No full ID number anywhere in the answer.
        CHECK_FALSE(idNumber.match(QString::fromUtf8(h.body)).hasMatch());
    }

    const Http missing = get("/v1/enterprises/91000000000000000X");
    CHECK(missing.status == 404);
    CHECK(missing.type() == u"/v1/problems/not-found"_s);
    CHECK(missing.isProblem());
    const Http bad = get("/v1/enterprises/not-a-code");
    CHECK(bad.status == 400);
    CHECK(bad.type() == u"/v1/problems/invalid-parameter"_s);
}

TEST_CASE("search pages by cursor give the CLI's rows, total and facets", "[api]")
{
    Server& s = Server::instance();
    const QByteArray filter = R"({"regions":["32","44"],"revenue":{"min":1000000}})";
    const QString filterFile = writeFilter(filter);
    const auto cli = runCli({ u"search"_s, u"--db"_s, s.db, u"--filter"_s, filterFile, u"--limit"_s, u"20"_s,
        u"--facets"_s, u"--sort"_s, u"revenue:desc"_s });
    REQUIRE(cli.exitCode == 0);
    const Http first = post(
        "/v1/search", R"({"filter":)" + filter + R"(,"limit":20,"facets":true,"sort":"revenue:desc"})");
    REQUIRE(first.status == 200);
    const QJsonObject a = withoutMeta(first.json());
    CHECK(a.value(u"total"_s) == cli.json().value(u"total"_s));
    CHECK(a.value(u"facets"_s) == cli.json().value(u"facets"_s));
    CHECK(a.value(u"rows"_s) == cli.json().value(u"rows"_s));

    // Every page by cursor = the CLI's whole result in order.
    const auto all
        = runCli({ u"search"_s, u"--db"_s, s.db, u"--filter"_s, filterFile, u"--limit"_s, u"100000"_s });
    REQUIRE(all.exitCode == 0);
    QStringList paged;
    QJsonValue cursor = a.value(u"next_cursor"_s);
    paged << usccs(a.value(u"rows"_s).toArray());
    int pages = 1;
    while (cursor.isString()) {
        const Http h = post("/v1/search",
            R"({"filter":)" + filter + R"(,"limit":20,"cursor":")" + cursor.toString().toLatin1() + "\"}");
        REQUIRE(h.status == 200);
        paged << usccs(h.json().value(u"rows"_s).toArray());
        cursor = h.json().value(u"next_cursor"_s);
        REQUIRE(++pages < 1000);
    }
    CHECK(paged == usccs(all.json().value(u"rows"_s).toArray()));
    CHECK(paged.size() == all.json().value(u"total"_s).toInt());

    // A cursor of another filter is refused.
    const QByteArray c1 = a.value(u"next_cursor"_s).toString().toLatin1();
    if (!c1.isEmpty()) {
        const Http other = post("/v1/search", R"({"filter":{"regions":["11"]},"cursor":")" + c1 + "\"}");
        CHECK(other.status == 400);
        CHECK(other.type() == u"/v1/problems/invalid-cursor"_s);
    }
    const Http badFilter = post("/v1/search", R"({"filter":{"colour":"red"}})");
    CHECK(badFilter.status == 400);
    CHECK(badFilter.type() == u"/v1/problems/invalid-filter"_s);
    const Http badLimit = post("/v1/search", R"({"limit":-1})");
    CHECK(badLimit.status == 400);
    const Http badSort = post("/v1/search", R"({"sort":"colour"})");
    CHECK(badSort.status == 400);
}

TEST_CASE("batch lookup matches codes, names and former names as the cache says", "[api]")
{
    Server& s = Server::instance();
    Sql sql(s.db);
    const auto named
        = sql.rows("SELECT uscc, name FROM enterprises e WHERE (SELECT count(*) FROM enterprises f WHERE "
                   "f.name = e.name OR instr('|' || f.former_names || '|', '|' || e.name || '|') > 0) = 1 "
                   "ORDER BY id LIMIT 3");
    REQUIRE(named.size() == 3);
    const auto former
        = sql.rows("SELECT uscc, former_names FROM enterprises WHERE former_names <> '' ORDER BY id LIMIT 1");
    REQUIRE(former.size() == 1);
    const QString formerName = former[0][1].split(u'|').first();
    const QString code = sql.one("SELECT uscc FROM enterprises ORDER BY id DESC LIMIT 1");
    QJsonArray items { code.toLower(), named[0][1], named[1][1], u"  "_s + named[2][1], formerName,
        u"不存在的某某公司"_s };
    const Http h = post("/v1/batch", QJsonDocument(QJsonObject { { u"items"_s, items } }).toJson());
    REQUIRE(h.status == 200);
    const QJsonArray results = withoutMeta(h.json()).value(u"results"_s).toArray();
    REQUIRE(results.size() == items.size());
    auto first
        = [&](int i) { return results[i].toObject().value(u"enterprises"_s).toArray().first().toObject(); };
    CHECK(results[0].toObject().value(u"match"_s).toString() == u"uscc"_s);
    CHECK(first(0).value(u"uscc"_s).toString() == code);
    for (int i = 0; i < 3; ++i) {
        CHECK(results[i + 1].toObject().value(u"match"_s).toString() == u"name"_s);
        CHECK(first(i + 1).value(u"uscc"_s).toString() == named[i][0]);
    }
    const QString formerMatch = results[4].toObject().value(u"match"_s).toString();
    const int withFormer = sql.one("SELECT count(*) FROM enterprises WHERE name = ?1 OR instr('|' || "
                                   "former_names || '|', '|' || ?1 || '|') > 0",
                                  formerName)
                               .toInt();
    CHECK(formerMatch == (withFormer > 1 ? u"ambiguous"_s : u"former_name"_s));
    CHECK(results[5].toObject().value(u"match"_s).toString() == u"none"_s);
    CHECK(results[5].toObject().value(u"enterprises"_s).toArray().isEmpty());

    QJsonArray tooMany;
    for (int i = 0; i < 1001; ++i)
        tooMany.append(u"公司%1"_s.arg(i));
    const Http big = post("/v1/batch", QJsonDocument(QJsonObject { { u"items"_s, tooMany } }).toJson());
    CHECK(big.status == 413);
    CHECK(big.type() == u"/v1/problems/too-many-items"_s);
    const Http notList = post("/v1/batch", R"({"items":"abc"})");
    CHECK(notList.status == 400);
}

TEST_CASE("ownership and hometown answers equal the CLI's", "[api]")
{
    Server& s = Server::instance();
    Sql sql(s.db);
    const auto picks
        = sql.rows("SELECT investee_uscc FROM shareholdings GROUP BY investee_uscc HAVING count(*) >= 2 "
                   "ORDER BY investee_uscc LIMIT 3");
    REQUIRE(picks.size() == 3);
    for (const QStringList& p : picks) {
        const QString u = p[0];
        const auto cliUbo = runCli({ u"ubo"_s, u"--db"_s, s.db, u });
        REQUIRE(cliUbo.exitCode == 0);
        CHECK(withoutMeta(get("/v1/ubo/" + u.toLatin1()).json()) == cliUbo.json());
        const auto cliUp = runCli({ u"graph"_s, u"up"_s, u"--db"_s, s.db, u"--depth"_s, u"3"_s, u });
        CHECK(withoutMeta(get("/v1/graph/" + u.toLatin1() + "/up", "depth=3").json()) == cliUp.json());
        const auto cliCtl = runCli({ u"graph"_s, u"controller"_s, u"--db"_s, s.db, u });
        CHECK(withoutMeta(get("/v1/graph/" + u.toLatin1() + "/controller").json()) == cliCtl.json());
    }
    const QString holder
        = sql.one("SELECT holder_id FROM shareholdings WHERE holder_kind='enterprise' AND holder_id IN "
                  "(SELECT uscc FROM enterprises) ORDER BY holder_id LIMIT 1");
    REQUIRE(!holder.isEmpty());
    const auto cliDown = runCli({ u"graph"_s, u"down"_s, u"--db"_s, s.db, u"--limit"_s, u"50"_s, holder });
    CHECK(withoutMeta(get("/v1/graph/" + holder.toLatin1() + "/down", "limit=50").json()) == cliDown.json());

    const auto cliHome = runCli({ u"hometown"_s, u"--db"_s, s.db, u"--origin"_s, u"35"_s, u"--target"_s,
        u"all"_s, u"--limit"_s, u"10"_s });
    REQUIRE(cliHome.exitCode == 0);
    CHECK(withoutMeta(get("/v1/hometown", "origin=35&target=all&limit=10").json()) == cliHome.json());
    const auto cliSum = runCli({ u"hometown"_s, u"summary"_s, u"--db"_s, s.db, u"--target"_s, u"32"_s });
    REQUIRE(cliSum.exitCode == 0);
    CHECK(withoutMeta(get("/v1/hometown/summary", "target=32").json()) == cliSum.json());

    const Http unknown = get("/v1/ubo/91000000000000000X");
    CHECK(unknown.status == 404);
    CHECK(runCli({ u"ubo"_s, u"--db"_s, s.db, u"91000000000000000X"_s }).exitCode == 1);
    const Http badRegion = get("/v1/hometown", "origin=99&target=all");
    CHECK(badRegion.status == 400);
    const Http unknownParam = get("/v1/graph/" + picks[0][0].toLatin1() + "/up", "deep=3");
    CHECK(unknownParam.status == 400);
    CHECK(unknownParam.type() == u"/v1/problems/unknown-field"_s);
}

TEST_CASE("unsigned, badly signed, replayed, expired and unknown-key requests are refused", "[api]")
{
    Server& s = Server::instance();
    const Http unsignedCall = call({ "GET", "/v1/status", {}, {}, nullptr, 0, {}, {}, {}, false });
    CHECK(unsignedCall.status == 401);
    CHECK(unsignedCall.type() == u"/v1/problems/missing-signature"_s);
    CHECK(unsignedCall.isProblem());

    const Http wrongSecret = call({ "GET", "/v1/status", {}, {}, nullptr, 0, {}, "not the secret" });
    CHECK(wrongSecret.status == 401);
    CHECK(wrongSecret.type() == u"/v1/problems/bad-signature"_s);
    Call tampered { "POST", "/v1/search", {}, R"({"limit":5})" };
    tampered.signedBodyOverride = R"({"limit":6})";
    CHECK(call(tampered).type() == u"/v1/problems/bad-signature"_s);
    const Http otherQuery = call({ "GET", "/v1/hometown", "origin=35&target=all", {}, nullptr });
    CHECK(otherQuery.status == 200);

    const QByteArray n = nonce();
    CHECK(call({ "GET", "/v1/status", {}, {}, nullptr, 0, n }).status == 200);
    const Http replay = call({ "GET", "/v1/status", {}, {}, nullptr, 0, n });
    CHECK(replay.status == 401);
    CHECK(replay.type() == u"/v1/problems/replayed"_s);

    const Http old = call({ "GET", "/v1/status", {}, {}, nullptr, -400 });
    CHECK(old.status == 401);
    CHECK(old.type() == u"/v1/problems/expired"_s);
    const Http future = call({ "GET", "/v1/status", {}, {}, nullptr, +400 });
    CHECK(future.type() == u"/v1/problems/expired"_s);
    CHECK(call({ "GET", "/v1/status", {}, {}, nullptr, -250 }).status == 200);

    const Key stranger { u"dk_0000000000000000"_s, "secret" };
    const Http unknownKey = get("/v1/status", {}, &stranger);
    CHECK(unknownKey.status == 401);
    CHECK(unknownKey.type() == u"/v1/problems/unknown-key"_s);
    const Http revoked = get("/v1/status", {}, &s.revoked);
    CHECK(revoked.status == 401);
    CHECK(revoked.type() == u"/v1/problems/revoked-key"_s);
}

TEST_CASE("quota, rate limit, endpoint and region limits of a key", "[api]")
{
    Server& s = Server::instance();
    Sql sql(s.db);
    for (int i = 0; i < 3; ++i)
        CHECK(get("/v1/status", {}, &s.quota).status == 200);
    const Http over = get("/v1/status", {}, &s.quota);
    CHECK(over.status == 429);
    CHECK(over.type() == u"/v1/problems/quota-exceeded"_s);
    CHECK(over.head.contains("Retry-After"));

    // Two per minute: a third within the same minute is refused (a minute boundary can allow two more).
    QString rateType;
    for (int i = 0; i < 5 && rateType.isEmpty(); ++i) {
        const Http h = get("/v1/status", {}, &s.rate);
        if (h.status == 429)
            rateType = h.type();
    }
    CHECK(rateType == u"/v1/problems/rate-limited"_s);

    const Http notAllowed = get(
        "/v1/ubo/" + sql.one("SELECT uscc FROM enterprises WHERE region_code LIKE '32%' LIMIT 1").toLatin1(),
        {}, &s.limited);
    CHECK(notAllowed.status == 403);
    CHECK(notAllowed.type() == u"/v1/problems/endpoint-forbidden"_s);
    const QString inside = sql.one("SELECT uscc FROM enterprises WHERE region_code LIKE '32%' LIMIT 1");
    const QString outside = sql.one("SELECT uscc FROM enterprises WHERE region_code NOT LIKE '32%' LIMIT 1");
    CHECK(get("/v1/enterprises/" + inside.toLatin1(), {}, &s.limited).status == 200);
    const Http foreign = get("/v1/enterprises/" + outside.toLatin1(), {}, &s.limited);
    CHECK(foreign.status == 403);
    CHECK(foreign.type() == u"/v1/problems/region-forbidden"_s);
    const Http search = call({ "POST", "/v1/search", {}, R"({"limit":1000})", &s.limited });
    REQUIRE(search.status == 200);
    CHECK(search.json().value(u"total"_s).toInt()
        == sql.one("SELECT count(*) FROM enterprises WHERE region_code LIKE '32%'").toInt());
    for (const QString& u : usccs(search.json().value(u"rows"_s).toArray()))
        CHECK(sql.one("SELECT region_code FROM enterprises WHERE uscc = ?", u).startsWith(u"32"_s));
    const Http elsewhere = call({ "POST", "/v1/search", {}, R"({"filter":{"regions":["11"]}})", &s.limited });
    CHECK(elsewhere.status == 403);
    CHECK(elsewhere.type() == u"/v1/problems/region-forbidden"_s);

    // The counts are kept in the cache (written every 2 s): the refused request is not counted.
    qint64 counted = -1;
    for (int attempt = 0; attempt < 30 && counted != 3; ++attempt) {
        QThread::msleep(500);
        const auto list = runCli({ u"keys"_s, u"list"_s, u"--db"_s, s.db });
        REQUIRE(list.exitCode == 0);
        for (const QJsonValue& k : list.json().value(u"keys"_s).toArray()) {
            if (k.toObject().value(u"key_id"_s).toString() == s.quota.id)
                counted = k.toObject().value(u"requests_today"_s).toInteger();
            CHECK_FALSE(k.toObject().contains(u"secret"_s));
        }
    }
    CHECK(counted == 3);
}

TEST_CASE(
    "oversized bodies, malformed JSON, unknown fields and arbitrary bytes get 4xx without a crash", "[api]")
{
    Server& s = Server::instance();
    // Announced too large: refused before the body is read.
    const Http announced
        = exchange("POST /v1/search HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\n\r\n{\"a\":");
    CHECK(announced.status == 413);
    CHECK(announced.type() == u"/v1/problems/payload-too-large"_s);
    // Chunked, growing past the cap.
    QByteArray chunked = "POST /v1/search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray chunk(64 * 1024, 'a');
    for (int i = 0; i < 20; ++i)
        chunked += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    const Http grown = exchange(chunked);
    CHECK(grown.status == 413);
    // Header too large.
    const Http header
        = exchange("GET /v1/status HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(20000, 'p') + "\r\n\r\n");
    CHECK(header.status == 431);

    CHECK(post("/v1/search", "{not json").type() == u"/v1/problems/invalid-json"_s);
    CHECK(post("/v1/search", "[1,2]").type() == u"/v1/problems/invalid-json"_s);
    CHECK(post("/v1/search", R"({"filter":{},"colour":1})").type() == u"/v1/problems/unknown-field"_s);
    CHECK(post("/v1/batch", R"({"items":["a"],"extra":true})").type() == u"/v1/problems/unknown-field"_s);
    CHECK(get("/v1/status", "x=1").type() == u"/v1/problems/unknown-field"_s);
    const Http wrongMethod = call({ "DELETE", "/v1/status" });
    CHECK(wrongMethod.status == 405);
    CHECK(wrongMethod.type() == u"/v1/problems/method-not-allowed"_s);
    CHECK(get("/v1/graph/91110000000000000X/sideways").status == 404);

    // Arbitrary bytes, percent-encoded into paths and queries (signed and unsigned), and raw.
    QRandomGenerator rng(19);
    for (int i = 0; i < 60; ++i) {
        QByteArray junk(int(rng.bounded(1, 40)), '\0');
        for (char& ch : junk)
            ch = char(rng.bounded(256));
        const QByteArray enc = junk.toPercentEncoding();
        const QByteArray paths[]
            = { "/v1/enterprises/" + enc, "/v1/" + enc, "/v1/graph/" + enc + "/up", "/" + enc };
        for (const QByteArray& p : paths) {
            const Http h = get(p, "depth=" + enc);
            CHECK(h.status >= 400);
            CHECK(h.status < 500);
        }
        const Http h = get("/v1/hometown", "origin=" + enc + "&target=" + enc);
        CHECK(h.status >= 400);
        CHECK(h.status < 500);
        const Http raw = exchange("GET /v1/" + junk + " HTTP/1.1\r\nHost: x\r\n\r\n", 3000);
        CHECK((raw.closed || (raw.status >= 400 && raw.status < 500)));
        const Http body = post("/v1/search", junk);
        CHECK(body.status == 400);
    }
    // Still answering, in order, on one connection (keep-alive, two requests in one write).
    const Http after = get("/v1/status");
    CHECK(after.status == 200);
    CHECK(s.running());
}

TEST_CASE("the OpenAPI document is served as kept in the repo and every example in it runs", "[api]")
{
    QFile f(QStringLiteral(DJ_SOURCE_DIR) + u"/resources/api/openapi.json"_s);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray repo = f.readAll();
    const Http served = exchange("GET /v1/openapi.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    REQUIRE(served.status == 200);
    CHECK(served.body == repo);

    const QJsonObject doc = QJsonDocument::fromJson(repo).object();
    const QJsonObject schemas = doc.value(u"components"_s).toObject().value(u"schemas"_s).toObject();
    const QJsonObject paths = doc.value(u"paths"_s).toObject();
    int examples = 0;
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject methods = p.value().toObject();
        for (auto m = methods.begin(); m != methods.end(); ++m) {
            const QJsonObject op = m.value().toObject();
            QString path = p.key();
            QStringList query;
            for (const QJsonValue& pv : op.value(u"parameters"_s).toArray()) {
                const QJsonObject param = pv.toObject();
                if (!param.contains(u"example"_s))
                    continue;
                const QString value = param.value(u"example"_s).toVariant().toString();
                if (param.value(u"in"_s).toString() == u"path"_s)
                    path.replace(u'{' + param.value(u"name"_s).toString() + u'}', value);
                else
                    query << param.value(u"name"_s).toString() + u'='
                            + QString::fromLatin1(QUrl::toPercentEncoding(value));
            }
            QList<QByteArray> bodies;
            const QJsonObject bodyExamples = op.value(u"requestBody"_s)
                                                 .toObject()
                                                 .value(u"content"_s)
                                                 .toObject()
                                                 .value(u"application/json"_s)
                                                 .toObject()
                                                 .value(u"examples"_s)
                                                 .toObject();
            for (const QJsonValue& ex : bodyExamples)
                bodies << QJsonDocument(ex.toObject().value(u"value"_s).toObject())
                              .toJson(QJsonDocument::Compact);
            if (bodies.isEmpty())
                bodies << QByteArray();
            QString ref = op.value(u"responses"_s)
                              .toObject()
                              .value(u"200"_s)
                              .toObject()
                              .value(u"content"_s)
                              .toObject()
                              .value(u"application/json"_s)
                              .toObject()
                              .value(u"schema"_s)
                              .toObject()
                              .value(u"$ref"_s)
                              .toString();
            const QJsonObject schema = schemas.value(ref.section(u'/', -1)).toObject();
            for (const QByteArray& body : bodies) {
                INFO(m.key().toStdString() << " " << path.toStdString() << "?"
                                           << query.join(u'&').toStdString() << " " << body.toStdString());
                const Http h = call(
                    { m.key().toUpper().toLatin1(), path.toUtf8(), query.join(u'&').toLatin1(), body });
                INFO(h.body.left(400).toStdString());
                CHECK(h.status == 200);
                for (const QJsonValue& req : schema.value(u"required"_s).toArray())
                    CHECK(h.json().contains(req.toString()));
                ++examples;
            }
        }
    }
    CHECK(examples >= 10);
}

TEST_CASE("park list and park report equal the CLI's and follow a key's regions", "[api]")
{
    Server& s = Server::instance();
    Sql sql(s.db);
    const auto cliList = runCli({ u"park"_s, u"list"_s, u"--db"_s, s.db });
    REQUIRE(cliList.exitCode == 0);
    const Http list = get("/v1/parks");
    REQUIRE(list.status == 200);
    CHECK(withoutMeta(list.json()) == cliList.json());
    CHECK(list.json().value(u"total"_s).toInt() == sql.one("SELECT count(*) FROM parks").toInt());

    // A key limited to region 32 lists the parks of 32 only (plain SQL).
    const Http regional = get("/v1/parks", {}, &s.regional);
    REQUIRE(regional.status == 200);
    QStringList listed;
    for (const QJsonValue& p : regional.json().value(u"parks"_s).toArray())
        listed << p.toObject().value(u"park_id"_s).toString();
    QStringList expected;
    for (const QStringList& r : sql.rows("SELECT park_id FROM parks WHERE region_code LIKE '32%'"))
        expected << r[0];
    listed.sort();
    expected.sort();
    CHECK(listed == expected);

    const auto parks = sql.rows("SELECT p.park_id, p.region_code FROM parks p WHERE EXISTS (SELECT 1 FROM "
                                "buildings b WHERE b.park_id = p.park_id) ORDER BY p.park_id");
    REQUIRE(!parks.isEmpty());
    const QString id = parks.first()[0];
    const auto cliReport
        = runCli({ u"park"_s, u"report"_s, u"--db"_s, s.db, u"--park"_s, id, u"--as-of"_s, u"2025-06-30"_s });
    REQUIRE(cliReport.exitCode == 0);
    const Http report = get("/v1/parks/" + QUrl::toPercentEncoding(id), "as_of=2025-06-30");
    REQUIRE(report.status == 200);
    QJsonObject answer = report.json();
    CHECK(answer.value(u"data_source"_s).toString() == u"演示数据"_s);
    const QString dataAsOf = answer.value(u"data_as_of"_s).toString();
    CHECK(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}$"_s).match(dataAsOf).hasMatch());
    answer.remove(u"data_source"_s);
    answer.remove(u"data_as_of"_s);
    CHECK(answer == cliReport.json());
    CHECK(answer.value(u"buildings"_s).toArray().size()
        == sql.one("SELECT count(*) FROM buildings WHERE park_id = ?", id).toInt());

    // With members; without as_of the report is as of the data's date.
    const auto cliMembers = runCli(
        { u"park"_s, u"report"_s, u"--db"_s, s.db, u"--park"_s, id, u"--as-of"_s, dataAsOf, u"--members"_s });
    REQUIRE(cliMembers.exitCode == 0);
    QJsonObject members = get("/v1/parks/" + QUrl::toPercentEncoding(id), "members=true").json();
    members.remove(u"data_source"_s);
    members.remove(u"data_as_of"_s);
    CHECK(members == cliMembers.json());

    // Region limits: a park of 32 is readable with the regional key, one elsewhere is not.
    for (const QStringList& p : parks) {
        const Http h = get("/v1/parks/" + QUrl::toPercentEncoding(p[0]), "as_of=2025-06-30", &s.regional);
        if (p[1].startsWith(u"32"_s)) {
            CHECK(h.status == 200);
        } else {
            CHECK(h.status == 403);
            CHECK(h.type() == u"/v1/problems/region-forbidden"_s);
        }
    }
    const Http missing = get("/v1/parks/NO-SUCH-PARK");
    CHECK(missing.status == 404);
    CHECK(missing.type() == u"/v1/problems/not-found"_s);
    CHECK(runCli({ u"park"_s, u"report"_s, u"--db"_s, s.db, u"--park"_s, u"NO-SUCH-PARK"_s }).exitCode == 1);
    CHECK(get("/v1/parks/" + QUrl::toPercentEncoding(id), "as_of=30.06.2025").type()
        == u"/v1/problems/invalid-parameter"_s);
    CHECK(get("/v1/parks/" + QUrl::toPercentEncoding(id), "members=yes").status == 400);
    CHECK(get("/v1/parks", "region=32").type() == u"/v1/problems/unknown-field"_s);
}

TEST_CASE("risk score, network and invoices equal the CLI's", "[api]")
{
    Server& s = Server::instance();
    Sql sql(s.db);
    // Enterprises that sell and buy by invoice, so every part of the answers has rows.
    const auto picks
        = sql.rows("SELECT seller_uscc FROM invoices WHERE seller_uscc IN (SELECT buyer_uscc FROM invoices) "
                   "AND seller_uscc IN (SELECT uscc FROM enterprises) GROUP BY seller_uscc ORDER BY count(*) "
                   "DESC LIMIT 3");
    REQUIRE(picks.size() == 3);
    for (const QStringList& p : picks) {
        const QString u = p[0];
        const auto cliScore = runCli({ u"risk"_s, u"score"_s, u"--db"_s, s.db, u });
        INFO(cliScore.err.toStdString());
        REQUIRE(cliScore.exitCode == 0);
        const Http score = get("/v1/risk/" + u.toLatin1() + "/score");
        REQUIRE(score.status == 200);
        CHECK(withoutMeta(score.json()) == cliScore.json());
        CHECK(score.json().value(u"name"_s).toString()
            == sql.one("SELECT name FROM enterprises WHERE uscc = ?", u));

        const auto cliNet = runCli({ u"risk"_s, u"network"_s, u"--db"_s, s.db, u"--tiers"_s, u"2"_s, u });
        INFO(cliNet.err.toStdString());
        REQUIRE(cliNet.exitCode == 0);
        const Http net = get("/v1/risk/" + u.toLatin1() + "/network", "tiers=2");
        REQUIRE(net.status == 200);
        CHECK(withoutMeta(net.json()) == cliNet.json());
        // Tier 1 customers are the buyers on the enterprise's invoices (plain SQL).
        QStringList tier1;
        for (const QJsonValue& c : net.json().value(u"customers"_s).toArray())
            if (c.toObject().value(u"tier"_s).toInt() == 1)
                tier1 << c.toObject().value(u"uscc"_s).toString();
        for (const QString& c : std::as_const(tier1))
            CHECK(sql.one("SELECT count(*) FROM invoices WHERE seller_uscc = ? AND buyer_uscc = '"
                             + c.toLatin1() + "'",
                         u)
                      .toInt()
                > 0);

        const auto cliInv = runCli({ u"risk"_s, u"invoices"_s, u"--db"_s, s.db, u });
        INFO(cliInv.err.toStdString());
        REQUIRE(cliInv.exitCode == 0);
        const Http inv = get("/v1/risk/" + u.toLatin1() + "/invoices");
        REQUIRE(inv.status == 200);
        CHECK(withoutMeta(inv.json()) == cliInv.json());
        CHECK(inv.json().value(u"sales"_s).toObject().value(u"total"_s).toDouble()
            == Approx(
                sql.one("SELECT round(sum(amount), 2) FROM invoices WHERE seller_uscc = ?", u).toDouble())
                   .epsilon(1e-9));
    }
    const Http missing = get("/v1/risk/91000000000000000X/score");
    CHECK(missing.status == 404);
    CHECK(missing.type() == u"/v1/problems/not-found"_s);
    CHECK(get("/v1/risk/" + picks[0][0].toLatin1() + "/network", "tiers=9").status == 400);
    CHECK(get("/v1/risk/" + picks[0][0].toLatin1() + "/score", "tiers=2").type()
        == u"/v1/problems/unknown-field"_s);
    CHECK(get("/v1/risk/" + picks[0][0].toLatin1() + "/rating").status == 404);

    // A key limited to region 32: an enterprise elsewhere is refused.
    const QString outside = sql.one("SELECT uscc FROM enterprises WHERE region_code NOT LIKE '32%' LIMIT 1");
    const QString inside = sql.one("SELECT uscc FROM enterprises WHERE region_code LIKE '32%' LIMIT 1");
    const Http foreign = get("/v1/risk/" + outside.toLatin1() + "/score", {}, &s.regional);
    CHECK(foreign.status == 403);
    CHECK(foreign.type() == u"/v1/problems/region-forbidden"_s);
    CHECK(get("/v1/risk/" + inside.toLatin1() + "/score", {}, &s.regional).status == 200);
    // A key limited to other endpoints may not call these.
    CHECK(get("/v1/risk/" + inside.toLatin1() + "/score", {}, &s.limited).type()
        == u"/v1/problems/endpoint-forbidden"_s);
}

TEST_CASE("the alert inbox is read as the CLI lists it, per region, and never changed", "[api]")
{
    Server& s = Server::instance();
    Sql sql(s.db);
    const QString before
        = sql.rows("SELECT group_concat(id || ':' || read || ':' || resolved || ':' || assigned "
                   "|| ':' || note, '|') FROM risk_alerts")
              .value(0)
              .value(0);
    const auto cli = runCli({ u"risk"_s, u"alerts"_s, u"--db"_s, s.db });
    INFO(cli.err.toStdString());
    REQUIRE(cli.exitCode == 0);
    const Http all = get("/v1/risk/alerts");
    REQUIRE(all.status == 200);
    CHECK(withoutMeta(all.json()) == cli.json());
    CHECK(all.json().value(u"alerts"_s).toArray().size()
        == sql.one("SELECT count(*) FROM risk_alerts").toInt());
    CHECK(all.json().value(u"unread"_s).toInt()
        == sql.one("SELECT count(*) FROM risk_alerts WHERE read = 0").toInt());

    const auto cliUnread = runCli({ u"risk"_s, u"alerts"_s, u"--db"_s, s.db, u"--unread"_s, u"--open"_s });
    INFO(cliUnread.err.toStdString());
    REQUIRE(cliUnread.exitCode == 0);
    CHECK(withoutMeta(get("/v1/risk/alerts", "unread=true&open=true").json()) == cliUnread.json());
    const auto cliOne = runCli({ u"risk"_s, u"alerts"_s, u"--db"_s, s.db, u"--uscc"_s, s.alertOutside });
    INFO(cliOne.err.toStdString());
    REQUIRE(cliOne.exitCode == 0);
    CHECK(withoutMeta(get("/v1/risk/alerts", "uscc=" + s.alertOutside.toLatin1()).json()) == cliOne.json());

    // Region 32 only: the two alerts of the enterprise in 32, one of them unread.
    const Http regional = get("/v1/risk/alerts", {}, &s.regional);
    REQUIRE(regional.status == 200);
    const QJsonArray mine = regional.json().value(u"alerts"_s).toArray();
    CHECK(mine.size()
        == sql.one("SELECT count(*) FROM risk_alerts a JOIN enterprises e ON e.uscc = a.uscc "
                   "WHERE e.region_code LIKE '32%'")
               .toInt());
    for (const QJsonValue& a : mine)
        CHECK(a.toObject().value(u"uscc"_s).toString() != s.alertOutside);
    CHECK(regional.json().value(u"unread"_s).toInt()
        == sql.one("SELECT count(*) FROM risk_alerts a JOIN enterprises e ON e.uscc = a.uscc "
                   "WHERE e.region_code LIKE '32%' AND a.read = 0")
               .toInt());
    const Http foreign = get("/v1/risk/alerts", "uscc=" + s.alertOutside.toLatin1(), &s.regional);
    CHECK(foreign.status == 403);
    CHECK(foreign.type() == u"/v1/problems/region-forbidden"_s);

    // Read-only: no method changes an alert, and reading changed nothing.
    CHECK(call({ "POST", "/v1/risk/alerts", {}, R"({"read":true})" }).status == 405);
    CHECK(call({ "DELETE", "/v1/risk/alerts" }).status == 405);
    CHECK(get("/v1/risk/alerts", "unread=1").status == 400);
    CHECK(
        sql.rows(
               "SELECT group_concat(id || ':' || read || ':' || resolved || ':' || assigned || ':' || note, "
               "'|') FROM risk_alerts")
            .value(0)
            .value(0)
        == before);
}

TEST_CASE("serve refuses limits out of range with a clear message and starts nothing", "[api]")
{
    Server& s = Server::instance();
    const struct
    {
        QStringList args;
        const char* says;
    } cases[] = {
        { { u"--query-timeout"_s, u"0"_s }, "query timeout" },
        { { u"--query-timeout"_s, u"abc"_s }, "--query-timeout" },
        { { u"--request-timeout"_s, u"9999"_s }, "request timeout" },
        { { u"--keep-alive"_s, u"0.2"_s }, "keep-alive" },
        { { u"--max-body"_s, u"10"_s }, "body" },
        { { u"--max-body"_s, u"lots"_s }, "--max-body" },
        { { u"--workers"_s, u"1000"_s }, "--workers" },
    };
    for (const auto& c : cases) {
        const auto r = runCli(
            QStringList { u"serve"_s, u"--db"_s, s.db, u"--listen"_s, u"127.0.0.1:0"_s } + c.args, {}, 20000);
        INFO(c.args.join(u' ').toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(c.says));
        CHECK(r.out.isEmpty()); // never listened
    }
}

TEST_CASE("a query slower than the query timeout is answered 503 timeout and the server keeps answering",
    "[api][slow]")
{
    // A fresh cache of 20,000 enterprises whose park evidence was never built: the first park report of a
    // worker builds it (about half a second), far beyond a query timeout of 0.2 s.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(u"slow.djcache"_s);
    REQUIRE(runCli({ u"demo"_s, u"--db"_s, db, u"--enterprises"_s, u"20000"_s }, {}, 600000).exitCode == 0);
    const auto created = runCli({ u"keys"_s, u"create"_s, u"--db"_s, db });
    REQUIRE(created.exitCode == 0);
    const Key key { created.json().value(u"key_id"_s).toString(),
        created.json().value(u"secret"_s).toString().toUtf8() };
    QString park;
    QString tablesBefore;
    {
        Sql sql(db);
        park = sql.one("SELECT park_id FROM buildings GROUP BY park_id ORDER BY count(*) DESC LIMIT 1");
        REQUIRE(sql.one("SELECT count(*) FROM park_presence").toInt() == 0);
        tablesBefore
            = sql.one("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master ORDER BY name)");
    }
    REQUIRE(!park.isEmpty());
    QProcess server;
    server.start(QStringLiteral(DJ_CLI_PATH),
        { u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s, u"--workers"_s, u"2"_s,
            u"--query-timeout"_s, u"0.2"_s });
    REQUIRE(server.waitForStarted());
    QByteArray line;
    for (int i = 0; i < 300 && !line.contains('\n'); ++i) {
        server.waitForReadyRead(100);
        line += server.readAllStandardOutput();
    }
    const QJsonObject hello = QJsonDocument::fromJson(line).object();
    REQUIRE(hello.value(u"port"_s).toInt() > 0);
    CHECK(hello.value(u"limits"_s).toObject().value(u"query_timeout_s"_s).toDouble() == Approx(0.2));
    const quint16 port = quint16(hello.value(u"port"_s).toInt());

    int sent = 0;
    const auto ask = [&](const QByteArray& path, const QByteArray& query = {}) {
        ++sent;
        const QByteArray n = nonce();
        const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        const QByteArray canonical = "GET\n" + path + '\n' + query + '\n'
            + QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex() + '\n' + ts + '\n' + n;
        const QByteArray sig
            = QMessageAuthenticationCode::hash(canonical, key.secret, QCryptographicHash::Sha256).toHex();
        QTcpSocket sock;
        sock.connectToHost(u"127.0.0.1"_s, port);
        REQUIRE(sock.waitForConnected(5000));
        sock.write("GET " + path + (query.isEmpty() ? QByteArray() : '?' + query)
            + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-DJ-Key: " + key.id.toUtf8()
            + "\r\nX-DJ-Timestamp: " + ts + "\r\nX-DJ-Nonce: " + n + "\r\nX-DJ-Signature: " + sig
            + "\r\n\r\n");
        QByteArray data;
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired() && sock.state() == QAbstractSocket::ConnectedState)
            if (sock.waitForReadyRead(200))
                data += sock.readAll();
        data += sock.readAll();
        Http h;
        const qsizetype end = data.indexOf("\r\n\r\n");
        h.head = data.left(end);
        h.status = data.mid(9, 3).toInt();
        h.body = data.mid(end + 4);
        return h;
    };
    const QByteArray parkPath = "/v1/parks/" + QUrl::toPercentEncoding(park);
    QElapsedTimer timer;
    timer.start();
    const Http slow = ask(parkPath, "as_of=2025-06-30");
    const qint64 ms = timer.elapsed();
    INFO(slow.head.toStdString() << slow.body.toStdString());
    CHECK(slow.status == 503);
    CHECK(slow.isProblem());
    CHECK(slow.type() == u"/v1/problems/timeout"_s);
    CHECK(slow.head.contains("Retry-After"));
    CHECK(ms < 2000);
    CHECK_FALSE(slow.body.contains("SELECT"));

    // The server keeps answering while that query still runs.
    bool answered = false;
    for (int i = 0; i < 5 && !answered; ++i)
        answered = ask("/v1/status").status == 200;
    CHECK(answered);

    // Once the workers have their evidence, the same report is answered, equal to the CLI's.
    Http later;
    for (int i = 0; i < 40 && later.status != 200; ++i) {
        QThread::msleep(500);
        later = ask(parkPath, "as_of=2025-06-30");
    }
    REQUIRE(later.status == 200);
    server.terminate();
    REQUIRE(server.waitForFinished(30000));

    // Nothing half-written: the queries only read (no evidence in the cache, the same tables, intact), and
    // the timed-out request was counted once with the others.
    {
        Sql sql(db);
        CHECK(sql.one("SELECT count(*) FROM park_presence").toInt() == 0);
        CHECK(sql.one("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master ORDER BY name)")
            == tablesBefore);
        CHECK(sql.one("PRAGMA integrity_check") == u"ok"_s);
    }
    const auto keys = runCli({ u"keys"_s, u"list"_s, u"--db"_s, db });
    qint64 counted = -1;
    for (const QJsonValue& k : keys.json().value(u"keys"_s).toArray())
        if (k.toObject().value(u"key_id"_s).toString() == key.id)
            counted = k.toObject().value(u"requests_today"_s).toInteger();
    CHECK(counted == sent);
    QJsonObject answer = QJsonDocument::fromJson(later.body).object();
    answer.remove(u"data_source"_s);
    answer.remove(u"data_as_of"_s);
    const auto cli
        = runCli({ u"park"_s, u"report"_s, u"--db"_s, db, u"--park"_s, park, u"--as-of"_s, u"2025-06-30"_s },
            {}, 600000);
    REQUIRE(cli.exitCode == 0);
    CHECK(answer == cli.json());
}

TEST_CASE("a request that does not arrive in time is answered 408 and the connection closed", "[api]")
{
    Server& s = Server::instance();
    QTcpSocket slow;
    slow.connectToHost(u"127.0.0.1"_s, s.port);
    REQUIRE(slow.waitForConnected(5000));
    slow.write("POST /v1/search HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"fil");
    slow.flush();
    QByteArray data;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && slow.state() == QAbstractSocket::ConnectedState) {
        if (slow.waitForReadyRead(500))
            data += slow.readAll();
    }
    data += slow.readAll();
    CHECK(data.startsWith("HTTP/1.1 408"));
    CHECK(data.contains("/v1/problems/request-timeout"));
    CHECK(slow.state() != QAbstractSocket::ConnectedState);
    CHECK(get("/v1/status").status == 200);
}
