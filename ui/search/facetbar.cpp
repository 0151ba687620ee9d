#include "ui/search/facetbar.h"

#include "core/codes/industries.h"
#include "core/codes/regions.h"
#include "ui/common/flowlayout.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <algorithm>

namespace dj::ui {

namespace {
constexpr int kRows = 5; // industry, province/city, licence, qualification, status
constexpr int kPadX = 9;
constexpr int kPadY = 3;
} // namespace

FacetChip::FacetChip(QWidget* parent)
    : QAbstractButton(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize FacetChip::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return { fm.horizontalAdvance(text()) + 2 * kPadX + 2, fm.height() + 2 * kPadY + 2 };
}

QSize FacetChip::minimumSizeHint() const
{
    return sizeHint();
}

void FacetChip::enterEvent(QEnterEvent* event)
{
    m_hover = true;
    update();
    QAbstractButton::enterEvent(event);
}

void FacetChip::leaveEvent(QEvent* event)
{
    m_hover = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void FacetChip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const bool active = m_hover || isDown();
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = r.height() / 2;
    p.setPen(
        QPen(hasFocus() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), hasFocus() ? 1.5 : 1));
    p.setBrush(active ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base));
    p.drawRoundedRect(r, radius, radius);
    p.setPen(active ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::ButtonText));
    p.drawText(rect(), Qt::AlignCenter, text());
}

FacetBar::FacetBar(QWidget* parent)
    : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(1, 1);
    QFont titleFont = font();
    titleFont.setBold(true);
    // Built once: a search only changes texts and visibility (creating and polishing widgets per search
    // cost the GUI thread tens of milliseconds on a big result).
    for (int i = 0; i < kRows; ++i) {
        Row row;
        row.title = new QLabel(this);
        row.title->setFont(titleFont);
        row.title->setForegroundRole(QPalette::PlaceholderText);
        // Chips wrap onto further lines instead of widening the panel (laptop screens are 1366 px wide).
        auto* flow = new FlowLayout(nullptr, 4, 2);
        row.empty = new QLabel(tr("—"), this);
        flow->addWidget(row.empty);
        for (int c = 0; c < kMaxChips; ++c) {
            auto* chip = new FacetChip(this);
            chip->hide();
            connect(chip, &FacetChip::clicked, this, [this, i, chip]() {
                if (i < m_rows.size())
                    emit refine(m_rows[i].group, chip->value());
            });
            flow->addWidget(chip);
            row.chips << chip;
        }
        row.more = new FacetChip(this);
        row.more->hide();
        connect(row.more, &FacetChip::clicked, this, [this, i]() { showMore(i); });
        flow->addWidget(row.more);
        const int chipHeight = row.chips.front()->sizeHint().height();
        row.title->setMinimumHeight(chipHeight);
        m_grid->addWidget(row.title, i, 0, Qt::AlignLeft | Qt::AlignTop);
        m_grid->addLayout(flow, i, 1);
        m_rows << row;
    }
    clear();
}

void FacetBar::clear()
{
    for (Row& row : m_rows) {
        row.title->hide();
        row.empty->hide();
        for (FacetChip* chip : std::as_const(row.chips))
            chip->hide();
        row.more->hide();
        row.rest.clear();
    }
}

void FacetBar::showMore(int index)
{
    const Row& row = m_rows.at(index);
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const Group group = row.group;
    for (const auto& [value, label] : row.rest) {
        const QString v = value;
        menu->addAction(label, this, [this, group, v]() { emit refine(group, v); });
    }
    menu->popup(row.more->mapToGlobal(QPoint(0, row.more->height())));
}

QList<FacetChip*> FacetBar::visibleChips() const
{
    QList<FacetChip*> out;
    for (const Row& row : m_rows)
        for (FacetChip* chip : row.chips)
            if (!chip->isHidden())
                out << chip;
    return out;
}

QStringList FacetBar::chipTexts() const
{
    QStringList out;
    for (const FacetChip* chip : visibleChips())
        out << chip->text();
    return out;
}

void FacetBar::fillRow(Row& row, const QString& title, Group group, const QMap<QString, qint64>& counts)
{
    row.group = group;
    row.title->setText(title);
    row.title->show();
    QList<std::pair<QString, qint64>> items;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it.value() > 0)
            items.append({ it.key(), it.value() });
    std::stable_sort(
        items.begin(), items.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    const QLocale locale;
    row.rest.clear();
    for (int c = 0; c < items.size(); ++c) {
        const auto& [value, count] = items[c];
        QString text = value;
        switch (group) {
        case Group::Section:
            if (const auto* ind = codes::Industries::instance().find(value))
                text = value + QLatin1Char(' ') + ind->name;
            break;
        case Group::Province:
        case Group::City:
            if (const auto* r = codes::Regions::instance().find(value))
                text = r->shortName.isEmpty() ? r->name : r->shortName;
            break;
        default:
            break;
        }
        if (c >= row.chips.size()) {
            row.rest.append({ value, QStringLiteral("%1  %2").arg(text, locale.toString(count)) });
            continue;
        }
        FacetChip* chip = row.chips[c];
        if (text.size() > 14)
            text = text.left(13) + QChar(0x2026);
        chip->setText(QStringLiteral("%1  %2").arg(text, locale.toString(count)));
        chip->setValue(value);
        chip->setToolTip(tr("Refine the filter to %1").arg(value));
        chip->updateGeometry();
        chip->show();
    }
    for (qsizetype c = items.size(); c < row.chips.size(); ++c)
        row.chips[c]->hide();
    row.more->setVisible(!row.rest.isEmpty());
    if (!row.rest.isEmpty()) {
        row.more->setText(tr("More (%L1)…").arg(row.rest.size()));
        row.more->setToolTip(tr("The other values of this facet, with their counts"));
        row.more->updateGeometry();
    }
    row.empty->setVisible(items.isEmpty());
}

void FacetBar::setFacets(const search::Facets& facets, bool showCities)
{
    fillRow(m_rows[0], tr("Industry"), Group::Section, facets.section);
    if (showCities)
        fillRow(m_rows[1], tr("City"), Group::City, facets.city);
    else
        fillRow(m_rows[1], tr("Province"), Group::Province, facets.province);
    fillRow(m_rows[2], tr("Licence"), Group::License, facets.licenses);
    fillRow(m_rows[3], tr("Qualification"), Group::Qualification, facets.qualifications);
    fillRow(m_rows[4], tr("Status"), Group::Status, facets.status);
}

} // namespace dj::ui
