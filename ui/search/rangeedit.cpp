#include "ui/search/rangeedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <cmath>

namespace dj::ui {

RangeEdit::RangeEdit(Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    auto* lay = new QHBoxLayout;
    lay->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(lay);
    m_min = new QLineEdit(this);
    m_max = new QLineEdit(this);
    m_min->setPlaceholderText(tr("min"));
    m_max->setPlaceholderText(tr("max"));
    m_min->setClearButtonEnabled(true);
    m_max->setClearButtonEnabled(true);
    lay->addWidget(m_min, 1);
    lay->addWidget(new QLabel(QStringLiteral("–"), this));
    lay->addWidget(m_max, 1);
    if (kind == Kind::Money) {
        m_unit = new QComboBox(this);
        m_unit->addItem(tr("yuan"), 1.0);
        m_unit->addItem(tr("10k yuan"), 1e4);
        m_unit->addItem(tr("100m yuan"), 1e8);
        m_unit->setCurrentIndex(1);
        lay->addWidget(m_unit);
        connect(m_unit, &QComboBox::currentIndexChanged, this, [this]() {
            updateValidity();
            emit changed();
        });
    }
    for (QLineEdit* e : { m_min, m_max })
        connect(e, &QLineEdit::textChanged, this, [this]() {
            updateValidity();
            emit changed();
        });
}

double RangeEdit::factor() const
{
    return m_unit ? m_unit->currentData().toDouble() : 1.0;
}

std::optional<double> RangeEdit::bound(const QLineEdit* edit) const
{
    QString t = edit->text().trimmed();
    t.remove(QLatin1Char(','));
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v * factor();
}

bool RangeEdit::isValid() const
{
    for (const QLineEdit* e : { m_min, m_max })
        if (!e->text().trimmed().isEmpty() && !bound(e))
            return false;
    const auto lo = bound(m_min), hi = bound(m_max);
    return !(lo && hi && *lo > *hi);
}

void RangeEdit::updateValidity()
{
    const QString style = isValid() ? QString() : QStringLiteral("QLineEdit { color: #c0392b; }");
    m_min->setStyleSheet(style);
    m_max->setStyleSheet(style);
}

search::Range RangeEdit::range() const
{
    search::Range r;
    if (isValid()) {
        r.min = bound(m_min);
        r.max = bound(m_max);
    }
    if (m_year)
        r.year = m_year->currentData().isValid() ? std::optional<int>(m_year->currentData().toInt())
                                                 : std::nullopt;
    else
        r.year = m_keptYear;
    return r;
}

void RangeEdit::setRange(const search::Range& range)
{
    const QSignalBlocker b1(m_min), b2(m_max);
    m_keptYear = range.year;
    if (m_year) {
        const QSignalBlocker b4(m_year);
        selectYear(range.year);
    }
    // Show the values in the largest unit that keeps them readable.
    if (m_unit) {
        const double probe = range.min.value_or(range.max.value_or(0));
        const int unit = probe != 0 && std::fmod(probe, 1e8) == 0 ? 2 : (std::fmod(probe, 1e4) == 0 ? 1 : 0);
        const QSignalBlocker b3(m_unit);
        m_unit->setCurrentIndex(unit);
    }
    auto text = [this](const std::optional<double>& v) {
        return v ? QString::number(*v / factor(), 'g', 15) : QString();
    };
    m_min->setText(text(range.min));
    m_max->setText(text(range.max));
    updateValidity();
    emit changed();
}

void RangeEdit::setYears(const QList<int>& years)
{
    if (!m_year) {
        auto* row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(tr("Year"), this);
        m_year = new QComboBox(this);
        label->setBuddy(m_year);
        row->addWidget(label);
        row->addWidget(m_year, 1);
        static_cast<QBoxLayout*>(layout())->addLayout(row);
        connect(m_year, &QComboBox::currentIndexChanged, this, [this]() {
            m_keptYear = range().year;
            emit changed();
        });
    }
    const std::optional<int> chosen = m_keptYear;
    const QSignalBlocker block(m_year);
    m_year->clear();
    m_year->addItem(tr("Latest year with a value"));
    m_years = years;
    for (int y : years)
        m_year->addItem(QString::number(y), y);
    selectYear(chosen);
}

QList<int> RangeEdit::years() const
{
    return m_years;
}

void RangeEdit::selectYear(std::optional<int> year)
{
    if (!year) {
        m_year->setCurrentIndex(0);
        return;
    }
    int i = m_year->findData(*year);
    if (i < 0) {
        // A saved filter may name a year this cache has no figures for: keep it, visibly, and say so.
        m_year->addItem(tr("%1 (no figures)").arg(*year), *year);
        i = m_year->count() - 1;
    }
    m_year->setCurrentIndex(i);
}

} // namespace dj::ui
