#pragma once

#include "ui/common/panel.h"

#include <memory>

class QLabel;
class QProgressBar;
class QTabWidget;

namespace dj::graph {
class OwnershipGraph;
}

namespace dj::ui {

class BackgroundTask;
class ChartTab;
class GroupView;
class PenetrationView;
class RelationView;

/// 链上风险: ownership (股权穿透, 受益所有人, 实际控制人), 查关系 and groups as tabs over one ownership
/// graph, read in the background once per data version of the open cache. The supply-chain views join as
/// further tabs through addView().
class RiskPanel : public Panel
{
    Q_OBJECT
public:
    explicit RiskPanel(AppContext& context, QWidget* parent = nullptr);
    ~RiskPanel() override;

    QString panelId() const override { return QStringLiteral("risk"); }
    QString title() const override;

    /// What an added view may take part in: the panel's remembered state, busy state and screenshots.
    class View
    {
    public:
        virtual ~View() = default;
        virtual void saveState(Settings& settings) const = 0;
        virtual void restoreState(const Settings& settings) = 0;
        virtual bool isBusy() const { return false; }
        /// Fills the view with example content for `dianjing --screenshot` (within the settle time).
        virtual void prepareScreenshot() { }
    };

    /// Adds a view as a tab (the supply-chain views of 链企通/企票通); a view that is also a View takes part
    /// in saveState/restoreState, isBusy and the screenshots.
    void addView(QWidget* view, const QString& title);

    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;
    bool isBusy() const override;
    void prepareScreenshot() override;
    QList<QWidget*> screenshotExtras() override;

    PenetrationView* penetration() const { return m_penetration; }
    RelationView* relations() const { return m_relations; }
    GroupView* groups() const { return m_groups; }
    QTabWidget* tabs() const { return m_tabs; }
    std::shared_ptr<const graph::OwnershipGraph> ownershipGraph() const { return m_graph; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadGraph();
    void graphReady();
    QList<ChartTab*> chartTabs() const;
    QList<QWidget*> m_views;
    QTabWidget* m_tabs = nullptr;
    PenetrationView* m_penetration = nullptr;
    RelationView* m_relations = nullptr;
    GroupView* m_groups = nullptr;
    QLabel* m_loading = nullptr;
    QProgressBar* m_loadingBar = nullptr;
    BackgroundTask* m_load = nullptr;
    std::shared_ptr<const graph::OwnershipGraph> m_graph;
    QString m_loadedPath;
    qint64 m_loadedVersion = -1;
    bool m_examples = false;
};

} // namespace dj::ui
