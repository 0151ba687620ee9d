#pragma once

#include "core/regional/regionalengine.h"

#include <QHash>
#include <QWidget>

namespace dj::ui {

/// The schematic tile-grid of China's provinces (core/regional/tilegridlayout.h): one square per province,
/// no boundaries, squares shaded by a value per province, and the largest enterprise flows between
/// provinces drawn as arrows from square to square (width by capital). Click or Enter picks a province;
/// arrow keys move between squares.
class TileGridWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TileGridWidget(QWidget* parent = nullptr);

    /// Province-level enterprise flows; the largest maxArrows between different provinces are drawn.
    void setFlows(const QList<regional::FlowCell>& flows, int maxArrows = 25);
    /// Shading values per province key ("32") and the legend title.
    void setValues(const QHash<QString, double>& values, const QString& legend);
    /// The province outlined (e.g. the scope's parent); "" none.
    void setHighlighted(const QString& key);
    QString current() const { return m_current; }
    void setCurrent(const QString& key);
    QSize sizeHint() const override { return { 720, 620 }; }
    /// Renders at a fixed size (PDF brief).
    QImage render(const QSize& size);

signals:
    void provinceActivated(const QString& key);
    void currentChanged(const QString& key);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void paint(QPainter& p, const QRect& area);
    QRectF cellRect(const QRect& area, QPoint cell) const;
    QString keyAt(const QPoint& pos) const;
    QList<regional::FlowCell> m_flows;
    QHash<QString, double> m_values;
    QString m_legend;
    QString m_highlighted;
    QString m_current;
    QString m_hover;
};

} // namespace dj::ui
