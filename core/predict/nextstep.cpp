#include "core/predict/nextstep.h"

#include <algorithm>
#include <numeric>
#include <QJsonArray>

namespace journeyscope {

MarkovNextStep::MarkovNextStep(int order, int classes, std::vector<int> tieOrder)
    : m_order(std::max(0, std::min(order, 3)))
    , m_classes(classes)
    , m_tieOrder(std::move(tieOrder))
{
    if (m_tieOrder.size() != size_t(classes)) {
        m_tieOrder.resize(size_t(classes));
        std::iota(m_tieOrder.begin(), m_tieOrder.end(), 0);
    }
}

quint64 MarkovNextStep::key(const quint16* context, size_t length)
{
    quint64 key = length;
    for (size_t i = 0; i < length; ++i)
        key = (key << 16) | context[i];
    return key;
}

void MarkovNextStep::learn(const std::vector<quint16>& journey, int end)
{
    const size_t steps = journey.size() + (end >= 0 ? 1 : 0);
    for (size_t next = 0; next < steps; ++next) {
        const size_t value = next < journey.size() ? journey[next] : size_t(end);
        for (size_t length = 0; length <= size_t(m_order) && length <= next; ++length)
            add(journey.data() + next - length, length, int(value), 1);
    }
}

void MarkovNextStep::add(const quint16* context, size_t length, int next, qint64 count)
{
    std::vector<qint64>& counts = m_counts[key(context, length)];
    counts.resize(size_t(m_classes), 0);
    counts[size_t(next)] += count;
}

std::vector<quint16> MarkovNextStep::rank(const quint16* prefix, size_t length, int top) const
{
    std::vector<quint16> ranked;
    std::vector<char> taken(size_t(m_classes), 0);
    for (size_t context = std::min(length, size_t(m_order)) + 1; context-- > 0;) {
        const auto found = m_counts.find(key(prefix + length - context, context));
        if (found == m_counts.end())
            continue;
        const std::vector<qint64>& counts = found->second;
        std::vector<quint16> order(counts.size());
        std::iota(order.begin(), order.end(), quint16(0));
        std::sort(order.begin(), order.end(), [&](quint16 a, quint16 b) {
            return counts[a] != counts[b] ? counts[a] > counts[b] : m_tieOrder[a] < m_tieOrder[b];
        });
        for (const quint16 touchpoint : order) {
            if (counts[touchpoint] == 0 || taken[touchpoint])
                continue;
            taken[touchpoint] = 1;
            ranked.push_back(touchpoint);
            if (int(ranked.size()) == top)
                return ranked;
        }
    }
    return ranked;
}

QJsonObject NextStepEvaluation::toJson() const
{
    return {{QStringLiteral("method"), method},
            {QStringLiteral("order"), order},
            {QStringLiteral("training_journeys"), trainingJourneys},
            {QStringLiteral("test_journeys"), testJourneys},
            {QStringLiteral("predictions"), predictions},
            {QStringLiteral("top1"), top1},
            {QStringLiteral("top3"), top3},
            {QStringLiteral("with_end"), withEnd}};
}

NextStepEvaluation presentNextStep(const QStringList& touchpointNames, int order, bool withEnd,
                                   const NextStepCounts& counts)
{
    NextStepEvaluation evaluation;
    evaluation.order = order;
    evaluation.withEnd = withEnd;
    evaluation.trainingJourneys = counts.trainingJourneys;
    evaluation.testJourneys = counts.testJourneys;
    // Ties by name, whichever way a source numbers the touchpoints; the end last.
    const int touchpoints = int(touchpointNames.size());
    std::vector<int> byName(static_cast<size_t>(touchpoints));
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(),
              [&](int a, int b) { return touchpointNames[a] < touchpointNames[b]; });
    std::vector<int> tieOrder(size_t(touchpoints + (withEnd ? 1 : 0)));
    for (int place = 0; place < touchpoints; ++place)
        tieOrder[size_t(byName[size_t(place)])] = place;
    if (withEnd)
        tieOrder.back() = touchpoints;
    MarkovNextStep model(order, int(tieOrder.size()), tieOrder);
    for (const auto& [pair, count] : counts.learnt)
        model.add(pair.context.data(), pair.length, pair.next, count);
    qint64 first = 0, three = 0;
    for (const auto& [pair, count] : counts.tested) {
        const std::vector<quint16> ranked = model.rank(pair.context.data(), pair.length, 3);
        evaluation.predictions += count;
        if (!ranked.empty() && ranked.front() == pair.next)
            first += count;
        if (std::find(ranked.begin(), ranked.end(), pair.next) != ranked.end())
            three += count;
    }
    if (evaluation.predictions > 0) {
        evaluation.top1 = double(first) / double(evaluation.predictions);
        evaluation.top3 = double(three) / double(evaluation.predictions);
    }
    return evaluation;
}

NextStepEvaluation evaluateNextStep(const EventView& view, int order, bool withEnd)
{
    const EventLog& log = view.log();
    std::vector<std::pair<qint64, std::vector<quint16>>> journeys; // (first event time, path)
    view.forEachJourney([&](const Journey& journey) {
        std::vector<quint16> path;
        path.reserve(size_t(journey.size()));
        for (qsizetype i = 0; i < journey.size(); ++i)
            path.push_back(log.touchpoints()[journey[i]]);
        journeys.push_back({log.times()[journey.front()], std::move(path)});
    });
    std::stable_sort(journeys.begin(), journeys.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });

    order = std::max(0, std::min(order, 3));
    const int end = int(log.touchpointNames().size());
    // The pair of \a next after the \a length touchpoints of \a path before \a at.
    const auto pairOf = [](const std::vector<quint16>& path, size_t at, size_t length, int next) {
        NextStepPair pair;
        pair.length = quint8(length);
        for (size_t i = 0; i < length; ++i)
            pair.context[i] = path[at - length + i];
        pair.next = next;
        return pair;
    };
    NextStepCounts counts;
    const size_t training = journeys.size() * 2 / 3;
    counts.trainingJourneys = qint64(training);
    counts.testJourneys = qint64(journeys.size() - training);
    for (size_t j = 0; j < journeys.size(); ++j) {
        const std::vector<quint16>& path = journeys[j].second;
        const size_t steps = path.size() + (withEnd ? 1 : 0);
        for (size_t next = j < training ? 0 : 1; next < steps; ++next) {
            const int value = next < path.size() ? path[next] : end;
            if (j < training) {
                for (size_t length = 0; length <= size_t(order) && length <= next; ++length)
                    ++counts.learnt[pairOf(path, next, length, value)];
            } else {
                ++counts.tested[pairOf(path, next, std::min(next, size_t(order)), value)];
            }
        }
    }
    return presentNextStep(log.touchpointNames(), order, withEnd, counts);
}

} // namespace journeyscope
