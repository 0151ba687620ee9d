#pragma once

#include "core/risk/riskrules.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dj::ui {

/// The rule editor: name, condition (kind and its parameters), scope (watch list, roles, tiers), severity.
/// OK is refused with the validation message while the rule is not valid.
class RuleDialog : public QDialog
{
    Q_OBJECT
public:
    RuleDialog(const risk::Rule& rule, const QStringList& lists, QWidget* parent = nullptr);
    risk::Rule rule() const;

    void accept() override;

private:
    void updateFields();

    risk::Rule m_rule;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_kinds = nullptr;
    QComboBox* m_metric = nullptr;
    QDoubleSpinBox* m_percent = nullptr;
    QDoubleSpinBox* m_ratio = nullptr;
    QComboBox* m_list = nullptr;
    QList<QCheckBox*> m_roles;
    QSpinBox* m_maxTier = nullptr;
    QComboBox* m_severity = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace dj::ui
