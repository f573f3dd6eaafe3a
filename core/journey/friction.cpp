#include "core/journey/friction.h"

#include "core/base/error.h"
#include "core/base/jsonnumber.h"
#include "core/base/sidebyside.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::Friction)
};

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : FrictionMetrics::NaN;
}

// Medians of gaps are exact and found in two passes: a histogram per unit locates the bucket
// of the middle values, then only the gaps in that bucket are kept and ranked. A bucket is
// 1/2^precision of an octave of milliseconds (values below 2^precision have one each);
// groupings with many units use coarser buckets to bound memory.
constexpr int FinestPrecision = 4;
constexpr size_t HistogramBudget = size_t(1) << 21; // buckets per grouping and kind

constexpr int bucketCount(int precision)
{
    return (64 - precision) << precision;
}

int bucketOf(qint64 gapMs, int precision)
{
    const auto value = quint64(gapMs);
    if (value < (quint64(1) << precision))
        return int(value);
    const int octave = int(std::bit_width(value)) - 1;
    const int shift = octave - precision;
    return ((octave - precision + 1) << precision) +
           int((value >> shift) & ((quint64(1) << precision) - 1));
}

/// Locates the middle values of a histogram, collects the gaps in their buckets, ranks them.
struct MedianSearch
{
    qint64 count = 0;
    qint64 lowRank = 0;
    qint64 highRank = 0;
    qint64 below = 0; ///< values in buckets before lowBucket
    int lowBucket = std::numeric_limits<int>::max();
    int highBucket = -1;
    std::vector<qint64> candidates;

    void locate(const quint32* histogram, int buckets)
    {
        count = 0;
        for (int b = 0; b < buckets; ++b)
            count += histogram[b];
        if (count == 0)
            return;
        lowRank = (count - 1) / 2;
        highRank = count / 2;
        qint64 seen = 0;
        for (int b = 0; b < buckets; ++b) {
            if (lowBucket > b && seen + histogram[b] > lowRank) {
                lowBucket = b;
                below = seen;
            }
            seen += histogram[b];
            if (seen > highRank) {
                highBucket = b;
                break;
            }
        }
    }
    bool wants(int bucket) const { return bucket >= lowBucket && bucket <= highBucket; }
    void offer(int bucket, qint64 gap)
    {
        if (wants(bucket))
            candidates.push_back(gap);
    }
    /// The median in milliseconds, or NaN without values.
    double median()
    {
        if (count == 0)
            return FrictionMetrics::NaN;
        const auto low = candidates.begin() + (lowRank - below);
        std::nth_element(candidates.begin(), low, candidates.end());
        const qint64 lowValue = *low;
        const qint64 highValue =
            highRank == lowRank ? lowValue : *std::min_element(low + 1, candidates.end());
        return (double(lowValue) + double(highValue)) / 2;
    }
};

/**
 * One way of putting events into units: the unit of an event is row * columns + column,
 * its row given by its touchpoint and its column by its tag (its channel, or its person's
 * segment); an event with row or column -1 is in no unit.
 */
struct Grouping
{
    Grouping(std::vector<qint32> rowOfTouchpoint, qint32 rowCount, std::vector<qint32> columnOfTag,
             qint32 columnCount)
        : rowOf(std::move(rowOfTouchpoint))
        , columnOf(std::move(columnOfTag))
        , columns(columnCount)
        , units(size_t(rowCount) * size_t(columnCount))
        , counts(units)
        , seenIn(units, 0)
        , lastIndex(units, 0)
        , loopedIn(units, 0)
    {
        while (precision > 0 && units * size_t(bucketCount(precision)) > HistogramBudget)
            --precision;
        buckets = bucketCount(precision);
        dwellHistogram.assign(units * size_t(buckets), 0);
        delayHistogram.assign(units * size_t(buckets), 0);
    }

    qint32 unitOf(quint16 touchpoint, qint32 tag) const
    {
        const qint32 row = rowOf[touchpoint];
        const qint32 column = columnOf[size_t(tag)];
        return row < 0 || column < 0 ? -1 : row * columns + column;
    }

    void locateMedians()
    {
        dwellMedians.resize(units);
        delayMedians.resize(units);
        wanted.assign(size_t(buckets), 0);
        for (size_t u = 0; u < units; ++u) {
            dwellMedians[u].locate(&dwellHistogram[u * size_t(buckets)], buckets);
            delayMedians[u].locate(&delayHistogram[u * size_t(buckets)], buckets);
            for (const MedianSearch* search : {&dwellMedians[u], &delayMedians[u]}) {
                for (int b = search->lowBucket; b <= search->highBucket; ++b)
                    wanted[size_t(b)] = 1;
            }
        }
        std::vector<quint32>().swap(dwellHistogram);
        std::vector<quint32>().swap(delayHistogram);
    }

    std::vector<qint32> rowOf;
    std::vector<qint32> columnOf;
    qint32 columns;
    size_t units;
    int precision = FinestPrecision;
    int buckets = 0;
    std::vector<FrictionUnitCounts> counts;
    // Per unit, the journey (numbered from 1) that last reached it, the index in it of its
    // latest event, and the journey last counted as looping back to it.
    std::vector<quint32> seenIn;
    std::vector<quint32> lastIndex;
    std::vector<quint32> loopedIn;
    std::vector<quint32> dwellHistogram;
    std::vector<quint32> delayHistogram;
    std::vector<MedianSearch> dwellMedians;
    std::vector<MedianSearch> delayMedians;
    std::vector<quint8> wanted; ///< buckets some median search wants
};

struct Totals
{
    qint64 journeys = 0;
    qint64 converted = 0;
    qint64 droppedOff = 0;
    qint64 open = 0;
};

struct StageSetup
{
    QStringList names;
    std::vector<qint16> stageOf; ///< per touchpoint, -1 for none
};

StageSetup stagesFor(const EventLog& log, const FrictionOptions& options)
{
    if (!options.stages)
        return {log.stageNames(), log.touchpointStages()};
    StageSetup setup{options.stages->stages, {}};
    for (const QString& touchpoint : log.touchpointNames()) {
        const QString stage = options.stages->stageOfTouchpoint(touchpoint);
        setup.stageOf.push_back(stage.isEmpty() ? qint16(-1) : qint16(setup.names.indexOf(stage)));
    }
    return setup;
}

/**
 * Counts everything in two passes over the view's journeys for the \a N groupings at once
 * (one pass for counts and histograms, one to collect the gaps near each median).
 */
template <size_t N, typename TagOf> class Accumulator
{
public:
    Accumulator(const EventView& view, const Goal& goal, const FrictionOptions& options,
                const StageSetup& stages, std::array<Grouping*, N> groupings, TagOf tagOf)
        : m_view(view)
        , m_goal(goal)
        , m_stageOf(stages.stageOf)
        , m_groupings(groupings)
        , m_tagOf(tagOf)
        , m_dropOffs(size_t(stages.names.size()), 0)
        , m_overallHistogram(size_t(bucketCount(FinestPrecision)), 0)
    {
        const EventLog& log = view.log();
        if (options.dataEndMs) {
            m_dataEndMs = *options.dataEndMs;
        } else {
            m_dataEndMs = log.lastMs().value_or(0);
            if (view.filter().toMs)
                m_dataEndMs = std::min(m_dataEndMs, *view.filter().toMs - 1);
        }
        count();
        for (Grouping* grouping : m_groupings)
            grouping->locateMedians();
        m_overall.locate(m_overallHistogram.data(), bucketCount(FinestPrecision));
        collect();
    }

    const Totals& totals() const { return m_totals; }
    const std::vector<qint64>& dropOffs() const { return m_dropOffs; }
    double overallMedianMs() { return m_overall.median(); }

private:
    void count()
    {
        const EventLog& log = m_view.log();
        const auto& times = log.times();
        const auto& touchpoints = log.touchpoints();
        const auto& sessions = log.sessions();
        std::vector<quint32> touchpointSeenIn(size_t(log.touchpointNames().size()), 0);
        quint32 journeyNumber = 0;
        m_view.forEachJourney([&](const Journey& journey) {
            const quint32 stamp = ++journeyNumber;
            const qsizetype goalAt = m_goal.firstGoal(log, journey);
            const Outcome outcome = m_goal.outcome(log, journey, m_dataEndMs, goalAt);
            // Moves after the first goal event start a new cycle: no backtracks there.
            const qsizetype lastStagedMove = goalAt >= 0 ? goalAt : journey.size();
            ++m_totals.journeys;
            m_totals.converted += outcome == Outcome::Converted;
            m_totals.droppedOff += outcome == Outcome::DroppedOff;
            m_totals.open += outcome == Outcome::Open;
            const qint64 open = outcome == Outcome::Open;
            std::array<qint32, N> previous;
            previous.fill(-1);
            qint16 previousStage = -1;
            qint16 latestStage = -1;
            qint64 previousTime = 0;
            for (qsizetype i = 0; i < journey.size(); ++i) {
                const quint32 event = journey[i];
                const quint16 touchpoint = touchpoints[event];
                const qint32 tag = m_tagOf(event, journey.person());
                const qint64 repeat = touchpointSeenIn[touchpoint] == stamp;
                touchpointSeenIn[touchpoint] = stamp;
                const qint16 stage = m_stageOf[touchpoint];
                latestStage = std::max(latestStage, stage);
                const qint64 gap = times[event] - previousTime;
                const bool timed = i > 0 && sessions[event] == sessions[journey[i - 1]];
                const qint64 staged = previousStage >= 0 && stage >= 0 && i <= lastStagedMove;
                const qint64 backtrack = staged && stage < previousStage;
                if (timed)
                    ++m_overallHistogram[size_t(bucketOf(gap, FinestPrecision))];
                for (size_t g = 0; g < N; ++g) {
                    Grouping& grouping = *m_groupings[g];
                    const qint32 unit = grouping.unitOf(touchpoint, tag);
                    if (const qint32 from = previous[g]; i > 0 && from >= 0) {
                        FrictionUnitCounts& counts = grouping.counts[size_t(from)];
                        counts.stagedMoves += staged;
                        counts.backtracks += backtrack;
                    }
                    if (timed) {
                        const size_t bucket = size_t(bucketOf(gap, grouping.precision));
                        if (const qint32 from = previous[g]; from >= 0) {
                            ++grouping.counts[size_t(from)].dwells;
                            ++grouping
                                  .dwellHistogram[size_t(from) * size_t(grouping.buckets) + bucket];
                        }
                        if (unit >= 0)
                            ++grouping
                                  .delayHistogram[size_t(unit) * size_t(grouping.buckets) + bucket];
                    }
                    if (unit >= 0) {
                        const size_t u = size_t(unit);
                        FrictionUnitCounts& counts = grouping.counts[u];
                        ++counts.events;
                        counts.repeats += repeat;
                        if (grouping.seenIn[u] != stamp) {
                            grouping.seenIn[u] = stamp;
                            ++counts.journeys;
                            counts.openJourneys += open;
                        } else if (grouping.lastIndex[u] + 1 != quint32(i) &&
                                   grouping.loopedIn[u] != stamp) {
                            grouping.loopedIn[u] = stamp;
                            ++counts.loops;
                        }
                        grouping.lastIndex[u] = quint32(i);
                    }
                    previous[g] = unit;
                }
                previousStage = stage;
                previousTime = times[event];
            }
            if (outcome == Outcome::DroppedOff) {
                for (size_t g = 0; g < N; ++g) {
                    if (previous[g] >= 0)
                        ++m_groupings[g]->counts[size_t(previous[g])].exits;
                }
            }
            if (!open && latestStage >= 0)
                ++m_dropOffs[size_t(latestStage)];
        });
    }

    void collect()
    {
        const EventLog& log = m_view.log();
        const auto& times = log.times();
        const auto& touchpoints = log.touchpoints();
        const auto& sessions = log.sessions();
        m_view.forEachJourney([&](const Journey& journey) {
            std::array<qint32, N> previous;
            previous.fill(-1);
            for (qsizetype i = 0; i < journey.size(); ++i) {
                const quint32 event = journey[i];
                const quint16 touchpoint = touchpoints[event];
                const qint32 tag = m_tagOf(event, journey.person());
                const bool timed = i > 0 && sessions[event] == sessions[journey[i - 1]];
                const qint64 gap = timed ? times[event] - times[journey[i - 1]] : 0;
                if (timed)
                    m_overall.offer(bucketOf(gap, FinestPrecision), gap);
                for (size_t g = 0; g < N; ++g) {
                    Grouping& grouping = *m_groupings[g];
                    const qint32 unit = grouping.unitOf(touchpoint, tag);
                    if (timed) {
                        const int bucket = bucketOf(gap, grouping.precision);
                        if (grouping.wanted[size_t(bucket)]) {
                            if (previous[g] >= 0)
                                grouping.dwellMedians[size_t(previous[g])].offer(bucket, gap);
                            if (unit >= 0)
                                grouping.delayMedians[size_t(unit)].offer(bucket, gap);
                        }
                    }
                    previous[g] = unit;
                }
            }
        });
    }

    const EventView& m_view;
    const Goal& m_goal;
    const std::vector<qint16>& m_stageOf;
    std::array<Grouping*, N> m_groupings;
    TagOf m_tagOf;
    qint64 m_dataEndMs = 0;
    Totals m_totals;
    std::vector<qint64> m_dropOffs; ///< per stage: closed journeys whose latest stage it is
    std::vector<quint32> m_overallHistogram;
    MedianSearch m_overall;
};

void checkWeights(const FrictionWeights& weights)
{
    const double all[] = {weights.exit, weights.loop, weights.backtrack, weights.dwell};
    double sum = 0;
    for (const double weight : all) {
        if (!(weight >= 0) || std::isinf(weight))
            throw Error(Text::tr("friction weights must be numbers of 0 or more"));
        sum += weight;
    }
    if (sum <= 0)
        throw Error(Text::tr("at least one friction weight must be more than 0"));
}

/// The counts of each unit of \a grouping, with their median dwell and delay.
std::vector<FrictionUnitCounts> unitCounts(Grouping& grouping)
{
    std::vector<FrictionUnitCounts> units = grouping.counts;
    for (size_t u = 0; u < grouping.units; ++u) {
        units[u].medianDwellMs = grouping.dwellMedians[u].median();
        units[u].medianDelayMs = grouping.delayMedians[u].median();
    }
    return units;
}

/// The metrics of each unit, named by \a names (none for matrix cells).
std::vector<FrictionMetrics> metricsOf(const QStringList& names,
                                       const std::vector<FrictionUnitCounts>& units,
                                       double overallMs, const FrictionOptions& options)
{
    std::vector<FrictionMetrics> all;
    all.reserve(units.size());
    for (size_t u = 0; u < units.size(); ++u)
        all.push_back(frictionMetrics(names.value(qsizetype(u)), units[u], overallMs, options));
    return all;
}

std::vector<qint32> identity(qsizetype size, qint32 offset = 0)
{
    std::vector<qint32> indices(static_cast<size_t>(size));
    for (qsizetype i = 0; i < size; ++i)
        indices[size_t(i)] = qint32(i) + offset;
    return indices;
}

QJsonObject withFormula(QJsonObject object, const FrictionWeights& weights, qint64 minJourneys)
{
    object.insert(QStringLiteral("formula"), weights.formula());
    object.insert(QStringLiteral("weights"), weights.toJson());
    object.insert(QStringLiteral("min_journeys"), minJourneys);
    return object;
}

} // namespace

FrictionMetrics frictionMetrics(QString name, const FrictionUnitCounts& counts, double overallMs,
                                const FrictionOptions& options)
{
    FrictionMetrics metrics;
    metrics.name = std::move(name);
    metrics.events = counts.events;
    metrics.journeys = counts.journeys;
    metrics.openJourneys = counts.openJourneys;
    metrics.exits = counts.exits;
    metrics.repeats = counts.repeats;
    metrics.loops = counts.loops;
    metrics.stagedMoves = counts.stagedMoves;
    metrics.backtracks = counts.backtracks;
    metrics.dwells = counts.dwells;
    metrics.exitRate = ratio(counts.exits, counts.journeys - counts.openJourneys);
    metrics.repeatRate = ratio(counts.repeats, counts.events);
    metrics.loopRate = ratio(counts.loops, counts.journeys);
    metrics.backtrackRate = ratio(counts.backtracks, counts.stagedMoves);
    metrics.medianDwellSeconds = counts.medianDwellMs / 1000;
    metrics.medianDelaySeconds = counts.medianDelayMs / 1000;
    // NaN stays NaN; a zero overall median leaves the ratios undefined.
    metrics.dwellRatio = overallMs > 0 ? counts.medianDwellMs / overallMs : FrictionMetrics::NaN;
    metrics.delayRatio = overallMs > 0 ? counts.medianDelayMs / overallMs : FrictionMetrics::NaN;
    metrics.enoughData = counts.journeys >= options.minJourneys && counts.journeys > 0;
    if (metrics.enoughData) {
        metrics.score = options.weights.score(metrics.exitRate, metrics.loopRate,
                                              metrics.backtrackRate, metrics.dwellRatio);
    }
    return metrics;
}

QString FrictionWeights::formula() const
{
    return QStringLiteral("score = (%1 * exit rate + %2 * loop rate + %3 * backtrack rate + "
                          "%4 * d / (1 + d)) / (sum of the weights of the defined terms), "
                          "d = median dwell / overall median dwell")
        .arg(exit)
        .arg(loop)
        .arg(backtrack)
        .arg(dwell);
}

double FrictionWeights::score(double exitRate, double loopRate, double backtrackRate,
                              double dwellRatio) const
{
    const double dwellTerm = std::isinf(dwellRatio) ? 1.0 : dwellRatio / (1 + dwellRatio);
    const std::pair<double, double> terms[] = {
        {exit, exitRate}, {loop, loopRate}, {backtrack, backtrackRate}, {dwell, dwellTerm}};
    double sum = 0;
    double weights = 0;
    for (const auto& [weight, value] : terms) {
        if (std::isnan(value) || weight == 0)
            continue;
        sum += weight * value;
        weights += weight;
    }
    return weights > 0 ? sum / weights : FrictionMetrics::NaN;
}

QJsonObject FrictionWeights::toJson() const
{
    return {{QStringLiteral("exit"), exit},
            {QStringLiteral("loop"), loop},
            {QStringLiteral("backtrack"), backtrack},
            {QStringLiteral("dwell"), dwell}};
}

QJsonObject FrictionMetrics::toJson(bool withDropOff) const
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("score"), jsonNumber(score)},
                       {QStringLiteral("enough_data"), enoughData},
                       {QStringLiteral("events"), events},
                       {QStringLiteral("journeys"), journeys},
                       {QStringLiteral("open_journeys"), openJourneys},
                       {QStringLiteral("exits"), exits},
                       {QStringLiteral("exit_rate"), jsonNumber(exitRate)},
                       {QStringLiteral("repeats"), repeats},
                       {QStringLiteral("repeat_rate"), jsonNumber(repeatRate)},
                       {QStringLiteral("loops"), loops},
                       {QStringLiteral("loop_rate"), jsonNumber(loopRate)},
                       {QStringLiteral("staged_moves"), stagedMoves},
                       {QStringLiteral("backtracks"), backtracks},
                       {QStringLiteral("backtrack_rate"), jsonNumber(backtrackRate)},
                       {QStringLiteral("dwells"), dwells},
                       {QStringLiteral("median_dwell_seconds"), jsonNumber(medianDwellSeconds)},
                       {QStringLiteral("dwell_ratio"), jsonNumber(dwellRatio)},
                       {QStringLiteral("median_delay_seconds"), jsonNumber(medianDelaySeconds)},
                       {QStringLiteral("delay_ratio"), jsonNumber(delayRatio)}};
    if (withDropOff) {
        object.insert(QStringLiteral("drop_offs"), dropOffs);
        object.insert(QStringLiteral("drop_off_rate"), jsonNumber(dropOffRate));
    }
    return object;
}

QJsonObject FrictionReport::toJson() const
{
    std::vector<const FrictionMetrics*> ranked;
    for (const FrictionMetrics& metrics : touchpoints)
        ranked.push_back(&metrics);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const FrictionMetrics* a, const FrictionMetrics* b) {
                         const bool aScored = !std::isnan(a->score);
                         const bool bScored = !std::isnan(b->score);
                         if (aScored != bScored)
                             return aScored;
                         if (aScored && a->score != b->score)
                             return a->score > b->score;
                         return a->name < b->name;
                     });
    QJsonArray touchpointList;
    for (const FrictionMetrics* metrics : ranked)
        touchpointList.append(metrics->toJson());
    QJsonArray stageList;
    for (const FrictionMetrics& metrics : stages)
        stageList.append(metrics.toJson(true));
    QJsonArray channelList;
    for (const FrictionMetrics& metrics : channels)
        channelList.append(metrics.toJson());
    return withFormula({{QStringLiteral("touchpoints"), touchpointList},
                        {QStringLiteral("stages"), stageList},
                        {QStringLiteral("channels"), channelList},
                        {QStringLiteral("journeys"), journeys},
                        {QStringLiteral("converted"), converted},
                        {QStringLiteral("dropped_off"), droppedOff},
                        {QStringLiteral("open"), open},
                        {QStringLiteral("median_dwell_seconds"), jsonNumber(medianDwellSeconds)}},
                       weights, minJourneys);
}

QJsonObject FrictionMatrix::toJson() const
{
    QJsonArray cellList;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            QJsonObject object = cell(r, c).toJson();
            object.remove(QStringLiteral("name"));
            object.insert(QStringLiteral("row"), rows[r]);
            object.insert(QStringLiteral("column"), columns[c]);
            cellList.append(object);
        }
    }
    return withFormula({{QStringLiteral("row_kind"), rowKind},
                        {QStringLiteral("column_kind"), columnKind},
                        {QStringLiteral("rows"), QJsonArray::fromStringList(rows)},
                        {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
                        {QStringLiteral("cells"), cellList},
                        {QStringLiteral("median_dwell_seconds"), jsonNumber(medianDwellSeconds)}},
                       weights, minJourneys);
}

FrictionReport computeFriction(const EventView& view, const Goal& goal,
                               const FrictionOptions& options)
{
    checkWeights(options.weights);
    const EventLog& log = view.log();
    const StageSetup stages = stagesFor(log, options);
    const qsizetype touchpointCount = log.touchpointNames().size();
    const qsizetype channelCount = log.channelNames().size();

    Grouping byTouchpoint(identity(touchpointCount), qint32(touchpointCount),
                          std::vector<qint32>(size_t(channelCount), 0), 1);
    Grouping byStage(std::vector<qint32>(stages.stageOf.begin(), stages.stageOf.end()),
                     qint32(stages.names.size()), std::vector<qint32>(size_t(channelCount), 0), 1);
    // Channel 0 is "no channel": in no unit.
    Grouping byChannel(std::vector<qint32>(size_t(touchpointCount), 0), 1,
                       identity(channelCount, -1), qint32(channelCount - 1));
    const auto& channels = log.channels();
    const auto channelOf = [&channels](quint32 event, PersonIndex) {
        return qint32(channels[event]);
    };
    // Two passes side by side, each over every journey: touchpoints (the most units) here,
    // stages and channels on a second thread.
    std::optional<Accumulator<1, decltype(channelOf)>> accumulator;
    runSideBySide(
        [&] {
            accumulator.emplace(view, goal, options, stages,
                                std::array<Grouping*, 1>{&byTouchpoint}, channelOf);
        },
        [&] {
            Accumulator(view, goal, options, stages, std::array<Grouping*, 2>{&byStage, &byChannel},
                        channelOf);
        });

    FrictionCounts counts;
    counts.journeys = accumulator->totals().journeys;
    counts.converted = accumulator->totals().converted;
    counts.droppedOff = accumulator->totals().droppedOff;
    counts.open = accumulator->totals().open;
    counts.medianGapMs = accumulator->overallMedianMs();
    counts.stageDropOffs = accumulator->dropOffs();
    counts.touchpoints = unitCounts(byTouchpoint);
    counts.stages = unitCounts(byStage);
    counts.channels = unitCounts(byChannel);
    return presentFriction(log.touchpointNames(), stages.names, log.channelNames().mid(1), counts,
                           options);
}

FrictionReport presentFriction(const QStringList& touchpointNames, const QStringList& stageNames,
                               const QStringList& channelNames, const FrictionCounts& counts,
                               const FrictionOptions& options)
{
    checkWeights(options.weights);
    FrictionReport report;
    report.journeys = counts.journeys;
    report.converted = counts.converted;
    report.droppedOff = counts.droppedOff;
    report.open = counts.open;
    const double overallMs = counts.medianGapMs;
    report.medianDwellSeconds = overallMs / 1000;
    report.weights = options.weights;
    report.minJourneys = options.minJourneys;
    report.touchpoints = metricsOf(touchpointNames, counts.touchpoints, overallMs, options);
    report.stages = metricsOf(stageNames, counts.stages, overallMs, options);
    for (size_t s = 0; s < report.stages.size(); ++s) {
        FrictionMetrics& stage = report.stages[s];
        stage.dropOffs = s < counts.stageDropOffs.size() ? counts.stageDropOffs[s] : 0;
        if (s + 1 < report.stages.size())
            stage.dropOffRate = ratio(stage.dropOffs, stage.journeys - stage.openJourneys);
    }
    report.channels = metricsOf(channelNames, counts.channels, overallMs, options);
    return report;
}

FrictionMatrix frictionByStageAndChannel(const EventView& view, const Goal& goal,
                                         const FrictionOptions& options)
{
    checkWeights(options.weights);
    const EventLog& log = view.log();
    const StageSetup stages = stagesFor(log, options);
    const qsizetype channelCount = log.channelNames().size();
    Grouping cells(std::vector<qint32>(stages.stageOf.begin(), stages.stageOf.end()),
                   qint32(stages.names.size()), identity(channelCount, -1),
                   qint32(channelCount - 1));
    const auto& channels = log.channels();
    Accumulator accumulator(
        view, goal, options, stages, std::array<Grouping*, 1>{&cells},
        [&channels](quint32 event, PersonIndex) { return qint32(channels[event]); });

    return presentFrictionMatrix(QStringLiteral("stage"), QStringLiteral("channel"), stages.names,
                                 log.channelNames().mid(1), unitCounts(cells),
                                 accumulator.overallMedianMs(), options);
}

FrictionMatrix presentFrictionMatrix(const QString& rowKind, const QString& columnKind,
                                     const QStringList& rows, const QStringList& columns,
                                     const std::vector<FrictionUnitCounts>& cells,
                                     double medianGapMs, const FrictionOptions& options)
{
    checkWeights(options.weights);
    FrictionMatrix matrix;
    matrix.rowKind = rowKind;
    matrix.columnKind = columnKind;
    matrix.rows = rows;
    matrix.columns = columns;
    matrix.medianDwellSeconds = medianGapMs / 1000;
    matrix.weights = options.weights;
    matrix.minJourneys = options.minJourneys;
    matrix.cells = metricsOf({}, cells, medianGapMs, options);
    return matrix;
}

FrictionMatrix frictionByTouchpointAndSegment(const EventView& view, const Goal& goal,
                                              const std::vector<QString>& segmentOfPerson,
                                              const FrictionOptions& options)
{
    checkWeights(options.weights);
    const EventLog& log = view.log();
    if (qsizetype(segmentOfPerson.size()) != log.personCount()) {
        throw Error(Text::tr("%1 segment labels for %2 people")
                        .arg(segmentOfPerson.size())
                        .arg(log.personCount()));
    }
    // Tag 0: no segment; tag s + 1: segment s, the segments by name (not by whose customer
    // came first, which depends on how a source orders them).
    QStringList segments;
    for (const QString& label : segmentOfPerson) {
        if (!label.isEmpty())
            segments.append(label);
    }
    segments.sort();
    segments.removeDuplicates();
    QHash<QString, qint32> tagOfLabel;
    for (qsizetype s = 0; s < segments.size(); ++s)
        tagOfLabel.insert(segments[s], qint32(s + 1));
    std::vector<qint32> tagOfPerson(segmentOfPerson.size(), 0);
    for (size_t p = 0; p < segmentOfPerson.size(); ++p)
        tagOfPerson[p] = tagOfLabel.value(segmentOfPerson[p], 0);
    const StageSetup stages = stagesFor(log, options);
    const qsizetype touchpointCount = log.touchpointNames().size();
    Grouping cells(identity(touchpointCount), qint32(touchpointCount),
                   identity(segments.size() + 1, -1), qint32(segments.size()));
    Accumulator accumulator(
        view, goal, options, stages, std::array<Grouping*, 1>{&cells},
        [&tagOfPerson](quint32, PersonIndex person) { return tagOfPerson[person]; });

    return presentFrictionMatrix(QStringLiteral("touchpoint"), QStringLiteral("segment"),
                                 log.touchpointNames(), segments, unitCounts(cells),
                                 accumulator.overallMedianMs(), options);
}

} // namespace journeyscope
