#include "core/fieldwork/fieldworkimport.h"

#include "core/fieldwork/fieldworkstore.h"

namespace dj::fieldwork {

QList<MergeSource> FieldWorkImport::sources(
    const QList<io::SourcePreview>& previews, const io::ImportOptions& options)
{
    QList<MergeSource> out;
    for (const io::SourcePreview& source : previews) {
        if (options.skip.contains(source.fingerprint))
            continue;
        const auto chosen = options.mappings.constFind(source.fingerprint);
        const QString table = chosen != options.mappings.cend() ? chosen->table : source.table;
        if (table != u"visits" && table != u"tasks")
            continue;
        out << MergeSource { source.path, source.sheet,
            table == u"visits" ? RecordKind::Visit : RecordKind::Task };
    }
    return out;
}

FieldWorkImport::FieldWorkImport(store::Database& db, const QList<io::SourcePreview>& previews,
    io::ImportOptions& options, const QString& author)
    : m_report(std::make_shared<std::optional<MergeReport>>())
{
    m_sources = sources(previews, options);
    if (m_sources.isEmpty())
        return;
    // Read and checked before anything is imported, so that a bad visits file refuses the whole run.
    FieldWorkExchange::check(m_sources);
    for (const io::SourcePreview& source : previews) {
        const auto chosen = options.mappings.constFind(source.fingerprint);
        const QString table = chosen != options.mappings.cend() ? chosen->table : source.table;
        if (table == u"visits" || table == u"tasks")
            options.skip.insert(source.fingerprint);
    }
    // Made here, not in the transaction: it sets synchronous=FULL, which is not allowed inside one.
    m_store = std::make_shared<FieldWorkStore>(db);
    if (!author.isEmpty())
        m_store->setAuthor(author);
    auto store = m_store;
    auto report = m_report;
    auto sources = m_sources;
    auto previous = std::move(options.beforeCommit);
    options.beforeCommit = [store, report, sources, previous](store::Database& database) {
        if (previous)
            previous(database);
        *report = FieldWorkExchange::merge(*store, sources);
    };
}

FieldWorkImport::~FieldWorkImport() = default;

} // namespace dj::fieldwork
