#pragma once

#include "core/map/overlay.h"

#include <QList>

namespace dj::store {
class Database;
}

namespace dj::map {

/// The cache's map_overlays table (schema v2): user shapes saved with the data they were drawn over.
namespace OverlayStore {

/// Every shape in id order. Rows whose geometry is not valid GeoJSON are skipped and counted in bad.
QList<Overlay> load(const store::Database& db, qint64* bad = nullptr);
/// Inserts or replaces the shape with its id (id 0: a new id is assigned and returned).
qint64 put(store::Database& db, const Overlay& overlay);
void remove(store::Database& db, qint64 id);

} // namespace OverlayStore

} // namespace dj::map
