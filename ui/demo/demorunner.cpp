#include "ui/demo/demorunner.h"

#include "core/search/searchindex.h"
#include "core/store/cache.h"
#include "core/store/storeerror.h"
#include "ui/common/progressrunner.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QUuid>
#include <stdexcept>

namespace dj::ui {

QString DemoRunner::refusal(const QString& target)
{
    const QFileInfo info(target);
    if (info.exists() && !info.isFile())
        return tr("%1 is not a file.").arg(QDir::toNativeSeparators(target));
    if (info.exists() && info.size() > 0 && !store::Cache::isCache(target))
        return tr("%1 exists and is not a Dianjing cache; it will not be overwritten.")
            .arg(QDir::toNativeSeparators(target));
    if (!QFileInfo(info.absolutePath()).isDir())
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

QString DemoRunner::temporaryPathFor(const QString& target)
{
    // Same folder, so the final rename never crosses file systems.
    const QFileInfo info(target);
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part")
            .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
}

void DemoRunner::removeCacheFiles(const QString& path)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
             QStringLiteral("-journal"), search::SearchIndex::persistedPath(QString()) })
        QFile::remove(path + suffix);
}

void DemoRunner::replace(const QString& temporary, const QString& target)
{
    const QString problem = refusal(target); // checked again: the file may have appeared meanwhile
    if (!problem.isEmpty()) {
        removeCacheFiles(temporary);
        throw store::StoreError(store::StoreError::Kind::NotACache, problem);
    }
    removeCacheFiles(target);
    if (!QFile::rename(temporary, target)) {
        removeCacheFiles(temporary);
        throw store::StoreError(
            store::StoreError::Kind::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(target)));
    }
    // The search index the generator saved moves with the cache (a missing one is built on open).
    QFile::rename(search::SearchIndex::persistedPath(temporary), search::SearchIndex::persistedPath(target));
}

dj::demo::DemoSummary DemoRunner::runQuietly(const QString& target, const dj::demo::DemoOptions& options)
{
    const QString problem = refusal(target);
    if (!problem.isEmpty())
        throw store::StoreError(store::StoreError::Kind::NotACache, problem);
    const QString temporary = temporaryPathFor(target);
    dj::demo::DemoSummary summary = dj::demo::DemoGenerator::generate(temporary, options);
    replace(temporary, target);
    return summary;
}

bool DemoRunner::runWithProgress(QWidget* parent, const QString& target, const dj::demo::DemoOptions& options)
{
    const QString problem = refusal(target);
    if (!problem.isEmpty()) {
        QMessageBox::warning(parent, tr("Cannot generate demo data"), problem);
        return false;
    }
    const QString temporary = temporaryPathFor(target);

    // Progress, stage and Cancel through the shared runner; the caller waits here (the GUI stays live).
    QWidget host; // the receiver when there is no window yet (the first start)
    QWidget* receiver = parent ? parent : &host;
    QEventLoop loop;
    bool ok = false;
    QString error;
    ProgressRunner::Options o;
    o.title = tr("Demo data");
    o.windowModal = parent != nullptr;
    o.minimumDurationMs = 0;
    o.stageFormat = tr("Generating %L1 demo enterprises…\n%2").arg(options.enterprises);
    o.onCancelled = [&loop]() { loop.quit(); };
    ProgressRunner::run<dj::demo::DemoSummary>(
        receiver, tr("Generating %L1 demo enterprises…").arg(options.enterprises),
        [temporary, options](const Progress& progress) {
            return dj::demo::DemoGenerator::generate(temporary, options, progress);
        },
        [&ok, &loop](dj::demo::DemoSummary) {
            ok = true;
            loop.quit();
        },
        [&error, &loop](const QString& message) {
            error = message;
            loop.quit();
        },
        o);
    loop.exec();

    if (ok) {
        try {
            replace(temporary, target);
            return true;
        } catch (const store::StoreError& e) {
            error = e.message();
        }
    }
    removeCacheFiles(temporary); // the generator removes its file itself; this covers a failed rename
    if (!error.isEmpty())
        QMessageBox::warning(parent, tr("Cannot generate demo data"), error);
    return false;
}

} // namespace dj::ui
