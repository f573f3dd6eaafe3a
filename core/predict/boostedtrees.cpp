#include "core/predict/boostedtrees.h"

#include "core/base/error.h"
#include "core/base/feedback.h"
#include "core/predict/modelbytes.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <string>
#include <xgboost/c_api.h>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::BoostedTrees)
};

/// Throws Error with XGBoost's last message when \a result reports a failure.
void check(int result)
{
    if (result != 0)
        throw Error(Text::tr("XGBoost: %1").arg(QString::fromUtf8(XGBGetLastError())));
}

/// An XGBoost matrix of a table's rows, with labels when given.
class Matrix
{
public:
    /// With \a positiveWeight other than 1, the rows labelled 1 weigh that much, in
    /// training and in the validation loss alike (XGBoost's scale_pos_weight would weigh
    /// them in training only, and early stopping would then judge a shifted model).
    Matrix(const FeatureTable& table, const std::vector<float>* labels = nullptr,
           double positiveWeight = 1)
    {
        if (table.columns.isEmpty())
            throw Error(Text::tr("a model needs at least one feature"));
        if (labels && qsizetype(labels->size()) != table.rows()) {
            throw Error(Text::tr("%1 rows of features but %2 labels")
                            .arg(table.rows())
                            .arg(labels->size()));
        }
        check(XGDMatrixCreateFromMat(table.values.data(), bst_ulong(table.rows()),
                                     bst_ulong(table.columns.size()), std::nanf(""), &m_handle));
        if (!table.categorical.empty()) {
            std::vector<const char*> types;
            for (const bool categorical : table.categorical)
                types.push_back(categorical ? "c" : "q");
            check(XGDMatrixSetStrFeatureInfo(m_handle, "feature_type", types.data(),
                                             bst_ulong(types.size())));
        }
        if (labels)
            check(XGDMatrixSetFloatInfo(m_handle, "label", labels->data(), labels->size()));
        if (labels && positiveWeight != 1) {
            std::vector<float> weights;
            for (const float label : *labels)
                weights.push_back(label == 1.0f ? float(positiveWeight) : 1.0f);
            check(XGDMatrixSetFloatInfo(m_handle, "weight", weights.data(), weights.size()));
        }
    }
    ~Matrix() { XGDMatrixFree(m_handle); }
    Matrix(const Matrix&) = delete;
    Matrix& operator=(const Matrix&) = delete;

    DMatrixHandle handle() const { return m_handle; }

private:
    DMatrixHandle m_handle = nullptr;
};

void setParameter(BoosterHandle booster, const char* name, const QByteArray& value)
{
    check(XGBoosterSetParam(booster, name, value.constData()));
}

/// Numbers in the C locale whatever the user's (std::to_string follows the locale).
QByteArray text(double value)
{
    return QByteArray::number(value, 'g', 17);
}

/// "[3]\tvalidation-logloss:0.41234" -> 0.41234
double lossOf(const char* evaluation)
{
    const QByteArray line(evaluation);
    return line.mid(line.lastIndexOf(':') + 1).trimmed().toDouble();
}

/// The weighted share of positives: where a binary model starts, so that small leaves are
/// pulled towards the prior rather than towards one half (as XGBoost 2 does by itself).
double priorOf(const std::vector<float>& labels, double positiveWeight)
{
    double positives = 0;
    for (const float label : labels)
        positives += label == 1.0f;
    const double weighted = positives * positiveWeight;
    const double total = weighted + double(labels.size()) - positives;
    return total > 0 ? std::clamp(weighted / total, 1e-6, 1 - 1e-6) : 0.5;
}

} // namespace

struct BoostedTrees::Handle
{
    BoosterHandle booster = nullptr;
    ~Handle() { XGBoosterFree(booster); }
};

BoostedTrees::BoostedTrees(std::unique_ptr<Handle> handle)
    : m_handle(std::move(handle))
{}

BoostedTrees::BoostedTrees(BoostedTrees&&) noexcept = default;
BoostedTrees& BoostedTrees::operator=(BoostedTrees&&) noexcept = default;
BoostedTrees::~BoostedTrees() = default;

BoostedTrees BoostedTrees::train(const FeatureTable& train, const std::vector<float>& labels,
                                 const FeatureTable& validation,
                                 const std::vector<float>& validationLabels,
                                 const BoostingParameters& parameters, Feedback* feedback)
{
    if (validation.columns != train.columns)
        throw Error(Text::tr("the validation rows have other features than the training rows"));
    const Matrix trainMatrix(train, &labels, parameters.positiveWeight);
    const Matrix validationMatrix(validation, &validationLabels, parameters.positiveWeight);
    const auto training = newBooster({trainMatrix.handle(), validationMatrix.handle()}, parameters,
                                     priorOf(labels, parameters.positiveWeight));
    BoosterHandle booster = training->booster;

    std::vector<double> losses;
    int best = 0;
    const DMatrixHandle evaluated[] = {validationMatrix.handle()};
    const char* names[] = {"validation"};
    for (int round = 0; round < parameters.maxRounds; ++round) {
        if (feedback) {
            feedback->checkCanceled();
            feedback->setProgress(double(round) / parameters.maxRounds, round);
        }
        check(XGBoosterUpdateOneIter(booster, round, trainMatrix.handle()));
        const char* evaluation = nullptr;
        check(XGBoosterEvalOneIter(booster, round, const_cast<DMatrixHandle*>(evaluated), names, 1,
                                   &evaluation));
        losses.push_back(lossOf(evaluation));
        if (losses.back() < losses[size_t(best)])
            best = round;
        else if (round - best >= parameters.earlyStoppingRounds)
            break;
    }

    // Keep the trees of the best round.
    auto kept = std::make_unique<Handle>();
    check(XGBoosterSlice(booster, 0, best + 1, 1, &kept->booster));
    BoostedTrees model(std::move(kept));
    model.m_validationLoss = std::move(losses);
    return model;
}

BoostedTrees BoostedTrees::trainRounds(const FeatureTable& train, const std::vector<float>& labels,
                                       int rounds, const BoostingParameters& parameters,
                                       Feedback* feedback)
{
    const Matrix trainMatrix(train, &labels, parameters.positiveWeight);
    auto training =
        newBooster({trainMatrix.handle()}, parameters, priorOf(labels, parameters.positiveWeight));
    for (int round = 0; round < rounds; ++round) {
        if (feedback) {
            feedback->checkCanceled();
            feedback->setProgress(double(round) / rounds, round);
        }
        check(XGBoosterUpdateOneIter(training->booster, round, trainMatrix.handle()));
    }
    return BoostedTrees(std::move(training));
}

std::unique_ptr<BoostedTrees::Handle> BoostedTrees::newBooster(const std::vector<void*>& matrices,
                                                               const BoostingParameters& parameters,
                                                               double prior)
{
    auto handle = std::make_unique<Handle>();
    check(XGBoosterCreate(matrices.data(), bst_ulong(matrices.size()), &handle->booster));
    BoosterHandle booster = handle->booster;
    if (parameters.classes > 2) {
        setParameter(booster, "objective", "multi:softprob");
        setParameter(booster, "num_class", QByteArray::number(parameters.classes));
        setParameter(booster, "eval_metric", "mlogloss");
    } else {
        setParameter(booster, "objective", "binary:logistic");
        setParameter(booster, "base_score", text(prior));
        setParameter(booster, "eval_metric", "logloss");
    }
    setParameter(booster, "tree_method", "hist");
    setParameter(booster, "eta", text(parameters.learningRate));
    setParameter(booster, "max_depth", QByteArray::number(parameters.maxDepth));
    setParameter(booster, "min_child_weight", text(parameters.minChildWeight));
    setParameter(booster, "subsample", text(parameters.subsample));
    setParameter(booster, "colsample_bytree", text(parameters.columnSample));
    setParameter(booster, "seed", QByteArray::number(qulonglong(parameters.seed)));
    setParameter(booster, "nthread", QByteArray::number(std::max(1, parameters.threads)));
    setParameter(booster, "verbosity", "0");
    return handle;
}

BoostedTrees BoostedTrees::load(const QByteArray& bytes)
{
    auto handle = std::make_unique<Handle>();
    check(XGBoosterCreate(nullptr, 0, &handle->booster));
    if (bytes.isEmpty())
        throw Error(Text::tr("the stored model is empty"));
    // The bytes come from the project file, which anyone may have changed: their sizes are
    // checked before XGBoost allocates by them, and XGBoost refuses what it cannot read.
    if (const QString problem = modelBytesProblem(bytes); !problem.isEmpty())
        throw Error(Text::tr("the stored model cannot be read (%1): train it again").arg(problem));
    if (XGBoosterLoadModelFromBuffer(handle->booster, bytes.constData(), bst_ulong(bytes.size())) !=
        0) {
        // XGBoost's message ends in a stack trace, which says nothing to a user.
        QString reason = QString::fromUtf8(XGBGetLastError());
        reason = reason.left(reason.indexOf(QLatin1String("Stack trace"))).simplified();
        throw Error(Text::tr("the stored model cannot be read (%1): train it again").arg(reason));
    }
    return BoostedTrees(std::move(handle));
}

QByteArray BoostedTrees::save() const
{
    bst_ulong length = 0;
    const char* data = nullptr;
    check(XGBoosterSaveModelToBuffer(m_handle->booster, R"({"format": "ubj"})", &length, &data));
    return QByteArray(data, qsizetype(length));
}

namespace {

std::vector<float> predictWith(BoosterHandle booster, const FeatureTable& table, int type)
{
    const Matrix matrix(table);
    const std::string config = R"({"type": )" + std::to_string(type) +
                               R"(, "training": false, "iteration_begin": 0,)"
                               R"( "iteration_end": 0, "strict_shape": false})";
    const bst_ulong* shape = nullptr;
    bst_ulong dimensions = 0;
    const float* result = nullptr;
    check(XGBoosterPredictFromDMatrix(booster, matrix.handle(), config.c_str(), &shape, &dimensions,
                                      &result));
    bst_ulong size = 1;
    for (bst_ulong d = 0; d < dimensions; ++d)
        size *= shape[d];
    return std::vector<float>(result, result + size);
}

} // namespace

std::vector<float> BoostedTrees::predict(const FeatureTable& table) const
{
    return predictWith(m_handle->booster, table, 0);
}

std::vector<float> BoostedTrees::contributions(const FeatureTable& table) const
{
    return predictWith(m_handle->booster, table, 2);
}

std::vector<double> BoostedTrees::totalGain(qsizetype features) const
{
    bst_ulong named = 0;
    const char** names = nullptr;
    bst_ulong dimensions = 0;
    const bst_ulong* shape = nullptr;
    const float* scores = nullptr;
    check(XGBoosterFeatureScore(m_handle->booster, R"({"importance_type": "total_gain"})", &named,
                                &names, &dimensions, &shape, &scores));
    // Without names of our own XGBoost calls the columns f0, f1, ...
    std::vector<double> gain(size_t(features), 0.0);
    for (bst_ulong i = 0; i < named; ++i) {
        const int column = QByteArray(names[i]).mid(1).toInt();
        if (column >= 0 && column < features)
            gain[size_t(column)] = scores[i];
    }
    return gain;
}

int BoostedTrees::rounds() const
{
    int rounds = 0;
    check(XGBoosterBoostedRounds(m_handle->booster, &rounds));
    return rounds;
}

} // namespace journeyscope
