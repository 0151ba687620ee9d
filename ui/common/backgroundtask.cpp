#include "ui/common/backgroundtask.h"

#include "core/store/storeerror.h"

namespace dj::ui {

BackgroundTask::BackgroundTask(QObject* parent)
    : QObject(parent)
{
}

BackgroundTask::~BackgroundTask()
{
    cancel();
}

void BackgroundTask::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BackgroundTask::finish()
{
    m_running = false;
    emit runningChanged(false);
}

QString BackgroundTask::describe(const std::exception& e)
{
    if (const auto* se = dynamic_cast<const store::StoreError*>(&e))
        return se->message();
    return QString::fromLocal8Bit(e.what());
}

} // namespace dj::ui
