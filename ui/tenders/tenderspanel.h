#pragma once

#include "ui/common/panel.h"
#include "ui/tenders/forecastmodel.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QChartView;

namespace dj::ui {

class BackgroundTask;
class DemandView;

/// 商机预测 (ICT opportunity forecasting): the forecast list (buyer, project, window, budget range,
/// incumbent, reason) with region / category / kind / horizon filters and "add to visit task"; the selected
/// project's timeline of phases and winners; the market of the filtered region and category (volumes, winner
/// shares, HHI) with charts; the buyer's profile; XLSX export and a PDF opportunity brief. The tenders are
/// read, grouped and forecast once per cache in the background; filters then apply at once.
class TendersPanel : public Panel
{
    Q_OBJECT
public:
    static constexpr int kMaxMonths = 36;

    explicit TendersPanel(AppContext& context, QWidget* parent = nullptr);
    ~TendersPanel() override;
    QString panelId() const override { return QStringLiteral("tenders"); }
    QString title() const override { return tr("Opportunities"); }
    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;
    bool isBusy() const override;
    void prepareScreenshot() override;

    /// For tests: the snapshot (null until loaded) and the rows of the forecast list.
    std::shared_ptr<const TenderSnapshot> snapshot() const { return m_snapshot; }
    int visibleForecasts() const;
    void setFilters(const QString& regionPrefix, const QString& category, int months);
    void selectForecast(int row);
    /// The USCCs "add to visit task" sends for the selected rows (buyers in the cache, else incumbents).
    QStringList selectedUsccs() const;
    void reload();
    /// Writes the listed forecasts (XLSX or CSV by suffix) / the PDF brief in the background; the dialogs
    /// of the buttons end here.
    void exportForecasts(const QString& path);
    void writeBrief(const QString& path);

private:
    void onCacheChanged();
    void applyFilters();
    void showSelected();
    void showTimeline(const tenders::Forecast& f);
    void showBuyer(const tenders::Forecast& f);
    void showMarket();
    void addToVisitTask();
    void exportXlsx();
    void exportBrief();

    std::shared_ptr<const TenderSnapshot> m_snapshot;
    QString m_loadedPath;
    qint64 m_loadedVersion = -1;

    QLineEdit* m_region = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_months = nullptr;
    QLabel* m_header = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_list = nullptr;
    ForecastModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableWidget* m_phases = nullptr;
    QTextBrowser* m_evidence = nullptr;
    QChartView* m_timelineChart = nullptr;
    QLabel* m_marketHeader = nullptr;
    QTableWidget* m_winners = nullptr;
    QChartView* m_volumeChart = nullptr;
    QChartView* m_shareChart = nullptr;
    QTextBrowser* m_buyer = nullptr;
    BackgroundTask* m_task = nullptr;
    QTabWidget* m_top = nullptr; ///< forecasts from tenders | beyond public tenders
    DemandView* m_demand = nullptr;

public:
    DemandView* demandView() const { return m_demand; }
};

} // namespace dj::ui
