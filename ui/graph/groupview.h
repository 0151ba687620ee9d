#pragma once

#include "ui/graph/charttab.h"

class QLineEdit;
class QPushButton;

namespace dj::ui {

/// 集团/族谱: the group an enterprise belongs to — its actual controller and every enterprise that head
/// controls — in a radial chart, with revenue and tax totals and one table row per member.
class GroupView : public ChartTab
{
    Q_OBJECT
public:
    explicit GroupView(QWidget* parent = nullptr);

    void open(const QString& target);
    void showExample() override;
    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;

    static constexpr int kMaxMembersShown = 5000;

private:
    QLineEdit* m_target = nullptr;
    QPushButton* m_go = nullptr;
};

} // namespace dj::ui
