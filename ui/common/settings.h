#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>
#include <memory>

namespace dj::ui {

/// Typed application settings: one table of keys with defaults and validation, a version number and a
/// migration step. Tests use a temporary instance backed by a file of their own.
class Settings
{
public:
    enum class Key {
        LastCache, ///< path of the cache opened last
        Language, ///< "zh_CN" (default) or "en"
        WindowGeometry,
        WindowState,
        CurrentPanel, ///< panel id shown last
        LastImportDir,
        LastExportDir,
        UserName, ///< the user's name in visit tasks and notes ("my tasks", who edited what)
    };

    /// The user's settings (QSettings in the platform's native place).
    Settings();
    /// Settings stored in an INI file of the caller's choosing (tests, portable installs).
    explicit Settings(const QString& iniFile);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    QString string(Key key) const { return value(key).toString(); }

    /// Free-form per-panel state (splitter sizes, column choices, last filter …).
    QVariant panelValue(const QString& panelId, const QString& key, const QVariant& fallback = {}) const;
    void setPanelValue(const QString& panelId, const QString& key, const QVariant& value);

    static int currentVersion() { return 1; }
    void sync();
    QSettings& raw() { return *m_settings; }

    /// The instance the application uses (created on first call).
    static Settings& instance();
    /// Replaces the application instance (tests); takes ownership.
    static void setInstance(std::unique_ptr<Settings> settings);

private:
    void migrate();
    std::unique_ptr<QSettings> m_settings;
};

} // namespace dj::ui
