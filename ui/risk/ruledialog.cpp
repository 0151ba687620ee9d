#include "ui/risk/ruledialog.h"

#include "core/risk/riskerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dj::ui {

using namespace Qt::StringLiterals;

RuleDialog::RuleDialog(const risk::Rule& rule, const QStringList& lists, QWidget* parent)
    : QDialog(parent)
    , m_rule(rule)
{
    setWindowTitle(rule.id == 0 ? tr("New rule") : tr("Edit rule"));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(rule.displayName(), this);
    form->addRow(tr("&Name:"), m_name);
    m_kind = new QComboBox(this);
    for (const QString& k : risk::RuleStore::conditionKinds())
        m_kind->addItem(risk::RuleStore::kindLabel(k), k);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(rule.kind())));
    form->addRow(tr("&Condition:"), m_kind);
    QStringList kinds;
    for (const auto& v : rule.condition.value(u"kinds"_s).toArray())
        kinds << v.toString();
    for (const auto& v : rule.condition.value(u"to"_s).toArray())
        kinds << v.toString();
    m_kinds = new QLineEdit(kinds.join(u"、"_s), this);
    m_kinds->setPlaceholderText(tr("e.g. 失信被执行人、限制高消费 (empty = any)"));
    form->addRow(tr("&Kinds / statuses:"), m_kinds);
    m_metric = new QComboBox(this);
    m_metric->addItem(tr("Revenue"), u"revenue"_s);
    m_metric->addItem(tr("Tax"), u"tax"_s);
    m_metric->addItem(tr("Insured staff"), u"insured_count"_s);
    m_metric->addItem(tr("Employees"), u"employees"_s);
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(rule.condition.value(u"metric"_s).toString())));
    form->addRow(tr("&Figure:"), m_metric);
    m_percent = new QDoubleSpinBox(this);
    m_percent->setRange(1, 100);
    m_percent->setSuffix(u" %"_s);
    m_percent->setValue(rule.condition.value(u"percent"_s).toDouble(30));
    form->addRow(tr("Falls by at &least:"), m_percent);
    m_ratio = new QDoubleSpinBox(this);
    m_ratio->setRange(0.05, 0.95);
    m_ratio->setSingleStep(0.05);
    m_ratio->setValue(rule.condition.value(u"ratio"_s).toDouble(0.5));
    form->addRow(tr("Below &share of expected:"), m_ratio);
    m_list = new QComboBox(this);
    m_list->addItem(tr("All watch lists"), QString());
    for (const QString& l : lists)
        m_list->addItem(l, l);
    m_list->setCurrentIndex(std::max(0, m_list->findData(rule.scope.value(u"list"_s).toString())));
    form->addRow(tr("&Watch list:"), m_list);
    auto* roles = new QHBoxLayout;
    const QJsonArray chosen = rule.scope.value(u"roles"_s).toArray();
    for (const QString& r : risk::RuleStore::roles()) {
        auto* box = new QCheckBox(risk::RuleStore::roleLabel(r), this);
        box->setProperty("role", r);
        box->setChecked(chosen.contains(QJsonValue(r)));
        roles->addWidget(box);
        m_roles << box;
    }
    form->addRow(tr("Roles (none = any):"), roles);
    m_maxTier = new QSpinBox(this);
    m_maxTier->setRange(0, 5);
    m_maxTier->setSpecialValueText(tr("any"));
    m_maxTier->setValue(rule.scope.value(u"max_tier"_s).toInt());
    form->addRow(tr("Up to &tier:"), m_maxTier);
    m_severity = new QComboBox(this);
    for (const QString& s : risk::RuleStore::severities())
        m_severity->addItem(risk::RuleStore::severityLabel(s), s);
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(rule.severity)));
    form->addRow(tr("&Severity:"), m_severity);
    m_enabled = new QCheckBox(tr("&Enabled"), this);
    m_enabled->setChecked(rule.enabled);
    form->addRow(QString(), m_enabled);
    m_error = new QLabel(this);
    m_error->setStyleSheet(u"color: #c62828"_s);
    m_error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RuleDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RuleDialog::updateFields);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateFields();
}

void RuleDialog::updateFields()
{
    const QString k = m_kind->currentData().toString();
    m_kinds->setEnabled(k == u"new_risk" || k == u"current_risk" || k == u"status_change");
    m_metric->setEnabled(k == u"metric_fall");
    m_percent->setEnabled(k == u"metric_fall");
    m_ratio->setEnabled(k == u"invoice_break");
}

risk::Rule RuleDialog::rule() const
{
    risk::Rule r = m_rule;
    r.name = m_name->text().trimmed();
    if (r.name != m_rule.displayName().trimmed())
        r.nameKey.clear(); // the user renamed a built-in rule: their text stands
    const QString k = m_kind->currentData().toString();
    QJsonObject c { { u"kind"_s, k } };
    QJsonArray list;
    for (const QString& part :
        m_kinds->text().split(QRegularExpression(u"[、,，\\s|]+"_s), Qt::SkipEmptyParts))
        list.append(part);
    if (k == u"new_risk" || k == u"current_risk")
        c.insert(u"kinds"_s, list);
    if (k == u"status_change")
        c.insert(u"to"_s, list);
    if (k == u"metric_fall") {
        c.insert(u"metric"_s, m_metric->currentData().toString());
        c.insert(u"percent"_s, m_percent->value());
    }
    if (k == u"invoice_break")
        c.insert(u"ratio"_s, m_ratio->value());
    r.condition = c;
    QJsonObject s;
    if (!m_list->currentData().toString().isEmpty())
        s.insert(u"list"_s, m_list->currentData().toString());
    QJsonArray roles;
    for (QCheckBox* b : m_roles)
        if (b->isChecked())
            roles.append(b->property("role").toString());
    if (!roles.isEmpty())
        s.insert(u"roles"_s, roles);
    if (m_maxTier->value() > 0)
        s.insert(u"max_tier"_s, m_maxTier->value());
    r.scope = s;
    r.severity = m_severity->currentData().toString();
    r.enabled = m_enabled->isChecked();
    return r;
}

void RuleDialog::accept()
{
    try {
        risk::RuleStore::validate(rule());
    } catch (const risk::RiskError& e) {
        m_error->setText(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace dj::ui
