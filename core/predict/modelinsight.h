#pragma once

#include "core/predict/boostedtrees.h"

#include <map>
#include <QJsonArray>
#include <QString>
#include <vector>

namespace journeyscope {

/// How much one feature drives a model's predictions.
struct FeatureImportance
{
    QString feature;
    double totalGain = 0;   ///< of the splits on it, over all trees
    double meanAbsShap = 0; ///< mean |SHAP value| on the rows measured, in log odds
};

/// Gain from the trees and mean |SHAP| over \a rows (at most \a sampledRows of them, spread
/// evenly: SHAP costs about a millisecond a row), highest mean |SHAP| first (then name).
std::vector<FeatureImportance> featureImportance(const BoostedTrees& model,
                                                 const FeatureTable& rows,
                                                 qsizetype sampledRows = 2000);
QJsonArray toJson(const std::vector<FeatureImportance>& importance);

/// How well a model does for one group of the held-out rows.
struct SubgroupFigures
{
    QString subgroup; ///< "attribute=value"
    qint64 cases = 0;
    qint64 positives = 0;
    double rocAuc = 0;
    double expectedCalibrationError = 0;
};

/// Groups of rows by name: "plan=Pro" -> its rows.
using RowGroups = std::map<QString, std::vector<size_t>>;

/// The rows where each "attribute=value" column of \a rows is 1.
RowGroups flagColumnGroups(const FeatureTable& rows);

/**
 * The audit: ROC-AUC and calibration error of each group of at least 30 rows with both
 * outcomes, weakest ROC-AUC first (then name), so that a user sees where a model is weaker
 * before acting on it.
 */
std::vector<SubgroupFigures> auditSubgroups(const RowGroups& groups,
                                            const std::vector<float>& labels,
                                            const std::vector<float>& predictions);
QJsonArray toJson(const std::vector<SubgroupFigures>& subgroups);

/// A feature's mean SHAP value among some rows: what pushes their prediction up.
struct Driver
{
    QString feature;
    double meanShap = 0;  ///< in log odds
    double meanValue = 0; ///< of the feature among those rows; NaN for a category or none
};

/// The predicted risk at one place of the journey (a touchpoint, a stage) and its drivers.
struct PlaceRisk
{
    QString place;
    qint64 rows = 0;
    double meanRisk = 0;         ///< mean prediction
    double observedRate = 0;     ///< share of positive labels; NaN without labels
    std::vector<Driver> drivers; ///< the three highest positive mean SHAP values
};

/**
 * For each place (placeOfRow[r] indexes \a places; -1: none), the mean of \a predictions
 * and of \a labels (when given) over its rows and what drives its risk: the features of
 * highest mean SHAP over at most \a explainedPerPlace of its rows, spread evenly over them
 * (SHAP costs about a millisecond a row). Places in their order, those without rows left out.
 */
std::vector<PlaceRisk> riskByPlace(const BoostedTrees& model, const FeatureTable& rows,
                                   const std::vector<float>& predictions,
                                   const std::vector<int>& placeOfRow, const QStringList& places,
                                   const std::vector<float>* labels = nullptr,
                                   int explainedPerPlace = 100);
QJsonArray toJson(const std::vector<PlaceRisk>& risks);

} // namespace journeyscope
