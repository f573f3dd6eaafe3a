// Goals and outcomes: converted within the window, dropped off after it, open at the end.

#include "core/journey/goal.h"

#include <QTest>

using namespace journeyscope;

class TestGoal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcomes()
    {
        constexpr qint64 Day = 24 * 3600 * 1000;
        EventLog::Builder builder;
        builder.add(QStringLiteral("fast"), 0, QStringLiteral("Home"))
            .add(QStringLiteral("fast"), Day, QStringLiteral("Buy"))
            .add(QStringLiteral("late"), 0, QStringLiteral("Home"))
            .add(QStringLiteral("late"), 31 * Day, QStringLiteral("Buy"))
            .add(QStringLiteral("never"), 0, QStringLiteral("Home"))
            .add(QStringLiteral("recent"), 50 * Day, QStringLiteral("Home"))
            .add(QStringLiteral("edge"), 0, QStringLiteral("Home"))
            .add(QStringLiteral("edge"), 30 * Day, QStringLiteral("Buy"));
        const EventLog log = std::move(builder).build();
        Goal goal;
        goal.touchpoints = {quint16(log.touchpointIndex(u"Buy"))};
        const qint64 end = *log.lastMs(); // day 50
        QStringList outcomes;
        EventView(log).forEachJourney([&](const Journey& journey) {
            outcomes.append(log.personKeys()[qsizetype(journey.person())] + QLatin1Char('=') +
                            outcomeName(goal.outcome(log, journey, end)));
        });
        // 30 days exactly is inside the window; 31 is not.
        QCOMPARE(outcomes,
                 (QStringList{QStringLiteral("fast=converted"), QStringLiteral("late=dropped off"),
                              QStringLiteral("never=dropped off"), QStringLiteral("recent=open"),
                              QStringLiteral("edge=converted")}));
        goal.windowMs.reset();
        outcomes.clear();
        EventView(log).forEachJourney([&](const Journey& journey) {
            outcomes.append(outcomeName(goal.outcome(log, journey, end)));
        });
        QCOMPARE(outcomes.count(QStringLiteral("converted")), 3);
    }
};

QTEST_GUILESS_MAIN(TestGoal)
#include "tst_goal.moc"
