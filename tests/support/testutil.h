#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <ostream>

// Lets Catch2 print QStrings in failure messages.
inline std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << s.toStdString();
}

namespace dj::test {

/// What a dianjing-cli run produced.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    /// stdout parsed as one JSON document (empty object when not JSON).
    QJsonObject json() const;
    /// stdout parsed as JSON Lines.
    QList<QJsonObject> lines() const;
};

/// Runs the built dianjing-cli with args (and optional stdin); waits up to timeoutMs.
CliResult runCli(const QStringList& args, const QByteArray& input = {}, int timeoutMs = 120000);

/// Path of a file under tests/data.
QString dataPath(const QString& relative);

/// A Python interpreter that can import openpyxl (an independent XLSX reader), or empty when none.
QString pythonWithOpenpyxl();

/// The text of a PDF as poppler's pdftotext reads it (UTF-8, NFKC-normalised), or a null QString when
/// pdftotext is not installed (the caller WARNs and skips its text checks).
QString pdfText(const QString& pdfPath);

/// SHA-256 of a file's bytes (hex); empty when it cannot be read.
QByteArray sha256Hex(const QString& path);

/// The tests' own CSV reader, independent of core/io: RFC 4180 records of a UTF-8 file (BOM skipped, CRLF or
/// LF), so results can be checked against the exported bundle. Throws std::runtime_error when unreadable.
QList<QStringList> readCsvRecords(const QString& path);
using CsvRows = QList<QHash<QString, QString>>;
/// The same, each record keyed by the header row's names (missing trailing cells are empty).
CsvRows readCsv(const QString& path);

} // namespace dj::test
