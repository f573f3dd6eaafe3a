#pragma once

#include <memory>
#include <QByteArray>
#include <QStringList>
#include <vector>

namespace journeyscope {

class Feedback;

/// Rows of features for a model: dense, row after row, NaN where a value is missing.
struct FeatureTable
{
    QStringList columns;
    std::vector<float> values;
    /// Per column, whether it holds category codes (0, 1, 2, ...) that XGBoost splits on
    /// as sets rather than by order; empty when every column is a number.
    std::vector<bool> categorical;

    qsizetype rows() const
    {
        return columns.isEmpty() ? 0 : qsizetype(values.size()) / columns.size();
    }
    void appendRow(const std::vector<float>& row)
    {
        values.insert(values.end(), row.begin(), row.end());
    }
};

/// How XGBoost trains a classifier (tree_method hist; objective binary:logistic for two
/// classes, multi:softprob for more).
struct BoostingParameters
{
    /// Labels are 0 .. classes - 1.
    int classes = 2;
    int maxRounds = 400;
    /// Training stops when the validation log loss has not improved for this many rounds;
    /// the model keeps the best round.
    int earlyStoppingRounds = 25;
    double learningRate = 0.1;
    int maxDepth = 6;
    double minChildWeight = 1;
    double subsample = 0.8;
    double columnSample = 0.8;
    /// Weight of the positive class, for imbalance; 1 leaves the classes as they are.
    double positiveWeight = 1;
    quint64 seed = 1;
    /// OpenMP threads of XGBoost. On 2 cores a second thread helps only when the other core
    /// is idle, so one is the default.
    int threads = 1;
};

/**
 * A gradient-boosted tree classifier of XGBoost, through its C API: training with early
 * stopping on a validation set, probabilities, SHAP contributions, and the model as bytes
 * (XGBoost's own UBJSON format) for storing in a project. Deterministic for given data and
 * seed. Methods throw Error with XGBoost's message when it fails.
 */
class BoostedTrees
{
public:
    BoostedTrees(BoostedTrees&&) noexcept;
    BoostedTrees& operator=(BoostedTrees&&) noexcept;
    ~BoostedTrees();

    /**
     * Trains on \a train with \a labels (0 .. classes - 1), stopping early on \a validation. Polls
     * \a feedback between rounds (throws Canceled) and reports the share of maxRounds done.
     */
    static BoostedTrees train(const FeatureTable& train, const std::vector<float>& labels,
                              const FeatureTable& validation,
                              const std::vector<float>& validationLabels,
                              const BoostingParameters& parameters, Feedback* feedback = nullptr);
    /// Trains exactly \a rounds rounds on \a train, without validation: the refit on all
    /// the data once train() found how many rounds are best.
    static BoostedTrees trainRounds(const FeatureTable& train, const std::vector<float>& labels,
                                    int rounds, const BoostingParameters& parameters,
                                    Feedback* feedback = nullptr);
    /// A model saved by save(). Throws Error for bytes that are not one.
    static BoostedTrees load(const QByteArray& bytes);

    QByteArray save() const;
    /// The probability of the positive class for each row of \a table; with more than two
    /// classes, one probability per class, row after row.
    std::vector<float> predict(const FeatureTable& table) const;
    /**
     * SHAP values of a binary model: for each row, one contribution per column and then the
     * bias, in log odds; a row's values add up to the logit of its prediction.
     */
    std::vector<float> contributions(const FeatureTable& table) const;
    /// The total gain of the splits on each of the model's \a features columns (0 for a
    /// column no tree splits on).
    std::vector<double> totalGain(qsizetype features) const;
    /// Rounds (trees) kept: the best validation round + 1.
    int rounds() const;
    /// The validation log loss after each round trained (empty for a loaded model).
    const std::vector<double>& validationLoss() const { return m_validationLoss; }

private:
    struct Handle;
    explicit BoostedTrees(std::unique_ptr<Handle> handle);
    /// A booster on \a matrices (DMatrixHandle) with \a parameters set; a binary one starts
    /// from \a prior.
    static std::unique_ptr<Handle> newBooster(const std::vector<void*>& matrices,
                                              const BoostingParameters& parameters, double prior);

    std::unique_ptr<Handle> m_handle;
    std::vector<double> m_validationLoss;
};

} // namespace journeyscope
