#pragma once

#include "core/regional/regionalengine.h"
#include "ui/common/panel.h"

#include <QPointer>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolButton;
class QVBoxLayout;

class QChartView;

namespace dj::ui {

class BackgroundTask;
class FlowMatrixModel;
class FlowMatrixSortProxy;
class SankeyWidget;
class TileGridWidget;

/// 区域经济 (城市经济视界): investment flows between regions as a sortable heat matrix, a Sankey of the
/// largest flows and a schematic tile-grid of provinces; index ranking lists with their formulas; a region's
/// profile; a comparison of two to five regions; export to XLSX and a PDF brief in Chinese.
class RegionalPanel : public Panel
{
    Q_OBJECT
public:
    explicit RegionalPanel(AppContext& context, QWidget* parent = nullptr);
    ~RegionalPanel() override;

    QString panelId() const override
    {
        return QStringLiteral("economy");
    } // the rail entry's id since the placeholder
    QString title() const override { return tr("Regional economy"); }
    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;
    bool isBusy() const override;
    void prepareScreenshot() override;
    QList<QWidget*> screenshotExtras() override;

    /// Pages (for tests and screenshots).
    enum Page { MatrixPage, SankeyPage, TileMapPage, RankingPage, ProfilePage, ComparePage };
    void showPage(Page page);
    QTabWidget* tabs() const { return m_tabs; }
    FlowMatrixModel* matrixModel() const { return m_matrixModel; }
    QStandardItemModel* rankingModel() const { return m_rankingModel; }
    QStandardItemModel* compareModel() const { return m_compareModel; }
    QComboBox* levelBox() const { return m_level; }
    QComboBox* withinBox() const { return m_within; }
    QComboBox* indexBox() const { return m_index; }
    QListWidget* compareList() const { return m_compareList; }
    TileGridWidget* tileGrid() const { return m_tileGrid; }
    QTextBrowser* formulaView() const { return m_formula; }

    /// Recomputes flows, indices and the ranking for the chosen scope (in the background).
    void refresh();
    /// Compares the checked regions (two to five), in the background.
    void runComparison();
    /// Loads the profile of a region (2/4/6-digit code), in the background.
    void showProfile(const QString& region);
    /// Writes the current tables to an XLSX workbook / the PDF brief (in the background). Emit exported().
    void exportXlsx(const QString& path);
    void exportPdf(const QString& path);

signals:
    void exported(bool ok, const QString& path);
    /// Each background job that finished (refresh, profile, compare), for tests.
    void updated();

protected:
    /// The first showing computes the view: a hidden panel costs nothing at start-up.
    void showEvent(QShowEvent* event) override;

private:
    struct View
    {
        regional::FlowMatrix matrix;
        regional::FlowMatrix provinces;
        regional::IndexTable indices;
        regional::Ranking ranking;
        int latestYear = 0;
    };
    void buildUi();
    void fillWithin();
    void levelChanged();
    regional::Scope currentScope() const;
    void showView(const View& v);
    void showRanking();
    void showProfileData(const regional::RegionProfile& p);
    void showComparison(const regional::Comparison& c);
    void fillCompareList();
    void updateTileValues();
    void setBusyUi(bool busy);
    /// Writes an export in the background; the status line and exported() tell how it went.
    void runExport(const QString& path, const QString& doneText, std::function<void(const Progress&)> write);

    QComboBox* m_level = nullptr;
    QComboBox* m_within = nullptr;
    QComboBox* m_industry = nullptr;
    QCheckBox* m_holders[3] = { nullptr, nullptr, nullptr };
    QSpinBox* m_year = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_cancel = nullptr;
    QToolButton* m_export = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;

    QComboBox* m_measure = nullptr;
    QTableView* m_matrixView = nullptr;
    FlowMatrixModel* m_matrixModel = nullptr;
    FlowMatrixSortProxy* m_matrixProxy = nullptr;
    SankeyWidget* m_sankey = nullptr;
    TileGridWidget* m_tileGrid = nullptr;
    QComboBox* m_tileShade = nullptr;

    QComboBox* m_index = nullptr;
    QTableView* m_rankingView = nullptr;
    QStandardItemModel* m_rankingModel = nullptr;
    QTextBrowser* m_formula = nullptr;

    QComboBox* m_profileRegion = nullptr;
    QLabel* m_profileSummary = nullptr;
    QChartView* m_sectionChart = nullptr;
    QChartView* m_scaleChart = nullptr;
    QChartView* m_growthChart = nullptr;
    QTableView* m_topView = nullptr;
    QStandardItemModel* m_topModel = nullptr;

    QListWidget* m_compareList = nullptr;
    QPushButton* m_compareButton = nullptr;
    QChartView* m_compareIndexChart = nullptr;
    QChartView* m_compareFigureChart = nullptr;
    QTableView* m_compareView = nullptr;
    QStandardItemModel* m_compareModel = nullptr;

    BackgroundTask* m_task = nullptr;
    BackgroundTask* m_profileTask = nullptr;
    BackgroundTask* m_compareTask = nullptr;
    BackgroundTask* m_exportTask = nullptr;

    View m_view;
    bool m_haveView = false;
    regional::Comparison m_comparison;
    regional::RegionProfile m_profile;
    QString m_restoredWithin;
    QStringList m_restoredCompare;
    QString m_restoredProfile;
    bool m_screenshot = false;
    QList<QPointer<QWidget>> m_extras;
};

} // namespace dj::ui
