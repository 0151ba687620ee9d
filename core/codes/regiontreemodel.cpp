#include "core/codes/regiontreemodel.h"

#include "core/codes/regions.h"

#include <functional>

namespace dj::codes {

namespace {

bool isPlaceholder(const Region& r)
{
    return r.level == 2 && (r.name == u"市辖区" || r.name == u"县" || r.name.endsWith(u"直辖县级行政区划"));
}

} // namespace

QString RegionTreeModel::prefixOf(const QString& code)
{
    if (code.size() != 6)
        return code;
    if (code.endsWith(QLatin1String("0000")))
        return code.left(2);
    if (code.endsWith(QLatin1String("00")))
        return code.left(4);
    return code;
}

RegionTreeModel::RegionTreeModel(int maxLevel, QObject* parent)
    : CodeTreeModel(parent)
{
    setHeaderText(tr("Region"));
    const Regions& regions = Regions::instance();
    std::function<void(Node*, const Region*)> addChildren = [&](Node* into, const Region* r) {
        for (const Region* c : regions.children(r ? QStringView(r->code) : QStringView())) {
            if (c->level > maxLevel)
                continue;
            // 直辖市 市辖区/县 and 省直辖县级行政区划 only group counties: show the counties directly.
            if (isPlaceholder(*c)) {
                addChildren(into, c);
                continue;
            }
            const QString tip = QStringLiteral("%1 (%2)").arg(regions.fullName(c->code), c->code);
            Node* n = addNode(into, prefixOf(c->code), c->name, c->shortName, c->level, tip);
            addChildren(n, c);
        }
    };
    beginResetModel();
    addChildren(root(), nullptr);
    endResetModel();
}

} // namespace dj::codes
