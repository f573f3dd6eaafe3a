#pragma once

#include "core/store/projectsummary.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace journeyscope {

/// Shows what a project holds: the numbers of `journeyscope-cli info` and its sources.
class ProjectSummaryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectSummaryWidget(QWidget* parent = nullptr);

    void showSummary(const QString& projectPath, const ProjectSummary& summary);
    /// The state before a project is open, or after opening failed.
    void showMessage(const QString& message);

    /// The text shown for a figure: "events", "customers", "sessions", "touchpoints",
    /// "channels", "first", "last" (for tests and accessibility).
    QString figureText(const QString& figure) const;

private:
    QLabel* addFigure(const QString& key, const QString& label);

    QLabel* m_title;
    QLabel* m_message;
    QWidget* m_figures;
    QTreeWidget* m_sources;
    QList<QPair<QString, QLabel*>> m_figureLabels;
};

} // namespace journeyscope
