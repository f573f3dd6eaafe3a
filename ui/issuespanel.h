#pragma once

#include "ui/views/projectoutline.h"

#include <QTreeWidget>

namespace journeyscope {

/// Import warnings and model caveats, errors first.
class IssuesPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit IssuesPanel(QWidget* parent = nullptr);

    void setIssues(const std::vector<ProjectIssue>& issues);
};

} // namespace journeyscope
