#pragma once

#include "core/common/progress.h"
#include "core/risk/alertinbox.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace dj::store {
class Database;
}

namespace dj::risk {

/// Runs the rules over the watched enterprises: each one's current state (登记状态, risk records, financial
/// figures, 参保人数, shareholders, last invoiced month) is compared with the state recorded at the previous
/// run (table risk_snapshots), every enabled rule whose scope covers the enterprise turns the differences
/// into alerts with the rows before and after, and the new state is recorded. An alert is unique per rule,
/// enterprise and change, so running again (or importing the same data again) raises nothing new.
///
/// core/io knows nothing of this: whoever imports (the CLI's import, the import dialog) calls
/// afterImport() on the same cache once the import has committed — the recorded states are the "old" side.
class Monitor
{
    Q_DECLARE_TR_FUNCTIONS(Monitor)
public:
    struct RunResult
    {
        int watched = 0; ///< distinct watched enterprises
        int compared = 0; ///< of them with a recorded state to compare against
        int rules = 0; ///< enabled rules
        std::vector<Alert> raised; ///< the new alerts
        double seconds = 0;
    };

    explicit Monitor(store::Database& db);
    /// Writes the built-in rules first if the cache never had rules. Throws store::StoreError, Cancelled
    /// (then nothing is written).
    RunResult run(const Progress& progress = {});
    /// run() when anything is watched; an empty result otherwise (no rules are written then).
    RunResult afterImport(const Progress& progress = {});
    /// Records the current state of usccs (only those without one when onlyMissing).
    void snapshot(const QStringList& usccs, bool onlyMissing = true);
    /// The state the rules compare, as recorded (for tests and the evidence view).
    QJsonObject currentState(const QString& uscc);
    /// An alert's title in the current language from its key (the rule kind that raised it: new_risk,
    /// current_risk, status_change, ownership_change, metric_fall, invoice_break) and untranslated
    /// arguments (names, record kinds, dates, metric keys, raw figures). Empty for an unknown key.
    static QString title(const QString& key, const QStringList& args);

private:
    store::Database& m_db;
};

} // namespace dj::risk
