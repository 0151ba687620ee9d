#pragma once

#include "core/chains/chainengine.h"

#include <QWidget>

namespace dj::ui {

/// The chain drawn as a segment diagram: columns upstream → midstream → downstream, one box per segment
/// coloured by the region's gap class and sized by its revenue, arrows for the template's links. Click or
/// arrow keys + Enter select a segment.
class ChainDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit ChainDiagram(QWidget* parent = nullptr);

    void setMap(const chains::ChainMap& map, const chains::ChainTemplate& chain);
    void clear();
    void setSelected(int segment);
    int selected() const { return m_selected; }
    /// Colour of a gap class (also used for the legend and the report).
    static QColor classColor(const QString& gapClass);
    static QString classLabel(const QString& gapClass);
    /// Renders the diagram at the given size (for the PDF report).
    QImage image(const QSize& size) const;

    QSize sizeHint() const override { return { 640, 360 }; }
    QSize minimumSizeHint() const override { return { 320, 200 }; }

signals:
    void segmentActivated(int segment);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QList<QRectF> layout(const QSizeF& size) const;
    void paint(QPainter& p, const QSizeF& size) const;

    chains::ChainMap m_map;
    chains::ChainTemplate m_chain;
    bool m_hasMap = false;
    int m_selected = -1;
};

} // namespace dj::ui
