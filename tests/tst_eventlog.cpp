// The in-memory event log: loading from a project (people after merges, without those who
// withheld consent, time order with import order for ties) and views over it.

#include "core/journey/eventview.h"
#include "tests/importtesthelpers.h"

#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

/// "person:touchpoint@time" for every journey of a view.
QStringList describe(const EventView& view)
{
    QStringList journeys;
    const EventLog& log = view.log();
    view.forEachJourney([&](const Journey& journey) {
        QStringList steps;
        for (qsizetype i = 0; i < journey.size(); ++i) {
            const quint32 e = journey[i];
            steps.append(log.touchpointNames()[log.touchpoints()[e]] + QLatin1Char('@') +
                         QString::number(log.times()[e]));
        }
        const QString who = log.personKeys().isEmpty()
                                ? QString::number(log.personIds()[journey.person()])
                                : log.personKeys()[qsizetype(journey.person())];
        journeys.append(who + QLatin1Char(':') + steps.join(QLatin1Char(',')));
    });
    return journeys;
}

} // namespace

class TestEventLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsPeopleInTimeOrder()
    {
        ImportFixture fixture;
        // Out of time order in the file; b's two events at the same time keep file order;
        // c and d are one person (shared email); e withheld consent.
        fixture.import({fixture.write(QStringLiteral("e.csv"),
                                      "customer,time,event,channel,value,email,consent\n"
                                      "a,1970-01-01T00:00:00.300Z,Z,web,,,\n"
                                      "b,1970-01-01T00:00:00.100Z,First,app,,,\n"
                                      "a,1970-01-01T00:00:00.200Z,Y,web,9.5,,\n"
                                      "b,1970-01-01T00:00:00.100Z,Second,app,,,\n"
                                      "c,1970-01-01T00:00:00.050Z,X,,,x@example.com,\n"
                                      "d,1970-01-01T00:00:00.060Z,W,,,X@example.com,\n"
                                      "e,1970-01-01T00:00:00.010Z,V,,,,no\n")},
                       {}, true);
        auto project = fixture.open();
        const EventLog log = EventLog::load(project->database());
        QCOMPARE(log.eventCount(), 6);
        QCOMPARE(log.personCount(), 3);
        QCOMPARE(log.peopleWithoutConsent(), 1);
        QCOMPARE(describe(EventView(log)), (QStringList{QStringLiteral("1:Y@200,Z@300"),
                                                        QStringLiteral("2:First@100,Second@100"),
                                                        QStringLiteral("3:X@50,W@60")}));
        QCOMPARE(log.value(0), 9.5);
        QVERIFY(!EventLog::hasValue(log.value(1)));
        QCOMPARE(log.channelNames()[log.channels()[0]], QStringLiteral("web"));
        QCOMPARE(log.channels()[4], quint8(0));
        QCOMPARE(log.stageNames().size(), 5); // the default stages
        QCOMPARE(*log.firstMs(), 50);
        QCOMPARE(*log.lastMs(), 300);
    }

    void viewsFilterWithoutCopying()
    {
        EventLog::Builder builder;
        builder.add(QStringLiteral("a"), 0, QStringLiteral("Home"), QStringLiteral("web"))
            .add(QStringLiteral("a"), 1000, QStringLiteral("App"), QStringLiteral("app"))
            .add(QStringLiteral("a"), 40 * 60000, QStringLiteral("Home"), QStringLiteral("web"))
            .add(QStringLiteral("b"), 500, QStringLiteral("Home"), QStringLiteral("web"))
            .add(QStringLiteral("c"), 9000, QStringLiteral("Store"));
        const EventLog log = std::move(builder).build();
        QCOMPARE(describe(EventView(log)),
                 (QStringList{QStringLiteral("a:Home@0,App@1000,Home@2400000"),
                              QStringLiteral("b:Home@500"), QStringLiteral("c:Store@9000")}));

        EventFilter range;
        range.fromMs = 500;
        range.toMs = 9000;
        QCOMPARE(describe(EventView(log, range)),
                 (QStringList{QStringLiteral("a:App@1000"), QStringLiteral("b:Home@500")}));

        EventFilter web;
        web.channels = {quint8(log.channelIndex(u"web"))};
        QCOMPARE(
            describe(EventView(log, web)),
            (QStringList{QStringLiteral("a:Home@0,Home@2400000"), QStringLiteral("b:Home@500")}));

        EventFilter people;
        people.persons = std::make_shared<std::vector<PersonIndex>>(std::vector<PersonIndex>{0, 2});
        QCOMPARE(describe(EventView(log, people)).size(), 2);

        // By session: a's third event is more than 30 minutes after the second.
        QCOMPARE(describe(EventView(log, {}, JourneyScope::Session)),
                 (QStringList{QStringLiteral("a:Home@0,App@1000"), QStringLiteral("a:Home@2400000"),
                              QStringLiteral("b:Home@500"), QStringLiteral("c:Store@9000")}));
    }

    void interleavedSessionsAreJourneysOfTheirOwn()
    {
        EventLog::Builder builder;
        builder.add(QStringLiteral("a"), 0, QStringLiteral("A1"), {}, EventLog::NoValue, 7)
            .add(QStringLiteral("a"), 10, QStringLiteral("B1"), {}, EventLog::NoValue, 8)
            .add(QStringLiteral("a"), 20, QStringLiteral("A2"), {}, EventLog::NoValue, 7);
        const EventLog log = std::move(builder).build();
        QCOMPARE(describe(EventView(log, {}, JourneyScope::Session)),
                 (QStringList{QStringLiteral("a:A1@0,A2@20"), QStringLiteral("a:B1@10")}));
    }

    void valuesDenseOrSparse_data()
    {
        QTest::addColumn<int>("every"); // one event in this many has a value; 0: none
        QTest::addColumn<qint64>("valueBytes");
        // 12 events: all valued -> dense, 8 bytes each; one in three -> sparse, 4 x 12.
        QTest::newRow("all") << 1 << qint64(12 * 8);
        QTest::newRow("one in three") << 3 << qint64(4 * 12);
        QTest::newRow("none") << 0 << qint64(0);
    }

    void valuesDenseOrSparse()
    {
        QFETCH(int, every);
        QFETCH(qint64, valueBytes);
        EventLog::Builder builder;
        for (int i = 0; i < 12; ++i) {
            builder.add(QStringLiteral("p%1").arg(i % 3), i * 1000, QStringLiteral("Home"), {},
                        every > 0 && i % every == 0 ? i + 0.5 : EventLog::NoValue);
        }
        const EventLog log = std::move(builder).build();
        EventLog::Builder withoutValues;
        for (int i = 0; i < 12; ++i)
            withoutValues.add(QStringLiteral("p%1").arg(i % 3), i * 1000, QStringLiteral("Home"));
        QCOMPARE(log.memoryBytes() - std::move(withoutValues).build().memoryBytes(), valueBytes);
        // Person p0 has events 0, 3, 6, 9 (times 0, 3, 6, 9 s): positions 0..3.
        for (quint32 position = 0; position < 4; ++position) {
            const int i = int(position) * 3;
            if (every > 0 && i % every == 0)
                QCOMPARE(log.value(position), i + 0.5);
            else
                QVERIFY(!EventLog::hasValue(log.value(position)));
        }
    }

    void viewsSplitByPeople()
    {
        // a 2 events, b 5, c 1, d 2: event 5 of 10 is b's, so the second half starts at b.
        EventLog::Builder builder;
        const std::pair<const char*, int> people[] = {{"a", 2}, {"b", 5}, {"c", 1}, {"d", 2}};
        for (const auto& [person, events] : people) {
            for (int i = 0; i < events; ++i)
                builder.add(QString::fromLatin1(person), i * 1000, QStringLiteral("Home"));
        }
        const EventLog log = std::move(builder).build();
        QCOMPARE(EventView(log).middlePerson(), PersonIndex(1));
        QCOMPARE(EventView(EventLog()).middlePerson(), PersonIndex(0));

        EventFilter filter;
        filter.persons =
            std::make_shared<const std::vector<PersonIndex>>(std::vector<PersonIndex>{0, 2, 3});
        const EventView view(log, filter);
        QStringList visited;
        view.forEachJourney(
            [&](const Journey& journey) { visited.append(log.personKeys()[journey.person()]); }, 1,
            4);
        QCOMPARE(visited, (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
        visited.clear();
        EventView(log).forEachJourney(
            [&](const Journey& journey) { visited.append(log.personKeys()[journey.person()]); }, 0,
            2);
        QCOMPARE(visited, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void emptyLog()
    {
        const EventLog log = EventLog::Builder().build();
        QCOMPARE(log.eventCount(), 0);
        QVERIFY(!log.firstMs());
        QVERIFY(describe(EventView(log)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
