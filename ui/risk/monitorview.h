#pragma once

#include "core/risk/alertinbox.h"
#include "core/risk/riskrules.h"
#include "ui/graph/riskpanel.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTextBrowser;

namespace dj::ui {

class AppContext;

/// Monitoring: the rules (edited in the rule editor), the watch lists, "run now", and the alert inbox with
/// each alert's evidence (rows before and after), read/assigned/note/resolved and a jump to the profile.
class MonitorView : public QWidget, public RiskPanel::View
{
    Q_OBJECT
public:
    explicit MonitorView(AppContext& context, QWidget* parent = nullptr);
    /// Rereads rules, watch lists and alerts from the cache.
    void reload();
    /// Runs the rules now (in the background).
    void runRules();

    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;
    bool isBusy() const override { return m_busy; }
    void prepareScreenshot() override;
    /// The alerts shown, formatted as the XLSX export and the PDF report write them (tests).
    QList<QStringList> alertRows() const;
    static QStringList alertHeaders();
    /// Writes the alerts shown to XLSX/CSV (by suffix) / a PDF report, in the background.
    void exportAlerts(const QString& path);
    void writeReport(const QString& path);

private:
    QString ruleText(const risk::Alert& a) const;
    void editRule(bool create);
    void removeRule();
    void showAlert();
    void saveAlert(bool toggleResolved);
    qint64 currentAlertId() const;

    AppContext& m_context;
    QLabel* m_summary = nullptr;
    QTableWidget* m_rules = nullptr;
    QTableWidget* m_alerts = nullptr;
    QCheckBox* m_unreadOnly = nullptr;
    QCheckBox* m_openOnly = nullptr;
    QTextBrowser* m_evidence = nullptr;
    QLineEdit* m_assigned = nullptr;
    QPlainTextEdit* m_note = nullptr;
    std::vector<risk::Rule> m_ruleList;
    std::vector<risk::Alert> m_alertList;
    QStringList m_lists;
    bool m_busy = false;
};

} // namespace dj::ui
