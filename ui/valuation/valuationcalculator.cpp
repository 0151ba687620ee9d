#include "ui/valuation/valuationcalculator.h"

#include "core/valuation/resultjson.h"
#include "ui/common/backgroundtask.h"
#include "ui/valuation/worksheetdocument.h"

#include <QElapsedTimer>

namespace dj::ui {

ValuationCalculator::ValuationCalculator(WorksheetDocument* document, QObject* parent)
    : QObject(parent)
    , m_doc(document)
    , m_mcTask(new BackgroundTask(this))
{
    m_recalcTimer.setSingleShot(true);
    m_recalcTimer.setInterval(0);
    m_mcTimer.setSingleShot(true);
    m_mcTimer.setInterval(400);
    connect(&m_recalcTimer, &QTimer::timeout, this, &ValuationCalculator::recalculate);
    connect(&m_mcTimer, &QTimer::timeout, this, &ValuationCalculator::runMonteCarlo);
    connect(m_doc, &WorksheetDocument::changed, this, [this] { m_recalcTimer.start(); });
    connect(m_mcTask, &BackgroundTask::progress, this, [this](qint64 done, qint64 total, const QString&) {
        emit monteCarloProgress(total > 0 ? int(100 * done / total) : 0);
    });
    connect(m_mcTask, &BackgroundTask::runningChanged, this, [this](bool) { emit monteCarloChanged(); });
}

QString ValuationCalculator::issueAt(const QString& path) const
{
    return m_issueByPath.value(path);
}

bool ValuationCalculator::monteCarloRunning() const
{
    return m_mcTask->isRunning();
}

void ValuationCalculator::recalculate()
{
    QElapsedTimer timer;
    timer.start();
    ++m_generation;
    m_issues.clear();
    m_issueByPath.clear();
    m_worksheet.reset();
    m_ledgerResult.reset();
    m_monteCarlo.reset();
    QJsonObject doc;
    try {
        doc = valuation::Worksheet::migrate(m_doc->json());
    } catch (const valuation::ValidationError& e) {
        m_issues = e.issues();
    }
    if (m_issues.isEmpty()) {
        try {
            valuation::Worksheet w = valuation::Worksheet::fromJson(doc);
            m_result = valuation::ValuationEngine::evaluate(w);
            m_tornado = valuation::Uncertainty::tornado(
                w, w.analysis.tornadoVariables, w.analysis.tornadoChange, w.analysis.target);
            QString x, y;
            QList<double> xs, ys;
            valuation::ResultJson::defaultSensitivity(w, x, xs, y, ys);
            m_sensitivity = x.isEmpty()
                ? valuation::SensitivityTable {}
                : valuation::Uncertainty::sensitivity(w, x, xs, y, ys, w.analysis.target);
            m_worksheet = std::move(w);
        } catch (const valuation::ValidationError& e) {
            m_issues += e.issues();
            m_worksheet.reset();
        }
        try {
            m_ledger = valuation::Ledger::fromJson(doc);
            m_ledgerResult = valuation::LedgerEngine::evaluate(m_ledger);
        } catch (const valuation::ValidationError& e) {
            m_issues += e.issues();
        }
    }
    for (const valuation::Issue& i : std::as_const(m_issues))
        m_issueByPath.insert(i.path,
            m_issueByPath.contains(i.path) ? m_issueByPath.value(i.path) + QLatin1Char('\n') + i.reason
                                           : i.reason);
    m_lastMs = double(timer.nsecsElapsed()) / 1e6;
    m_mcTask->cancel();
    if (m_worksheet && !m_worksheet->analysis.ranges.isEmpty())
        m_mcTimer.start();
    emit recalculated();
    emit monteCarloChanged();
}

void ValuationCalculator::runMonteCarlo()
{
    if (!m_worksheet || m_worksheet->analysis.ranges.isEmpty())
        return;
    if (m_mcTask->isRunning()) {
        // Let the cancelled run finish first; try again shortly.
        m_mcTask->cancel();
        m_mcTimer.start();
        return;
    }
    const valuation::Worksheet w = *m_worksheet;
    const quint64 generation = m_generation;
    m_mcTask->start<valuation::MonteCarlo>(
        [w](const Progress& p) {
            return valuation::Uncertainty::monteCarlo(
                w, w.analysis.ranges, w.analysis.draws, w.analysis.seed, w.analysis.target, &p);
        },
        this,
        [this, generation](valuation::MonteCarlo mc) {
            if (generation != m_generation)
                return;
            m_monteCarlo = std::move(mc);
            emit monteCarloChanged();
        });
}

void ValuationCalculator::runMonteCarloNow()
{
    cancelMonteCarlo();
    if (!m_worksheet || m_worksheet->analysis.ranges.isEmpty())
        return;
    const valuation::Worksheet& w = *m_worksheet;
    m_monteCarlo = valuation::Uncertainty::monteCarlo(
        w, w.analysis.ranges, w.analysis.draws, w.analysis.seed, w.analysis.target);
    emit monteCarloChanged();
}

void ValuationCalculator::cancelMonteCarlo()
{
    m_mcTimer.stop();
    m_mcTask->cancel();
}

} // namespace dj::ui
