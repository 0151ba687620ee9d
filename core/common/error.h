#pragma once

#include <QString>
#include <stdexcept>

namespace dj {

/// The one error base of the workstation: a translated, complete sentence for the user (message()),
/// and what() in UTF-8 for logs. StoreError, IoError, MapError and FilterError derive from it, so a
/// caller that only shows the message catches `const dj::Error&` and never decodes what() itself.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    /// Translated, human-readable explanation.
    const QString& message() const { return m_message; }

    /// The message of any exception: message() for a dj::Error, what() decoded as UTF-8 otherwise
    /// (never the local 8-bit code page: std::runtime_error built from QString::toStdString() holds UTF-8).
    static QString describe(const std::exception& e)
    {
        if (const auto* err = dynamic_cast<const Error*>(&e))
            return err->message();
        return QString::fromUtf8(e.what());
    }

private:
    QString m_message;
};

} // namespace dj
