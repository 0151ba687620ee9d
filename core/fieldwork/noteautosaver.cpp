#include "core/fieldwork/noteautosaver.h"

#include "core/fieldwork/fieldworkstore.h"
#include "core/store/database.h"
#include "core/store/storeerror.h"

namespace dj::fieldwork {

NoteAutosaver::NoteAutosaver(FieldWorkStore& store, RecordKind kind, const QString& id, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_kind(kind)
    , m_id(id)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { saveNow(); });
}

NoteAutosaver::~NoteAutosaver()
{
    // Leaving: wait as long as any other write would rather than drop the text.
    saveNow(store::Database::kDefaultBusyTimeoutMs);
}

void NoteAutosaver::schedule(int ms)
{
    if (!m_timer.isActive())
        m_timer.start(ms);
}

void NoteAutosaver::setValue(const QString& field, const QString& value)
{
    m_pending.insert(field, value);
    if (m_id.isEmpty())
        m_createPending = true;
    // While waiting for a busy cache the retry timer runs already; a save is never postponed by typing.
    schedule(m_delay);
}

bool NoteAutosaver::saveNow(int waitMs)
{
    m_timer.stop();
    if (!hasPending())
        return true;
    try {
        store::Database::BusyTimeout wait(m_store.database(), waitMs < 0 ? m_busyWait : waitMs);
        if (m_id.isEmpty()) {
            QHash<QString, QString> values = m_initial;
            for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
                values.insert(it.key(), it.value());
            m_id = m_kind == RecordKind::Visit ? m_store.createVisit(values) : m_store.createTask(values);
            m_createPending = false;
            m_pending.clear();
            m_waiting = false;
            m_lastSaved = QDateTime::currentDateTime();
            emit created(m_id);
            emit saved(m_lastSaved);
            return true;
        }
        m_store.update(m_kind, m_id, m_pending);
    } catch (const FieldWorkError& e) {
        m_waiting = false;
        emit saveFailed(e.message());
        return false;
    } catch (const store::StoreError& e) {
        if (e.kind() == store::StoreError::Kind::Busy) {
            // Another connection holds the write lock (a long import): keep the text, try again soon.
            m_waiting = true;
            emit waiting(e.message());
            schedule(m_retry);
            return false;
        }
        // A full disk or another failure: keep the text and try again shortly.
        m_waiting = false;
        emit saveFailed(e.message());
        schedule(m_delay);
        return false;
    }
    m_pending.clear();
    m_waiting = false;
    m_lastSaved = QDateTime::currentDateTime();
    emit saved(m_lastSaved);
    return true;
}

} // namespace dj::fieldwork
