#pragma once

#include "core/common/progress.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace dj::demo {

struct DemoOptions
{
    qint64 enterprises = 100000; ///< 1,000 … 5,000,000
    quint64 seed = 20240601;
    /// When set, the generator also writes the tender projects it made (CSV `project_key,tender_id`, one
    /// line per notice) to this file, so tests can check the grouping of core/tenders against them.
    QString knownTenderProjectsPath = {};
};

struct DemoSummary
{
    qint64 enterprises = 0;
    qint64 persons = 0;
    QMap<QString, qint64> rows; ///< rows written per bundle table
    double seconds = 0;
};

/// The deterministic demo data set of demo-data.md (same seed and size → identical tables).
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    static constexpr qint64 kMinEnterprises = 1000;
    static constexpr qint64 kMaxEnterprises = 5000000;

    /// Creates (replacing an existing cache, never another file) a cache at path filled with the demo
    /// data set. Throws std::invalid_argument for a size out of range, dj::store::StoreError for a path
    /// that holds another file, dj::Cancelled when the progress was cancelled (the file is then left
    /// half-written; callers who need atomicity generate into a temporary file and rename).
    static DemoSummary generate(
        const QString& cachePath, const DemoOptions& options, const dj::Progress& progress = {});
};

} // namespace dj::demo
