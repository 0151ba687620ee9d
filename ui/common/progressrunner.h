#pragma once

#include "ui/common/backgroundtask.h"

#include <QPointer>
#include <QProgressDialog>
#include <QString>
#include <functional>

class QAbstractButton;
class QLabel;
class QProgressBar;
class QWidget;

namespace dj::ui {

/// Background work with progress and cancel, wired once: a progress dialog (or a bar, a stage label and a
/// cancel button of the panel's own), the result delivered on the GUI thread only if `receiver` still exists,
/// and the task cleaned up afterwards. Replaces hand-wiring a BackgroundTask or a QFuture to a progress bar.
///
///     ProgressRunner::run<Report>(this, tr("Computing…"),
///         [=](const Progress& p) { return compute(input, p); },      // worker thread; p.report(done, total)
///         [this](Report r) { show(r); },                             // GUI thread, only if `this` lives
///         [this](const QString& error) { warn(error); });            // optional
///
///     ProgressRunner::bind(m_task, m_bar, m_cancelButton, m_stageLabel);  // a long-lived task in a panel
class ProgressRunner
{
public:
    struct Options
    {
        QString title; ///< dialog window title
        int minimumDurationMs = 300; ///< the dialog appears only for work that takes longer
        bool windowModal = false;
        std::function<void()> onCancelled; ///< after the user cancelled and the work stopped
        /// When set, the dialog's text follows the work's stage: stageFormat.arg(stage) (e.g.
        /// "Loading…\n%1"). Last, so that { title, ms, modal, onCancelled } keeps its meaning.
        QString stageFormat;
    };

    /// Runs work with a progress dialog parented to `receiver` (its Cancel button cancels the work). Returns
    /// the task (owned by the receiver, deleted when done) so callers can watch or cancel it.
    template <typename T>
    static BackgroundTask* run(QWidget* receiver, const QString& label,
        std::function<T(const Progress&)> work, std::function<void(T)> onDone,
        std::function<void(const QString&)> onError = {}, Options options = {})
    {
        auto* task = new BackgroundTask(receiver);
        QPointer<QProgressDialog> dialog = makeDialog(receiver, label, options);
        bindDialog(task, dialog, options.stageFormat);
        auto cleanup = [task, dialog]() {
            if (dialog)
                dialog->deleteLater();
            task->deleteLater();
        };
        QObject::connect(task, &BackgroundTask::cancelled, task, [cleanup, cb = options.onCancelled]() {
            cleanup();
            if (cb)
                cb();
        });
        task->start<T>(
            std::move(work), receiver,
            [cleanup, onDone](T result) {
                cleanup();
                if (onDone)
                    onDone(std::move(result));
            },
            [cleanup, onError](const QString& message) {
                cleanup();
                if (onError)
                    onError(message);
            });
        return task;
    }

    /// Shows a task's progress in a bar (0..1000, busy when the total is unknown), its stage in a label
    /// (through stageFormat, e.g. tr("Preparing the index: %1")), shows them while it runs, and makes the
    /// button cancel it. Any of the widgets may be null.
    static void bind(BackgroundTask* task, QProgressBar* bar, QAbstractButton* cancel = nullptr,
        QLabel* stage = nullptr, const QString& stageFormat = QStringLiteral("%1"));

private:
    static QProgressDialog* makeDialog(QWidget* parent, const QString& label, const Options& options);
    static void bindDialog(BackgroundTask* task, QProgressDialog* dialog, const QString& stageFormat = {});
};

} // namespace dj::ui
