#include "ui/common/secretstore.h"

#include "core/common/logging.h"

#ifdef DJ_HAVE_QTKEYCHAIN
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#endif

namespace dj::ui {

namespace {

const QString kService = QStringLiteral("dianjing-workstation");

#ifdef DJ_HAVE_QTKEYCHAIN
/// Runs a keychain job to its end (they take milliseconds) and reports its error.
QKeychain::Error runJob(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return job.error();
}
#endif

bool keychainUsable()
{
    if (qEnvironmentVariable("DJ_SECRETS") == QLatin1String("memory"))
        return false;
#ifndef DJ_HAVE_QTKEYCHAIN
    return false;
#else
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // Secret Service and KWallet are reached over the session bus: without one there is no keychain (and
    // asking would only wait for a D-Bus timeout).
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
#endif
    return true; // a job that fails (no service) switches to the in-memory store
#endif
}

} // namespace

SecretStore& SecretStore::instance()
{
    static SecretStore store;
    return store;
}

SecretStore::SecretStore()
    : m_backend(keychainUsable() ? Backend::Keychain : Backend::Memory)
{
}

void SecretStore::useMemoryOnly()
{
    m_backend = Backend::Memory;
    m_memory.clear();
}

QString SecretStore::read(const QString& key)
{
    if (m_memory.contains(key) || m_backend == Backend::Memory)
        return m_memory.value(key);
#ifdef DJ_HAVE_QTKEYCHAIN
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    const QKeychain::Error error = runJob(job);
    if (error == QKeychain::NoError)
        return job.textData();
    if (error != QKeychain::EntryNotFound) {
        qCInfo(lcStore) << "keychain unavailable, secrets kept in memory:" << job.errorString();
        m_backend = Backend::Memory;
    }
#endif
    return {};
}

bool SecretStore::write(const QString& key, const QString& value)
{
    if (value.isEmpty()) {
        remove(key);
        return m_backend == Backend::Keychain;
    }
    if (m_backend == Backend::Keychain) {
#ifdef DJ_HAVE_QTKEYCHAIN
        QKeychain::WritePasswordJob job(kService);
        job.setKey(key);
        job.setTextData(value);
        if (runJob(job) == QKeychain::NoError) {
            m_memory.remove(key);
            return true;
        }
        qCInfo(lcStore) << "keychain unavailable, secrets kept in memory:" << job.errorString();
        m_backend = Backend::Memory;
#endif
    }
    m_memory.insert(key, value);
    return false;
}

void SecretStore::remove(const QString& key)
{
    m_memory.remove(key);
#ifdef DJ_HAVE_QTKEYCHAIN
    if (m_backend == Backend::Keychain) {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(key);
        runJob(job);
    }
#endif
}

} // namespace dj::ui
