#pragma once

#include <QJsonObject>
#include <QPointF>
#include <QString>
#include <vector>

namespace journeyscope {

/// Predicted against true outcomes at one threshold.
struct Confusion
{
    double threshold = 0.5;
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    qint64 trueNegatives = 0;
    qint64 falseNegatives = 0;
    double precision() const;
    double recall() const;
    double f1() const;
    double accuracy() const;
};

/// One bin of a reliability diagram: predictions in [low, high).
struct ReliabilityBin
{
    double low = 0;
    double high = 0;
    qint64 count = 0;
    double meanPredicted = 0; ///< NaN for an empty bin
    double observedRate = 0;  ///< NaN for an empty bin
};

/// One tenth of the cases, highest scores first.
struct Decile
{
    int decile = 0; ///< 1 .. 10
    qint64 count = 0;
    qint64 positives = 0;
    double rate = 0; ///< positives / count
    double lift = 0; ///< rate / the overall rate
    /// Share of all positives in deciles 1 .. this one (cumulative gains).
    double cumulativeGain = 0;
};

/**
 * How well probabilities predict a binary outcome, as a model report shows it.
 *
 * - ROC-AUC: the probability that a random positive scores above a random negative, ties
 *   counting one half (the Mann-Whitney U statistic over all pairs).
 * - PR-AUC: average precision, the sum over positives, in descending score order with tied
 *   scores taken together, of precision at that cut times the recall it adds.
 * - Log loss: mean of -ln(p) for positives and -ln(1 - p) for negatives, p clipped to
 *   [1e-15, 1 - 1e-15]. Brier score: mean of (p - y)^2.
 * - Calibration: ten equal-width bins of the predictions; the expected calibration error is
 *   the count-weighted mean of |observed rate - mean prediction| over the bins.
 * - Lift and gains: the cases sorted by score, highest first (ties in input order), cut into
 *   ten groups whose sizes differ by at most one (the first ones larger).
 */
struct ClassificationMetrics
{
    qint64 cases = 0;
    qint64 positives = 0;
    double rocAuc = 0;  ///< NaN without both classes
    double prAuc = 0;   ///< NaN without positives
    double logLoss = 0; ///< NaN without cases
    double brier = 0;   ///< NaN without cases
    double expectedCalibrationError = 0;
    std::vector<ReliabilityBin> reliability;
    std::vector<Decile> deciles;
    /// The ROC curve (false positive rate, true positive rate) and the precision-recall
    /// curve (recall, precision) at each distinct score, thinned to steps of 0.01 in
    /// either coordinate; empty without both classes.
    std::vector<QPointF> rocCurve;
    std::vector<QPointF> prCurve;
    Confusion confusion;

    /// "excellent" (AUC >= 0.9), "good" (>= 0.8), "fair" (>= 0.7), "weak" (>= 0.6), or "no
    /// better than chance", with a sentence a workshop audience can read.
    QString qualityBand() const;
    QString qualitySentence() const;

    QJsonObject toJson() const;
};

/**
 * Every metric of \a probabilities (in [0, 1]) against \a labels (0 or 1, same length), the
 * confusion at \a threshold. Throws Error when the lengths differ or a value is out of range.
 */
ClassificationMetrics evaluateClassifier(const std::vector<float>& labels,
                                         const std::vector<float>& probabilities,
                                         double threshold = 0.5);

} // namespace journeyscope
