// The XGBoost next-step model under Tax et al.'s protocol: a log whose next steps are
// certain, one where they depend on more than the last touchpoint, and the helpdesk log
// against the published LSTM.

#include "core/predict/nextstepmodel.h"
#include "tests/importtesthelpers.h"

#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

/// \a count journeys of each pattern, one after the other in time.
EventLog logOf(const QList<QStringList>& patterns, int count)
{
    EventLog::Builder builder;
    qint64 start = 0;
    int person = 0;
    for (int i = 0; i < count; ++i) {
        for (const QStringList& pattern : patterns) {
            const QString key = QStringLiteral("p%1").arg(person++);
            for (qsizetype step = 0; step < pattern.size(); ++step)
                builder.add(key, start + step * 60'000, pattern[step]);
            start += 3'600'000;
        }
    }
    return std::move(builder).build();
}

} // namespace

class TestNextStepModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learnsWhatTheFirstStepDecides()
    {
        // After B comes C when the journey began with A, D when it began with X: the last
        // touchpoint alone is right half the time, the journey so far always.
        const EventLog log =
            logOf({{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                   {QStringLiteral("X"), QStringLiteral("B"), QStringLiteral("D")}},
                  150);
        const NextStepEvaluation next = evaluateBoostedNextStep(EventView(log), false);
        QCOMPARE(next.method, QStringLiteral("xgboost"));
        QCOMPARE(next.trainingJourneys, 200);
        QCOMPARE(next.testJourneys, 100);
        QCOMPARE(next.predictions, 200); // two next steps per journey
        QCOMPARE(next.top1, 1.0);
        QCOMPARE(next.top3, 1.0);
        // With the end: three predictions per journey, all certain.
        const NextStepEvaluation withEnd = evaluateBoostedNextStep(EventView(log), true);
        QCOMPARE(withEnd.predictions, 300);
        QCOMPARE(withEnd.top1, 1.0);
    }

    void refusesTooFewJourneys()
    {
        const EventLog log = logOf({{QStringLiteral("A"), QStringLiteral("B")}}, 2);
        QVERIFY_THROWS_EXCEPTION(Error, evaluateBoostedNextStep(EventView(log), false));
    }

    void helpdeskAgainstTheLstm()
    {
        const QString csv = sharedDataFile(QStringLiteral("eventlogs/helpdesk_tax2017.csv"));
        if (csv.isEmpty())
            QSKIP("eventlogs/helpdesk_tax2017.csv from the shared datasets is not available");
        ImportFixture fixture;
        fixture.import({csv});
        const EventLog log = EventLog::load(fixture.open()->database());
        const NextStepEvaluation next = evaluateBoostedNextStep(EventView(log), false);
        qInfo("helpdesk next activity, XGBoost: top-1 %.4f, top-3 %.4f over %lld prefixes "
              "(Tax et al. LSTM 0.7123)",
              next.top1, next.top3, qlonglong(next.predictions));
        QCOMPARE(next.predictions, 2875); // as for the Markov model: the same prefixes
        QVERIFY(next.top1 >= 0.7123);
    }
};

QTEST_GUILESS_MAIN(TestNextStepModel)
#include "tst_nextstepmodel.moc"
