#include "ui/risk/networkview.h"

#include "core/common/money.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <map>

namespace dj::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr double kColumn = 230;
constexpr double kRow = 34;
constexpr double kWidth = 170;
constexpr double kHeight = 26;
constexpr int kUsccRole = 0;

QColor riskColour(const risk::PartyInfo& p)
{
    if (p.serious)
        return QColor(0xE5, 0x73, 0x73);
    if (p.currentRisks > 0)
        return QColor(0xFF, 0xCC, 0x80);
    return QColor(0xA5, 0xD6, 0xA7);
}

QString shortName(const QString& name)
{
    return name.size() > 11 ? name.left(10) + u"…"_s : name;
}

} // namespace

NetworkView::NetworkView(QWidget* parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Supply network"));
}

void NetworkView::clear()
{
    scene()->clear();
}

void NetworkView::setNetwork(const risk::SupplyNetwork::Result& net)
{
    QGraphicsScene* s = scene();
    s->clear();
    std::map<QString, QPointF> pos;
    auto node = [&](const risk::PartyInfo& p, QPointF at, const QColor& fill, const QString& extra) {
        auto* rect = s->addRect(QRectF(at.x() - kWidth / 2, at.y() - kHeight / 2, kWidth, kHeight),
            QPen(QColor(0x60, 0x60, 0x60)), fill);
        rect->setZValue(2);
        rect->setData(kUsccRole, p.uscc);
        rect->setFlag(QGraphicsItem::ItemIsSelectable);
        QString tip = u"%1\n%2"_s.arg(p.name, p.uscc);
        if (!extra.isEmpty())
            tip += u"\n"_s + extra;
        if (p.currentRisks > 0)
            tip += u"\n"_s
                + tr("%n current risk record(s): %1", nullptr, p.currentRisks).arg(p.riskKinds.join(u"、"_s));
        rect->setToolTip(tip);
        auto* text = s->addSimpleText(shortName(p.name.isEmpty() ? p.uscc : p.name));
        text->setParentItem(rect);
        const QRectF b = text->boundingRect();
        text->setPos(at.x() - b.width() / 2, at.y() - b.height() / 2);
        pos[p.uscc] = at;
    };
    node(net.root, QPointF(0, 0), QColor(0x90, 0xCA, 0xF9), tr("Chain master"));

    double maxAmount = 0;
    for (const auto* list : { &net.suppliers, &net.customers })
        for (const auto& m : *list)
            maxAmount = std::max(maxAmount, m.amount);
    for (const auto* list : { &net.suppliers, &net.customers }) {
        const double dir = list == &net.suppliers ? -1 : 1;
        for (int tier = 1; tier <= net.tiers; ++tier) {
            // order a tier by its parents' positions, so that edges cross little
            std::vector<const risk::SupplyNetwork::Member*> col;
            for (const auto& m : *list)
                if (m.tier == tier)
                    col.push_back(&m);
            std::stable_sort(col.begin(), col.end(),
                [&](const auto* a, const auto* b) { return pos[a->parent].y() < pos[b->parent].y(); });
            const double top = -double(col.size() - 1) * kRow / 2;
            for (size_t i = 0; i < col.size(); ++i) {
                const auto& m = *col[i];
                const QPointF at(dir * tier * kColumn, top + double(i) * kRow);
                node(m.party, at, riskColour(m.party),
                    tr("Tier %1 %2, %3 万元 (%4 % of its parent's)")
                        .arg(tier)
                        .arg(list == &net.suppliers ? tr("supplier") : tr("customer"))
                        .arg(Money::wan(m.amount))
                        .arg(m.share * 100, 0, 'f', 1));
                const QPointF from = pos[m.parent];
                const double w = maxAmount > 0 ? 1 + 7 * m.amount / maxAmount : 1;
                auto* edge = s->addLine(
                    QLineF(from + QPointF(dir * kWidth / 2, 0), at - QPointF(dir * kWidth / 2, 0)),
                    QPen(QColor(0x78, 0x90, 0x9C, 170), w, Qt::SolidLine, Qt::RoundCap));
                edge->setZValue(1);
                edge->setToolTip(tr("%1 万元 in %2").arg(Money::wan(m.amount)).arg(m.amountYear));
            }
        }
    }
    // rivals, partners, investees in a row below
    double y = 0;
    for (const auto& [k, p] : pos)
        y = std::max(y, p.y());
    y = std::max(y, 60.0) + 2 * kRow;
    double x = -kColumn;
    auto below = [&](const risk::PartyInfo& p, const QString& what, Qt::PenStyle style) {
        if (pos.count(p.uscc))
            return;
        node(p, QPointF(x, y), riskColour(p), what);
        auto* line = s->addLine(QLineF(QPointF(0, kHeight / 2), QPointF(x, y - kHeight / 2)),
            QPen(QColor(0x9E, 0x9E, 0x9E), 1, style));
        line->setZValue(0);
        x += kWidth + 20;
        if (x > 2 * kColumn) {
            x = -kColumn;
            y += kRow;
        }
    };
    for (const auto& p : net.rivals)
        below(p.party, tr("Rival"), Qt::DashLine);
    for (const auto& p : net.partners)
        below(p.party, tr("Partner"), Qt::DotLine);
    for (const auto& i : net.investees)
        if (i.level == 1)
            below(i.party, tr("Investee, %1 % held").arg(i.share * 100, 0, 'f', 1), Qt::SolidLine);
    auto* legend
        = s->addSimpleText(tr("← suppliers (tier 1, 2, 3)      customers →      red: serious risk · amber: "
                              "other risk · green: none · edge width: amount"));
    const QRectF all = s->itemsBoundingRect();
    legend->setPos(all.left(), all.top() - 30);
    s->setSceneRect(s->itemsBoundingRect().adjusted(-20, -20, 20, 20));
    fitInView(s->sceneRect(), Qt::KeepAspectRatio);
    if (transform().m11() < 0.45)
        setTransform(QTransform::fromScale(0.45, 0.45));
    centerOn(0, 0);
}

QImage NetworkView::image(const QSize& maxSize) const
{
    const QRectF r = scene()->sceneRect();
    if (r.isEmpty())
        return {};
    QSize size = r.size().toSize().scaled(maxSize, Qt::KeepAspectRatio);
    QImage img(size * 2, QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    scene()->render(&p, QRectF(QPointF(0, 0), QSizeF(size * 2)), r);
    return img;
}

QString NetworkView::usccAt(const QPoint& p) const
{
    for (QGraphicsItem* item : items(p)) {
        for (QGraphicsItem* i = item; i; i = i->parentItem())
            if (!i->data(kUsccRole).toString().isEmpty())
                return i->data(kUsccRole).toString();
    }
    return {};
}

void NetworkView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QString uscc = usccAt(event->position().toPoint());
    if (!uscc.isEmpty())
        emit enterpriseActivated(uscc);
    else
        QGraphicsView::mouseDoubleClickEvent(event);
}

void NetworkView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const auto selected = scene()->selectedItems();
        if (!selected.isEmpty()) {
            emit enterpriseActivated(selected.first()->data(kUsccRole).toString());
            return;
        }
    }
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Minus) {
        const double f = event->key() == Qt::Key_Plus ? 1.2 : 1 / 1.2;
        scale(f, f);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void NetworkView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double f = event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
        scale(f, f);
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace dj::ui
