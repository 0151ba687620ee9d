#pragma once

#include "core/hometown/hometownengine.h"
#include "ui/common/panel.h"

#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QSplitter;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTimer;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;
class QComboBox;

class QChartView;

namespace dj::codes {
class RegionTreeModel;
}

namespace dj::ui {

class BackgroundTask;
class RegisterView;

/// 乡贤招商: origin and target pickers, role and industry filters, weight sliders, the ranked list of
/// entrepreneurs (each person's enterprises expandable), a person page, aggregates (table and chart), the
/// register view, XLSX export and a PDF brief. The whole-cache snapshot is read once in the background;
/// every query then runs on it off the UI thread, so the ranking moves live with the weights.
class HometownPanel : public Panel
{
    Q_OBJECT
public:
    explicit HometownPanel(AppContext& context, QWidget* parent = nullptr);
    ~HometownPanel() override;
    QString panelId() const override { return QStringLiteral("hometown"); }
    QString title() const override { return tr("Hometown"); }
    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;
    bool isBusy() const override;
    void prepareScreenshot() override;
    QList<QWidget*> screenshotExtras() override;

    /// For tests: the current ranked result and the query behind it.
    const hometown::Result& result() const { return m_result; }
    hometown::Query currentQuery() const;
    void setOrigins(const QStringList& codes);
    void setTargets(const QStringList& codes);
    void setWeight(const QString& key, double value);
    void runQuery();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildSidebar();
    QWidget* buildRanking();
    QWidget* buildSummary();
    void onCacheChanged();
    /// Loads (in the background) what a query on these origins and this target (empty: none or several)
    /// needs unless it is loaded already, then calls `then` on the GUI thread.
    void ensureData(const QStringList& origins, const QString& target, std::function<void()> then);
    void showResult(const hometown::Result& result);
    void showSummary();
    void showPerson(int index);
    void addSelectedToRegister();
    void exportXlsx();
    void exportBrief();
    void savePriorities();
    void loadPriorities();
    void scheduleQuery();
    QString regionLabel(const QStringList& codes) const;
    void updateWeightLabels();

    std::shared_ptr<const hometown::HometownData> m_data; ///< the persons of m_dataKey's origins, nationwide
    std::shared_ptr<const hometown::HometownData> m_targetData; ///< one target's entrepreneurs (its summary)
    /// The persisted whole-cache snapshot (FILE.hometown) when it is current: then m_data and m_targetData.
    std::shared_ptr<const hometown::HometownData> m_whole;
    QString m_dataKey; ///< origins, sorted, comma-separated
    QString m_targetKey;
    QString m_dataCache;
    qint64 m_dataVersion = -1;
    hometown::Result m_result;
    hometown::Summary m_originSummary, m_targetSummary;
    hometown::Query m_lastQuery;
    bool m_queryPending = false;
    bool m_screenshotMode = false;

    codes::RegionTreeModel* m_originModel = nullptr;
    codes::RegionTreeModel* m_targetModel = nullptr;
    QTreeView* m_originTree = nullptr;
    QTreeView* m_targetTree = nullptr;
    QCheckBox* m_legalRep = nullptr;
    QCheckBox* m_shareholder = nullptr;
    QCheckBox* m_officer = nullptr;
    QCheckBox* m_owner = nullptr; ///< 受益所有人/实际控制人
    QList<QPushButton*> m_writeButtons; ///< off while the cache is read-only
    QLineEdit* m_industries = nullptr;
    QLineEdit* m_priorities = nullptr;
    QDoubleSpinBox* m_minShare = nullptr;
    QCheckBox* m_nonMembers = nullptr;
    struct WeightSlider
    {
        QString key;
        QSlider* slider = nullptr;
        QLabel* value = nullptr;
    };
    QList<WeightSlider> m_weights;

    QTabWidget* m_tabs = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_header = nullptr;
    QTextBrowser* m_person = nullptr;
    QComboBox* m_summaryDirection = nullptr;
    QTableWidget* m_summaryTable = nullptr;
    QChartView* m_chart = nullptr;
    RegisterView* m_registers = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_debounce = nullptr;
    BackgroundTask* m_loadTask = nullptr;
    BackgroundTask* m_queryTask = nullptr;
    std::vector<std::function<void()>> m_afterLoad;
    QList<QWidget*> m_extras;
};

} // namespace dj::ui
