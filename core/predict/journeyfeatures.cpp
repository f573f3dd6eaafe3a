#include "core/predict/journeyfeatures.h"

#include <algorithm>
#include <cmath>

namespace journeyscope {

namespace {

constexpr double MsPerHour = 3600.0 * 1000;
constexpr qint64 MsPerDay = qint64(24) * 3600 * 1000;

/// The columns before the per-touchpoint, per-stage and per-channel ones, in order.
enum Fixed {
    Events,
    Sessions,
    DaysSinceFirst,
    HoursSinceLast,
    HoursSincePrevious,
    EventsInLastSession,
    SessionGapTrend,
    EngagementSpike,
    MostVisits,
    RepeatVisits,
    ValueSoFar,
    StageReached,
    LastTouchpoint,
    PreviousTouchpoint,
    LastChannel,
    HourOfDay,
    Weekday,
    FixedCount
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

JourneyFeatures::JourneyFeatures(const EventLog& log)
    : m_log(&log)
{
    m_columns = {QStringLiteral("events"),
                 QStringLiteral("sessions"),
                 QStringLiteral("days since first event"),
                 QStringLiteral("hours since last event"),
                 QStringLiteral("hours since previous event"),
                 QStringLiteral("events in last session"),
                 QStringLiteral("session gap trend"),
                 QStringLiteral("engagement spike"),
                 QStringLiteral("most visits to one touchpoint"),
                 QStringLiteral("repeat visits"),
                 QStringLiteral("value so far"),
                 QStringLiteral("stage reached"),
                 QStringLiteral("last touchpoint"),
                 QStringLiteral("previous touchpoint"),
                 QStringLiteral("last channel"),
                 QStringLiteral("hour of day"),
                 QStringLiteral("weekday")};
    m_categorical.assign(FixedCount, false);
    m_categorical[LastTouchpoint] = m_categorical[PreviousTouchpoint] = m_categorical[LastChannel] =
        true;
    m_lastTouchpoint = LastTouchpoint;
    m_firstVisits = int(m_columns.size());
    for (const QString& touchpoint : log.touchpointNames())
        m_columns.append(QStringLiteral("visits: ") + touchpoint);
    m_firstStage = int(m_columns.size());
    for (const QString& stage : log.stageNames())
        m_columns.append(QStringLiteral("stage: ") + stage);
    m_firstChannelShare = -1;
    if (log.channelNames().size() > 2) { // two channels besides "no channel"
        m_firstChannelShare = int(m_columns.size());
        for (qsizetype c = 1; c < log.channelNames().size(); ++c)
            m_columns.append(QStringLiteral("channel share: ") + log.channelNames()[c]);
    }
    m_categorical.resize(size_t(m_columns.size()), false);
}

FeatureTable JourneyFeatures::emptyTable() const
{
    FeatureTable table;
    table.columns = m_columns;
    table.categorical = m_categorical;
    return table;
}

void JourneyFeatures::appendRows(const Journey& journey, const std::vector<qsizetype>& cuts,
                                 FeatureTable& table, const std::vector<qint64>* observedMs) const
{
    const EventLog& log = *m_log;
    const auto& times = log.times();
    const auto& touchpoints = log.touchpoints();
    const auto& channels = log.channels();
    const auto& sessions = log.sessions();
    const auto& stageOf = log.touchpointStages();
    const size_t width = size_t(m_columns.size());
    const float missing = std::nanf("");

    std::vector<float> visits(size_t(log.touchpointNames().size()), 0.0f);
    std::vector<float> stageEvents(size_t(log.stageNames().size()), 0.0f);
    std::vector<float> channelEvents(size_t(log.channelNames().size()), 0.0f);
    // Sessions in the order they start (events come in time order).
    std::vector<quint32> sessionIds;
    std::vector<qint64> sessionStarts;
    std::vector<float> sessionEvents;
    float mostVisits = 0, repeats = 0;
    double value = 0;
    int stageReached = -1;

    size_t next = 0;
    for (qsizetype i = 0; i < journey.size() && next < cuts.size(); ++i) {
        const quint32 event = journey[i];
        const quint16 touchpoint = touchpoints[event];
        if (visits[touchpoint] > 0)
            ++repeats;
        mostVisits = std::max(mostVisits, ++visits[touchpoint]);
        if (const int stage = stageOf[touchpoint]; stage >= 0) {
            ++stageEvents[size_t(stage)];
            stageReached = std::max(stageReached, stage);
        }
        ++channelEvents[channels[event]];
        if (const double amount = log.value(event); EventLog::hasValue(amount))
            value += amount;
        const auto seen = std::find(sessionIds.rbegin(), sessionIds.rend(), sessions[event]);
        if (seen == sessionIds.rend()) {
            sessionIds.push_back(sessions[event]);
            sessionStarts.push_back(times[event]);
            sessionEvents.push_back(1);
        } else {
            ++sessionEvents[size_t(sessionIds.rend() - seen) - 1];
        }

        for (; next < cuts.size() && cuts[next] == i + 1; ++next) {
            const size_t at = table.values.size();
            table.values.resize(at + width, 0.0f);
            float* row = table.values.data() + at;
            const size_t count = sessionIds.size();
            row[Events] = float(i + 1);
            row[Sessions] = float(count);
            const qint64 observed = observedMs ? (*observedMs)[next] : times[event];
            row[DaysSinceFirst] =
                float(double(observed - times[journey.front()]) / double(MsPerDay));
            row[HoursSinceLast] = float(double(observed - times[event]) / MsPerHour);
            row[HoursSincePrevious] =
                i > 0 ? float(double(times[event] - times[journey[i - 1]]) / MsPerHour) : missing;
            row[EventsInLastSession] = sessionEvents.back();
            row[SessionGapTrend] = missing;
            if (count >= 3) {
                const double earlier =
                    double(sessionStarts[count - 2] - sessionStarts[0]) / double(count - 2);
                if (earlier > 0)
                    row[SessionGapTrend] = float(
                        double(sessionStarts[count - 1] - sessionStarts[count - 2]) / earlier);
            }
            row[EngagementSpike] = missing;
            if (count >= 2) {
                double earlier = 0;
                for (size_t s = 0; s + 1 < count; ++s)
                    earlier += sessionEvents[s];
                row[EngagementSpike] = float(sessionEvents.back() / (earlier / double(count - 1)));
            }
            row[MostVisits] = mostVisits;
            row[RepeatVisits] = repeats;
            row[ValueSoFar] = float(value);
            row[StageReached] = stageReached >= 0 ? float(stageReached) : missing;
            row[LastTouchpoint] = float(touchpoint);
            row[PreviousTouchpoint] = i > 0 ? float(touchpoints[journey[i - 1]]) : missing;
            row[LastChannel] = float(channels[event]);
            row[HourOfDay] = float((floorDiv(times[event], qint64(MsPerHour)) % 24 + 24) % 24);
            row[Weekday] = float(((floorDiv(times[event], MsPerDay) + 3) % 7 + 7) % 7);
            std::copy(visits.begin(), visits.end(), row + m_firstVisits);
            std::copy(stageEvents.begin(), stageEvents.end(), row + m_firstStage);
            if (m_firstChannelShare >= 0) {
                for (size_t c = 1; c < channelEvents.size(); ++c)
                    row[size_t(m_firstChannelShare) + c - 1] = channelEvents[c] / float(i + 1);
            }
        }
    }
}

} // namespace journeyscope
