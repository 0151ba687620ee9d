#pragma once

#include <QString>
#include <stdexcept>

namespace dj::map {

/// A map problem the user must act on (bad MBTiles file, unusable tile source), message translated.
class MapError : public std::runtime_error
{
public:
    explicit MapError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace dj::map
