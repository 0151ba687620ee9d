#include "core/regional/tilegridlayout.h"

namespace dj::regional {

const QList<TileGridLayout::Tile>& TileGridLayout::tiles()
{
    // North-east at the top right, Xinjiang and Tibet on the left, Hainan, Hong Kong and Macao at the bottom.
    static const QList<Tile> kTiles {
        { QStringLiteral("23"), { 7, 0 } }, // 黑龙江
        { QStringLiteral("15"), { 4, 1 } }, // 内蒙古
        { QStringLiteral("11"), { 5, 1 } }, // 北京
        { QStringLiteral("21"), { 6, 1 } }, // 辽宁
        { QStringLiteral("22"), { 7, 1 } }, // 吉林
        { QStringLiteral("65"), { 0, 2 } }, // 新疆
        { QStringLiteral("62"), { 2, 2 } }, // 甘肃
        { QStringLiteral("64"), { 3, 2 } }, // 宁夏
        { QStringLiteral("14"), { 4, 2 } }, // 山西
        { QStringLiteral("13"), { 5, 2 } }, // 河北
        { QStringLiteral("12"), { 6, 2 } }, // 天津
        { QStringLiteral("63"), { 1, 3 } }, // 青海
        { QStringLiteral("61"), { 3, 3 } }, // 陕西
        { QStringLiteral("41"), { 4, 3 } }, // 河南
        { QStringLiteral("37"), { 5, 3 } }, // 山东
        { QStringLiteral("54"), { 1, 4 } }, // 西藏
        { QStringLiteral("51"), { 2, 4 } }, // 四川
        { QStringLiteral("50"), { 3, 4 } }, // 重庆
        { QStringLiteral("42"), { 4, 4 } }, // 湖北
        { QStringLiteral("34"), { 5, 4 } }, // 安徽
        { QStringLiteral("32"), { 6, 4 } }, // 江苏
        { QStringLiteral("53"), { 2, 5 } }, // 云南
        { QStringLiteral("52"), { 3, 5 } }, // 贵州
        { QStringLiteral("43"), { 4, 5 } }, // 湖南
        { QStringLiteral("36"), { 5, 5 } }, // 江西
        { QStringLiteral("33"), { 6, 5 } }, // 浙江
        { QStringLiteral("31"), { 7, 5 } }, // 上海
        { QStringLiteral("45"), { 3, 6 } }, // 广西
        { QStringLiteral("44"), { 4, 6 } }, // 广东
        { QStringLiteral("35"), { 5, 6 } }, // 福建
        { QStringLiteral("71"), { 6, 6 } }, // 台湾
        { QStringLiteral("46"), { 3, 7 } }, // 海南
        { QStringLiteral("82"), { 4, 7 } }, // 澳门
        { QStringLiteral("81"), { 5, 7 } }, // 香港
    };
    return kTiles;
}

QPoint TileGridLayout::cellOf(const QString& code)
{
    const QString p = code.left(2);
    for (const Tile& t : tiles()) {
        if (t.code == p)
            return t.cell;
    }
    return { -1, -1 };
}

} // namespace dj::regional
