#include "ui/common/progressrunner.h"

#include <QAbstractButton>
#include <QLabel>
#include <QProgressBar>

namespace dj::ui {

namespace {

int permille(qint64 done, qint64 total)
{
    return total > 0 ? int(1000.0 * double(std::min(done, total)) / double(total)) : 0;
}

} // namespace

QProgressDialog* ProgressRunner::makeDialog(QWidget* parent, const QString& label, const Options& options)
{
    auto* dialog = new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, 1000, parent);
    if (!options.title.isEmpty())
        dialog->setWindowTitle(options.title);
    dialog->setWindowModality(options.windowModal ? Qt::WindowModal : Qt::NonModal);
    dialog->setMinimumDuration(options.minimumDurationMs);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    return dialog;
}

void ProgressRunner::bindDialog(BackgroundTask* task, QProgressDialog* dialog, const QString& stageFormat)
{
    QObject::connect(dialog, &QProgressDialog::canceled, task, &BackgroundTask::cancel);
    QObject::connect(task, &BackgroundTask::progress, dialog,
        [dialog, stageFormat](qint64 done, qint64 total, const QString& stage) {
            if (total <= 0)
                dialog->setRange(0, 0);
            else {
                dialog->setRange(0, 1000);
                dialog->setValue(permille(done, total));
            }
            if (!stageFormat.isEmpty() && !stage.isEmpty())
                dialog->setLabelText(stageFormat.arg(stage));
        });
}

void ProgressRunner::bind(BackgroundTask* task, QProgressBar* bar, QAbstractButton* cancel, QLabel* stage,
    const QString& stageFormat)
{
    if (bar) {
        bar->setRange(0, 1000);
        QObject::connect(
            task, &BackgroundTask::progress, bar, [bar](qint64 done, qint64 total, const QString&) {
                bar->setRange(0, total > 0 ? 1000 : 0);
                if (total > 0)
                    bar->setValue(permille(done, total));
            });
        QObject::connect(task, &BackgroundTask::runningChanged, bar, [bar](bool running) {
            bar->setVisible(running);
            if (running) {
                bar->setRange(0, 0);
                bar->setValue(0);
            }
        });
    }
    if (cancel) {
        QObject::connect(cancel, &QAbstractButton::clicked, task, &BackgroundTask::cancel);
        QObject::connect(task, &BackgroundTask::runningChanged, cancel, &QWidget::setVisible);
    }
    if (stage) {
        QObject::connect(task, &BackgroundTask::progress, stage,
            [stage, stageFormat](qint64, qint64, const QString& text) {
                if (!text.isEmpty())
                    stage->setText(stageFormat.arg(text));
            });
    }
}

} // namespace dj::ui
