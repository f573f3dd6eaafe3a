// The drop-off model on a generated log whose probabilities are known: where journeys are
// cut, the time split, calibration after class weighting (against the generating
// probabilities), the audit, and models reused on a log whose names come in another order.

#include "core/base/error.h"
#include "core/base/feedback.h"
#include "core/journey/segmentation.h"
#include "core/predict/dropoffmodel.h"

#include <cmath>
#include <QTest>

using namespace journeyscope;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Day = 24 * 60 * Minute;
constexpr int People = 6000;

/// How one generated journey went.
struct Generated
{
    bool demo = false;
    bool converted = false;
    qint64 startMs = 0;
};

/**
 * Person i starts on day i / 30 (200 days in all) with Home, then visits Demo (one in
 * five) or Blog an hour later, then Buy a day later: 70 % of Demo visitors, 5 % of Blog
 * readers. Channels alternate web and app by person. With \a decoyFirst a person who only
 * visits "Decoy" comes first, so that touchpoints and channels get other indices.
 */
EventLog generatedLog(std::vector<Generated>* truth = nullptr, bool decoyFirst = false)
{
    EventLog::Builder builder;
    if (decoyFirst)
        builder.add(QStringLiteral("decoy"), 0, QStringLiteral("Decoy"), QStringLiteral("store"));
    SeededRandom random(7);
    for (int i = 0; i < People; ++i) {
        Generated g;
        g.startMs = qint64(i) * Day / 30;
        g.demo = random.uniform() < 0.2;
        g.converted = random.uniform() < (g.demo ? 0.7 : 0.05);
        const QString person = QStringLiteral("p%1").arg(i);
        const QString channel = i % 2 ? QStringLiteral("app") : QStringLiteral("web");
        builder.add(person, g.startMs + Minute, QStringLiteral("Home"), channel);
        builder.add(person, g.startMs + 60 * Minute,
                    g.demo ? QStringLiteral("Demo") : QStringLiteral("Blog"), channel);
        if (g.converted)
            builder.add(person, g.startMs + Day, QStringLiteral("Buy"), channel);
        if (truth)
            truth->push_back(g);
    }
    return std::move(builder).build();
}

Goal buyGoal(const EventLog& log)
{
    Goal goal;
    goal.touchpoints = {quint16(log.touchpointIndex(u"Buy"))};
    return goal;
}

const PlaceRisk* placeNamed(const std::vector<PlaceRisk>& places, const QString& name)
{
    for (const PlaceRisk& place : places) {
        if (place.place == name)
            return &place;
    }
    return nullptr;
}

} // namespace

class TestDropoffModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cutsJourneysWhileInFlight()
    {
        std::vector<Generated> truth;
        const EventLog log = generatedLog(&truth);
        const Goal goal = buyGoal(log);
        const qint64 end = *log.lastMs();
        // Learnt from: the journeys whose 30 days closed before the end, converted or not;
        // in flight at the end: those of the last 30 days without Buy.
        qint64 known = 0, dropped = 0, open = 0;
        for (const Generated& g : truth) {
            const bool closed = g.startMs + Minute + Goal::DefaultWindowMs <= end;
            known += closed;
            dropped += closed && !g.converted;
            open += !closed && !g.converted;
        }
        const DropoffRows every = journeyRowsForTraining(EventView(log), goal, end, true, 1);
        // Each journey is in flight after Home and after Demo or Blog: two rows.
        QCOMPARE(qint64(every.labels.size()), 2 * known);
        QCOMPARE(qint64(std::count(every.labels.begin(), every.labels.end(), 1.0f)), 2 * dropped);
        // No row has seen the goal.
        const qsizetype buy = every.features.columns.indexOf(QStringLiteral("visits: Buy"));
        const auto width = size_t(every.features.columns.size());
        for (size_t row = 0; row < every.labels.size(); ++row)
            QCOMPARE(every.features.values[row * width + size_t(buy)], 0.0f);

        const DropoffRows one = journeyRowsForTraining(EventView(log), goal, end, false, 1);
        QCOMPARE(qint64(one.labels.size()), known);
        // The cut is drawn evenly: about half the rows end at Home.
        const auto atHome = std::count(one.lastTouchpoints.begin(), one.lastTouchpoints.end(),
                                       log.touchpointIndex(u"Home"));
        QVERIFY2(std::abs(double(atHome) / double(known) - 0.5) < 0.05,
                 qPrintable(QString::number(atHome)));

        const DropoffRows inFlight = journeyRowsInFlight(EventView(log), goal, end);
        QCOMPARE(qint64(inFlight.persons.size()), open);
        QVERIFY(inFlight.labels.empty());
    }

    void calibratedAfterWeightingTheRareOutcome()
    {
        // 19 % convert: rare enough to weight; the weight's log odds are taken back.
        const EventLog log = generatedLog();
        DropoffModelOptions options;
        const DropoffModel model =
            trainDropoffModel(EventView(log), buyGoal(log), PeopleContext(), options);
        QVERIFY(model.stored.settings.value(QStringLiteral("positive_weight")).toDouble() < 0.3);
        QCOMPARE(model.stored.kind, QStringLiteral("dropoff"));
        // The time split: the last fifth of the journeys with an outcome, by start.
        QCOMPARE(model.testJourneys,
                 qint64(std::llround(0.2 * double(model.trainingJourneys + model.testJourneys))));
        // After Demo 30 % drop off, after Blog 95 %; after Home, 0.2 * 0.3 + 0.8 * 0.95 = 82 %.
        const PlaceRisk* demo = placeNamed(model.touchpoints, QStringLiteral("Demo"));
        const PlaceRisk* blog = placeNamed(model.touchpoints, QStringLiteral("Blog"));
        const PlaceRisk* home = placeNamed(model.touchpoints, QStringLiteral("Home"));
        QVERIFY(demo && blog && home);
        QVERIFY2(std::abs(demo->meanRisk - 0.30) < 0.08,
                 qPrintable(QString::number(demo->meanRisk)));
        QVERIFY2(std::abs(blog->meanRisk - 0.95) < 0.04,
                 qPrintable(QString::number(blog->meanRisk)));
        QVERIFY2(std::abs(home->meanRisk - 0.82) < 0.06,
                 qPrintable(QString::number(home->meanRisk)));
        // What the model learnt: how long the journey has gone on without news (a day at
        // most before Buy, up to 30 days before giving up; here the time since the first
        // event tells the same), and where it is.
        QStringList top;
        for (size_t i = 0; i < 5; ++i)
            top.append(model.importance[i].feature);
        QVERIFY2(top.contains(QStringLiteral("hours since last event")) ||
                     top.contains(QStringLiteral("days since first event")),
                 qPrintable(top.join(u',')));
        QVERIFY2(top.contains(QStringLiteral("last touchpoint")) ||
                     top.contains(QStringLiteral("visits: Demo")) ||
                     top.contains(QStringLiteral("visits: Blog")),
                 qPrintable(top.join(u',')));
        // Demo against Blog separates well; the cut at Home not at all, which caps ROC-AUC.
        QVERIFY2(model.metrics.rocAuc > 0.7, qPrintable(QString::number(model.metrics.rocAuc)));
        QVERIFY(model.metrics.expectedCalibrationError < 0.05);
        // The audit has both channels.
        QStringList groups;
        for (const SubgroupFigures& group : model.subgroups)
            groups.append(group.subgroup);
        QVERIFY(groups.contains(QStringLiteral("channel=web")));
        QVERIFY(groups.contains(QStringLiteral("channel=app")));
    }

    void stratifiedSplitKeepsTheShare()
    {
        const EventLog log = generatedLog();
        DropoffModelOptions options;
        options.split = SplitKind::Stratified;
        const DropoffModel model =
            trainDropoffModel(EventView(log), buyGoal(log), PeopleContext(), options);
        const double testShare = double(model.metrics.positives) / double(model.metrics.cases);
        QVERIFY2(std::abs(testShare - 0.81) < 0.03, qPrintable(QString::number(testShare)));
        QCOMPARE(model.stored.settings.value(QStringLiteral("split")).toString(),
                 QStringLiteral("stratified"));
    }

    void reusedOnALogWithOtherIndices()
    {
        const EventLog log = generatedLog();
        const DropoffModel model =
            trainDropoffModel(EventView(log), buyGoal(log), PeopleContext(), {});
        const EventLog other = generatedLog(nullptr, true);
        QVERIFY(other.touchpointIndex(u"Home") != log.touchpointIndex(u"Home"));

        const auto predictionsOf = [&](const EventLog& source) {
            const DropoffRows rows = journeyRowsForTraining(EventView(source), buyGoal(source),
                                                            *source.lastMs(), false, 1);
            std::vector<float> predictions =
                model.stored.predict(alignToModel(rows, source, model.stored, PeopleContext()));
            return predictions;
        };
        const std::vector<float> here = predictionsOf(log);
        const std::vector<float> there = predictionsOf(other);
        // The decoy person comes first in the other log and is open (Decoy is not Buy and
        // its window closed long ago: dropped off), so it adds one row at the front.
        QCOMPARE(there.size(), here.size() + 1);
        for (size_t i = 0; i < here.size(); ++i)
            QCOMPARE(there[i + 1], here[i]);
    }

    void refusesWithoutBothOutcomes()
    {
        EventLog::Builder builder;
        for (int i = 0; i < 100; ++i)
            builder.add(QStringLiteral("p%1").arg(i), qint64(i) * Day, QStringLiteral("Home"));
        builder.add(QStringLiteral("late"), 400 * Day, QStringLiteral("Buy"));
        const EventLog log = std::move(builder).build();
        try {
            trainDropoffModel(EventView(log), buyGoal(log), PeopleContext(), {});
            QFAIL("trained without converted journeys");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(QStringLiteral("0 that converted")),
                     qPrintable(error.message()));
        }
    }

    void cancels()
    {
        const EventLog log = generatedLog();
        Feedback feedback;
        feedback.cancel();
        QVERIFY_THROWS_EXCEPTION(Canceled, trainDropoffModel(EventView(log), buyGoal(log),
                                                             PeopleContext(), {}, &feedback));
    }
};

QTEST_GUILESS_MAIN(TestDropoffModel)
#include "tst_dropoffmodel.moc"
