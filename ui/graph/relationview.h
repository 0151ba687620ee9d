#pragma once

#include "ui/graph/charttab.h"

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dj::ui {

/// 查关系: every shortest connection between two enterprises or persons through shareholdings, roles,
/// business relations and invoices, drawn left to right, one table row per path (select it to light it up).
class RelationView : public ChartTab
{
    Q_OBJECT
public:
    explicit RelationView(QWidget* parent = nullptr);

    void find(const QString& a, const QString& b);
    void showExample() override;
    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;

private:
    QLineEdit* m_a = nullptr;
    QLineEdit* m_b = nullptr;
    QSpinBox* m_maxLen = nullptr;
    QPushButton* m_go = nullptr;
};

} // namespace dj::ui
