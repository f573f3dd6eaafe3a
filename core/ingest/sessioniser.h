#pragma once

#include "core/store/eventbatch.h"

#include <memory>
#include <QtGlobal>
#include <string>
#include <string_view>
#include <vector>

namespace journeyscope {

/**
 * Cuts each customer's events into sessions while a file streams by.
 *
 * Without a session column, a new session starts when the gap to the customer's previous
 * event is strictly greater than the inactivity gap. A session is closed (handed out by
 * takeClosed()) as soon as the latest time seen in the file is more than the gap past its
 * end, so sessions leave in about the order they were opened and memory holds only the
 * sessions still in progress.
 *
 * That needs each customer's events in time order; exports are usually sorted by time or
 * by customer. Customers whose events arrive out of order (earlier than their last event,
 * or within the gap of a session already handed out) are listed in unorderedCustomers() so
 * their sessions can be cut again once all their events are known (their sessions here are
 * provisional).
 * With a session column, a customer's events with the same session id form one session.
 * A session is handed out when its customer moves on to another session id; should that id
 * come back later (interleaved sessions), the customer is listed in splitKeyedCustomers()
 * so the pieces can be joined once the file is written. Memory holds one session per
 * customer and eight bytes per session handed out. Rows with a blank session id fall back
 * to the inactivity rule.
 *
 * Customers are addressed by a dense slot number (0, 1, 2, ...) chosen by the caller.
 */
class Sessioniser
{
public:
    Sessioniser(qint64 gapMs, qint64 firstSessionId);

    /// The session of an event at \a timeMs of the customer in \a slot.
    qint64 add(quint32 slot, qint64 customerId, qint64 timeMs);
    /// The session of an event with session id \a key (blank: add()).
    qint64 addKeyed(quint32 slot, qint64 customerId, std::string_view key, qint64 timeMs);

    /// Moves the sessions that can no longer grow into \a out.
    void takeClosed(std::vector<SessionRow>& out);
    /// Closes all sessions; takeClosed() then returns the rest.
    void finish();

    /// Customer ids whose events came out of time order (inactivity rule only).
    const std::vector<qint64>& unorderedCustomers() const { return m_unordered; }
    /// Customer ids with a session id that came back after another one (session column):
    /// they may have two sessions rows with one id, to be joined.
    const std::vector<qint64>& splitKeyedCustomers() const { return m_splitKeyed; }
    qint64 nextSessionId() const { return m_nextId; }

private:
    /// A customer's latest session under the inactivity rule; compact because there is
    /// one per customer of the file.
    struct Open
    {
        qint64 id = 0;
        qint64 customerId = 0;
        qint64 startMs = 0;
        qint64 endMs = 0;
        qint32 events = 0; ///< 0: the customer has no session yet
        bool active = false;
        bool unordered = false;
    };
    /// When a session may be closed: once the stream is past \a atMs.
    struct Deadline
    {
        qint64 atMs;
        quint32 slot;
        qint64 sessionId;
        bool operator>(const Deadline& other) const { return atMs > other.atMs; }
    };

    /// The state of \a slot, allocated in blocks so growing never copies the others.
    Open& openAt(quint32 slot);
    void markUnordered(Open& open);
    void close(Open& open);
    void closeExpired();

    qint64 m_gapMs;
    qint64 m_nextId;
    qint64 m_latestMs;
    static constexpr quint32 SlotsPerBlock = 65536;
    std::vector<std::unique_ptr<Open[]>> m_blocks;
    std::vector<Deadline> m_deadlines; ///< min-heap
    /// A customer's current session under its session column.
    struct Keyed
    {
        SessionRow session;
        bool active = false;
        bool split = false;
    };
    Keyed& keyedAt(quint32 slot);
    void closeKeyed(quint32 slot, Keyed& keyed);

    std::vector<std::unique_ptr<Keyed[]>> m_keyedBlocks;
    /// Hashes of (slot, session id) handed out: a set of 64-bit values, open addressing, 0
    /// empty. A false match only costs a check that finds nothing to join.
    std::vector<quint64> m_handedOut;
    size_t m_handedOutCount = 0;
    std::vector<qint64> m_splitKeyed;
    std::vector<SessionRow> m_closed;
    std::vector<qint64> m_unordered;
};

} // namespace journeyscope
