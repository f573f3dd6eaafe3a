// The window's views of the bundled sample project: every view computed off the GUI thread
// and drawn, the journey graph's layout reused from the cache, a cancelled drawing that
// changes nothing, notes written on the map by double-click and deleted again, export of
// the view shown, the dark theme, and views that say what the project lacks.

#include "core/journey/mapnotes.h"
#include "core/journey/personas.h"
#include "core/store/database.h"
#include "core/store/project.h"
#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"
#include "tests/support/windowrunner.h"
#include "ui/canvasview.h"
#include "ui/filterbar.h"
#include "ui/funnelbuilderdialog.h"
#include "ui/mainwindow.h"
#include "ui/mapnotedialog.h"
#include "ui/projectviews.h"
#include "ui/viewoptionsbar.h"

#include <cmath>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>
#include <set>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

/// Every text drawn in \a scene, one per line.
QString sceneText(const QGraphicsScene& scene)
{
    QStringList texts;
    for (const QGraphicsItem* item : scene.items()) {
        if (const auto* simple = dynamic_cast<const QGraphicsSimpleTextItem*>(item))
            texts.append(simple->text());
        else if (const auto* rich = dynamic_cast<const QGraphicsTextItem*>(item))
            texts.append(rich->toPlainText());
    }
    return texts.join(QLatin1Char('\n'));
}

constexpr int DrawTimeoutMs = 120000;

} // namespace

class TestProjectViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString sample() const { return m_dir.filePath(QStringLiteral("sample.journey")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of its own
        QVERIFY(m_dir.isValid());
        QVERIFY(makeSampleProject(sample()));
    }

    void everyViewIsDrawn()
    {
        const auto window = openWindow(sample());
        QVERIFY(window);
        ProjectViews* views = window->views();
        QCOMPARE(views->currentView(), std::optional<ViewKind>(ViewKind::Map));
        for (const ViewKind kind : allViewKinds()) {
            views->showView(kind);
            QTRY_VERIFY2_WITH_TIMEOUT(views->isDrawn(kind), qPrintable(viewTitle(kind)),
                                      DrawTimeoutMs);
            QVERIFY(!views->scene(kind)->sceneRect().isEmpty());
        }
        const QString map = sceneText(*views->scene(ViewKind::Map));
        for (const char* name :
             {"Awareness", "Purchase", "Product page", "Customer actions", "Predicted risk"})
            QVERIFY2(map.contains(QLatin1String(name)), name);
        QVERIFY(sceneText(*views->scene(ViewKind::Graph)).contains(QStringLiteral("Start")));
        // The default funnel runs through a touchpoint of each stage to the goal.
        const QString funnel = sceneText(*views->scene(ViewKind::Funnel));
        QVERIFY2(funnel.contains(QStringLiteral("Order confirmation")), qPrintable(funnel));
        QVERIFY(sceneText(*views->scene(ViewKind::Model)).contains(QStringLiteral("ROC")));
        QVERIFY(!views->isBusy());
    }

    void filterBarRefiltersEveryView()
    {
        const auto window = openWindow(sample());
        QVERIFY(window);
        ProjectViews* views = window->views();
        FilterBar* bar = window->filterBar();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map) && bar->isEnabled(), DrawTimeoutMs);
        const auto headline = [&](qint64 journeys) {
            return QLocale().toString(journeys) + QStringLiteral(" journeys,");
        };
        QVERIFY(sceneText(*views->scene(ViewKind::Map)).contains(headline(2000)));

        // Counted here from the events: journeys with an event on social, and with one in
        // March 2025 on social.
        const auto project = Project::openForReading(sample());
        const EventLog log = EventLog::load(project->database());
        const int social = log.channelIndex(u"social");
        QVERIFY(social > 0);
        const qint64 march =
            QDateTime(QDate(2025, 3, 1), QTime(), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 april =
            QDateTime(QDate(2025, 4, 1), QTime(), QTimeZone::utc()).toMSecsSinceEpoch();
        std::set<PersonIndex> onSocial, inMarch;
        for (PersonIndex p = 0; p < PersonIndex(log.personCount()); ++p) {
            for (quint32 e = log.journeyBegins()[p]; e < log.journeyBegins()[p + 1]; ++e) {
                if (log.channels()[e] != social)
                    continue;
                onSocial.insert(p);
                if (log.times()[e] >= march && log.times()[e] < april)
                    inMarch.insert(p);
            }
        }
        QVERIFY(!inMarch.empty() && inMarch.size() < onSocial.size());

        QSignalSpy changed(bar, &FilterBar::filterChanged);
        for (QAction* action : bar->channelButton()->menu()->actions()) {
            if (action->text() == QLatin1String("social"))
                action->setChecked(true);
        }
        QVERIFY(changed.wait(2000)); // once, after the bar settles
        QCOMPARE(views->filter().channels, QStringList{QStringLiteral("social")});
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map), DrawTimeoutMs);
        QVERIFY(
            sceneText(*views->scene(ViewKind::Map)).contains(headline(qint64(onSocial.size()))));
        QCOMPARE(views->stamp(ViewKind::Map).filters, QStringLiteral("channels social"));

        bar->fromBox()->setChecked(true);
        bar->fromEdit()->setDate(QDate(2025, 3, 1));
        bar->toBox()->setChecked(true);
        bar->toEdit()->setDate(QDate(2025, 3, 31)); // the last day counts whole
        QVERIFY(changed.wait(2000));
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map), DrawTimeoutMs);
        QVERIFY(sceneText(*views->scene(ViewKind::Map)).contains(headline(qint64(inMarch.size()))));
        QCOMPARE(views->stamp(ViewKind::Map).filters,
                 QStringLiteral("2025-03-01 to 2025-03-31; channels social"));

        // Every other view follows, drawn when shown.
        views->showView(ViewKind::Graph);
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Graph), DrawTimeoutMs);
        QVERIFY(sceneText(*views->scene(ViewKind::Graph))
                    .contains(QLocale().toString(qint64(inMarch.size())) +
                              QStringLiteral(" journeys")));

        // A segment keeps its customers only; Clear brings everyone back.
        const int champions = bar->peopleBox()->findText(QStringLiteral("Segment: Champions"));
        QVERIFY(champions > 0);
        bar->clear();
        bar->peopleBox()->setCurrentIndex(champions);
        QVERIFY(changed.wait(2000));
        QCOMPARE(views->filter().people.segmentKey, QStringLiteral("rfm:Champions"));
        const qint64 inSegment =
            qint64(personsInSegment(EventView(log), QStringLiteral("rfm:Champions")).size());
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Graph), DrawTimeoutMs);
        QVERIFY(sceneText(*views->scene(ViewKind::Graph))
                    .contains(QLocale().toString(inSegment) + QStringLiteral(" journeys")));
        bar->clear();
        QVERIFY(changed.wait(2000));
        QVERIFY(views->filter().isEmpty());
        QCOMPARE(views->stamp(ViewKind::Graph).filters, QStringLiteral("all customers"));
    }

    void graphLayoutComesFromTheCacheWhenRedrawn()
    {
        const auto window = openWindow(sample());
        QVERIFY(window);
        ProjectViews* views = window->views();
        views->showView(ViewKind::Graph);
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Graph), DrawTimeoutMs);
        const qint64 hits = views->layoutCache().hits();
        const size_t layouts = views->layoutCache().size();
        const QRectF drawn = views->scene(ViewKind::Graph)->sceneRect();
        views->refreshCurrentView();
        QVERIFY(views->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!views->isBusy(), DrawTimeoutMs);
        QVERIFY(views->isDrawn(ViewKind::Graph));
        QCOMPARE(views->layoutCache().hits(), hits + 1);
        QCOMPARE(views->layoutCache().size(), layouts);
        QCOMPARE(views->scene(ViewKind::Graph)->sceneRect(), drawn);
    }

    void cancelledDrawingChangesNothing()
    {
        const auto window = openWindow(sample());
        QVERIFY(window);
        ProjectViews* views = window->views();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map), DrawTimeoutMs);
        const QString map = sceneText(*views->scene(ViewKind::Map));
        QSignalSpy drawn(views, &ProjectViews::viewDrawn);
        views->showView(ViewKind::Heatmap); // starts drawing; the result is not in yet
        QVERIFY(views->isBusy());
        views->cancel();
        QVERIFY(!views->isBusy());
        QVERIFY(!views->isDrawn(ViewKind::Heatmap));
        QVERIFY(sceneText(*views->scene(ViewKind::Heatmap)).contains(QStringLiteral("cancelled")));
        QTest::qWait(1500); // the dropped worker finishes unseen
        QCOMPARE(drawn.count(), 0);
        QVERIFY(!views->isDrawn(ViewKind::Heatmap));
        QCOMPARE(sceneText(*views->scene(ViewKind::Map)), map);
        // Asked for again, it draws.
        views->refreshCurrentView();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Heatmap), DrawTimeoutMs);
    }

    void notesAreWrittenOnTheMapAndDeleted()
    {
        const auto window = openWindow(sample());
        QVERIFY(window);
        ProjectViews* views = window->views();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map), DrawTimeoutMs);
        QGraphicsScene* scene = views->scene(ViewKind::Map);

        // Double-click the Purchase column, as a CX designer would.
        QPointF purchase;
        for (const QGraphicsItem* item : scene->items()) {
            if (item->data(MapStageNameKey).toString() == QLatin1String("Purchase"))
                purchase = item->sceneBoundingRect().center();
        }
        QVERIFY(!purchase.isNull());
        CanvasView* canvas = views->canvas(ViewKind::Map);
        QTest::mouseDClick(canvas->viewport(), Qt::LeftButton, {}, canvas->mapFromScene(purchase));
        auto* dialog = views->findChild<MapNoteDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("Purchase")));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // an empty pain point says nothing
        dialog->textEdit()->setText(QStringLiteral("Delivery date unclear"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            sceneText(*scene).contains(QStringLiteral("✎ Delivery date unclear")), DrawTimeoutMs);

        qint64 id = 0;
        {
            const auto project = Project::openForReading(sample());
            for (const MapNote& note : loadMapNotes(project->database())) {
                if (note.text == QLatin1String("Delivery date unclear")) {
                    QCOMPARE(note.stage, QStringLiteral("Purchase"));
                    QCOMPARE(note.lane, MapNote::Lane::PainPoint);
                    id = note.id;
                }
            }
        }
        QVERIFY(id != 0);
        // The note on the canvas knows which it is.
        QPointF noteAt;
        for (const QGraphicsItem* item : scene->items()) {
            if (item->data(MapNoteIdKey).toLongLong() == id)
                noteAt = item->sceneBoundingRect().center();
        }
        QCOMPARE(mapNoteAt(*scene, noteAt), id);
        views->removeMapNote(id);
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map) && !views->isBusy(), DrawTimeoutMs);
        QVERIFY(!sceneText(*scene).contains(QStringLiteral("Delivery date unclear")));
        const auto project = Project::openForReading(sample());
        for (const MapNote& note : loadMapNotes(project->database()))
            QVERIFY(note.id != id);
    }

    void noteEditsAreUndoneAndRedone()
    {
        const auto window = openWindow(sample());
        QVERIFY(window);
        ProjectViews* views = window->views();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map), DrawTimeoutMs);
        QUndoStack* stack = views->undoStack();
        QCOMPARE(stack->count(), 0);
        const auto notes = [&] {
            const auto project = Project::openForReading(sample());
            return loadMapNotes(project->database());
        };
        const auto emotionOf = [&](const QString& stage) {
            for (const MapNote& note : notes()) {
                if (note.lane == MapNote::Lane::Emotion && note.stage == stage)
                    return note.text;
            }
            return QString();
        };
        const auto drawnWith = [&](const QString& text) {
            return views->isDrawn(ViewKind::Map) && !views->isBusy() &&
                   sceneText(*views->scene(ViewKind::Map)).contains(text);
        };
        const size_t before = notes().size();

        MapNote pain{0, QStringLiteral("Consideration"), MapNote::Lane::PainPoint,
                     QStringLiteral("Too many similar products")};
        views->addMapNote(pain);
        QTRY_VERIFY_WITH_TIMEOUT(drawnWith(pain.text), DrawTimeoutMs);
        QCOMPARE(notes().size(), before + 1);
        const qint64 id = notes().back().id;

        stack->undo();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map) && !views->isBusy(), DrawTimeoutMs);
        QVERIFY(!sceneText(*views->scene(ViewKind::Map)).contains(pain.text));
        QCOMPARE(notes().size(), before);
        stack->redo();
        QTRY_VERIFY_WITH_TIMEOUT(drawnWith(pain.text), DrawTimeoutMs);
        bool sameId = false;
        for (const MapNote& note : notes())
            sameId = sameId || (note.id == id && note.text == pain.text);
        QVERIFY(sameId); // back as it was, so later edits still find it

        // An emotion replaces the stage's earlier one; undo brings the earlier one back.
        views->addMapNote(
            {0, QStringLiteral("Retention"), MapNote::Lane::Emotion, QStringLiteral("1")});
        QTRY_VERIFY_WITH_TIMEOUT(!views->isBusy(), DrawTimeoutMs);
        views->addMapNote(
            {0, QStringLiteral("Retention"), MapNote::Lane::Emotion, QStringLiteral("-2")});
        QTRY_VERIFY_WITH_TIMEOUT(!views->isBusy(), DrawTimeoutMs);
        QCOMPARE(emotionOf(QStringLiteral("Retention")), QStringLiteral("-2"));
        stack->undo();
        QCOMPARE(emotionOf(QStringLiteral("Retention")), QStringLiteral("1"));

        // Deleting, undone.
        views->removeMapNote(id);
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map) && !views->isBusy(), DrawTimeoutMs);
        QVERIFY(!sceneText(*views->scene(ViewKind::Map)).contains(pain.text));
        stack->undo();
        QTRY_VERIFY_WITH_TIMEOUT(drawnWith(pain.text), DrawTimeoutMs);
        QCOMPARE(stack->undoText(), QStringLiteral("Add note on Retention"));

        // Undo everything: the project holds the notes it had.
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(notes().size(), before);
        QVERIFY(emotionOf(QStringLiteral("Retention")).isEmpty());
    }

    void viewSettingsAreKeptUndoableAndFollowed()
    {
        auto window = openWindow(sample());
        QVERIFY(window);
        ProjectViews* views = window->views();
        views->showView(ViewKind::Graph);
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Graph), DrawTimeoutMs);
        const auto graphOf = [&] {
            return std::get<GraphContent>(*views->content(ViewKind::Graph)).graph;
        };
        const size_t fewEdges = graphOf().edges.size();
        ViewOptionsBar* bar = views->optionsBar(ViewKind::Graph);
        QVERIFY(bar);
        QCOMPARE(bar->edgeSlider()->value(), 10);

        // More detail: more transitions drawn; two moves of the slider are one undo step.
        bar->edgeSlider()->setValue(60);
        bar->edgeSlider()->setValue(80);
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Graph) && !views->isBusy(),
                                 DrawTimeoutMs);
        QCOMPARE(views->settings().edgeShare, 0.8);
        QVERIFY(graphOf().edges.size() > fewEdges);
        QCOMPARE(views->undoStack()->count(), 1);
        QCOMPARE(views->undoStack()->undoText(), QStringLiteral("Change the journey graph"));
        {
            const auto project = Project::openForReading(sample());
            QCOMPARE(ViewSettings::read(project->database()).edgeShare, 0.8);
        }
        views->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Graph) && !views->isBusy(),
                                 DrawTimeoutMs);
        QCOMPARE(graphOf().edges.size(), fewEdges);
        QCOMPARE(bar->edgeSlider()->value(), 10);
        views->undoStack()->redo();

        // Friction colours need the goal the sample has; stages as nodes.
        bar->colourBox()->setCurrentIndex(
            bar->colourBox()->findData(int(GraphColouring::By::Friction)));
        bar->levelBox()->setCurrentIndex(bar->levelBox()->findData(int(GraphLevel::Stage)));
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Graph) && !views->isBusy(),
                                 DrawTimeoutMs);
        QCOMPARE(graphOf().level, GraphLevel::Stage);
        QCOMPARE(std::get<GraphContent>(*views->content(ViewKind::Graph)).colouring.by,
                 GraphColouring::By::Friction);

        // The funnel from the builder.
        views->showView(ViewKind::Funnel);
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Funnel), DrawTimeoutMs);
        ViewSettings settings = views->settings();
        settings.funnelSteps = {
            {QStringLiteral("Cart")},
            {QStringLiteral("Checkout")},
            {QStringLiteral("Order confirmation"), QStringLiteral("Store purchase")}};
        views->changeSettings(settings, QStringLiteral("Change the funnel steps"));
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Funnel) && !views->isBusy(),
                                 DrawTimeoutMs);
        const FunnelResult& funnel =
            std::get<FunnelContent>(*views->content(ViewKind::Funnel)).funnel;
        QCOMPARE(funnel.steps.size(), size_t(3));
        QCOMPARE(funnel.steps[0].touchpointNames, QStringList{QStringLiteral("Cart")});
        QCOMPARE(funnel.steps[2].touchpointNames.size(), 2);

        // Paths out of Cart; touchpoints by segment.
        views->showView(ViewKind::Paths);
        ViewOptionsBar* paths = views->optionsBar(ViewKind::Paths);
        paths->directionBox()->setCurrentIndex(
            paths->directionBox()->findData(int(PathDirection::From)));
        paths->anchorBox()->setCurrentIndex(paths->anchorBox()->findData(QStringLiteral("Cart")));
        QTRY_VERIFY_WITH_TIMEOUT(
            views->isDrawn(ViewKind::Paths) && !views->isBusy() &&
                std::get<PathsContent>(*views->content(ViewKind::Paths)).paths.anchor ==
                    QLatin1String("Cart"),
            DrawTimeoutMs);
        QCOMPARE(std::get<PathsContent>(*views->content(ViewKind::Paths)).paths.direction,
                 PathDirection::From);
        views->showView(ViewKind::Heatmap);
        views->optionsBar(ViewKind::Heatmap)->tableBox()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(
            views->isDrawn(ViewKind::Heatmap) && !views->isBusy() &&
                std::get<HeatmapContent>(*views->content(ViewKind::Heatmap)).matrix.rowKind ==
                    QLatin1String("touchpoint"),
            DrawTimeoutMs);

        // Opened again, the project shows the views as they were left.
        const ViewSettings left = views->settings();
        window.reset();
        window = openWindow(sample());
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->views()->optionsBar(ViewKind::Graph)->isEnabled(),
                                 DrawTimeoutMs);
        QVERIFY(window->views()->settings() == left);
        QCOMPARE(window->views()->optionsBar(ViewKind::Graph)->edgeSlider()->value(), 80);

        // Back to the defaults for the other tests.
        const auto project = Project::open(sample(), Project::Access::ReadWrite);
        ViewSettings::write(project->database(), ViewSettings());
    }

    void viewSettingsJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<double>("edgeShare");
        QTest::addColumn<int>("funnelSteps");
        QTest::addColumn<bool>("bySegment");
        QTest::newRow("empty: defaults")
            << QByteArray("{}") << ViewSettings::DefaultEdgeShare << 0 << false;
        QTest::newRow("share out of range")
            << QByteArray(R"({"edge_share": 7})") << ViewSettings::DefaultEdgeShare << 0 << false;
        QTest::newRow("share as text") << QByteArray(R"({"edge_share": "0.5"})")
                                       << ViewSettings::DefaultEdgeShare << 0 << false;
        QTest::newRow("steps, empty names dropped")
            << QByteArray(R"({"funnel_steps": [["A"], [""], ["B", "C"]], "edge_share": 0.5})")
            << 0.5 << 2 << false;
        QTest::newRow("heatmap") << QByteArray(R"({"heatmap_by_segment": true})")
                                 << ViewSettings::DefaultEdgeShare << 0 << true;
    }

    void viewSettingsJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(double, edgeShare);
        QFETCH(int, funnelSteps);
        QFETCH(bool, bySegment);
        const ViewSettings settings =
            ViewSettings::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(settings.edgeShare, edgeShare);
        QCOMPARE(int(settings.funnelSteps.size()), funnelSteps);
        QCOMPARE(settings.heatmapBySegment, bySegment);
        // And back: what is written reads the same.
        QVERIFY(ViewSettings::fromJson(settings.toJson()) == settings);
    }

    void funnelBuilderMakesSteps()
    {
        FunnelBuilderDialog dialog({QStringLiteral("Home"), QStringLiteral("Cart"),
                                    QStringLiteral("Pay"), QStringLiteral("Store")},
                                   {});
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        const auto pick = [&](int row) { dialog.touchpointList()->setCurrentRow(row); };
        pick(1);
        dialog.addStep();
        pick(2);
        dialog.addStep();
        pick(3);
        dialog.addAlternative(); // Pay or Store
        pick(0);
        dialog.addStep();
        dialog.moveStep(-2); // Home first
        QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        const std::vector<QStringList> expected = {
            {QStringLiteral("Home")},
            {QStringLiteral("Cart")},
            {QStringLiteral("Pay"), QStringLiteral("Store")}};
        QCOMPARE(dialog.steps(), expected);
        QCOMPARE(dialog.stepList()->item(2)->text(), QStringLiteral("Pay or Store"));
    }

    void graphNodesKnowTheirTouchpoint()
    {
        const auto window = openWindow(sample());
        QVERIFY(window);
        ProjectViews* views = window->views();
        views->showView(ViewKind::Graph);
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Graph), DrawTimeoutMs);
        const GraphContent& content = std::get<GraphContent>(*views->content(ViewKind::Graph));
        const int cart = content.graph.nodeIndex(u"Cart");
        QVERIFY(cart > 0);
        const QPointF centre = content.layout.nodes[size_t(cart)].box.center();
        QCOMPARE(graphTouchpointAt(*views->scene(ViewKind::Graph), centre), QStringLiteral("Cart"));
        QVERIFY(
            graphTouchpointAt(*views->scene(ViewKind::Graph), content.layout.nodes[0].box.center())
                .isEmpty()); // Start is no touchpoint
        bool tipped = false;
        for (const QGraphicsItem* item : views->scene(ViewKind::Graph)->items(centre))
            tipped = tipped || item->toolTip().contains(QStringLiteral("customers"));
        QVERIFY(tipped); // hovering tells the numbers
    }

    void doubleClickOnANodeFocusesEveryView()
    {
        const auto window = openWindow(sample());
        QVERIFY(window);
        ProjectViews* views = window->views();
        views->showView(ViewKind::Graph);
        QTRY_VERIFY_WITH_TIMEOUT(
            views->isDrawn(ViewKind::Graph) && window->filterBar()->isEnabled(), DrawTimeoutMs);
        const GraphContent& content = std::get<GraphContent>(*views->content(ViewKind::Graph));
        const QPointF cart =
            content.layout.nodes[size_t(content.graph.nodeIndex(u"Cart"))].box.center();

        // Customers with a Cart event, counted here.
        const auto project = Project::openForReading(sample());
        const EventLog log = EventLog::load(project->database());
        const auto cartIndex = quint16(log.touchpointIndex(u"Cart"));
        qint64 throughCart = 0;
        for (PersonIndex p = 0; p < PersonIndex(log.personCount()); ++p) {
            const auto begin = log.touchpoints().begin() + log.journeyBegins()[p];
            const auto end = log.touchpoints().begin() + log.journeyBegins()[p + 1];
            throughCart += std::find(begin, end, cartIndex) != end;
        }

        QSignalSpy changed(window->filterBar(), &FilterBar::filterChanged);
        CanvasView* canvas = views->canvas(ViewKind::Graph);
        QTest::mouseDClick(canvas->viewport(), Qt::LeftButton, {}, canvas->mapFromScene(cart));
        QVERIFY(changed.wait(2000));
        QCOMPARE(views->filter().people.visitedTouchpoints, QStringList{QStringLiteral("Cart")});
        QVERIFY(window->filterBar()->focusButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Graph) && !views->isBusy(),
                                 DrawTimeoutMs);
        QCOMPARE(std::get<GraphContent>(*views->content(ViewKind::Graph)).graph.journeys,
                 throughCart);
        QCOMPARE(views->stamp(ViewKind::Graph).filters, QStringLiteral("through Cart"));

        window->filterBar()->focusButton()->click(); // the focus ends
        QVERIFY(changed.wait(2000));
        QVERIFY(views->filter().isEmpty());
    }

    void mapMenuFocusesOnAStage()
    {
        const auto window = openWindow(sample());
        QVERIFY(window);
        ProjectViews* views = window->views();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map) && window->filterBar()->isEnabled(),
                                 DrawTimeoutMs);
        QGraphicsScene* scene = views->scene(ViewKind::Map);
        QPointF retention;
        for (const QGraphicsItem* item : scene->items()) {
            if (item->data(MapStageNameKey).toString() == QLatin1String("Retention"))
                retention = item->sceneBoundingRect().center();
        }
        // Customers with an event in Retention, counted here.
        const auto project = Project::openForReading(sample());
        const EventLog log = EventLog::load(project->database());
        const int stage = int(log.stageNames().indexOf(QStringLiteral("Retention")));
        qint64 reaching = 0;
        for (PersonIndex p = 0; p < PersonIndex(log.personCount()); ++p) {
            bool reached = false;
            for (quint32 e = log.journeyBegins()[p]; e < log.journeyBegins()[p + 1]; ++e)
                reached = reached || log.touchpointStages()[log.touchpoints()[e]] == stage;
            reaching += reached;
        }

        // Right-click the stage: its menu focuses every view on the journeys reaching it.
        CanvasView* canvas = views->canvas(ViewKind::Map);
        const QPoint at = canvas->mapFromScene(retention);
        QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, at,
                                    canvas->viewport()->mapToGlobal(at));
        QApplication::sendEvent(canvas->viewport(), &menuEvent);
        auto* menu = views->findChild<QMenu*>();
        QVERIFY(menu);
        QAction* focus = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->text().contains(QStringLiteral("Reaching \"Retention\"")))
                focus = action;
        }
        QVERIFY(focus);
        QSignalSpy changed(window->filterBar(), &FilterBar::filterChanged);
        focus->trigger();
        QVERIFY(changed.wait(2000));
        QCOMPARE(views->filter().people.reachedStages, QStringList{QStringLiteral("Retention")});
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map) && !views->isBusy(), DrawTimeoutMs);
        QCOMPARE(std::get<MapContent>(*views->content(ViewKind::Map)).map.journeys, reaching);
        QCOMPARE(views->stamp(ViewKind::Map).filters, QStringLiteral("reaching Retention"));
    }

    void emotionNoteNeedsNoText()
    {
        MapNoteDialog dialog(QStringLiteral("Purchase"));
        dialog.laneBox()->setCurrentIndex(2);
        QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.emotionBox()->setValue(-1.5);
        const MapNote note = dialog.note();
        QCOMPARE(note.lane, MapNote::Lane::Emotion);
        QCOMPARE(note.text, QStringLiteral("-1.5"));
        QCOMPARE(note.stage, QStringLiteral("Purchase"));
    }

    void exportsTheViewShown()
    {
        const auto window = openWindow(sample());
        QVERIFY(window);
        ProjectViews* views = window->views();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map), DrawTimeoutMs);
        const QString pdf = m_dir.filePath(QStringLiteral("map.pdf"));
        views->exportCurrentView(pdf, ExportFormat::Pdf);
        const QByteArray text = pdfText(pdf);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        for (const char* name :
             {"Awareness", "Cart", "sample.journey", "all customers", "drop-off model"})
            QVERIFY2(text.contains(name), name);
        const QString png = m_dir.filePath(QStringLiteral("map.png"));
        views->exportCurrentView(png, ExportFormat::Png, 72);
        const QImage image(png);
        QVERIFY(image.width() >= int(views->scene(ViewKind::Map)->sceneRect().width()));
    }

    void darkThemeRedrawsEveryView()
    {
        const auto window = openWindow(sample());
        QVERIFY(window);
        ProjectViews* views = window->views();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map), DrawTimeoutMs);
        views->setDarkTheme(true);
        QCOMPARE(views->scene(ViewKind::Map)->backgroundBrush().color(),
                 CanvasStyle::darkTheme().background);
        QVERIFY(sceneText(*views->scene(ViewKind::Map)).contains(QStringLiteral("Awareness")));
    }

    void defaultFunnelGoesStageByStageToTheGoal()
    {
        // Stage A: x (3 events) and y (1); B: z; C: w and the goal g; D after the goal: v.
        EventLog::Builder builder;
        qint64 time = 0;
        for (const char* touchpoint : {"x", "x", "y", "x", "z", "w", "g", "v"})
            builder.add(QStringLiteral("p"), time += 1000, QLatin1String(touchpoint),
                        QStringLiteral("web"));
        for (const auto& [touchpoint, stage] :
             {std::pair{"x", "A"}, {"y", "A"}, {"z", "B"}, {"w", "C"}, {"g", "C"}, {"v", "D"}})
            builder.setStage(QLatin1String(touchpoint), QLatin1String(stage));
        const EventLog log = std::move(builder).build();
        const auto index = [&](const char* name) {
            return quint16(log.touchpointIndex(QString::fromLatin1(name)));
        };
        Goal goal;
        goal.touchpoints = {index("g")};
        const std::vector<std::vector<quint16>> expected = {
            {index("x")}, {index("z")}, {index("w")}, {index("g")}};
        QCOMPARE(defaultFunnelSteps(log, goal), expected);
        // Without a goal: every stage's busiest touchpoint.
        QCOMPARE(defaultFunnelSteps(log, Goal()).size(), size_t(4));
    }

    void graphColouredByFriction()
    {
        const auto project = Project::openForReading(sample());
        const EventLog log = EventLog::load(project->database());
        const Goal goal = ProjectGoal::read(project->database())->resolve(log, project->database());
        const EventView events(log);
        GraphOptions options;
        options.goal = goal;
        const CanvasStyle style = CanvasStyle::light();
        const GraphContent content = graphContent(buildJourneyGraph(events, options), events, goal,
                                                  GraphColouring::By::Friction, style);
        // Each node is filled with the heat of its friction score, computed on its own here.
        const FrictionReport friction = computeFriction(events, goal);
        QGraphicsScene scene;
        drawView(scene, content, style);
        int checked = 0;
        for (const FrictionMetrics& metrics : friction.touchpoints) {
            if (std::isnan(metrics.score) || content.graph.nodeIndex(metrics.name) < 0)
                continue;
            const QRectF box =
                content.layout.nodes[size_t(content.graph.nodeIndex(metrics.name))].box;
            bool found = false;
            for (const QGraphicsItem* item : scene.items(box.center())) {
                if (const auto* shape = dynamic_cast<const QGraphicsPathItem*>(item))
                    found = found || shape->brush().color() == style.heat(metrics.score);
            }
            QVERIFY2(found, qPrintable(metrics.name));
            ++checked;
        }
        QVERIFY(checked >= 10);
        QVERIFY(sceneText(scene).contains(QStringLiteral("friction score")));
    }

    void viewsSayWhatTheProjectLacks()
    {
        const QString bare = m_dir.filePath(QStringLiteral("bare.journey"));
        QCOMPARE(cli({QStringLiteral("import"), bare,
                      sourceFile(QStringLiteral("resources/sample/clickstream-sample.csv"))})
                     .exitCode,
                 0);
        const auto window = openWindow(bare);
        QVERIFY(window);
        ProjectViews* views = window->views();
        QSignalSpy ended(views, &ProjectViews::jobEnded);
        for (const ViewKind kind : {ViewKind::Map, ViewKind::Model}) {
            views->showView(kind);
            QTRY_VERIFY_WITH_TIMEOUT(!views->isBusy() && ended.count() >= 2, DrawTimeoutMs);
            QVERIFY(!views->isDrawn(kind));
        }
        QVERIFY(sceneText(*views->scene(ViewKind::Map)).contains(QStringLiteral("No goal set")));
        QVERIFY(sceneText(*views->scene(ViewKind::Model)).contains(QStringLiteral("No model yet")));
        // The graph needs no goal.
        views->showView(ViewKind::Graph);
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Graph), DrawTimeoutMs);
    }
};

QTEST_MAIN(TestProjectViews)
#include "tst_projectviews.moc"
