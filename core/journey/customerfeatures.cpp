#include "core/journey/customerfeatures.h"

#include <algorithm>

namespace journeyscope {

CustomerFeatures computeCustomerFeatures(const EventView& view, const Goal& goal,
                                         std::optional<qint64> dataEndMs)
{
    const EventLog& log = view.log();
    CustomerFeatures features;
    features.channelNames = log.channelNames();
    features.touchpointNames = log.touchpointNames();
    if (dataEndMs) {
        features.dataEndMs = *dataEndMs;
    } else {
        features.dataEndMs = log.lastMs().value_or(0);
        if (view.filter().toMs && *view.filter().toMs < features.dataEndMs)
            features.dataEndMs = *view.filter().toMs;
    }
    const size_t channelCount = size_t(log.channelNames().size());
    features.channelEvents.resize(channelCount);

    const auto& times = log.times();
    const auto& touchpoints = log.touchpoints();
    const auto& channels = log.channels();
    const auto& sessions = log.sessions();
    const auto& stages = log.touchpointStages();
    constexpr double MsPerDay = 24.0 * 3600.0 * 1000.0;

    const size_t expected =
        view.filter().persons ? view.filter().persons->size() : size_t(log.personCount());
    features.persons.reserve(expected);
    features.recencyDays.reserve(expected);
    features.frequency.reserve(expected);
    features.monetary.reserve(expected);
    features.journeyLength.reserve(expected);
    features.stageReached.reserve(expected);
    features.secondsToConvert.reserve(expected);
    features.outcomes.reserve(expected);
    features.lastTouchpoints.reserve(expected);
    features.openingPaths.reserve(expected);
    for (auto& column : features.channelEvents)
        column.reserve(expected);

    std::vector<quint32> counts(channelCount);
    std::vector<quint32> sessionScratch;
    const EventView people(log, view.filter(), JourneyScope::Customer);
    people.forEachJourney([&](const Journey& journey) {
        std::fill(counts.begin(), counts.end(), 0);
        double monetary = 0;
        qint16 stage = -1;
        quint32 sessionCount = 0;
        bool sessionsInOrder = true;
        OpeningPath opening;
        for (qsizetype i = 0; i < journey.size(); ++i) {
            const quint32 e = journey[i];
            ++counts[channels[e]];
            if (const double value = log.value(e); EventLog::hasValue(value))
                monetary += value;
            const quint16 touchpoint = touchpoints[e];
            opening.add(touchpoint);
            if (touchpoint < stages.size())
                stage = std::max(stage, stages[touchpoint]);
            if (i == 0 || sessions[e] != sessions[journey[i - 1]]) {
                ++sessionCount;
                if (i > 0 && sessions[e] < sessions[journey[i - 1]])
                    sessionsInOrder = false;
            }
        }
        // Merged customers' sessions can interleave: count distinct numbers then.
        if (!sessionsInOrder) {
            sessionScratch.resize(size_t(journey.size()));
            for (qsizetype i = 0; i < journey.size(); ++i)
                sessionScratch[size_t(i)] = sessions[journey[i]];
            std::sort(sessionScratch.begin(), sessionScratch.end());
            sessionCount = quint32(std::unique(sessionScratch.begin(), sessionScratch.end()) -
                                   sessionScratch.begin());
        }

        const qsizetype goalAt = goal.firstGoal(log, journey);
        features.persons.push_back(journey.person());
        features.recencyDays.push_back(double(features.dataEndMs - times[journey.back()]) /
                                       MsPerDay);
        features.frequency.push_back(sessionCount);
        features.monetary.push_back(monetary);
        features.journeyLength.push_back(quint32(journey.size()));
        features.stageReached.push_back(stage);
        features.secondsToConvert.push_back(
            goalAt < 0 ? EventLog::NoValue
                       : double(times[journey[goalAt]] - times[journey.front()]) / 1000.0);
        features.outcomes.push_back(goal.outcome(log, journey, features.dataEndMs, goalAt));
        for (size_t c = 0; c < channelCount; ++c)
            features.channelEvents[c].push_back(counts[c]);
        features.lastTouchpoints.push_back(touchpoints[journey.back()]);
        features.openingPaths.push_back(opening);
    });
    return features;
}

} // namespace journeyscope
