#include "ui/search/facetbar.h"

#include "core/codes/industries.h"
#include "core/codes/regions.h"
#include "ui/common/flowlayout.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <algorithm>

namespace dj::ui {

FacetBar::FacetBar(QWidget* parent)
    : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(1, 1);
    // One style sheet on the bar (not one per chip): re-creating chips stays cheap.
    setStyleSheet(QStringLiteral(
        "QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; }"
        "QToolButton:hover { background: palette(highlight); color: palette(highlighted-text); }"
        "QLabel#facetGroup { color: palette(mid); font-weight: bold; }"));
}

void FacetBar::clear()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->setProperty("djDeleted", true);
            w->hide();
            w->deleteLater();
        }
        if (QLayout* l = item->layout()) {
            while (QLayoutItem* inner = l->takeAt(0)) {
                if (QWidget* w = inner->widget()) {
                    w->setProperty("djDeleted", true);
                    w->hide();
                    w->deleteLater();
                }
                delete inner;
            }
        }
        delete item;
    }
}

QStringList FacetBar::chipTexts() const
{
    QStringList out;
    for (const QToolButton* b : findChildren<QToolButton*>())
        if (!b->property("djDeleted").toBool())
            out << b->text();
    return out;
}

void FacetBar::addGroup(int row, const QString& title, Group group, const QMap<QString, qint64>& counts)
{
    auto* label = new QLabel(title, this);
    label->setObjectName(QStringLiteral("facetGroup"));
    m_grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
    // Chips wrap onto further lines instead of widening the panel (laptop screens are 1366 px wide).
    auto* chips = new FlowLayout(nullptr, 4, 2);
    QList<std::pair<QString, qint64>> items;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it.value() > 0)
            items.append({ it.key(), it.value() });
    std::stable_sort(
        items.begin(), items.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    const QLocale locale;
    int shown = 0;
    for (const auto& [value, count] : items) {
        if (shown++ >= kMaxChips)
            break;
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
        if (text.size() > 14)
            text = text.left(13) + QChar(0x2026);
        auto* chip = new QToolButton(this);
        chip->setText(QStringLiteral("%1  %2").arg(text, locale.toString(count)));
        chip->setToolTip(tr("Refine the filter to %1").arg(value));
        chip->setAutoRaise(false);
        chip->setCursor(Qt::PointingHandCursor);
        connect(chip, &QToolButton::clicked, this, [this, group, value]() { emit refine(group, value); });
        chips->addWidget(chip);
    }
    if (items.isEmpty())
        chips->addWidget(new QLabel(tr("—"), this));
    m_grid->addLayout(chips, row, 1);
}

void FacetBar::setFacets(const search::Facets& facets, bool showCities)
{
    clear();
    int row = 0;
    addGroup(row++, tr("Industry"), Group::Section, facets.section);
    if (showCities)
        addGroup(row++, tr("City"), Group::City, facets.city);
    else
        addGroup(row++, tr("Province"), Group::Province, facets.province);
    addGroup(row++, tr("Licence"), Group::License, facets.licenses);
    addGroup(row++, tr("Qualification"), Group::Qualification, facets.qualifications);
    addGroup(row++, tr("Status"), Group::Status, facets.status);
}

} // namespace dj::ui
