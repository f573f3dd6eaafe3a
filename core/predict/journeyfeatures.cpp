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
    const auto& sessions = log.sessions();

    JourneyPrefix prefix;
    prefix.visits.assign(size_t(log.touchpointNames().size()), 0.0f);
    prefix.channelEvents.assign(size_t(log.channelNames().size()), 0.0f);
    if (!journey.empty())
        prefix.firstMs = times[journey.front()];
    // Sessions in the order they start, with their events.
    std::vector<quint32> sessionIds;
    std::vector<qint64> sessionStarts;
    std::vector<qint64> sessionEvents;

    size_t next = 0;
    for (qsizetype i = 0; i < journey.size() && next < cuts.size(); ++i) {
        const quint32 event = journey[i];
        prefix.events = i + 1;
        prefix.previousMs = i > 0 ? std::optional<qint64>(prefix.lastMs) : std::nullopt;
        prefix.previousTouchpoint = i > 0 ? prefix.lastTouchpoint : -1;
        prefix.lastMs = times[event];
        prefix.lastTouchpoint = touchpoints[event];
        prefix.lastChannel = log.channels()[event];
        ++prefix.visits[touchpoints[event]];
        ++prefix.channelEvents[size_t(prefix.lastChannel)];
        if (const double amount = log.value(event); EventLog::hasValue(amount))
            prefix.value += amount;
        const auto seen = std::find(sessionIds.rbegin(), sessionIds.rend(), sessions[event]);
        if (seen == sessionIds.rend()) {
            sessionIds.push_back(sessions[event]);
            sessionStarts.push_back(times[event]);
            sessionEvents.push_back(1);
        } else {
            ++sessionEvents[size_t(sessionIds.rend() - seen) - 1];
        }
        const size_t count = sessionIds.size();
        prefix.sessions = qint64(count);
        prefix.lastSessionEvents = sessionEvents.back();
        prefix.firstSessionStartMs = sessionStarts.front();
        prefix.secondLastSessionStartMs = sessionStarts[count >= 2 ? count - 2 : 0];
        prefix.lastSessionStartMs = sessionStarts.back();

        for (; next < cuts.size() && cuts[next] == i + 1; ++next)
            appendRow(prefix, observedMs ? (*observedMs)[next] : times[event], table);
    }
}

void JourneyFeatures::appendRow(const JourneyPrefix& prefix, qint64 observedMs,
                                FeatureTable& table) const
{
    const EventLog& log = *m_log;
    const auto& stageOf = log.touchpointStages();
    const size_t width = size_t(m_columns.size());
    const float missing = std::nanf("");

    const size_t at = table.values.size();
    table.values.resize(at + width, 0.0f);
    float* row = table.values.data() + at;
    const qint64 count = prefix.sessions;
    row[Events] = float(prefix.events);
    row[Sessions] = float(count);
    row[DaysSinceFirst] = float(double(observedMs - prefix.firstMs) / double(MsPerDay));
    row[HoursSinceLast] = float(double(observedMs - prefix.lastMs) / MsPerHour);
    row[HoursSincePrevious] =
        prefix.previousMs ? float(double(prefix.lastMs - *prefix.previousMs) / MsPerHour) : missing;
    row[EventsInLastSession] = float(prefix.lastSessionEvents);
    row[SessionGapTrend] = missing;
    if (count >= 3) {
        const double earlier =
            double(prefix.secondLastSessionStartMs - prefix.firstSessionStartMs) /
            double(count - 2);
        if (earlier > 0)
            row[SessionGapTrend] = float(
                double(prefix.lastSessionStartMs - prefix.secondLastSessionStartMs) / earlier);
    }
    row[EngagementSpike] = missing;
    if (count >= 2) {
        const double earlier = double(prefix.events - prefix.lastSessionEvents);
        row[EngagementSpike] =
            float(double(prefix.lastSessionEvents) / (earlier / double(count - 1)));
    }
    // Visits give the intent and stage columns: the most to one touchpoint, the repeats,
    // the events in each stage and the highest stage reached.
    float mostVisits = 0;
    qint64 touchpointsSeen = 0;
    int stageReached = -1;
    float* stageEvents = row + m_firstStage;
    for (size_t t = 0; t < prefix.visits.size(); ++t) {
        const float visits = prefix.visits[t];
        if (visits <= 0)
            continue;
        mostVisits = std::max(mostVisits, visits);
        ++touchpointsSeen;
        if (const int stage = t < stageOf.size() ? stageOf[t] : -1; stage >= 0) {
            stageEvents[stage] += visits;
            stageReached = std::max(stageReached, stage);
        }
    }
    row[MostVisits] = mostVisits;
    row[RepeatVisits] = float(prefix.events - touchpointsSeen);
    row[ValueSoFar] = float(prefix.value);
    row[StageReached] = stageReached >= 0 ? float(stageReached) : missing;
    row[LastTouchpoint] = float(prefix.lastTouchpoint);
    row[PreviousTouchpoint] =
        prefix.previousTouchpoint >= 0 ? float(prefix.previousTouchpoint) : missing;
    row[LastChannel] = float(prefix.lastChannel);
    row[HourOfDay] = float((floorDiv(prefix.lastMs, qint64(MsPerHour)) % 24 + 24) % 24);
    row[Weekday] = float(((floorDiv(prefix.lastMs, MsPerDay) + 3) % 7 + 7) % 7);
    std::copy(prefix.visits.begin(), prefix.visits.end(), row + m_firstVisits);
    if (m_firstChannelShare >= 0) {
        for (size_t c = 1; c < prefix.channelEvents.size(); ++c)
            row[size_t(m_firstChannelShare) + c - 1] =
                prefix.channelEvents[c] / float(prefix.events);
    }
}

} // namespace journeyscope
