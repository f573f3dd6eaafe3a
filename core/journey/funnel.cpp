#include "core/journey/funnel.h"

#include "core/base/csvtext.h"
#include "core/base/error.h"
#include "core/base/jsonnumber.h"

#include <algorithm>
#include <numeric>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace journeyscope {

namespace {

constexpr quint32 NoGroup = std::numeric_limits<quint32>::max();

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::Funnel)
};

/// Which events of a journey reach which steps.
class StepMatcher
{
public:
    StepMatcher(const EventLog& log, const FunnelOptions& options)
        : m_times(log.times().data())
        , m_touchpoints(log.touchpoints().data())
        , m_steps(int(options.steps.size()))
        , m_order(options.order)
        , m_window(options.windowMs)
        , m_touchpointCount(size_t(log.touchpointNames().size()))
        , m_names(&log.touchpointNames())
        , m_member(size_t(m_steps) * m_touchpointCount, 0)
        , m_position(size_t(m_steps))
        , m_best(size_t(m_steps))
        , m_completing(size_t(m_steps))
    {
        for (int k = 0; k < m_steps; ++k) {
            for (const quint16 touchpoint : options.steps[size_t(k)])
                m_member[size_t(k) * m_touchpointCount + touchpoint] = 1;
        }
        if (m_order == FunnelOrder::AnyOrder)
            prepareAnyOrder();
    }

    /// Steps reached, 0 .. steps; then completing(k) is the journey index of the event
    /// that reached step k + 1, and firstStep() the one of step 1's event.
    int match(const Journey& journey)
    {
        switch (m_order) {
        case FunnelOrder::Ordered:
            return matchOrdered(journey);
        case FunnelOrder::Strict:
            return matchStrict(journey);
        case FunnelOrder::AnyOrder:
            return matchAnyOrder(journey);
        }
        return 0;
    }
    qsizetype completing(int k) const { return m_completing[size_t(k)]; }
    qsizetype firstStep() const { return m_best[0]; }

private:
    bool isStep(int step, quint32 event) const
    {
        return m_member[size_t(step) * m_touchpointCount + m_touchpoints[event]] != 0;
    }
    bool outside(qint64 startMs, quint32 event) const
    {
        return m_window && m_times[event] - startMs > *m_window;
    }

    int matchOrdered(const Journey& journey)
    {
        const qsizetype n = journey.size();
        int best = 0;
        for (qsizetype s = 0; s < n; ++s) {
            if (!isStep(0, journey[s]))
                continue;
            const qint64 startMs = m_times[journey[s]];
            m_position[0] = s;
            int reached = 1;
            bool cut = false;
            for (qsizetype i = s + 1; i < n && reached < m_steps; ++i) {
                if (!isStep(reached, journey[i]))
                    continue;
                if (outside(startMs, journey[i])) {
                    cut = true;
                    break;
                }
                m_position[size_t(reached++)] = i;
            }
            if (reached > best) {
                best = reached;
                std::copy_n(m_position.begin(), best, m_best.begin());
            }
            // Unless the window cut this chain, a later start only matches later events
            // and cannot get further.
            if (best == m_steps || !cut)
                break;
        }
        std::copy_n(m_best.begin(), best, m_completing.begin());
        return best;
    }

    int matchStrict(const Journey& journey)
    {
        const qsizetype n = journey.size();
        int best = 0;
        qsizetype bestStart = 0;
        for (qsizetype s = 0; s < n && best < m_steps; ++s) {
            if (!isStep(0, journey[s]))
                continue;
            const qint64 startMs = m_times[journey[s]];
            int reached = 1;
            while (reached < m_steps && s + reached < n && isStep(reached, journey[s + reached]) &&
                   !outside(startMs, journey[s + reached]))
                ++reached;
            if (reached > best) {
                best = reached;
                bestStart = s;
            }
        }
        for (int k = 0; k < best; ++k)
            m_best[size_t(k)] = m_completing[size_t(k)] = bestStart + k;
        return best;
    }

    // Any order: events are pooled into slots. When no touchpoint is in two steps, a slot
    // is a step; else a slot is a touchpoint, and steps are matched to distinct events by
    // augmenting paths (a step may need an event another step could take).
    void prepareAnyOrder()
    {
        m_slotOf.assign(m_touchpointCount, -1);
        std::vector<int> stepsOf(m_touchpointCount, 0);
        bool overlap = false;
        for (int k = 0; k < m_steps; ++k) {
            for (size_t t = 0; t < m_touchpointCount; ++t) {
                if (m_member[size_t(k) * m_touchpointCount + t] && ++stepsOf[t] > 1)
                    overlap = true;
            }
        }
        m_stepSlots.assign(size_t(m_steps), {});
        m_overlap = overlap;
        if (!overlap) {
            for (int k = 0; k < m_steps; ++k) {
                m_stepSlots[size_t(k)].push_back(k);
                for (size_t t = 0; t < m_touchpointCount; ++t) {
                    if (m_member[size_t(k) * m_touchpointCount + t])
                        m_slotOf[t] = k;
                }
            }
        } else {
            // Slots in the order of the touchpoints' names: which event a step takes then
            // does not depend on how a source numbers its touchpoints.
            std::vector<size_t> byName;
            for (size_t t = 0; t < m_touchpointCount; ++t) {
                if (stepsOf[t] > 0)
                    byName.push_back(t);
            }
            std::sort(byName.begin(), byName.end(),
                      [&](size_t a, size_t b) { return (*m_names)[a] < (*m_names)[b]; });
            int slots = 0;
            for (const size_t t : byName)
                m_slotOf[t] = slots++;
            for (int k = 0; k < m_steps; ++k) {
                for (const size_t t : byName) {
                    if (m_member[size_t(k) * m_touchpointCount + t])
                        m_stepSlots[size_t(k)].push_back(m_slotOf[t]);
                }
            }
        }
        int slotCount = 0;
        for (const qint32 slot : m_slotOf)
            slotCount = std::max(slotCount, slot + 1);
        m_slotCount.assign(size_t(slotCount), 0);
        m_slotLoad.assign(size_t(slotCount), 0);
        m_visited.assign(size_t(slotCount), 0);
        m_assigned.assign(size_t(m_steps), -1);
        if (!overlap)
            std::iota(m_assigned.begin(), m_assigned.end(), 0);
    }

    qint32 slotOf(quint32 event) const { return m_slotOf[m_touchpoints[event]]; }

    bool augment(int step)
    {
        for (const int slot : m_stepSlots[size_t(step)]) {
            if (m_visited[size_t(slot)])
                continue;
            m_visited[size_t(slot)] = 1;
            if (m_slotLoad[size_t(slot)] < m_slotCount[size_t(slot)]) {
                m_assigned[size_t(step)] = slot;
                ++m_slotLoad[size_t(slot)];
                return true;
            }
            for (int other = 0; other < m_steps; ++other) {
                if (m_assigned[size_t(other)] == slot && augment(other)) {
                    m_assigned[size_t(step)] = slot; // takes the place \a other left
                    return true;
                }
            }
        }
        return false;
    }

    /// How many of steps 1, 2, ... the events counted in m_slotCount reach together.
    int prefixReached()
    {
        if (!m_overlap) {
            int reached = 0;
            while (reached < m_steps && m_slotCount[size_t(reached)] > 0)
                ++reached;
            return reached;
        }
        std::fill(m_slotLoad.begin(), m_slotLoad.end(), 0);
        std::fill(m_assigned.begin(), m_assigned.end(), -1);
        for (int k = 0; k < m_steps; ++k) {
            std::fill(m_visited.begin(), m_visited.end(), 0);
            if (!augment(k))
                return k;
        }
        return m_steps;
    }

    int matchAnyOrder(const Journey& journey)
    {
        m_candidates.clear();
        for (qsizetype i = 0; i < journey.size(); ++i) {
            if (slotOf(journey[i]) >= 0)
                m_candidates.push_back(i);
        }
        const size_t count = m_candidates.size();
        if (count == 0)
            return 0;
        const auto time = [&](size_t c) { return m_times[journey[m_candidates[c]]]; };
        const auto slot = [&](size_t c) { return size_t(slotOf(journey[m_candidates[c]])); };
        std::fill(m_slotCount.begin(), m_slotCount.end(), 0);
        int best = 0;
        size_t bestLow = 0, bestHigh = count;
        if (!m_window) {
            for (size_t c = 0; c < count; ++c)
                ++m_slotCount[slot(c)];
            best = prefixReached();
        } else {
            // Windows opening at each candidate; the first with the most steps wins.
            size_t high = 0;
            for (size_t low = 0; low < count; ++low) {
                while (high < count && time(high) - time(low) <= *m_window)
                    ++m_slotCount[slot(high++)];
                const int reached = prefixReached();
                if (reached > best) {
                    best = reached;
                    bestLow = low;
                    bestHigh = high;
                }
                // Later windows holding no new event reach no more.
                if (best == m_steps || high == count)
                    break;
                --m_slotCount[slot(low)];
            }
            if (best == 0)
                return 0;
            std::fill(m_slotCount.begin(), m_slotCount.end(), 0);
            for (size_t c = bestLow; c < bestHigh; ++c)
                ++m_slotCount[slot(c)];
            prefixReached();
        }
        // Each step takes the earliest event of its slot not taken by an earlier step.
        qsizetype last = 0;
        for (int k = 0; k < best; ++k) {
            const int mySlot = m_assigned[size_t(k)];
            int earlierOnSlot = 0;
            for (int e = 0; e < k; ++e)
                earlierOnSlot += m_assigned[size_t(e)] == mySlot ? 1 : 0;
            size_t c = bestLow;
            for (;; ++c) {
                if (int(slot(c)) == mySlot && earlierOnSlot-- == 0)
                    break;
            }
            m_best[size_t(k)] = m_candidates[c];
            last = std::max(last, m_candidates[c]);
            m_completing[size_t(k)] = last;
        }
        return best;
    }

    const qint64* m_times;
    const quint16* m_touchpoints;
    int m_steps;
    FunnelOrder m_order;
    std::optional<qint64> m_window;
    size_t m_touchpointCount;
    const QStringList* m_names;
    std::vector<quint8> m_member; // [step * touchpoints + touchpoint]
    std::vector<qsizetype> m_position, m_best, m_completing;
    // Any order:
    bool m_overlap = false;
    std::vector<qint32> m_slotOf; ///< per touchpoint; -1: in no step
    std::vector<std::vector<int>> m_stepSlots;
    std::vector<qint32> m_slotCount, m_slotLoad, m_assigned;
    std::vector<quint8> m_visited;
    std::vector<qsizetype> m_candidates;
};

/// A journey that reached step 1.
struct Entered
{
    quint32 group;
    qint32 reached;
    qint32 next;   ///< touchpoint after the event that reached the last step reached; -1: none
    size_t deltas; ///< offset of its milliseconds-from-previous, one a step reached
};

void validate(const EventLog& log, const FunnelOptions& options)
{
    if (options.steps.empty())
        throw Error(Text::tr("A funnel needs at least one step"));
    for (size_t k = 0; k < options.steps.size(); ++k) {
        if (options.steps[k].empty())
            throw Error(Text::tr("Funnel step %1 has no touchpoint").arg(k + 1));
        for (const quint16 touchpoint : options.steps[k]) {
            if (touchpoint >= log.touchpointNames().size())
                throw Error(Text::tr("Funnel step %1 names touchpoint %2; the log has %3")
                                .arg(k + 1)
                                .arg(touchpoint)
                                .arg(log.touchpointNames().size()));
        }
    }
}

double median(std::vector<qint64>& values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + qsizetype(middle), values.end());
    const double upper = double(values[middle]);
    if (values.size() % 2 == 1)
        return upper;
    const double lower =
        double(*std::max_element(values.begin(), values.begin() + qsizetype(middle)));
    return (lower + upper) / 2;
}

/// The counts of \a entered (the journeys of one group that reached step 1) among
/// \a journeys journeys.
FunnelCounts countEntered(const FunnelOptions& options, qint64 journeys, const Entered* entered,
                          size_t enteredCount, const std::vector<qint64>& deltas,
                          std::vector<qint64>& scratch, std::vector<qint64>& nextCounts)
{
    const int steps = int(options.steps.size());
    FunnelCounts counts;
    counts.journeys = journeys;
    counts.steps.resize(size_t(steps));
    std::vector<qint64> reachedExactly(size_t(steps) + 1, 0);
    for (size_t i = 0; i < enteredCount; ++i)
        ++reachedExactly[size_t(entered[i].reached)];
    qint64 atLeast = 0;
    for (int k = steps - 1; k >= 0; --k) {
        atLeast += reachedExactly[size_t(k) + 1];
        counts.steps[size_t(k)].reached = atLeast;
    }
    std::vector<quint16> touched;
    for (int k = 0; k < steps; ++k) {
        FunnelStepCounts& step = counts.steps[size_t(k)];
        const bool last = k == steps - 1;
        scratch.clear();
        touched.clear();
        for (size_t i = 0; i < enteredCount; ++i) {
            const Entered& e = entered[i];
            if (e.reached > k)
                scratch.push_back(deltas[e.deltas + size_t(k)]);
            if (!last && e.reached == k + 1) {
                if (e.next < 0) {
                    ++step.left;
                } else if (nextCounts[size_t(e.next)]++ == 0) {
                    touched.push_back(quint16(e.next));
                }
            }
        }
        step.medianMsFromPrevious = median(scratch);
        for (const quint16 touchpoint : touched) {
            step.next.push_back({touchpoint, nextCounts[touchpoint]});
            nextCounts[touchpoint] = 0;
        }
    }
    return counts;
}

} // namespace

FunnelResult presentFunnel(const QStringList& touchpointNames, const FunnelOptions& options,
                           JourneyScope scope, const FunnelCounts& counts)
{
    const int steps = int(options.steps.size());
    FunnelResult result;
    result.order = options.order;
    result.windowMs = options.windowMs;
    result.scope = scope;
    result.journeys = counts.journeys;
    result.steps.resize(size_t(steps));
    const auto ratio = [](qint64 a, qint64 b) { return b > 0 ? double(a) / double(b) : 0.0; };
    for (int k = 0; k < steps; ++k) {
        FunnelStep& step = result.steps[size_t(k)];
        const FunnelStepCounts& counted = counts.steps[size_t(k)];
        step.touchpoints = options.steps[size_t(k)];
        for (const quint16 touchpoint : step.touchpoints)
            step.touchpointNames.append(touchpointNames.value(touchpoint));
        step.name = step.touchpointNames.join(QLatin1Char('|'));
        step.count = counted.reached;
        const bool last = k == steps - 1;
        step.converted = last ? 0 : counts.steps[size_t(k) + 1].reached;
        step.dropped = last ? 0 : step.count - step.converted;
        step.conversionFromPrevious =
            ratio(step.count, k == 0 ? counts.journeys : counts.steps[size_t(k) - 1].reached);
        step.conversionFromFirst = ratio(step.count, counts.steps[0].reached);
        step.medianSecondsFromPrevious = counted.medianMsFromPrevious / 1000;
        if (last)
            continue;
        step.left = counted.left;
        for (const auto& [touchpoint, count] : counted.next)
            step.next.push_back({touchpoint, touchpointNames.value(touchpoint), count});
        std::sort(step.next.begin(), step.next.end(), [](const FunnelNext& a, const FunnelNext& b) {
            return a.count != b.count ? a.count > b.count : a.name < b.name;
        });
        if (step.next.size() > size_t(std::max(0, options.topNext)))
            step.next.resize(size_t(std::max(0, options.topNext)));
    }
    return result;
}

namespace {

enum class Grouping { None, Channel, Label };

/// Funnels per group id; \a groupNames gets a name for each id.
std::vector<std::pair<QString, FunnelResult>> funnelPerGroup(const EventView& view,
                                                             const FunnelOptions& options,
                                                             Grouping grouping,
                                                             const std::vector<QString>* labels)
{
    const EventLog& log = view.log();
    validate(log, options);
    const int steps = int(options.steps.size());
    StepMatcher matcher(log, options);
    const auto& times = log.times();
    const auto& touchpoints = log.touchpoints();
    const auto& channels = log.channels();

    std::vector<qint64> journeys(grouping == Grouping::Channel ? 256 : 1, 0);
    std::vector<Entered> entered;
    std::vector<qint64> deltas;
    // Labels: a group a distinct label, looked up once a person.
    QStringList groupNames;
    QHash<QString, quint32> groupOfLabel;
    std::vector<quint32> groupOfPerson;
    if (grouping == Grouping::Label) {
        groupNames.clear();
        journeys.clear();
        groupOfPerson.assign(size_t(log.personCount()), NoGroup);
    }
    const auto labelGroup = [&](PersonIndex person) {
        quint32& group = groupOfPerson[person];
        if (group == NoGroup) {
            const QString label = person < labels->size() ? (*labels)[person] : QString();
            const auto it = groupOfLabel.constFind(label);
            if (it != groupOfLabel.constEnd()) {
                group = *it;
            } else {
                group = quint32(groupNames.size());
                groupOfLabel.insert(label, group);
                groupNames.append(label);
                journeys.push_back(0);
            }
        }
        return group;
    };

    view.forEachJourney([&](const Journey& journey) {
        const int reached = matcher.match(journey);
        quint32 group = 0;
        if (grouping == Grouping::Label)
            group = labelGroup(journey.person());
        else if (grouping == Grouping::Channel)
            group = reached > 0 ? channels[journey[matcher.firstStep()]] : NoGroup;
        if (group == NoGroup)
            return;
        ++journeys[group];
        if (reached == 0)
            return;
        Entered e{group, reached, -1, deltas.size()};
        qint64 previousMs = times[journey.front()];
        for (int k = 0; k < reached; ++k) {
            const qint64 ms = times[journey[matcher.completing(k)]];
            deltas.push_back(ms - previousMs);
            previousMs = ms;
        }
        if (reached < steps) {
            const qsizetype after = matcher.completing(reached - 1) + 1;
            if (after < journey.size())
                e.next = touchpoints[journey[after]];
        }
        entered.push_back(e);
    });

    // Group the entered journeys by a counting sort.
    const size_t groups = journeys.size();
    std::vector<size_t> offsets(groups + 1, 0);
    for (const Entered& e : entered)
        ++offsets[e.group + 1];
    for (size_t g = 0; g < groups; ++g)
        offsets[g + 1] += offsets[g];
    std::vector<Entered> byGroup(entered.size());
    {
        std::vector<size_t> fill(offsets.begin(), offsets.end() - 1);
        for (const Entered& e : entered)
            byGroup[fill[e.group]++] = e;
    }
    entered = {};

    std::vector<std::pair<QString, FunnelResult>> results;
    std::vector<qint64> scratch;
    std::vector<qint64> nextCounts(size_t(log.touchpointNames().size()), 0);
    for (size_t g = 0; g < groups; ++g) {
        if (grouping != Grouping::None && journeys[g] == 0)
            continue;
        QString name;
        if (grouping == Grouping::Channel)
            name = log.channelNames().value(qsizetype(g));
        else if (grouping == Grouping::Label)
            name = groupNames[qsizetype(g)];
        const FunnelCounts counts =
            countEntered(options, journeys[g], byGroup.data() + offsets[g],
                         offsets[g + 1] - offsets[g], deltas, scratch, nextCounts);
        results.emplace_back(name,
                             presentFunnel(log.touchpointNames(), options, view.scope(), counts));
    }
    return results;
}

const QLatin1String CsvHeader("step,name,count,converted,dropped,conversion_from_previous,"
                              "conversion_from_first,median_seconds_from_previous,left,next");

/// The CSV rows of \a result, each after \a prefix.
QString csvRows(const FunnelResult& result, const QString& prefix)
{
    QString csv;
    for (size_t k = 0; k < result.steps.size(); ++k) {
        const FunnelStep& step = result.steps[k];
        const bool last = k + 1 == result.steps.size();
        QStringList next;
        for (const FunnelNext& n : step.next)
            next.append(n.name + QLatin1Char('=') + QString::number(n.count));
        const QStringList fields = {
            QString::number(k + 1),
            csvField(step.name),
            QString::number(step.count),
            last ? QString() : QString::number(step.converted),
            last ? QString() : QString::number(step.dropped),
            csvNumber(step.conversionFromPrevious),
            csvNumber(step.conversionFromFirst),
            csvNumber(step.medianSecondsFromPrevious),
            last ? QString() : QString::number(step.left),
            last ? QString() : csvField(next.join(QStringLiteral("; "))),
        };
        csv += prefix + fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

} // namespace

QString funnelOrderName(FunnelOrder order)
{
    switch (order) {
    case FunnelOrder::Ordered:
        return QStringLiteral("ordered");
    case FunnelOrder::Strict:
        return QStringLiteral("strict");
    case FunnelOrder::AnyOrder:
        return QStringLiteral("any");
    }
    return {};
}

std::optional<FunnelOrder> funnelOrderFromName(QStringView name)
{
    for (const FunnelOrder order :
         {FunnelOrder::Ordered, FunnelOrder::Strict, FunnelOrder::AnyOrder}) {
        if (name == funnelOrderName(order))
            return order;
    }
    return std::nullopt;
}

QJsonObject FunnelResult::toJson() const
{
    QJsonArray stepArray;
    for (size_t k = 0; k < steps.size(); ++k) {
        const FunnelStep& step = steps[k];
        QJsonObject object{
            {QStringLiteral("name"), step.name},
            {QStringLiteral("touchpoints"), QJsonArray::fromStringList(step.touchpointNames)},
            {QStringLiteral("count"), step.count},
            {QStringLiteral("conversion_from_previous"), step.conversionFromPrevious},
            {QStringLiteral("conversion_from_first"), step.conversionFromFirst},
            {QStringLiteral("median_seconds_from_previous"),
             jsonNumber(step.medianSecondsFromPrevious)},
        };
        if (k + 1 < steps.size()) {
            QJsonArray next;
            for (const FunnelNext& n : step.next)
                next.append(QJsonObject{{QStringLiteral("name"), n.name},
                                        {QStringLiteral("count"), n.count}});
            object.insert(QStringLiteral("converted"), step.converted);
            object.insert(QStringLiteral("dropped"), step.dropped);
            object.insert(QStringLiteral("left"), step.left);
            object.insert(QStringLiteral("next"), next);
        }
        stepArray.append(object);
    }
    return QJsonObject{
        {QStringLiteral("order"), funnelOrderName(order)},
        {QStringLiteral("window_seconds"),
         windowMs ? QJsonValue(double(*windowMs) / 1000) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("by"),
         scope == JourneyScope::Session ? QStringLiteral("session") : QStringLiteral("customer")},
        {QStringLiteral("journeys"), journeys},
        {QStringLiteral("steps"), stepArray},
    };
}

QString FunnelResult::toCsv() const
{
    return CsvHeader + QLatin1Char('\n') + csvRows(*this, QString());
}

QJsonObject FunnelBreakdown::toJson() const
{
    QJsonArray groupArray;
    for (const FunnelGroup& group : groups) {
        QJsonObject object = group.result.toJson();
        object.insert(QStringLiteral("name"), group.name);
        groupArray.append(object);
    }
    return QJsonObject{{QStringLiteral("by"), by}, {QStringLiteral("groups"), groupArray}};
}

QString FunnelBreakdown::toCsv() const
{
    QString csv = QStringLiteral("group,") + CsvHeader + QLatin1Char('\n');
    for (const FunnelGroup& group : groups)
        csv += csvRows(group.result, csvField(group.name) + QLatin1Char(','));
    return csv;
}

FunnelResult computeFunnel(const EventView& view, const FunnelOptions& options)
{
    return funnelPerGroup(view, options, Grouping::None, nullptr).front().second;
}

FunnelBreakdown funnelBreakdownOf(QString by, std::vector<std::pair<QString, FunnelResult>> results)
{
    FunnelBreakdown result;
    result.by = std::move(by);
    for (auto& [name, funnel] : results)
        result.groups.push_back({std::move(name), std::move(funnel)});
    std::sort(result.groups.begin(), result.groups.end(),
              [](const FunnelGroup& a, const FunnelGroup& b) {
                  const qint64 aEntered = a.result.steps.empty() ? 0 : a.result.steps[0].count;
                  const qint64 bEntered = b.result.steps.empty() ? 0 : b.result.steps[0].count;
                  if (aEntered != bEntered)
                      return aEntered > bEntered;
                  if (a.result.journeys != b.result.journeys)
                      return a.result.journeys > b.result.journeys;
                  return a.name < b.name;
              });
    return result;
}

FunnelBreakdown computeFunnelByChannel(const EventView& view, const FunnelOptions& options)
{
    return funnelBreakdownOf(QStringLiteral("channel"),
                             funnelPerGroup(view, options, Grouping::Channel, nullptr));
}

FunnelBreakdown computeFunnelByLabel(const EventView& view, const FunnelOptions& options,
                                     const std::vector<QString>& labels)
{
    return funnelBreakdownOf(QStringLiteral("label"),
                             funnelPerGroup(view, options, Grouping::Label, &labels));
}

} // namespace journeyscope
