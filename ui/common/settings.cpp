#include "ui/common/settings.h"

#include <QFileInfo>

namespace dj::ui {

namespace {

struct KeySpec
{
    Settings::Key key;
    const char* name;
    QVariant fallback;
    bool (*valid)(const QVariant&);
};

bool anyValue(const QVariant&)
{
    return true;
}
bool isLanguage(const QVariant& v)
{
    return v.toString() == QLatin1String("zh_CN") || v.toString() == QLatin1String("en");
}
bool isPath(const QVariant& v)
{
    return v.toString().isEmpty() || !QFileInfo(v.toString()).isRelative();
}

const KeySpec& spec(Settings::Key key)
{
    static const KeySpec specs[] = {
        { Settings::Key::LastCache, "cache/last", QString(), isPath },
        { Settings::Key::Language, "ui/language", QStringLiteral("zh_CN"), isLanguage },
        { Settings::Key::WindowGeometry, "window/geometry", QByteArray(), anyValue },
        { Settings::Key::WindowState, "window/state", QByteArray(), anyValue },
        { Settings::Key::CurrentPanel, "window/panel", QStringLiteral("search"), anyValue },
        { Settings::Key::LastImportDir, "io/importDir", QString(), isPath },
        { Settings::Key::LastExportDir, "io/exportDir", QString(), isPath },
        { Settings::Key::UserName, "user/name", QString(), anyValue },
    };
    for (const KeySpec& s : specs) {
        if (s.key == key)
            return s;
    }
    return specs[0];
}

std::unique_ptr<Settings>& globalInstance()
{
    static std::unique_ptr<Settings> instance;
    return instance;
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

Settings::Settings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

void Settings::migrate()
{
    const int version = m_settings->value(QStringLiteral("settings/version"), 0).toInt();
    if (version < 1) {
        // Version 0 had no version key; nothing to convert yet.
        m_settings->setValue(QStringLiteral("settings/version"), currentVersion());
    }
}

QVariant Settings::value(Key key) const
{
    const KeySpec& s = spec(key);
    const QVariant v = m_settings->value(QLatin1String(s.name), s.fallback);
    return s.valid(v) ? v : s.fallback; // a hand-edited bad value falls back instead of breaking the app
}

void Settings::setValue(Key key, const QVariant& value)
{
    const KeySpec& s = spec(key);
    if (s.valid(value))
        m_settings->setValue(QLatin1String(s.name), value);
}

QVariant Settings::panelValue(const QString& panelId, const QString& key, const QVariant& fallback) const
{
    return m_settings->value(QStringLiteral("panels/") + panelId + QLatin1Char('/') + key, fallback);
}

void Settings::setPanelValue(const QString& panelId, const QString& key, const QVariant& value)
{
    m_settings->setValue(QStringLiteral("panels/") + panelId + QLatin1Char('/') + key, value);
}

void Settings::removePanelValue(const QString& panelId, const QString& key)
{
    m_settings->remove(QStringLiteral("panels/") + panelId + QLatin1Char('/') + key);
}

void Settings::sync()
{
    m_settings->sync();
}

Settings& Settings::instance()
{
    auto& inst = globalInstance();
    if (!inst)
        inst = std::make_unique<Settings>();
    return *inst;
}

void Settings::setInstance(std::unique_ptr<Settings> settings)
{
    globalInstance() = std::move(settings);
}

} // namespace dj::ui
