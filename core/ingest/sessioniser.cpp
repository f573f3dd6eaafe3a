#include "core/ingest/sessioniser.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>

namespace journeyscope {

Sessioniser::Sessioniser(qint64 gapMs, qint64 firstSessionId)
    : m_gapMs(gapMs)
    , m_nextId(firstSessionId)
    , m_latestMs(std::numeric_limits<qint64>::min())
{}

qint64 Sessioniser::add(quint32 slot, qint64 customerId, qint64 timeMs)
{
    m_latestMs = std::max(m_latestMs, timeMs);
    Open& open = openAt(slot);
    if (open.active) {
        if (timeMs < open.endMs) {
            // Out of order: keep it in this session for now; the caller cuts again later.
            markUnordered(open);
            open.startMs = std::min(open.startMs, timeMs);
            ++open.events;
            return open.id;
        }
        if (timeMs - open.endMs <= m_gapMs) {
            open.endMs = timeMs;
            ++open.events;
            return open.id;
        }
        close(open);
    } else if (open.events > 0 && timeMs - open.endMs <= m_gapMs) {
        // The session was handed out because later times had been seen: out of order.
        markUnordered(open);
    }
    open.active = true;
    open.id = m_nextId++;
    open.customerId = customerId;
    open.startMs = open.endMs = timeMs;
    open.events = 1;
    m_deadlines.push_back({timeMs + m_gapMs, slot, open.id});
    std::push_heap(m_deadlines.begin(), m_deadlines.end(), std::greater<>());
    return open.id;
}

Sessioniser::Open& Sessioniser::openAt(quint32 slot)
{
    while (slot / SlotsPerBlock >= m_blocks.size())
        m_blocks.push_back(std::make_unique<Open[]>(SlotsPerBlock));
    return m_blocks[slot / SlotsPerBlock][slot % SlotsPerBlock];
}

void Sessioniser::markUnordered(Open& open)
{
    if (!open.unordered) {
        open.unordered = true;
        m_unordered.push_back(open.customerId);
    }
}

void Sessioniser::close(Open& open)
{
    m_closed.push_back(
        SessionRow{open.id, open.customerId, open.startMs, open.endMs, open.events, {}});
    open.active = false;
}

void Sessioniser::closeExpired()
{
    // Any later event of these customers would start a new session anyway.
    while (!m_deadlines.empty() && m_deadlines.front().atMs < m_latestMs) {
        std::pop_heap(m_deadlines.begin(), m_deadlines.end(), std::greater<>());
        const Deadline deadline = m_deadlines.back();
        m_deadlines.pop_back();
        Open& open = openAt(deadline.slot);
        if (!open.active || open.id != deadline.sessionId)
            continue; // already closed by a later event
        const qint64 at = open.endMs + m_gapMs;
        if (at < m_latestMs) {
            close(open);
        } else {
            m_deadlines.push_back({at, deadline.slot, open.id}); // it grew since
            std::push_heap(m_deadlines.begin(), m_deadlines.end(), std::greater<>());
        }
    }
}

qint64 Sessioniser::addKeyed(quint32 slot, qint64 customerId, std::string_view key, qint64 timeMs)
{
    if (key.empty())
        return add(slot, customerId, timeMs);
    std::string mapKey(sizeof slot + key.size(), '\0');
    std::memcpy(mapKey.data(), &slot, sizeof slot);
    std::memcpy(mapKey.data() + sizeof slot, key.data(), key.size());
    auto [it, inserted] = m_keyed.try_emplace(std::move(mapKey));
    SessionRow& session = it->second;
    if (inserted)
        session = SessionRow{m_nextId++, customerId, timeMs, timeMs, 0, std::string(key)};
    session.startMs = std::min(session.startMs, timeMs);
    session.endMs = std::max(session.endMs, timeMs);
    ++session.events;
    return session.id;
}

void Sessioniser::takeClosed(std::vector<SessionRow>& out)
{
    closeExpired();
    std::move(m_closed.begin(), m_closed.end(), std::back_inserter(out));
    m_closed.clear();
}

void Sessioniser::finish()
{
    for (const auto& block : m_blocks) {
        for (quint32 i = 0; i < SlotsPerBlock; ++i) {
            if (block[i].active)
                close(block[i]);
        }
    }
    m_deadlines.clear();
    for (auto& [key, session] : m_keyed)
        m_closed.push_back(std::move(session));
    m_keyed.clear();
    // Keyed sessions come out of a hash table; give them a stable order.
    std::sort(m_closed.begin(), m_closed.end(),
              [](const SessionRow& a, const SessionRow& b) { return a.id < b.id; });
}

} // namespace journeyscope
