#include "core/warehouse/warehousefriction.h"

#include "core/base/error.h"
#include "core/journey/segmentation.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/touchpointlookup.h"
#include "core/warehouse/warehouseattributevalues.h"
#include "core/warehouse/warehousecustomerfeatures.h"

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

/// The cell of an event, of \a row and \a column (NULL outside any): "row|column".
QByteArray cellOf(const QByteArray& row, const QByteArray& column)
{
    return "CASE WHEN " + row + " IS NOT NULL AND " + column + " IS NOT NULL THEN " + row +
           " || '|' || " + column + " END";
}

/// The cells of a friction matrix the query counts beside the report's units.
struct MatrixCells
{
    enum class Kind { None, StageChannel, TouchpointSegment };
    Kind kind = Kind::None;
    /// TouchpointSegment: each customer's segment, by id; other customers are in no cell.
    QStringList customers, segments;
    /// TouchpointSegment by a customer attribute instead: its values are the segments
    /// (\a segments holds them all), joined from the customers table.
    QString attribute;
};

/// What the friction query counts: the report's units and, when asked, a matrix's cells
/// (row after row, as FrictionMatrix holds them).
struct WarehouseFrictionCounts
{
    FrictionCounts counts;
    std::vector<FrictionUnitCounts> cells;
    QStringList stageNames;
    QStringList channels;
    QStringList segments; ///< the matrix's columns by segment, by name
};

WarehouseFrictionCounts countFriction(PgConnection& connection, const WarehouseSource& source,
                                      const EventLog& names, const WarehouseFilter& filter,
                                      JourneyScope scope, const Goal& goal,
                                      const FrictionOptions& options, const MatrixCells& matrix,
                                      Feedback* feedback)
{
    const bool withCells = matrix.kind != MatrixCells::Kind::None;
    const bool bySegment = matrix.kind == MatrixCells::Kind::TouchpointSegment;
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
    // By segment: each customer's segment joined to their events (one row a customer).
    QByteArray segmentsCte;
    if (bySegment && !matrix.attribute.isEmpty()) {
        segmentsCte = ", sg AS (SELECT person, label AS segment FROM " +
                      query.customerLabels(matrix.attribute) + " AS l WHERE label <> '')";
    } else if (bySegment) {
        segmentsCte = ", sg AS (SELECT person COLLATE \"C\" AS person, segment FROM unnest(" +
                      query.bindNames(matrix.customers) + ", " + query.bindNames(matrix.segments) +
                      ") AS sg(person, segment))";
    }
    const QByteArray segmentJoin =
        bySegment ? QByteArray(" LEFT JOIN sg ON sg.person = ev.person") : QByteArray();
    const QByteArray segmentColumn = bySegment ? QByteArray(", sg.segment") : QByteArray();
    QByteArray cellReturns, cell, previousCell;
    if (bySegment) {
        cellReturns = ", event, segment";
        cell = cellOf("event", "segment");
        previousCell = cellOf("prev_event", "segment");
    } else {
        cellReturns = ", stage, channel";
        cell = cellOf("stage", "channel");
        previousCell = cellOf("prev_stage", "prev_channel");
    }
    const QByteArray sql =
        "WITH " + events + ", st AS (SELECT * FROM unnest(" + query.bindNames(touchpoints) + ", " +
        query.bindIntegers(stageOf) + ") AS st(name, stage))" + segmentsCte +
        // Each event with its position, the event before it, and what it repeats.
        ", e AS (SELECT *, lag(ts) OVER w AS prev_ts, lag(session) OVER w AS prev_session, "
        "lag(stage) OVER w AS prev_stage, lag(event) OVER w AS prev_event, lag(channel) OVER w "
        "AS prev_channel, lead(ts) OVER w IS NULL AS last, row_number() OVER w AS pos, min(ts) "
        "OVER (" +
        journey + ") AS first_ts, max(stage) OVER (" + journey +
        ") AS latest_stage, row_number() OVER (" + journey + ", event " +
        WarehouseQuery::journeyOrder() +
        ") > 1 AS repeat FROM (SELECT ev.*, st.name IS NOT NULL AS known, CASE WHEN st.stage >= "
        "0 THEN st.stage END AS stage" +
        segmentColumn + " FROM ev LEFT JOIN st ON st.name = ev.event" + segmentJoin +
        ") AS staged WINDOW w AS (" + journey + " " + WarehouseQuery::journeyOrder() +
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
        (withCells ? ", lag(pos) OVER (" + journey + cellReturns +
                         " ORDER BY pos) <> pos - 1 AS cell_returns"
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
        (withCells ? groupingCounts("cell", cell, previousCell, "cell_returns") : QByteArray());
    const PgResult result = connection.query(sql, query.parameters(), feedback);

    WarehouseFrictionCounts out;
    FrictionCounts& counts = out.counts;
    counts.touchpoints.resize(size_t(touchpoints.size()));
    counts.stages.resize(size_t(stageNames.size()));
    counts.stageDropOffs.assign(size_t(stageNames.size()), 0);
    const QStringList channels = names.channelNames().mid(1);
    counts.channels.resize(size_t(channels.size()));
    QStringList segments = matrix.segments;
    segments.sort();
    segments.removeDuplicates();
    if (bySegment)
        out.cells.resize(size_t(touchpoints.size() * segments.size()));
    else if (withCells)
        out.cells.resize(size_t(stageNames.size() * channels.size()));
    const TouchpointLookup lookup(touchpoints);
    const auto channelIndex = [&](const QString& name) {
        const qsizetype channel = channels.indexOf(name);
        if (channel < 0) {
            throw Error(
                Text::tr("the table holds the channel \"%1\", which the project does not "
                         "know: refresh the project (connect PROJECT --refresh) to take it in")
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
        if (grouping == QLatin1String("cell") && bySegment) { // "touchpoint|segment"
            const qsizetype bar = unit.lastIndexOf(QLatin1Char('|'));
            const qsizetype segment = segments.indexOf(unit.mid(bar + 1));
            if (segment < 0)
                throw Error(Text::tr("the database returned a segment it was not given"));
            return out.cells[size_t(lookup.indexOf(unit.left(bar)) * segments.size() + segment)];
        }
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
    out.segments = segments;
    return out;
}

} // namespace

FrictionReport countWarehouseFriction(PgConnection& connection, const WarehouseSource& source,
                                      const EventLog& names, const WarehouseFilter& filter,
                                      JourneyScope scope, const Goal& goal,
                                      const FrictionOptions& options, Feedback* feedback)
{
    const WarehouseFrictionCounts counted =
        countFriction(connection, source, names, filter, scope, goal, options, {}, feedback);
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
    MatrixCells cells;
    cells.kind = MatrixCells::Kind::StageChannel;
    const WarehouseFrictionCounts counted =
        countFriction(connection, source, names, filter, scope, goal, options, cells, feedback);
    return presentFrictionMatrix(QStringLiteral("stage"), QStringLiteral("channel"),
                                 counted.stageNames, counted.channels, counted.cells,
                                 counted.counts.medianGapMs, options);
}

FrictionMatrix
countWarehouseTouchpointSegmentFriction(PgConnection& connection, const WarehouseSource& source,
                                        const EventLog& names, const WarehouseFilter& filter,
                                        JourneyScope scope, const Goal& goal,
                                        const FrictionOptions& options, Feedback* feedback)
{
    // Each customer's RFM segment on the events the filter keeps, as rfmSegmentOfPerson().
    const WarehouseCustomerFeatures customers =
        countWarehouseCustomerFeatures(connection, source, names, filter, goal, feedback);
    const Segmentation rfm = rfmSegmentation(customers.features);
    MatrixCells cells;
    cells.kind = MatrixCells::Kind::TouchpointSegment;
    for (qsizetype row = 0; row < customers.features.size(); ++row) {
        const int segment = rfm.labels[size_t(row)];
        if (segment < 0)
            continue;
        cells.customers.append(customers.customers[row]);
        cells.segments.append(rfm.names[segment]);
    }
    const WarehouseFrictionCounts counted =
        countFriction(connection, source, names, filter, scope, goal, options, cells, feedback);
    return presentFrictionMatrix(QStringLiteral("touchpoint"), QStringLiteral("segment"),
                                 names.touchpointNames(), counted.segments, counted.cells,
                                 counted.counts.medianGapMs, options);
}

FrictionMatrix countWarehouseTouchpointAttributeFriction(
    PgConnection& connection, const WarehouseSource& source, const EventLog& names,
    const WarehouseFilter& filter, JourneyScope scope, const Goal& goal, const QString& attribute,
    const FrictionOptions& options, Feedback* feedback)
{
    MatrixCells cells;
    cells.kind = MatrixCells::Kind::TouchpointSegment;
    cells.attribute = attribute;
    const std::vector<std::map<QString, qint64>> values =
        countWarehouseAttributeValues(connection, source, {attribute}, feedback);
    for (const auto& [value, customers] : values.front())
        cells.segments.append(value);
    const WarehouseFrictionCounts counted =
        countFriction(connection, source, names, filter, scope, goal, options, cells, feedback);
    return presentFrictionMatrix(QStringLiteral("touchpoint"), QStringLiteral("segment"),
                                 names.touchpointNames(), counted.segments, counted.cells,
                                 counted.counts.medianGapMs, options);
}

} // namespace journeyscope
