#pragma once

#include "core/fieldwork/fieldworkexchange.h"
#include "core/io/importer.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace dj::store {
class Database;
}

namespace dj::fieldwork {

class FieldWorkStore;

/// Routes the visits and tasks of a bundle import through the field-work merge (history, stable ids,
/// later edit wins per field, deleted records stay deleted) instead of writing them over the rows by id.
/// `dianjing-cli import` and the window's import dialog both use it, so the two paths cannot drift:
///
///     io::ImportOptions options = ...;
///     fieldwork::FieldWorkImport fieldWork(db, io::Importer::inspect(paths, &db, 0), options);
///     io::ImportReport report = io::Importer::run(db, paths, options, progress);
///     if (fieldWork.report()) show(*fieldWork.report());   // added / updated / conflicts
///
/// The sources holding visits or tasks are read and checked in the constructor (a bad file throws
/// FieldWorkError before anything is written), added to options.skip, and merged by options.beforeCommit,
/// inside the import's transaction: a kill or a failure leaves the cache as it was or fully imported.
class FieldWorkImport
{
    Q_DECLARE_TR_FUNCTIONS(FieldWorkImport)
public:
    /// The sources of an inspected bundle that hold visits or tasks: the table the user chose for the
    /// source (options.mappings, by fingerprint) or else the detected one; skipped sources are left out.
    static QList<MergeSource> sources(
        const QList<io::SourcePreview>& previews, const io::ImportOptions& options);

    /// Prepares `options` for an import into `db` (see the class comment). `author` is written into the
    /// history lines of the merge (settings' user name); empty keeps the store's default.
    /// Throws FieldWorkError naming a bad visits or tasks file.
    FieldWorkImport(store::Database& db, const QList<io::SourcePreview>& previews, io::ImportOptions& options,
        const QString& author = {});
    ~FieldWorkImport();
    FieldWorkImport(const FieldWorkImport&) = delete;
    FieldWorkImport& operator=(const FieldWorkImport&) = delete;

    /// True when the bundle holds visits or tasks.
    bool hasFieldWork() const { return !m_sources.isEmpty(); }
    QList<MergeSource> mergeSources() const { return m_sources; }
    /// What the merge did, once the import committed; nullopt when there was nothing to merge (or the
    /// import has not run or was rolled back before the merge).
    std::optional<MergeReport> report() const { return *m_report; }

private:
    QList<MergeSource> m_sources;
    std::shared_ptr<FieldWorkStore> m_store;
    std::shared_ptr<std::optional<MergeReport>> m_report;
};

} // namespace dj::fieldwork
