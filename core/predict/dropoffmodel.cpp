#include "core/predict/dropoffmodel.h"

#include "core/base/error.h"
#include "core/journey/customerfeatures.h"
#include "core/journey/segmentation.h"
#include "core/predict/customertable.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::DropoffModel)
};

/// Below this many journeys of an outcome no split can both train and test.
constexpr qint64 MinimumPerOutcome = 10;

/// Below this share of the rows an outcome is rare enough to weight up.
constexpr double RareShare = 0.2;

/// Draws for one journey, the same whatever the order of the rows or who else is in the
/// log: seeded by the project's customer id, or a built log's key, and \a seed.
SeededRandom journeyRandom(const EventLog& log, const Journey& journey, quint64 seed)
{
    const quint64 key = log.personKeys().isEmpty()
                            ? quint64(log.personIds()[journey.person()])
                            : quint64(qHash(log.personKeys()[journey.person()], 0));
    return SeededRandom(key * 0x9E3779B97F4A7C15ull ^ seed);
}

/// Events of \a journey within the goal's window from its first event.
qsizetype eventsInWindow(const EventLog& log, const Journey& journey, const Goal& goal)
{
    if (!goal.windowMs || goal.personOutcomes)
        return journey.size();
    const qint64 end = log.times()[journey.front()] + *goal.windowMs;
    qsizetype count = 0;
    while (count < journey.size() && log.times()[journey[count]] <= end)
        ++count;
    return count;
}

/**
 * Whether \a journey's window closed before the end of the data. Journeys of the last
 * window are known only when they converted; learning from them would teach that recent
 * journeys convert more.
 */
bool windowClosed(const EventLog& log, const Journey& journey, const Goal& goal, qint64 dataEndMs)
{
    return !goal.windowMs || goal.personOutcomes ||
           log.times()[journey.front()] + *goal.windowMs <= dataEndMs;
}

void appendJourney(DropoffRows& rows, const JourneyFeatures& features, const EventLog& log,
                   const Journey& journey, const std::vector<qsizetype>& cuts,
                   const std::vector<qint64>& observedMs, std::optional<float> label)
{
    features.appendRows(journey, cuts, rows.features, &observedMs);
    for (const qsizetype cut : cuts) {
        if (label)
            rows.labels.push_back(*label);
        rows.persons.push_back(journey.person());
        rows.journeyStartMs.push_back(log.times()[journey.front()]);
        rows.lastTouchpoints.push_back(log.touchpoints()[journey[cut - 1]]);
    }
}

/// Columns of \a right appended to those of \a left, row by row.
FeatureTable sideBySide(const FeatureTable& left, const FeatureTable& right)
{
    if (right.columns.isEmpty())
        return left;
    FeatureTable joined;
    joined.columns = left.columns + right.columns;
    joined.categorical = left.categorical;
    joined.categorical.resize(size_t(joined.columns.size()), false);
    const auto a = size_t(left.columns.size());
    const auto b = size_t(right.columns.size());
    joined.values.reserve(size_t(left.rows()) * (a + b));
    for (size_t row = 0; row < size_t(left.rows()); ++row) {
        joined.values.insert(joined.values.end(), left.values.begin() + row * a,
                             left.values.begin() + (row + 1) * a);
        joined.values.insert(joined.values.end(), right.values.begin() + row * b,
                             right.values.begin() + (row + 1) * b);
    }
    return joined;
}

std::vector<const QJsonObject*> attributesOfRows(const DropoffRows& rows,
                                                 const PeopleContext& people)
{
    std::vector<const QJsonObject*> attributes;
    attributes.reserve(rows.persons.size());
    for (const PersonIndex person : rows.persons)
        attributes.push_back(person < people.attributes.size() ? &people.attributes[person]
                                                               : nullptr);
    return attributes;
}

/// Which rows are held out: the journeys that started last, or a stratified draw of
/// journeys; every row of a journey goes the same way.
std::vector<bool> heldOutRows(const DropoffRows& rows, SplitKind split, double share, quint64 seed)
{
    // One entry per journey: its first row.
    std::vector<size_t> firstRows;
    for (size_t row = 0; row < rows.persons.size(); ++row) {
        if (row == 0 || rows.persons[row] != rows.persons[row - 1])
            firstRows.push_back(row);
    }
    std::vector<bool> journeyHeldOut(firstRows.size(), false);
    if (split == SplitKind::Stratified) {
        std::vector<float> journeyLabels;
        for (const size_t row : firstRows)
            journeyLabels.push_back(rows.labels[row]);
        journeyHeldOut = stratifiedTestRows(journeyLabels, share, seed);
    } else {
        std::vector<size_t> order(firstRows.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return rows.journeyStartMs[firstRows[a]] < rows.journeyStartMs[firstRows[b]];
        });
        const auto kept = order.size() - size_t(std::llround(share * double(order.size())));
        for (size_t i = kept; i < order.size(); ++i)
            journeyHeldOut[order[i]] = true;
    }
    std::vector<bool> heldOut(rows.persons.size(), false);
    for (size_t j = 0; j < firstRows.size(); ++j) {
        const size_t end = j + 1 < firstRows.size() ? firstRows[j + 1] : rows.persons.size();
        for (size_t row = firstRows[j]; row < end; ++row)
            heldOut[row] = journeyHeldOut[j];
    }
    return heldOut;
}

DropoffRows selectDropoffRows(const DropoffRows& rows, const std::vector<bool>& take, bool wanted)
{
    DropoffRows selected;
    selected.features = selectRows(rows.features, take, wanted);
    selected.labels = selectRows(rows.labels, take, wanted);
    for (size_t row = 0; row < take.size(); ++row) {
        if (take[row] != wanted)
            continue;
        selected.persons.push_back(rows.persons[row]);
        selected.journeyStartMs.push_back(rows.journeyStartMs[row]);
        selected.lastTouchpoints.push_back(rows.lastTouchpoints[row]);
    }
    return selected;
}

qint64 journeysIn(const DropoffRows& rows)
{
    qint64 journeys = 0;
    for (size_t row = 0; row < rows.persons.size(); ++row)
        journeys += row == 0 || rows.persons[row] != rows.persons[row - 1];
    return journeys;
}

/// Each person's RFM segment at the end of \a view's data, for the audit.
QHash<PersonIndex, QString> rfmSegmentsOf(const EventView& view, const Goal& goal)
{
    QHash<PersonIndex, QString> segmentOf;
    const CustomerFeatures customers = computeCustomerFeatures(view, goal);
    if (customers.size() == 0)
        return segmentOf;
    const RfmScores scores = rfmScores(customers);
    for (qsizetype r = 0; r < customers.size(); ++r) {
        const auto s = size_t(r);
        segmentOf.insert(
            customers.persons[s],
            rfmSegmentName(rfmSegment(scores.recency[s], scores.frequency[s], scores.monetary[s])));
    }
    return segmentOf;
}

/// The audit's groups: the channel most of a row's events used, the person's segment (when
/// known), the device, and every "attribute=value" column.
RowGroups auditGroups(const DropoffRows& rows, const EventLog& names,
                      const QHash<PersonIndex, QString>& segments, const PeopleContext& people)
{
    RowGroups groups = flagColumnGroups(rows.features);
    const int firstShare = int(rows.features.columns.indexOf(QStringLiteral("channel share: ") +
                                                             names.channelNames().value(1)));
    const auto width = size_t(rows.features.columns.size());
    if (firstShare >= 0) {
        const qsizetype channels = names.channelNames().size() - 1;
        for (size_t row = 0; row < size_t(rows.features.rows()); ++row) {
            const float* shares = rows.features.values.data() + row * width + size_t(firstShare);
            const auto top = std::max_element(shares, shares + channels) - shares;
            groups[QStringLiteral("channel=") + names.channelNames()[top + 1]].push_back(row);
        }
    }
    if (!segments.isEmpty()) {
        for (size_t row = 0; row < rows.persons.size(); ++row)
            groups[QStringLiteral("segment=") + segments.value(rows.persons[row])].push_back(row);
    }
    for (size_t row = 0; row < rows.persons.size(); ++row) {
        const QString device = people.devices.value(qsizetype(rows.persons[row]));
        if (!device.isEmpty())
            groups[QStringLiteral("device=") + device].push_back(row);
    }
    return groups;
}

QJsonObject settingsOf(const DropoffModelOptions& options, const EventLog& log, const Goal& goal,
                       const PeopleContext& people)
{
    const BoostingParameters& p = options.parameters;
    QStringList goalTouchpoints;
    for (const quint16 touchpoint : goal.touchpoints)
        goalTouchpoints.append(log.touchpointNames()[touchpoint]);
    return {
        {QStringLiteral("split"),
         options.split == SplitKind::Time ? QStringLiteral("time") : QStringLiteral("stratified")},
        {QStringLiteral("test_share"), options.testShare},
        {QStringLiteral("seed"), QString::number(options.seed)},
        {QStringLiteral("every_prefix"), options.everyPrefix},
        {QStringLiteral("goal_touchpoints"), QJsonArray::fromStringList(goalTouchpoints)},
        {QStringLiteral("goal_window_ms"),
         goal.windowMs ? QJsonValue(double(*goal.windowMs)) : QJsonValue()},
        {QStringLiteral("outcome_attribute"), people.outcomeAttribute},
        {QStringLiteral("converted_values"), QJsonArray::fromStringList(people.convertedValues)},
        // The codes of the categories, which differ between logs.
        {QStringLiteral("touchpoints"), QJsonArray::fromStringList(log.touchpointNames())},
        {QStringLiteral("channels"), QJsonArray::fromStringList(log.channelNames())},
        {QStringLiteral("learning_rate"), p.learningRate},
        {QStringLiteral("max_depth"), p.maxDepth},
        {QStringLiteral("min_child_weight"), p.minChildWeight},
        {QStringLiteral("subsample"), p.subsample},
        {QStringLiteral("column_sample"), p.columnSample},
        {QStringLiteral("positive_weight"), p.positiveWeight}};
}

} // namespace

DropoffRows journeyRowsForTraining(const EventView& view, const Goal& goal, qint64 dataEndMs,
                                   bool everyPrefix, quint64 seed)
{
    const EventLog& log = view.log();
    const JourneyFeatures features(log);
    DropoffRows rows;
    rows.features = features.emptyTable();
    std::vector<qsizetype> cuts;
    std::vector<qint64> observed;
    view.forEachJourney([&](const Journey& journey) {
        const qsizetype goalAt = goal.personOutcomes ? -1 : goal.firstGoal(log, journey);
        const Outcome outcome = goal.outcome(log, journey, dataEndMs, goalAt);
        if (outcome == Outcome::Open || !windowClosed(log, journey, goal, dataEndMs))
            return;
        const qsizetype inFlight = outcome == Outcome::Converted && goalAt >= 0
                                       ? goalAt
                                       : eventsInWindow(log, journey, goal);
        if (inFlight < 1)
            return; // converted at its first event: never in flight
        // A cut is looked at some time before the journey moved on: before its next event,
        // its goal event, the close of its window, or (without a window) the data's end.
        const auto& times = log.times();
        const qint64 lastChance =
            goalAt >= 0 && outcome == Outcome::Converted ? times[journey[goalAt]]
            : goal.windowMs && !goal.personOutcomes      ? times[journey.front()] + *goal.windowMs
                                                         : dataEndMs;
        SeededRandom random = journeyRandom(log, journey, seed);
        cuts.clear();
        observed.clear();
        const auto look = [&](qsizetype cut) {
            const qint64 from = times[journey[cut - 1]];
            const qint64 until = cut < inFlight ? times[journey[cut]] : lastChance;
            cuts.push_back(cut);
            observed.push_back(
                from + qint64(random.uniform() * double(std::max<qint64>(until - from, 0))));
        };
        if (everyPrefix) {
            for (qsizetype cut = 1; cut <= inFlight; ++cut)
                look(cut);
        } else {
            look(1 + qsizetype(random.uniform() * double(inFlight)));
        }
        appendJourney(rows, features, log, journey, cuts, observed,
                      outcome == Outcome::DroppedOff ? 1.0f : 0.0f);
    });
    return rows;
}

DropoffRows journeyRowsInFlight(const EventView& view, const Goal& goal, qint64 dataEndMs)
{
    const EventLog& log = view.log();
    const JourneyFeatures features(log);
    DropoffRows rows;
    rows.features = features.emptyTable();
    view.forEachJourney([&](const Journey& journey) {
        const qsizetype goalAt = goal.personOutcomes ? -1 : goal.firstGoal(log, journey);
        const Outcome outcome = goal.outcome(log, journey, dataEndMs, goalAt);
        const bool inFlight = outcome == Outcome::Open || (outcome == Outcome::DroppedOff &&
                                                           !goal.windowMs && !goal.personOutcomes);
        if (inFlight)
            appendJourney(rows, features, log, journey, {journey.size()}, {dataEndMs},
                          std::nullopt);
    });
    return rows;
}

DropoffModel trainDropoffModel(const EventView& view, const Goal& goal, const PeopleContext& people,
                               const DropoffModelOptions& options, Feedback* feedback)
{
    const EventLog& log = view.log();
    const qint64 dataEndMs =
        std::min(log.lastMs().value_or(0), view.filter().toMs.value_or(log.lastMs().value_or(0)));
    return trainDropoffModel(
        journeyRowsForTraining(view, goal, dataEndMs, options.everyPrefix, options.seed), log, goal,
        people, rfmSegmentsOf(view, goal), options, feedback);
}

DropoffModel trainDropoffModel(DropoffRows rows, const EventLog& log, const Goal& goal,
                               const PeopleContext& people,
                               const QHash<PersonIndex, QString>& segments,
                               const DropoffModelOptions& options, Feedback* feedback)
{
    const qsizetype journeyColumns = rows.features.columns.size();
    rows.features = sideBySide(
        rows.features, encodeAttributes(attributesOfRows(rows, people), people.outcomeAttribute));

    const std::vector<bool> test =
        heldOutRows(rows, options.split, options.testShare, options.seed);
    const DropoffRows rest = selectDropoffRows(rows, test, false);
    const DropoffRows tested = selectDropoffRows(rows, test, true);
    for (const DropoffRows* part : {&rest, &tested}) {
        const auto dropped = qint64(std::count(part->labels.begin(), part->labels.end(), 1.0f));
        const qint64 converted = qint64(part->labels.size()) - dropped;
        if (std::min(dropped, converted) < MinimumPerOutcome) {
            throw Error(
                Text::tr("the %1 journeys have %2 rows that dropped off and %3 that converted: "
                         "a model needs at least %4 of each (is the goal right?)")
                    .arg(part == &rest ? Text::tr("training") : Text::tr("held-out"))
                    .arg(dropped)
                    .arg(converted)
                    .arg(MinimumPerOutcome));
        }
    }

    BoostingParameters parameters = options.parameters;
    parameters.seed = options.seed;
    const auto dropped = double(std::count(rest.labels.begin(), rest.labels.end(), 1.0f));
    const double converted = double(rest.labels.size()) - dropped;
    if (options.balanceClasses &&
        std::min(dropped, converted) < RareShare * double(rest.labels.size()))
        parameters.positiveWeight = converted / dropped;
    const std::vector<bool> validation = heldOutRows(rest, options.split, 0.2, options.seed + 1);
    const DropoffRows fitted = selectDropoffRows(rest, validation, false);
    const DropoffRows checked = selectDropoffRows(rest, validation, true);
    const BoostedTrees model = BoostedTrees::train(fitted.features, fitted.labels, checked.features,
                                                   checked.labels, parameters, feedback);

    DropoffModel result;
    result.trainingJourneys = journeysIn(rest);
    result.trainingRows = qint64(rest.labels.size());
    result.testJourneys = journeysIn(tested);
    // Weighting shifts the probabilities, and early stopping can leave them shrunk: the
    // validation journeys set them right.
    const PlattScaling calibration =
        PlattScaling::fit(model.predict(checked.features), checked.labels);
    std::vector<float> predictions = model.predict(tested.features);
    for (float& p : predictions)
        p = calibration.apply(p);
    result.metrics = evaluateClassifier(tested.labels, predictions);
    result.subgroups =
        auditSubgroups(auditGroups(tested, log, segments, people), tested.labels, predictions);
    result.importance = featureImportance(model, tested.features);

    std::vector<int> stageOfRow;
    for (const int touchpoint : tested.lastTouchpoints)
        stageOfRow.push_back(log.touchpointStages()[size_t(touchpoint)]);
    result.touchpoints = riskByPlace(model, tested.features, predictions, tested.lastTouchpoints,
                                     log.touchpointNames(), &tested.labels);
    result.stages = riskByPlace(model, tested.features, predictions, stageOfRow, log.stageNames(),
                                &tested.labels);

    DropoffModelOptions described = options;
    described.parameters = parameters;
    result.stored.kind = QStringLiteral("dropoff");
    result.stored.target = QStringLiteral("drop-off");
    result.stored.features = rows.features.columns;
    result.stored.settings = settingsOf(described, log, goal, people);
    result.stored.settings.insert(QStringLiteral("journey_columns"), journeyColumns);
    result.stored.settings.insert(
        QStringLiteral("calibration"),
        QJsonObject{{QStringLiteral("slope"), calibration.slope},
                    {QStringLiteral("intercept"), calibration.intercept}});
    result.stored.settings.insert(QStringLiteral("rounds"), model.rounds());
    result.stored.settings.insert(QStringLiteral("training_rows"), result.trainingRows);
    result.stored.metrics = result.metrics.toJson();
    result.stored.metrics.insert(QStringLiteral("importance"), toJson(result.importance));
    result.stored.metrics.insert(QStringLiteral("subgroups"), toJson(result.subgroups));
    result.stored.metrics.insert(QStringLiteral("touchpoints"), toJson(result.touchpoints));
    result.stored.metrics.insert(QStringLiteral("stages"), toJson(result.stages));
    result.stored.booster = model.save();
    return result;
}

FeatureTable alignToModel(const DropoffRows& rows, const EventLog& log, const StoredModel& model,
                          const PeopleContext& people)
{
    const int journeyColumns = model.settings.value(QStringLiteral("journey_columns")).toInt();
    const FeatureTable attributes =
        model.features.size() > journeyColumns
            ? encodeAttributes(attributesOfRows(rows, people), people.outcomeAttribute, 30,
                               model.features.mid(journeyColumns))
            : FeatureTable();
    const FeatureTable current = sideBySide(rows.features, attributes);
    QHash<QString, int> currentColumn;
    for (int c = 0; c < current.columns.size(); ++c)
        currentColumn.insert(current.columns[c], c);

    // Category codes: this log's indices -> the model's.
    const auto codes = [](const QStringList& now, const QJsonValue& then) {
        QHash<QString, int> known;
        const QJsonArray names = then.toArray();
        for (int i = 0; i < names.size(); ++i)
            known.insert(names[i].toString(), i);
        std::vector<float> map;
        for (const QString& name : now)
            map.push_back(known.contains(name) ? float(known.value(name)) : std::nanf(""));
        return map;
    };
    const std::vector<float> touchpointCode =
        codes(log.touchpointNames(), model.settings.value(QStringLiteral("touchpoints")));
    const std::vector<float> channelCode =
        codes(log.channelNames(), model.settings.value(QStringLiteral("channels")));

    FeatureTable aligned;
    aligned.columns = model.features;
    const JourneyFeatures journeyFeatures(log);
    const FeatureTable kinds = journeyFeatures.emptyTable();
    aligned.categorical.assign(size_t(model.features.size()), false);
    std::vector<int> source;
    std::vector<const std::vector<float>*> recode;
    for (int c = 0; c < model.features.size(); ++c) {
        const QString& name = model.features[c];
        source.push_back(currentColumn.value(name, -1));
        const bool isCategory = kinds.columns.indexOf(name) >= 0 &&
                                kinds.categorical[size_t(kinds.columns.indexOf(name))];
        aligned.categorical[size_t(c)] = isCategory;
        recode.push_back(!isCategory                             ? nullptr
                         : name == QLatin1String("last channel") ? &channelCode
                                                                 : &touchpointCode);
    }
    const auto width = size_t(current.columns.size());
    aligned.values.reserve(size_t(current.rows()) * source.size());
    for (size_t row = 0; row < size_t(current.rows()); ++row) {
        const float* values = current.values.data() + row * width;
        for (size_t c = 0; c < source.size(); ++c) {
            float value = source[c] >= 0 ? values[source[c]] : std::nanf("");
            if (recode[c] && !std::isnan(value))
                value = (*recode[c])[size_t(value)];
            aligned.values.push_back(value);
        }
    }
    return aligned;
}

} // namespace journeyscope
