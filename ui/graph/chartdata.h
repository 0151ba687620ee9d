#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QString>
#include <QVector>

namespace dj::ui {

/// What an ownership chart shows: boxes and arrows, independent of how they are laid out or drawn.
struct ChartData
{
    enum Kind { Enterprise, Person, Other, Cluster };
    struct Node
    {
        quint32 graphNode = 0xFFFFFFFFu; ///< graph::NodeId; cluster nodes carry their parent's id
        QString label;
        QString detail; ///< second line: share, role …
        Kind kind = Enterprise;
        int layer = 0; ///< holders above (negative), holdings below (positive)
        int risk = 0; ///< current risk records (enterprises)
        bool closed = false; ///< 吊销, 注销, 撤销 …
        bool root = false;
        bool inCycle = false;
        bool canExpand = false; ///< has neighbours not shown
        bool canCollapse = false;
        int clusterSize = 0; ///< cluster nodes: how many they stand for
    };
    struct Edge
    {
        int from = 0, to = 0; ///< indices into nodes; from holds to (or relates to)
        QString label;
        bool cycle = false;
        bool dashed = false; ///< role, relation and invoice links
    };
    QVector<Node> nodes;
    QVector<Edge> edges;
    enum class Style { Layered, Radial, LeftToRight } style = Style::Layered;
};

/// Where the layout put things (scene units: pixels at zoom 1).
struct ChartLayoutResult
{
    QVector<QPointF> centers;
    QVector<QPolygonF> edgePaths; ///< per edge; empty → a straight line between the boxes
    QString engine; ///< "graphviz dot", "igraph sugiyama", …
    double ms = 0;
};

} // namespace dj::ui
