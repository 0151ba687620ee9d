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

    /// A typed per-panel key with its default and validation, declared once next to the panel:
    ///
    ///     const Settings::PanelKey<double> kZoom { "map", "zoom", 5.0, [](const double& z) { return z >= 1
    ///     && z <= 20; } }; const double zoom = settings.get(kZoom);   // the default for a missing,
    ///     unreadable or invalid value settings.set(kZoom, 12.5);                 // an invalid value is not
    ///     written
    template <typename T> struct PanelKey
    {
        const char* panel;
        const char* name;
        T fallback;
        bool (*valid)(const T&) = nullptr;
    };
    template <typename T> T get(const PanelKey<T>& key) const
    {
        QVariant v = panelValue(QLatin1String(key.panel), QLatin1String(key.name));
        if (!v.isValid() || v.isNull() || !v.convert(QMetaType::fromType<T>()))
            return key.fallback;
        T value = v.value<T>();
        return !key.valid || key.valid(value) ? value : key.fallback;
    }
    template <typename T> void set(const PanelKey<T>& key, const T& value)
    {
        if (!key.valid || key.valid(value))
            setPanelValue(QLatin1String(key.panel), QLatin1String(key.name), QVariant::fromValue(value));
    }
    /// Removes a per-panel key (e.g. a secret that moved to the keychain).
    void removePanelValue(const QString& panelId, const QString& key);

    /// Free-form per-panel state (prefer PanelKey): splitter sizes, header states …
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
