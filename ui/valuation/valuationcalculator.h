#pragma once

#include "core/valuation/ledger.h"
#include "core/valuation/uncertainty.h"
#include "core/valuation/valuationengine.h"
#include "core/valuation/worksheet.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <optional>

namespace dj::ui {

class BackgroundTask;
class WorksheetDocument;

/// Recomputes a worksheet after every change: the valuation (approaches, conclusion, tornado, sensitivity)
/// and, separately, the ledger, so a bad valuation input never hides the books and vice versa. A full
/// recalculation takes well under 5 ms (bench_valuation), so it runs on the GUI thread right after the
/// edit; the Monte Carlo (up to a second) runs in the background once the user stops editing.
class ValuationCalculator : public QObject
{
    Q_OBJECT
public:
    explicit ValuationCalculator(WorksheetDocument* document, QObject* parent = nullptr);

    bool valuationOk() const { return m_worksheet.has_value(); }
    bool ledgerOk() const { return m_ledgerResult.has_value(); }
    const valuation::Worksheet& worksheet() const { return *m_worksheet; }
    const valuation::Result& result() const { return m_result; }
    const valuation::Tornado& tornado() const { return m_tornado; }
    const valuation::SensitivityTable& sensitivity() const { return m_sensitivity; }
    const valuation::Ledger& ledger() const { return m_ledger; }
    const valuation::LedgerResult& ledgerResult() const { return *m_ledgerResult; }
    /// The latest Monte Carlo for the current inputs (nullopt while it runs or when no ranges are set).
    const std::optional<valuation::MonteCarlo>& monteCarlo() const { return m_monteCarlo; }
    bool monteCarloRunning() const;

    /// Every refused value of the current document.
    const QList<valuation::Issue>& issues() const { return m_issues; }
    /// The reason a path (or anything below it) was refused; empty when fine.
    QString issueAt(const QString& path) const;
    /// Milliseconds the last recalculation took.
    double lastMs() const { return m_lastMs; }

    /// Recomputes now (normally triggered by the document).
    void recalculate();
    void runMonteCarlo();
    /// Runs the Monte Carlo on this thread (screenshots, tests); the background run is cancelled.
    void runMonteCarloNow();
    void cancelMonteCarlo();

signals:
    void recalculated();
    void monteCarloChanged();
    void monteCarloProgress(int percent);

private:
    WorksheetDocument* m_doc;
    QTimer m_recalcTimer;
    QTimer m_mcTimer;
    BackgroundTask* m_mcTask;
    std::optional<valuation::Worksheet> m_worksheet;
    valuation::Result m_result;
    valuation::Tornado m_tornado;
    valuation::SensitivityTable m_sensitivity;
    valuation::Ledger m_ledger;
    std::optional<valuation::LedgerResult> m_ledgerResult;
    std::optional<valuation::MonteCarlo> m_monteCarlo;
    QList<valuation::Issue> m_issues;
    QHash<QString, QString> m_issueByPath;
    double m_lastMs = 0;
    quint64 m_generation = 0;
};

} // namespace dj::ui
