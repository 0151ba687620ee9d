#include "core/codes/codetreemodel.h"

namespace dj::codes {

CodeTreeModel::CodeTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

CodeTreeModel::~CodeTreeModel() = default;

CodeTreeModel::Node* CodeTreeModel::addNode(
    Node* parent, QString code, QString name, QString shortName, int level, QString toolTip)
{
    auto node = std::make_unique<Node>();
    node->code = std::move(code);
    node->name = std::move(name);
    node->shortName = std::move(shortName);
    node->toolTip = std::move(toolTip);
    node->level = level;
    node->parent = parent;
    node->row = int(parent->children.size());
    Node* raw = node.get();
    parent->children.push_back(std::move(node));
    m_byCode.insert(raw->code, raw);
    return raw;
}

QString CodeTreeModel::displayText(const Node& node) const
{
    return node.name;
}

CodeTreeModel::Node* CodeTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex CodeTreeModel::indexOf(const Node* node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node*>(node));
}

QModelIndex CodeTreeModel::indexOf(const QString& code) const
{
    return indexOf(m_byCode.value(code, nullptr));
}

QModelIndex CodeTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node* p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex CodeTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int CodeTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CodeTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant CodeTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*n);
    case Qt::ToolTipRole:
        return n->toolTip.isEmpty() ? n->name : n->toolTip;
    case Qt::CheckStateRole:
        return int(n->check);
    case CodeRole:
        return n->code;
    case LevelRole:
        return n->level;
    case ShortNameRole:
        return n->shortName;
    case SearchTextRole:
        return QStringList { n->code, n->name, n->shortName, n->toolTip }.join(QLatin1Char(' '));
    default:
        return {};
    }
}

Qt::ItemFlags CodeTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (!nodeOf(index)->children.empty())
        f |= Qt::ItemIsAutoTristate;
    return f;
}

QVariant CodeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_header;
    return {};
}

QHash<int, QByteArray> CodeTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(LevelRole, "level");
    names.insert(ShortNameRole, "shortName");
    names.insert(SearchTextRole, "searchText");
    return names;
}

bool CodeTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < Qt::Unchecked || v > Qt::Checked)
        return false;
    // A click on a partly checked parent means "all of it"; partial is never set directly.
    const Qt::CheckState state = v == Qt::Unchecked ? Qt::Unchecked : Qt::Checked;
    Node* n = nodeOf(index);
    setSubtree(n, state, true);
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    updateAncestors(n);
    Q_EMIT checkedCodesChanged();
    return true;
}

void CodeTreeModel::setSubtree(Node* node, Qt::CheckState state, bool notify)
{
    node->check = state;
    bool any = false;
    for (auto& c : node->children) {
        if (c->check != state) {
            setSubtree(c.get(), state, notify);
            any = true;
        }
    }
    if (notify && any)
        notifyChildren(node);
}

void CodeTreeModel::notifyChildren(Node* node)
{
    if (node->children.empty())
        return;
    const QModelIndex parent = indexOf(node);
    Q_EMIT dataChanged(
        index(0, 0, parent), index(int(node->children.size()) - 1, 0, parent), { Qt::CheckStateRole });
}

void CodeTreeModel::updateAncestors(Node* node)
{
    for (Node* p = node->parent; p && p != m_root.get(); p = p->parent) {
        bool all = true;
        bool none = true;
        for (const auto& c : p->children) {
            all = all && c->check == Qt::Checked;
            none = none && c->check == Qt::Unchecked;
        }
        const Qt::CheckState s = all ? Qt::Checked : none ? Qt::Unchecked : Qt::PartiallyChecked;
        if (s == p->check)
            break;
        p->check = s;
        const QModelIndex i = indexOf(p);
        Q_EMIT dataChanged(i, i, { Qt::CheckStateRole });
    }
}

void CodeTreeModel::collectChecked(const Node* node, QStringList& out) const
{
    for (const auto& c : node->children) {
        if (c->check == Qt::Checked)
            out.append(c->code);
        else if (c->check == Qt::PartiallyChecked)
            collectChecked(c.get(), out);
    }
}

QStringList CodeTreeModel::checkedCodes() const
{
    QStringList out;
    collectChecked(m_root.get(), out);
    return out;
}

void CodeTreeModel::clearChecks()
{
    setCheckedCodes({});
}

void CodeTreeModel::setCheckedCodes(const QStringList& codes)
{
    setSubtree(m_root.get(), Qt::Unchecked, false);
    for (const QString& code : codes) {
        Node* n = m_byCode.value(code, nullptr);
        if (!n)
            continue;
        setSubtree(n, Qt::Checked, false);
        updateAncestors(n);
    }
    // One notification per parent instead of one per item: the street-level tree has ~45,000 items.
    std::vector<Node*> stack { m_root.get() };
    while (!stack.empty()) {
        Node* n = stack.back();
        stack.pop_back();
        notifyChildren(n);
        for (auto& c : n->children) {
            if (!c->children.empty())
                stack.push_back(c.get());
        }
    }
    Q_EMIT checkedCodesChanged();
}

} // namespace dj::codes
