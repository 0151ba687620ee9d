#include "core/fieldwork/noteautosaver.h"

#include "core/fieldwork/fieldworkstore.h"
#include "core/store/storeerror.h"

#include <QDateTime>

namespace dj::fieldwork {

NoteAutosaver::NoteAutosaver(FieldWorkStore& store, RecordKind kind, const QString& id, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_kind(kind)
    , m_id(id)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &NoteAutosaver::saveNow);
}

NoteAutosaver::~NoteAutosaver()
{
    saveNow();
}

void NoteAutosaver::setValue(const QString& field, const QString& value)
{
    m_pending.insert(field, value);
    if (!m_timer.isActive())
        m_timer.start();
}

bool NoteAutosaver::saveNow()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return true;
    try {
        m_store.update(m_kind, m_id, m_pending);
    } catch (const FieldWorkError& e) {
        emit saveFailed(e.message());
        return false;
    } catch (const store::StoreError& e) {
        // Busy or a full disk: keep the text and try again shortly.
        emit saveFailed(e.message());
        m_timer.start();
        return false;
    }
    m_pending.clear();
    emit saved(QDateTime::currentDateTime());
    return true;
}

} // namespace dj::fieldwork
