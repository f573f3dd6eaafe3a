#include "core/ingest/sessioniser.h"

#include <algorithm>
#include <cstring>

namespace journeyscope {

Sessioniser::Sessioniser(qint64 gapMs, qint64 firstSessionId)
    : m_gapMs(gapMs)
    , m_nextId(firstSessionId)
{
}

qint64 Sessioniser::add(quint32 slot, qint64 customerId, qint64 timeMs)
{
    if (slot >= m_bySlot.size())
        m_bySlot.resize(std::max<size_t>(slot + 1, m_bySlot.size() * 3 / 2));
    Open& open = m_bySlot[slot];
    if (open.active) {
        if (timeMs < open.endMs) {
            // Out of order: keep it in this session for now; the caller cuts again later.
            if (!open.unordered) {
                open.unordered = true;
                m_unordered.push_back(customerId);
            }
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
    }
    open.active = true;
    open.id = m_nextId++;
    open.customerId = customerId;
    open.startMs = open.endMs = timeMs;
    open.events = 1;
    return open.id;
}

void Sessioniser::close(Open& open)
{
    m_closed.push_back(SessionRow{open.id, open.customerId, open.startMs, open.endMs,
                                     open.events, {}});
    open.active = false;
}

qint64 Sessioniser::addKeyed(quint32 slot, qint64 customerId, std::string_view key,
                             qint64 timeMs)
{
    if (key.empty())
        return add(slot, customerId, timeMs);
    std::string mapKey(sizeof slot + key.size(), '\0');
    std::memcpy(mapKey.data(), &slot, sizeof slot);
    std::memcpy(mapKey.data() + sizeof slot, key.data(), key.size());
    auto [it, inserted] = m_keyed.try_emplace(std::move(mapKey));
    SessionRow& session = it->second;
    if (inserted) {
        session = SessionRow{m_nextId++, customerId, timeMs, timeMs, 0, std::string(key)};
    }
    session.startMs = std::min(session.startMs, timeMs);
    session.endMs = std::max(session.endMs, timeMs);
    ++session.events;
    return session.id;
}

void Sessioniser::takeClosed(std::vector<SessionRow>& out)
{
    std::move(m_closed.begin(), m_closed.end(), std::back_inserter(out));
    m_closed.clear();
}

void Sessioniser::finish()
{
    for (Open& open : m_bySlot) {
        if (open.active)
            close(open);
    }
    for (auto& [key, session] : m_keyed)
        m_closed.push_back(std::move(session));
    m_keyed.clear();
    // Keyed sessions come out of a hash table; give them a stable order.
    std::sort(m_closed.begin(), m_closed.end(),
              [](const SessionRow& a, const SessionRow& b) { return a.id < b.id; });
}

} // namespace journeyscope
