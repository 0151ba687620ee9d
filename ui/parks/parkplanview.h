#pragma once

#include "core/parks/parkstore.h"

#include <QColor>
#include <QList>
#include <QPolygonF>
#include <QWidget>

namespace dj::ui {

/// The park drawn from its own geometry (outline, building footprints, internal roads): buildings filled
/// by a figure on a green–yellow–red scale and labelled with their names; click or arrow keys select one.
/// No tiles and no network: what the cache holds, fitted to the widget.
class ParkPlanView : public QWidget
{
    Q_OBJECT
public:
    struct Building
    {
        QString id, label;
        parks::Ring footprint;
        double value = 0; ///< the figure the colour shows
        bool hasValue = false;
    };

    explicit ParkPlanView(QWidget* parent = nullptr);

    void setPark(
        const parks::Ring& boundary, const QList<Building>& buildings, const QList<parks::Ring>& roads);
    /// New values for the colours (same order as setPark's buildings); legend text such as "税收/m²".
    void setValues(const QList<double>& values, const QList<bool>& known, const QString& legend);
    void setSelected(const QString& buildingId);
    QString selected() const { return m_selected; }
    /// The colour a value gets between the lowest and the highest value shown.
    QColor colourFor(double value) const;

signals:
    void buildingClicked(const QString& buildingId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    QSize sizeHint() const override { return { 480, 420 }; }

private:
    QPointF toScreen(const QPointF& lonLat) const;
    QPolygonF screenPolygon(const parks::Ring& ring) const;
    parks::Ring m_boundary;
    QList<Building> m_buildings;
    QList<parks::Ring> m_roads;
    QString m_selected, m_legend;
    double m_min = 0, m_max = 0;
};

} // namespace dj::ui
