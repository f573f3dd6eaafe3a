#pragma once

#include "ui/views/projectoutline.h"

#include <QTreeView>

namespace journeyscope {

class ProjectTreeModel;

/// The project explorer: what the project holds, as a tree. Selecting an item shows its
/// figures (itemSelected); activating it (double-click, Enter) opens it (itemActivated).
class ProjectExplorer : public QTreeView
{
    Q_OBJECT

public:
    explicit ProjectExplorer(QWidget* parent = nullptr);

    void setOutline(const std::vector<OutlineItem>& groups);
    ProjectTreeModel* treeModel() const { return m_model; }

Q_SIGNALS:
    void itemSelected(const journeyscope::OutlineItem& item);
    void itemActivated(const journeyscope::OutlineItem& item);

private:
    ProjectTreeModel* m_model;
};

} // namespace journeyscope
