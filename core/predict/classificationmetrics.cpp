#include "core/predict/classificationmetrics.h"

#include "core/base/error.h"
#include "core/base/jsonnumber.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <QCoreApplication>
#include <QJsonArray>

namespace journeyscope {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr int Bins = 10;

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::ClassificationMetrics)
};

double ratio(double part, double whole)
{
    return whole > 0 ? part / whole : NaN;
}

/// Mann-Whitney: the mean rank of the positives, ties sharing the mean of their ranks.
double rocAuc(const std::vector<float>& labels, const std::vector<float>& scores,
              const std::vector<size_t>& ascending, qint64 positives)
{
    const auto n = qint64(labels.size());
    const qint64 negatives = n - positives;
    if (positives == 0 || negatives == 0)
        return NaN;
    double positiveRanks = 0;
    for (size_t i = 0; i < ascending.size();) {
        size_t j = i;
        while (j < ascending.size() && scores[ascending[j]] == scores[ascending[i]])
            ++j;
        const double meanRank = (double(i + 1) + double(j)) / 2; // ranks i+1 .. j
        for (size_t k = i; k < j; ++k)
            positiveRanks += labels[ascending[k]] > 0.5f ? meanRank : 0.0;
        i = j;
    }
    const double u = positiveRanks - double(positives) * double(positives + 1) / 2;
    return u / (double(positives) * double(negatives));
}

/// Average precision over the distinct scores, highest first.
double averagePrecision(const std::vector<float>& labels, const std::vector<float>& scores,
                        const std::vector<size_t>& descending, qint64 positives)
{
    if (positives == 0)
        return NaN;
    double sum = 0;
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    for (size_t i = 0; i < descending.size();) {
        size_t j = i;
        qint64 groupPositives = 0;
        while (j < descending.size() && scores[descending[j]] == scores[descending[i]]) {
            const bool positive = labels[descending[j]] > 0.5f;
            groupPositives += positive;
            falsePositives += !positive;
            ++j;
        }
        truePositives += groupPositives;
        if (groupPositives > 0) {
            sum += double(truePositives) / double(truePositives + falsePositives) *
                   (double(groupPositives) / double(positives));
        }
        i = j;
    }
    return sum;
}

} // namespace

double Confusion::precision() const
{
    return ratio(double(truePositives), double(truePositives + falsePositives));
}

double Confusion::recall() const
{
    return ratio(double(truePositives), double(truePositives + falseNegatives));
}

double Confusion::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : NaN;
}

double Confusion::accuracy() const
{
    return ratio(double(truePositives + trueNegatives),
                 double(truePositives + trueNegatives + falsePositives + falseNegatives));
}

namespace {

/// Fills the ROC and precision-recall curves, cutting at each distinct score from the top.
void curves(const std::vector<float>& labels, const std::vector<float>& probabilities,
            const std::vector<size_t>& descending, ClassificationMetrics& metrics)
{
    const auto positives = double(metrics.positives);
    const double negatives = double(metrics.cases) - positives;
    if (positives == 0 || negatives == 0)
        return;
    constexpr double Step = 0.01;
    double truePositives = 0, falsePositives = 0;
    metrics.rocCurve.push_back({0, 0});
    for (size_t k = 0; k < descending.size(); ++k) {
        const size_t i = descending[k];
        (labels[i] == 1.0f ? truePositives : falsePositives) += 1;
        const bool groupEnds =
            k + 1 == descending.size() || probabilities[descending[k + 1]] != probabilities[i];
        if (!groupEnds)
            continue;
        const QPointF roc(falsePositives / negatives, truePositives / positives);
        const QPointF pr(truePositives / positives,
                         truePositives / (truePositives + falsePositives));
        const bool last = k + 1 == descending.size();
        if (last || std::abs(roc.x() - metrics.rocCurve.back().x()) >= Step ||
            std::abs(roc.y() - metrics.rocCurve.back().y()) >= Step)
            metrics.rocCurve.push_back(roc);
        if (last || metrics.prCurve.empty() ||
            std::abs(pr.x() - metrics.prCurve.back().x()) >= Step ||
            std::abs(pr.y() - metrics.prCurve.back().y()) >= Step)
            metrics.prCurve.push_back(pr);
    }
}

QJsonArray pointsToJson(const std::vector<QPointF>& points)
{
    QJsonArray array;
    for (const QPointF& point : points)
        array.append(QJsonArray{point.x(), point.y()});
    return array;
}

} // namespace

ClassificationMetrics evaluateClassifier(const std::vector<float>& labels,
                                         const std::vector<float>& probabilities, double threshold)
{
    if (labels.size() != probabilities.size()) {
        throw Error(
            Text::tr("%1 labels but %2 predictions").arg(labels.size()).arg(probabilities.size()));
    }
    ClassificationMetrics metrics;
    metrics.cases = qint64(labels.size());
    metrics.confusion.threshold = threshold;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] != 0.0f && labels[i] != 1.0f)
            throw Error(Text::tr("label %1 of case %2 is not 0 or 1").arg(labels[i]).arg(i + 1));
        if (!(probabilities[i] >= 0.0f && probabilities[i] <= 1.0f))
            throw Error(Text::tr("prediction %1 of case %2 is not in [0, 1]")
                            .arg(probabilities[i])
                            .arg(i + 1));
        metrics.positives += labels[i] == 1.0f;
    }
    const size_t n = labels.size();

    std::vector<size_t> ascending(n);
    std::iota(ascending.begin(), ascending.end(), 0);
    std::stable_sort(ascending.begin(), ascending.end(),
                     [&](size_t a, size_t b) { return probabilities[a] < probabilities[b]; });
    std::vector<size_t> descending(n);
    std::iota(descending.begin(), descending.end(), 0);
    std::stable_sort(descending.begin(), descending.end(),
                     [&](size_t a, size_t b) { return probabilities[a] > probabilities[b]; });
    metrics.rocAuc = rocAuc(labels, probabilities, ascending, metrics.positives);
    curves(labels, probabilities, descending, metrics);
    metrics.prAuc = averagePrecision(labels, probabilities, descending, metrics.positives);

    // Log loss, Brier score, confusion and reliability in one pass.
    constexpr double Epsilon = 1e-15;
    double logLoss = 0;
    double brier = 0;
    std::vector<qint64> binCount(Bins, 0), binPositives(Bins, 0);
    std::vector<double> binPredicted(Bins, 0.0);
    for (size_t i = 0; i < n; ++i) {
        const bool positive = labels[i] == 1.0f;
        const double p = std::clamp(double(probabilities[i]), Epsilon, 1 - Epsilon);
        logLoss -= positive ? std::log(p) : std::log(1 - p);
        brier += (double(probabilities[i]) - labels[i]) * (double(probabilities[i]) - labels[i]);
        const bool predicted = probabilities[i] >= threshold;
        Confusion& c = metrics.confusion;
        c.truePositives += predicted && positive;
        c.falsePositives += predicted && !positive;
        c.trueNegatives += !predicted && !positive;
        c.falseNegatives += !predicted && positive;
        const int bin = std::min(Bins - 1, int(probabilities[i] * Bins));
        ++binCount[size_t(bin)];
        binPositives[size_t(bin)] += positive;
        binPredicted[size_t(bin)] += probabilities[i];
    }
    metrics.logLoss = n > 0 ? logLoss / double(n) : NaN;
    metrics.brier = n > 0 ? brier / double(n) : NaN;
    double calibrationError = 0;
    for (int b = 0; b < Bins; ++b) {
        ReliabilityBin bin;
        bin.low = double(b) / Bins;
        bin.high = double(b + 1) / Bins;
        bin.count = binCount[size_t(b)];
        bin.meanPredicted = ratio(binPredicted[size_t(b)], double(bin.count));
        bin.observedRate = ratio(double(binPositives[size_t(b)]), double(bin.count));
        if (bin.count > 0)
            calibrationError += double(bin.count) * std::abs(bin.observedRate - bin.meanPredicted);
        metrics.reliability.push_back(bin);
    }
    metrics.expectedCalibrationError = n > 0 ? calibrationError / double(n) : NaN;

    // Deciles of the highest scores first.
    const double overallRate = ratio(double(metrics.positives), double(n));
    size_t at = 0;
    qint64 captured = 0;
    for (int d = 0; d < Bins; ++d) {
        const size_t size = n / Bins + (size_t(d) < n % Bins ? 1 : 0);
        Decile decile;
        decile.decile = d + 1;
        decile.count = qint64(size);
        for (size_t k = at; k < at + size; ++k)
            decile.positives += labels[descending[k]] == 1.0f;
        at += size;
        captured += decile.positives;
        decile.rate = ratio(double(decile.positives), double(decile.count));
        decile.lift = ratio(decile.rate, overallRate);
        decile.cumulativeGain = ratio(double(captured), double(metrics.positives));
        metrics.deciles.push_back(decile);
    }
    return metrics;
}

QString ClassificationMetrics::qualityBand() const
{
    if (std::isnan(rocAuc))
        return Text::tr("not measurable");
    if (rocAuc >= 0.9)
        return Text::tr("excellent");
    if (rocAuc >= 0.8)
        return Text::tr("good");
    if (rocAuc >= 0.7)
        return Text::tr("fair");
    if (rocAuc >= 0.6)
        return Text::tr("weak");
    return Text::tr("no better than chance");
}

QString ClassificationMetrics::qualitySentence() const
{
    if (std::isnan(rocAuc))
        return Text::tr("The test cases hold only one outcome, so the model cannot be judged.");
    return Text::tr("Given one case with the outcome and one without, the model ranks the first "
                    "higher %1 % of the times: %2.")
        .arg(rocAuc * 100, 0, 'f', 0)
        .arg(qualityBand());
}

QJsonObject ClassificationMetrics::toJson() const
{
    QJsonArray bins;
    for (const ReliabilityBin& bin : reliability) {
        bins.append(QJsonObject{{QStringLiteral("low"), bin.low},
                                {QStringLiteral("high"), bin.high},
                                {QStringLiteral("count"), bin.count},
                                {QStringLiteral("mean_predicted"), jsonNumber(bin.meanPredicted)},
                                {QStringLiteral("observed_rate"), jsonNumber(bin.observedRate)}});
    }
    QJsonArray decileArray;
    for (const Decile& decile : deciles) {
        decileArray.append(
            QJsonObject{{QStringLiteral("decile"), decile.decile},
                        {QStringLiteral("count"), decile.count},
                        {QStringLiteral("positives"), decile.positives},
                        {QStringLiteral("rate"), jsonNumber(decile.rate)},
                        {QStringLiteral("lift"), jsonNumber(decile.lift)},
                        {QStringLiteral("cumulative_gain"), jsonNumber(decile.cumulativeGain)}});
    }
    return QJsonObject{
        {QStringLiteral("cases"), cases},
        {QStringLiteral("positives"), positives},
        {QStringLiteral("auc"), jsonNumber(rocAuc)},
        {QStringLiteral("pr_auc"), jsonNumber(prAuc)},
        {QStringLiteral("log_loss"), jsonNumber(logLoss)},
        {QStringLiteral("brier"), jsonNumber(brier)},
        {QStringLiteral("expected_calibration_error"), jsonNumber(expectedCalibrationError)},
        {QStringLiteral("reliability"), bins},
        {QStringLiteral("deciles"), decileArray},
        {QStringLiteral("roc_curve"), pointsToJson(rocCurve)},
        {QStringLiteral("pr_curve"), pointsToJson(prCurve)},
        {QStringLiteral("confusion"),
         QJsonObject{{QStringLiteral("threshold"), confusion.threshold},
                     {QStringLiteral("true_positives"), confusion.truePositives},
                     {QStringLiteral("false_positives"), confusion.falsePositives},
                     {QStringLiteral("true_negatives"), confusion.trueNegatives},
                     {QStringLiteral("false_negatives"), confusion.falseNegatives},
                     {QStringLiteral("precision"), jsonNumber(confusion.precision())},
                     {QStringLiteral("recall"), jsonNumber(confusion.recall())},
                     {QStringLiteral("f1"), jsonNumber(confusion.f1())},
                     {QStringLiteral("accuracy"), jsonNumber(confusion.accuracy())}}},
        {QStringLiteral("quality"), QJsonObject{{QStringLiteral("band"), qualityBand()},
                                                {QStringLiteral("sentence"), qualitySentence()}}},
    };
}

} // namespace journeyscope
