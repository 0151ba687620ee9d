#pragma once

#include "core/common/progress.h"
#include "ui/graph/chartdata.h"

#include <QWidget>
#include <functional>
#include <memory>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;
class QToolButton;
class QSortFilterProxyModel;

namespace dj::graph {
class OwnershipGraph;
}

namespace dj::ui {

class BackgroundTask;
class OwnershipChartView;
class RowsModel;
class Settings;

/// One tab of the 链上风险 panel: inputs on top, the chart with its find box, a verdict text and a table
/// beside it; work (analysis and layout) runs in the background with progress and cancel; the chart
/// exports to PNG/SVG/PDF and the table to XLSX.
class ChartTab : public QWidget
{
    Q_OBJECT
public:
    explicit ChartTab(const QString& id, QWidget* parent = nullptr);
    ~ChartTab() override;

    /// The graph of the open cache (built by the panel) and the cache path for extra reads.
    void setSource(std::shared_ptr<const graph::OwnershipGraph> graph, const QString& cachePath);
    bool isBusy() const;
    OwnershipChartView* chartView() const { return m_chart; }
    RowsModel* tableModel() const { return m_model; }
    QString summaryText() const;

    virtual void saveState(Settings& settings) const;
    virtual void restoreState(const Settings& settings);
    /// Shows something representative on the demo data (screenshots).
    virtual void showExample() = 0;

    bool exportChart(const QString& path) const;
    /// Writes the table (and the verdict text as a second sheet) to an XLSX file. Throws dj errors.
    void exportTable(const QString& path) const;

signals:
    void busyChanged(bool busy);
    void statusMessage(const QString& text);

protected:
    struct Result
    {
        ChartData chart;
        ChartLayoutResult layout;
        QStringList headers;
        QVector<QStringList> rows;
        QVector<QVariantList> values;
        QVector<QVector<int>> rowNodes; ///< chart nodes per table row (highlighted on selection)
        QVector<QVector<int>> rowEdges;
        QString summary; ///< HTML
        QString status;
    };
    using Work = std::function<Result(const graph::OwnershipGraph&, const Progress&)>;

    /// Runs work (then the layout) in the background and shows the result.
    void run(Work work);
    /// Lays out the chart of a result (worker side): call at the end of a Work.
    static void layOut(Result& r, const Progress& progress);
    virtual void shown(const Result&) { }
    virtual void nodeToggled(int) { }

    QHBoxLayout* inputs() const { return m_inputs; }
    std::shared_ptr<const graph::OwnershipGraph> graph() const { return m_graph; }
    QString cachePath() const { return m_cachePath; }
    void showMessage(const QString& html);

    QString m_id;

private:
    void exportClicked(const QString& suffix);
    void rowSelected();
    QHBoxLayout* m_inputs = nullptr;
    OwnershipChartView* m_chart = nullptr;
    QLineEdit* m_find = nullptr;
    QLabel* m_findCount = nullptr;
    QTextBrowser* m_summary = nullptr;
    QTableView* m_table = nullptr;
    RowsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QSplitter* m_split = nullptr;
    QSplitter* m_side = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_stage = nullptr;
    QToolButton* m_export = nullptr;
    BackgroundTask* m_task = nullptr;
    QVector<QVector<int>> m_rowNodes, m_rowEdges;
    std::shared_ptr<const graph::OwnershipGraph> m_graph;
    QString m_cachePath;
};

} // namespace dj::ui
