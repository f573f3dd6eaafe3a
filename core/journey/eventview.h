#pragma once

#include "core/journey/eventlog.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace journeyscope {

/// Whose events make one journey.
enum class JourneyScope {
    Customer, ///< all of a person's events
    Session,  ///< the events of one session
};

/// Which events of a log an analysis looks at. Filters narrow journeys; they never reorder.
struct EventFilter
{
    std::optional<qint64> fromMs; ///< inclusive
    std::optional<qint64> toMs;   ///< exclusive
    std::vector<quint8> channels; ///< channel indices to keep; empty: every channel
    /// People to keep (a segment, an attribute filter), sorted; null: everyone.
    std::shared_ptr<const std::vector<PersonIndex>> persons;
};

/// The events of one journey: their positions in the log, in time order.
class Journey
{
public:
    Journey(PersonIndex person, quint32 begin, qsizetype size)
        : m_person(person)
        , m_begin(begin)
        , m_size(size)
    {}
    Journey(PersonIndex person, const quint32* positions, qsizetype size)
        : m_person(person)
        , m_positions(positions)
        , m_size(size)
    {}

    PersonIndex person() const { return m_person; }
    qsizetype size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    /// Position in the log of the journey's \a i-th event.
    quint32 operator[](qsizetype i) const
    {
        return m_positions ? m_positions[i] : m_begin + quint32(i);
    }
    quint32 front() const { return (*this)[0]; }
    quint32 back() const { return (*this)[m_size - 1]; }

private:
    PersonIndex m_person;
    quint32 m_begin = 0;
    const quint32* m_positions = nullptr;
    qsizetype m_size;
};

/**
 * A log seen through a filter and a scope, without copying events: journeys are handed out
 * one by one as ranges of the log, or as lists of positions when a filter or the session
 * scope picks events out of a person's range.
 */
class EventView
{
public:
    explicit EventView(const EventLog& log, EventFilter filter = {},
                       JourneyScope scope = JourneyScope::Customer)
        : m_log(&log)
        , m_filter(std::move(filter))
        , m_scope(scope)
    {}

    const EventLog& log() const { return *m_log; }
    const EventFilter& filter() const { return m_filter; }
    JourneyScope scope() const { return m_scope; }

    /// Calls \a visit(const Journey&) for every non-empty journey, person by person.
    template <typename Visit> void forEachJourney(Visit&& visit) const
    {
        forEachJourney(std::forward<Visit>(visit), 0, PersonIndex(m_log->personCount()));
    }

    /// The first person of the second half of the log's events: where to split the people
    /// for two threads.
    PersonIndex middlePerson() const
    {
        if (m_log->personCount() == 0)
            return 0;
        const auto& begins = m_log->journeyBegins();
        const auto half = quint32(m_log->eventCount() / 2);
        return PersonIndex(std::upper_bound(begins.begin(), begins.end() - 1, half) -
                           begins.begin() - 1);
    }

    /// forEachJourney() for the people \a first to \a end (exclusive) only.
    template <typename Visit>
    void forEachJourney(Visit&& visit, PersonIndex first, PersonIndex end) const
    {
        std::vector<quint32> positions;
        std::vector<quint32> bySession;
        const auto& begins = m_log->journeyBegins();
        const auto visitPerson = [&](PersonIndex person) {
            quint32 begin = begins[person];
            quint32 end = begins[person + 1];
            const auto& times = m_log->times();
            if (m_filter.fromMs) {
                begin = quint32(
                    std::lower_bound(times.begin() + begin, times.begin() + end, *m_filter.fromMs) -
                    times.begin());
            }
            if (m_filter.toMs) {
                end = quint32(
                    std::lower_bound(times.begin() + begin, times.begin() + end, *m_filter.toMs) -
                    times.begin());
            }
            if (begin >= end)
                return;
            if (m_filter.channels.empty() && m_scope == JourneyScope::Customer) {
                visit(Journey(person, begin, end - begin));
                return;
            }
            positions.clear();
            const auto& channels = m_log->channels();
            for (quint32 i = begin; i < end; ++i) {
                if (m_filter.channels.empty() ||
                    std::find(m_filter.channels.begin(), m_filter.channels.end(), channels[i]) !=
                        m_filter.channels.end())
                    positions.push_back(i);
            }
            if (positions.empty())
                return;
            if (m_scope == JourneyScope::Customer) {
                visit(Journey(person, positions.data(), qsizetype(positions.size())));
                return;
            }
            // Sessions in the order they start; a session's events keep their time order.
            const auto& sessions = m_log->sessions();
            bySession = positions;
            std::stable_sort(bySession.begin(), bySession.end(),
                             [&](quint32 a, quint32 b) { return sessions[a] < sessions[b]; });
            std::vector<std::pair<quint32, size_t>> starts; // (first position, offset)
            for (size_t i = 0; i < bySession.size(); ++i) {
                if (i == 0 || sessions[bySession[i]] != sessions[bySession[i - 1]])
                    starts.push_back({bySession[i], i});
            }
            std::sort(starts.begin(), starts.end());
            for (const auto& [first, offset] : starts) {
                size_t stop = offset + 1;
                while (stop < bySession.size() &&
                       sessions[bySession[stop]] == sessions[bySession[offset]])
                    ++stop;
                visit(Journey(person, bySession.data() + offset, qsizetype(stop - offset)));
            }
        };
        if (m_filter.persons) {
            const auto& kept = *m_filter.persons;
            for (auto it = std::lower_bound(kept.begin(), kept.end(), first);
                 it != kept.end() && *it < end; ++it)
                visitPerson(*it);
        } else {
            for (PersonIndex person = first; person < end; ++person)
                visitPerson(person);
        }
    }

private:
    const EventLog* m_log;
    EventFilter m_filter;
    JourneyScope m_scope;
};

} // namespace journeyscope
