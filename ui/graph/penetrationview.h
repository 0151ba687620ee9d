#pragma once

#include "ui/graph/charttab.h"

#include <QSet>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dj::ui {

/// 股权穿透: holders above, holdings below the enterprise, each box with its total (穿透) share, arrows with
/// the direct shares, cycles in red; beside it the 受益所有人 and ultimate holders with their paths and
/// bases, and the actual controller with its evidence chains. Boxes beyond the depth show a + badge
/// (expand on click); nodes with many holders or holdings collapse the rest into a cluster box.
class PenetrationView : public ChartTab
{
    Q_OBJECT
public:
    explicit PenetrationView(QWidget* parent = nullptr);

    /// Shows the chart of an enterprise (USCC or name).
    void open(const QString& target);
    void showExample() override;
    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;

    static constexpr int kClusterAbove = 20; ///< more neighbours than this collapse into a cluster box
    static constexpr int kClusterKeep = 15;
    static constexpr int kMaxNodes = 6000;

protected:
    void nodeToggled(int node) override;
    void shown(const Result& r) override;

private:
    void runCurrent();
    QLineEdit* m_target = nullptr;
    QComboBox* m_direction = nullptr;
    QSpinBox* m_depth = nullptr;
    QPushButton* m_go = nullptr;
    quint32 m_root = 0xFFFFFFFFu;
    QSet<quint32> m_open, m_closed, m_unclustered;
    ChartData m_shown;
};

} // namespace dj::ui
