#include "ui/common/backgroundtask.h"

#include "core/common/error.h"

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
    // Every message the workstation throws is UTF-8 (dj::Error, or std::exception built from
    // QString::toStdString()); fromLocal8Bit would garble Chinese on a GBK-configured Windows.
    return Error::describe(e);
}

} // namespace dj::ui
