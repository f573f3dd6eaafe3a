#include "ui/mainwindow.h"

#include "core/ingest/importer.h"
#include "core/libraryversions.h"
#include "core/store/project.h"
#include "core/store/projectcopy.h"
#include "ui/appsettings.h"
#include "ui/filterbar.h"
#include "ui/import/importwizard.h"
#include "ui/issuespanel.h"
#include "ui/presentation/presentationdialog.h"
#include "ui/presentation/presentationwindow.h"
#include "ui/projectexplorer.h"
#include "ui/projectsummarywidget.h"
#include "ui/projectviews.h"
#include "ui/recentprojects.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolBar>

namespace journeyscope {

namespace {

const Preference<QByteArray> savedGeometry{"mainwindow/geometry", QByteArray()};
const Preference<QByteArray> savedState{"mainwindow/state", QByteArray()};

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_summary(new ProjectSummaryWidget(this))
    , m_views(new ProjectViews(m_summary, this))
    , m_filterBar(new FilterBar(this))
    , m_explorer(new ProjectExplorer(this))
    , m_issues(new IssuesPanel(this))
    , m_inspector(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setCentralWidget(m_views);
    setAcceptDrops(true); // projects to open, exports to import
    setWindowTitle(tr("Journeyscope"));
    resize(1280, 800);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* create = fileMenu->addAction(tr("&New Project..."), this, &MainWindow::newProject);
    create->setShortcut(QKeySequence::New);
    QAction* open = fileMenu->addAction(tr("&Open..."), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    QMenu* recent = fileMenu->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        for (const QString& path : RecentProjects::list())
            recent->addAction(path, this, [this, path] { openProject(path); });
        if (recent->isEmpty())
            recent->addAction(tr("(none yet)"))->setEnabled(false);
    });
    QAction* importData =
        fileMenu->addAction(tr("&Import Data..."), this, [this] { startImport({}); });
    importData->setShortcut(Qt::CTRL | Qt::Key_I);
    QAction* saveAs =
        fileMenu->addAction(tr("Save Project &As..."), this, &MainWindow::saveProjectAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    m_refresh = fileMenu->addAction(tr("Refresh from &Warehouse"), m_views,
                                    &ProjectViews::refreshFromWarehouse);
    m_refresh->setStatusTip(tr("Take in the touchpoints and channels the warehouse table gained "
                               "since the project was connected"));
    m_refresh->setEnabled(false);
    m_export = fileMenu->addAction(tr("&Export View..."), this, &MainWindow::exportView);
    m_export->setShortcut(Qt::CTRL | Qt::Key_E);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_views->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    editMenu->addAction(undo);
    QAction* redo = m_views->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction* stages = editMenu->addAction(tr("S&tages..."), m_views, &ProjectViews::editStages);
    stages->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    QAction* preferences = editMenu->addAction(tr("&Settings..."), this, &MainWindow::editSettings);
    preferences->setShortcut(QKeySequence::Preferences);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* redraw =
        viewMenu->addAction(tr("&Redraw"), m_views, &ProjectViews::refreshCurrentView);
    redraw->setShortcut(QKeySequence::Refresh);
    m_dark = viewMenu->addAction(tr("&Dark Theme"), this, [this](bool dark) {
        settings::theme.set(dark ? QStringLiteral("dark") : QStringLiteral("light"));
        m_views->setDarkTheme(dark);
    });
    m_dark->setCheckable(true);
    m_dark->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    viewMenu->addSeparator();
    QAction* present = viewMenu->addAction(tr("&Present..."), this, &MainWindow::present);
    present->setShortcut(Qt::SHIFT | Qt::Key_F5);
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Journeyscope"), this, &MainWindow::showAbout);

    connect(&m_loader, &QFutureWatcher<LoadResult>::finished, this, &MainWindow::loadFinished);
    addDocks();

    // One filter for every view.
    QToolBar* filters = addToolBar(tr("Filters"));
    filters->setObjectName(QStringLiteral("filters"));
    filters->setMovable(false);
    filters->addWidget(m_filterBar);
    m_filterBar->setEnabled(false);
    connect(m_filterBar, &FilterBar::filterChanged, m_views, &ProjectViews::setFilter);
    connect(m_views, &ProjectViews::touchpointFocusRequested, m_filterBar,
            &FilterBar::focusOnTouchpoint);
    connect(m_views, &ProjectViews::stageFocusRequested, m_filterBar, &FilterBar::focusOnStage);
    connect(m_views, &ProjectViews::choicesRead, this, [this](const FilterChoices& choices) {
        m_filterBar->setChoices(choices);
        m_filterBar->setEnabled(true);
    });

    // Long work shows its progress and can be cancelled from the status bar.
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, m_views, &ProjectViews::cancel);
    connect(m_views, &ProjectViews::jobStarted, this, [this](const QString& what) {
        statusBar()->showMessage(what);
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->show();
    });
    connect(m_views, &ProjectViews::jobProgress, this,
            [this](double fraction) { m_progress->setValue(int(fraction * 1000)); });
    connect(m_views, &ProjectViews::jobEnded, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        statusBar()->showMessage(tr("Ready"));
    });
    connect(m_views, &ProjectViews::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    connect(m_views, &ProjectViews::refreshed, this, [this](const QString& message) {
        // Not exec(): the window stays live (and testable) while the message is up.
        auto* box = new QMessageBox(QMessageBox::Information, tr("Refresh from Warehouse"), message,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    statusBar()->showMessage(tr("Ready"));
    applySettings();
    restoreGeometry(savedGeometry.get());
    restoreState(savedState.get());
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
}

void MainWindow::chooseProject()
{
    QStringList filters{tr("Journeyscope projects (*.journey)")};
    for (const Importer* importer : importers())
        filters.append(importer->nameFilter());
    filters.append(tr("All files (*)"));
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Open"), QFileInfo(m_projectPath).absolutePath(),
                                      filters.join(QStringLiteral(";;")));
    if (!paths.isEmpty())
        openFiles(paths);
}

void MainWindow::openFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (path.endsWith(QLatin1String(".journey"))) {
            openProject(path);
            return;
        }
    }
    startImport(paths); // data files: into this project, or a new one
}

ImportWizard* MainWindow::startImport(const QStringList& files)
{
    auto* wizard = new ImportWizard(m_projectPath, files, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::openProject);
    wizard->open();
    return wizard;
}

QString MainWindow::askProjectPath(const QString& title)
{
    QString path =
        QFileDialog::getSaveFileName(this, title, QFileInfo(m_projectPath).absolutePath(),
                                     tr("Journeyscope projects (*.journey)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".journey")))
        path += QStringLiteral(".journey");
    return path;
}

void MainWindow::newProject()
{
    const QString path = askProjectPath(tr("New Project"));
    if (path.isEmpty())
        return;
    try {
        QFile::remove(path); // the dialog asked before replacing it
        Project::create(path, {});
    } catch (const Error& error) {
        showError(tr("Cannot create the project"), error.toString());
        return;
    }
    openProject(path);
}

void MainWindow::saveProjectAs()
{
    if (m_projectPath.isEmpty())
        return;
    const QString path = askProjectPath(tr("Save Project As"));
    if (path.isEmpty())
        return;
    try {
        copyProject(m_projectPath, path);
    } catch (const Error& error) {
        showError(tr("Cannot save the project"), error.toString());
        return;
    }
    openProject(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() &&
        std::all_of(urls.begin(), urls.end(), [](const QUrl& url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        paths.append(url.toLocalFile());
    event->acceptProposedAction();
    openFiles(paths);
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
        showError(tr("Cannot open project"), *error);
        Q_EMIT projectLoaded(false);
        return;
    }
    m_projectPath = m_loadingPath;
    RecentProjects::add(m_projectPath);
    m_summary->showSummary(m_projectPath, std::get<ProjectSummary>(result));
    m_refresh->setEnabled(std::get<ProjectSummary>(result).eventsInWarehouse);
    m_filterBar->setEnabled(false); // until the new project's choices are read
    m_views->setProject(m_projectPath);
    m_views->showView(ViewKind::Map); // what a CX designer opens a project for
    setWindowFilePath(m_projectPath);
    setWindowTitle(tr("%1 - Journeyscope").arg(QFileInfo(m_projectPath).fileName()));
    statusBar()->showMessage(tr("Ready"));
    Q_EMIT projectLoaded(true);
}

void MainWindow::addDocks()
{
    const auto dock = [this](QWidget* widget, const QString& title, const QString& name,
                             Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        return dock;
    };
    m_inspector->setWordWrap(true);
    m_inspector->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_inspector->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_inspector->setMargin(8);
    m_inspector->setAccessibleName(tr("Inspector"));
    m_inspector->setText(tr("Select something in the project or click a node, a chip or a "
                            "line to see its numbers."));
    dock(m_explorer, tr("Project"), QStringLiteral("project"), Qt::LeftDockWidgetArea);
    dock(m_inspector, tr("Inspector"), QStringLiteral("inspector"), Qt::LeftDockWidgetArea);
    QDockWidget* issues =
        dock(m_issues, tr("Issues"), QStringLiteral("issues"), Qt::BottomDockWidgetArea);
    issues->hide();                             // shown when there are some
    resizeDocks({issues}, {120}, Qt::Vertical); // a few lines: the canvas needs the room

    connect(m_views, &ProjectViews::outlineRead, this,
            [this, issues](const ProjectOutline& outline) {
                m_explorer->setOutline(outline.groups);
                m_issues->setIssues(outline.issues);
                issues->setVisible(!outline.issues.empty());
                issues->setWindowTitle(tr("Issues (%L1)").arg(outline.issues.size()));
            });
    connect(m_explorer, &ProjectExplorer::itemSelected, this,
            [this](const OutlineItem& item) { m_inspector->setText(item.detail); });
    connect(m_explorer, &ProjectExplorer::itemActivated, this, &MainWindow::openItem);
    connect(m_views, &ProjectViews::itemInspected, m_inspector, &QLabel::setText);
}

QString MainWindow::inspectorText() const
{
    return m_inspector->text();
}

void MainWindow::openItem(const OutlineItem& item)
{
    switch (item.kind) {
    case OutlineItem::Kind::Group:
        break;
    case OutlineItem::Kind::Source:
        m_views->setCurrentIndex(0); // the overview lists the sources
        break;
    case OutlineItem::Kind::Stage:
        m_views->showView(ViewKind::Map);
        break;
    case OutlineItem::Kind::Touchpoint: {
        ViewSettings settings = m_views->settings();
        settings.pathsAnchor = item.key.toString();
        settings.pathsDirection = PathDirection::To;
        try {
            m_views->changeSettings(settings, tr("Change the paths"));
        } catch (const Error& error) {
            showError(tr("Cannot show the paths"), error.toString());
        }
        m_views->showView(ViewKind::Paths);
        break;
    }
    case OutlineItem::Kind::Persona:
    case OutlineItem::Kind::Segment:
        m_filterBar->choosePeople(item.key);
        break;
    case OutlineItem::Kind::Model:
        m_views->showView(ViewKind::Model);
        break;
    }
}

void MainWindow::showError(const QString& title, const QString& message)
{
    // Not exec(): the window stays live (and testable) while the message is up.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::exportView()
{
    const std::optional<ViewKind> kind = m_views->currentView();
    if (!kind || !m_views->isDrawn(*kind)) {
        statusBar()->showMessage(tr("Choose a view that is drawn to export it."));
        return;
    }
    const QString base = QFileInfo(m_projectPath).completeBaseName() + QLatin1Char('-') +
                         viewTitle(*kind).toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export View"),
        QFileInfo(m_projectPath).absoluteDir().filePath(base + QStringLiteral(".pdf")),
        tr("PDF (*.pdf);;PNG image, 300 dpi (*.png);;SVG (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    // A name typed without an extension takes the chosen filter's.
    const QString suffix = QFileInfo(path).suffix().isEmpty()
                               ? filter.section(QStringLiteral("*."), 1).left(3)
                               : QFileInfo(path).suffix();
    const QString file =
        QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + suffix : path;
    try {
        m_views->exportCurrentView(file, exportFormatNamed(suffix));
        statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(file).fileName()));
    } catch (const Error& error) {
        showError(tr("Cannot export"), error.toString());
    }
}

void MainWindow::present()
{
    if (m_projectPath.isEmpty()) {
        statusBar()->showMessage(tr("Open a project to present it."));
        return;
    }
    auto* dialog = new PresentationDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        startPresentation(dialog->slides(), dialog->screen(), dialog->notesScreen());
    });
    dialog->open();
}

PresentationWindow* MainWindow::startPresentation(const std::vector<ViewKind>& slides,
                                                  QScreen* screen, QScreen* notesScreen)
{
    auto* presentation = new PresentationWindow(m_views, m_filterBar, slides);
    presentation->start(screen, notesScreen);
    return presentation;
}

void MainWindow::editSettings()
{
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString language = settings::language.get();
    connect(dialog, &QDialog::accepted, this, [this, dialog, language] {
        dialog->save();
        applySettings();
        if (settings::language.get() != language)
            offerRestart();
    });
    dialog->open();
}

void MainWindow::offerRestart()
{
    // Every window's text was set when it was made: a new language needs a new start. Edits
    // are in the project file already, so nothing is lost by restarting.
    const auto answer = QMessageBox::question(
        this, tr("Language"),
        tr("The new language shows from the next start. Restart Journeyscope now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    QStringList arguments;
    if (!m_projectPath.isEmpty())
        arguments.append(m_projectPath);
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        close();
}

void MainWindow::applySettings()
{
    QLocale::setDefault(settings::chosenLocale());
    const bool dark = settings::darkCanvases();
    m_dark->setChecked(dark);
    m_views->setDarkTheme(dark); // redraws: numbers in the new format too
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    savedGeometry.set(saveGeometry());
    savedState.set(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Journeyscope"),
                       tr("<h3>Journeyscope %1</h3><p>Customer-journey mapping driven by data. "
                          "Your data stays on this computer.</p><p>%2</p>")
                           .arg(QStringLiteral(JOURNEYSCOPE_VERSION), libraryVersions()));
}

} // namespace journeyscope
