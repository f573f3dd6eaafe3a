#include "core/predict/nextstep.h"

#include <algorithm>
#include <numeric>
#include <QJsonArray>

namespace journeyscope {

MarkovNextStep::MarkovNextStep(int order, int classes)
    : m_order(std::max(0, std::min(order, 3)))
    , m_classes(classes)
{}

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
        for (size_t length = 0; length <= size_t(m_order) && length <= next; ++length) {
            std::vector<qint64>& counts = m_counts[key(journey.data() + next - length, length)];
            counts.resize(size_t(m_classes), 0);
            ++counts[value];
        }
    }
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
        std::stable_sort(order.begin(), order.end(),
                         [&](quint16 a, quint16 b) { return counts[a] > counts[b]; });
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

    NextStepEvaluation evaluation;
    evaluation.order = order;
    evaluation.withEnd = withEnd;
    const int touchpoints = int(log.touchpointNames().size());
    const int end = withEnd ? touchpoints : -1;
    const size_t training = journeys.size() * 2 / 3;
    evaluation.trainingJourneys = qint64(training);
    evaluation.testJourneys = qint64(journeys.size() - training);
    MarkovNextStep model(order, touchpoints + (withEnd ? 1 : 0));
    for (size_t j = 0; j < training; ++j)
        model.learn(journeys[j].second, end);
    qint64 first = 0, three = 0;
    for (size_t j = training; j < journeys.size(); ++j) {
        const std::vector<quint16>& path = journeys[j].second;
        const size_t last = withEnd ? path.size() : path.size() - 1;
        for (size_t length = 1; length <= last; ++length) {
            const quint16 actual = length < path.size() ? path[length] : quint16(end);
            const std::vector<quint16> ranked = model.rank(path.data(), length, 3);
            ++evaluation.predictions;
            first += !ranked.empty() && ranked.front() == actual;
            three += std::find(ranked.begin(), ranked.end(), actual) != ranked.end();
        }
    }
    if (evaluation.predictions > 0) {
        evaluation.top1 = double(first) / double(evaluation.predictions);
        evaluation.top3 = double(three) / double(evaluation.predictions);
    }
    return evaluation;
}

} // namespace journeyscope
