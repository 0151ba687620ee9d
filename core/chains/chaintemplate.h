#pragma once

#include "core/common/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dj::store {
class Database;
}

namespace dj::chains {

/// A chain template or query that cannot be used; the message names the field and what was expected.
class ChainError : public dj::Error
{
public:
    using Error::Error;
};

/// One segment (环节) of a chain: which enterprises belong to it, by rules a reader can check.
/// An enterprise matches when its GB/T 4754 code starts with one of `classes`, or its name contains one of
/// `nameKeywords`, or its business scope contains one of `scopeKeywords`; and it is dropped when its code
/// starts with one of `excludeClasses` or its name or scope contains one of `excludeKeywords`.
struct Segment
{
    QString id; ///< [a-z0-9_-]+, unique within the chain
    QString name;
    QString stage; ///< upstream, midstream or downstream
    QStringList classes; ///< GB/T 4754 prefixes of 2 to 4 digits
    QStringList nameKeywords;
    QStringList scopeKeywords;
    QStringList excludeKeywords;
    QStringList excludeClasses;
    QString note;
};

/// A supply direction between two segments of the chain (from supplies to).
struct SegmentLink
{
    QString from;
    QString to;
};

/// A chain template: segments upstream → midstream → downstream, versioned, with the sources of the rules.
struct ChainTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ChainTemplate)
public:
    QString id; ///< [a-z0-9_-]+
    QString name; ///< e.g. 集成电路
    QString group; ///< e.g. 先导产业, 支柱产业
    int version = 1;
    QStringList sources;
    QString note;
    QList<Segment> segments;
    QList<SegmentLink> links;
    bool userCopy = false; ///< from the cache (edited or added by the user), not shipped

    /// Index of a segment by id, -1 when absent.
    int segmentIndex(const QString& segmentId) const;

    /// Parses and validates a template file's JSON; throws ChainError naming the bad field.
    static ChainTemplate fromJson(const QByteArray& json);
    static ChainTemplate fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    /// The template as a readable file (keys in a fixed order, one segment rule per line).
    QByteArray toText() const;

    /// Stage names in their order.
    static const QStringList& stages();
    static QString stageLabel(const QString& stage);
};

/// The chain templates: the nine shipped files (resources/chains) with the user's copies from the cache
/// overriding those of the same id and adding new chains.
class ChainTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ChainTemplates)
public:
    /// The shipped templates, in the brief's order (3 leading, then 6 pillar industries).
    static QList<ChainTemplate> shipped();
    /// Shipped overridden/extended by the cache's user copies (a user copy that no longer parses is left
    /// out and its error appended to `problems` when given).
    static QList<ChainTemplate> load(const dj::store::Database& db, QStringList* problems = nullptr);
    /// Finds a chain by id or name (exact), nullptr when absent.
    static const ChainTemplate* find(const QList<ChainTemplate>& chains, const QString& idOrName);
    /// Stores a user copy (validated first; the version is raised above the one it replaces).
    static void save(dj::store::Database& db, ChainTemplate chain);
    /// Removes the user copy (the shipped template, if any, applies again).
    static void revert(dj::store::Database& db, const QString& chainId);
};

} // namespace dj::chains
