#include "ui/common/flowlayout.h"

#include <QWidget>
#include <catch2/catch.hpp>

using dj::ui::FlowLayout;

namespace {
QWidget* fixedBox(QWidget* parent, int w, int h)
{
    auto* box = new QWidget(parent);
    box->setFixedSize(w, h);
    return box;
}
} // namespace

TEST_CASE("Flow layout wraps items and grows in height as it narrows", "[ui][flowlayout]")
{
    QWidget host;
    auto* flow = new FlowLayout(&host, 4, 2);
    flow->setContentsMargins(0, 0, 0, 0);
    QList<QWidget*> boxes;
    const int widths[] = { 100, 60, 140, 80, 100, 30 };
    for (int w : widths) {
        boxes << fixedBox(&host, w, 20);
        flow->addWidget(boxes.back());
    }
    REQUIRE(flow->count() == 6);

    // As narrow as the widest item; one line wide: all items plus the spacing between them.
    CHECK(flow->minimumSize().width() == 140);
    CHECK(flow->sizeHint().width() == 100 + 60 + 140 + 80 + 100 + 30 + 5 * 4);
    CHECK(flow->heightForWidth(flow->sizeHint().width()) == 20);
    CHECK(flow->heightForWidth(140) == 5 * 20 + 4 * 2); // 100 | 60 | 140 | 80 | 100+30
    CHECK(flow->heightForWidth(300) == 3 * 20 + 2 * 2); // 100+60 | 140+80 | 100+30

    host.resize(300, flow->heightForWidth(300));
    flow->setGeometry(QRect(0, 0, 300, flow->heightForWidth(300)));
    CHECK(boxes[0]->geometry() == QRect(0, 0, 100, 20));
    CHECK(boxes[1]->geometry() == QRect(104, 0, 60, 20));
    CHECK(boxes[2]->geometry() == QRect(0, 22, 140, 20));
    CHECK(boxes[3]->geometry() == QRect(144, 22, 80, 20));
    CHECK(boxes[4]->geometry() == QRect(0, 44, 100, 20));
    CHECK(boxes[5]->geometry() == QRect(104, 44, 30, 20));
    // Nothing overlaps and nothing leaves the rectangle.
    for (int i = 0; i < boxes.size(); ++i) {
        CHECK(QRect(0, 0, 300, 64).contains(boxes[i]->geometry()));
        for (int j = i + 1; j < boxes.size(); ++j)
            CHECK_FALSE(boxes[i]->geometry().intersects(boxes[j]->geometry()));
    }

    // Hidden items take no room; taking an item out leaves the others.
    boxes[2]->hide();
    CHECK(flow->minimumSize().width() == 100);
    QLayoutItem* taken = flow->takeAt(0);
    REQUIRE(taken);
    CHECK(taken->widget() == boxes[0]);
    delete taken;
    CHECK(flow->count() == 5);
    CHECK(flow->takeAt(17) == nullptr);
    CHECK(flow->itemAt(-1) == nullptr);
}

TEST_CASE("An empty flow layout has only its margins", "[ui][flowlayout]")
{
    QWidget host;
    auto* flow = new FlowLayout(&host);
    flow->setContentsMargins(3, 5, 7, 11);
    CHECK(flow->minimumSize() == QSize(10, 16));
    CHECK(flow->heightForWidth(200) == 16);
}
