#pragma once

#include "core/codes/codetreemodel.h"

namespace dj::codes {

/// Industry picker model: sections → divisions → groups → classes (down to maxLevel, 0..3).
/// CodeRole gives the GB/T 4754 code ("C", "39", "392", "3922"); checkedCodes() fits a filter's `industries`.
class IndustryTreeModel : public CodeTreeModel
{
    Q_OBJECT
public:
    explicit IndustryTreeModel(int maxLevel = 3, QObject* parent = nullptr);

protected:
    QString displayText(const Node& node) const override;
};

} // namespace dj::codes
