#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <functional>

namespace dj::test {

/// Processes events until pred() holds or timeoutMs passed; returns pred().
inline bool waitFor(const std::function<bool()>& pred, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return pred();
}

} // namespace dj::test
