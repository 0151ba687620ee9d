#pragma once

#include <QLayout>
#include <QList>

namespace dj::ui {

/// Lays its items out left to right and wraps them onto further lines when the width runs out, so a row
/// of chips or buttons never forces its parent wider than its widest item. Height follows the width.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int hSpacing = 4, int vSpacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

    int horizontalSpacing() const { return m_hSpacing; }
    int verticalSpacing() const { return m_vSpacing; }

private:
    /// Places the items in rect (or only measures, when apply is false); returns the height used.
    int doLayout(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_hSpacing;
    int m_vSpacing;
};

} // namespace dj::ui
