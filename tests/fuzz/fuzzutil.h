#pragma once
// Helpers shared by the libFuzzer targets (built only with -DDJ_FUZZ=ON, see scripts/fuzz.sh).

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <cstdint>
#include <cstdlib>

namespace dj::fuzz {

/// A per-process scratch path under the temporary folder (tmpfs when TMPDIR points there).
inline QString scratchPath(const QString& name)
{
    return QDir::tempPath() + QStringLiteral("/dj-fuzz-%1-").arg(QCoreApplication::applicationPid()) + name;
}

inline void writeFile(const QString& path, const uint8_t* data, size_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    f.write(reinterpret_cast<const char*>(data), qint64(size));
}

/// Aborts (a finding) when an invariant of the code under test does not hold.
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace dj::fuzz
