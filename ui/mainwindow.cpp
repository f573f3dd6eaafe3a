#include "ui/mainwindow.h"

#include "core/libraryversions.h"
#include "core/store/project.h"
#include "ui/projectsummarywidget.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace journeyscope {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_summary(new ProjectSummaryWidget(this))
{
    setCentralWidget(m_summary);
    setWindowTitle(tr("Journeyscope"));
    resize(900, 600);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* open = fileMenu->addAction(tr("&Open Project..."), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Journeyscope"), this, &MainWindow::showAbout);

    connect(&m_loader, &QFutureWatcher<LoadResult>::finished, this, &MainWindow::loadFinished);
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QFileInfo(m_projectPath).absolutePath(),
        tr("Journeyscope projects (*.journey);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::openProject(const QString& path)
{
    if (m_loader.isRunning())
        m_loader.waitForFinished();
    m_loadingPath = path;
    statusBar()->showMessage(tr("Opening %1...").arg(QFileInfo(path).fileName()));
    // Counting a large project's events takes a while: keep the window responsive.
    m_loader.setFuture(QtConcurrent::run([path]() -> LoadResult {
        try {
            const auto project = Project::openForReading(path);
            return ProjectSummary::read(project->database());
        } catch (const Error& error) {
            return error.toString();
        }
    }));
}

void MainWindow::loadFinished()
{
    const LoadResult result = m_loader.result();
    if (const auto* error = std::get_if<QString>(&result)) {
        statusBar()->showMessage(*error);
        if (m_projectPath.isEmpty())
            m_summary->showMessage(*error);
        // Not exec(): the window stays live (and testable) while the message is up.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open project"), *error,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT projectLoaded(false);
        return;
    }
    m_projectPath = m_loadingPath;
    m_summary->showSummary(m_projectPath, std::get<ProjectSummary>(result));
    setWindowFilePath(m_projectPath);
    setWindowTitle(tr("%1 - Journeyscope").arg(QFileInfo(m_projectPath).fileName()));
    statusBar()->showMessage(tr("Ready"));
    Q_EMIT projectLoaded(true);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Journeyscope"),
                       tr("<h3>Journeyscope %1</h3><p>Customer-journey mapping driven by data. "
                          "Your data stays on this computer.</p><p>%2</p>")
                           .arg(QStringLiteral(JOURNEYSCOPE_VERSION), libraryVersions()));
}

} // namespace journeyscope
