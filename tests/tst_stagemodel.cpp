// The stage model: reading and writing it in a project (ids kept, refusals that leave the file
// as it was), the edits, and auto-staging from where touchpoints occur in journeys.

#include "core/journey/stagemodel.h"
#include "tests/importtesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

Q_DECLARE_METATYPE(journeyscope::StageModel)

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList list(std::initializer_list<const char*> texts)
{
    QStringList strings;
    for (const char* text : texts)
        strings.append(s(text));
    return strings;
}

QString messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.message();
    }
    return {};
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// "id:name@position" for every stage, in position order.
QStringList stageRows(const Database& db)
{
    QStringList rows;
    Statement statement = db.prepare("SELECT id, name, position FROM stages ORDER BY position");
    while (statement.step()) {
        rows.append(QString::number(statement.columnInt(0)) + QLatin1Char(':') +
                    statement.columnText(1) + QLatin1Char('@') +
                    QString::number(statement.columnInt(2)));
    }
    return rows;
}

/// A project with touchpoints Home, Product, Cart, Order (no stages assigned by import).
class StagedProject
{
public:
    StagedProject()
    {
        m_fixture.import({m_fixture.write(s("e.csv"), "customer,time,event,channel\n"
                                                      "a,2024-01-01T10:00:00Z,Home,web\n"
                                                      "a,2024-01-01T10:01:00Z,Product,web\n"
                                                      "a,2024-01-01T10:02:00Z,Cart,web\n"
                                                      "a,2024-01-01T10:03:00Z,Order,web\n")});
    }
    QString path() const { return m_fixture.projectPath(); }
    std::unique_ptr<Project> openForWriting() const
    {
        return Project::open(path(), Project::Access::ReadWrite);
    }

    /// Writes \a model in a transaction of its own and commits.
    void write(const StageModel& model) const
    {
        auto project = openForWriting();
        Transaction transaction(project->database());
        StageModel::write(project->database(), model);
        transaction.commit();
    }

private:
    ImportFixture m_fixture;
};

/// The events of \a journeys ("person:A,B,C" each), one second apart.
EventLog logOf(const QStringList& journeys)
{
    EventLog::Builder builder;
    for (const QString& journey : journeys) {
        const QString person = journey.section(QLatin1Char(':'), 0, 0);
        const QStringList steps = journey.section(QLatin1Char(':'), 1).split(QLatin1Char(','));
        for (qsizetype i = 0; i < steps.size(); ++i)
            builder.add(person, i * 1000, steps[i]);
    }
    return std::move(builder).build();
}

// Medians and volumes worked out by hand (positions: index / (length - 1)):
//   A: 0 0 0 0 0 0          -> 0      6 events, 6 journeys
//   B: .2 .2 0 .5           -> .2     4 events
//   M: .5 .25               -> .375   2 events (even count: mean of the middle two)
//   D: .6 .6 1              -> .6     3 events
//   C: .4 .4 1 1 .75        -> .75    5 events
//   E: .8 .8 0              -> .8     3 events
//   F: 1 1                  -> 1      2 events
const QStringList handBuilt = list({"p1:A,B,C,D,E,F", "p2:A,B,C,D,E,F", "p3:A,C", "p4:B",
                                    "p5:A,M,C", "p6:A,M,B,C,D", "p7:E", "p8:A"});

} // namespace

class TestStageModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDefaultStages()
    {
        StagedProject project;
        const StageModel model = StageModel::read(project.openForWriting()->database());
        QCOMPARE(model.stages, StageModel::defaultStageNames());
        QCOMPARE(model.stages,
                 list({"Awareness", "Consideration", "Purchase", "Retention", "Advocacy"}));
        QCOMPARE(model.stageOf.keys(), list({"Cart", "Home", "Order", "Product"}));
        QCOMPARE(model.unstagedTouchpoints(), list({"Cart", "Home", "Order", "Product"}));
    }

    void roundTripsThroughTheProject()
    {
        StagedProject project;
        StageModel model = StageModel::read(project.openForWriting()->database());
        model.renameStage(s("Retention"), s("Loyalty"));
        model.moveStage(2, 1); // Purchase before Consideration
        model.setStage(s("Home"), s("Awareness"));
        model.setStage(s("Product"), s("Consideration"));
        model.setStage(s("Cart"), s("Purchase"));
        model.setStage(s("Order"), s("Purchase"));
        project.write(model);

        auto reopened = Project::open(project.path(), Project::Access::ReadOnly);
        QCOMPARE(StageModel::read(reopened->database()), model);
        // Kept names keep their ids; the renamed stage keeps the id of the one it replaces.
        QCOMPARE(stageRows(reopened->database()),
                 list({"1:Awareness@1", "3:Purchase@2", "2:Consideration@3", "4:Loyalty@4",
                       "5:Advocacy@5"}));
        // The event log sees the stages.
        const EventLog log = EventLog::load(reopened->database());
        QCOMPARE(log.stageNames(),
                 list({"Awareness", "Purchase", "Consideration", "Loyalty", "Advocacy"}));
        QCOMPARE(log.touchpointStages()[size_t(log.touchpointIndex(u"Product"))], qint16(2));
        QCOMPARE(log.touchpointStages()[size_t(log.touchpointIndex(u"Order"))], qint16(1));
    }

    void reusesIdsOfRemovedStages()
    {
        StagedProject project;
        StageModel model = StageModel::read(project.openForWriting()->database());
        model.setStage(s("Order"), s("Advocacy"));
        model.setStage(s("Home"), s("Awareness"));
        project.write(model);

        // Advocacy goes; its id 5 goes to the first new name, the second is inserted.
        model.removeStage(s("Advocacy"));
        model.addStage(s("Referral"), 4);
        model.addStage(s("Win-back"), 5);
        QCOMPARE(model.stageOfTouchpoint(s("Order")), QString());
        project.write(model);
        auto reopened = Project::open(project.path(), Project::Access::ReadOnly);
        QCOMPARE(stageRows(reopened->database()),
                 list({"1:Awareness@1", "2:Consideration@2", "3:Purchase@3", "4:Retention@4",
                       "5:Referral@5", "6:Win-back@6"}));
        QCOMPARE(test::column(*reopened, "SELECT coalesce(stage_id, 'none') FROM touchpoints "
                                         "ORDER BY name"),
                 list({"none", "1", "none", "none"})); // Cart, Home, Order, Product

        // Touchpoints left out of the model lose their stage.
        StageModel partial;
        partial.stages = list({"One", "Two", "Three"});
        partial.setStage(s("Cart"), s("Three"));
        project.write(partial);
        auto again = Project::open(project.path(), Project::Access::ReadOnly);
        QCOMPARE(stageRows(again->database()), list({"1:One@1", "2:Two@2", "3:Three@3"}));
        const StageModel read = StageModel::read(again->database());
        QCOMPARE(read.touchpointsOf(s("Three")), list({"Cart"}));
        QCOMPARE(read.unstagedTouchpoints(), list({"Home", "Order", "Product"}));
    }

    void refusesBadModels_data()
    {
        QTest::addColumn<StageModel>("model");
        QTest::addColumn<QString>("message");

        StageModel base;
        base.stages = StageModel::defaultStageNames();
        base.setStage(s("Home"), s("Awareness"));

        StageModel two = base;
        two.stages = list({"Awareness", "Purchase"});
        QTest::newRow("two stages") << two << s("a project has 3 to 7 stages, not 2");
        StageModel eight = base;
        eight.stages = list({"Awareness", "2", "3", "4", "5", "6", "7", "8"});
        QTest::newRow("eight stages") << eight << s("a project has 3 to 7 stages, not 8");
        StageModel twice = base;
        twice.stages = list({"Awareness", "Purchase", "Retention", "Purchase"});
        QTest::newRow("duplicate") << twice << s("there are two stages \"Purchase\"");
        StageModel unnamed = base;
        unnamed.stages[1] = s(" ");
        QTest::newRow("empty name") << unnamed << s("stage 2 has no name");
        StageModel stranger = base;
        stranger.stageOf.insert(s("Basket"), s("Purchase"));
        QTest::newRow("unknown touchpoint")
            << stranger << s("there is no touchpoint \"Basket\" in the project");
        StageModel nowhere = base;
        nowhere.stageOf.insert(s("Cart"), s("Checkout"));
        QTest::newRow("unknown stage")
            << nowhere << s("touchpoint \"Cart\" is put in \"Checkout\", which is not a stage");
    }

    void refusesBadModels()
    {
        QFETCH(StageModel, model);
        QFETCH(QString, message);
        StagedProject project;
        StageModel before = StageModel::read(project.openForWriting()->database());
        before.setStage(s("Cart"), s("Purchase"));
        project.write(before);
        const QByteArray bytes = bytesOf(project.path());
        QVERIFY(!bytes.isEmpty());
        {
            auto opened = project.openForWriting();
            Transaction transaction(opened->database());
            QCOMPARE(messageOf([&] { StageModel::write(opened->database(), model); }), message);
            // Nothing was written even if the caller commits.
            transaction.commit();
            QCOMPARE(StageModel::read(opened->database()), before);
        }
        QCOMPARE(bytesOf(project.path()), bytes);
    }

    void refusesToWriteOutsideATransaction()
    {
        StagedProject project;
        const QByteArray bytes = bytesOf(project.path());
        {
            auto opened = project.openForWriting();
            StageModel model = StageModel::read(opened->database());
            model.setStage(s("Cart"), s("Purchase"));
            QCOMPARE(messageOf([&] { StageModel::write(opened->database(), model); }),
                     s("the stage model is written inside a transaction"));
        }
        QCOMPARE(bytesOf(project.path()), bytes);
    }

    void edits()
    {
        StageModel model;
        model.stages = StageModel::defaultStageNames();
        model.setStage(s("Cart"), s("Purchase"));
        model.setStage(s("Home"), s("Awareness"));
        model.setStage(s("Blog"), QString());

        model.renameStage(s("Purchase"), s("Buy"));
        QCOMPARE(model.stageOfTouchpoint(s("Cart")), s("Buy"));
        QCOMPARE(model.touchpointsOf(s("Buy")), list({"Cart"}));
        model.renameStage(s("Buy"), s("Buy")); // no change, no complaint
        QCOMPARE(messageOf([&] { model.renameStage(s("Buy"), s("Retention")); }),
                 s("there is already a stage \"Retention\""));
        QCOMPARE(messageOf([&] { model.renameStage(s("Purchase"), s("Sale")); }),
                 s("there is no stage \"Purchase\""));
        QCOMPARE(messageOf([&] { model.renameStage(s("Buy"), s("")); }), s("a stage needs a name"));

        model.moveStage(4, 0);
        QCOMPARE(model.stages,
                 list({"Advocacy", "Awareness", "Consideration", "Buy", "Retention"}));
        model.moveStage(0, 4);
        QCOMPARE(model.stages,
                 list({"Awareness", "Consideration", "Buy", "Retention", "Advocacy"}));
        QCOMPARE(messageOf([&] { model.moveStage(0, 5); }),
                 s("cannot move stage 1 to 6: there are stages 1 to 5"));

        model.addStage(s("Onboarding"), 3);
        QCOMPARE(model.stages.indexOf(s("Onboarding")), 3);
        QCOMPARE(messageOf([&] { model.addStage(s("Awareness"), 0); }),
                 s("there is already a stage \"Awareness\""));
        QCOMPARE(messageOf([&] { model.addStage(s("Later"), 7); }),
                 s("cannot add a stage at position 8 of 7"));

        model.removeStage(s("Buy"));
        QCOMPARE(model.stageOfTouchpoint(s("Cart")), QString());
        QCOMPARE(model.unstagedTouchpoints(), list({"Blog", "Cart"}));
        QCOMPARE(messageOf([&] { model.removeStage(s("Buy")); }), s("there is no stage \"Buy\""));
        QCOMPARE(messageOf([&] { model.setStage(s("Cart"), s("Buy")); }),
                 s("there is no stage \"Buy\""));
        QCOMPARE(model.stageOfTouchpoint(s("Cart")), QString());
        model.check();

        QCOMPARE(QJsonDocument(model.toJson()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"stages":[{"name":"Awareness","touchpoints":["Home"]},)"
                            R"({"name":"Consideration","touchpoints":[]},)"
                            R"({"name":"Onboarding","touchpoints":[]},)"
                            R"({"name":"Retention","touchpoints":[]},)"
                            R"({"name":"Advocacy","touchpoints":[]}],)"
                            R"("unstaged":["Blog","Cart"]})"));
    }

    void proposesStagesByMedianPosition()
    {
        const EventLog log = logOf(handBuilt);
        const StageProposal proposal = proposeStages(EventView(log), 3);

        QStringList order;
        for (const TouchpointPosition& position : proposal.evidence)
            order.append(position.touchpoint);
        QCOMPARE(order, list({"A", "B", "M", "D", "C", "E", "F"}));
        const double medians[] = {0, 0.2, 0.375, 0.6, 0.75, 0.8, 1};
        const qint64 events[] = {6, 4, 2, 3, 5, 3, 2};
        const qint64 journeys[] = {6, 4, 2, 3, 5, 3, 2};
        for (size_t i = 0; i < proposal.evidence.size(); ++i) {
            QCOMPARE(proposal.evidence[i].medianPosition, medians[i]);
            QCOMPARE(proposal.evidence[i].events, events[i]);
            QCOMPARE(proposal.evidence[i].journeys, journeys[i]);
        }

        // Volumes 6 4 2 3 5 3 2: of the 15 cuts into three, [6][4 2 3][5 3 2] has the least
        // sum of squares (36 + 81 + 100 = 217; next best [6 4][2 3][5 3 2] with 225).
        QCOMPARE(proposal.model.stages, list({"Stage 1", "Stage 2", "Stage 3"}));
        QCOMPARE(proposal.model.touchpointsOf(s("Stage 1")), list({"A"}));
        QCOMPARE(proposal.model.touchpointsOf(s("Stage 2")), list({"B", "D", "M"}));
        QCOMPARE(proposal.model.touchpointsOf(s("Stage 3")), list({"C", "E", "F"}));
        proposal.model.check();

        const QJsonObject json = proposal.toJson();
        QCOMPARE(json[s("stages")].toArray()[1].toObject()[s("touchpoints")].toArray(),
                 QJsonArray({s("B"), s("M"), s("D")}));
        QCOMPARE(json[s("stages")].toArray()[1].toObject()[s("events")].toInteger(), 9);
        const QJsonObject m = json[s("touchpoints")].toArray()[2].toObject();
        QCOMPARE(m[s("name")].toString(), s("M"));
        QCOMPARE(m[s("stage")].toString(), s("Stage 2"));
        QCOMPARE(m[s("median_position")].toDouble(), 0.375);
        QCOMPARE(m[s("events")].toInteger(), 2);
    }

    void namesFiveStagesByDefault()
    {
        // Into five: merging neighbours costs twice their product; the two cheapest disjoint
        // merges are M+D (2 * 2 * 3) and E+F (2 * 3 * 2).
        const EventLog log = logOf(handBuilt);
        const StageProposal proposal = proposeStages(EventView(log), 5);
        QCOMPARE(proposal.model.stages, StageModel::defaultStageNames());
        QCOMPARE(proposal.model.touchpointsOf(s("Awareness")), list({"A"}));
        QCOMPARE(proposal.model.touchpointsOf(s("Consideration")), list({"B"}));
        QCOMPARE(proposal.model.touchpointsOf(s("Purchase")), list({"D", "M"}));
        QCOMPARE(proposal.model.touchpointsOf(s("Retention")), list({"C"}));
        QCOMPARE(proposal.model.touchpointsOf(s("Advocacy")), list({"E", "F"}));
    }

    void keepsEqualMediansTogether()
    {
        // Medians: P, Z 0; X, Y .5; Q 1. Volumes P 1, Z 1, X 9, Y 9, Q 1. Cut freely,
        // [P Z][X][Y Q] would be best (4 + 81 + 100); X and Y share a median, so they stay.
        const EventLog log = logOf(list(
            {"1:P", "2:Z,Q", "3:X,X,X", "4:X,X,X", "5:X,X,X", "6:Y,Y,Y", "7:Y,Y,Y", "8:Y,Y,Y"}));
        const StageProposal proposal = proposeStages(EventView(log), 3);
        QCOMPARE(proposal.model.touchpointsOf(s("Stage 1")), list({"P", "Z"}));
        QCOMPARE(proposal.model.touchpointsOf(s("Stage 2")), list({"X", "Y"}));
        QCOMPARE(proposal.model.touchpointsOf(s("Stage 3")), list({"Q"}));
        QCOMPARE(proposal.evidence[2].journeys, 3);
        QCOMPARE(proposal.evidence[2].events, 9);

        // Fewer distinct medians than stages: touchpoints are cut one by one, by name.
        const EventLog flat = logOf(list({"1:B", "2:A", "3:C", "4:C"}));
        const StageProposal split = proposeStages(EventView(flat), 3);
        QCOMPARE(split.model.touchpointsOf(s("Stage 1")), list({"A"}));
        QCOMPARE(split.model.touchpointsOf(s("Stage 2")), list({"B"}));
        QCOMPARE(split.model.touchpointsOf(s("Stage 3")), list({"C"}));
    }

    void stagesOnlyWhatTheViewSees()
    {
        const EventLog log = logOf(handBuilt);
        EventFilter first;
        first.persons = std::make_shared<std::vector<PersonIndex>>(std::vector<PersonIndex>{0});
        const StageProposal proposal = proposeStages(EventView(log, first), 3);
        // p1 alone: A B C D E F at 0 .2 .4 .6 .8 1, one event each: two per stage.
        QCOMPARE(proposal.model.touchpointsOf(s("Stage 1")), list({"A", "B"}));
        QCOMPARE(proposal.model.touchpointsOf(s("Stage 3")), list({"E", "F"}));
        QCOMPARE(proposal.model.unstagedTouchpoints(), list({"M"}));
        QCOMPARE(proposal.toJson()[s("unstaged")].toArray(), QJsonArray({s("M")}));
    }

    void refusesImpossibleProposals_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<QStringList>("journeys");
        QTest::addColumn<QString>("message");
        QTest::newRow("two") << 2 << handBuilt << s("auto-staging makes 3 to 7 stages, not 2");
        QTest::newRow("eight") << 8 << handBuilt << s("auto-staging makes 3 to 7 stages, not 8");
        QTest::newRow("few touchpoints")
            << 3 << list({"1:A,B", "2:B"})
            << s("3 stages need at least 3 touchpoints with events, not 2");
        QTest::newRow("empty") << 3 << QStringList()
                               << s("3 stages need at least 3 touchpoints with events, not 0");
    }

    void refusesImpossibleProposals()
    {
        QFETCH(int, k);
        QFETCH(QStringList, journeys);
        QFETCH(QString, message);
        const EventLog log = logOf(journeys);
        QCOMPARE(messageOf([&] { proposeStages(EventView(log), k); }), message);
    }
};

QTEST_GUILESS_MAIN(TestStageModel)
#include "tst_stagemodel.moc"
