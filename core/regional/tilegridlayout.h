#pragma once

#include <QList>
#include <QPoint>
#include <QString>

namespace dj::regional {

/// A schematic tile-grid of China's 34 province-level regions: one square per region at (column, row),
/// placed roughly as the regions lie but with no boundary of any kind (domain.md, Maps: the app ships no
/// national boundary map). 8 columns × 8 rows; (0, 0) is the top left.
class TileGridLayout
{
public:
    struct Tile
    {
        QString code; ///< two-digit GB/T 2260 province code
        QPoint cell; ///< column, row
    };
    static const QList<Tile>& tiles();
    static int columns() { return 8; }
    static int rows() { return 8; }
    /// The cell of a province code (2 digits, or any longer code of that province); (-1, -1) when none.
    static QPoint cellOf(const QString& code);
};

} // namespace dj::regional
