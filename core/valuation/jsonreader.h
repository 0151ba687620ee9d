#pragma once

#include "core/valuation/validationerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace dj::valuation {

/// Strict reading of one JSON object of a worksheet: each accessor checks type and range and records an
/// Issue naming the field's full path; finish() reports keys nobody asked for (unknown keys are refused).
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    JsonReader(const QJsonObject& object, QString path, QList<Issue>& issues);

    QString pathOf(const QString& key) const;
    static QString indexPath(const QString& arrayPath, qsizetype index);
    bool has(const QString& key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }
    /// Marks keys as known without reading them.
    void known(std::initializer_list<const char*> keys);
    void issue(const QString& key, const QString& reason);

    /// A number in [min, max] (exclusive bounds when asked). Missing: fallback, or an issue when required.
    double number(const QString& key, double fallback, double min, double max, bool required = false);
    std::optional<double> optNumber(const QString& key, double min, double max);
    /// A positive-or-zero integer in [min, max].
    int integer(const QString& key, int fallback, int min, int max, bool required = false);
    QString string(const QString& key, bool required = false);
    QString choice(
        const QString& key, const QStringList& allowed, const QString& fallback, bool required = false);
    bool boolean(const QString& key, bool fallback);
    QDate date(const QString& key, bool required = false);
    QJsonArray array(const QString& key, bool required = false);
    QJsonObject object(const QString& key, bool required = false);
    QStringList stringList(const QString& key);

    /// Records the keys of the object nobody read as unknown.
    void finish();

    /// Reads a JSON value as a number, also accepting "a/b" fraction text (AHP judgements). nullopt if
    /// neither.
    static std::optional<double> ratio(const QJsonValue& v);

private:
    QJsonObject m_object;
    QString m_path;
    QList<Issue>& m_issues;
    QSet<QString> m_seen;
};

} // namespace dj::valuation
