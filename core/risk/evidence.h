#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace dj::risk {

/// An alert's evidence rows (before / after) as the reader sees them: column titles with their units and
/// values formatted — money in 万元 (dj::Money, 2 decimals), shares and ratios as percentages, counts and
/// years as integers, dates as yyyy-MM-dd. The panel, the PDF and the XLSX export all show this; the CLI's
/// JSON keeps the raw numbers.
class Evidence
{
    Q_DECLARE_TR_FUNCTIONS(Evidence)
public:
    struct Table
    {
        QStringList keys; ///< the JSON keys, in the order of first appearance
        QStringList headers; ///< translated, with the unit
        QList<QStringList> rows; ///< formatted cells
    };

    /// True for keys that hold an amount of money in yuan (amount, revenue, tax, expected).
    static bool isMoney(const QString& key);
    static QString columnTitle(const QString& key);
    static QString format(const QString& key, const QJsonValue& value);
    static Table table(const QJsonArray& rows);
    /// One line per row, "title: value" pairs joined (the XLSX evidence cells).
    static QString text(const QJsonArray& rows);
};

} // namespace dj::risk
