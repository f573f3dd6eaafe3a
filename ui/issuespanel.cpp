#include "ui/issuespanel.h"

#include <algorithm>
#include <QHeaderView>

namespace journeyscope {

namespace {

QString severityText(ProjectIssue::Severity severity)
{
    switch (severity) {
    case ProjectIssue::Severity::Error:
        return IssuesPanel::tr("Error");
    case ProjectIssue::Severity::Warning:
        return IssuesPanel::tr("Warning");
    case ProjectIssue::Severity::Caveat:
        return IssuesPanel::tr("Model caveat");
    }
    return {};
}

} // namespace

IssuesPanel::IssuesPanel(QWidget* parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("Kind"), tr("Where"), tr("What")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setAccessibleName(tr("Issues"));
    header()->setStretchLastSection(true);
}

void IssuesPanel::setIssues(const std::vector<ProjectIssue>& issues)
{
    clear();
    std::vector<const ProjectIssue*> sorted;
    for (const ProjectIssue& issue : issues)
        sorted.push_back(&issue);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ProjectIssue* a, const ProjectIssue* b) {
                         return int(a->severity) < int(b->severity);
                     });
    for (const ProjectIssue* issue : sorted) {
        auto* item = new QTreeWidgetItem(
            this, {severityText(issue->severity), issue->where, issue->message});
        item->setToolTip(2, issue->message);
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

} // namespace journeyscope
