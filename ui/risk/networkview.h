#pragma once

#include "core/risk/supplynetwork.h"

#include <QGraphicsView>

namespace dj::ui {

/// The supply network drawn around its chain master: supplier tiers in columns to the left, customer tiers
/// to the right, rivals, partners and investees below; edge width by amount, node colour by current risks
/// (red: a serious kind, amber: others, green: none). Double-click or Enter opens the enterprise.
class NetworkView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit NetworkView(QWidget* parent = nullptr);
    void setNetwork(const risk::SupplyNetwork::Result& network);
    void clear();
    /// The drawing as an image (for the PDF report).
    QImage image(const QSize& maxSize) const;

signals:
    void enterpriseActivated(const QString& uscc);

protected:
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    QString usccAt(const QPoint& pos) const;
};

} // namespace dj::ui
