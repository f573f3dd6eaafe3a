#pragma once

#include "core/store/projectsummary.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <variant>

namespace journeyscope {

class ProjectSummaryWidget;

/// The main window: opens a project and shows what it holds.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens \a path; the summary is read on a worker thread and shown when ready.
    void openProject(const QString& path);
    /// The path of the project shown, empty when none.
    const QString& projectPath() const { return m_projectPath; }
    ProjectSummaryWidget* summaryWidget() const { return m_summary; }

Q_SIGNALS:
    /// Emitted when a project was opened and its summary is shown, or opening failed.
    void projectLoaded(bool ok);

private:
    using LoadResult = std::variant<ProjectSummary, QString>; ///< summary or error

    void chooseProject();
    void showAbout();
    void loadFinished();

    ProjectSummaryWidget* m_summary;
    QFutureWatcher<LoadResult> m_loader;
    QString m_projectPath;
    QString m_loadingPath;
};

} // namespace journeyscope
