// The stage editor: renaming (touchpoints follow), reordering, dragging a touchpoint into
// another stage, removing and adding stages, refusing too few, taking the stages the data
// proposes (compared with `stages --auto`); and in the window one undoable edit that the
// journey map follows. A rename, in the window or with `stages --rename`, takes the stage's
// map notes and the stored model's figures for it along, and its undo brings them back.

#include "core/store/project.h"
#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"
#include "tests/support/windowrunner.h"
#include "ui/mainwindow.h"
#include "ui/projectviews.h"
#include "ui/stageeditordialog.h"

#include <QDialogButtonBox>
#include <QFile>
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

/// Each note's stage and text, "stage: text", as `notes --json` lists them.
QStringList notesOf(const QString& project)
{
    const Run run = cli({QStringLiteral("notes"), project, QStringLiteral("--json")});
    QStringList notes;
    for (const QJsonValue& note : run.json()[QStringLiteral("notes")].toArray()) {
        notes.append(note[QStringLiteral("stage")].toString() + QStringLiteral(": ") +
                     note[QStringLiteral("text")].toString());
    }
    notes.sort();
    return notes;
}

/// The places of the stored drop-off model's risk per stage, and its stage features.
QStringList modelStages(const QString& project)
{
    const Run run = cli({QStringLiteral("models"), project, QStringLiteral("--json")});
    QStringList names;
    for (const QJsonValue& model : run.json()[QStringLiteral("models")].toArray()) {
        for (const QJsonValue& stage :
             model[QStringLiteral("metrics")][QStringLiteral("stages")].toArray())
            names.append(stage[QStringLiteral("place")].toString());
        for (const QJsonValue& feature : model[QStringLiteral("features")].toArray()) {
            if (feature.toString().startsWith(QStringLiteral("stage: ")))
                names.append(feature.toString());
        }
    }
    return names;
}

/// The sample with notes on Purchase and Awareness, at \a path.
bool annotatedSample(const QString& sample, const QString& path)
{
    return QFile::copy(sample, path) &&
           cli({QStringLiteral("notes"), path, QStringLiteral("--add"),
                QStringLiteral("Purchase:pain=Slow checkout"), QStringLiteral("--add"),
                QStringLiteral("Purchase:emotion=-1"), QStringLiteral("--add"),
                QStringLiteral("Awareness:opportunity=Ads")})
                   .exitCode == 0;
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

    void commandLineRenameTakesNotesAndModelFigures()
    {
        const QString path = m_dir.filePath(QStringLiteral("renamed.journey"));
        QVERIFY(annotatedSample(sample(), path));
        const QStringList notesBefore{QStringLiteral("Awareness: Ads"),
                                      QStringLiteral("Purchase: -1"),
                                      QStringLiteral("Purchase: Slow checkout")};
        QCOMPARE(notesOf(path), notesBefore);
        QVERIFY(modelStages(path).contains(QStringLiteral("Purchase")));
        QVERIFY(modelStages(path).contains(QStringLiteral("stage: Purchase")));

        // Two renames in a row end where the last one does.
        Run run = cli({QStringLiteral("stages"), path, QStringLiteral("--rename"),
                       QStringLiteral("Purchase=Buy"), QStringLiteral("--rename"),
                       QStringLiteral("Buy=Buying")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(notesOf(path),
                 (QStringList{QStringLiteral("Awareness: Ads"), QStringLiteral("Buying: -1"),
                              QStringLiteral("Buying: Slow checkout")}));
        QStringList stages = modelStages(path);
        QVERIFY(stages.contains(QStringLiteral("Buying")));
        QVERIFY(stages.contains(QStringLiteral("stage: Buying")));
        QVERIFY(!stages.contains(QStringLiteral("Purchase")));
        QVERIFY(!stages.contains(QStringLiteral("stage: Purchase")));

        // Two stages swap names: each takes the other's notes and figures.
        const QStringList riskBefore = modelStages(path);
        run = cli({QStringLiteral("stages"), path, QStringLiteral("--rename"),
                   QStringLiteral("Buying=X"), QStringLiteral("--rename"),
                   QStringLiteral("Awareness=Buying"), QStringLiteral("--rename"),
                   QStringLiteral("X=Awareness")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(notesOf(path), (QStringList{QStringLiteral("Awareness: -1"),
                                             QStringLiteral("Awareness: Slow checkout"),
                                             QStringLiteral("Buying: Ads")}));
        stages = modelStages(path);
        QCOMPARE(stages.size(), riskBefore.size());
        QCOMPARE(stages.indexOf(QStringLiteral("Awareness")),
                 riskBefore.indexOf(QStringLiteral("Buying")));
        QCOMPARE(stages.indexOf(QStringLiteral("Buying")),
                 riskBefore.indexOf(QStringLiteral("Awareness")));
    }

    void windowRenameTakesNotesAndRiskAndUndoBringsThemBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("window-renamed.journey"));
        QVERIFY(annotatedSample(sample(), path));
        const auto window = openWindow(path);
        QVERIFY(window);
        ProjectViews* views = window->views();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map), 120000);
        const auto overlay = [&] {
            return std::get<MapContent>(*views->content(ViewKind::Map)).overlay;
        };
        const auto hasRisk = [&](const QString& stage) {
            for (const QJsonValue& risk : overlay().predictedRisk) {
                if (risk[QStringLiteral("place")].toString() == stage)
                    return true;
            }
            return false;
        };
        const auto notesOn = [&](const QString& stage) {
            int count = 0;
            for (const MapNote& note : overlay().notes)
                count += note.stage == stage;
            return count;
        };
        QCOMPARE(notesOn(QStringLiteral("Purchase")), 2);
        QVERIFY(hasRisk(QStringLiteral("Purchase")));

        views->editStages();
        auto* dialog = views->findChild<StageEditorDialog*>();
        QVERIFY(dialog);
        itemNamed(dialog->tree(), QStringLiteral("Purchase"))->setText(0, QStringLiteral("Buying"));
        QCOMPARE(dialog->renames(),
                 (StageRenames{{QStringLiteral("Purchase"), QStringLiteral("Buying")}}));
        dialog->accept();
        QCOMPARE(views->undoStack()->undoText(), QStringLiteral("Edit stages"));
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map) && !views->isBusy(), 120000);
        QCOMPARE(notesOn(QStringLiteral("Buying")), 2);
        QCOMPARE(notesOn(QStringLiteral("Purchase")), 0);
        QVERIFY(hasRisk(QStringLiteral("Buying")));
        QCOMPARE(notesOf(path),
                 (QStringList{QStringLiteral("Awareness: Ads"), QStringLiteral("Buying: -1"),
                              QStringLiteral("Buying: Slow checkout")}));

        views->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map) && !views->isBusy(), 120000);
        QCOMPARE(notesOn(QStringLiteral("Purchase")), 2);
        QVERIFY(hasRisk(QStringLiteral("Purchase")));
        QVERIFY(!hasRisk(QStringLiteral("Buying")));
        QCOMPARE(notesOf(path),
                 (QStringList{QStringLiteral("Awareness: Ads"), QStringLiteral("Purchase: -1"),
                              QStringLiteral("Purchase: Slow checkout")}));

        // Stages added, moved and removed in the dialog carry nothing; a rename back is none.
        views->editStages();
        dialog = views->findChildren<StageEditorDialog*>().last();
        dialog->tree()->setCurrentItem(itemNamed(dialog->tree(), QStringLiteral("Awareness")));
        dialog->addStage();
        dialog->moveStage(1);
        itemNamed(dialog->tree(), QStringLiteral("Purchase"))->setText(0, QStringLiteral("Buy"));
        itemNamed(dialog->tree(), QStringLiteral("Buy"))->setText(0, QStringLiteral("Purchase"));
        itemNamed(dialog->tree(), QStringLiteral("Retention"))->setText(0, QStringLiteral("Kept"));
        QCOMPARE(dialog->renames(),
                 (StageRenames{{QStringLiteral("Retention"), QStringLiteral("Kept")}}));
        dialog->reject();
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
