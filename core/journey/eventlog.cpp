#include "core/journey/eventlog.h"

#include "core/base/error.h"
#include "core/base/feedback.h"
#include "core/base/sidebyside.h"
#include "core/journey/eventscan.h"
#include "core/store/database.h"
#include "core/store/dictionarylimits.h"
#include "core/store/people.h"
#include "core/store/project.h"

#include <algorithm>
#include <numeric>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::EventLog)
};

/// The largest id a dictionary (customers, touchpoints, channels) of \a rows rows may use:
/// ids index arrays here, so a file with absurd ids is refused before they size an array.
/// Ids grow only by import, so a real project stays far below; erasure leaves gaps, hence
/// the slack.
qint64 largestSaneId(qint64 rows)
{
    return std::max<qint64>(rows * 16, qint64(1) << 26);
}

/// The rows of \a table; throws unless every id in it is between 1 and what largestSaneId
/// allows.
qint64 checkIds(const Database& db, const char* table)
{
    const qint64 rows = db.queryInt(std::string("SELECT count(*) FROM ") + table).value_or(0);
    const qint64 smallest = db.queryInt(std::string("SELECT min(id) FROM ") + table).value_or(1);
    const qint64 largest = db.queryInt(std::string("SELECT max(id) FROM ") + table).value_or(1);
    if (smallest < 1 || largest > largestSaneId(rows)) {
        throw Error(Location(db.path(), 0, 0, QString::fromLatin1(table)),
                    Text::tr("the project file is damaged: ids from %1 to %2 for %3 rows")
                        .arg(smallest)
                        .arg(largest)
                        .arg(rows));
    }
    return rows;
}

/// Applies \a order (new position -> old position) to \a column.
template <typename T> void permute(std::vector<T>& column, const std::vector<quint32>& order)
{
    std::vector<T> sorted(column.size());
    for (size_t i = 0; i < order.size(); ++i)
        sorted[i] = column[order[i]];
    column.swap(sorted);
}

} // namespace

EventLog EventLog::loadNames(const Database& db)
{
    EventLog log;
    const ReadTransaction transaction(db);
    EventDictionaries dictionaries;
    log.readNames(db, dictionaries);
    return log;
}

void EventLog::readNames(const Database& db, EventDictionaries& dictionaries)
{
    EventLog& log = *this;
    if (checkIds(db, "touchpoints") > MaxTouchpoints || checkIds(db, "channels") > MaxChannels) {
        throw Error(Location(db.path()),
                    Text::tr("the project holds more than %1 touchpoints or %2 channels")
                        .arg(MaxTouchpoints)
                        .arg(MaxChannels));
    }

    // Stages in their order, then touchpoints and channels by id.
    std::vector<qint64> stageIds;
    Statement stages = db.prepare("SELECT id, name FROM stages ORDER BY position, id");
    while (stages.step()) {
        stageIds.push_back(stages.columnInt(0));
        log.m_stageNames.append(stages.columnText(1));
    }
    auto& touchpointIndexOf = dictionaries.touchpointIndexOf;
    Statement touchpoints = db.prepare("SELECT id, name, stage_id FROM touchpoints ORDER BY id");
    while (touchpoints.step()) {
        const qint64 id = touchpoints.columnInt(0);
        if (size_t(id) >= touchpointIndexOf.size())
            touchpointIndexOf.resize(size_t(id) + 1, -1);
        touchpointIndexOf[size_t(id)] = qint32(log.m_touchpointNames.size());
        log.m_touchpointNames.append(touchpoints.columnText(1));
        const auto stage = std::find(stageIds.begin(), stageIds.end(), touchpoints.columnInt(2));
        log.m_touchpointStages.push_back(touchpoints.isNull(2) || stage == stageIds.end()
                                             ? qint16(-1)
                                             : qint16(stage - stageIds.begin()));
    }
    auto& channelIndexOf = dictionaries.channelIndexOf;
    channelIndexOf.assign(1, 0); // a NULL channel id reads as 0: no channel
    Statement channels = db.prepare("SELECT id, name FROM channels ORDER BY id");
    while (channels.step()) {
        const qint64 id = channels.columnInt(0);
        if (size_t(id) >= channelIndexOf.size())
            channelIndexOf.resize(size_t(id) + 1, 0);
        channelIndexOf[size_t(id)] = quint8(log.m_channelNames.size());
        log.m_channelNames.append(channels.columnText(1));
    }
}

EventLog EventLog::load(const Database& db, Feedback* feedback)
{
    EventLog log;
    const ReadTransaction transaction(db); // the dictionaries and the events agree
    if (Project::eventsInWarehouse(db)) {
        throw Error(Location(db.path()),
                    Text::tr("its events live in a database server; this needs them "
                             "imported"));
    }

    checkIds(db, "customers");
    EventDictionaries dictionaries;
    log.readNames(db, dictionaries);

    // Each customer's person: the root of its merge group; none without consent.
    const std::unordered_set<qint64> withoutConsent = people::withoutConsent(db);
    log.m_peopleWithoutConsent = qint64(withoutConsent.size());
    auto& rootOf = dictionaries.rootOf;
    Statement customers = db.prepare("SELECT id, coalesce(merged_into, id) FROM customers");
    while (customers.step()) {
        const qint64 id = customers.columnInt(0);
        if (size_t(id) >= rootOf.size())
            rootOf.resize(size_t(id) + 1, 0);
        const qint64 root = customers.columnInt(1);
        rootOf[size_t(id)] = withoutConsent.contains(root) ? 0 : root;
    }
    for (size_t id = 0; id < rootOf.size(); ++id) {
        if (rootOf[id] < 0 || size_t(rootOf[id]) >= rootOf.size()) {
            throw Error(Location(db.path(), 0, 0, QStringLiteral("customers")),
                        Text::tr("the project file is damaged: customer %1 is merged into %2, "
                                 "which cannot be")
                            .arg(id)
                            .arg(rootOf[id]));
        }
    }

    // Every event, in import order.
    ScannedEvents events = scanEvents(db, dictionaries, feedback);
    std::vector<quint32> count(rootOf.size() + 1, 0); // events per root
    for (const quint32 root : events.roots)
        ++count[root];

    // People numbered by root id; a counting sort groups their events, keeping import order.
    const auto people =
        size_t(std::count_if(count.begin(), count.end(), [](quint32 n) { return n > 0; }));
    log.m_personIds.reserve(people);
    log.m_journeyBegins.reserve(people + 1);
    quint32 position = 0;
    for (size_t root = 0; root < count.size(); ++root) {
        if (count[root] == 0)
            continue;
        log.m_personIds.push_back(qint64(root));
        log.m_journeyBegins.push_back(position + count[root]);
        const quint32 n = count[root];
        count[root] = position; // now: the next free position of this root
        position += n;
    }
    std::vector<quint32> order(events.size());
    for (quint32 i = 0; i < events.size(); ++i)
        order[count[events.roots[i]]++] = i;
    std::vector<quint32>().swap(events.roots);
    // The columns are independent: half of them on a second thread.
    runSideBySide(
        [&] {
            permute(events.sessions, order);
            permute(events.values, order);
        },
        [&] {
            permute(events.times, order);
            permute(events.touchpoints, order);
            permute(events.channels, order);
        });
    log.m_times = std::move(events.times);
    log.m_touchpoints = std::move(events.touchpoints);
    log.m_channels = std::move(events.channels);
    log.m_sessions = std::move(events.sessions);
    std::vector<double> values = std::move(events.values);

    // Time order within each journey; ties keep import order (stable). Exports are mostly
    // in time order already, so most journeys need nothing.
    std::vector<quint32> local;
    for (size_t person = 0; person + 1 < log.m_journeyBegins.size(); ++person) {
        const quint32 begin = log.m_journeyBegins[person];
        const quint32 end = log.m_journeyBegins[person + 1];
        if (std::is_sorted(log.m_times.begin() + begin, log.m_times.begin() + end))
            continue;
        local.resize(end - begin);
        std::iota(local.begin(), local.end(), begin);
        std::stable_sort(local.begin(), local.end(),
                         [&](quint32 a, quint32 b) { return log.m_times[a] < log.m_times[b]; });
        const auto apply = [&](auto& column) {
            using T = typename std::decay_t<decltype(column)>::value_type;
            std::vector<T> part(local.size());
            for (size_t i = 0; i < local.size(); ++i)
                part[i] = column[local[i]];
            std::copy(part.begin(), part.end(), column.begin() + begin);
        };
        apply(log.m_times);
        apply(log.m_touchpoints);
        apply(log.m_channels);
        apply(log.m_sessions);
        apply(values);
    }
    log.storeValues(std::move(values));
    return log;
}

void EventLog::storeValues(std::vector<double>&& values)
{
    const auto valued = size_t(std::count_if(values.begin(), values.end(), hasValue));
    // Dense costs 8 bytes an event, sparse 12 bytes an event with a value.
    if (valued * 12 >= values.size() * 8) {
        m_denseValues = std::move(values);
        m_denseValues.shrink_to_fit();
        return;
    }
    m_valuedEvents.reserve(valued);
    m_valueAmounts.reserve(valued);
    for (size_t event = 0; event < values.size(); ++event) {
        if (hasValue(values[event])) {
            m_valuedEvents.push_back(quint32(event));
            m_valueAmounts.push_back(values[event]);
        }
    }
}

qint64 EventLog::memoryBytes() const
{
    const auto bytes = [](const auto& column) {
        return qint64(column.capacity() * sizeof(column[0]));
    };
    return bytes(m_times) + bytes(m_touchpoints) + bytes(m_channels) + bytes(m_sessions) +
           bytes(m_denseValues) + bytes(m_valuedEvents) + bytes(m_valueAmounts) +
           bytes(m_journeyBegins) + bytes(m_personIds) + bytes(m_touchpointStages);
}

std::optional<qint64> EventLog::firstMs() const
{
    if (m_times.empty())
        return std::nullopt;
    return *std::min_element(m_times.begin(), m_times.end());
}

std::optional<qint64> EventLog::lastMs() const
{
    if (m_times.empty())
        return std::nullopt;
    return *std::max_element(m_times.begin(), m_times.end());
}

int EventLog::touchpointIndex(QStringView name) const
{
    for (int i = 0; i < m_touchpointNames.size(); ++i) {
        if (m_touchpointNames[i] == name)
            return i;
    }
    return -1;
}

std::vector<qint64> EventLog::eventsPerTouchpoint() const
{
    std::vector<qint64> events(size_t(m_touchpointNames.size()), 0);
    for (const quint16 touchpoint : m_touchpoints)
        ++events[touchpoint];
    return events;
}

int EventLog::channelIndex(QStringView name) const
{
    for (int i = 1; i < m_channelNames.size(); ++i) {
        if (m_channelNames[i] == name)
            return i;
    }
    return -1;
}

EventLog::Builder::Builder(qint64 sessionGapMs)
    : m_gapMs(sessionGapMs)
{}

EventLog::Builder::Builder(const EventLog& names, qint64 sessionGapMs)
    : m_gapMs(sessionGapMs)
    , m_touchpoints(names.touchpointNames())
    , m_channels(names.channelNames())
    , m_stages(names.stageNames())
{
    for (size_t t = 0; t < names.touchpointStages().size(); ++t) {
        if (const qint16 stage = names.touchpointStages()[t]; stage >= 0)
            m_stageOf.push_back({qint32(t), m_stages[stage]});
    }
}

EventLog::Builder& EventLog::Builder::add(const QString& person, qint64 timeMs,
                                          const QString& touchpoint, const QString& channel,
                                          double value, qint64 session)
{
    const auto indexIn = [](QStringList& names, const QString& name) {
        qsizetype index = names.indexOf(name);
        if (index < 0) {
            index = names.size();
            names.append(name);
        }
        return qint32(index);
    };
    auto personIt = m_personIndex.constFind(person);
    if (personIt == m_personIndex.cend()) {
        personIt = m_personIndex.insert(person, qint32(m_persons.size()));
        m_persons.append(person);
    }
    m_events.push_back({*personIt, timeMs, indexIn(m_touchpoints, touchpoint),
                        channel.isEmpty() ? 0 : indexIn(m_channels, channel), value, session});
    return *this;
}

EventLog::Builder& EventLog::Builder::setStage(const QString& touchpoint, const QString& stage)
{
    if (!m_stages.contains(stage))
        m_stages.append(stage);
    m_stageOf.push_back({qint32(m_touchpoints.indexOf(touchpoint)), stage});
    return *this;
}

EventLog EventLog::Builder::build() &&
{
    std::stable_sort(m_events.begin(), m_events.end(), [](const Pending& a, const Pending& b) {
        return a.person != b.person ? a.person < b.person : a.timeMs < b.timeMs;
    });
    EventLog log;
    log.m_touchpointNames = m_touchpoints;
    log.m_channelNames = m_channels;
    log.m_stageNames = m_stages;
    log.m_touchpointStages.assign(size_t(m_touchpoints.size()), -1);
    for (const auto& [touchpoint, stage] : m_stageOf) {
        if (touchpoint >= 0)
            log.m_touchpointStages[size_t(touchpoint)] = qint16(m_stages.indexOf(stage));
    }
    log.m_personKeys = m_persons;
    log.m_personIds.assign(size_t(m_persons.size()), 0);
    log.m_journeyBegins.assign(size_t(m_persons.size()) + 1, 0);
    std::vector<double> values;
    values.reserve(m_events.size());
    quint32 nextSession = 1;
    qint64 lastTime = 0;
    for (size_t i = 0; i < m_events.size(); ++i) {
        const Pending& event = m_events[i];
        const bool newPerson = i == 0 || m_events[i - 1].person != event.person;
        if (event.session >= 0)
            log.m_sessions.push_back(quint32(event.session));
        else if (newPerson || event.timeMs - lastTime > m_gapMs)
            log.m_sessions.push_back(nextSession++);
        else
            log.m_sessions.push_back(log.m_sessions.back());
        lastTime = event.timeMs;
        log.m_times.push_back(event.timeMs);
        log.m_touchpoints.push_back(quint16(event.touchpoint));
        log.m_channels.push_back(quint8(event.channel));
        values.push_back(event.value);
        ++log.m_journeyBegins[size_t(event.person) + 1];
    }
    std::partial_sum(log.m_journeyBegins.begin(), log.m_journeyBegins.end(),
                     log.m_journeyBegins.begin());
    log.storeValues(std::move(values));
    return log;
}

} // namespace journeyscope
