#pragma once

#include "core/common/progress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent>
#include <atomic>
#include <exception>
#include <functional>
#include <memory>

namespace dj::ui {

/// Runs work off the GUI thread with progress and cancellation, and delivers the result to a context
/// object on the GUI thread only if that object still exists.
///
///     auto* task = new BackgroundTask(this);
///     connect(task, &BackgroundTask::progress, bar, ...);
///     task->start<Result>([=](const Progress& p) { return work(p); },
///                         this, [this](Result r) { show(r); });
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundTask(QObject* parent = nullptr);
    ~BackgroundTask() override;

    template <typename T>
    void start(std::function<T(const Progress&)> work, QObject* receiver, std::function<void(T)> onDone,
        std::function<void(const QString&)> onError = {})
    {
        m_cancel = std::make_shared<std::atomic_bool>(false);
        auto cancel = m_cancel;
        QPointer<BackgroundTask> self(this);
        QPointer<QObject> target(receiver);
        m_running = true;
        emit runningChanged(true);
        auto future = QtConcurrent::run([=]() {
            Progress progress(
                [self](qint64 done, qint64 total, const QString& stage) {
                    if (self)
                        QMetaObject::invokeMethod(
                            self,
                            [self, done, total, stage]() {
                                if (self)
                                    emit self->progress(done, total, stage);
                            },
                            Qt::QueuedConnection);
                },
                cancel.get());
            try {
                T result = work(progress);
                // The result first, then "not running": a listener of runningChanged(false) sees the result.
                QMetaObject::invokeMethod(
                    qApp,
                    [self, target, onDone, result]() {
                        if (target && onDone)
                            onDone(result);
                        if (self)
                            self->finish();
                    },
                    Qt::QueuedConnection);
            } catch (const Cancelled&) {
                QMetaObject::invokeMethod(
                    qApp,
                    [self]() {
                        if (self) {
                            self->finish();
                            emit self->cancelled();
                        }
                    },
                    Qt::QueuedConnection);
            } catch (const std::exception& e) {
                const QString message = describe(e);
                QMetaObject::invokeMethod(
                    qApp,
                    [self, target, onError, message]() {
                        if (target && onError)
                            onError(message);
                        if (self) {
                            emit self->failed(message);
                            self->finish();
                        }
                    },
                    Qt::QueuedConnection);
            }
        });
        Q_UNUSED(future);
    }

    bool isRunning() const { return m_running; }
    /// The user-facing text of an exception escaping the work: dj::Error::message(), else what() as UTF-8.
    static QString describe(const std::exception& e);

public slots:
    /// Asks the work to stop at its next progress report.
    void cancel();

signals:
    void progress(qint64 done, qint64 total, const QString& stage);
    void runningChanged(bool running);
    void cancelled();
    void failed(const QString& message);

private:
    void finish();
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace dj::ui
