#include "ui/shell/navigationrail.h"

namespace dj::ui {

NavigationRail::NavigationRail(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationRail"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFocusPolicy(Qt::StrongFocus);
    setSpacing(2);
    // Eight entries in Chinese (four or five characters) and English ("Data asset valuation"): a width that
    // holds the longest English word at 15 px, and labels that wrap onto a second line instead of eliding.
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone); // labels are wrapped by wrapLabel() instead
    setUniformItemSizes(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedWidth(kWidth);
    setStyleSheet(QStringLiteral(
        "QListWidget#navigationRail { background: #1f2d3d; color: #d8e2ec; border: none; font-size: 15px; }"
        "QListWidget#navigationRail::item { padding: 10px 8px; }"
        "QListWidget#navigationRail::item:selected { background: #2f80ed; color: white; }"));
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit panelActivated(item(row)->data(Qt::UserRole).toString());
    });
}

QString NavigationRail::wrapLabel(const QString& title, const QFontMetrics& fm, int width)
{
    // Words (English) or characters (Chinese) onto as few lines as fit; a word longer than the line
    // stays whole (the rail's width is chosen so that none is).
    const bool spaced = title.contains(QLatin1Char(' '));
    const QStringList parts = spaced ? title.split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList();
    QStringList lines;
    QString line;
    auto add = [&](const QString& piece, const QString& sep) {
        const QString candidate = line.isEmpty() ? piece : line + sep + piece;
        if (!line.isEmpty() && fm.horizontalAdvance(candidate) > width) {
            lines << line;
            line = piece;
        } else {
            line = candidate;
        }
    };
    if (spaced) {
        for (const QString& w : parts)
            add(w, QStringLiteral(" "));
    } else {
        for (const QChar c : title)
            add(QString(c), QString());
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

void NavigationRail::addPanel(const QString& id, const QString& title, const QIcon& icon)
{
    QFont f = font();
    f.setPixelSize(kFontPx);
    auto* it
        = new QListWidgetItem(icon, wrapLabel(title, QFontMetrics(f), kWidth - 2 * kPaddingPx - 4), this);
    it->setData(Qt::UserRole, id);
    it->setToolTip(title);
}

QString NavigationRail::currentId() const
{
    return currentItem() ? currentItem()->data(Qt::UserRole).toString() : QString();
}

void NavigationRail::setCurrentId(const QString& id)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toString() == id) {
            setCurrentRow(i);
            return;
        }
    }
    if (count() > 0)
        setCurrentRow(0);
}

} // namespace dj::ui
