#pragma once

#include <QString>

namespace dj {

/// Installs the workstation's translations (every module's .qm) and Qt's own for language, e.g.
/// "zh_CN" or "en". Returns the number of catalogues loaded. English needs none: sources are English.
int installTranslations(const QString& language);

} // namespace dj
