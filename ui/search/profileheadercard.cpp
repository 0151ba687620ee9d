#include "ui/search/profileheadercard.h"

#include "core/codes/industries.h"
#include "core/codes/regions.h"
#include "core/common/money.h"
#include "ui/common/flowlayout.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dj::ui {

using R = store::EnterpriseStore::Related;

namespace {

QLabel* chip(const QString& text, const QString& fg, const QString& bg, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setStyleSheet(
        QStringLiteral("QLabel { color: %1; background: %2; border-radius: 3px; padding: 1px 6px; }")
            .arg(fg, bg));
    return l;
}

bool isActiveStatus(const QString& status)
{
    return status.contains(QStringLiteral("存续")) || status.contains(QStringLiteral("在业"))
        || status.contains(QStringLiteral("开业")) || status.contains(QStringLiteral("正常"));
}

} // namespace

ProfileHeaderCard::ProfileHeaderCard(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("profileHeaderCard"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QFrame#profileHeaderCard { background: #f5f8fc; border: 1px solid #d5deea; "
                                 "border-radius: 6px; }"));
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    auto* left = new QVBoxLayout;
    auto* titleRow = new QHBoxLayout;
    m_name = new QLabel(this);
    QFont f = m_name->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_name->setFont(f);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    titleRow->addWidget(m_name);
    titleRow->addWidget(m_status);
    titleRow->addStretch(1);
    left->addLayout(titleRow);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_facts);
    m_figures = new QLabel(this);
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);
    left->addWidget(m_figures);
    m_tags = new QWidget(this);
    m_tagLayout = new FlowLayout(m_tags, 4, 4);
    m_tagLayout->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_tags);
    outer->addLayout(left, 1);
    m_score = new QLabel(this);
    m_score->setAlignment(Qt::AlignCenter);
    m_score->setMinimumWidth(110);
    m_score->setTextFormat(Qt::RichText);
    outer->addWidget(m_score);
}

void ProfileHeaderCard::setProfile(const ProfileData& p, const EvaluationScore& score)
{
    const auto& e = p.enterprise;
    m_name->setText(e.name);
    const bool active = isActiveStatus(e.status);
    m_status->setText(e.status.isEmpty() ? tr("status unknown") : e.status);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px; "
                                           "padding: 1px 8px; font-weight: bold; }")
                                .arg(active ? QStringLiteral("#27ae60") : QStringLiteral("#c0392b")));

    QStringList facts { e.uscc };
    if (!e.legalRep.isEmpty())
        facts << tr("Legal representative %1").arg(e.legalRep);
    if (!e.established.isEmpty())
        facts << tr("established %1").arg(e.established);
    const QString region = codes::Regions::instance().fullName(e.regionCode);
    if (!region.isEmpty())
        facts << region;
    if (const codes::Industry* ind = codes::Industries::instance().find(e.industryCode))
        facts << ind->name;
    if (e.registeredCapital)
        facts << tr("registered capital %1").arg(Money::text(*e.registeredCapital));
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    // Key figures of the latest year with any financial row.
    const store::TableRows& fin = p.table(R::Financials);
    const int cy = fin.column(QStringLiteral("year"));
    m_latestYear = 0;
    const QVariantList* latest = nullptr;
    for (const QVariantList& row : fin.rows) {
        const int y = row.value(cy).toInt();
        if (cy >= 0 && y > m_latestYear) {
            m_latestYear = y;
            latest = &row;
        }
    }
    if (!latest) {
        m_figures->setText(tr("No financial data."));
    } else {
        const auto value
            = [&](const char* column) { return latest->value(fin.column(QLatin1String(column))); };
        QStringList parts;
        const auto money = [&](const QString& label, const char* column) {
            const QVariant v = value(column);
            if (!v.isNull() && v.isValid())
                parts << QStringLiteral("%1 <b>%2</b>").arg(label.toHtmlEscaped(), Money::text(v.toDouble()));
        };
        money(tr("Revenue"), "revenue");
        money(tr("Tax"), "tax");
        money(tr("Profit"), "profit");
        const QVariant staff = value("employees");
        if (!staff.isNull() && staff.isValid())
            parts << QStringLiteral("%1 <b>%2</b>").arg(tr("Employees").toHtmlEscaped(), staff.toString());
        m_figures->setText(tr("%1:").arg(m_latestYear).toHtmlEscaped() + QLatin1Char(' ')
            + parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    }

    // Tags: qualifications (blue), current risks (red).
    while (QLayoutItem* item = m_tagLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_qualTags.clear();
    m_riskTags.clear();
    const store::TableRows& qual = p.table(R::Qualifications);
    const int qk = qual.column(QStringLiteral("kind"));
    for (const QVariantList& r : qual.rows) {
        const QString k = r.value(qk).toString();
        if (!k.isEmpty() && !m_qualTags.contains(k))
            m_qualTags << k;
    }
    const store::TableRows& risks = p.table(R::Risks);
    const int rk = risks.column(QStringLiteral("kind")), rs = risks.column(QStringLiteral("status"));
    for (const QVariantList& r : risks.rows) {
        const QString k = r.value(rk).toString();
        if (!k.isEmpty() && r.value(rs).toString() == QStringLiteral("有效") && !m_riskTags.contains(k))
            m_riskTags << k;
    }
    for (const QString& t : std::as_const(m_qualTags))
        m_tagLayout->addWidget(chip(t, QStringLiteral("#1a5276"), QStringLiteral("#d6eaf8"), m_tags));
    for (const QString& t : std::as_const(m_riskTags))
        m_tagLayout->addWidget(chip(t, QStringLiteral("#922b21"), QStringLiteral("#fadbd8"), m_tags));
    if (m_qualTags.isEmpty() && m_riskTags.isEmpty())
        m_tagLayout->addWidget(chip(tr("No qualifications or current risks"), QStringLiteral("#555555"),
            QStringLiteral("#eaecee"), m_tags));

    const QString colour = score.grade == QLatin1String("A") ? QStringLiteral("#1e8449")
        : score.grade == QLatin1String("B")                  ? QStringLiteral("#2874a6")
        : score.grade == QLatin1String("C")                  ? QStringLiteral("#b9770e")
                                                             : QStringLiteral("#922b21");
    m_score->setText(
        QStringLiteral("<div style='font-size:26pt; font-weight:bold; color:%1'>%2</div>"
                       "<div style='color:#555'>%3</div>")
            .arg(colour, QString::number(score.total, 'f', 1),
                tr("Score · grade %1").arg(EvaluationScore::gradeText(score.grade)).toHtmlEscaped()));
}

QString ProfileHeaderCard::statusText() const
{
    return m_status->text();
}

QString ProfileHeaderCard::figuresText() const
{
    return m_figures->text();
}

QString ProfileHeaderCard::scoreText() const
{
    return m_score->text();
}

} // namespace dj::ui
