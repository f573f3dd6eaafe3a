#include "core/predict/attribution.h"

#include "core/base/error.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QCoreApplication>
#include <QJsonArray>
#include <unordered_map>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::Attribution)
};

constexpr int MaxStates = 2000;
constexpr int Start = -1;
constexpr int Conversion = -2;
constexpr int None = -3;

/// The Markov chain of the paths: states as runs of the last touches, transition counts.
struct Chain
{
    std::vector<std::vector<int>> runs;                ///< of each state
    std::map<std::pair<int, int>, qint64> transitions; ///< (from, to) -> count

    int stateOf(const std::vector<int>& run)
    {
        qint64 key = qint64(run.size());
        for (const int touch : run)
            key = key * 65537 + touch + 1;
        const auto [it, added] = index.emplace(key, int(runs.size()));
        if (added)
            runs.push_back(run);
        return it->second;
    }

    /// Adds \a path as taken by \a journeys journeys, \a converted of them converting.
    void addPath(const std::vector<int>& path, int order, qint64 journeys, qint64 converted)
    {
        int from = Start;
        std::vector<int> run;
        for (const int touch : path) {
            run.push_back(touch);
            if (int(run.size()) > order)
                run.erase(run.begin());
            const int to = stateOf(run);
            transitions[{from, to}] += journeys;
            from = to;
        }
        if (converted > 0)
            transitions[{from, Conversion}] += converted;
        if (journeys > converted)
            transitions[{from, None}] += journeys - converted;
    }

    std::unordered_map<qint64, int> index;
};

/**
 * P(conversion) from Start when the states in \a removed lead to none: solves
 * (I - Q) x = r over the other states by Gaussian elimination with partial pivoting.
 */
double conversionProbability(const Chain& chain, const std::vector<char>& removed)
{
    const int n = int(chain.runs.size());
    std::vector<int> position(static_cast<size_t>(n), -1);
    int size = 0;
    for (int s = 0; s < n; ++s) {
        if (!removed[size_t(s)])
            position[size_t(s)] = size++;
    }
    std::vector<double> outgoing(static_cast<size_t>(n) + 1, 0.0); // [n]: Start
    for (const auto& [edge, count] : chain.transitions)
        outgoing[size_t(edge.first == Start ? n : edge.first)] += double(count);

    // Augmented matrix [I - Q | r], row after row.
    const auto width = size_t(size) + 1;
    std::vector<double> a(size_t(size) * width, 0.0);
    for (int i = 0; i < size; ++i)
        a[size_t(i) * width + size_t(i)] = 1.0;
    std::vector<double> start(static_cast<size_t>(size), 0.0);
    for (const auto& [edge, count] : chain.transitions) {
        const auto [from, to] = edge;
        if (from != Start && removed[size_t(from)])
            continue;
        const double p = double(count) / outgoing[size_t(from == Start ? n : from)];
        if (to == None || (to >= 0 && removed[size_t(to)]))
            continue;
        if (from == Start) {
            if (to >= 0)
                start[size_t(position[size_t(to)])] += p;
            continue;
        }
        const size_t row = size_t(position[size_t(from)]);
        if (to == Conversion)
            a[row * width + size_t(size)] += p;
        else
            a[row * width + size_t(position[size_t(to)])] -= p;
    }
    for (int column = 0; column < size; ++column) {
        int pivot = column;
        for (int row = column + 1; row < size; ++row) {
            if (std::abs(a[size_t(row) * width + size_t(column)]) >
                std::abs(a[size_t(pivot) * width + size_t(column)]))
                pivot = row;
        }
        if (pivot != column) {
            std::swap_ranges(a.begin() + qsizetype(size_t(pivot) * width),
                             a.begin() + qsizetype(size_t(pivot + 1) * width),
                             a.begin() + qsizetype(size_t(column) * width));
        }
        const double diagonal = a[size_t(column) * width + size_t(column)];
        for (int row = 0; row < size; ++row) {
            if (row == column)
                continue;
            const double factor = a[size_t(row) * width + size_t(column)] / diagonal;
            if (factor == 0)
                continue;
            for (size_t c = size_t(column); c < width; ++c)
                a[size_t(row) * width + c] -= factor * a[size_t(column) * width + c];
        }
    }
    double probability = 0;
    for (int s = 0; s < size; ++s) {
        const double x = a[size_t(s) * width + size_t(size)] / a[size_t(s) * width + size_t(s)];
        probability += start[size_t(s)] * x;
    }
    return probability;
}

} // namespace

AttributionReport presentAttribution(const QStringList& names, const AttributionPaths& counted,
                                     const AttributionOptions& options)
{
    if (options.order < 1 || options.order > 3)
        throw Error(Text::tr("the Markov order must be 1, 2 or 3, not %1").arg(options.order));
    AttributionReport report;
    report.level = options.level;
    report.order = options.order;

    // Paths and touches in the order of their names, so that every sum and the chain's
    // states come out the same whichever way a source numbers them.
    const auto nameOf = [&](int touch) { return names.value(touch); };
    std::vector<std::pair<QStringList, const AttributionPaths::Entry*>> paths;
    for (const auto& entry : counted.paths) {
        QStringList steps;
        for (const int touch : entry.first)
            steps.append(nameOf(touch));
        paths.emplace_back(std::move(steps), &entry);
    }
    std::sort(paths.begin(), paths.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });

    std::vector<double> first(size_t(names.size()), 0.0), last(first), linear(first);
    Chain chain;
    for (const auto& [steps, entry] : paths) {
        const std::vector<int>& path = entry->first;
        const auto [journeys, converted] = entry->second;
        if (path.empty())
            continue;
        report.paths += journeys;
        chain.addPath(path, options.order, journeys, converted);
        if (converted == 0)
            continue;
        report.conversions += converted;
        first[size_t(path.front())] += double(converted);
        last[size_t(path.back())] += double(converted);
        for (const int touch : path)
            linear[size_t(touch)] += double(converted) / double(path.size());
    }
    report.states = int(chain.runs.size());
    if (report.states > MaxStates) {
        throw Error(
            Text::tr("the chain of order %1 has %L2 states, more than %L3: use a lower order "
                     "or channels")
                .arg(options.order)
                .arg(report.states)
                .arg(MaxStates));
    }

    std::vector<char> none(size_t(report.states), 0);
    report.conversionProbability = report.conversions > 0 ? conversionProbability(chain, none) : 0;
    std::vector<int> seen;
    for (const auto& run : chain.runs) {
        for (const int touch : run) {
            if (std::find(seen.begin(), seen.end(), touch) == seen.end())
                seen.push_back(touch);
        }
    }
    std::sort(seen.begin(), seen.end(), [&](int a, int b) { return nameOf(a) < nameOf(b); });
    std::vector<double> effects(size_t(names.size()), 0.0);
    double effectSum = 0;
    for (const int t : seen) {
        if (report.conversionProbability <= 0)
            continue;
        std::vector<char> removed(size_t(report.states), 0);
        for (int s = 0; s < report.states; ++s) {
            const auto& run = chain.runs[size_t(s)];
            removed[size_t(s)] = std::find(run.begin(), run.end(), t) != run.end();
        }
        // Rounding can leave a hair below zero where removing a touch changes nothing.
        effects[size_t(t)] =
            std::max(0.0, 1 - conversionProbability(chain, removed) / report.conversionProbability);
        effectSum += effects[size_t(t)];
    }
    for (const int t : seen) {
        AttributionCredit credit;
        credit.name = nameOf(t);
        credit.firstTouch = first[size_t(t)];
        credit.lastTouch = last[size_t(t)];
        credit.linear = linear[size_t(t)];
        credit.removalEffect = effects[size_t(t)];
        credit.markov =
            effectSum > 0 ? effects[size_t(t)] / effectSum * double(report.conversions) : 0.0;
        report.credits.push_back(credit);
    }
    std::sort(report.credits.begin(), report.credits.end(),
              [](const AttributionCredit& a, const AttributionCredit& b) {
                  return a.markov != b.markov ? a.markov > b.markov : a.name < b.name;
              });
    return report;
}

AttributionReport attributeConversions(const EventView& view, const Goal& goal,
                                       const AttributionOptions& options)
{
    const EventLog& log = view.log();
    const bool byChannel = options.level == AttributionLevel::Channel;
    const qint64 end = options.dataEndMs ? *options.dataEndMs : log.lastMs().value_or(0);
    AttributionPaths paths;
    std::vector<int> path;
    view.forEachJourney([&](const Journey& journey) {
        const qsizetype goalAt = goal.firstGoal(log, journey);
        const Outcome outcome = goal.outcome(log, journey, end, goalAt);
        if (outcome == Outcome::Open)
            return;
        const qsizetype before = goalAt >= 0 ? goalAt : journey.size();
        path.clear();
        for (qsizetype i = 0; i < before; ++i) {
            const quint32 event = journey[i];
            if (byChannel) {
                if (log.channels()[event] != 0)
                    path.push_back(log.channels()[event]);
            } else if (!goal.isGoal(log.touchpoints()[event])) {
                path.push_back(log.touchpoints()[event]);
            }
        }
        if (path.empty())
            return;
        auto& [journeys, converted] = paths.paths[path];
        ++journeys;
        converted += outcome == Outcome::Converted ? 1 : 0;
    });
    return presentAttribution(byChannel ? log.channelNames() : log.touchpointNames(), paths,
                              options);
}

QJsonObject AttributionReport::toJson() const
{
    QJsonArray list;
    for (const AttributionCredit& credit : credits) {
        list.append(QJsonObject{{QStringLiteral("name"), credit.name},
                                {QStringLiteral("first_touch"), credit.firstTouch},
                                {QStringLiteral("last_touch"), credit.lastTouch},
                                {QStringLiteral("linear"), credit.linear},
                                {QStringLiteral("markov"), credit.markov},
                                {QStringLiteral("removal_effect"), credit.removalEffect}});
    }
    return {{QStringLiteral("level"), level == AttributionLevel::Channel
                                          ? QStringLiteral("channel")
                                          : QStringLiteral("touchpoint")},
            {QStringLiteral("order"), order},
            {QStringLiteral("paths"), paths},
            {QStringLiteral("conversions"), conversions},
            {QStringLiteral("states"), states},
            {QStringLiteral("conversion_probability"), conversionProbability},
            {QStringLiteral("credits"), list}};
}

} // namespace journeyscope
