// The stage editor: renaming (touchpoints follow), reordering, dragging a touchpoint into
// another stage, removing and adding stages, refusing too few, taking the stages the data
// proposes (compared with `stages --auto`); and in the window one undoable edit that the
// journey map follows.

#include "core/store/project.h"
#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"
#include "tests/support/windowrunner.h"
#include "ui/mainwindow.h"
#include "ui/projectviews.h"
#include "ui/stageeditordialog.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

QTreeWidgetItem* itemNamed(QTreeWidget* tree, const QString& name)
{
    const QList<QTreeWidgetItem*> found =
        tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}

bool okEnabled(const StageEditorDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
}

/// The touchpoints the map shows in the column of \a stage.
QStringList mapTouchpoints(const ProjectViews& views, const QString& stage)
{
    QStringList names;
    for (const MapStage& column : std::get<MapContent>(*views.content(ViewKind::Map)).map.stages) {
        if (column.name == stage) {
            for (const MapTouchpoint& touchpoint : column.touchpoints)
                names.append(touchpoint.name);
        }
    }
    return names;
}

} // namespace

class TestStageEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString sample() const { return m_dir.filePath(QStringLiteral("sample.journey")); }

    StageModel sampleStages() const
    {
        const auto project = Project::openForReading(sample());
        return StageModel::read(project->database());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(makeSampleProject(sample()));
    }

    void editsTheStages()
    {
        StageEditorDialog dialog(sampleStages(), nullptr);
        StageTree* tree = dialog.tree();
        QVERIFY(okEnabled(dialog));

        // Rename in place: its touchpoints follow.
        itemNamed(tree, QStringLiteral("Purchase"))->setText(0, QStringLiteral("Buying"));
        QVERIFY(dialog.model().stages.contains(QStringLiteral("Buying")));
        QVERIFY(dialog.model()
                    .touchpointsOf(QStringLiteral("Buying"))
                    .contains(QStringLiteral("Cart")));

        // A drag of Cart onto Consideration: the tree moves the item, the editor reads it.
        QTreeWidgetItem* cart = itemNamed(tree, QStringLiteral("Cart"));
        cart->parent()->removeChild(cart);
        itemNamed(tree, QStringLiteral("Consideration"))->addChild(cart);
        Q_EMIT tree->dropped();
        QCOMPARE(dialog.model().stageOfTouchpoint(QStringLiteral("Cart")),
                 QStringLiteral("Consideration"));

        // Reorder: Advocacy before Retention.
        tree->setCurrentItem(itemNamed(tree, QStringLiteral("Advocacy")));
        dialog.moveStage(-1);
        QCOMPARE(dialog.model().stages.indexOf(QStringLiteral("Advocacy")), 3);

        // Remove two stages: their touchpoints have none; then too few stages.
        tree->setCurrentItem(itemNamed(tree, QStringLiteral("Retention")));
        dialog.removeStage();
        QVERIFY(dialog.model().stageOfTouchpoint(QStringLiteral("Help center")).isEmpty());
        QVERIFY(okEnabled(dialog)); // four stages
        tree->setCurrentItem(itemNamed(tree, QStringLiteral("Advocacy")));
        dialog.removeStage();
        tree->setCurrentItem(itemNamed(tree, QStringLiteral("Awareness")));
        dialog.removeStage();
        QCOMPARE(dialog.model().stages.size(), 2);
        QVERIFY(!okEnabled(dialog));
        dialog.addStage();
        QCOMPARE(dialog.model().stages.size(), 3);
        QVERIFY(okEnabled(dialog));
        // Two stages of one name are refused.
        itemNamed(tree, QStringLiteral("New stage"))->setText(0, QStringLiteral("Buying"));
        QVERIFY(!okEnabled(dialog));
    }

    void proposesStagesFromTheData()
    {
        const auto project = Project::openForReading(sample());
        const EventLog log = EventLog::load(project->database());
        StageEditorDialog dialog(sampleStages(), &log);
        dialog.proposalSizeBox()->setValue(4);
        dialog.propose();
        QCOMPARE(dialog.model().stages.size(), 4);
        QVERIFY(okEnabled(dialog));
        // The command line's proposal, computed apart, puts every touchpoint in the same stage.
        const Run run = cli({QStringLiteral("stages"), sample(), QStringLiteral("--auto"),
                             QStringLiteral("4"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        int compared = 0;
        for (const QJsonValue& stage : run.json()[QStringLiteral("stages")].toArray()) {
            for (const QJsonValue& touchpoint : stage[QStringLiteral("touchpoints")].toArray()) {
                QCOMPARE(dialog.model().stageOfTouchpoint(touchpoint.toString()),
                         stage[QStringLiteral("name")].toString());
                ++compared;
            }
        }
        QVERIFY(compared > 20);
    }

    void windowEditIsUndoableAndTheMapFollows()
    {
        const auto window = openWindow(sample());
        QVERIFY(window);
        ProjectViews* views = window->views();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map), 120000);
        QVERIFY(
            mapTouchpoints(*views, QStringLiteral("Purchase")).contains(QStringLiteral("Cart")));

        views->editStages();
        auto* dialog = views->findChild<StageEditorDialog*>();
        QVERIFY(dialog);
        dialog->moveTouchpoint(QStringLiteral("Cart"), QStringLiteral("Consideration"));
        dialog->accept();
        QCOMPARE(views->undoStack()->undoText(), QStringLiteral("Edit stages"));
        QCOMPARE(sampleStages().stageOfTouchpoint(QStringLiteral("Cart")),
                 QStringLiteral("Consideration"));
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map) && !views->isBusy(), 120000);
        QVERIFY(mapTouchpoints(*views, QStringLiteral("Consideration"))
                    .contains(QStringLiteral("Cart")));

        views->undoStack()->undo();
        QCOMPARE(sampleStages().stageOfTouchpoint(QStringLiteral("Cart")),
                 QStringLiteral("Purchase"));
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map) && !views->isBusy(), 120000);
        QVERIFY(
            mapTouchpoints(*views, QStringLiteral("Purchase")).contains(QStringLiteral("Cart")));
    }
};

QTEST_MAIN(TestStageEditor)
#include "tst_stageeditor.moc"
