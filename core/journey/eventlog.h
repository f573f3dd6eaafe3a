#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace journeyscope {

class Database;
class Feedback;
struct EventDictionaries;

/// A person of an EventLog: dense numbers 0 .. personCount() - 1.
using PersonIndex = quint32;

/**
 * The events of a project in memory, as columns (struct of arrays), sorted by person, then
 * time, then import order. A person is a customer after identity resolution: the events of
 * merged customers form one journey. People without analytics consent are not loaded.
 *
 * About 15 to 23 bytes an event: time (8), touchpoint (2), channel (1), session (4), and
 * the values, kept sparsely (12 bytes per event with a value) unless most events have one
 * (8 bytes per event); plus per person an offset (4) and the project's customer id (8).
 *
 * The log is immutable once built; analyses read it through an EventView, from any number
 * of threads.
 */
class EventLog
{
public:
    /// A value that means "no value".
    static constexpr double NoValue = std::numeric_limits<double>::quiet_NaN();
    static bool hasValue(double value) { return !std::isnan(value); }

    EventLog() = default;

    /// Loads every event of \a db in one pass. Throws Error; polls \a feedback. A project
    /// whose events live in a warehouse is refused: its events are read there.
    static EventLog load(const Database& db, Feedback* feedback = nullptr);
    /// A log without events: the names of \a db's stages, touchpoints and channels only.
    static EventLog loadNames(const Database& db);

    /**
     * Builds a log from events given one by one, for tests and for sources other than a
     * project. Sessions are cut by \a sessionGapMs (strictly greater starts a new one) unless
     * the events give session numbers.
     */
    class Builder
    {
    public:
        explicit Builder(qint64 sessionGapMs = 30 * 60 * 1000);
        /// A builder whose touchpoints, channels and stages start as \a names' (in their
        /// indices), so that rows made of the log fit models of that project.
        Builder(const EventLog& names, qint64 sessionGapMs);
        /// \a session < 0: cut by the gap.
        Builder& add(const QString& person, qint64 timeMs, const QString& touchpoint,
                     const QString& channel = {}, double value = NoValue, qint64 session = -1);
        /// Puts \a touchpoint in stage \a stage (stages are ordered as first named).
        Builder& setStage(const QString& touchpoint, const QString& stage);
        EventLog build() &&;

    private:
        struct Pending
        {
            qint32 person;
            qint64 timeMs;
            qint32 touchpoint;
            qint32 channel;
            double value;
            qint64 session;
        };
        qint64 m_gapMs;
        QStringList m_persons, m_touchpoints, m_channels{QString()}, m_stages;
        QHash<QString, qint32> m_personIndex;
        std::vector<std::pair<qint32, QString>> m_stageOf;
        std::vector<Pending> m_events;
    };

    qsizetype eventCount() const { return qsizetype(m_times.size()); }
    qsizetype personCount() const { return qsizetype(m_personIds.size()); }

    // Per event, in person, time, import order:
    const std::vector<qint64>& times() const { return m_times; }
    const std::vector<quint16>& touchpoints() const { return m_touchpoints; }
    /// 0: no channel; else an index into channelNames().
    const std::vector<quint8>& channels() const { return m_channels; }
    /// Dense session numbers; a session never spans two people.
    const std::vector<quint32>& sessions() const { return m_sessions; }
    /// The value of \a event, or NoValue when it has none.
    double value(quint32 event) const
    {
        if (!m_denseValues.empty())
            return m_denseValues[event];
        const auto it = std::lower_bound(m_valuedEvents.begin(), m_valuedEvents.end(), event);
        return it != m_valuedEvents.end() && *it == event
                   ? m_valueAmounts[size_t(it - m_valuedEvents.begin())]
                   : NoValue;
    }

    /// First event of each person, and eventCount() at the end: person p's events are
    /// [journeyBegins()[p], journeyBegins()[p + 1]).
    const std::vector<quint32>& journeyBegins() const { return m_journeyBegins; }
    /// The project's customer id of each person (the root after merges); 0 for built logs.
    const std::vector<qint64>& personIds() const { return m_personIds; }
    /// Keys of built logs (names given to the Builder); empty for loaded logs, whose keys
    /// are looked up by personIds() when a result names people.
    const QStringList& personKeys() const { return m_personKeys; }

    const QStringList& touchpointNames() const { return m_touchpointNames; }
    /// channelNames()[0] is "" (no channel).
    const QStringList& channelNames() const { return m_channelNames; }
    /// Stages in their order (Awareness, Consideration, ...).
    const QStringList& stageNames() const { return m_stageNames; }
    /// The stage of each touchpoint (index into stageNames()), or -1 when it has none.
    const std::vector<qint16>& touchpointStages() const { return m_touchpointStages; }

    std::optional<qint64> firstMs() const;
    std::optional<qint64> lastMs() const;
    /// People left out for lack of consent.
    qint64 peopleWithoutConsent() const { return m_peopleWithoutConsent; }

    /// Bytes held by the columns (capacity, names aside).
    qint64 memoryBytes() const;

    /// Index of the touchpoint named \a name, or -1.
    int touchpointIndex(QStringView name) const;
    int channelIndex(QStringView name) const;
    /// Events per touchpoint, by touchpoint index.
    std::vector<qint64> eventsPerTouchpoint() const;

private:
    /// Reads the stages, touchpoints and channels, and how the project's ids map to them.
    void readNames(const Database& db, EventDictionaries& dictionaries);
    /// Keeps \a values (one per event) densely or sparsely, whichever is smaller.
    void storeValues(std::vector<double>&& values);

    std::vector<qint64> m_times;
    std::vector<quint16> m_touchpoints;
    std::vector<quint8> m_channels;
    std::vector<quint32> m_sessions;
    /// Values: one per event when most events have one; else only those, by event.
    std::vector<double> m_denseValues;
    std::vector<quint32> m_valuedEvents;
    std::vector<double> m_valueAmounts;
    std::vector<quint32> m_journeyBegins{0};
    std::vector<qint64> m_personIds;
    QStringList m_personKeys;
    QStringList m_touchpointNames;
    QStringList m_channelNames{QString()};
    QStringList m_stageNames;
    std::vector<qint16> m_touchpointStages;
    qint64 m_peopleWithoutConsent = 0;
};

} // namespace journeyscope
