#pragma once

#include "core/base/feedback.h"
#include "core/journey/eventlog.h"
#include "core/journey/mapnotes.h"
#include "core/layout/layoutcache.h"
#include "ui/canvas/canvasstyle.h"
#include "ui/export/sceneexporter.h"
#include "ui/mapnoteedits.h"
#include "ui/views/computeview.h"
#include "ui/views/filterchoices.h"
#include "ui/views/projectoutline.h"
#include "ui/views/warehouseview.h"

#include <map>
#include <memory>
#include <optional>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <variant>

class QGraphicsScene;

namespace journeyscope {

class CanvasView;
class Project;
class ViewOptionsBar;

/**
 * The project's views as tabs after an overview tab. Opening a project loads its events
 * once on a worker thread (a warehouse project's stay in the warehouse: its views are
 * counted there, with a password asked for when the server wants one); a view is computed (graph
 * layouts through a cache) on a worker when its tab is first shown, and drawn on the GUI thread.
 * One job runs at a time, with progress; cancel() drops it and changes nothing. On the journey map
 * a double-click on a stage writes a note there and a right-click on a note deletes it.
 */
class ProjectViews : public QTabWidget
{
    Q_OBJECT

public:
    /// \a overview is the first tab.
    explicit ProjectViews(QWidget* overview, QWidget* parent = nullptr);
    ~ProjectViews() override;

    /// Shows \a path's views: drops those of the project before and loads the events.
    void setProject(const QString& path);
    /// Shows every view of the journeys \a filter keeps: the current one at once, the
    /// others when shown. A drawing under way for the filter before is dropped.
    void setFilter(const journeyscope::ViewFilter& filter);
    const ViewFilter& filter() const { return m_filter; }
    const ViewSettings& settings() const { return m_settings; }
    /// Stores \a settings in the project, undoably as "\a what", and recomputes the views
    /// they change. Throws Error (nothing changed).
    void changeSettings(const ViewSettings& settings, const QString& what);
    /// The settings bar above \a kind's canvas, or null when it has none.
    ViewOptionsBar* optionsBar(ViewKind kind) const { return m_tabs.at(kind).options; }
    /// Redraws every view in the dark theme or the light one.
    void setDarkTheme(bool dark);
    /// Computes the current view again from the project (after it changed elsewhere).
    void refreshCurrentView();
    /// Loads the events again (after their stages changed) and recomputes every view; the
    /// edits stay undoable, the filter goes back to everyone.
    void reload();
    /// Opens the stage editor; what it changes is one undoable edit.
    void editStages();
    /// A warehouse project: takes in the table's new touchpoints and channels (as connect
    /// --refresh), then loads again; what it found is announced with refreshed().
    void refreshFromWarehouse();
    /// Drops the job that runs; the view it was for says so and can be asked for again.
    void cancel();
    bool isBusy() const { return !m_job.isEmpty(); }

    /// The view of the current tab; nullopt on the overview.
    std::optional<ViewKind> currentView() const;
    void showView(ViewKind kind);
    CanvasView* canvas(ViewKind kind) const { return m_tabs.at(kind).canvas; }
    QGraphicsScene* scene(ViewKind kind) const { return m_tabs.at(kind).scene; }
    /// What \a kind shows, or null while it is not computed.
    const ViewContent* content(ViewKind kind) const
    {
        const Tab& tab = m_tabs.at(kind);
        return tab.content ? &*tab.content : nullptr;
    }
    /// Whether \a kind shows the project's numbers (not a message or a blank page).
    bool isDrawn(ViewKind kind) const;
    const LayoutCache& layoutCache() const { return *m_layoutCache; }

    /// Writes the current view to \a path with its stamp. Throws Error.
    void exportCurrentView(const QString& path, ExportFormat format, int dpi = 300);
    /// What an exported page of \a kind says about where its numbers come from.
    PageStamp stamp(ViewKind kind) const;

    /// Saves \a note in the project, undoably, and redraws the map. Throws Error (nothing
    /// saved).
    void addMapNote(const MapNote& note);
    /// Deletes note \a id from the project, undoably, and redraws the map. Throws Error.
    void removeMapNote(qint64 id);
    /// The edits of this project, to undo and redo; emptied when another project is shown.
    QUndoStack* undoStack() { return &m_undoStack; }

Q_SIGNALS:
    /// A job started: "Loading events...", "Drawing the journey graph...".
    void jobStarted(const QString& what);
    void jobProgress(double fraction);
    /// The job ended, done, failed or cancelled.
    void jobEnded();
    /// \a kind was drawn from the project's numbers.
    void viewDrawn(journeyscope::ViewKind kind);
    /// The project's events are loaded; these are its filter choices.
    void choicesRead(const journeyscope::FilterChoices& choices);
    /// The user asked to see only the journeys through \a touchpoint (a graph node).
    void touchpointFocusRequested(const QString& touchpoint);
    /// The user asked to see only the journeys reaching \a stage (a map column).
    void stageFocusRequested(const QString& stage);
    /// The project's outline (explorer and issues) is read.
    void outlineRead(const journeyscope::ProjectOutline& outline);
    /// Something on a canvas was clicked; \a text is what it tells about itself.
    void itemInspected(const QString& text);
    /// A job failed with a one-line error.
    void failed(const QString& message);
    /// refreshFromWarehouse() is done: what it took in, in a sentence.
    void refreshed(const QString& message);

private:
    /// A finished job: what it made, or its error. (A cancelled job's result is dropped.)
    struct LoadedProject
    {
        std::shared_ptr<const EventLog> log;
        FilterChoices choices;
        ViewSettings settings;
        ProjectOutline outline;
        /// A warehouse project's: where its events are, how many per touchpoint, the last.
        std::optional<WarehouseAccess> warehouse;
        std::vector<qint64> eventsPerTouchpoint;
        qint64 eventsEndMs = 0;
    };
    /// The warehouse wants a password: why, and which server (its connection string).
    struct PasswordRequest
    {
        QString reason;
        QString server;
    };
    using LogResult = std::variant<LoadedProject, PasswordRequest, QString>;
    using ViewResult = std::variant<ViewContent, QString>;

    struct Tab
    {
        QWidget* page = nullptr; ///< the options bar over the canvas
        ViewOptionsBar* options = nullptr;
        CanvasView* canvas = nullptr;
        QGraphicsScene* scene = nullptr;
        std::optional<ViewContent> content; ///< what is drawn; none: to be computed
        bool fitted = false;                ///< fitted to the window once since computed
    };

    void loadEvents();
    /// What opening a warehouse project reads: its names from the project, its events per
    /// touchpoint and dates from the warehouse. Throws Error, PasswordNeeded, Canceled.
    static LoadedProject loadWarehouseProject(const Project& project, WarehouseAccess access,
                                              Feedback* feedback);
    void startNextJob();
    void startComputing(ViewKind kind);
    void logLoaded(LogResult result);
    /// Asks for the warehouse's password and loads again; false when the user declines.
    bool askForPassword(const PasswordRequest& request);
    void viewComputed(ViewKind kind, ViewResult result);
    /// Runs \a work on a worker; \a done gets its result unless the job was dropped.
    template <typename Result, typename Work, typename Done> void runJob(Work&& work, Done&& done);
    void draw(ViewKind kind);
    /// Drops what \a kind shows so that it is computed again.
    void recompute(ViewKind kind);
    void showMessage(ViewKind kind, const QString& headline, const QString& hint);
    void beginJob(const QString& what);
    void endJob();
    /// Drops the running job without a word: its result is no longer wanted.
    void dropJob();
    void editMapAt(const QPointF& scenePoint);
    void mapMenuAt(const QPointF& scenePoint, const QPoint& globalPos);
    /// Where this project's edits write; \a changed shows them.
    EditContext editContext(std::function<void()> changed);
    /// Shows \a settings: the bars, and the views whose part changed computed again.
    void applySettings(const ViewSettings& settings);
    /// changeSettings(), its error reported with failed().
    void requestSettings(const ViewSettings& settings, const QString& what);
    void editFunnel();
    void graphMenuAt(const QPointF& scenePoint, const QPoint& globalPos);

    std::map<ViewKind, Tab> m_tabs;
    QString m_projectPath;
    std::shared_ptr<const EventLog> m_log; ///< names only for a warehouse project
    std::optional<WarehouseAccess> m_warehouse;
    std::vector<qint64> m_eventsPerTouchpoint; ///< a warehouse project's
    qint64 m_eventsEndMs = 0;                  ///< a warehouse project's last event
    QString m_warehousePassword;               ///< asked for; never stored
    std::shared_ptr<LayoutCache> m_layoutCache;
    ViewFilter m_filter;
    ViewSettings m_settings;
    FilterChoices m_choices;
    CanvasStyle m_style;
    std::shared_ptr<Feedback> m_feedback; ///< the running job's
    QString m_job;                        ///< what runs, "" when idle
    quint64 m_jobNumber = 0;              ///< a finished job whose number is older is dropped
    std::optional<ViewKind> m_computing;  ///< the view the running job is for
    QTimer m_progressTimer;
    QUndoStack m_undoStack;
};

} // namespace journeyscope
