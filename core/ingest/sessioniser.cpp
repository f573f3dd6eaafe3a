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

Sessioniser::Keyed& Sessioniser::keyedAt(quint32 slot)
{
    while (slot / SlotsPerBlock >= m_keyedBlocks.size())
        m_keyedBlocks.push_back(std::make_unique<Keyed[]>(SlotsPerBlock));
    return m_keyedBlocks[slot / SlotsPerBlock][slot % SlotsPerBlock];
}

namespace {

quint64 keyHash(quint32 slot, std::string_view key)
{
    const quint64 hash =
        std::hash<std::string_view>{}(key) ^ (quint64(slot) * 0x9E3779B97F4A7C15ULL);
    return hash == 0 ? 1 : hash;
}

bool containsHash(const std::vector<quint64>& set, quint64 hash)
{
    if (set.empty())
        return false;
    for (size_t i = hash & (set.size() - 1); set[i] != 0; i = (i + 1) & (set.size() - 1)) {
        if (set[i] == hash)
            return true;
    }
    return false;
}

/// Adds \a hash to the open-addressing set (capacity a power of two, at most half full).
void insertHash(std::vector<quint64>& set, size_t& count, quint64 hash)
{
    if ((count + 1) * 2 > set.size()) {
        std::vector<quint64> grown(std::max<size_t>(1024, set.size() * 2), 0);
        for (const quint64 old : set) {
            if (old == 0)
                continue;
            size_t i = old & (grown.size() - 1);
            while (grown[i] != 0)
                i = (i + 1) & (grown.size() - 1);
            grown[i] = old;
        }
        set.swap(grown);
    }
    size_t i = hash & (set.size() - 1);
    for (; set[i] != 0; i = (i + 1) & (set.size() - 1)) {
        if (set[i] == hash)
            return;
    }
    set[i] = hash;
    ++count;
}

} // namespace

void Sessioniser::closeKeyed(quint32 slot, Keyed& keyed)
{
    insertHash(m_handedOut, m_handedOutCount, keyHash(slot, keyed.session.key));
    m_closed.push_back(std::move(keyed.session));
    keyed.session = SessionRow();
    keyed.active = false;
}

qint64 Sessioniser::addKeyed(quint32 slot, qint64 customerId, std::string_view key, qint64 timeMs)
{
    if (key.empty())
        return add(slot, customerId, timeMs);
    m_latestMs = std::max(m_latestMs, timeMs);
    Keyed& keyed = keyedAt(slot);
    if (keyed.active && keyed.session.key != key)
        closeKeyed(slot, keyed);
    if (!keyed.active) {
        // A session id that was handed out before: two rows will have to be joined.
        if (!keyed.split && containsHash(m_handedOut, keyHash(slot, key))) {
            keyed.split = true;
            m_splitKeyed.push_back(customerId);
        }
        keyed.active = true;
        keyed.session = SessionRow{m_nextId++, customerId, timeMs, timeMs, 0, std::string(key)};
    }
    SessionRow& session = keyed.session;
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
    for (size_t block = 0; block < m_keyedBlocks.size(); ++block) {
        for (quint32 i = 0; i < SlotsPerBlock; ++i) {
            Keyed& keyed = m_keyedBlocks[block][i];
            if (keyed.active)
                closeKeyed(quint32(block * SlotsPerBlock + i), keyed);
        }
    }
    // Hand them out in id order, as the writer likes them.
    std::sort(m_closed.begin(), m_closed.end(),
              [](const SessionRow& a, const SessionRow& b) { return a.id < b.id; });
}

} // namespace journeyscope
