#include "core/codes/industrytreemodel.h"

#include "core/codes/industries.h"

#include <functional>

namespace dj::codes {

IndustryTreeModel::IndustryTreeModel(int maxLevel, QObject* parent)
    : CodeTreeModel(parent)
{
    setHeaderText(tr("Industry"));
    const Industries& industries = Industries::instance();
    std::function<void(Node*, const QString&)> addChildren = [&](Node* into, const QString& code) {
        for (const Industry* i : industries.children(code)) {
            if (i->level > maxLevel)
                continue;
            Node* n = addNode(into, i->code, i->name, i->name, i->level);
            addChildren(n, i->code);
        }
    };
    beginResetModel();
    addChildren(root(), QString());
    endResetModel();
}

QString IndustryTreeModel::displayText(const Node& node) const
{
    return node.code + QLatin1Char(' ') + node.name;
}

} // namespace dj::codes
