#pragma once

#include "core/fieldwork/fieldworkrecord.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace dj::fieldwork {

class FieldWorkStore;

/// Saves a record's fields as they are typed: the first change starts a timer and everything typed until
/// it fires is written in one transaction, so a save is never more than `delay` behind the keyboard
/// (continuous typing cannot postpone it, unlike a plain debounce). The editor and the crash test's
/// typist both use it, so the test exercises the editor's path.
class NoteAutosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultDelayMs = 500;

    NoteAutosaver(FieldWorkStore& store, RecordKind kind, const QString& id, QObject* parent = nullptr);
    ~NoteAutosaver() override; ///< saves what is pending

    void setDelay(int ms) { m_timer.setInterval(ms); }
    QString recordId() const { return m_id; }
    /// A field's new value as typed; saved within the delay.
    void setValue(const QString& field, const QString& value);
    bool hasPending() const { return !m_pending.isEmpty(); }
    /// Writes what is pending now (leaving the editor, switching records). Returns false on failure
    /// (the values stay pending and the failure is signalled).
    bool saveNow();

signals:
    void saved(const QDateTime& at);
    void saveFailed(const QString& message);

private:
    FieldWorkStore& m_store;
    RecordKind m_kind;
    QString m_id;
    QHash<QString, QString> m_pending;
    QTimer m_timer;
};

} // namespace dj::fieldwork
