#pragma once

#include "core/common/progress.h"
#include "ui/graph/chartdata.h"

#include <QCoreApplication>
#include <QSizeF>

namespace dj::ui {

/// Lays out an ownership chart with well-kept libraries, never a home-made algorithm:
/// Graphviz (libgvc: dot for layered and left-to-right charts, twopi for radial ones) up to kGraphvizLimit
/// nodes, where it is at its best; igraph above that (Sugiyama with the chart's own layers, or
/// Reingold–Tilford circular for radial charts), which stays fast on thousands of nodes where dot takes
/// minutes. Runs on any thread (Graphviz is serialised internally).
class ChartLayout
{
    Q_DECLARE_TR_FUNCTIONS(ChartLayout)
public:
    static constexpr int kGraphvizLimit = 400;

    static ChartLayoutResult run(
        const ChartData& data, const QVector<QSizeF>& boxSizes, const Progress& progress = {});

    static ChartLayoutResult graphviz(const ChartData& data, const QVector<QSizeF>& boxSizes);
    static ChartLayoutResult igraph(const ChartData& data, const QVector<QSizeF>& boxSizes);
};

} // namespace dj::ui
