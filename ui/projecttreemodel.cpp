#include "ui/projecttreemodel.h"

namespace journeyscope {

/// An item with the links a tree model needs: its parent and its row there.
struct ProjectTreeModel::Node
{
    OutlineItem item;
    const Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    void adopt(const std::vector<OutlineItem>& items)
    {
        for (const OutlineItem& child : items) {
            auto node = std::make_unique<Node>();
            node->item = {child.kind, child.name, child.detail, child.key, {}};
            node->parent = this;
            node->row = int(children.size());
            node->adopt(child.children);
            children.push_back(std::move(node));
        }
    }
};

ProjectTreeModel::ProjectTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

ProjectTreeModel::~ProjectTreeModel() = default;

void ProjectTreeModel::setOutline(const std::vector<OutlineItem>& groups)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->adopt(groups);
    endResetModel();
}

const ProjectTreeModel::Node* ProjectTreeModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<const Node*>(index.internalPointer()) : m_root.get();
}

const OutlineItem* ProjectTreeModel::itemAt(const QModelIndex& index) const
{
    return index.isValid() ? &nodeAt(index)->item : nullptr;
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* node = nodeAt(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex ProjectTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* parent = nodeAt(child)->parent;
    if (parent == nullptr || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, const_cast<Node*>(parent));
}

int ProjectTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int ProjectTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant ProjectTreeModel::data(const QModelIndex& index, int role) const
{
    const OutlineItem* item = itemAt(index);
    if (item == nullptr)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return item->name;
    case Qt::ToolTipRole:
    case DetailRole:
        return item->detail.isEmpty() ? QVariant() : QVariant(item->detail);
    case KindRole:
        return int(item->kind);
    case KeyRole:
        return item->key;
    default:
        return {};
    }
}

} // namespace journeyscope
