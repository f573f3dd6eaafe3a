#pragma once

#include "core/store/eventbatch.h"

#include <QtGlobal>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace journeyscope {

/**
 * Cuts each customer's events into sessions while a file streams by.
 *
 * Without a session column, a new session starts when the gap to the customer's previous
 * event is strictly greater than the inactivity gap. That needs each customer's events in
 * time order; exports are usually sorted by time or by customer, and customers whose events
 * arrive out of order are listed in unorderedCustomers() so their sessions can be cut again
 * once all their events are known (their sessions here are provisional).
 * With a session column, events with the same (customer, session id) form one session in
 * any order; rows with a blank session id fall back to the inactivity rule.
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
    qint64 nextSessionId() const { return m_nextId; }

private:
    /// A customer's current session under the inactivity rule; compact because there is
    /// one per customer of the file.
    struct Open
    {
        qint64 id = 0;
        qint64 customerId = 0;
        qint64 startMs = 0;
        qint64 endMs = 0;
        qint32 events = 0;
        bool active = false;
        bool unordered = false;
    };
    void close(Open& open);

    qint64 m_gapMs;
    qint64 m_nextId;
    std::vector<Open> m_bySlot;
    std::unordered_map<std::string, SessionRow> m_keyed; ///< slot bytes + key
    std::vector<SessionRow> m_closed;
    std::vector<qint64> m_unordered;
};

} // namespace journeyscope
