// Personas: names suggested from a segment's numbers, drafts, and personas kept in the
// project file with their numbers recomputed from the data; schema version 3.

#include "core/journey/personas.h"
#include "core/store/schema.h"
#include "tests/importtesthelpers.h"

#include <QRegularExpression>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

/// The baseline that segments are judged against in suggestedNames().
SegmentDescription everyone()
{
    SegmentDescription all;
    all.name = s("Everyone");
    all.customers = 1000;
    all.meanValue = 100;
    all.meanSessions = 2;
    all.conversionRate = 0.2;
    all.meanRecencyDays = 20;
    all.meanEvents = 10;
    return all;
}

/// An average segment: everyone's numbers, customers 100.
SegmentDescription average()
{
    SegmentDescription segment = everyone();
    segment.name = s("Segment");
    segment.customers = 100;
    return segment;
}

Goal goalOf(const EventLog& log, const char* touchpoint)
{
    Goal goal;
    goal.touchpoints = {quint16(log.touchpointIndex(s(touchpoint)))};
    return goal;
}

/// Two imports for the project tests: the second brings new customers and a purchase.
const QByteArray firstEvents = "customer,time,event,channel,value\n"
                               "ann,2024-03-01T10:00:00Z,Home,web,\n"
                               "ann,2024-03-01T10:05:00Z,Cart,web,\n"
                               "ann,2024-03-01T10:06:00Z,Buy,web,80\n"
                               "ann,2024-03-20T09:00:00Z,Home,app,\n"
                               "ann,2024-03-20T09:03:00Z,Buy,app,120\n"
                               "bob,2024-03-02T11:00:00Z,Home,web,\n"
                               "bob,2024-03-02T11:02:00Z,Cart,web,\n"
                               "cat,2024-03-03T12:00:00Z,Newsletter,email,\n"
                               "dan,2024-03-25T08:00:00Z,Home,app,\n"
                               "dan,2024-03-25T08:01:00Z,Buy,app,15\n"
                               "eve,2024-03-26T08:00:00Z,Home,web,\n";
const QByteArray moreEvents = "customer,time,event,channel,value\n"
                              "fay,2024-03-27T10:00:00Z,Home,app,\n"
                              "fay,2024-03-27T10:01:00Z,Buy,app,500\n"
                              "gus,2024-03-28T10:00:00Z,Home,web,\n";

} // namespace

class TestPersonas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestedNames_data()
    {
        QTest::addColumn<SegmentDescription>("segment");
        QTest::addColumn<QString>("name");
        // Everyone: mean value 100, 2 sessions, converts 20%, last seen 20 days ago.
        SegmentDescription loyal = average();
        loyal.meanValue = 200;
        loyal.meanSessions = 4;
        loyal.conversionRate = 0.5;
        loyal.meanRecencyDays = 5;
        loyal.topChannels = {{s("web"), 0.4}, {s("app"), 0.3}};
        QTest::newRow("high-value loyalists") << loyal << s("High-value loyalists");

        SegmentDescription carts = average();
        carts.conversionRate = 0.1;
        carts.topChannels = {{s("mobile"), 0.7}, {s("web"), 0.3}};
        carts.friction = {{s("Cart"), 30, 0.6}, {s("Home"), 10, 0.2}};
        QTest::newRow("mobile cart abandoners") << carts << s("Mobile browsers who abandon carts");

        SegmentDescription lapsed = average();
        lapsed.meanRecencyDays = 60;
        QTest::newRow("lapsed") << lapsed << s("Lapsed customers");
        lapsed.meanRecencyDays = 29; // 1.5 x everyone's, but not a month
        QTest::newRow("not lapsed yet") << lapsed << s("Browsers");

        SegmentDescription once = average();
        once.meanValue = 50; // half of everyone's
        once.meanSessions = 1;
        QTest::newRow("one-time") << once << s("Low-value one-time visitors");

        SegmentDescription buyers = average();
        buyers.meanValue = 149;       // below 1.5 x
        buyers.conversionRate = 0.25; // over 1.2 x
        buyers.topChannels = {{s("web"), 0.6}};
        QTest::newRow("web buyers") << buyers << s("Web buyers");

        SegmentDescription regulars = average();
        regulars.meanSessions = 3;
        regulars.conversionRate = 0.1;
        regulars.friction = {{s("Pricing"), 10, 0.25}};
        QTest::newRow("regulars") << regulars << s("Regulars who drop off at Pricing");

        SegmentDescription checkout = average();
        checkout.conversionRate = 0.05;
        checkout.friction = {{s("Payment details"), 10, 0.3}};
        QTest::newRow("checkout") << checkout << s("Browsers who abandon checkout");
        checkout.friction = {{s("Payment details"), 10, 0.24}};
        QTest::newRow("friction too spread") << checkout << s("Browsers");
        checkout.conversionRate = 0.2; // converts as well as everyone
        checkout.friction = {{s("Payment details"), 10, 0.9}};
        QTest::newRow("converting as usual") << checkout << s("Browsers");

        SegmentDescription empty;
        empty.name = s("Champions");
        QTest::newRow("empty") << empty << s("Champions");
    }

    void suggestedNames()
    {
        QFETCH(SegmentDescription, segment);
        QFETCH(QString, name);
        QCOMPARE(suggestPersonaName(segment, everyone()), name);
    }

    void noValueTierWithoutValues()
    {
        SegmentDescription all = everyone();
        all.meanValue = 0;
        SegmentDescription segment = average();
        segment.meanValue = 0;
        QCOMPARE(suggestPersonaName(segment, all), s("Browsers"));
    }

    void drafts()
    {
        Segmentation rfm;
        rfm.names = QStringList{s("Champions"), s("Loyal"), s("At risk")};
        rfm.keys = QStringList{s("rfm:Champions"), s("rfm:Loyal"), s("rfm:At risk")};
        SegmentDescription champions = average();
        champions.key = s("rfm:Champions");
        champions.meanValue = 300;
        champions.meanSessions = 5;
        champions.conversionRate = 0.6;
        champions.topChannels = {{s("app"), 0.8}};
        champions.typicalPath = QStringList{s("Home"), s("Buy")};
        SegmentDescription loyal; // no customers: no draft
        loyal.key = s("rfm:Loyal");
        SegmentDescription atRisk = average();
        atRisk.key = s("rfm:At risk");
        atRisk.conversionRate = 0.05;
        atRisk.meanRecencyDays = 45;
        atRisk.topChannels = {{s("web"), 0.5}, {s("email"), 0.5}};
        atRisk.friction = {{s("Shopping basket"), 40, 0.5}, {s("Home"), 30, 0.3}};

        const std::vector<Persona> drafts =
            draftPersonas(rfm, {champions, loyal, atRisk}, everyone());
        QCOMPARE(drafts.size(), size_t(2));
        QCOMPARE(drafts[0].segmentKey, s("rfm:Champions"));
        QVERIFY(drafts[0].segmentModel.isEmpty());
        QCOMPARE(drafts[0].name, s("High-value App loyalists"));
        QCOMPARE(drafts[0].goals, (QStringList{s("Do everything on app"),
                                               s("Get service that matches what they spend"),
                                               s("Pick up where they left off on every visit")}));
        QVERIFY(drafts[0].frustrations.isEmpty());
        QCOMPARE(drafts[0].avatar, s("builtin:1"));

        QCOMPARE(drafts[1].segmentKey, s("rfm:At risk"));
        QCOMPARE(drafts[1].name, s("Lapsed customers who abandon carts"));
        QCOMPARE(drafts[1].quote, s("I got as far as Shopping basket, and then I left."));
        QCOMPARE(drafts[1].goals,
                 (QStringList{s("Move between web and email without starting over"),
                              s("Find a reason to come back")}));
        QCOMPARE(drafts[1].frustrations, (QStringList{s("Leaves the cart without buying"),
                                                      s("Leaves at Home without converting"),
                                                      s("Does not find a reason to convert"),
                                                      s("Nothing has brought them back lately")}));
        QCOMPARE(drafts[1].avatar, s("builtin:2"));

        // Words only: every number on a card comes from the segment.
        static const QRegularExpression digit(s("\\d"));
        for (const Persona& draft : drafts) {
            const QString words = QStringList{draft.name, draft.quote}.join(QLatin1Char(' ')) +
                                  draft.goals.join(QLatin1Char(' ')) +
                                  draft.frustrations.join(QLatin1Char(' '));
            QVERIFY2(!words.contains(digit), qPrintable(words));
        }

        // k-means drafts carry the model that recomputes their cluster.
        Segmentation clusters;
        clusters.method = Segmentation::Method::KMeans;
        clusters.names = QStringList{s("Cluster 1")};
        clusters.keys = QStringList{s("kmeans:k=1:1")};
        clusters.model.features = QStringList{s("recency")};
        clusters.model.means = {1};
        clusters.model.scales = {2};
        clusters.model.centroids = {0.5};
        SegmentDescription cluster = average();
        cluster.key = s("kmeans:k=1:1");
        const std::vector<Persona> fromClusters = draftPersonas(clusters, {cluster}, everyone());
        QCOMPARE(fromClusters.size(), size_t(1));
        QCOMPARE(fromClusters[0].segmentModel, clusters.model.toJson());
    }

    void personasLiveInTheProject()
    {
        ImportFixture fixture;
        fixture.import({fixture.write(s("first.csv"), firstEvents)}, {}, true);
        QVector<qint64> ids;
        QString rfmKey;
        QString clusterKey;
        SegmentDescription rfmNumbers;
        SegmentDescription clusterNumbers;
        {
            auto project = Project::open(fixture.projectPath(), Project::Access::ReadWrite);
            const EventLog log = EventLog::load(project->database());
            const EventView view(log);
            const Goal goal = goalOf(log, "Buy");
            const CustomerFeatures features = computeCustomerFeatures(view, goal);
            const SegmentDescription all = describeEveryone(features);

            const Segmentation rfm = rfmSegmentation(features);
            const std::vector<SegmentDescription> rfmSegments = describeSegments(features, rfm);
            KMeansOptions options;
            options.k = 2;
            const Segmentation clusters = kMeansSegmentation(features, options);
            const std::vector<SegmentDescription> clusterSegments =
                describeSegments(features, clusters);
            const std::vector<Persona> rfmDrafts = draftPersonas(rfm, rfmSegments, all);
            const std::vector<Persona> clusterDrafts =
                draftPersonas(clusters, clusterSegments, all);
            QVERIFY(!rfmDrafts.empty());
            QCOMPARE(clusterDrafts.size(), size_t(2));

            Transaction transaction(project->database());
            for (const Persona& draft : {rfmDrafts.front(), clusterDrafts.back()})
                ids.append(savePersona(project->database(), draft));
            transaction.commit();
            rfmKey = rfmDrafts.front().segmentKey;
            clusterKey = clusterDrafts.back().segmentKey;
            rfmNumbers = rfmSegments[size_t(rfm.indexOf(rfmKey))];
            clusterNumbers = clusterSegments[size_t(clusters.indexOf(clusterKey))];
            QCOMPARE(clusterKey, s("kmeans:k=2:2"));
        }

        // Reopened: the words as saved, the numbers recomputed as they were.
        {
            auto project = fixture.open();
            const EventLog log = EventLog::load(project->database());
            const std::vector<PersonaCard> cards =
                listPersonas(project->database(), EventView(log), goalOf(log, "Buy"));
            QCOMPARE(cards.size(), size_t(2));
            QCOMPARE(cards[0].persona.id, ids[0]);
            QCOMPARE(cards[0].persona.segmentKey, rfmKey);
            QVERIFY(!cards[0].persona.name.isEmpty());
            QVERIFY(!cards[0].persona.goals.isEmpty());
            QVERIFY(cards[0].persona.createdAtMs > 0);
            QCOMPARE(cards[0].persona.updatedAtMs, cards[0].persona.createdAtMs);
            QVERIFY(cards[0].segment);
            QCOMPARE(cards[0].segment->customers, rfmNumbers.customers);
            QCOMPARE(cards[0].segment->meanValue, rfmNumbers.meanValue);
            QCOMPARE(cards[0].segment->typicalPath, rfmNumbers.typicalPath);
            QCOMPARE(cards[1].persona.segmentKey, clusterKey);
            QVERIFY(cards[1].segment);
            QCOMPARE(cards[1].segment->customers, clusterNumbers.customers);
            QCOMPARE(cards[1].segment->conversionRate, clusterNumbers.conversionRate);
        }

        // Edited words stay; the link to the segment cannot be edited.
        {
            auto project = Project::open(fixture.projectPath(), Project::Access::ReadWrite);
            Persona edited = loadPersonas(project->database()).front();
            edited.name = s("Anna, the planner");
            edited.quote = s("I plan ahead.");
            edited.goals = QStringList{s("Buy once\na year"), QString(), s("Pay by invoice")};
            edited.frustrations = QStringList{s("Queues")};
            edited.avatar = s("anna.png");
            edited.segmentKey = s("rfm:Hibernating");
            QTest::qWait(5); // a later update time
            Transaction transaction(project->database());
            updatePersona(project->database(), edited);
            transaction.commit();
        }
        {
            auto project = fixture.open();
            const std::vector<Persona> personas = loadPersonas(project->database());
            QCOMPARE(personas.size(), size_t(2));
            const Persona& anna = personas.front();
            QCOMPARE(anna.name, s("Anna, the planner"));
            QCOMPARE(anna.quote, s("I plan ahead."));
            QCOMPARE(anna.goals, (QStringList{s("Buy once a year"), s("Pay by invoice")}));
            QCOMPARE(anna.frustrations, QStringList{s("Queues")});
            QCOMPARE(anna.avatar, s("anna.png"));
            QCOMPARE(anna.segmentKey, rfmKey);
            QVERIFY(anna.updatedAtMs > anna.createdAtMs);
            QCOMPARE(count(*project, "SELECT count(*) FROM personas WHERE segment_model IS NULL"),
                     1);
        }

        // New data: the same personas, their numbers follow it.
        fixture.import({fixture.write(s("more.csv"), moreEvents)});
        {
            auto project = fixture.open();
            const EventLog log = EventLog::load(project->database());
            const EventView view(log);
            const Goal goal = goalOf(log, "Buy");
            const std::vector<PersonaCard> cards = listPersonas(project->database(), view, goal);
            QCOMPARE(cards.size(), size_t(2));
            QCOMPARE(cards[0].persona.name, s("Anna, the planner"));
            const CustomerFeatures features = computeCustomerFeatures(view, goal);
            QCOMPARE(features.size(), 7);
            const std::vector<SegmentDescription> rfm =
                describeSegments(features, rfmSegmentation(features));
            const Segmentation saved =
                kMeansSegmentation(features, *KMeansModel::fromJson(cards[1].persona.segmentModel));
            const std::vector<SegmentDescription> clusters = describeSegments(features, saved);
            for (const auto& [card, expected] :
                 {std::pair{&cards[0], &rfm}, std::pair{&cards[1], &clusters}}) {
                const auto found = std::find_if(
                    expected->begin(), expected->end(),
                    [&](const SegmentDescription& d) { return d.key == card->persona.segmentKey; });
                QVERIFY(found != expected->end());
                QVERIFY(card->segment);
                QCOMPARE(card->segment->customers, found->customers);
                QCOMPARE(card->segment->share, found->share);
                QCOMPARE(card->segment->meanValue, found->meanValue);
            }
            // Seven people now, where there were five.
            QCOMPARE(cards[1].segment->share * 7, double(cards[1].segment->customers));
        }

        // Deleting.
        {
            auto project = Project::open(fixture.projectPath(), Project::Access::ReadWrite);
            Transaction transaction(project->database());
            deletePersona(project->database(), ids[0]);
            QVERIFY(errorOf([&] {
                        deletePersona(project->database(), ids[0]);
                    }).endsWith(QStringLiteral("no persona %1").arg(ids[0])));
            Persona ghost;
            ghost.id = 999;
            QVERIFY(errorOf([&] {
                        updatePersona(project->database(), ghost);
                    }).endsWith(s("no persona 999")));
            transaction.commit();
        }
        auto project = fixture.open();
        const std::vector<Persona> left = loadPersonas(project->database());
        QCOMPARE(left.size(), size_t(1));
        QCOMPARE(left[0].id, ids[1]);
    }

    void unknownSegmentsHaveNoNumbers()
    {
        ImportFixture fixture;
        fixture.import({fixture.write(s("first.csv"), firstEvents)}, {}, true);
        auto project = Project::open(fixture.projectPath(), Project::Access::ReadWrite);
        Persona gone;
        gone.segmentKey = s("rfm:No such segment");
        gone.name = s("Gone");
        Persona broken;
        broken.segmentKey = s("kmeans:k=2:1");
        broken.segmentModel = QJsonObject{{s("features"), s("not a list")}};
        broken.name = s("Broken");
        Transaction transaction(project->database());
        savePersona(project->database(), gone);
        savePersona(project->database(), broken);
        transaction.commit();
        const EventLog log = EventLog::load(project->database());
        const std::vector<PersonaCard> cards = listPersonas(project->database(), EventView(log));
        QCOMPARE(cards.size(), size_t(2));
        QVERIFY(!cards[0].segment);
        QVERIFY(!cards[1].segment);
    }

    void versionTwoProjectsGainPersonas()
    {
        // A project as version 2 wrote it.
        ImportFixture fixture;
        const QString path = fixture.projectPath();
        {
            Database db(path, Database::Mode::Create);
            db.exec("PRAGMA page_size = 16384");
            db.exec(("PRAGMA application_id = " + std::to_string(schema::ApplicationId)).c_str());
            Transaction transaction(db);
            schema::migrate(db, 0, 2);
            db.exec("INSERT INTO meta VALUES ('pseudonymise', 0), ('pseudonym_key', "
                    "zeroblob(32)); INSERT INTO customers(id, key) VALUES (1, 'k');");
            transaction.commit();
        }
        QVERIFY(!errorOf([&] { fixture.open(); }).isEmpty()); // read-only: not upgraded
        {
            auto project = Project::open(path, Project::Access::ReadWrite);
            QCOMPARE(project->database().queryInt("PRAGMA user_version"), schema::CurrentVersion);
            QCOMPARE(count(*project, "SELECT count(*) FROM customers"), 1);
            Persona persona;
            persona.segmentKey = s("rfm:Champions");
            persona.name = s("Champions");
            Transaction transaction(project->database());
            savePersona(project->database(), persona);
            transaction.commit();
        }
        auto project = fixture.open(); // valid as the current version
        QCOMPARE(loadPersonas(project->database()).size(), size_t(1));
        schema::validate(project->database(), schema::CurrentVersion);
    }
};

QTEST_GUILESS_MAIN(TestPersonas)
#include "tst_personas.moc"
