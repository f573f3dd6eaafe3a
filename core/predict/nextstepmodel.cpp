#include "core/predict/nextstepmodel.h"

#include "core/base/error.h"
#include "core/predict/journeyfeatures.h"

#include <algorithm>
#include <numeric>
#include <QCoreApplication>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::NextStepModel)
};

/// Rows for every prefix of some journeys and, as labels, what came next.
struct PrefixRows
{
    FeatureTable features;
    std::vector<float> labels;
};

} // namespace

NextStepEvaluation evaluateBoostedNextStep(const EventView& view, bool withEnd,
                                           BoostingParameters parameters, Feedback* feedback)
{
    const EventLog& log = view.log();
    // Journeys in the order of their first event; a journey is known by when it is visited.
    std::vector<qint64> starts;
    view.forEachJourney(
        [&](const Journey& journey) { starts.push_back(log.times()[journey.front()]); });
    std::vector<size_t> byStart(starts.size());
    std::iota(byStart.begin(), byStart.end(), 0);
    std::stable_sort(byStart.begin(), byStart.end(),
                     [&](size_t a, size_t b) { return starts[a] < starts[b]; });
    const size_t training = starts.size() * 2 / 3;
    const size_t fitted = training - training / 5;
    // 0: fitted, 1: validation (early stopping), 2: tested
    std::vector<int> part(starts.size(), 2);
    for (size_t i = 0; i < training; ++i)
        part[byStart[i]] = i < fitted ? 0 : 1;
    if (fitted == 0 || fitted == training || training == starts.size())
        throw Error(
            Text::tr("%1 journeys are too few to learn and test next steps").arg(starts.size()));

    const JourneyFeatures features(log);
    const auto end = float(log.touchpointNames().size());
    PrefixRows rows[3];
    for (PrefixRows& rowsOfPart : rows)
        rowsOfPart.features = features.emptyTable();
    size_t visited = 0;
    std::vector<qsizetype> cuts;
    view.forEachJourney([&](const Journey& journey) {
        PrefixRows& into = rows[part[visited++]];
        cuts.clear();
        const qsizetype last = withEnd ? journey.size() : journey.size() - 1;
        for (qsizetype cut = 1; cut <= last; ++cut) {
            cuts.push_back(cut);
            into.labels.push_back(cut < journey.size() ? float(log.touchpoints()[journey[cut]])
                                                       : end);
        }
        features.appendRows(journey, cuts, into.features);
    });

    parameters.classes = int(log.touchpointNames().size()) + (withEnd ? 1 : 0);
    const BoostedTrees model = BoostedTrees::train(
        rows[0].features, rows[0].labels, rows[1].features, rows[1].labels, parameters, feedback);

    NextStepEvaluation evaluation;
    evaluation.method = QStringLiteral("xgboost");
    evaluation.withEnd = withEnd;
    evaluation.trainingJourneys = qint64(training);
    evaluation.testJourneys = qint64(starts.size() - training);
    const PrefixRows& tested = rows[2];
    evaluation.predictions = qint64(tested.labels.size());
    if (evaluation.predictions == 0)
        return evaluation;
    const std::vector<float> probabilities = model.predict(tested.features);
    const auto classes = size_t(parameters.classes);
    qint64 first = 0, three = 0;
    std::vector<size_t> ranked(classes);
    for (size_t row = 0; row < tested.labels.size(); ++row) {
        const float* p = probabilities.data() + row * classes;
        std::iota(ranked.begin(), ranked.end(), 0);
        std::partial_sort(ranked.begin(), ranked.begin() + std::min<size_t>(3, classes),
                          ranked.end(),
                          [&](size_t a, size_t b) { return p[a] != p[b] ? p[a] > p[b] : a < b; });
        const auto actual = size_t(tested.labels[row]);
        first += ranked[0] == actual;
        three += std::find(ranked.begin(), ranked.begin() + std::min<size_t>(3, classes), actual) !=
                 ranked.begin() + std::min<size_t>(3, classes);
    }
    evaluation.top1 = double(first) / double(evaluation.predictions);
    evaluation.top3 = double(three) / double(evaluation.predictions);
    return evaluation;
}

} // namespace journeyscope
