#pragma once

#include "core/demo/demogenerator.h"

#include <QObject>
#include <QString>

class QWidget;

namespace dj::ui {

/// Generates a demo cache without ever leaving a half-written one behind: the data goes into a temporary
/// file next to the target, which replaces the target only when generation succeeded.
class DemoRunner : public QObject
{
    Q_OBJECT
public:
    /// Generates with a modal progress dialog and a Cancel button (the GUI stays responsive).
    /// Returns true when target now holds the new demo cache; false when cancelled or failed (a message
    /// was shown for a failure). An existing file that is not a cache is refused, never replaced.
    static bool runWithProgress(QWidget* parent, const QString& target, const dj::demo::DemoOptions& options);

    /// The same without any window (screenshot mode, scripts). Throws like DemoGenerator::generate.
    static dj::demo::DemoSummary runQuietly(const QString& target, const dj::demo::DemoOptions& options);

    /// Why target may not be written (a directory, a file that is not a cache); empty when it may.
    static QString refusal(const QString& target);

private:
    static QString temporaryPathFor(const QString& target);
    static void replace(const QString& temporary, const QString& target);
    static void removeCacheFiles(const QString& path);
};

} // namespace dj::ui
