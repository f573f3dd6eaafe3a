#include "core/warehouse/warehousefriction.h"

#include "core/base/error.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"

#include <QCoreApplication>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::WarehouseFriction)
};

/// The counts by unit of one grouping: \a unit is an event's unit (NULL: none), \a before
/// the unit of the event before it, \a returned whether the event comes back to its unit
/// after an event elsewhere. Rows: kind "unit" or "from", the grouping, the unit, six
/// counts and a median.
QByteArray groupingCounts(const QByteArray& name, const QByteArray& unit, const QByteArray& before,
                          const QByteArray& returned)
{
    const QByteArray journeys = "count(DISTINCT (person, journey))";
    const QByteArray median = "percentile_cont(0.5) WITHIN GROUP (ORDER BY gap) FILTER (WHERE "
                              "timed)";
    return " UNION ALL SELECT 'unit', '" + name + "', (" + unit + ")::text, count(*), " +
           "count(*) FILTER (WHERE repeat), " + journeys + ", " + journeys +
           " FILTER (WHERE outcome = 'open'), " + journeys + " FILTER (WHERE " + returned +
           "), count(*) FILTER (WHERE last AND outcome = 'dropped'), " + median + " FROM x WHERE " +
           unit + " IS NOT NULL GROUP BY " + unit + " UNION ALL SELECT 'from', '" + name + "', (" +
           before +
           ")::text, count(*) FILTER (WHERE staged), count(*) FILTER (WHERE staged AND stage < "
           "prev_stage), count(*) FILTER (WHERE timed), 0, 0, 0, " +
           median + " FROM x WHERE pos > 1 AND " + before + " IS NOT NULL GROUP BY " + before;
}

/// A stage-by-channel cell of an event, of \a stage and \a channel (NULL outside any).
QByteArray cellOf(const QByteArray& stage, const QByteArray& channel)
{
    return "CASE WHEN " + stage + " IS NOT NULL AND " + channel + " IS NOT NULL THEN " + stage +
           " || '|' || " + channel + " END";
}

/// What the friction query counts: the report's units and, when asked, stage-by-channel
/// cells (row after row, as FrictionMatrix holds them).
struct WarehouseFrictionCounts
{
    FrictionCounts counts;
    std::vector<FrictionUnitCounts> cells;
    QStringList stageNames;
    QStringList channels;
};

WarehouseFrictionCounts countFriction(PgConnection& connection, const WarehouseSource& source,
                                      const EventLog& names, const WarehouseFilter& filter,
                                      JourneyScope scope, const Goal& goal,
                                      const FrictionOptions& options, bool withCells,
                                      Feedback* feedback)
{
    WarehouseQuery query(connection, source);
    const QStringList& touchpoints = names.touchpointNames();
    const QStringList stageNames = options.stages ? options.stages->stages : names.stageNames();
    std::vector<qint32> stageOf;
    for (qsizetype t = 0; t < touchpoints.size(); ++t) {
        qint32 stage =
            size_t(t) < names.touchpointStages().size() ? names.touchpointStages()[size_t(t)] : -1;
        if (options.stages) {
            const QString name = options.stages->stageOfTouchpoint(touchpoints[t]);
            stage = name.isEmpty() ? -1 : qint32(stageNames.indexOf(name));
        }
        stageOf.push_back(stage);
    }

    // The end of the data, for open journeys: the table's last event, or the filter's end.
    qint64 dataEnd = 0;
    if (options.dataEndMs) {
        dataEnd = *options.dataEndMs;
    } else {
        dataEnd = lastEventMs(connection, source, feedback);
        if (filter.toMs)
            dataEnd = std::min(dataEnd, *filter.toMs - 1);
    }

    const QByteArray events = query.eventsCte(filter, scope, true);
    const QByteArray journey = "PARTITION BY person, journey";
    const QByteArray sql =
        "WITH " + events + ", st AS (SELECT * FROM unnest(" + query.bindNames(touchpoints) + ", " +
        query.bindIntegers(stageOf) +
        ") AS st(name, stage))"
        // Each event with its position, the event before it, and what it repeats.
        ", e AS (SELECT *, lag(ts) OVER w AS prev_ts, lag(session) OVER w AS prev_session, "
        "lag(stage) OVER w AS prev_stage, lag(event) OVER w AS prev_event, lag(channel) OVER w "
        "AS prev_channel, lead(ts) OVER w IS NULL AS last, row_number() OVER w AS pos, min(ts) "
        "OVER (" +
        journey + ") AS first_ts, max(stage) OVER (" + journey +
        ") AS latest_stage, row_number() OVER (" + journey + ", event " +
        WarehouseQuery::journeyOrder() +
        ") > 1 AS repeat FROM (SELECT ev.*, st.name IS NOT NULL AS known, CASE WHEN st.stage >= "
        "0 THEN st.stage END AS stage FROM ev LEFT JOIN st ON st.name = ev.event) AS staged "
        "WINDOW w AS (" +
        journey + " " + WarehouseQuery::journeyOrder() +
        "))"
        // Each journey's outcome, as Goal::outcome() decides it.
        ", " +
        query.outcomesCte("e", goal, touchpoints, dataEnd) +
        // Moves between staged events up to the first goal event; gaps within a session;
        // returns to a unit after an event elsewhere.
        ", x AS (SELECT e.*, o.outcome, prev_stage IS NOT NULL AND stage IS NOT NULL AND "
        "(o.goal_at IS NULL OR pos <= o.goal_at) AS staged, pos > 1 AND session = prev_session "
        "AS timed, ts - prev_ts AS gap, lag(pos) OVER (" +
        journey + ", event ORDER BY pos) <> pos - 1 AS event_returns, lag(pos) OVER (" + journey +
        ", stage ORDER BY pos) <> pos - 1 AS stage_returns, lag(pos) OVER (" + journey +
        ", channel ORDER BY pos) <> pos - 1 AS channel_returns" +
        (withCells ? ", lag(pos) OVER (" + journey +
                         ", stage, channel ORDER BY pos) <> pos - 1 AS cell_returns"
                   : QByteArray()) +
        " FROM e JOIN o USING (person, journey))"
        " SELECT 'totals', '', '', count(*), count(*) FILTER (WHERE outcome = 'converted'), "
        "count(*) FILTER (WHERE outcome = 'dropped'), count(*) FILTER (WHERE outcome = 'open'), "
        "(SELECT count(*) FROM e WHERE NOT known), 0, (SELECT percentile_cont(0.5) WITHIN GROUP "
        "(ORDER BY gap) FILTER (WHERE timed) FROM x) FROM o"
        " UNION ALL SELECT 'drop_offs', '', latest_stage::text, count(*), 0, 0, 0, 0, 0, NULL "
        "FROM (SELECT DISTINCT person, journey, latest_stage, outcome FROM x) AS j WHERE outcome "
        "<> 'open' AND latest_stage IS NOT NULL GROUP BY latest_stage" +
        groupingCounts("touchpoint", "event", "prev_event", "event_returns") +
        groupingCounts("stage", "stage", "prev_stage", "stage_returns") +
        groupingCounts("channel", "channel", "prev_channel", "channel_returns") +
        (withCells ? groupingCounts("cell", cellOf("stage", "channel"),
                                    cellOf("prev_stage", "prev_channel"), "cell_returns")
                   : QByteArray());
    const PgResult result = connection.query(sql, query.parameters(), feedback);

    WarehouseFrictionCounts out;
    FrictionCounts& counts = out.counts;
    counts.touchpoints.resize(size_t(touchpoints.size()));
    counts.stages.resize(size_t(stageNames.size()));
    counts.stageDropOffs.assign(size_t(stageNames.size()), 0);
    const QStringList channels = names.channelNames().mid(1);
    counts.channels.resize(size_t(channels.size()));
    if (withCells)
        out.cells.resize(size_t(stageNames.size() * channels.size()));
    const TouchpointLookup lookup(touchpoints);
    const auto channelIndex = [&](const QString& name) {
        const qsizetype channel = channels.indexOf(name);
        if (channel < 0) {
            throw Error(Text::tr("the table holds the channel \"%1\", which the project does not "
                                 "know: connect the project again to take it in")
                            .arg(name));
        }
        return channel;
    };
    const auto unitOf = [&](const QString& grouping, const QString& unit) -> FrictionUnitCounts& {
        if (grouping == QLatin1String("touchpoint"))
            return counts.touchpoints[lookup.indexOf(unit)];
        // The stages are the ones this query was given: one out of range is no stage.
        const auto stageIndex = [&](const QString& text) {
            const qint64 stage = text.toLongLong();
            if (stage < 0 || size_t(stage) >= counts.stages.size())
                throw Error(Text::tr("the database returned a stage out of range"));
            return stage;
        };
        if (grouping == QLatin1String("stage"))
            return counts.stages[size_t(stageIndex(unit))];
        if (grouping == QLatin1String("cell")) { // "stage|channel"
            const qsizetype bar = unit.indexOf(QLatin1Char('|'));
            return out.cells[size_t(stageIndex(unit.left(bar)) * channels.size() +
                                    channelIndex(unit.mid(bar + 1)))];
        }
        return counts.channels[size_t(channelIndex(unit))];
    };
    const auto median = [&](int row) {
        return result.number(row, 9).value_or(FrictionMetrics::NaN);
    };
    for (int row = 0; row < result.rows(); ++row) {
        const QString kind = result.text(row, 0);
        const auto n = [&](int column) { return result.integer(row, 3 + column); };
        if (kind == QLatin1String("totals")) {
            TouchpointLookup::requireNoUnknown(n(4));
            counts.journeys = n(0);
            counts.converted = n(1);
            counts.droppedOff = n(2);
            counts.open = n(3);
            counts.medianGapMs = median(row);
        } else if (kind == QLatin1String("drop_offs")) {
            const qint64 stage = result.integer(row, 2);
            if (stage >= 0 && size_t(stage) < counts.stageDropOffs.size())
                counts.stageDropOffs[size_t(stage)] = n(0);
        } else if (kind == QLatin1String("unit")) {
            FrictionUnitCounts& unit = unitOf(result.text(row, 1), result.text(row, 2));
            unit.events = n(0);
            unit.repeats = n(1);
            unit.journeys = n(2);
            unit.openJourneys = n(3);
            unit.loops = n(4);
            unit.exits = n(5);
            unit.medianDelayMs = median(row);
        } else {
            FrictionUnitCounts& unit = unitOf(result.text(row, 1), result.text(row, 2));
            unit.stagedMoves = n(0);
            unit.backtracks = n(1);
            unit.dwells = n(2);
            unit.medianDwellMs = median(row);
        }
    }
    out.stageNames = stageNames;
    out.channels = channels;
    return out;
}

} // namespace

FrictionReport countWarehouseFriction(PgConnection& connection, const WarehouseSource& source,
                                      const EventLog& names, const WarehouseFilter& filter,
                                      JourneyScope scope, const Goal& goal,
                                      const FrictionOptions& options, Feedback* feedback)
{
    const WarehouseFrictionCounts counted =
        countFriction(connection, source, names, filter, scope, goal, options, false, feedback);
    return presentFriction(names.touchpointNames(), counted.stageNames, counted.channels,
                           counted.counts, options);
}

FrictionMatrix countWarehouseStageChannelFriction(PgConnection& connection,
                                                  const WarehouseSource& source,
                                                  const EventLog& names,
                                                  const WarehouseFilter& filter, JourneyScope scope,
                                                  const Goal& goal, const FrictionOptions& options,
                                                  Feedback* feedback)
{
    const WarehouseFrictionCounts counted =
        countFriction(connection, source, names, filter, scope, goal, options, true, feedback);
    return presentStageChannelFriction(counted.stageNames, counted.channels, counted.cells,
                                       counted.counts.medianGapMs, options);
}

} // namespace journeyscope
