#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>
#include <memory>
#include <vector>

namespace dj::codes {

/// Checkable code tree shared by the region and industry pickers (QtCore only).
///
/// Every item is user-checkable; a parent is tri-state and derived from its children (checking a parent
/// checks its whole subtree). Column 0 only. For filtering, use a QSortFilterProxyModel with
/// recursiveFilteringEnabled on SearchTextRole (code, name and short name in one string).
class CodeTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        CodeRole = Qt::UserRole
            + 1, ///< QString: the region prefix ("32", "3209", "320902") or industry code ("C", "3922")
        LevelRole, ///< int, the entry's level (see Region::level / Industry::level)
        ShortNameRole, ///< QString, short name (regions) or the name (industries)
        SearchTextRole, ///< QString, "code name shortName" for filter proxies
    };
    Q_ENUM(Role)

    explicit CodeTreeModel(QObject* parent = nullptr);
    ~CodeTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The minimal set of checked codes: a fully checked subtree is represented by its top code only.
    /// This is the form filters take (region prefixes, industry prefixes).
    QStringList checkedCodes() const;
    /// Replaces the check state: each listed code checks its subtree; unknown codes are ignored.
    void setCheckedCodes(const QStringList& codes);
    void clearChecks();
    /// Index of the item with this code (as CodeRole gives it), invalid when absent.
    QModelIndex indexOf(const QString& code) const;

Q_SIGNALS:
    void checkedCodesChanged();

protected:
    struct Node
    {
        QString code;
        QString name;
        QString shortName;
        QString toolTip;
        int level = 0;
        Node* parent = nullptr;
        int row = 0;
        Qt::CheckState check = Qt::Unchecked;
        std::vector<std::unique_ptr<Node>> children;
    };
    /// Subclasses fill the tree once in their constructor (between beginResetModel/endResetModel).
    Node* root() { return m_root.get(); }
    Node* addNode(
        Node* parent, QString code, QString name, QString shortName, int level, QString toolTip = {});
    virtual QString displayText(const Node& node) const;
    void setHeaderText(const QString& text) { m_header = text; }

private:
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node) const;
    void setSubtree(Node* node, Qt::CheckState state, bool notify);
    void notifyChildren(Node* node);
    void updateAncestors(Node* node);
    void collectChecked(const Node* node, QStringList& out) const;

    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_byCode;
    QString m_header;
};

} // namespace dj::codes
