#pragma once

#include "core/store/projectsummary.h"
#include "ui/views/computeview.h"
#include "ui/views/projectoutline.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <variant>

class QLabel;
class QAction;
class QProgressBar;
class QPushButton;
class QScreen;

namespace journeyscope {

class FilterBar;
class ImportWizard;
class IssuesPanel;
class ProjectExplorer;
class PresentationWindow;
class ProjectSummaryWidget;
class ProjectViews;

/// The main window: opens a project, shows what it holds and its views, exports them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens \a path; the summary is read on a worker thread and shown when ready.
    void openProject(const QString& path);
    /// Opens a project, or starts the import wizard for data files (into this project, or
    /// a new one when none is open).
    void openFiles(const QStringList& paths);
    /// The import wizard with \a files chosen; the project is opened again when it imported.
    ImportWizard* startImport(const QStringList& files);
    /// The path of the project shown, empty when none.
    const QString& projectPath() const { return m_projectPath; }
    ProjectSummaryWidget* summaryWidget() const { return m_summary; }
    ProjectViews* views() const { return m_views; }
    FilterBar* filterBar() const { return m_filterBar; }
    QAction* refreshAction() const { return m_refresh; }
    ProjectExplorer* explorer() const { return m_explorer; }
    IssuesPanel* issuesPanel() const { return m_issues; }
    /// What the inspector shows.
    QString inspectorText() const;
    /// Presents \a slides fullscreen on \a screen (notes on \a notesScreen when given); the
    /// window deletes itself when closed.
    PresentationWindow* startPresentation(const std::vector<ViewKind>& slides, QScreen* screen,
                                          QScreen* notesScreen = nullptr);

Q_SIGNALS:
    /// Emitted when a project was opened and its summary is shown, or opening failed.
    void projectLoaded(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    using LoadResult = std::variant<ProjectSummary, QString>; ///< summary or error

    void chooseProject();
    /// A project file to write, from a save dialog ("" when cancelled), ending in .journey.
    QString askProjectPath(const QString& title);
    void newProject();
    void saveProjectAs();
    void exportView();
    void present();
    void editSettings();
    /// Applies the stored settings: number and date formats, the theme.
    void applySettings();
    /// After a change of language: asks to restart, with the open project, to show it.
    void offerRestart();
    void showAbout();
    void loadFinished();
    void showError(const QString& title, const QString& message);
    void addDocks();
    /// Opens what the explorer's \a item stands for: its view, or its persona as the filter.
    void openItem(const OutlineItem& item);

    ProjectSummaryWidget* m_summary;
    ProjectViews* m_views;
    FilterBar* m_filterBar;
    ProjectExplorer* m_explorer;
    IssuesPanel* m_issues;
    QLabel* m_inspector;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QAction* m_export;
    QAction* m_refresh; ///< enabled for a warehouse project
    QAction* m_dark;
    QFutureWatcher<LoadResult> m_loader;
    QString m_projectPath;
    QString m_loadingPath;
};

} // namespace journeyscope
