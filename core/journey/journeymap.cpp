#include "core/journey/journeymap.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QHashFunctions>
#include <unordered_map>

namespace journeyscope {

namespace {

constexpr double MsPerDay = 24.0 * 3600 * 1000;

double medianOf(std::vector<double>& values)
{
    if (values.empty())
        return MapStage::NaN;
    const size_t middle = (values.size() - 1) / 2; // nearest rank: the lower middle
    std::nth_element(values.begin(), values.begin() + qsizetype(middle), values.end());
    return values[middle];
}

struct ActionKeyHash
{
    size_t operator()(const ActionKey& key) const { return qHashRange(key.begin(), key.end()); }
};

/// The most common actions of \a counts, as MapStage::actions wants them.
std::vector<MapAction> topActions(const std::vector<std::pair<ActionKey, qint64>>& counts,
                                  const EventLog& log)
{
    std::vector<MapAction> actions;
    for (const auto& [key, journeys] : counts) {
        MapAction action;
        for (size_t i = 0; i < key.size() && i < size_t(MapAction::MaxSteps); ++i)
            action.steps.append(log.touchpointNames()[key[i]]);
        action.more = key.size() > size_t(MapAction::MaxSteps);
        action.journeys = journeys;
        actions.push_back(std::move(action));
    }
    std::sort(actions.begin(), actions.end(), [](const MapAction& a, const MapAction& b) {
        if (a.journeys != b.journeys)
            return a.journeys > b.journeys;
        if (a.steps != b.steps)
            return a.steps < b.steps;
        return a.more < b.more;
    });
    if (actions.size() > 3)
        actions.resize(3);
    return actions;
}

} // namespace

QString emotionColumn(const QStringList& attributeNames)
{
    for (const char* kind : {"csat", "nps", "satisfaction", "sentiment", "emotion"}) {
        for (const QString& name : attributeNames) {
            if (name.contains(QLatin1String(kind), Qt::CaseInsensitive))
                return name;
        }
    }
    return {};
}

JourneyMapData buildJourneyMap(const EventView& view, const Goal& goal,
                               const std::vector<double>& emotionOfPerson)
{
    const EventLog& log = view.log();
    const auto stageCount = size_t(log.stageNames().size());
    const size_t noStage = stageCount; // the column of touchpoints without a stage
    const auto touchpointCount = size_t(log.touchpointNames().size());
    const auto channelCount = size_t(log.channelNames().size());
    const qint64 dataEnd =
        std::min(log.lastMs().value_or(0), view.filter().toMs.value_or(log.lastMs().value_or(0)));

    JourneyMapCounts counts(log);
    std::vector<double> emotionSum(stageCount + 1, 0);
    std::vector<qint64> emotionCount(stageCount + 1, 0);
    std::vector<std::vector<double>> daysInStage(stageCount + 1);
    std::vector<std::unordered_map<ActionKey, qint64, ActionKeyHash>> actionCounts(stageCount + 1);
    std::vector<ActionKey> firstVisit(stageCount + 1);

    std::vector<qint64> firstIn(stageCount + 1), lastIn(stageCount + 1);
    std::vector<bool> seenStage(stageCount + 1), seenTouchpoint(touchpointCount);
    view.forEachJourney([&](const Journey& journey) {
        ++counts.journeys;
        const Outcome outcome = goal.outcome(log, journey, dataEnd);
        counts.converted += outcome == Outcome::Converted;
        std::fill(seenStage.begin(), seenStage.end(), false);
        std::fill(seenTouchpoint.begin(), seenTouchpoint.end(), false);
        size_t visiting = stageCount + 1; // the column of the event before; none yet
        bool recording = false;           // that column's first visit is being recorded
        for (qsizetype i = 0; i < journey.size(); ++i) {
            const quint32 event = journey[i];
            const quint16 touchpoint = log.touchpoints()[event];
            ++counts.touchpointEvents[touchpoint];
            ++counts.channelEvents[touchpoint * channelCount + log.channels()[event]];
            if (!seenTouchpoint[touchpoint]) {
                seenTouchpoint[touchpoint] = true;
                ++counts.touchpointJourneys[touchpoint];
            }
            const int stage = log.touchpointStages()[touchpoint];
            const size_t column = stage >= 0 ? size_t(stage) : noStage;
            const qint64 time = log.times()[event];
            if (column != visiting) {
                visiting = column;
                recording = !seenStage[column];
                if (recording)
                    firstVisit[column].clear();
            }
            ActionKey& steps = firstVisit[column];
            if (recording && steps.size() <= size_t(MapAction::MaxSteps) &&
                (steps.empty() || steps.back() != touchpoint)) {
                steps.push_back(touchpoint);
            }
            if (!seenStage[column]) {
                seenStage[column] = true;
                firstIn[column] = time;
            }
            lastIn[column] = time;
        }
        const double emotion = journey.person() < emotionOfPerson.size()
                                   ? emotionOfPerson[journey.person()]
                                   : MapStage::NaN;
        for (size_t column = 0; column <= stageCount; ++column) {
            if (!seenStage[column])
                continue;
            ++counts.stageJourneys[column];
            ++actionCounts[column][firstVisit[column]];
            if (outcome != Outcome::Open) {
                ++counts.stageKnown[column];
                counts.stageConverted[column] += outcome == Outcome::Converted;
            }
            daysInStage[column].push_back(double(lastIn[column] - firstIn[column]) / MsPerDay);
            if (!std::isnan(emotion)) {
                emotionSum[column] += emotion;
                ++emotionCount[column];
            }
        }
    });

    for (size_t column = 0; column <= stageCount; ++column) {
        counts.medianDaysInStage[column] = medianOf(daysInStage[column]);
        for (const auto& [key, journeys] : actionCounts[column])
            counts.actions[column].push_back({key, journeys});
        if (emotionCount[column] > 0)
            counts.emotion[column] = emotionSum[column] / double(emotionCount[column]);
    }
    return presentJourneyMap(log, std::move(counts));
}

JourneyMapCounts::JourneyMapCounts(const EventLog& names)
{
    const auto columns = size_t(names.stageNames().size()) + 1;
    const auto touchpoints = size_t(names.touchpointNames().size());
    touchpointEvents.assign(touchpoints, 0);
    touchpointJourneys.assign(touchpoints, 0);
    channelEvents.assign(touchpoints * size_t(names.channelNames().size()), 0);
    stageJourneys.assign(columns, 0);
    stageKnown.assign(columns, 0);
    stageConverted.assign(columns, 0);
    medianDaysInStage.assign(columns, MapStage::NaN);
    emotion.assign(columns, MapStage::NaN);
    actions.resize(columns);
}

JourneyMapData presentJourneyMap(const EventLog& names, JourneyMapCounts counts)
{
    const EventLog& log = names;
    const auto stageCount = size_t(log.stageNames().size());
    const size_t noStage = stageCount;
    const auto touchpointCount = size_t(log.touchpointNames().size());
    const auto channelCount = size_t(log.channelNames().size());
    JourneyMapData map;
    map.journeys = counts.journeys;
    map.converted = counts.converted;
    for (size_t column = 0; column <= stageCount; ++column) {
        MapStage stage;
        stage.name = column < stageCount
                         ? log.stageNames()[qsizetype(column)]
                         : QCoreApplication::translate("journeyscope::JourneyMap", "(no stage)");
        for (size_t t = 0; t < touchpointCount; ++t) {
            const int of = log.touchpointStages()[t];
            if ((of >= 0 ? size_t(of) : noStage) != column || counts.touchpointEvents[t] == 0)
                continue;
            MapTouchpoint touchpoint;
            touchpoint.name = log.touchpointNames()[qsizetype(t)];
            touchpoint.events = counts.touchpointEvents[t];
            touchpoint.customers = counts.touchpointJourneys[t];
            const auto* events = counts.channelEvents.data() + t * channelCount;
            const auto top = std::max_element(events + 1, events + channelCount) - events;
            if (channelCount > 1 && events[top] > 0)
                touchpoint.mainChannel = log.channelNames()[qsizetype(top)];
            stage.touchpoints.push_back(touchpoint);
        }
        std::sort(stage.touchpoints.begin(), stage.touchpoints.end(),
                  [](const MapTouchpoint& a, const MapTouchpoint& b) {
                      return a.customers != b.customers ? a.customers > b.customers
                                                        : a.name < b.name;
                  });
        // "(no stage)" only when some touchpoint has no stage.
        if (column == noStage && stage.touchpoints.empty())
            continue;
        stage.customers = counts.stageJourneys[column];
        if (counts.stageKnown[column] > 0) {
            stage.conversion =
                double(counts.stageConverted[column]) / double(counts.stageKnown[column]);
        }
        stage.medianDaysInStage = counts.medianDaysInStage[column];
        stage.actions = topActions(counts.actions[column], log);
        stage.emotion = counts.emotion[column];
        map.stages.push_back(std::move(stage));
    }
    return map;
}

} // namespace journeyscope
