#pragma once

#include "core/search/searchresult.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QString>
#include <QVariant>

namespace dj::ui {

/// The columns a search result can show: titles, cell text, export values and the engine's sort field.
/// Pure functions over search::Row, safe on any thread (exports run off the GUI thread).
class ResultColumns
{
    Q_DECLARE_TR_FUNCTIONS(ResultColumns)
public:
    enum Column {
        Name,
        Uscc,
        Status,
        Region,
        Industry,
        LegalRep,
        Established,
        RegisteredCapital,
        Revenue,
        Tax,
        InsuredCount,
        Scale,
        FormerNames,
        Count
    };

    static QString title(int column);
    /// Stable key for settings ("name", "revenue", …).
    static QString key(int column);
    static int fromKey(const QString& key);
    /// The engine's sort field, empty when the column cannot be sorted.
    static QString sortField(int column);
    /// Text shown in the table (money in 万元).
    static QString display(const search::Row& row, int column);
    /// Value written to an export: numbers stay numbers (money in 万元, as the header says).
    static QVariant exportValue(const search::Row& row, int column);
    static bool isNumeric(int column);
    /// Columns hidden until the user picks them.
    static bool hiddenByDefault(int column);
    /// The display order before the user moves columns: name, then revenue and tax (what both client
    /// scenarios are about), so they are on screen at 1366 px next to a filter sidebar.
    static QList<int> defaultOrder();
    /// Width in pixels of a column for a laptop screen: its title or a typical value, whichever is wider.
    static int defaultWidth(int column, const QFontMetrics& fm);
};

} // namespace dj::ui
