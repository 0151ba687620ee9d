#include "core/api/apihandlers.h"

#include "core/api/apiproblem.h"
#include "core/api/apisigner.h"
#include "core/graph/beneficialowners.h"
#include "core/graph/controlanalysis.h"
#include "core/graph/graphjson.h"
#include "core/graph/ownershipgraph.h"
#include "core/graph/penetration.h"
#include "core/hometown/hometowndata.h"
#include "core/hometown/hometownengine.h"
#include "core/parks/parkengine.h"
#include "core/parks/parkstore.h"
#include "core/risk/alertinbox.h"
#include "core/risk/creditscore.h"
#include "core/risk/invoiceanalytics.h"
#include "core/risk/riskerror.h"
#include "core/risk/riskjson.h"
#include "core/risk/supplynetwork.h"
#include "core/search/filter.h"
#include "core/search/searchengine.h"
#include "core/search/searchindex.h"
#include "core/store/cache.h"
#include "core/store/enterprisestore.h"
#include "core/store/personreads.h"
#include "core/store/sqliteenterprisestore.h"
#include "core/store/storeerror.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QThread>
#include <cmath>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcApi, "dj.api")

namespace dj::api {

using namespace Qt::StringLiterals;
using namespace dj::graph;

/// A worker thread's own read-only connections.
struct ApiService::Context
{
    store::Database db; ///< graph and hometown reads
    std::unique_ptr<store::SqliteEnterpriseStore> store;
};

namespace {

constexpr int kMaxItemChars = 200;

/// One read transaction around the reads of an answer: one snapshot, one lock instead of one per query.
class ReadTransaction
{
public:
    explicit ReadTransaction(const store::Database& db)
        : m_db(db.handle())
    {
        m_open = sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~ReadTransaction()
    {
        if (m_open)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    sqlite3* m_db;
    bool m_open = false;
};

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ApiProblem badParameter(const QString& detail)
{
    return ApiProblem(400, u"invalid-parameter"_s, detail);
}

/// An 18-character code of digits and capitals, or 400.
QString checkedUscc(const QString& text)
{
    static const QRegularExpression re(u"^[0-9A-Z]{18}$"_s);
    const QString u = text.trimmed().toUpper();
    if (!re.match(u).hasMatch())
        throw badParameter(
            en("\"%1\" is not a unified social credit code (18 characters 0-9, A-Z).").arg(text.left(40)));
    return u;
}

/// Query parameters with the unknown ones refused.
class Params
{
public:
    Params(const QList<QPair<QString, QString>>& items, const QStringList& known)
    {
        for (const auto& [k, v] : items) {
            if (!known.contains(k))
                throw ApiProblem(400, u"unknown-field"_s,
                    en("Unknown parameter \"%1\"; this endpoint takes: %2.")
                        .arg(k.left(40), known.isEmpty() ? u"none"_s : known.join(u", "_s)));
            if (m_values.contains(k))
                throw badParameter(en("Parameter \"%1\" given twice.").arg(k));
            m_values.insert(k, v);
        }
    }
    bool has(const QString& k) const { return m_values.contains(k); }
    QString value(const QString& k, const QString& fallback = {}) const
    {
        return m_values.value(k, fallback);
    }
    int integer(const QString& k, int fallback, int min, int max) const
    {
        if (!has(k))
            return fallback;
        bool ok = false;
        const int v = m_values.value(k).toInt(&ok);
        if (!ok || v < min || v > max)
            throw badParameter(
                en("Parameter \"%1\" takes an integer from %2 to %3.").arg(k).arg(min).arg(max));
        return v;
    }
    double number(const QString& k, double fallback) const
    {
        if (!has(k))
            return fallback;
        bool ok = false;
        const double v = m_values.value(k).toDouble(&ok);
        if (!ok || !std::isfinite(v))
            throw badParameter(en("Parameter \"%1\" takes a number.").arg(k));
        return v;
    }

private:
    QHash<QString, QString> m_values;
};

QJsonObject parseBody(const QByteArray& body, const QStringList& known)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw ApiProblem(400, u"invalid-json"_s,
            en("The body must be one JSON object (%1).")
                .arg(error.error != QJsonParseError::NoError ? error.errorString() : u"not an object"_s));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            throw ApiProblem(400, u"unknown-field"_s,
                en("Unknown field \"%1\"; the body takes: %2.").arg(it.key().left(40), known.join(u", "_s)));
    }
    return o;
}

bool regionAllowed(const std::optional<ApiKey>& key, const QString& regionCode)
{
    if (!key || key->regions.isEmpty())
        return true;
    for (const QString& p : key->regions) {
        if (regionCode.startsWith(p))
            return true;
    }
    return false;
}

ApiProblem regionForbidden()
{
    return ApiProblem(403, u"region-forbidden"_s, en("This key may not read data of that region."));
}

using dj::graph::json::node;
using dj::graph::json::nodes;
using dj::graph::json::round9;

NodeId requireNode(const OwnershipGraph& g, const QString& uscc)
{
    const auto n = g.parse(uscc);
    if (!n || (g.kind(*n) == NodeKind::Enterprise && !g.inCache(*n)))
        throw ApiProblem(404, u"not-found"_s, en("No enterprise %1 in the cache.").arg(uscc));
    return *n;
}

QString metaDate(const store::Database& db)
{
    for (const char* key : { "as_of", "data_updated", "created" }) {
        const QString v = store::Cache::meta(db, QString::fromLatin1(key));
        if (!v.isEmpty())
            return v.left(10);
    }
    return {};
}

} // namespace

ApiService::ApiService(const QString& cachePath)
    : m_path(cachePath)
{
    const store::Database db = store::Cache::open(cachePath, store::Cache::Access::ReadOnly);
    m_dataSource = store::Cache::dataSource(db);
    m_asOf = metaDate(db);
    m_dataVersion = store::Cache::dataVersion(db);
    m_engine = std::make_unique<search::SearchEngine>(search::SearchIndex::open(cachePath));
    try {
        m_weights = std::make_unique<risk::ScoreWeights>(risk::ScoreWeights::current());
    } catch (const risk::RiskError& e) {
        // A damaged user file: the built-in weights, as the answer's "weights" says.
        qCWarning(lcApi) << "score weights:" << e.message();
        m_weights = std::make_unique<risk::ScoreWeights>(risk::ScoreWeights::defaults());
    }
}

ApiService::~ApiService() = default;

ApiService::Context& ApiService::context() const
{
    const QThread* thread = QThread::currentThread();
    {
        QMutexLocker lock(&m_contextsMutex);
        auto it = m_contexts.find(thread);
        if (it != m_contexts.end())
            return *it->second;
    }
    auto c = std::make_unique<Context>();
    c->db = store::Cache::open(m_path, store::Cache::Access::ReadOnly);
    c->store = std::make_unique<store::SqliteEnterpriseStore>(
        store::Cache::open(m_path, store::Cache::Access::ReadOnly));
    QMutexLocker lock(&m_contextsMutex);
    auto& slot = m_contexts[thread];
    slot = std::move(c);
    return *slot;
}

QByteArray ApiService::openApiDocument()
{
    QFile f(u":/dj/api/openapi.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString ApiService::endpointOf(const QByteArray& method, const QString& path)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const auto need = [&](const char* m) {
        if (method != m)
            throw ApiProblem(
                405, u"method-not-allowed"_s, en("%1 takes %2 only.").arg(path.left(80), QLatin1String(m)));
    };
    if (parts.size() >= 2 && parts[0] == u"v1"_s) {
        const QString& e = parts[1];
        if (e == u"openapi.json"_s && parts.size() == 2)
            return need("GET"), u"openapi"_s;
        if (e == u"status"_s && parts.size() == 2)
            return need("GET"), e;
        if (e == u"enterprises"_s && parts.size() == 3)
            return need("GET"), e;
        if ((e == u"search"_s || e == u"batch"_s) && parts.size() == 2)
            return need("POST"), e;
        if (e == u"ubo"_s && parts.size() == 3)
            return need("GET"), e;
        if (e == u"graph"_s && parts.size() == 4
            && (parts[3] == u"up"_s || parts[3] == u"down"_s || parts[3] == u"controller"_s))
            return need("GET"), e;
        if (e == u"hometown"_s && (parts.size() == 2 || (parts.size() == 3 && parts[2] == u"summary"_s)))
            return need("GET"), e;
        if (e == u"parks"_s && (parts.size() == 2 || parts.size() == 3))
            return need("GET"), e;
        if (e == u"risk"_s && parts.size() == 3 && parts[2] == u"alerts"_s)
            return need("GET"), u"alerts"_s;
        if (e == u"risk"_s && parts.size() == 4
            && (parts[3] == u"score"_s || parts[3] == u"network"_s || parts[3] == u"invoices"_s))
            return need("GET"), e;
    }
    throw ApiProblem(404, u"not-found"_s, en("No such endpoint: %1").arg(path.left(120)));
}

ApiResponse ApiService::handle(const ApiRequest& request) const
{
    ApiResponse response;
    try {
        response.body = dispatch(request);
        return response;
    } catch (const ApiProblem& p) {
        response.status = p.status();
        response.body = p.toJson(request.path);
    } catch (const store::StoreError& e) {
        // Never the SQL message: it goes to the log only.
        qCWarning(lcApi) << "store error on" << request.path << e.message();
        const ApiProblem p(500, u"internal"_s, en("The cache could not answer this request."));
        response.status = 500;
        response.body = p.toJson(request.path);
    } catch (const hometown::QueryError& e) {
        const ApiProblem p(400, u"invalid-parameter"_s, e.text);
        response.status = 400;
        response.body = p.toJson(request.path);
    } catch (const std::exception& e) {
        qCWarning(lcApi) << "error on" << request.path << dj::Error::describe(e);
        const ApiProblem p(500, u"internal"_s, en("The request could not be answered."));
        response.status = 500;
        response.body = p.toJson(request.path);
    }
    response.contentType = "application/problem+json";
    return response;
}

QByteArray ApiService::dispatch(const ApiRequest& r) const
{
    const QString endpoint = endpointOf(r.method, r.path);
    const QStringList parts = r.path.split(u'/', Qt::SkipEmptyParts);
    if (r.method == "GET" && !r.body.isEmpty())
        throw badParameter(en("A GET request has no body."));
    if (endpoint == u"status"_s)
        return status(r);
    if (endpoint == u"enterprises"_s)
        return enterprise(r, parts[2]);
    if (endpoint == u"search"_s)
        return search(r);
    if (endpoint == u"batch"_s)
        return batch(r);
    if (endpoint == u"ubo"_s)
        return ubo(r, parts[2]);
    if (endpoint == u"graph"_s)
        return graph(r, parts[2], parts[3]);
    if (endpoint == u"hometown"_s)
        return hometown(r, parts.size() == 3);
    if (endpoint == u"parks"_s)
        return parts.size() == 2 ? parks(r) : park(r, parts[2]);
    if (endpoint == u"risk"_s)
        return risk(r, parts[2], parts[3]);
    if (endpoint == u"alerts"_s)
        return alerts(r);
    return openApiDocument();
}

namespace {
QJsonObject withMeta(QJsonObject o, const QString& source, const QString& asOf)
{
    o.insert(u"data_source"_s, source);
    o.insert(u"as_of"_s, asOf);
    return o;
}
} // namespace

QByteArray ApiService::status(const ApiRequest& r) const
{
    Params(r.query, {});
    return compact(withMeta(
        QJsonObject { { u"api_version"_s, u"1"_s }, { u"enterprises"_s, qint64(m_engine->index()->size()) },
            { u"endpoints"_s, QJsonArray::fromStringList(ApiKeys::endpointNames()) } },
        m_dataSource, m_asOf));
}

namespace {

/// Compact JSON written straight into bytes: the enterprise answer is the API's most frequent one, and
/// building it as QJsonObject (a sorted CBOR container per object, a QJsonValue per cell) cost more than
/// its twelve reads. Same values as QJsonDocument would give (finite numbers, whole ones as integers,
/// null for NaN/infinity, UTF-8 strings with the escapes of RFC 8259).
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 4096) { m_out.reserve(reserve); }

    JsonWriter& beginObject()
    {
        separate();
        m_out += '{';
        m_first = true;
        return *this;
    }
    JsonWriter& endObject()
    {
        m_out += '}';
        m_first = false;
        return *this;
    }
    JsonWriter& beginArray()
    {
        separate();
        m_out += '[';
        m_first = true;
        return *this;
    }
    JsonWriter& endArray()
    {
        m_out += ']';
        m_first = false;
        return *this;
    }
    /// The next member's key (the value follows with one of the writers below).
    JsonWriter& key(QLatin1StringView k)
    {
        separate();
        m_out += '"';
        m_out.append(k.data(), k.size());
        m_out += "\":";
        m_first = true; // the value needs no separator
        return *this;
    }
    /// A key from any text (escaped like a string).
    JsonWriter& keyText(QStringView k)
    {
        separate();
        appendString(k.toUtf8());
        m_out += ':';
        m_first = true;
        return *this;
    }
    JsonWriter& string(QStringView s)
    {
        separate();
        appendString(s.toUtf8());
        return *this;
    }
    /// An empty text as null (the API's rule for absent texts).
    JsonWriter& text(QStringView s) { return s.isEmpty() ? null() : string(s); }
    JsonWriter& null()
    {
        separate();
        m_out += "null";
        return *this;
    }
    JsonWriter& boolean(bool b)
    {
        separate();
        m_out += b ? "true" : "false";
        return *this;
    }
    JsonWriter& integer(qint64 v)
    {
        separate();
        m_out += QByteArray::number(v);
        return *this;
    }
    JsonWriter& number(double v)
    {
        separate();
        if (!std::isfinite(v))
            m_out += "null";
        else if (v == std::floor(v) && std::abs(v) < 9007199254740992.0)
            m_out += QByteArray::number(qint64(v));
        else
            m_out += QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
        return *this;
    }
    JsonWriter& number(const std::optional<double>& v) { return v ? number(*v) : null(); }
    JsonWriter& integer(const std::optional<qint64>& v) { return v ? integer(*v) : null(); }
    JsonWriter& variant(const QVariant& v)
    {
        if (v.isNull())
            return null();
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
            return integer(v.toLongLong());
        case QMetaType::Double:
        case QMetaType::Float:
            return number(v.toDouble());
        case QMetaType::Bool:
            return boolean(v.toBool());
        case QMetaType::QByteArray:
            separate();
            appendString(v.toByteArray());
            return *this;
        default:
            return string(v.toString());
        }
    }
    /// Rows of a related table as objects keyed by column.
    JsonWriter& rows(const store::TableRows& t)
    {
        QList<QByteArray> keys;
        for (const QString& c : t.columns)
            keys << c.toLatin1();
        beginArray();
        for (const QVariantList& row : t.rows) {
            beginObject();
            for (qsizetype c = 0; c < keys.size() && c < row.size(); ++c)
                key(QLatin1StringView(keys[c])).variant(row[c]);
            endObject();
        }
        return endArray();
    }
    QByteArray take() { return std::move(m_out); }

private:
    void separate()
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
    }
    void appendString(const QByteArray& utf8)
    {
        m_out += '"';
        qsizetype from = 0;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const auto c = uchar(utf8[i]);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            m_out.append(utf8.constData() + from, i - from);
            from = i + 1;
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            case '\b':
                m_out += "\\b";
                break;
            case '\f':
                m_out += "\\f";
                break;
            default: {
                static const char hex[] = "0123456789abcdef";
                const char esc[] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
                m_out.append(esc, 6);
            }
            }
        }
        m_out.append(utf8.constData() + from, utf8.size() - from);
        m_out += '"';
    }

    QByteArray m_out;
    bool m_first = true;
};

} // namespace

QByteArray ApiService::enterprise(const ApiRequest& r, const QString& code) const
{
    Params(r.query, {});
    const QString uscc = checkedUscc(code);
    Context& c = context();
    const ReadTransaction tx(c.store->database());
    const auto e = c.store->enterprise(uscc);
    if (!e)
        throw ApiProblem(404, u"not-found"_s, en("No enterprise %1 in the cache.").arg(uscc));
    if (!regionAllowed(r.key, e->regionCode))
        throw regionForbidden();
    JsonWriter w(8192);
    w.beginObject().key("enterprise"_L1).beginObject();
    w.key("uscc"_L1).string(e->uscc);
    w.key("name"_L1).string(e->name);
    w.key("former_names"_L1).beginArray();
    for (const QString& n : e->formerNames)
        w.string(n);
    w.endArray();
    w.key("status"_L1).text(e->status);
    w.key("entity_type"_L1).text(e->entityType);
    w.key("legal_rep"_L1).text(e->legalRep);
    w.key("registered_capital"_L1).number(e->registeredCapital);
    w.key("registered_capital_currency"_L1).text(e->registeredCapitalCurrency);
    w.key("established"_L1).text(e->established);
    w.key("region_code"_L1).text(e->regionCode);
    w.key("industry_code"_L1).text(e->industryCode);
    w.key("industry_section"_L1).text(e->industrySection);
    w.key("address"_L1).text(e->address);
    w.key("lon"_L1).number(e->lon);
    w.key("lat"_L1).number(e->lat);
    w.key("op_address"_L1).text(e->opAddress);
    w.key("op_lon"_L1).number(e->opLon);
    w.key("op_lat"_L1).number(e->opLat);
    w.key("insured_count"_L1).integer(e->insuredCount);
    w.key("scale"_L1).text(e->scale);
    w.key("listed_code"_L1).text(e->listedCode);
    w.key("scope"_L1).text(e->scope);
    using R = store::EnterpriseStore::Related;
    // The registry's tables of the profile; the workstation's own visits and tasks are not published.
    const std::initializer_list<std::pair<R, const char*>> related { { R::Shareholders, "shareholders" },
        { R::Investments, "investments" }, { R::Roles, "roles" }, { R::Financials, "financials" },
        { R::Financing, "financing" }, { R::Licenses, "licenses" }, { R::Qualifications, "qualifications" },
        { R::Risks, "risks" }, { R::Ip, "ip" }, { R::RelationsOut, "relations_out" },
        { R::RelationsIn, "relations_in" } };
    for (const auto& [what, name] : related)
        w.key(QLatin1StringView(name)).rows(c.store->related(uscc, what));
    w.endObject();
    w.key("data_source"_L1).string(m_dataSource);
    w.key("as_of"_L1).string(m_asOf);
    w.endObject();
    return w.take();
}

QByteArray ApiService::search(const ApiRequest& r) const
{
    Params(r.query, {});
    const QJsonObject body
        = parseBody(r.body, { u"filter"_s, u"sort"_s, u"limit"_s, u"cursor"_s, u"facets"_s });
    search::Filter filter;
    const QJsonValue fv = body.value(u"filter"_s);
    if (!fv.isUndefined() && !fv.isObject())
        throw ApiProblem(
            400, u"invalid-filter"_s, en("\"filter\" must be an object (the filter file of cli.md)."));
    try {
        filter = search::Filter::fromJsonObject(fv.toObject());
    } catch (const search::FilterError& e) {
        throw ApiProblem(400, u"invalid-filter"_s, e.message());
    }
    const QJsonValue sv = body.value(u"sort"_s);
    if (!sv.isUndefined() && !sv.isString())
        throw badParameter(en("\"sort\" must be a string FIELD or FIELD:desc."));
    const auto sort = search::Sort::parse(sv.isString() ? sv.toString() : u"revenue:desc"_s);
    if (!sort)
        throw badParameter(en("\"sort\" takes FIELD or FIELD:desc with FIELD one of %1.")
                               .arg(search::Sort::fields().join(u", "_s)));
    const QJsonValue lv = body.value(u"limit"_s);
    if (!lv.isUndefined()
        && (!lv.isDouble() || lv.toDouble() != std::floor(lv.toDouble()) || lv.toDouble() < 0
            || lv.toDouble() > kMaxPageSize))
        throw badParameter(en("\"limit\" takes an integer from 0 to %1.").arg(kMaxPageSize));
    const int limit = lv.isUndefined() ? 50 : int(lv.toDouble());
    const QJsonValue facetsValue = body.value(u"facets"_s);
    if (!facetsValue.isUndefined() && !facetsValue.isBool())
        throw badParameter(en("\"facets\" must be true or false."));

    if (r.key && !r.key->regions.isEmpty()) {
        QStringList allowed;
        if (filter.regions.isEmpty())
            allowed = r.key->regions;
        for (const QString& f : std::as_const(filter.regions)) {
            for (const QString& k : r.key->regions) {
                if (f.startsWith(k))
                    allowed << f;
                else if (k.startsWith(f))
                    allowed << k;
            }
        }
        allowed.removeDuplicates();
        if (allowed.isEmpty())
            throw regionForbidden();
        filter.regions = allowed;
    }

    // The cursor binds the offset to this filter, sort and data version.
    const QByteArray fingerprint = ApiSigner::sha256Hex(
        QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact) + '\n' + sort->field.toUtf8()
        + (sort->descending ? ":desc" : ":asc") + '\n' + QByteArray::number(m_dataVersion))
                                       .left(16);
    int offset = 0;
    const QJsonValue cv = body.value(u"cursor"_s);
    if (!cv.isUndefined() && !cv.isNull()) {
        const QByteArray raw
            = QByteArray::fromBase64(cv.toString().toLatin1(), QByteArray::Base64UrlEncoding);
        const QJsonObject c = QJsonDocument::fromJson(raw).object();
        if (!cv.isString() || c.value(u"f"_s).toString().toLatin1() != fingerprint
            || !c.value(u"o"_s).isDouble() || c.value(u"o"_s).toDouble() < 0
            || c.value(u"o"_s).toDouble() > 1e9)
            throw ApiProblem(400, u"invalid-cursor"_s,
                en("The cursor does not belong to this filter and sort (or the data changed): start again "
                   "without one."));
        offset = int(c.value(u"o"_s).toDouble());
    }
    const search::Result result = m_engine->run(filter, *sort, offset, limit, facetsValue.toBool());
    // Written straight as JSON bytes (as the enterprise answer): a page of up to 1,000 rows and the facets.
    JsonWriter w(qsizetype(result.rows.size()) * 400 + 4096);
    w.beginObject();
    w.key("total"_L1).integer(result.total);
    w.key("rows"_L1).beginArray();
    for (const search::Row& row : result.rows) {
        w.beginObject();
        w.key("id"_L1).integer(row.id);
        w.key("uscc"_L1).string(row.uscc);
        w.key("name"_L1).string(row.name);
        w.key("status"_L1).string(row.status);
        w.key("region_code"_L1).string(row.regionCode);
        w.key("industry_code"_L1).text(row.industryCode);
        w.key("industry_section"_L1).text(row.industrySection);
        w.key("revenue"_L1).number(row.revenue);
        w.key("revenue_year"_L1);
        row.revenueYear ? w.integer(*row.revenueYear) : w.null();
        w.key("tax"_L1).number(row.tax);
        w.key("tax_year"_L1);
        row.taxYear ? w.integer(*row.taxYear) : w.null();
        w.key("registered_capital"_L1).number(row.registeredCapital);
        w.key("established"_L1).text(row.established);
        w.key("insured_count"_L1).integer(row.insuredCount);
        w.endObject();
    }
    w.endArray();
    const qint64 next = qint64(offset) + result.rows.size();
    w.key("next_cursor"_L1);
    if (next < result.total && limit > 0) {
        const QByteArray c
            = QJsonDocument(QJsonObject { { u"o"_s, next }, { u"f"_s, QString::fromLatin1(fingerprint) } })
                  .toJson(QJsonDocument::Compact);
        w.string(
            QString::fromLatin1(c.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    } else {
        w.null();
    }
    if (result.facets) {
        const auto counts = [&](const char* name, const QMap<QString, qint64>& m) {
            w.key(QLatin1StringView(name)).beginObject();
            for (auto it = m.begin(); it != m.end(); ++it) {
                w.keyText(it.key());
                w.integer(it.value());
            }
            w.endObject();
        };
        w.key("facets"_L1).beginObject();
        counts("section", result.facets->section);
        counts("province", result.facets->province);
        counts("city", result.facets->city);
        counts("licenses", result.facets->licenses);
        counts("qualifications", result.facets->qualifications);
        counts("status", result.facets->status);
        w.endObject();
    }
    w.key("data_source"_L1).string(m_dataSource);
    w.key("as_of"_L1).string(m_asOf);
    w.endObject();
    return w.take();
}

QByteArray ApiService::batch(const ApiRequest& r) const
{
    Params(r.query, {});
    const QJsonObject body = parseBody(r.body, { u"items"_s });
    const QJsonValue iv = body.value(u"items"_s);
    if (!iv.isArray())
        throw badParameter(en("\"items\" must be a list of names or codes."));
    const QJsonArray items = iv.toArray();
    if (items.isEmpty())
        throw badParameter(en("\"items\" is empty."));
    if (items.size() > kMaxBatchItems)
        throw ApiProblem(413, u"too-many-items"_s,
            en("At most %1 items per batch (got %2).").arg(kMaxBatchItems).arg(items.size()));
    for (const QJsonValue& v : items) {
        if (!v.isString() || v.toString().size() > kMaxItemChars)
            throw badParameter(en("Every item must be a text of at most %1 characters.").arg(kMaxItemChars));
    }
    static const QRegularExpression usccRe(u"^[0-9A-Z]{18}$"_s);
    Context& c = context();
    const ReadTransaction tx(c.store->database());
    QJsonArray results;
    for (const QJsonValue& v : items) {
        const QString input = v.toString();
        const QString t = input.trimmed();
        QString match = u"none"_s;
        QJsonArray found;
        const auto add
            = [&](const QString& uscc, const QString& name, const QString& status, const QString& region) {
                  if (!regionAllowed(r.key, region))
                      return false;
                  found.append(QJsonObject { { u"uscc"_s, uscc }, { u"name"_s, name },
                      { u"status"_s, status }, { u"region_code"_s, region } });
                  return true;
              };
        if (usccRe.match(t.toUpper()).hasMatch()) {
            const qint32 row = m_engine->rowOfUscc(t.toUpper());
            if (row >= 0) {
                const search::Row e = m_engine->row(row);
                if (add(e.uscc, e.name, e.status, e.regionCode))
                    match = u"uscc"_s;
            }
        } else if (!t.isEmpty()) {
            bool current = false;
            for (const store::EnterpriseRecord& e : c.store->enterprisesByName(t)) {
                if (add(e.uscc, e.name, e.status, e.regionCode))
                    current = current || e.name == t;
            }
            if (!found.isEmpty())
                match = found.size() > 1 ? u"ambiguous"_s : current ? u"name"_s : u"former_name"_s;
        }
        results.append(
            QJsonObject { { u"input"_s, input }, { u"match"_s, match }, { u"enterprises"_s, found } });
    }
    return compact(withMeta(QJsonObject { { u"results"_s, results } }, m_dataSource, m_asOf));
}

QByteArray ApiService::ubo(const ApiRequest& r, const QString& code) const
{
    Params(r.query, {});
    const QString uscc = checkedUscc(code);
    Context& c = context();
    const auto g = OwnershipGraph::buildAround(c.db, { { uscc, true, false } });
    const NodeId root = requireNode(*g, uscc);
    if (!regionAllowed(r.key,
            m_engine->rowOfUscc(uscc) >= 0 ? m_engine->row(m_engine->rowOfUscc(uscc)).regionCode : QString()))
        throw regionForbidden();
    BeneficialOwners bo(*g);
    return compact(withMeta(BeneficialOwners::toJson(*g, bo.analyse(root)), m_dataSource, m_asOf));
}

QByteArray ApiService::graph(const ApiRequest& r, const QString& code, const QString& what) const
{
    const QString uscc = checkedUscc(code);
    const qint32 row = m_engine->rowOfUscc(uscc);
    if (row >= 0 && !regionAllowed(r.key, m_engine->row(row).regionCode))
        throw regionForbidden();
    Context& c = context();
    if (what == u"controller"_s) {
        Params(r.query, {});
        const auto g = OwnershipGraph::buildAround(c.db, { { uscc, true, false } });
        const NodeId root = requireNode(*g, uscc);
        ControlAnalysis control(*g);
        const auto ctl = control.actualController(root);
        ShareSolver solver(*g);
        const auto shares = solver.solve(root, ShareSolver::Direction::Up);
        const double economic = ctl.node == kNoNode ? 0.0 : shares.shareOf(ctl.node);
        return compact(withMeta(QJsonObject { { u"uscc"_s, g->key(root) }, { u"name"_s, g->name(root) },
                                    { u"controller"_s, dj::graph::json::controller(*g, ctl, economic) } },
            m_dataSource, m_asOf));
    }
    const Params p(r.query, { u"depth"_s, u"limit"_s });
    const int depth = p.integer(u"depth"_s, 0, 0, 1000);
    const int limit = p.integer(u"limit"_s, 20000, 1, 100000);
    const bool up = what == u"up"_s;
    const auto g = OwnershipGraph::buildAround(c.db, { { uscc, up, !up } });
    const NodeId root = requireNode(*g, uscc);
    Penetration pen(*g);
    const Penetration::Tree t
        = pen.run(root, up ? ShareSolver::Direction::Up : ShareSolver::Direction::Down, depth, size_t(limit));
    QJsonArray entries;
    for (size_t i = 0; i < t.entries.size(); ++i) {
        const auto& e = t.entries[i];
        QJsonObject j = node(*g, e.node);
        j.insert(u"index"_s, qint64(i));
        j.insert(u"parent"_s, e.parent);
        j.insert(u"level"_s, e.level);
        j.insert(u"direct"_s, round9(e.direct));
        j.insert(u"through"_s, round9(e.through));
        j.insert(u"total"_s, round9(e.total));
        if (e.cycle)
            j.insert(u"cycle"_s, true);
        if (e.more)
            j.insert(u"more"_s, true);
        entries.append(j);
    }
    QJsonArray cycles;
    for (const auto& cy : t.cycles)
        cycles.append(nodes(*g, cy));
    return compact(
        withMeta(QJsonObject { { u"uscc"_s, g->key(root) }, { u"name"_s, g->name(root) },
                     { u"direction"_s, up ? u"up"_s : u"down"_s }, { u"depth"_s, depth },
                     { u"nodes"_s, entries }, { u"cycles"_s, cycles }, { u"truncated"_s, t.truncated } },
            m_dataSource, m_asOf));
}

QByteArray ApiService::hometown(const ApiRequest& r, bool summary) const
{
    const auto list = [](const QString& v) {
        QStringList out;
        for (const QString& s : v.split(u',', Qt::SkipEmptyParts))
            out << s.trimmed();
        return out;
    };
    const auto region = [&](const QString& code, const QString& what) {
        if (!hometown::isRegionPrefix(code))
            throw badParameter(en("%1 \"%2\" is not a region code of 2, 4 or 6 digits that exists today.")
                                   .arg(what, code.left(40)));
        return code;
    };
    const auto targetAllowed = [&](const QString& target) {
        if (!r.key || r.key->regions.isEmpty())
            return;
        if (target.isEmpty() || !regionAllowed(r.key, target))
            throw regionForbidden();
    };
    Context& c = context();
    if (summary) {
        const Params p(r.query, { u"origin"_s, u"target"_s });
        if (p.has(u"origin"_s) == p.has(u"target"_s))
            throw badParameter(en("Give either origin or target."));
        const bool byOrigin = p.has(u"origin"_s);
        const QString code
            = region(p.value(byOrigin ? u"origin"_s : u"target"_s), byOrigin ? u"origin"_s : u"target"_s);
        if (byOrigin) {
            if (r.key && !r.key->regions.isEmpty())
                throw regionForbidden(); // an origin summary spans every target region
        } else {
            targetAllowed(code);
        }
        const auto data = byOrigin ? hometown::HometownData::loadForOrigins(c.db, { code })
                                   : hometown::HometownData::loadForTarget(c.db, code);
        const hometown::Summary s = byOrigin ? hometown::HometownEngine::summarizeOrigin(*data, code)
                                             : hometown::HometownEngine::summarizeTarget(*data, code);
        return compact(withMeta(hometown::toJson(s), m_dataSource, m_asOf));
    }
    const Params p(r.query,
        { u"origin"_s, u"target"_s, u"roles"_s, u"industries"_s, u"min_share"_s, u"min_score"_s,
            u"priority"_s, u"limit"_s });
    hometown::Query q;
    q.origins = list(p.value(u"origin"_s));
    if (q.origins.isEmpty())
        throw badParameter(en("origin needs at least one region code."));
    for (const QString& o : std::as_const(q.origins))
        region(o, u"origin"_s);
    if (!p.has(u"target"_s))
        throw badParameter(en("target is required (a region code or \"all\")."));
    const QString target = p.value(u"target"_s);
    if (target != u"all"_s)
        q.targets = { region(target, u"target"_s) };
    targetAllowed(target == u"all"_s ? QString() : target);
    if (p.has(u"roles"_s)) {
        q.roles = 0;
        for (const QString& role : list(p.value(u"roles"_s))) {
            const quint16 bits = hometown::roleBits(role);
            if (!bits)
                throw badParameter(en("Unknown role \"%1\".").arg(role.left(40)));
            q.roles |= bits;
        }
        if (!q.roles)
            throw badParameter(en("roles needs at least one role."));
    }
    q.industries = list(p.value(u"industries"_s));
    q.minShare = p.number(u"min_share"_s, 0);
    if (q.minShare < 0 || q.minShare > 100)
        throw badParameter(en("min_share takes a percentage from 0 to 100."));
    if (p.has(u"min_score"_s))
        q.minScore = p.number(u"min_score"_s, 0);
    q.limit = p.integer(u"limit"_s, 0, 0, 100000);
    if (p.has(u"priority"_s))
        q.priorityIndustries = list(p.value(u"priority"_s));
    q.validate();
    if (!p.has(u"priority"_s)) {
        const store::MemberRegisters registers(c.db);
        for (const QString& o : std::as_const(q.origins))
            q.priorityIndustries << registers.priorityIndustries(o);
    }
    const auto data = hometown::HometownData::loadForOrigins(c.db, q.origins, q.targets);
    const hometown::Result result = hometown::HometownEngine::run(*data, q);
    QJsonArray persons;
    for (const hometown::PersonHit& hit : result.persons)
        persons.append(hometown::toJson(hit));
    return compact(
        withMeta(QJsonObject { { u"persons"_s, persons }, { u"total"_s, result.totalPersons },
                     { u"weights"_s, q.weights.toJson() },
                     { u"priority_industries"_s, QJsonArray::fromStringList(q.priorityIndustries) } },
            m_dataSource, m_asOf));
}

// Parks (cli.md `park list` / `park report`): the park's region decides what a region-limited key reads.
QByteArray ApiService::parks(const ApiRequest& r) const
{
    Params(r.query, {});
    Context& c = context();
    const parks::ParkStore store(c.db);
    QJsonArray out;
    for (const parks::ParkInfo& p : store.parks()) {
        if (!regionAllowed(r.key, p.regionCode))
            continue;
        out.append(QJsonObject { { u"park_id"_s, p.id }, { u"name"_s, p.name }, { u"kind"_s, p.kind },
            { u"region_code"_s, p.regionCode }, { u"buildings"_s, p.buildingCount },
            { u"has_boundary"_s, !p.boundary.isEmpty() } });
    }
    return compact(
        withMeta(QJsonObject { { u"parks"_s, out }, { u"total"_s, out.size() } }, m_dataSource, m_asOf));
}

QByteArray ApiService::park(const ApiRequest& r, const QString& parkId) const
{
    const Params p(r.query, { u"as_of"_s, u"members"_s });
    if (parkId.size() > 80)
        throw badParameter(en("A park id has at most 80 characters."));
    // The report's own date ("as_of" of `park report`): the data's as-of date unless asked.
    QDate date = QDate::fromString(m_asOf, Qt::ISODate);
    if (p.has(u"as_of"_s)) {
        date = QDate::fromString(p.value(u"as_of"_s), Qt::ISODate);
        if (!date.isValid())
            throw badParameter(en("as_of takes a date YYYY-MM-DD."));
    }
    if (!date.isValid())
        date = QDate::currentDate();
    const QString members = p.value(u"members"_s, u"false"_s);
    if (members != u"true"_s && members != u"false"_s)
        throw badParameter(en("members takes true or false."));
    Context& c = context();
    parks::ParkStore store(c.db);
    const auto info = store.park(parkId);
    if (!info)
        throw ApiProblem(404, u"not-found"_s, en("No park %1 in the cache.").arg(parkId));
    if (!regionAllowed(r.key, info->regionCode))
        throw regionForbidden();
    // On a read-only connection the building evidence is built once per worker when the cache has none for
    // its data version (the window or `park report` keep it in the cache).
    const parks::ParkReport report = parks::ParkEngine::report(store, parkId, date);
    QJsonObject out = parks::ParkEngine::toJson(report, members == u"true"_s);
    out.insert(u"data_source"_s, m_dataSource);
    out.insert(u"data_as_of"_s, m_asOf);
    return compact(out);
}

namespace {

// The supply-chain answers are the CLI's own (core/risk/riskjson.h).
using risk::json::invoicesJson;
using risk::json::networkJson;
using risk::json::scoreJson;

QJsonObject alertJson(const risk::Alert& a)
{
    return a.toJson();
}

bool flag(const Params& p, const QString& name)
{
    const QString v = p.value(name, u"false"_s);
    if (v != u"true"_s && v != u"false"_s)
        throw badParameter(en("%1 takes true or false.").arg(name));
    return v == u"true"_s;
}

} // namespace

QByteArray ApiService::risk(const ApiRequest& r, const QString& code, const QString& what) const
{
    const QString uscc = checkedUscc(code);
    const Params p(r.query, what == u"network"_s ? QStringList { u"tiers"_s } : QStringList {});
    const qint32 row = m_engine->rowOfUscc(uscc);
    if (row < 0)
        throw ApiProblem(404, u"not-found"_s, en("No enterprise %1 in the cache.").arg(uscc));
    if (!regionAllowed(r.key, m_engine->row(row).regionCode))
        throw regionForbidden();
    Context& c = context();
    const ReadTransaction tx(c.db);
    try {
        QJsonObject out;
        if (what == u"score"_s)
            out = scoreJson(risk::CreditScore::forEnterprise(c.db, uscc, *m_weights));
        else if (what == u"invoices"_s)
            out = invoicesJson(risk::InvoiceAnalytics(c.db).analyse(uscc));
        else
            out = networkJson(risk::SupplyNetwork(c.db).build(uscc, p.integer(u"tiers"_s, 3, 1, 5)));
        return compact(withMeta(out, m_dataSource, m_asOf));
    } catch (const risk::RiskError& e) {
        throw badParameter(e.message());
    }
}

QByteArray ApiService::alerts(const ApiRequest& r) const
{
    const Params p(r.query, { u"uscc"_s, u"unread"_s, u"open"_s });
    risk::AlertInbox::Filter f;
    f.unreadOnly = flag(p, u"unread"_s);
    f.openOnly = flag(p, u"open"_s);
    if (p.has(u"uscc"_s))
        f.uscc = checkedUscc(p.value(u"uscc"_s));
    const bool limited = r.key && !r.key->regions.isEmpty();
    if (limited && !f.uscc.isEmpty()) {
        const qint32 row = m_engine->rowOfUscc(f.uscc);
        if (row >= 0 && !regionAllowed(r.key, m_engine->row(row).regionCode))
            throw regionForbidden();
    }
    Context& c = context();
    const ReadTransaction tx(c.db);
    QJsonArray out;
    qint64 unread = 0;
    // A cache from before the monitoring tables has no alerts (read-only: no schema step runs here).
    if (c.db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'risk_alerts'") > 0) {
        risk::AlertInbox inbox(c.db);
        for (const risk::Alert& a : inbox.list(f)) {
            // A region-limited key sees the alerts of enterprises in its regions only.
            if (limited) {
                const qint32 row = m_engine->rowOfUscc(a.uscc);
                if (row < 0 || !regionAllowed(r.key, m_engine->row(row).regionCode))
                    continue;
            }
            out.append(alertJson(a));
        }
        if (!limited) {
            unread = inbox.unreadCount();
        } else {
            for (const risk::Alert& a : inbox.list()) {
                const qint32 row = m_engine->rowOfUscc(a.uscc);
                if (!a.read && row >= 0 && regionAllowed(r.key, m_engine->row(row).regionCode))
                    ++unread;
            }
        }
    }
    return compact(
        withMeta(QJsonObject { { u"alerts"_s, out }, { u"unread"_s, unread } }, m_dataSource, m_asOf));
}

} // namespace dj::api
