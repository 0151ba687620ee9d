#pragma once

#include "core/tenders/demandsignals.h"

#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace dj::ui {

class AppContext;
class BackgroundTask;
class EnterpriseTable;
class Settings;

/// 商机预测 → "Beyond public tenders": enterprises whose signals suggest coming ICT demand (revenue or
/// head-count growth, new 高新/专精特新 status, financing, software copyrights and patents, new branches),
/// ranked by points in the background with progress and cancel, shown in the shared enterprise table
/// (profile, selection, add to visit task) with the signals of the current enterprise beside it; XLSX/CSV
/// export of the ranking with its signals.
class DemandView : public QWidget
{
    Q_OBJECT
public:
    DemandView(AppContext& context, const QString& panelId, QWidget* parent = nullptr);

    /// Ranks in the background (region prefix 2/4/6 digits or empty).
    void find(const QString& regionPrefix);
    const std::vector<tenders::DemandSignal>& results() const { return m_results; }
    EnterpriseTable* table() const { return m_table; }
    bool isBusy() const;
    /// Writes the ranking with the signals (XLSX or CSV by suffix) in the background.
    void exportTo(const QString& path);
    /// The rows the export writes (tests).
    QList<QVariantList> exportRows() const;
    static QStringList exportHeaders();

    void saveState(Settings& settings) const;
    void restoreState(const Settings& settings);

signals:
    void busyChanged(bool busy);
    void statusMessage(const QString& text);

private:
    void showCurrent();
    void display(std::vector<tenders::DemandSignal> results);

    AppContext& m_context;
    QString m_panelId;
    QLineEdit* m_region = nullptr;
    QSpinBox* m_minScore = nullptr;
    QSpinBox* m_limit = nullptr;
    QLabel* m_header = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    EnterpriseTable* m_table = nullptr;
    QTextBrowser* m_signals = nullptr;
    BackgroundTask* m_task = nullptr;
    std::vector<tenders::DemandSignal> m_results;
};

} // namespace dj::ui
