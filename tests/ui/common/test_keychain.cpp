// Issue #10: secrets go to the system keychain through QtKeychain. On Linux that is the Secret Service
// over the session bus; this test runs under with-keyring.sh, which starts a private D-Bus session with
// gnome-keyring (an unlocked, throw-away login keyring in a temporary HOME), so the real keychain path is
// exercised: the secret is found by a separate QtKeychain read (not SecretStore's session memory), the
// settings file never sees it, and removing it removes it from the keychain.
#include "ui/common/secretstore.h"
#include "ui/common/settings.h"

#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>
#include <qt6keychain/keychain.h>

using dj::ui::SecretStore;

namespace {

/// Reads a password straight from the keychain (the service name SecretStore uses).
QPair<QKeychain::Error, QString> keychainRead(const QString& key)
{
    QKeychain::ReadPasswordJob job(QStringLiteral("dianjing-workstation"));
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return { job.error(), job.textData() };
}

} // namespace

TEST_CASE("secrets go to the system keychain when a Secret Service runs", "[settings][keychain]")
{
    REQUIRE_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    SecretStore& secrets = SecretStore::instance();
    REQUIRE(secrets.backend() == SecretStore::Backend::Keychain);
    const QString key = QStringLiteral("test/tk-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString value = QStringLiteral("天地图密钥-%1").arg(QUuid::createUuid().toString(QUuid::Id128));

    QTemporaryDir dir;
    dj::ui::Settings settings(dir.filePath(QStringLiteral("s.ini")));
    settings.setValue(dj::ui::Settings::Key::UserName, QStringLiteral("张敏"));
    CHECK(secrets.write(key, value)); // true: it went to the keychain, not to session memory
    CHECK(secrets.backend() == SecretStore::Backend::Keychain);
    settings.sync();

    const auto stored = keychainRead(key);
    CHECK(stored.first == QKeychain::NoError);
    CHECK(stored.second == value);
    CHECK(secrets.read(key) == value);
    QFile ini(dir.filePath(QStringLiteral("s.ini")));
    REQUIRE(ini.open(QIODevice::ReadOnly));
    CHECK_FALSE(QString::fromUtf8(ini.readAll()).contains(value));

    // Writing an empty value removes it from the keychain.
    secrets.write(key, QString());
    CHECK(keychainRead(key).first == QKeychain::EntryNotFound);
    CHECK(secrets.read(key).isEmpty());
}
