#include "ui/projectviews.h"

#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehouseattributevalues.h"
#include "core/warehouse/warehouseconnect.h"
#include "core/warehouse/warehousetotals.h"
#include "ui/canvas/journeymapscene.h"
#include "ui/canvasview.h"
#include "ui/funnelbuilderdialog.h"
#include "ui/mapnotedialog.h"
#include "ui/stageeditordialog.h"
#include "ui/stageedits.h"
#include "ui/viewoptionsbar.h"
#include "ui/viewsettingsedit.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QInputDialog>
#include <QMenu>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

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
        tab.page = new QWidget(this);
        tab.scene = new QGraphicsScene(this);
        tab.canvas = new CanvasView(tab.scene, tab.page);
        tab.canvas->setAccessibleName(viewTitle(kind));
        tab.options = ViewOptionsBar::create(kind, tab.page);
        auto* layout = new QVBoxLayout(tab.page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        if (tab.options) {
            layout->addWidget(tab.options);
            tab.options->setEnabled(false); // until a project is loaded
            connect(tab.options, &ViewOptionsBar::settingsChanged, this, [this, kind] {
                requestSettings(m_tabs[kind].options->apply(m_settings),
                                tr("Change the %1").arg(viewTitle(kind).toLower()));
            });
        }
        layout->addWidget(tab.canvas);
        addTab(tab.page, viewTitle(kind));
        connect(tab.canvas, &CanvasView::clicked, this, [this, kind](const QPointF& point) {
            for (const QGraphicsItem* item : m_tabs[kind].scene->items(point)) {
                if (!item->toolTip().isEmpty()) {
                    Q_EMIT itemInspected(item->toolTip());
                    return;
                }
            }
        });
    }
    connect(m_tabs[ViewKind::Funnel].options, &ViewOptionsBar::editFunnelRequested, this,
            &ProjectViews::editFunnel);
    connect(m_tabs[ViewKind::Funnel].options, &ViewOptionsBar::defaultFunnelRequested, this,
            [this] {
                ViewSettings settings = m_settings;
                settings.funnelSteps.clear();
                requestSettings(settings, tr("Change the funnel steps"));
            });
    connect(m_tabs[ViewKind::Graph].canvas, &CanvasView::contextMenuAt, this,
            &ProjectViews::graphMenuAt);
    // Double-clicking a node focuses every view on the journeys through it.
    connect(m_tabs[ViewKind::Graph].canvas, &CanvasView::doubleClicked, this,
            [this](const QPointF& point) {
                if (!isDrawn(ViewKind::Graph))
                    return;
                const QString touchpoint = graphTouchpointAt(*m_tabs[ViewKind::Graph].scene, point);
                if (!touchpoint.isEmpty())
                    Q_EMIT touchpointFocusRequested(touchpoint);
            });
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
    m_warehousePassword.clear();
    m_settings = {};
    m_undoStack.clear();
    loadEvents();
}

void ProjectViews::reload()
{
    dropJob();
    loadEvents();
}

void ProjectViews::loadEvents()
{
    const QString path = m_projectPath;
    m_filter = {}; // the filter bar is cleared when the choices come
    m_log.reset();
    for (auto& [kind, tab] : m_tabs) {
        tab.content.reset();
        tab.fitted = false;
        tab.scene->clear();
        if (tab.options)
            tab.options->setEnabled(false);
    }
    beginJob(tr("Loading the events of %1...").arg(QFileInfo(path).fileName()));
    const std::shared_ptr<Feedback> feedback = m_feedback;
    const QString password = m_warehousePassword;
    runJob<LogResult>(
        [path, feedback, password]() -> LogResult {
            try {
                const auto project = Project::openForReading(path);
                if (auto source = WarehouseSource::read(project->database())) {
                    try {
                        return loadWarehouseProject(*project, {*source, password}, feedback.get());
                    } catch (const PasswordNeeded& error) {
                        return PasswordRequest{error.message(), source->connection};
                    }
                }
                LoadedProject loaded;
                loaded.log = std::make_shared<const EventLog>(
                    EventLog::load(project->database(), feedback.get()));
                loaded.choices = readFilterChoices(*loaded.log, project->database());
                loaded.outline = ProjectOutline::read(*loaded.log, project->database());
                loaded.settings = ViewSettings::read(project->database());
                return loaded;
            } catch (const Error& error) {
                return error.toString();
            }
        },
        [this](LogResult result) { logLoaded(std::move(result)); });
}

ProjectViews::LoadedProject ProjectViews::loadWarehouseProject(const Project& project,
                                                               WarehouseAccess access,
                                                               Feedback* feedback)
{
    const Database& db = project.database();
    auto names = std::make_shared<const EventLog>(EventLog::loadNames(db));
    const std::unique_ptr<PgConnection> connection = access.connect();
    WarehouseEventCounts counts =
        countWarehouseEvents(*connection, access.source, names->touchpointNames(), feedback);
    LoadedProject loaded;
    loaded.choices = eventFilterChoices(*names, counts.firstMs, counts.lastMs);
    addSegmentChoices(loaded.choices, db);
    QStringList attributes = access.source.customerAttributes;
    attributes.sort(); // by name, as an import's
    const std::vector<std::map<QString, qint64>> values =
        countWarehouseAttributeValues(*connection, access.source, attributes, feedback);
    for (qsizetype a = 0; a < attributes.size(); ++a)
        addAttributeChoice(loaded.choices, attributes[a], values[size_t(a)]);
    loaded.settings = ViewSettings::read(db);
    loaded.outline = ProjectOutline::read(*names, counts.perTouchpoint, db);
    loaded.log = std::move(names);
    loaded.warehouse = std::move(access);
    loaded.eventsPerTouchpoint = std::move(counts.perTouchpoint);
    loaded.eventsEndMs = counts.lastMs.value_or(0);
    return loaded;
}

bool ProjectViews::askForPassword(const PasswordRequest& request)
{
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Warehouse password"),
        tr("%1\n\nThe password for %2 (kept until the project is closed, never saved):")
            .arg(request.reason, request.server),
        QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return false;
    m_warehousePassword = password;
    loadEvents();
    return true;
}

void ProjectViews::logLoaded(LogResult result)
{
    endJob();
    if (const auto* request = std::get_if<PasswordRequest>(&result)) {
        if (askForPassword(*request))
            return;
        result = request->reason;
    }
    if (auto* loaded = std::get_if<LoadedProject>(&result)) {
        m_log = std::move(loaded->log);
        m_warehouse = std::move(loaded->warehouse);
        m_eventsPerTouchpoint = std::move(loaded->eventsPerTouchpoint);
        m_eventsEndMs = loaded->eventsEndMs;
        m_choices = std::move(loaded->choices);
        m_settings = loaded->settings;
        for (auto& [kind, tab] : m_tabs) {
            if (tab.options) {
                tab.options->setChoices(m_choices, m_settings);
                tab.options->setEnabled(true);
            }
        }
        Q_EMIT choicesRead(m_choices);
        Q_EMIT outlineRead(loaded->outline);
        startNextJob();
        return;
    }
    const QString error = std::get<QString>(result);
    for (const ViewKind kind : allViewKinds())
        showMessage(kind, tr("Cannot load the events"), error);
    Q_EMIT failed(error);
}

void ProjectViews::refreshFromWarehouse()
{
    dropJob();
    beginJob(tr("Taking in what %1's table gained...").arg(QFileInfo(m_projectPath).fileName()));
    const QString path = m_projectPath;
    const QString password = m_warehousePassword;
    const std::shared_ptr<Feedback> feedback = m_feedback;
    using Result = std::variant<WarehouseSummary, QString>;
    runJob<Result>(
        [path, password, feedback]() -> Result {
            try {
                return refreshWarehouse(path, password, feedback.get());
            } catch (const Error& error) {
                return error.toString();
            }
        },
        [this](const Result& result) {
            endJob();
            if (const auto* error = std::get_if<QString>(&result)) {
                Q_EMIT failed(*error);
                return;
            }
            const auto& summary = std::get<WarehouseSummary>(result);
            QStringList found;
            if (!summary.newTouchpoints.isEmpty()) {
                found.append(tr("new touchpoints (in no stage yet): %1")
                                 .arg(summary.newTouchpoints.join(QStringLiteral(", "))));
            }
            if (!summary.newChannels.isEmpty()) {
                found.append(
                    tr("new channels: %1").arg(summary.newChannels.join(QStringLiteral(", "))));
            }
            Q_EMIT refreshed(
                found.isEmpty()
                    ? tr("The warehouse table holds no new touchpoint or channel.")
                    : tr("Taken in from the warehouse: %1.").arg(found.join(QStringLiteral("; "))));
            reload();
        });
}

void ProjectViews::startNextJob()
{
    const std::optional<ViewKind> kind = currentView();
    if (isBusy() || !m_log || !kind || m_tabs[*kind].content)
        return;
    startComputing(*kind);
}

void ProjectViews::startComputing(ViewKind kind)
{
    beginJob(tr("Drawing the %1...").arg(viewTitle(kind).toLower()));
    m_computing = kind;
    // Copies and shared owners: a dropped job may finish after the project changed.
    const std::shared_ptr<const EventLog> log = m_log;
    const std::shared_ptr<LayoutCache> cache = m_layoutCache;
    const QString path = m_projectPath;
    const CanvasStyle style = m_style;
    const ViewFilter filter = m_filter;
    const ViewSettings settings = m_settings;
    const std::optional<WarehouseAccess> warehouse = m_warehouse;
    const std::vector<qint64> eventsPerTouchpoint = m_eventsPerTouchpoint;
    const qint64 eventsEndMs = m_eventsEndMs;
    const std::shared_ptr<Feedback> feedback = m_feedback;
    runJob<ViewResult>(
        [kind, log, cache, path, style, filter, settings, warehouse, eventsPerTouchpoint,
         eventsEndMs, feedback]() -> ViewResult {
            try {
                if (warehouse) {
                    return computeWarehouseView(kind, *log, *warehouse, eventsPerTouchpoint,
                                                eventsEndMs, path, filter, settings, style,
                                                cache.get(), feedback.get());
                }
                return computeView(kind, *log, path, filter, settings, style, cache.get());
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
        const MissingContent message{tr("Cannot draw this view"),
                                     *error + QStringLiteral("\n\n") +
                                         tr("Press F5 to draw this view.")};
        showMessage(kind, message.headline, message.hint);
        // Kept as the view's content, so that it is not computed again and again (against
        // a server, each time a query) until the filter, the settings or F5 ask for it.
        m_tabs[kind].content = message;
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
        if (tab.page == currentWidget())
            return kind;
    }
    return std::nullopt;
}

void ProjectViews::showView(ViewKind kind)
{
    setCurrentWidget(m_tabs[kind].page);
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
    // A drawing under way may have read the project before the change: it is dropped.
    if (m_computing == kind)
        dropJob();
    // What is drawn stays until the new numbers are in; a hidden view waits to be shown.
    m_tabs[kind].content.reset();
    startNextJob();
}

PageStamp ProjectViews::stamp(ViewKind kind) const
{
    PageStamp stamp;
    stamp.project = QFileInfo(m_projectPath).fileName();
    stamp.filters = m_filter.describe();
    if (m_log)
        stamp.dataRange = dataRangeOf(*m_log);
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

EditContext ProjectViews::editContext(std::function<void()> changed)
{
    return {m_projectPath, std::move(changed),
            [this](const QString& message) { Q_EMIT failed(message); }};
}

void ProjectViews::addMapNote(const MapNote& note)
{
    addMapNoteUndoably(m_undoStack, editContext([this] { recompute(ViewKind::Map); }), note);
}

void ProjectViews::removeMapNote(qint64 id)
{
    deleteMapNoteUndoably(m_undoStack, editContext([this] { recompute(ViewKind::Map); }), id);
}

void ProjectViews::changeSettings(const ViewSettings& settings, const QString& what)
{
    if (settings == m_settings)
        return;
    // Shown as stored: undo and redo read back what they wrote.
    const auto showStored = [this] {
        try {
            const auto project = Project::openForReading(m_projectPath);
            applySettings(ViewSettings::read(project->database()));
        } catch (const Error& error) {
            Q_EMIT failed(error.toString());
        }
    };
    changeViewSettingsUndoably(m_undoStack, editContext(showStored), m_settings, settings, what);
}

void ProjectViews::requestSettings(const ViewSettings& settings, const QString& what)
{
    try {
        changeSettings(settings, what);
    } catch (const Error& error) {
        Q_EMIT failed(error.toString());
    }
}

void ProjectViews::applySettings(const ViewSettings& settings)
{
    const ViewSettings before = m_settings;
    m_settings = settings;
    for (auto& [kind, tab] : m_tabs) {
        if (tab.options)
            tab.options->setChoices(m_choices, m_settings);
    }
    const bool graph =
        before.graphLevel != settings.graphLevel || before.nodeShare != settings.nodeShare ||
        before.edgeShare != settings.edgeShare || before.colourBy != settings.colourBy;
    const std::pair<ViewKind, bool> changes[] = {
        {ViewKind::Graph, graph},
        {ViewKind::Funnel, before.funnelSteps != settings.funnelSteps},
        {ViewKind::Paths, before.pathsAnchor != settings.pathsAnchor ||
                              before.pathsDirection != settings.pathsDirection},
        {ViewKind::Heatmap, before.heatmapBySegment != settings.heatmapBySegment}};
    for (const auto& [kind, changed] : changes) {
        if (changed)
            recompute(kind);
    }
}

void ProjectViews::editFunnel()
{
    auto* dialog = new FunnelBuilderDialog(m_choices.touchpoints, m_settings.funnelSteps, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ViewSettings settings = m_settings;
        settings.funnelSteps = dialog->steps();
        requestSettings(settings, tr("Change the funnel steps"));
    });
    dialog->open();
}

void ProjectViews::graphMenuAt(const QPointF& scenePoint, const QPoint& globalPos)
{
    const QString touchpoint = isDrawn(ViewKind::Graph)
                                   ? graphTouchpointAt(*m_tabs[ViewKind::Graph].scene, scenePoint)
                                   : QString();
    if (touchpoint.isEmpty())
        return;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Add \"%1\" to the Funnel").arg(touchpoint), this, [this, touchpoint] {
        ViewSettings settings = m_settings;
        settings.funnelSteps.push_back({touchpoint});
        requestSettings(settings, tr("Change the funnel steps"));
    });
    menu->addAction(tr("Only Journeys Through \"%1\"").arg(touchpoint), this,
                    [this, touchpoint] { Q_EMIT touchpointFocusRequested(touchpoint); });
    menu->addAction(tr("Paths into \"%1\"").arg(touchpoint), this, [this, touchpoint] {
        ViewSettings settings = m_settings;
        settings.pathsAnchor = touchpoint;
        settings.pathsDirection = PathDirection::To;
        requestSettings(settings, tr("Change the paths"));
        showView(ViewKind::Paths);
    });
    menu->popup(globalPos);
}

void ProjectViews::editStages()
{
    if (!m_log || isBusy())
        return;
    StageModel before;
    try {
        const auto project = Project::openForReading(m_projectPath);
        before = StageModel::read(project->database());
    } catch (const Error& error) {
        Q_EMIT failed(error.toString());
        return;
    }
    // The dialog proposes from this log: kept alive by the dialog's copy of the pointer. A
    // warehouse project's log holds names only, so the dialog cannot propose from it.
    const std::shared_ptr<const EventLog> log = m_log;
    auto* dialog = new StageEditorDialog(before, m_warehouse ? nullptr : log.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before, log] {
        if (dialog->model() == before)
            return;
        try {
            changeStagesUndoably(m_undoStack, editContext([this] { reload(); }), before,
                                 dialog->model(), dialog->renames());
        } catch (const Error& error) {
            Q_EMIT failed(error.toString());
        }
    });
    dialog->open();
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
    if (!isDrawn(ViewKind::Map) || isBusy())
        return;
    const QGraphicsScene& scene = *m_tabs[ViewKind::Map].scene;
    const qint64 note = mapNoteAt(scene, scenePoint);
    const QString stage = mapStageAt(scene, scenePoint);
    if (note == 0 && stage.isEmpty())
        return;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (note != 0) {
        menu->addAction(tr("Delete Note"), this, [this, note] {
            try {
                removeMapNote(note);
            } catch (const Error& error) {
                Q_EMIT failed(error.toString());
            }
        });
    }
    if (!stage.isEmpty()) {
        menu->addAction(tr("Only Journeys Reaching \"%1\"").arg(stage), this,
                        [this, stage] { Q_EMIT stageFocusRequested(stage); });
    }
    menu->popup(globalPos);
}

} // namespace journeyscope
