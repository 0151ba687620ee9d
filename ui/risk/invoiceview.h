#pragma once

#include "core/risk/creditscore.h"
#include "ui/graph/riskpanel.h"

#include <QWidget>
#include <optional>

class QChartView;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace dj::ui {

class AppContext;

/// 企票通: an enterprise's invoice analytics (monthly sales and purchases, top counterparties, concentration
/// over time, related parties) and its credit score card with the parts explained; a borrower invoice
/// report (PDF) and the counterparties as XLSX.
class InvoiceView : public QWidget, public RiskPanel::View
{
    Q_OBJECT
public:
    explicit InvoiceView(AppContext& context, QWidget* parent = nullptr);
    void open(const QString& uscc);

    void saveState(Settings& settings) const override;
    void restoreState(const Settings& settings) override;
    bool isBusy() const override { return m_busy; }
    void prepareScreenshot() override;

private:
    struct Data
    {
        risk::InvoiceAnalytics::Result invoices;
        risk::CreditScore::Result score;
    };
    void display(Data data);
    void exportReport();
    void exportCounterparties();
    void editWeights();

    AppContext& m_context;
    QLineEdit* m_input = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_scoreLabel = nullptr;
    QTableWidget* m_parts = nullptr;
    QTableWidget* m_counterparties = nullptr;
    QChartView* m_monthly = nullptr;
    QChartView* m_top = nullptr;
    QChartView* m_concentration = nullptr;
    std::optional<Data> m_data;
    bool m_busy = false;
};

} // namespace dj::ui
