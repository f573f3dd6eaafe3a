#include "ui/projectviews.h"

#include "core/base/timeutil.h"
#include "core/store/project.h"
#include "ui/canvas/journeymapscene.h"
#include "ui/canvasview.h"
#include "ui/mapnotedialog.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QGraphicsScene>
#include <QMenu>
#include <QtConcurrent/QtConcurrentRun>

namespace journeyscope {

ProjectViews::ProjectViews(QWidget* overview, QWidget* parent)
    : QTabWidget(parent)
    , m_layoutCache(std::make_shared<LayoutCache>())
    , m_style(CanvasStyle::light())
{
    setDocumentMode(true);
    addTab(overview, tr("Overview"));
    for (const ViewKind kind : allViewKinds()) {
        Tab& tab = m_tabs[kind];
        tab.scene = new QGraphicsScene(this);
        tab.canvas = new CanvasView(tab.scene, this);
        tab.canvas->setAccessibleName(viewTitle(kind));
        addTab(tab.canvas, viewTitle(kind));
    }
    connect(m_tabs[ViewKind::Map].canvas, &CanvasView::doubleClicked, this,
            &ProjectViews::editMapAt);
    connect(m_tabs[ViewKind::Map].canvas, &CanvasView::contextMenuAt, this,
            &ProjectViews::mapMenuAt);
    connect(this, &QTabWidget::currentChanged, this, [this] {
        // A message drawn while its tab was hidden was fitted to a viewport not laid out.
        if (const std::optional<ViewKind> kind = currentView(); kind && !m_tabs[*kind].content)
            m_tabs[*kind].canvas->fitScene();
        startNextJob();
    });
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_feedback)
            Q_EMIT jobProgress(m_feedback->progress());
    });
}

ProjectViews::~ProjectViews()
{
    // A job still running owns what it reads and stops at its next check.
    if (m_feedback)
        m_feedback->cancel();
}

template <typename Result, typename Work, typename Done>
void ProjectViews::runJob(Work&& work, Done&& done)
{
    const quint64 number = ++m_jobNumber;
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, number, done] {
        watcher->deleteLater();
        if (number == m_jobNumber)
            done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
}

void ProjectViews::setProject(const QString& path)
{
    dropJob();
    m_projectPath = path;
    m_filter = {};
    m_undoStack.clear();
    m_log.reset();
    for (auto& [kind, tab] : m_tabs) {
        tab.content.reset();
        tab.fitted = false;
        tab.scene->clear();
    }
    beginJob(tr("Loading the events of %1...").arg(QFileInfo(path).fileName()));
    const std::shared_ptr<Feedback> feedback = m_feedback;
    runJob<LogResult>(
        [path, feedback]() -> LogResult {
            try {
                const auto project = Project::openForReading(path);
                auto log = std::make_shared<const EventLog>(
                    EventLog::load(project->database(), feedback.get()));
                FilterChoices choices = readFilterChoices(*log, project->database());
                return LoadedProject{std::move(log), std::move(choices)};
            } catch (const Error& error) {
                return error.toString();
            }
        },
        [this](LogResult result) { logLoaded(std::move(result)); });
}

void ProjectViews::logLoaded(LogResult result)
{
    endJob();
    if (auto* loaded = std::get_if<LoadedProject>(&result)) {
        m_log = std::move(loaded->log);
        Q_EMIT choicesRead(loaded->choices);
        startNextJob();
        return;
    }
    const QString error = std::get<QString>(result);
    for (const ViewKind kind : allViewKinds())
        showMessage(kind, tr("Cannot load the events"), error);
    Q_EMIT failed(error);
}

void ProjectViews::startNextJob()
{
    const std::optional<ViewKind> kind = currentView();
    if (isBusy() || !m_log || !kind || m_tabs[*kind].content)
        return;
    computeView(*kind);
}

void ProjectViews::computeView(ViewKind kind)
{
    beginJob(tr("Drawing the %1...").arg(viewTitle(kind).toLower()));
    m_computing = kind;
    // Copies and shared owners: a dropped job may finish after the project changed.
    const std::shared_ptr<const EventLog> log = m_log;
    const std::shared_ptr<LayoutCache> cache = m_layoutCache;
    const QString path = m_projectPath;
    const CanvasStyle style = m_style;
    const ViewFilter filter = m_filter;
    runJob<ViewResult>(
        [kind, log, cache, path, style, filter]() -> ViewResult {
            try {
                return defaultViewContent(kind, *log, path, filter, style, cache.get());
            } catch (const Error& error) {
                return error.toString();
            }
        },
        [this, kind](ViewResult result) { viewComputed(kind, std::move(result)); });
}

void ProjectViews::viewComputed(ViewKind kind, ViewResult result)
{
    m_computing.reset();
    endJob();
    if (const auto* error = std::get_if<QString>(&result)) {
        showMessage(kind, tr("Cannot draw this view"), *error);
        Q_EMIT failed(*error);
    } else {
        m_tabs[kind].content = std::move(std::get<ViewContent>(result));
        draw(kind);
        Q_EMIT viewDrawn(kind);
    }
    startNextJob();
}

void ProjectViews::draw(ViewKind kind)
{
    Tab& tab = m_tabs[kind];
    drawView(*tab.scene, *tab.content, m_style);
    tab.canvas->setBackgroundBrush(m_style.background);
    if (!tab.fitted) {
        tab.canvas->fitScene();
        tab.fitted = true;
    }
}

void ProjectViews::showMessage(ViewKind kind, const QString& headline, const QString& hint)
{
    Tab& tab = m_tabs[kind];
    tab.content.reset();
    tab.fitted = false;
    drawView(*tab.scene, MissingContent{headline, hint}, m_style);
    tab.canvas->fitScene();
}

bool ProjectViews::isDrawn(ViewKind kind) const
{
    const Tab& tab = m_tabs.at(kind);
    return tab.content && !std::holds_alternative<MissingContent>(*tab.content);
}

void ProjectViews::beginJob(const QString& what)
{
    m_feedback = std::make_shared<Feedback>();
    m_job = what;
    m_progressTimer.start();
    Q_EMIT jobStarted(what);
}

void ProjectViews::endJob()
{
    m_job.clear();
    m_progressTimer.stop();
    Q_EMIT jobEnded();
}

void ProjectViews::dropJob()
{
    if (!isBusy())
        return;
    // The worker stops at its next check, or runs on unseen: its result is dropped.
    m_feedback->cancel();
    ++m_jobNumber;
    m_computing.reset();
    endJob();
}

void ProjectViews::cancel()
{
    if (!isBusy())
        return;
    const std::optional<ViewKind> computing = m_computing;
    dropJob();
    if (computing) {
        showMessage(*computing, tr("Drawing cancelled"), tr("Press F5 to draw this view."));
    } else {
        m_log.reset();
        for (const ViewKind kind : allViewKinds())
            showMessage(kind, tr("Loading cancelled"),
                        tr("Open the project again to see its views."));
    }
}

std::optional<ViewKind> ProjectViews::currentView() const
{
    for (const auto& [kind, tab] : m_tabs) {
        if (tab.canvas == currentWidget())
            return kind;
    }
    return std::nullopt;
}

void ProjectViews::showView(ViewKind kind)
{
    setCurrentWidget(m_tabs[kind].canvas);
}

void ProjectViews::setFilter(const ViewFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_computing)
        dropJob();
    for (auto& [kind, tab] : m_tabs)
        tab.content.reset(); // what is drawn stays until the new numbers are in
    startNextJob();
}

void ProjectViews::setDarkTheme(bool dark)
{
    m_style = dark ? CanvasStyle::darkTheme() : CanvasStyle::light();
    for (auto& [kind, tab] : m_tabs) {
        if (tab.content)
            draw(kind);
        tab.canvas->setBackgroundBrush(m_style.background);
    }
}

void ProjectViews::refreshCurrentView()
{
    if (const std::optional<ViewKind> kind = currentView(); kind && !isBusy())
        recompute(*kind);
}

void ProjectViews::recompute(ViewKind kind)
{
    // What is drawn stays until the new numbers are in; a hidden view waits to be shown.
    m_tabs[kind].content.reset();
    startNextJob();
}

PageStamp ProjectViews::stamp(ViewKind kind) const
{
    PageStamp stamp;
    stamp.project = QFileInfo(m_projectPath).fileName();
    stamp.filters = m_filter.describe();
    if (m_log && m_log->firstMs() && m_log->lastMs()) {
        stamp.dataRange = tr("%1 to %2")
                              .arg(formatIsoUtc(*m_log->firstMs()).left(10),
                                   formatIsoUtc(*m_log->lastMs()).left(10));
    }
    const Tab& tab = m_tabs.at(kind);
    if (tab.content) {
        if (const auto* model = std::get_if<ModelContent>(&*tab.content))
            stamp.model = model->model.title();
        else if (const auto* map = std::get_if<MapContent>(&*tab.content))
            stamp.model = map->overlay.model;
    }
    return stamp;
}

void ProjectViews::exportCurrentView(const QString& path, ExportFormat format, int dpi)
{
    const std::optional<ViewKind> kind = currentView();
    if (!kind || !isDrawn(*kind))
        throw Error(tr("no view is drawn to export"));
    exportScene(*m_tabs[*kind].scene, path, format, stamp(*kind), dpi);
}

NoteEditContext ProjectViews::noteEditContext()
{
    return {m_projectPath, [this] { recompute(ViewKind::Map); },
            [this](const QString& message) { Q_EMIT failed(message); }};
}

void ProjectViews::addMapNote(const MapNote& note)
{
    addMapNoteUndoably(m_undoStack, noteEditContext(), note);
}

void ProjectViews::removeMapNote(qint64 id)
{
    deleteMapNoteUndoably(m_undoStack, noteEditContext(), id);
}

void ProjectViews::editMapAt(const QPointF& scenePoint)
{
    if (!isDrawn(ViewKind::Map) || isBusy())
        return;
    const QString stage = mapStageAt(*m_tabs[ViewKind::Map].scene, scenePoint);
    if (stage.isEmpty())
        return;
    auto* dialog = new MapNoteDialog(stage, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        try {
            addMapNote(dialog->note());
        } catch (const Error& error) {
            Q_EMIT failed(error.toString());
        }
    });
    dialog->open();
}

void ProjectViews::mapMenuAt(const QPointF& scenePoint, const QPoint& globalPos)
{
    const qint64 id = isDrawn(ViewKind::Map) && !isBusy()
                          ? mapNoteAt(*m_tabs[ViewKind::Map].scene, scenePoint)
                          : 0;
    if (id == 0)
        return;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Delete Note"), this, [this, id] {
        try {
            removeMapNote(id);
        } catch (const Error& error) {
            Q_EMIT failed(error.toString());
        }
    });
    menu->popup(globalPos);
}

} // namespace journeyscope
