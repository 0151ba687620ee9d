#include "ui/graph/graphtext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace dj::ui {

QString GraphText::percent(double share, int decimals)
{
    return QLocale::c().toString(share * 100, 'f', decimals) + u'%';
}

QString GraphText::kind(graph::NodeKind kind)
{
    switch (kind) {
    case graph::NodeKind::Enterprise:
        return tr("Enterprise");
    case graph::NodeKind::Person:
        return tr("Natural person");
    case graph::NodeKind::Other:
        break;
    }
    return tr("Other holder");
}

ChartData::Kind GraphText::chartKind(graph::NodeKind kind)
{
    switch (kind) {
    case graph::NodeKind::Enterprise:
        return ChartData::Enterprise;
    case graph::NodeKind::Person:
        return ChartData::Person;
    case graph::NodeKind::Other:
        break;
    }
    return ChartData::Other;
}

QString GraphText::basis(graph::BeneficialOwners::Basis basis)
{
    switch (basis) {
    case graph::BeneficialOwners::Basis::Ownership:
        return tr("Ownership ≥ 25%");
    case graph::BeneficialOwners::Basis::Control:
        return tr("Control");
    case graph::BeneficialOwners::Basis::SeniorManager:
        break;
    }
    return tr("Senior manager");
}

QString GraphText::reason(graph::ControlAnalysis::Reason reason)
{
    switch (reason) {
    case graph::ControlAnalysis::Reason::Absolute:
        return tr("Absolute control");
    case graph::ControlAnalysis::Reason::Relative:
        return tr("Relative control");
    case graph::ControlAnalysis::Reason::None:
        break;
    }
    return tr("No actual controller");
}

bool GraphText::closedStatus(const QString& status)
{
    return status == u"吊销"_s || status == u"注销"_s || status == u"撤销"_s || status == u"清算"_s
        || status == u"歇业"_s;
}

QString GraphText::chain(const graph::OwnershipGraph& g, const std::vector<graph::NodeId>& nodes,
    const std::vector<double>& shares)
{
    QString out;
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (i > 0)
            out += QStringLiteral(" →(%1) ").arg(i - 1 < shares.size() ? percent(shares[i - 1]) : QString());
        out += g.name(nodes[i]);
    }
    return out;
}

ChartData::Node GraphText::node(const graph::OwnershipGraph& g, graph::NodeId n, int layer)
{
    ChartData::Node c;
    c.graphNode = n;
    c.label = g.name(n);
    if (c.label.isEmpty())
        c.label = g.key(n);
    c.kind = chartKind(g.kind(n));
    c.layer = layer;
    c.closed = closedStatus(g.status(n));
    return c;
}

} // namespace dj::ui
