#pragma once

#include "core/journey/eventview.h"
#include "core/warehouse/warehousesource.h"

#include <optional>
#include <QByteArray>
#include <QList>
#include <QStringList>
#include <vector>

namespace journeyscope {

class Feedback;
class PgConnection;
struct Goal;

/// \a names as a PostgreSQL array literal ("{\"a\",\"b\"}"), every element quoted.
QByteArray arrayLiteral(const QStringList& names);

/// The integers of a PostgreSQL array in text form ("{3,1,NULL}"); -1 for NULL.
std::vector<qint64> integersOfArray(const QString& array);

/// The table \a name quoted, "schema"."table" when it names a schema ("schema.table").
QByteArray quotedTableName(const PgConnection& connection, const QString& name);

/// The time of the last event of \a source's table, in milliseconds. Throws Error.
qint64 lastEventMs(PgConnection& connection, const WarehouseSource& source,
                   Feedback* feedback = nullptr);

/// Which events of a warehouse table an analysis looks at (EventFilter, by name).
struct WarehouseFilter
{
    std::optional<qint64> fromMs; ///< inclusive
    std::optional<qint64> toMs;   ///< exclusive
    QStringList channels;         ///< empty: every channel
    /// Only these customers (a segment's or a persona's); nullopt: every customer.
    std::optional<QStringList> customers;
    /// Only customers with an event named in each of these lists, at any time (a
    /// touchpoint they went through, a stage they reached).
    QList<QStringList> visitedEvents;
    /// Only customers whose attribute (of the customers table) has one of the values,
    /// compared without regard to case: (attribute, values) pairs.
    QList<std::pair<QString, QStringList>> attributeValues;
};

/**
 * SQL over a warehouse source, built piece by piece: names are quoted by the server's
 * rules, and every value is a bound parameter ($1, $2, …) collected in parameters().
 */
class WarehouseQuery
{
public:
    WarehouseQuery(const PgConnection& connection, const WarehouseSource& source);

    /// Binds \a value; returns its placeholder.
    QByteArray bind(const QByteArray& value);
    QByteArray bind(qint64 value);
    /// Binds \a names as one text[]; returns "$n::text[]".
    QByteArray bindNames(const QStringList& names);
    /// Binds \a values in lower case as one text[], for "lower(x) = ANY(…)".
    QByteArray bindLowered(const QStringList& values);
    /// Binds \a values as one int[]; returns "$n::int[]".
    QByteArray bindIntegers(const std::vector<qint32>& values);

    /**
     * "ev AS (…)": the events \a filter keeps, one row each, with the columns person (the
     * customer), journey (the session within the customer for \a scope Session, else ''),
     * ts (milliseconds), event and channel (text; NULL without one), and with
     * \a withSessions session (the event's session, text), with \a withValues value (the
     * event's value; NULL without one). Within a journey, events are in the order of
     * journeyOrder().
     */
    QByteArray eventsCte(const WarehouseFilter& filter, JourneyScope scope,
                         bool withSessions = false, bool withValues = false);
    /// Events of one journey in time order; a table has no import order, so events at the
    /// same time are ordered by name (in code point order).
    static QByteArray journeyOrder() { return "ORDER BY ts, event"; }

    /**
     * "o AS (…)": each journey of \a numberedEvents (a relation with person, journey, ts,
     * event, pos: the event's place from 1 in journeyOrder(), and first_ts: the journey's
     * first time) with its outcome under \a goal as Goal::outcome() decides it, as of
     * \a dataEndMs: goal_at (the pos of its first goal event within the window; NULL
     * without) and outcome ('converted', 'dropped' or 'open'). \a touchpoints names the
     * goal's touchpoint indices. A goal of a customer attribute needs the source's customers
     * table; throws Error without one.
     */
    QByteArray outcomesCte(const QByteArray& numberedEvents, const Goal& goal,
                           const QStringList& touchpoints, qint64 dataEndMs);
    /**
     * "n AS (…), g AS (…), k AS (…)": the events of ev, each with its place in the journey
     * (pos), the journey's first time (first_ts), goal_at and outcome as outcomesCte() gives
     * them, by window functions only.
     */
    QByteArray eventsWithOutcomesCte(const Goal& goal, const QStringList& touchpoints,
                                     qint64 dataEndMs);
    /**
     * The parts of outcomesCte(), for queries that need them over a window: the aggregate
     * giving a journey's goal_at over rows with pos, ts, event and first_ts (add OVER for
     * a window), and the outcome of a journey from its \a goalAt and \a firstTs (or, for
     * a goal of a customer attribute, from the label of the row's person).
     */
    QByteArray goalAt(const Goal& goal, const QStringList& touchpoints);
    QByteArray outcome(const QByteArray& goalAt, const QByteArray& firstTs, const Goal& goal,
                       qint64 dataEndMs);
    /// Whether a row with ts, event and first_ts is a goal event within the goal's window
    /// (never, for a goal of a customer attribute).
    QByteArray isGoalEvent(const Goal& goal, const QStringList& touchpoints);
    /**
     * A relation of the customers table: person (the id, as text) and label (the value of
     * \a attribute as a user reads it; "" for none), one row per customer. Throws Error
     * when the source has no such attribute.
     */
    QByteArray customerLabels(const QString& attribute);
    /// Whether a row's person has one of \a values of \a attribute (without regard to case).
    QByteArray hasAttributeValue(const QString& attribute, const QStringList& values);
    /// A number in [0, 1) drawn from the MD5 of \a key (SQL text, which every
    /// PostgreSQL-compatible engine hashes alike): its first 52 bits over 2^52.
    static QByteArray uniformDraw(const QByteArray& key);
    /// Whether a row's person is among the \a share of customers drawn with \a seed: the
    /// same customers whichever query draws them.
    QByteArray drawnCustomer(double share, quint64 seed);
    /// The goal's window in milliseconds, bound, or NULL without one.
    QByteArray windowOf(const Goal& goal);

    /// The quoted table, "schema"."table" when it names a schema.
    QByteArray table() const { return m_table; }
    /// The quoted column \a name.
    QByteArray column(const QString& name) const;
    /// The time column in milliseconds since 1970 UTC, as SQL.
    QByteArray timeMillis() const;

    const QList<QByteArray>& parameters() const { return m_parameters; }

private:
    const PgConnection& m_connection;
    const WarehouseSource& m_source;
    QByteArray m_table;
    QList<QByteArray> m_parameters;
};

} // namespace journeyscope
