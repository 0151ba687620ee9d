#pragma once

#include "core/fieldwork/fieldworkrecord.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace dj::fieldwork {

class FieldWorkStore;

/// Saves a record's fields as they are typed: the first change starts a timer and everything typed until
/// it fires is written in one transaction, so a save is never more than `delay` behind the keyboard
/// (continuous typing cannot postpone it, unlike a plain debounce). The editor and the crash test's
/// typist both use it, so the test exercises the editor's path.
///
/// Never blocks the thread it lives on: a save waits at most busyWait() for another connection's write
/// lock (an import running, a colleague's file being merged). When the cache is busy the text stays
/// pending, waiting() is signalled and the save is tried again every retryInterval() until it succeeds.
///
/// With an empty id the record does not exist yet: the first save creates it (a visit or a task) from
/// setInitialValues() and what was typed, and signals created(id).
class NoteAutosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultDelayMs = 500;
    static constexpr int kBusyWaitMs = 20;
    static constexpr int kRetryIntervalMs = 250;

    NoteAutosaver(FieldWorkStore& store, RecordKind kind, const QString& id, QObject* parent = nullptr);
    ~NoteAutosaver() override; ///< saves what is pending (waiting as long as the store's default allows)

    void setDelay(int ms) { m_delay = ms; }
    void setBusyWait(int ms) { m_busyWait = ms; }
    int busyWait() const { return m_busyWait; }
    void setRetryInterval(int ms) { m_retry = ms; }
    int retryInterval() const { return m_retry; }
    QString recordId() const { return m_id; }
    /// The values a record still to be created starts with (uscc, task, date …); typed values override.
    void setInitialValues(const QHash<QString, QString>& values) { m_initial = values; }
    /// A field's new value as typed; saved within the delay.
    void setValue(const QString& field, const QString& value);
    bool hasPending() const { return !m_pending.isEmpty() || (m_id.isEmpty() && m_createPending); }
    /// True while the last try found the cache busy (the text is kept and tried again).
    bool isWaiting() const { return m_waiting; }
    /// When the last successful save was written (null before the first).
    QDateTime lastSaved() const { return m_lastSaved; }
    /// Writes what is pending now (leaving the editor, switching records). Returns false on failure
    /// (the values stay pending and the failure is signalled). `waitMs` < 0: busyWait().
    bool saveNow(int waitMs = -1);

signals:
    void saved(const QDateTime& at);
    /// A new record was written for the first time (an empty id was given).
    void created(const QString& id);
    /// The cache is busy (another connection is writing): the values are kept and saved later.
    void waiting(const QString& message);
    void saveFailed(const QString& message);

private:
    void schedule(int ms);

    FieldWorkStore& m_store;
    RecordKind m_kind;
    QString m_id;
    QHash<QString, QString> m_initial;
    QHash<QString, QString> m_pending;
    bool m_createPending = false;
    bool m_waiting = false;
    int m_delay = kDefaultDelayMs;
    int m_busyWait = kBusyWaitMs;
    int m_retry = kRetryIntervalMs;
    QDateTime m_lastSaved;
    QTimer m_timer;
};

} // namespace dj::fieldwork
