#include "core/ingest/sessioniser.h"

#include <QStringList>
#include <QTest>
#include <string>
#include <vector>

using namespace journeyscope;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Gap = 30 * Minute;

SessionRow session(qint64 id, qint64 customerId, qint64 startMs, qint64 endMs, qint64 events,
                   std::string key = {})
{
    return SessionRow{id, customerId, startMs, endMs, events, std::move(key)};
}

/// One line per session, so that QCOMPARE shows which field differs.
QStringList describe(const std::vector<SessionRow>& sessions)
{
    QStringList lines;
    for (const SessionRow& s : sessions) {
        lines.append(QStringLiteral("id %1 customer %2 %3..%4 events %5 key '%6'")
                         .arg(s.id)
                         .arg(s.customerId)
                         .arg(s.startMs)
                         .arg(s.endMs)
                         .arg(s.events)
                         .arg(QString::fromStdString(s.key)));
    }
    return lines;
}

std::vector<SessionRow> takeClosed(Sessioniser& sessioniser)
{
    std::vector<SessionRow> out;
    sessioniser.takeClosed(out);
    return out;
}

std::vector<SessionRow> finishAll(Sessioniser& sessioniser)
{
    sessioniser.finish();
    return takeClosed(sessioniser);
}

} // namespace

class TestSessioniser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gapRule_data();
    void gapRule();
    void gapIsMeasuredFromThePreviousEvent();
    void zeroGap();
    void sessionIdsStartAtFirstSessionId();
    void interleavedCustomers();
    void slotsNeedNotArriveInOrder();
    void takeClosedReturnsSessionsOnce();
    void sessionsCloseOnceTheStreamIsPastTheirGap();
    void eventWithinTheGapOfAHandedOutSessionIsUnordered();
    void takeClosedAppends();
    void finishClosesAllInIdOrder();
    void finishWithNothing();
    void keyedSessions();
    void keyedSameKeyDifferentCustomers();
    void keyedBlankKeyFallsBackToGapRule();
    void keyedAndGapSessionsInterleaved();
    void keyedOutOfOrderIsNotUnordered();
    void outOfOrderEvents();
    void outOfOrderListsEachCustomerOnce();
};

void TestSessioniser::gapRule_data()
{
    QTest::addColumn<qint64>("gap");
    QTest::addColumn<qint64>("secondAt");
    QTest::addColumn<bool>("newSession");

    const qint64 start = 1'709'288'553'123; // 2024-03-01T10:22:33.123Z
    QTest::newRow("same time") << Gap << start << false;
    QTest::newRow("1 ms later") << Gap << start + 1 << false;
    QTest::newRow("gap - 1 ms") << Gap << start + Gap - 1 << false;
    QTest::newRow("exactly the gap") << Gap << start + Gap << false;
    QTest::newRow("gap + 1 ms") << Gap << start + Gap + 1 << true;
    QTest::newRow("a day later") << Gap << start + 24 * 60 * Minute << true;
    QTest::newRow("1 s gap, exactly") << qint64(1000) << start + 1000 << false;
    QTest::newRow("1 s gap, 1001 ms") << qint64(1000) << start + 1001 << true;
}

void TestSessioniser::gapRule()
{
    QFETCH(qint64, gap);
    QFETCH(qint64, secondAt);
    QFETCH(bool, newSession);

    const qint64 start = 1'709'288'553'123;
    Sessioniser sessioniser(gap, 1);
    QCOMPARE(sessioniser.add(0, 7, start), qint64(1));
    const qint64 second = sessioniser.add(0, 7, secondAt);

    std::vector<SessionRow> expected;
    if (newSession) {
        QCOMPARE(second, qint64(2));
        // The first session is closed as soon as the second one starts.
        QCOMPARE(describe(takeClosed(sessioniser)), describe({session(1, 7, start, start, 1)}));
        expected = {session(2, 7, secondAt, secondAt, 1)};
        QCOMPARE(sessioniser.nextSessionId(), qint64(3));
    } else {
        QCOMPARE(second, qint64(1));
        QVERIFY(takeClosed(sessioniser).empty());
        expected = {session(1, 7, start, secondAt, 2)};
        QCOMPARE(sessioniser.nextSessionId(), qint64(2));
    }
    QCOMPARE(describe(finishAll(sessioniser)), describe(expected));
    QVERIFY(sessioniser.unorderedCustomers().empty());
}

void TestSessioniser::gapIsMeasuredFromThePreviousEvent()
{
    // Each event is within the gap of the one before, so the session grows far beyond the
    // gap from its start.
    Sessioniser sessioniser(Gap, 1);
    for (int i = 0; i <= 10; ++i)
        QCOMPARE(sessioniser.add(0, 1, i * Gap), qint64(1));
    QCOMPARE(sessioniser.add(0, 1, 10 * Gap + Gap + 1), qint64(2));
    QCOMPARE(
        describe(finishAll(sessioniser)),
        describe({session(1, 1, 0, 10 * Gap, 11), session(2, 1, 11 * Gap + 1, 11 * Gap + 1, 1)}));
}

void TestSessioniser::zeroGap()
{
    // With no inactivity allowed, only events at the same millisecond share a session.
    Sessioniser sessioniser(0, 1);
    QCOMPARE(sessioniser.add(0, 1, 100), qint64(1));
    QCOMPARE(sessioniser.add(0, 1, 100), qint64(1));
    QCOMPARE(sessioniser.add(0, 1, 101), qint64(2));
    QCOMPARE(describe(finishAll(sessioniser)),
             describe({session(1, 1, 100, 100, 2), session(2, 1, 101, 101, 1)}));
}

void TestSessioniser::sessionIdsStartAtFirstSessionId()
{
    Sessioniser sessioniser(Gap, 41);
    QCOMPARE(sessioniser.nextSessionId(), qint64(41));
    QCOMPARE(sessioniser.add(0, 500, 0), qint64(41));
    QCOMPARE(sessioniser.add(0, 500, Gap + 1), qint64(42));
    QCOMPARE(sessioniser.add(0, 500, 3 * Gap), qint64(43));
    QCOMPARE(sessioniser.nextSessionId(), qint64(44));
    QCOMPARE(describe(finishAll(sessioniser)),
             describe({session(41, 500, 0, 0, 1), session(42, 500, Gap + 1, Gap + 1, 1),
                       session(43, 500, 3 * Gap, 3 * Gap, 1)}));
    QCOMPARE(sessioniser.nextSessionId(), qint64(44));
}

void TestSessioniser::interleavedCustomers()
{
    // Three customers in slots 0..2 (customer ids 100, 200, 300), events sorted by time as
    // in a typical export.
    Sessioniser sessioniser(10 * Minute, 1);
    QCOMPARE(sessioniser.add(0, 100, 0 * Minute), qint64(1));
    QCOMPARE(sessioniser.add(1, 200, 1 * Minute), qint64(2));
    QCOMPARE(sessioniser.add(0, 100, 2 * Minute), qint64(1));
    QCOMPARE(sessioniser.add(2, 300, 3 * Minute), qint64(3));
    QCOMPARE(sessioniser.add(1, 200, 11 * Minute), qint64(2)); // exactly 10 minutes
    QCOMPARE(sessioniser.add(0, 100, 13 * Minute), qint64(4)); // 11 minutes: new session
    QCOMPARE(describe(takeClosed(sessioniser)), describe({session(1, 100, 0, 2 * Minute, 2)}));
    QCOMPARE(sessioniser.add(2, 300, 14 * Minute), qint64(5)); // 11 minutes: new session
    QCOMPARE(sessioniser.add(1, 200, 15 * Minute), qint64(2));
    QCOMPARE(sessioniser.add(0, 100, 16 * Minute), qint64(4));
    QCOMPARE(describe(takeClosed(sessioniser)),
             describe({session(3, 300, 3 * Minute, 3 * Minute, 1)}));

    QCOMPARE(describe(finishAll(sessioniser)),
             describe({session(2, 200, 1 * Minute, 15 * Minute, 3),
                       session(4, 100, 13 * Minute, 16 * Minute, 2),
                       session(5, 300, 14 * Minute, 14 * Minute, 1)}));
    QVERIFY(sessioniser.unorderedCustomers().empty());
    QCOMPARE(sessioniser.nextSessionId(), qint64(6));
}

void TestSessioniser::slotsNeedNotArriveInOrder()
{
    Sessioniser sessioniser(Gap, 1);
    QCOMPARE(sessioniser.add(7, 70, 0), qint64(1));
    QCOMPARE(sessioniser.add(0, 10, 5), qint64(2));
    QCOMPARE(sessioniser.add(1000, 99, 10), qint64(3));
    QCOMPARE(sessioniser.add(7, 70, 20), qint64(1));
    QCOMPARE(sessioniser.add(3, 30, 30), qint64(4));
    QCOMPARE(sessioniser.add(1000, 99, 40), qint64(3));
    QCOMPARE(describe(finishAll(sessioniser)),
             describe({session(1, 70, 0, 20, 2), session(2, 10, 5, 5, 1), session(3, 99, 10, 40, 2),
                       session(4, 30, 30, 30, 1)}));
}

void TestSessioniser::takeClosedReturnsSessionsOnce()
{
    Sessioniser sessioniser(Gap, 1);
    sessioniser.add(0, 1, 0);
    sessioniser.add(1, 2, Gap / 2);
    QVERIFY(takeClosed(sessioniser).empty()); // nothing closed yet

    // Customer 1 comes back: its first session is closed, customer 2's (ends at Gap/2,
    // latest time Gap + 1 is not more than Gap past it) stays open.
    sessioniser.add(0, 1, Gap + 1);
    QCOMPARE(describe(takeClosed(sessioniser)), describe({session(1, 1, 0, 0, 1)}));
    QVERIFY(takeClosed(sessioniser).empty());

    sessioniser.add(1, 2, 2 * Gap);
    QCOMPARE(describe(takeClosed(sessioniser)), describe({session(2, 2, Gap / 2, Gap / 2, 1)}));
    QVERIFY(takeClosed(sessioniser).empty());

    QCOMPARE(describe(finishAll(sessioniser)),
             describe({session(3, 1, Gap + 1, Gap + 1, 1), session(4, 2, 2 * Gap, 2 * Gap, 1)}));
    QVERIFY(takeClosed(sessioniser).empty());
    sessioniser.finish();
    QVERIFY(takeClosed(sessioniser).empty());
}

void TestSessioniser::sessionsCloseOnceTheStreamIsPastTheirGap()
{
    // Customer 1 never returns; its session is handed out as soon as any event is more
    // than Gap past its end, not at the end of the file.
    Sessioniser sessioniser(Gap, 1);
    sessioniser.add(0, 1, 0);
    sessioniser.add(0, 1, 10);
    sessioniser.add(1, 2, Gap + 10); // exactly Gap past customer 1's end: still open
    QVERIFY(takeClosed(sessioniser).empty());
    sessioniser.add(1, 2, Gap + 11);
    QCOMPARE(describe(takeClosed(sessioniser)), describe({session(1, 1, 0, 10, 2)}));

    // A session that grew since its deadline was set waits for its new deadline.
    sessioniser.add(1, 2, 2 * Gap);
    sessioniser.add(2, 3, 2 * Gap + 20);
    QVERIFY(takeClosed(sessioniser).empty());
    sessioniser.add(2, 3, 3 * Gap + 1);
    QCOMPARE(describe(takeClosed(sessioniser)), describe({session(2, 2, Gap + 10, 2 * Gap, 3)}));
    QVERIFY(sessioniser.unorderedCustomers().empty());
}

void TestSessioniser::eventWithinTheGapOfAHandedOutSessionIsUnordered()
{
    // Sorted by customer, not by time: customer 1's session is handed out while customer
    // 2's events run later, then customer 1 continues it. The provisional sessions are
    // wrong, so customer 1 is listed for cutting again.
    Sessioniser sessioniser(Gap, 1);
    sessioniser.add(0, 1, 0);
    sessioniser.add(1, 2, 5 * Gap);
    QCOMPARE(takeClosed(sessioniser).size(), size_t(1));
    QVERIFY(sessioniser.unorderedCustomers().empty());
    sessioniser.add(0, 1, Gap);
    QCOMPARE(sessioniser.unorderedCustomers(), std::vector<qint64>{1});
    // A later event past the gap is a new session, not out of order.
    sessioniser.add(0, 1, 3 * Gap);
    QCOMPARE(sessioniser.unorderedCustomers(), std::vector<qint64>{1});
}

void TestSessioniser::takeClosedAppends()
{
    Sessioniser sessioniser(Gap, 1);
    sessioniser.add(0, 1, 0);
    sessioniser.add(0, 1, Gap + 1);
    std::vector<SessionRow> out = {session(99, 9, 9, 9, 9, "kept")};
    sessioniser.takeClosed(out);
    QCOMPARE(describe(out), describe({session(99, 9, 9, 9, 9, "kept"), session(1, 1, 0, 0, 1)}));
}

void TestSessioniser::finishClosesAllInIdOrder()
{
    Sessioniser sessioniser(Gap, 10);
    QCOMPARE(sessioniser.add(0, 1, 0), qint64(10));
    QCOMPARE(sessioniser.add(1, 2, 0), qint64(11));
    // Customer 2's session closes first; it stays untaken until finish().
    QCOMPARE(sessioniser.add(1, 2, Gap + 1), qint64(12));
    QCOMPARE(sessioniser.addKeyed(2, 3, "s-b", 5), qint64(13));
    QCOMPARE(sessioniser.addKeyed(2, 3, "s-a", 6), qint64(14));
    QCOMPARE(sessioniser.add(0, 1, 10), qint64(10));
    QCOMPARE(sessioniser.addKeyed(3, 4, "s-c", 7), qint64(15));
    QCOMPARE(describe(finishAll(sessioniser)),
             describe({session(10, 1, 0, 10, 2), session(11, 2, 0, 0, 1),
                       session(12, 2, Gap + 1, Gap + 1, 1), session(13, 3, 5, 5, 1, "s-b"),
                       session(14, 3, 6, 6, 1, "s-a"), session(15, 4, 7, 7, 1, "s-c")}));
}

void TestSessioniser::finishWithNothing()
{
    Sessioniser sessioniser(Gap, 5);
    QVERIFY(finishAll(sessioniser).empty());
    QCOMPARE(sessioniser.nextSessionId(), qint64(5));
}

void TestSessioniser::keyedSessions()
{
    // A run of one session id, in any time order, is one session from its earliest to its
    // latest time; it is handed out when the customer moves on to another id.
    Sessioniser sessioniser(Gap, 1);
    QCOMPARE(sessioniser.addKeyed(0, 100, "visit-1", 5 * Minute), qint64(1));
    QCOMPARE(sessioniser.addKeyed(0, 100, "visit-1", 1 * Minute), qint64(1));
    QVERIFY(takeClosed(sessioniser).empty());
    QCOMPARE(sessioniser.addKeyed(0, 100, "visit-2", 2 * Minute), qint64(2));
    QCOMPARE(describe(takeClosed(sessioniser)),
             describe({session(1, 100, 1 * Minute, 5 * Minute, 2, "visit-1")}));
    QCOMPARE(sessioniser.addKeyed(0, 100, "visit-2", 3 * Minute), qint64(2));
    QVERIFY(sessioniser.splitKeyedCustomers().empty());

    // visit-1 comes back: a second row for it, and the customer is listed for joining.
    QCOMPARE(sessioniser.addKeyed(0, 100, "visit-1", 300 * Minute), qint64(3));
    QCOMPARE(sessioniser.addKeyed(0, 100, "visit-1", 4 * Minute), qint64(3));
    QCOMPARE(sessioniser.splitKeyedCustomers(), std::vector<qint64>{100});
    QCOMPARE(sessioniser.nextSessionId(), qint64(4));
    QCOMPARE(describe(finishAll(sessioniser)),
             describe({session(2, 100, 2 * Minute, 3 * Minute, 2, "visit-2"),
                       session(3, 100, 4 * Minute, 300 * Minute, 2, "visit-1")}));
    QVERIFY(sessioniser.unorderedCustomers().empty());
    QCOMPARE(sessioniser.splitKeyedCustomers(), std::vector<qint64>{100}); // listed once
}

void TestSessioniser::keyedSameKeyDifferentCustomers()
{
    // Session ids are per customer: "1" of one customer is not "1" of another.
    Sessioniser sessioniser(Gap, 1);
    QCOMPARE(sessioniser.addKeyed(0, 100, "1", 10), qint64(1));
    QCOMPARE(sessioniser.addKeyed(1, 200, "1", 20), qint64(2));
    QCOMPARE(sessioniser.addKeyed(0, 100, "1", 30), qint64(1));
    QCOMPARE(sessioniser.addKeyed(256, 300, "1", 40), qint64(3)); // slot bytes differ
    QCOMPARE(sessioniser.addKeyed(1, 200, "1", 5), qint64(2));
    QCOMPARE(describe(finishAll(sessioniser)),
             describe({session(1, 100, 10, 30, 2, "1"), session(2, 200, 5, 20, 2, "1"),
                       session(3, 300, 40, 40, 1, "1")}));
}

void TestSessioniser::keyedBlankKeyFallsBackToGapRule()
{
    Sessioniser sessioniser(Gap, 1);
    QCOMPARE(sessioniser.addKeyed(0, 100, "", 0), qint64(1));
    QCOMPARE(sessioniser.addKeyed(0, 100, {}, Gap), qint64(1));
    QCOMPARE(sessioniser.addKeyed(0, 100, "", 2 * Gap + 1), qint64(2));
    QCOMPARE(describe(takeClosed(sessioniser)), describe({session(1, 100, 0, Gap, 2)}));
    QCOMPARE(describe(finishAll(sessioniser)),
             describe({session(2, 100, 2 * Gap + 1, 2 * Gap + 1, 1)}));
}

void TestSessioniser::keyedAndGapSessionsInterleaved()
{
    // One customer with some rows carrying a session id and some without.
    Sessioniser sessioniser(Gap, 1);
    QCOMPARE(sessioniser.addKeyed(0, 100, "s1", 0), qint64(1));
    QCOMPARE(sessioniser.addKeyed(0, 100, "", 1000), qint64(2));
    QCOMPARE(sessioniser.addKeyed(0, 100, "s1", 2000), qint64(1));
    QCOMPARE(sessioniser.addKeyed(0, 100, "", 3000), qint64(2));
    QCOMPARE(sessioniser.add(0, 100, 4000), qint64(2));
    QCOMPARE(describe(finishAll(sessioniser)),
             describe({session(1, 100, 0, 2000, 2, "s1"), session(2, 100, 1000, 4000, 3)}));
}

void TestSessioniser::keyedOutOfOrderIsNotUnordered()
{
    Sessioniser sessioniser(Gap, 1);
    sessioniser.addKeyed(0, 100, "s1", 5000);
    sessioniser.addKeyed(0, 100, "s1", 1000);
    sessioniser.addKeyed(0, 100, "s1", 3000);
    QVERIFY(sessioniser.unorderedCustomers().empty());
    QCOMPARE(describe(finishAll(sessioniser)), describe({session(1, 100, 1000, 5000, 3, "s1")}));
}

void TestSessioniser::outOfOrderEvents()
{
    Sessioniser sessioniser(Gap, 1);
    QCOMPARE(sessioniser.add(0, 100, 10 * Minute), qint64(1));
    QCOMPARE(sessioniser.add(0, 100, 20 * Minute), qint64(1));
    // Earlier than the last event: kept in the open session for now (even though it lies
    // more than the gap before the session's start), and the customer is reported.
    QCOMPARE(sessioniser.add(0, 100, 0), qint64(1));
    QCOMPARE(sessioniser.unorderedCustomers(), std::vector<qint64>{100});
    QCOMPARE(sessioniser.add(0, 100, 15 * Minute), qint64(1));
    // A later event after the gap still starts a new session.
    QCOMPARE(sessioniser.add(0, 100, 20 * Minute + Gap + 1), qint64(2));
    QCOMPARE(describe(finishAll(sessioniser)),
             describe({session(1, 100, 0, 20 * Minute, 4),
                       session(2, 100, 20 * Minute + Gap + 1, 20 * Minute + Gap + 1, 1)}));
    QCOMPARE(sessioniser.unorderedCustomers(), std::vector<qint64>{100});
}

void TestSessioniser::outOfOrderListsEachCustomerOnce()
{
    Sessioniser sessioniser(Gap, 1);
    sessioniser.add(0, 100, 1000);
    sessioniser.add(1, 200, 1000);
    sessioniser.add(2, 300, 1000);
    sessioniser.add(1, 200, 500);  // out of order
    sessioniser.add(1, 200, 400);  // again
    sessioniser.add(0, 100, 2000); // in order
    sessioniser.add(2, 300, 999);  // out of order
    sessioniser.add(1, 200, 100 * Gap);
    sessioniser.add(1, 200, 50 * Gap); // again, in its next session
    sessioniser.add(2, 300, 999);
    QCOMPARE(sessioniser.unorderedCustomers(), (std::vector<qint64>{200, 300}));
    // Equal times are not out of order.
    Sessioniser same(Gap, 1);
    same.add(0, 1, 1000);
    same.add(0, 1, 1000);
    QVERIFY(same.unorderedCustomers().empty());
}

QTEST_GUILESS_MAIN(TestSessioniser)
#include "tst_sessioniser.moc"
