#pragma once

#include "core/regional/regionalengine.h"

#include <QWidget>

namespace dj::ui {

/// A Sankey view of the largest flows: investor regions on the left, investee regions on the right, bands
/// as wide as the subscribed capital. Within-region holdings are left out (they are no flow between regions).
class SankeyWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SankeyWidget(QWidget* parent = nullptr);
    void setFlows(const QList<regional::FlowCell>& flows, int maxFlows = 20);
    int flowCount() const { return int(m_flows.size()); }
    QSize sizeHint() const override { return { 720, 560 }; }
    QImage render(const QSize& size);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paint(QPainter& p, const QRect& area);
    QList<regional::FlowCell> m_flows;
};

} // namespace dj::ui
