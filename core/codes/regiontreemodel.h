#pragma once

#include "core/codes/codetreemodel.h"

namespace dj::codes {

/// Region picker model: provinces → prefectures → counties (→ streets when maxLevel is 4).
/// CodeRole gives the shortest prefix that names the region ("32", "3209", "320902", 9-digit streets),
/// so checkedCodes() can be used directly as a filter's `regions` list.
class RegionTreeModel : public CodeTreeModel
{
    Q_OBJECT
public:
    explicit RegionTreeModel(int maxLevel = 3, QObject* parent = nullptr);

    /// The prefix form of a 6-digit code ("320000" → "32", "320900" → "3209"); other codes unchanged.
    static QString prefixOf(const QString& code);
};

} // namespace dj::codes
