#pragma once

#include "core/search/filter.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

namespace dj::server {

class PgConnection;

/// The search filter contract (shared/spec/cli.md, core/search/filter.h) answered by the team server:
/// one SQL statement per filter, its values always bound parameters ($n), never spliced from user text.
/// Region prefixes also bind the provinces they lie in, so that only those partitions are read.
///
/// `text` is the Chinese substring of name, former names and scope; pinyin matching (Latin-only text)
/// needs the laptop's index and is refused here with a ServerError.
class ServerSearch
{
    Q_DECLARE_TR_FUNCTIONS(ServerSearch)
public:
    struct Statement
    {
        QString sql;
        QVariantList params;
    };
    /// The statement selecting the matching enterprises (`what`: the select list, e.g. "count(*)" or
    /// "e.uscc"), without ORDER BY/LIMIT. Throws ServerError for what the server cannot answer.
    static Statement build(const search::Filter& filter, const QString& what, const QDate& today);

    /// Number of matching enterprises.
    static qint64 count(PgConnection& db, const search::Filter& filter, const QDate& today);
    /// USCCs of matching enterprises, ordered by latest revenue (desc, no value last) then USCC.
    static QStringList usccs(
        PgConnection& db, const search::Filter& filter, const QDate& today, int limit, int offset = 0);

    struct Page
    {
        qint64 total = 0;
        QStringList usccs;
    };
    /// The count and a page (as usccs()) in one statement: the matches are found once, not twice.
    static Page page(
        PgConnection& db, const search::Filter& filter, const QDate& today, int limit, int offset = 0);
};

} // namespace dj::server
