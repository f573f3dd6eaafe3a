#include "ui/projectexplorer.h"

#include "ui/projecttreemodel.h"

namespace journeyscope {

ProjectExplorer::ProjectExplorer(QWidget* parent)
    : QTreeView(parent)
    , m_model(new ProjectTreeModel(this))
{
    setModel(m_model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setAccessibleName(tr("Project explorer"));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (const OutlineItem* item = m_model->itemAt(current))
                    Q_EMIT itemSelected(*item);
            });
    connect(this, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const OutlineItem* item = m_model->itemAt(index))
            Q_EMIT itemActivated(*item);
    });
}

void ProjectExplorer::setOutline(const std::vector<OutlineItem>& groups)
{
    m_model->setOutline(groups);
    // The groups open, their contents closed: a project with hundreds of touchpoints
    // still fits.
    for (int row = 0; row < m_model->rowCount(); ++row)
        expand(m_model->index(row, 0));
}

} // namespace journeyscope
