// Presentation mode on the bundled sample: fullscreen slides in the facilitator's order, the
// journey map revealed stage by stage (the hidden stages really are not drawn), a persona
// switch that refilters the slide, presenter notes that follow, Esc to leave; and the
// dialog that chooses and orders the slides.

#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"
#include "tests/support/windowrunner.h"
#include "ui/canvas/journeymapscene.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/presentation/presentationdialog.h"
#include "ui/presentation/presentationview.h"
#include "ui/presentation/presentationwindow.h"
#include "ui/presentation/presenternotes.h"
#include "ui/projectviews.h"

#include <algorithm>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

constexpr int DrawTimeoutMs = 120000;

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString sample() const { return m_dir.filePath(QStringLiteral("sample.journey")); }

    /// The map's stage headers in the scene, left to right.
    static std::vector<QRectF> headers(const QGraphicsScene& scene)
    {
        std::vector<QRectF> found;
        for (const QGraphicsItem* item : scene.items()) {
            if (!item->data(MapStageNameKey).toString().isEmpty())
                found.push_back(item->sceneBoundingRect());
        }
        std::sort(found.begin(), found.end(),
                  [](const QRectF& a, const QRectF& b) { return a.left() < b.left(); });
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of its own
        QVERIFY(m_dir.isValid());
        QVERIFY(makeSampleProject(sample()));
    }

    void slidesRevealTheMapStageByStage()
    {
        const auto window = openWindow(sample());
        QVERIFY(window);
        ProjectViews* views = window->views();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map), DrawTimeoutMs);
        const std::vector<QRectF> stages = headers(*views->scene(ViewKind::Map));
        QCOMPARE(stages.size(), size_t(5));

        QScreen* screen = QGuiApplication::primaryScreen();
        // Notes on the same screen: the offscreen platform has one.
        QPointer<PresentationWindow> presentation =
            window->startPresentation({ViewKind::Map, ViewKind::Funnel}, screen, screen);
        QSignalSpy finished(presentation.data(), &PresentationWindow::finished);
        QVERIFY(presentation->windowState() & Qt::WindowFullScreen);
        QVERIFY(presentation->presenterNotes());
        QCOMPARE(presentation->slide(), 0);
        QCOMPARE(presentation->revealedStages(), 1);
        QVERIFY(presentation->presenterNotes()->text().contains(
            QStringLiteral("Slide 1 of 2: Journey map, stage 1 of 5")));

        // What the room sees: the first stage's header, and page colour where the second's is.
        PresentationView* view = presentation->view();
        QTRY_VERIFY(view->isVisible() && view->viewport()->width() > 100);
        const auto pixelAt = [&](const QPointF& scenePoint) {
            const QImage shot = view->viewport()->grab().toImage();
            const QPoint at = view->mapFromScene(scenePoint);
            return QColor(shot.pixel(std::clamp(at.x(), 0, shot.width() - 1),
                                     std::clamp(at.y(), 0, shot.height() - 1)));
        };
        const QColor page = views->scene(ViewKind::Map)->backgroundBrush().color();
        // Left of the header's text, inside the dark header band.
        const QPointF firstBand = stages[0].topLeft() + QPointF(4, stages[0].height() / 2);
        const QPointF secondBand = stages[1].topLeft() + QPointF(4, stages[1].height() / 2);
        QVERIFY(pixelAt(firstBand) != page);
        QCOMPARE(pixelAt(secondBand), page);

        for (int stage = 2; stage <= 5; ++stage) {
            QTest::keyClick(presentation.data(), Qt::Key_Right);
            QCOMPARE(presentation->revealedStages(), stage);
        }
        QVERIFY(pixelAt(secondBand) != page);
        QCOMPARE(presentation->slide(), 0);
        QTest::keyClick(presentation.data(), Qt::Key_Space);
        QCOMPARE(presentation->slide(), 1);
        QCOMPARE(presentation->slideView(), ViewKind::Funnel);
        QCOMPARE(views->currentView(), std::optional<ViewKind>(ViewKind::Funnel));
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Funnel), DrawTimeoutMs);
        QCOMPARE(view->scene(), views->scene(ViewKind::Funnel));
        QVERIFY(presentation->presenterNotes()->text().contains(QStringLiteral("Last slide")));
        QTest::keyClick(presentation.data(), Qt::Key_Right); // the last slide stays
        QCOMPARE(presentation->slide(), 1);

        // Back into the map: shown whole.
        QTest::keyClick(presentation.data(), Qt::Key_Left);
        QCOMPARE(presentation->slide(), 0);
        QCOMPARE(presentation->revealedStages(), 5);
        QTest::keyClick(presentation.data(), Qt::Key_Escape);
        QCOMPARE(finished.count(), 1);
        QTRY_VERIFY(presentation.isNull()); // it deletes itself
    }

    void personaSwitchRefiltersTheSlide()
    {
        const auto window = openWindow(sample());
        QVERIFY(window);
        ProjectViews* views = window->views();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map) && window->filterBar()->isEnabled(),
                                 DrawTimeoutMs);
        QPointer<PresentationWindow> presentation =
            window->startPresentation({ViewKind::Map}, QGuiApplication::primaryScreen());
        QVERIFY(!presentation->presenterNotes()); // none asked for
        QSignalSpy drawn(views, &ProjectViews::viewDrawn);
        QTest::keyClick(presentation.data(), Qt::Key_P);
        const QString chosen = window->filterBar()->peopleBox()->currentText();
        QVERIFY(chosen != QStringLiteral("Everyone"));
        QTRY_VERIFY_WITH_TIMEOUT(!views->filter().people.isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(drawn.count() >= 1, DrawTimeoutMs);
        QCOMPARE(drawn.last().first().value<ViewKind>(), ViewKind::Map);
        QCOMPARE(presentation->view()->scene(), views->scene(ViewKind::Map));
        presentation->close();
    }

    void dialogChoosesAndOrdersTheSlides()
    {
        PresentationDialog dialog;
        const std::vector<ViewKind> usual = {ViewKind::Map, ViewKind::Graph, ViewKind::Funnel,
                                             ViewKind::Heatmap, ViewKind::Personas};
        QCOMPARE(dialog.slides(), usual);
        QListWidget* list = dialog.slideList();
        list->setCurrentRow(0);
        QPushButton* down = nullptr;
        for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("Move &Down"))
                down = button;
        }
        QVERIFY(down);
        down->click(); // the graph first, then the map
        QCOMPARE(dialog.slides().front(), ViewKind::Graph);
        QCOMPARE(dialog.slides()[1], ViewKind::Map);
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setCheckState(Qt::Unchecked);
        QVERIFY(dialog.slides().empty());
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(dialog.screen(), QGuiApplication::primaryScreen());
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
