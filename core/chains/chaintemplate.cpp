#include "core/chains/chaintemplate.h"

#include "core/store/chainreads.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

static void initChainResources()
{
    Q_INIT_RESOURCE(dj_chains_templates);
}

namespace dj::chains {

using namespace Qt::StringLiterals;

namespace {

const char* const kShipped[]
    = { "ic", "biomed", "ai", "electronics", "auto", "petrochem", "steel", "equipment", "biomanufacturing" };

bool isId(const QString& s)
{
    static const QRegularExpression re(u"^[a-z0-9_-]{1,40}$"_s);
    return re.match(s).hasMatch();
}

QString requiredText(const QJsonObject& o, const QString& key, const QString& where)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        throw ChainError(ChainTemplate::tr("%1: \"%2\" must be a non-empty text.").arg(where, key));
    return v.toString().trimmed();
}

QStringList textList(const QJsonObject& o, const QString& key, const QString& where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        throw ChainError(ChainTemplate::tr("%1: \"%2\" must be a list of texts.").arg(where, key));
    QStringList out;
    for (const QJsonValue& x : v.toArray()) {
        if (!x.isString() || x.toString().trimmed().isEmpty())
            throw ChainError(
                ChainTemplate::tr("%1: \"%2\" must be a list of non-empty texts.").arg(where, key));
        out << x.toString().trimmed();
    }
    return out;
}

QStringList classList(const QJsonObject& o, const QString& key, const QString& where)
{
    const QStringList list = textList(o, key, where);
    static const QRegularExpression re(u"^[0-9]{2,4}$"_s);
    for (const QString& c : list) {
        if (!re.match(c).hasMatch())
            throw ChainError(
                ChainTemplate::tr("%1: \"%2\" holds \"%3\", not a GB/T 4754 code of 2 to 4 digits.")
                    .arg(where, key, c));
    }
    return list;
}

void checkKeys(const QJsonObject& o, const QStringList& allowed, const QString& where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            throw ChainError(ChainTemplate::tr("%1: unknown key \"%2\".").arg(where, it.key()));
    }
}

} // namespace

int ChainTemplate::segmentIndex(const QString& segmentId) const
{
    for (int i = 0; i < segments.size(); ++i) {
        if (segments[i].id == segmentId)
            return i;
    }
    return -1;
}

const QStringList& ChainTemplate::stages()
{
    static const QStringList s { u"upstream"_s, u"midstream"_s, u"downstream"_s };
    return s;
}

QString ChainTemplate::stageLabel(const QString& stage)
{
    if (stage == u"upstream"_s)
        return tr("Upstream");
    if (stage == u"midstream"_s)
        return tr("Midstream");
    return tr("Downstream");
}

ChainTemplate ChainTemplate::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        throw ChainError(tr("The chain template is not a JSON object: %1").arg(error.errorString()));
    return fromJson(doc.object());
}

ChainTemplate ChainTemplate::fromJson(const QJsonObject& o)
{
    const QString top = tr("Chain template");
    checkKeys(o,
        { u"format"_s, u"version"_s, u"id"_s, u"name"_s, u"group"_s, u"sources"_s, u"note"_s, u"segments"_s,
            u"links"_s },
        top);
    if (o.contains(u"format"_s) && o.value(u"format"_s).toString() != u"dianjing-chain"_s)
        throw ChainError(tr("%1: \"format\" must be \"dianjing-chain\".").arg(top));
    ChainTemplate c;
    c.id = requiredText(o, u"id"_s, top);
    if (!isId(c.id))
        throw ChainError(tr("%1: \"id\" must be 1 to 40 of a-z, 0-9, _ and -.").arg(top));
    const QString where = tr("Chain %1").arg(c.id);
    c.name = requiredText(o, u"name"_s, where);
    c.group = o.value(u"group"_s).toString();
    const QJsonValue version = o.value(u"version"_s);
    if (!version.isUndefined()) {
        if (!version.isDouble() || version.toDouble() < 1
            || version.toDouble() != std::floor(version.toDouble()))
            throw ChainError(tr("%1: \"version\" must be a whole number from 1.").arg(where));
        c.version = version.toInt();
    }
    c.sources = textList(o, u"sources"_s, where);
    c.note = o.value(u"note"_s).toString();
    const QJsonValue segs = o.value(u"segments"_s);
    if (!segs.isArray() || segs.toArray().isEmpty())
        throw ChainError(tr("%1: \"segments\" must be a non-empty list.").arg(where));
    if (segs.toArray().size() > 64)
        throw ChainError(tr("%1: at most 64 segments.").arg(where));
    QSet<QString> ids;
    for (const QJsonValue& sv : segs.toArray()) {
        if (!sv.isObject())
            throw ChainError(tr("%1: every segment must be a JSON object.").arg(where));
        const QJsonObject so = sv.toObject();
        Segment s;
        s.id = requiredText(so, u"id"_s, where);
        const QString swhere = tr("Segment %1 of chain %2").arg(s.id, c.id);
        checkKeys(so,
            { u"id"_s, u"name"_s, u"stage"_s, u"classes"_s, u"name_keywords"_s, u"scope_keywords"_s,
                u"exclude_keywords"_s, u"exclude_classes"_s, u"note"_s },
            swhere);
        if (!isId(s.id))
            throw ChainError(tr("%1: \"id\" must be 1 to 40 of a-z, 0-9, _ and -.").arg(swhere));
        if (ids.contains(s.id))
            throw ChainError(tr("%1: the id is used twice.").arg(swhere));
        ids.insert(s.id);
        s.name = requiredText(so, u"name"_s, swhere);
        s.stage = requiredText(so, u"stage"_s, swhere);
        if (!stages().contains(s.stage))
            throw ChainError(tr("%1: \"stage\" must be upstream, midstream or downstream.").arg(swhere));
        s.classes = classList(so, u"classes"_s, swhere);
        s.excludeClasses = classList(so, u"exclude_classes"_s, swhere);
        s.nameKeywords = textList(so, u"name_keywords"_s, swhere);
        s.scopeKeywords = textList(so, u"scope_keywords"_s, swhere);
        s.excludeKeywords = textList(so, u"exclude_keywords"_s, swhere);
        s.note = so.value(u"note"_s).toString();
        if (s.classes.isEmpty() && s.nameKeywords.isEmpty() && s.scopeKeywords.isEmpty())
            throw ChainError(tr("%1: needs at least one class or keyword.").arg(swhere));
        c.segments.append(s);
    }
    const QJsonValue links = o.value(u"links"_s);
    if (!links.isUndefined()) {
        if (!links.isArray())
            throw ChainError(tr("%1: \"links\" must be a list.").arg(where));
        for (const QJsonValue& lv : links.toArray()) {
            const QJsonObject lo = lv.toObject();
            const SegmentLink l { lo.value(u"from"_s).toString(), lo.value(u"to"_s).toString() };
            if (!ids.contains(l.from) || !ids.contains(l.to) || l.from == l.to)
                throw ChainError(
                    tr("%1: a link must join two different segments of the chain (from \"%2\" to "
                       "\"%3\").")
                        .arg(where, l.from, l.to));
            c.links.append(l);
        }
    }
    return c;
}

QJsonObject ChainTemplate::toJson() const
{
    QJsonArray segs;
    for (const Segment& s : segments) {
        QJsonObject so { { u"id"_s, s.id }, { u"name"_s, s.name }, { u"stage"_s, s.stage },
            { u"classes"_s, QJsonArray::fromStringList(s.classes) },
            { u"name_keywords"_s, QJsonArray::fromStringList(s.nameKeywords) },
            { u"scope_keywords"_s, QJsonArray::fromStringList(s.scopeKeywords) },
            { u"exclude_keywords"_s, QJsonArray::fromStringList(s.excludeKeywords) },
            { u"exclude_classes"_s, QJsonArray::fromStringList(s.excludeClasses) } };
        if (!s.note.isEmpty())
            so.insert(u"note"_s, s.note);
        segs.append(so);
    }
    QJsonArray ls;
    for (const SegmentLink& l : links)
        ls.append(QJsonObject { { u"from"_s, l.from }, { u"to"_s, l.to } });
    return QJsonObject { { u"format"_s, u"dianjing-chain"_s }, { u"version"_s, version }, { u"id"_s, id },
        { u"name"_s, name }, { u"group"_s, group }, { u"sources"_s, QJsonArray::fromStringList(sources) },
        { u"note"_s, note }, { u"segments"_s, segs }, { u"links"_s, ls } };
}

QByteArray ChainTemplate::toText() const
{
    auto value = [](const QJsonValue& v) {
        QByteArray text = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
        return text.mid(1, text.size() - 2); // the value alone, compact
    };
    auto list = [&value](const QStringList& l) { return value(QJsonArray::fromStringList(l)); };
    QByteArray out = "{\n";
    out += "  \"format\": \"dianjing-chain\",\n";
    out += "  \"version\": " + QByteArray::number(version) + ",\n";
    out += "  \"id\": " + value(id) + ",\n";
    out += "  \"name\": " + value(name) + ",\n";
    out += "  \"group\": " + value(group) + ",\n";
    out += "  \"sources\": [\n";
    for (int i = 0; i < sources.size(); ++i)
        out += "    " + value(sources[i]) + (i + 1 < sources.size() ? ",\n" : "\n");
    out += "  ],\n";
    out += "  \"note\": " + value(note) + ",\n";
    out += "  \"segments\": [\n";
    for (int i = 0; i < segments.size(); ++i) {
        const Segment& s = segments[i];
        out += "    {\n";
        out += "      \"id\": " + value(s.id) + ",\n";
        out += "      \"name\": " + value(s.name) + ",\n";
        out += "      \"stage\": " + value(s.stage) + ",\n";
        out += "      \"classes\": " + list(s.classes) + ",\n";
        out += "      \"name_keywords\": " + list(s.nameKeywords) + ",\n";
        out += "      \"scope_keywords\": " + list(s.scopeKeywords) + ",\n";
        out += "      \"exclude_keywords\": " + list(s.excludeKeywords) + ",\n";
        out += "      \"exclude_classes\": " + list(s.excludeClasses);
        if (!s.note.isEmpty())
            out += ",\n      \"note\": " + value(s.note);
        out += i + 1 < segments.size() ? "\n    },\n" : "\n    }\n";
    }
    out += "  ],\n";
    out += "  \"links\": [\n";
    for (int i = 0; i < links.size(); ++i)
        out += "    { \"from\": " + value(links[i].from) + ", \"to\": " + value(links[i].to) + " }"
            + (i + 1 < links.size() ? ",\n" : "\n");
    out += "  ]\n}\n";
    return out;
}

QList<ChainTemplate> ChainTemplates::shipped()
{
    static const QList<ChainTemplate> chains = [] {
        initChainResources();
        QList<ChainTemplate> out;
        for (const char* id : kShipped) {
            QFile f(u":/dj/chains/"_s + QLatin1String(id) + u".json"_s);
            if (!f.open(QIODevice::ReadOnly))
                throw ChainError(tr("The shipped chain template %1 is missing.").arg(QLatin1String(id)));
            out.append(ChainTemplate::fromJson(f.readAll()));
        }
        return out;
    }();
    return chains;
}

QList<ChainTemplate> ChainTemplates::load(const dj::store::Database& db, QStringList* problems)
{
    QList<ChainTemplate> out = shipped();
    for (const dj::store::ChainTemplateRow& row : dj::store::ChainReads(db).templates()) {
        ChainTemplate c;
        try {
            c = ChainTemplate::fromJson(row.json.toUtf8());
        } catch (const ChainError& e) {
            if (problems)
                problems->append(e.message());
            continue;
        }
        c.id = row.chainId;
        c.version = row.version;
        c.userCopy = true;
        bool replaced = false;
        for (ChainTemplate& s : out) {
            if (s.id == c.id) {
                s = c;
                replaced = true;
            }
        }
        if (!replaced)
            out.append(c);
    }
    return out;
}

const ChainTemplate* ChainTemplates::find(const QList<ChainTemplate>& chains, const QString& idOrName)
{
    for (const ChainTemplate& c : chains) {
        if (c.id == idOrName || c.name == idOrName)
            return &c;
    }
    return nullptr;
}

void ChainTemplates::save(dj::store::Database& db, ChainTemplate chain)
{
    const ChainTemplate checked = ChainTemplate::fromJson(chain.toJson()); // validates
    int previous = 0;
    for (const ChainTemplate& c : load(db)) {
        if (c.id == checked.id)
            previous = c.version;
    }
    chain.version = std::max(chain.version, previous + 1);
    dj::store::ChainWrites(db).saveTemplate(
        { chain.id, QString::fromUtf8(chain.toText()), chain.version, {} });
}

void ChainTemplates::revert(dj::store::Database& db, const QString& chainId)
{
    dj::store::ChainWrites(db).removeTemplate(chainId);
}

} // namespace dj::chains
