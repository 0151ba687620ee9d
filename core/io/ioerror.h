#pragma once

#include <QString>
#include <stdexcept>

namespace dj::io {

/// A bundle that cannot be read or written at all (missing path, unreadable file, broken workbook).
/// Row-level problems are never thrown: they end up in the ImportReport.
class IoError : public std::runtime_error
{
public:
    explicit IoError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    /// Translated, human-readable explanation.
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace dj::io
