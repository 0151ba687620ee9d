#pragma once

#include "core/hometown/hometownengine.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace dj::ui {

/// The PDF brief for a 恳谈会 (hometown entrepreneurs' meeting): the query, the aggregates, the ranked
/// persons with their score parts and enterprises. ID numbers appear masked only.
class HometownBrief
{
    Q_DECLARE_TR_FUNCTIONS(HometownBrief)
public:
    static QString html(const QString& originName, const QString& targetName, const hometown::Result& result,
        const hometown::Summary& summary, const hometown::Weights& weights, int top = 30);
    /// Throws dj::Error with a message for the user.
    static void writePdf(const QString& path, const QString& html, const QImage& chart);
};

} // namespace dj::ui
