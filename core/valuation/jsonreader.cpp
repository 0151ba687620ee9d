#include "core/valuation/jsonreader.h"

#include <cmath>

namespace dj::valuation {

JsonReader::JsonReader(const QJsonObject& object, QString path, QList<Issue>& issues)
    : m_object(object)
    , m_path(std::move(path))
    , m_issues(issues)
{
}

QString JsonReader::pathOf(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString JsonReader::indexPath(const QString& arrayPath, qsizetype index)
{
    return arrayPath + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void JsonReader::known(std::initializer_list<const char*> keys)
{
    for (const char* k : keys)
        m_seen.insert(QString::fromLatin1(k));
}

void JsonReader::issue(const QString& key, const QString& reason)
{
    m_issues.append({ pathOf(key), reason });
}

static QString rangeText(double min, double max)
{
    if (std::isinf(max))
        return QCoreApplication::translate("dj::valuation::JsonReader", "a number ≥ %1").arg(min);
    return QCoreApplication::translate("dj::valuation::JsonReader", "a number from %1 to %2")
        .arg(min)
        .arg(max);
}

double JsonReader::number(const QString& key, double fallback, double min, double max, bool required)
{
    m_seen.insert(key);
    if (!has(key)) {
        if (required)
            issue(key, tr("missing; expected %1").arg(rangeText(min, max)));
        return fallback;
    }
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble()) {
        issue(key,
            tr("expected %1, found %2")
                .arg(rangeText(min, max), v.isString() ? tr("text") : tr("another type")));
        return fallback;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < min || d > max) {
        issue(key, tr("%1 is out of range; expected %2").arg(d).arg(rangeText(min, max)));
        return fallback;
    }
    return d;
}

std::optional<double> JsonReader::optNumber(const QString& key, double min, double max)
{
    m_seen.insert(key);
    if (!has(key))
        return std::nullopt;
    const qsizetype before = m_issues.size();
    const double d = number(key, 0, min, max);
    if (m_issues.size() != before)
        return std::nullopt;
    return d;
}

int JsonReader::integer(const QString& key, int fallback, int min, int max, bool required)
{
    m_seen.insert(key);
    if (!has(key)) {
        if (required)
            issue(key, tr("missing; expected a whole number from %1 to %2").arg(min).arg(max));
        return fallback;
    }
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d || d < min || d > max) {
        issue(key, tr("expected a whole number from %1 to %2").arg(min).arg(max));
        return fallback;
    }
    return int(d);
}

QString JsonReader::string(const QString& key, bool required)
{
    m_seen.insert(key);
    if (!has(key)) {
        if (required)
            issue(key, tr("missing; expected text"));
        return {};
    }
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        issue(key, tr("expected text"));
        return {};
    }
    if (required && v.toString().trimmed().isEmpty())
        issue(key, tr("must not be empty"));
    return v.toString();
}

QString JsonReader::choice(
    const QString& key, const QStringList& allowed, const QString& fallback, bool required)
{
    m_seen.insert(key);
    if (!has(key)) {
        if (required)
            issue(key, tr("missing; expected one of %1").arg(allowed.join(QLatin1String(", "))));
        return fallback;
    }
    const QJsonValue v = m_object.value(key);
    if (!v.isString() || !allowed.contains(v.toString())) {
        issue(key, tr("expected one of %1").arg(allowed.join(QLatin1String(", "))));
        return fallback;
    }
    return v.toString();
}

bool JsonReader::boolean(const QString& key, bool fallback)
{
    m_seen.insert(key);
    if (!has(key))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        issue(key, tr("expected true or false"));
        return fallback;
    }
    return v.toBool();
}

QDate JsonReader::date(const QString& key, bool required)
{
    m_seen.insert(key);
    if (!has(key)) {
        if (required)
            issue(key, tr("missing; expected a date YYYY-MM-DD"));
        return {};
    }
    const QJsonValue v = m_object.value(key);
    const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
    if (!d.isValid() || v.toString().size() != 10) {
        issue(key, tr("expected a date YYYY-MM-DD"));
        return {};
    }
    return d;
}

QJsonArray JsonReader::array(const QString& key, bool required)
{
    m_seen.insert(key);
    if (!has(key)) {
        if (required)
            issue(key, tr("missing; expected a list"));
        return {};
    }
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        issue(key, tr("expected a list"));
        return {};
    }
    return v.toArray();
}

QJsonObject JsonReader::object(const QString& key, bool required)
{
    m_seen.insert(key);
    if (!has(key)) {
        if (required)
            issue(key, tr("missing; expected an object"));
        return {};
    }
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        issue(key, tr("expected an object"));
        return {};
    }
    return v.toObject();
}

QStringList JsonReader::stringList(const QString& key)
{
    QStringList out;
    const QJsonArray a = array(key);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString())
            m_issues.append({ indexPath(pathOf(key), i), tr("expected text") });
        else
            out << a.at(i).toString();
    }
    return out;
}

void JsonReader::finish()
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_seen.contains(it.key()))
            m_issues.append({ pathOf(it.key()), tr("unknown key") });
    }
}

std::optional<double> JsonReader::ratio(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble();
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString().trimmed();
    const qsizetype slash = s.indexOf(QLatin1Char('/'));
    bool ok1 = false, ok2 = false;
    if (slash < 0) {
        const double d = s.toDouble(&ok1);
        return ok1 ? std::optional<double>(d) : std::nullopt;
    }
    const double a = s.left(slash).trimmed().toDouble(&ok1);
    const double b = s.mid(slash + 1).trimmed().toDouble(&ok2);
    if (!ok1 || !ok2 || b == 0)
        return std::nullopt;
    return a / b;
}

} // namespace dj::valuation
