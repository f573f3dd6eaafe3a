// The project explorer, inspector and issues panel: the outline of the bundled sample
// (stages with their touchpoints and event counts checked against the events), the tree
// model under QAbstractItemModelTester, import warnings with their place, model caveats
// (a model trained before the latest import), and opening items from the explorer.

#include "core/store/project.h"
#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"
#include "tests/support/windowrunner.h"
#include "ui/filterbar.h"
#include "ui/issuespanel.h"
#include "ui/mainwindow.h"
#include "ui/projectexplorer.h"
#include "ui/projecttreemodel.h"
#include "ui/projectviews.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

const OutlineItem* childNamed(const OutlineItem& parent, const QString& name)
{
    for (const OutlineItem& child : parent.children) {
        if (child.name == name)
            return &child;
    }
    return nullptr;
}

} // namespace

class TestProjectExplorer : public QObject
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

    void outlineOfTheSample()
    {
        const auto project = Project::openForReading(sample());
        const EventLog log = EventLog::load(project->database());
        const ProjectOutline outline = ProjectOutline::read(log, project->database());
        QCOMPARE(outline.groups.size(), size_t(4));
        QCOMPARE(outline.groups[0].children.size(), size_t(1)); // one source
        QVERIFY(outline.groups[0].children[0].detail.contains(
            QStringLiteral("clickstream-sample.csv")));

        const OutlineItem& stages = outline.groups[1];
        QCOMPARE(stages.children.size(), size_t(5));
        const OutlineItem* purchase = childNamed(stages, QStringLiteral("Purchase"));
        QVERIFY(purchase);
        const OutlineItem* cart = childNamed(*purchase, QStringLiteral("Cart"));
        QVERIFY(cart);
        // The cart's events, counted here.
        const int cartIndex = log.touchpointIndex(u"Cart");
        const auto cartEvents =
            std::count(log.touchpoints().begin(), log.touchpoints().end(), quint16(cartIndex));
        QVERIFY2(cart->detail.contains(QLocale().toString(qint64(cartEvents)) +
                                       QStringLiteral(" events")),
                 qPrintable(cart->detail));
        size_t touchpoints = 0;
        for (const OutlineItem& stage : stages.children)
            touchpoints += stage.children.size();
        QCOMPARE(qsizetype(touchpoints), log.touchpointNames().size());

        QVERIFY(childNamed(outline.groups[2], QStringLiteral("Champions")));
        QCOMPARE(outline.groups[3].children.size(), size_t(1)); // the drop-off model
        QVERIFY(outline.groups[3].children[0].detail.contains(QStringLiteral("ROC-AUC")));
        // Trained after the only import: nothing to say about its data.
        for (const ProjectIssue& issue : outline.issues)
            QVERIFY2(!issue.message.contains(QStringLiteral("latest import")),
                     qPrintable(issue.message));
    }

    void treeModelPassesTheTester()
    {
        const auto project = Project::openForReading(sample());
        const EventLog log = EventLog::load(project->database());
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOutline(ProjectOutline::read(log, project->database()).groups);
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex stages = model.index(1, 0);
        QCOMPARE(model.rowCount(stages), 5);
        const QModelIndex awareness = model.index(0, 0, stages);
        QCOMPARE(model.data(awareness).toString(), QStringLiteral("Awareness"));
        QCOMPARE(model.parent(awareness), stages);
        const QModelIndex touchpoint = model.index(0, 0, awareness);
        QCOMPARE(model.parent(touchpoint), awareness);
        QCOMPARE(model.data(touchpoint, ProjectTreeModel::KindRole).toInt(),
                 int(OutlineItem::Kind::Touchpoint));
        model.setOutline({});
        QCOMPARE(model.rowCount(), 0);
    }

    void importWarningsAndStaleModels()
    {
        const QString copy = m_dir.filePath(QStringLiteral("later.journey"));
        QVERIFY(QFile::copy(sample(), copy));
        const QString late = m_dir.filePath(QStringLiteral("late.csv"));
        writeFile(late, "customer,time,event,channel\n"
                        "z1,2025-08-01T10:00:00Z,Home page,web\n"
                        "z2,not a time,Cart,web\n"
                        "z1,2025-08-01T10:05:00Z,Cart,web\n");
        QCOMPARE(cli({QStringLiteral("import"), copy, late, QStringLiteral("--on-error"),
                      QStringLiteral("skip")})
                     .exitCode,
                 0);
        const auto project = Project::openForReading(copy);
        const EventLog log = EventLog::load(project->database());
        const ProjectOutline outline = ProjectOutline::read(log, project->database());
        bool warned = false, stale = false;
        for (const ProjectIssue& issue : outline.issues) {
            warned = warned || (issue.where.startsWith(QStringLiteral("late.csv:3")) &&
                                issue.severity != ProjectIssue::Severity::Caveat);
            stale = stale || (issue.severity == ProjectIssue::Severity::Caveat &&
                              issue.message.contains(QStringLiteral("latest import")));
        }
        QVERIFY(warned); // the row with a bad time, by file and line
        QVERIFY(stale);  // the model predates the new data

        IssuesPanel panel;
        panel.setIssues(outline.issues);
        QCOMPARE(panel.topLevelItemCount(), int(outline.issues.size()));
    }

    void explorerOpensWhatItShows()
    {
        const auto opened = openWindow(sample());
        QVERIFY(opened);
        MainWindow& window = *opened;
        ProjectExplorer* explorer = window.explorer();
        QTRY_VERIFY_WITH_TIMEOUT(explorer->treeModel()->rowCount() == 4, 60000);
        ProjectTreeModel* model = explorer->treeModel();

        // Selecting shows the figures; activating a segment filters every view by it.
        const QModelIndex segments = model->index(2, 0);
        QModelIndex champions;
        for (int row = 0; row < model->rowCount(segments); ++row) {
            if (model->data(model->index(row, 0, segments)).toString() ==
                QLatin1String("Champions"))
                champions = model->index(row, 0, segments);
        }
        QVERIFY(champions.isValid());
        explorer->setCurrentIndex(champions);
        QVERIFY(window.inspectorText().contains(QStringLiteral("RFM segment Champions")));
        QSignalSpy changed(window.filterBar(), &FilterBar::filterChanged);
        Q_EMIT explorer->activated(champions);
        QVERIFY(changed.wait(2000));
        QCOMPARE(window.views()->filter().people.segmentKey, QStringLiteral("rfm:Champions"));

        // A touchpoint opens the paths into it.
        const QModelIndex purchase = model->index(2, 0, model->index(1, 0));
        QCOMPARE(model->data(purchase).toString(), QStringLiteral("Purchase"));
        const QModelIndex first = model->index(0, 0, purchase);
        Q_EMIT explorer->activated(first);
        QCOMPARE(window.views()->currentView(), std::optional<ViewKind>(ViewKind::Paths));
        QCOMPARE(window.views()->settings().pathsAnchor, model->data(first).toString());
    }
};

QTEST_MAIN(TestProjectExplorer)
#include "tst_projectexplorer.moc"
