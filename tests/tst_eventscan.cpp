// Reading a project's events on several connections at once gives exactly what one
// connection reads, in row order, without the people left out.

#include "core/journey/eventscan.h"
#include "tests/importtesthelpers.h"

#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

/// Every customer its own root but \a leftOut; touchpoints and channels by id.
EventDictionaries identityDictionaries(const Database& db, const QString& leftOut)
{
    EventDictionaries dictionaries;
    Statement customers = db.prepare("SELECT id, key FROM customers");
    while (customers.step()) {
        const auto id = size_t(customers.columnInt(0));
        dictionaries.rootOf.resize(std::max(dictionaries.rootOf.size(), id + 1), 0);
        dictionaries.rootOf[id] = customers.columnText(1) == leftOut ? 0 : qint64(id);
    }
    Statement touchpoints = db.prepare("SELECT id FROM touchpoints");
    while (touchpoints.step()) {
        const auto id = size_t(touchpoints.columnInt(0));
        dictionaries.touchpointIndexOf.resize(
            std::max(dictionaries.touchpointIndexOf.size(), id + 1));
        dictionaries.touchpointIndexOf[id] = qint32(id);
    }
    dictionaries.channelIndexOf.assign(1, 0);
    Statement channels = db.prepare("SELECT id FROM channels");
    while (channels.step()) {
        const auto id = size_t(channels.columnInt(0));
        dictionaries.channelIndexOf.resize(std::max(dictionaries.channelIndexOf.size(), id + 1));
        dictionaries.channelIndexOf[id] = quint8(id);
    }
    return dictionaries;
}

} // namespace

class TestEventScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // 3,000 events of 40 customers; every fifth without a channel, every seventh with a
        // value.
        QByteArray csv = "customer,time,event,channel,value\n";
        for (int i = 0; i < 3000; ++i) {
            csv += QStringLiteral("c%1,2025-01-01T00:00:%2.%3Z,Step %4,%5,%6\n")
                       .arg(i % 40)
                       .arg(i / 1000, 2, 10, QLatin1Char('0'))
                       .arg(i % 1000, 3, 10, QLatin1Char('0'))
                       .arg(i % 9)
                       .arg(i % 5 == 0 ? QString() : QStringLiteral("ch%1").arg(i % 3))
                       .arg(i % 7 == 0 ? QString::number(i) : QString())
                       .toUtf8();
        }
        m_fixture.import({m_fixture.write(QStringLiteral("events.csv"), csv)}, {}, true);
    }

    void rangesOnSeveralConnectionsReadWhatOneReads()
    {
        const auto project = m_fixture.open();
        const Database& db = project->database();
        const EventDictionaries dictionaries = identityDictionaries(db, QStringLiteral("c7"));
        const ScannedEvents whole = scanEvents(db, dictionaries);
        // c7's 75 events are left out.
        QCOMPARE(qsizetype(whole.size()), 3000 - 75);
        QVERIFY(std::is_sorted(whole.times.begin(), whole.times.end()));
        for (const qint64 rowsPerConnection : {1, 100, 999, 2999}) {
            const ScannedEvents ranges = scanEvents(db, dictionaries, nullptr, rowsPerConnection);
            QCOMPARE(ranges.roots, whole.roots);
            QCOMPARE(ranges.times, whole.times);
            QCOMPARE(ranges.touchpoints, whole.touchpoints);
            QCOMPARE(ranges.channels, whole.channels);
            QCOMPARE(ranges.sessions, whole.sessions);
            QCOMPARE(ranges.values.size(), whole.values.size());
            for (size_t i = 0; i < whole.values.size(); ++i)
                QVERIFY(ranges.values[i] == whole.values[i] ||
                        (std::isnan(ranges.values[i]) && std::isnan(whole.values[i])));
        }
        const auto noChannel = std::count(whole.channels.begin(), whole.channels.end(), 0);
        QCOMPARE(qsizetype(noChannel), 600); // every fifth; c7 (i % 40 == 7) has none of them
    }

private:
    ImportFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestEventScan)
#include "tst_eventscan.moc"
