#include "ui/graph/chartlayout.h"

#include <QElapsedTimer>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <graphviz/gvc.h>
#include <igraph/igraph.h>
#include <mutex>

namespace dj::ui {

namespace {

constexpr double kPointsPerInch = 72.0;

/// agsafeset takes char*; Graphviz copies the strings.
void set(void* obj, const char* name, const QByteArray& value)
{
    agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value.constData()), const_cast<char*>(""));
}

int maxLayerOf(const ChartData& data, int& minLayer)
{
    int maxLayer = 0;
    minLayer = 0;
    for (const auto& n : data.nodes) {
        maxLayer = std::max(maxLayer, n.layer);
        minLayer = std::min(minLayer, n.layer);
    }
    return maxLayer;
}

} // namespace

ChartLayoutResult ChartLayout::run(
    const ChartData& data, const QVector<QSizeF>& boxSizes, const Progress& progress)
{
    progress.report(0, 2, tr("Laying out %n nodes", nullptr, int(data.nodes.size())));
    QElapsedTimer t;
    t.start();
    ChartLayoutResult r
        = data.nodes.size() <= kGraphvizLimit ? graphviz(data, boxSizes) : igraph(data, boxSizes);
    r.ms = double(t.nsecsElapsed()) / 1e6;
    progress.report(2, 2, tr("Laying out %n nodes", nullptr, int(data.nodes.size())));
    return r;
}

ChartLayoutResult ChartLayout::graphviz(const ChartData& data, const QVector<QSizeF>& boxSizes)
{
    static std::mutex mutex; // Graphviz keeps global state
    std::lock_guard<std::mutex> lock(mutex);
    ChartLayoutResult r;
    const bool radial = data.style == ChartData::Style::Radial;
    r.engine = radial ? QStringLiteral("graphviz twopi") : QStringLiteral("graphviz dot");
    GVC_t* gvc = gvContext();
    Agraph_t* g = agopen(const_cast<char*>("chart"), Agdirected, nullptr);
    set(g, "rankdir", data.style == ChartData::Style::LeftToRight ? "LR" : "TB");
    set(g, "nodesep", "0.25");
    set(g, "ranksep", radial ? "1.6" : data.style == ChartData::Style::LeftToRight ? "1.5" : "0.7");
    set(g, "splines", radial ? "line" : "spline");
    set(g, "overlap", "false");
    std::vector<Agnode_t*> nodes;
    nodes.reserve(size_t(data.nodes.size()));
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        const QByteArray name = "n" + QByteArray::number(i);
        Agnode_t* n = agnode(g, const_cast<char*>(name.constData()), 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "label", "");
        set(n, "width", QByteArray::number(boxSizes[i].width() / kPointsPerInch, 'f', 3));
        set(n, "height", QByteArray::number(boxSizes[i].height() / kPointsPerInch, 'f', 3));
        if (data.nodes[i].root) {
            set(g, "root", name);
        }
        nodes.push_back(n);
    }
    // Layered charts: the chart's layers decide up and down (holders above); edges follow them.
    // An edge against the layers (a cycle closing, a path step towards a holder) is given to dot the other
    // way round, so that it keeps the ranks, and its curve is turned back afterwards.
    std::vector<Agedge_t*> edges;
    std::vector<char> reversed;
    for (qsizetype i = 0; i < data.edges.size(); ++i) {
        const auto& e = data.edges[i];
        const int la = data.nodes[e.from].layer, lb = data.nodes[e.to].layer;
        const bool back = la > lb;
        Agnode_t* a = nodes[size_t(back ? e.to : e.from)];
        Agnode_t* b = nodes[size_t(back ? e.from : e.to)];
        const QByteArray key = "e" + QByteArray::number(i);
        Agedge_t* ed = agedge(g, a, b, const_cast<char*>(key.constData()), 1);
        if (la == lb)
            set(ed, "constraint", "false");
        edges.push_back(ed);
        reversed.push_back(back ? 1 : 0);
    }
    // Same layer, same rank.
    if (data.style == ChartData::Style::Layered) {
        QHash<int, Agraph_t*> ranks;
        for (qsizetype i = 0; i < data.nodes.size(); ++i) {
            const int layer = data.nodes[i].layer;
            Agraph_t*& sub = ranks[layer];
            if (!sub) {
                const QByteArray sname = "rank" + QByteArray::number(layer + 100000);
                sub = agsubg(g, const_cast<char*>(sname.constData()), 1);
                set(sub, "rank", "same");
            }
            agsubnode(sub, nodes[size_t(i)], 1);
        }
    }
    gvLayout(gvc, g, radial ? "twopi" : "dot");
    const double height = GD_bb(g).UR.y;
    r.centers.resize(data.nodes.size());
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        const pointf p = ND_coord(nodes[size_t(i)]);
        r.centers[i] = QPointF(p.x, height - p.y);
    }
    r.edgePaths.resize(data.edges.size());
    for (qsizetype i = 0; i < data.edges.size(); ++i) {
        const splines* spl = ED_spl(edges[size_t(i)]);
        if (!spl || spl->size < 1)
            continue;
        const bezier& bz = spl->list[0];
        QPolygonF poly;
        for (int k = 0; k < bz.size; ++k)
            poly << QPointF(bz.list[k].x, height - bz.list[k].y);
        if (reversed[size_t(i)]) {
            // the curve without dot's arrow end, run from the holder's side
            std::reverse(poly.begin(), poly.end());
        } else if (bz.eflag) {
            poly << QPointF(bz.ep.x, height - bz.ep.y);
        }
        r.edgePaths[i] = poly;
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    gvFreeContext(gvc);
    return r;
}

ChartLayoutResult ChartLayout::igraph(const ChartData& data, const QVector<QSizeF>& boxSizes)
{
    ChartLayoutResult r;
    const igraph_integer_t n = igraph_integer_t(data.nodes.size());
    igraph_vector_int_t edges;
    igraph_vector_int_init(&edges, 2 * data.edges.size());
    for (qsizetype i = 0; i < data.edges.size(); ++i) {
        VECTOR(edges)[2 * i] = data.edges[i].from;
        VECTOR(edges)[2 * i + 1] = data.edges[i].to;
    }
    igraph_t g;
    igraph_create(&g, &edges, n, IGRAPH_DIRECTED);
    igraph_vector_int_destroy(&edges);
    igraph_matrix_t res;
    igraph_matrix_init(&res, 0, 0);
    double maxW = 60, maxH = 30;
    for (const QSizeF& s : boxSizes) {
        maxW = std::max(maxW, s.width());
        maxH = std::max(maxH, s.height());
    }
    r.centers.resize(data.nodes.size());
    if (data.style == ChartData::Style::Radial) {
        r.engine = QStringLiteral("igraph reingold-tilford circular");
        igraph_vector_int_t roots;
        igraph_vector_int_init(&roots, 1);
        VECTOR(roots)[0] = 0;
        for (qsizetype i = 0; i < data.nodes.size(); ++i)
            if (data.nodes[i].root)
                VECTOR(roots)[0] = i;
        igraph_layout_reingold_tilford_circular(&g, &res, IGRAPH_ALL, &roots, nullptr);
        igraph_vector_int_destroy(&roots);
        // Unit circle per level: spread so that the outer ring has room for its boxes.
        const double ring = std::max(maxW * 1.2, maxH * 4);
        const double scale = std::max(ring, double(n) * (maxH + 8) / (2 * M_PI) / 4);
        for (igraph_integer_t i = 0; i < n; ++i)
            r.centers[i] = QPointF(MATRIX(res, i, 0) * scale, MATRIX(res, i, 1) * scale);
    } else {
        r.engine = QStringLiteral("igraph sugiyama");
        int minLayer = 0;
        maxLayerOf(data, minLayer);
        igraph_vector_int_t layers;
        igraph_vector_int_init(&layers, n);
        for (igraph_integer_t i = 0; i < n; ++i)
            VECTOR(layers)[i] = data.nodes[i].layer - minLayer;
        igraph_layout_sugiyama(&g, &res, nullptr, nullptr, &layers, 1.0, 1.0, 40, nullptr);
        igraph_vector_int_destroy(&layers);
        const bool lr = data.style == ChartData::Style::LeftToRight;
        for (igraph_integer_t i = 0; i < n; ++i) {
            const double x = MATRIX(res, i, 0) * (maxW + 16);
            const double y = MATRIX(res, i, 1) * (maxH + 70);
            r.centers[i] = lr ? QPointF(y, x) : QPointF(x, y);
        }
    }
    igraph_matrix_destroy(&res);
    igraph_destroy(&g);
    r.edgePaths.resize(data.edges.size());
    return r;
}

} // namespace dj::ui
