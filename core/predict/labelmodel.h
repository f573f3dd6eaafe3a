#pragma once

#include "core/predict/boostedtrees.h"
#include "core/predict/classificationmetrics.h"
#include "core/predict/modelinsight.h"
#include "core/predict/storedmodel.h"

namespace journeyscope {

class Database;
struct CustomerTable;
class Feedback;

/// What `train --label COLUMN` trains.
struct LabelModelOptions
{
    QString label;
    /// Values of the label that mean the outcome happened; compared without regard to case.
    QStringList positiveValues{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("1")};
    double testShare = 0.2;
    quint64 seed = 1;
    /// Slow learning and shallow trees, as many rounds as early stopping finds: what did
    /// best on customer tables of thousands of rows.
    BoostingParameters parameters = tableParameters();

    static BoostingParameters tableParameters()
    {
        BoostingParameters parameters;
        parameters.learningRate = 0.05;
        parameters.maxDepth = 4;
        parameters.maxRounds = 2000;
        parameters.earlyStoppingRounds = 50;
        return parameters;
    }
};

/// A trained label model: what the project stores, and the figures on the held-out rows.
struct LabelModel
{
    StoredModel stored;
    ClassificationMetrics metrics;
    qint64 trainingRows = 0;
    /// Every feature, by mean |SHAP| (highest first), then name; also in stored.metrics
    /// as "importance".
    std::vector<FeatureImportance> importance;
    /// The audit: the figures for each value of each text attribute among the held-out
    /// customers (at least 30 of them, both outcomes present), weakest ROC-AUC first; also
    /// in stored.metrics as "subgroups".
    std::vector<SubgroupFigures> subgroups;
};

/**
 * Trains an XGBoost model of a customer column (readCustomerTable()): a stratified
 * testShare of the customers is held out, untouched; early stopping on a stratified fifth
 * of the rest finds the number of rounds; the model is then refit on all of the rest with
 * a quarter more rounds and evaluated on the held-out customers, where the mean |SHAP|
 * of each feature is measured too. Nothing is written: the
 * caller saves the result. Throws Error (too few customers of either outcome) or Canceled.
 */
LabelModel trainLabelModel(const Database& db, const LabelModelOptions& options,
                           Feedback* feedback = nullptr);
/// trainLabelModel() of customers read elsewhere (a warehouse's customers table).
LabelModel trainLabelModel(const CustomerTable& table, const LabelModelOptions& options,
                           Feedback* feedback = nullptr);

} // namespace journeyscope
