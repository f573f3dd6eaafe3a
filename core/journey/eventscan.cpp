#include "core/journey/eventscan.h"

#include "core/base/error.h"
#include "core/base/feedback.h"
#include "core/store/database.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <optional>
#include <thread>

namespace journeyscope {

namespace {

constexpr int MaxConnections = 4;

// The times an import can write: the years 1 to 9999, in milliseconds since 1970. Analyses
// subtract times, which beyond these would overflow.
constexpr qint64 EarliestTimeMs = -62135596800000;
constexpr qint64 LatestTimeMs = 253402300799999;

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::EventScan)
};

/// Reads rows with \a from <= id < \a to. \a poll(rows so far) runs every 2^16 rows.
template <typename Poll>
ScannedEvents scanRange(const Database& db, const EventDictionaries& dictionaries, qint64 from,
                        qint64 to, Poll poll)
{
    ScannedEvents events;
    const auto expected = size_t(std::max<qint64>(to - from, 0));
    events.roots.reserve(expected);
    events.times.reserve(expected);
    events.touchpoints.reserve(expected);
    events.channels.reserve(expected);
    events.sessions.reserve(expected);
    events.values.reserve(expected);
    // Pages read in place, not copied through read(): a tenth of the scan.
    db.prepare("PRAGMA mmap_size = 1099511627776").step();
    Statement select = db.prepare("SELECT customer_id, ts, touchpoint_id, channel_id, "
                                  "session_id, value FROM events WHERE id >= ? AND id < ?");
    select.bind(1, from).bind(2, to);
    const auto& rootOf = dictionaries.rootOf;
    qint64 rows = 0;
    while (select.step()) {
        if ((++rows & 0xFFFF) == 0)
            poll(rows);
        const qint64 customer = select.columnInt(0);
        const qint64 root = size_t(customer) < rootOf.size() ? rootOf[size_t(customer)] : 0;
        if (root == 0)
            continue; // no consent
        // A reference to no touchpoint or channel can only come from a damaged file.
        const qint64 touchpoint = select.columnInt(2);
        const qint64 channel = select.columnInt(3); // a NULL channel reads as 0: no channel
        if (size_t(touchpoint) >= dictionaries.touchpointIndexOf.size() ||
            dictionaries.touchpointIndexOf[size_t(touchpoint)] < 0 ||
            size_t(channel) >= dictionaries.channelIndexOf.size() ||
            (channel != 0 && dictionaries.channelIndexOf[size_t(channel)] == 0))
            throw Error(Location(db.path(), 0, 0, QStringLiteral("events")),
                        Text::tr("the project file is damaged: an event refers to touchpoint %1 "
                                 "and channel %2, and one of them does not exist")
                            .arg(touchpoint)
                            .arg(channel));
        const qint64 time = select.columnInt(1);
        if (time < EarliestTimeMs || time > LatestTimeMs)
            throw Error(Location(db.path(), 0, 0, QStringLiteral("events")),
                        Text::tr("the project file is damaged: an event at %1 ms since 1970, "
                                 "outside the years 1 to 9999")
                            .arg(time));
        events.roots.push_back(quint32(root));
        events.times.push_back(time);
        events.touchpoints.push_back(quint16(dictionaries.touchpointIndexOf[size_t(touchpoint)]));
        events.channels.push_back(dictionaries.channelIndexOf[size_t(channel)]);
        events.sessions.push_back(quint32(select.columnInt(4)));
        events.values.push_back(select.isNull(5) ? std::nan("") : select.columnDouble(5));
    }
    return events;
}

template <typename T> void append(std::vector<T>& to, const std::vector<T>& from)
{
    to.insert(to.end(), from.begin(), from.end());
}

} // namespace

ScannedEvents scanEvents(const Database& db, const EventDictionaries& dictionaries,
                         Feedback* feedback, qint64 rowsPerConnection)
{
    const ReadTransaction transaction(db);
    // Two queries: SQLite finds a lone min() or max() of the rowid at once, both in one
    // query by a scan of the whole table.
    const std::optional<qint64> first = db.queryInt("SELECT min(id) FROM events");
    if (!first)
        return {};
    const qint64 end = db.queryInt("SELECT max(id) FROM events").value_or(*first) + 1;
    const int hardware = int(std::max(1u, std::thread::hardware_concurrency()));
    const int connections =
        int(std::clamp<qint64>((end - *first) / std::max<qint64>(rowsPerConnection, 1), 1,
                               std::min(hardware, MaxConnections)));
    const auto rangeStart = [&](int part) { return *first + (end - *first) * part / connections; };

    // Ranges 1.. on connections of their own; range 0 here, with progress.
    std::vector<ScannedEvents> parts(static_cast<size_t>(connections));
    std::vector<std::exception_ptr> failures(static_cast<size_t>(connections));
    std::atomic<bool> stop{false};
    std::vector<std::thread> workers;
    for (int part = 1; part < connections && !db.path().isEmpty(); ++part) {
        workers.emplace_back([&, part] {
            try {
                const Database own(db.path(), Database::Mode::ReadOnly);
                parts[size_t(part)] = scanRange(own, dictionaries, rangeStart(part),
                                                rangeStart(part + 1), [&](qint64) {
                                                    if (stop.load(std::memory_order_relaxed))
                                                        throw Canceled();
                                                });
            } catch (...) {
                failures[size_t(part)] = std::current_exception();
            }
        });
    }
    const auto joinWorkers = [&] {
        for (std::thread& worker : workers)
            worker.join();
        workers.clear();
    };
    const qint64 firstRange = rangeStart(1) - *first;
    try {
        parts[0] = scanRange(db, dictionaries, *first, rangeStart(1), [&](qint64 rows) {
            if (feedback) {
                feedback->checkCanceled();
                feedback->setProgress(double(rows) / double(std::max<qint64>(firstRange, 1)) /
                                          double(connections),
                                      rows * connections);
            }
        });
    } catch (...) {
        stop = true;
        joinWorkers();
        throw;
    }
    joinWorkers();
    for (int part = 1; part < connections; ++part) {
        if (failures[size_t(part)] || db.path().isEmpty()) {
            parts[size_t(part)] =
                scanRange(db, dictionaries, rangeStart(part), rangeStart(part + 1), [&](qint64) {
                    if (feedback)
                        feedback->checkCanceled();
                });
        }
    }

    size_t total = 0;
    for (const ScannedEvents& part : parts)
        total += part.size();
    ScannedEvents events = std::move(parts[0]);
    events.roots.reserve(total);
    events.times.reserve(total);
    events.touchpoints.reserve(total);
    events.channels.reserve(total);
    events.sessions.reserve(total);
    events.values.reserve(total);
    for (size_t part = 1; part < parts.size(); ++part) {
        append(events.roots, parts[part].roots);
        append(events.times, parts[part].times);
        append(events.touchpoints, parts[part].touchpoints);
        append(events.channels, parts[part].channels);
        append(events.sessions, parts[part].sessions);
        append(events.values, parts[part].values);
        parts[part] = {};
    }
    return events;
}

} // namespace journeyscope
