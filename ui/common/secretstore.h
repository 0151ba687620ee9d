#pragma once

#include <QHash>
#include <QString>

namespace dj::ui {

/// Secrets (the 天地图 key, later API and server credentials) in the system keychain through QtKeychain
/// (Windows Credential Manager, macOS Keychain, Secret Service/KWallet on Linux) — never in the plain
/// settings file. Where no keychain service runs (a test machine, a bare Linux session without D-Bus) the
/// secret is kept in memory for this session only and the user is told it will not be remembered.
///
///     SecretStore& secrets = SecretStore::instance();
///     const QString tk = secrets.read(QStringLiteral("tianditu/tk"));
///     if (!secrets.write(QStringLiteral("tianditu/tk"), key)) statusMessage(tr("…kept for this session
///     only"));
class SecretStore
{
public:
    enum class Backend {
        Keychain, ///< the system keychain (QtKeychain)
        Memory, ///< this process only: no keychain service, or forced (tests, DJ_SECRETS=memory)
    };

    static SecretStore& instance();

    Backend backend() const { return m_backend; }
    /// The stored secret, or empty.
    QString read(const QString& key);
    /// Stores the secret; true when it went to the system keychain, false when it is kept for this session
    /// only (no keychain service). An empty value removes it.
    bool write(const QString& key, const QString& value);
    void remove(const QString& key);

    /// Tests: use the in-memory store only (and start empty).
    void useMemoryOnly();

private:
    SecretStore();
    Backend m_backend = Backend::Memory;
    QHash<QString, QString> m_memory;
};

} // namespace dj::ui
