#pragma once

#include "ui/views/projectoutline.h"

#include <memory>
#include <QAbstractItemModel>

namespace journeyscope {

/// The project explorer's tree: sources, stages with their touchpoints, segments and
/// personas, models.
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole, ///< OutlineItem::Kind as int
        KeyRole,                 ///< OutlineItem::key
        DetailRole,              ///< OutlineItem::detail
    };

    explicit ProjectTreeModel(QObject* parent = nullptr);
    ~ProjectTreeModel() override;

    /// Shows \a outline's groups (a reset).
    void setOutline(const std::vector<OutlineItem>& groups);
    /// The item at \a index, or null for the root.
    const OutlineItem* itemAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    const Node* nodeAt(const QModelIndex& index) const;

    std::unique_ptr<Node> m_root;
};

} // namespace journeyscope
