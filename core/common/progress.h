#pragma once

#include <QString>
#include <atomic>
#include <functional>

namespace dj {

/// Thrown by long operations when the user cancelled; the operation has left everything as it was.
struct Cancelled
{
};

/// Progress reporting and cancellation for long core operations (import, demo, index builds).
///
/// The core never touches widgets: the GUI wraps this in a QPromise, the CLI prints to a terminal.
class Progress
{
public:
    using Callback = std::function<void(qint64 done, qint64 total, const QString& stage)>;

    Progress() = default;
    explicit Progress(Callback callback, const std::atomic_bool* cancelFlag = nullptr)
        : m_callback(std::move(callback))
        , m_cancel(cancelFlag)
    {
    }

    /// Reports progress; throws Cancelled when cancellation was requested.
    void report(qint64 done, qint64 total, const QString& stage = {}) const
    {
        if (m_callback)
            m_callback(done, total, stage);
        throwIfCancelled();
    }
    bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void throwIfCancelled() const
    {
        if (isCancelled())
            throw Cancelled {};
    }

private:
    Callback m_callback;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace dj
