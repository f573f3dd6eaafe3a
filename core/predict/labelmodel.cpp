#include "core/predict/labelmodel.h"

#include "core/base/error.h"
#include "core/predict/customertable.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QJsonArray>

namespace journeyscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("journeyscope::LabelModel", text);
}

/// Below this many customers of an outcome no split can both train and test.
constexpr qint64 MinimumPerOutcome = 10;

QJsonObject settingsOf(const LabelModelOptions& options)
{
    const BoostingParameters& p = options.parameters;
    return {{QStringLiteral("split"), QStringLiteral("stratified")},
            {QStringLiteral("test_share"), options.testShare},
            {QStringLiteral("seed"), QString::number(options.seed)},
            {QStringLiteral("positive_values"), QJsonArray::fromStringList(options.positiveValues)},
            {QStringLiteral("learning_rate"), p.learningRate},
            {QStringLiteral("max_depth"), p.maxDepth},
            {QStringLiteral("min_child_weight"), p.minChildWeight},
            {QStringLiteral("subsample"), p.subsample},
            {QStringLiteral("column_sample"), p.columnSample},
            {QStringLiteral("positive_weight"), p.positiveWeight}};
}

/// Gain from the trees, mean |SHAP| over \a rows; highest SHAP first.
std::vector<FeatureImportance> importanceOf(const BoostedTrees& model, const FeatureTable& rows)
{
    const qsizetype columns = rows.columns.size();
    const std::vector<double> gain = model.totalGain(columns);
    const std::vector<float> contributions = model.contributions(rows);
    std::vector<FeatureImportance> importance(static_cast<size_t>(columns));
    const auto width = size_t(columns) + 1; // the bias last
    for (qsizetype c = 0; c < columns; ++c) {
        FeatureImportance& feature = importance[size_t(c)];
        feature.feature = rows.columns[c];
        feature.totalGain = gain[size_t(c)];
        double sum = 0;
        for (qsizetype row = 0; row < rows.rows(); ++row)
            sum += std::abs(contributions[size_t(row) * width + size_t(c)]);
        feature.meanAbsShap = rows.rows() > 0 ? sum / double(rows.rows()) : 0.0;
    }
    std::sort(importance.begin(), importance.end(),
              [](const FeatureImportance& a, const FeatureImportance& b) {
                  return a.meanAbsShap != b.meanAbsShap ? a.meanAbsShap > b.meanAbsShap
                                                        : a.feature < b.feature;
              });
    return importance;
}

/// Below this many held-out customers a subgroup's figures say more about chance.
constexpr qint64 MinimumSubgroup = 30;

/// The figures of every text value's customers ("attribute=value" columns), weakest first.
std::vector<SubgroupFigures> auditSubgroups(const FeatureTable& rows,
                                            const std::vector<float>& labels,
                                            const std::vector<float>& predictions)
{
    std::vector<SubgroupFigures> audit;
    const auto width = size_t(rows.columns.size());
    for (size_t c = 0; c < width; ++c) {
        if (!rows.columns[qsizetype(c)].contains(QLatin1Char('=')))
            continue;
        std::vector<float> groupLabels, groupPredictions;
        for (size_t row = 0; row < labels.size(); ++row) {
            if (rows.values[row * width + c] == 1.0f) {
                groupLabels.push_back(labels[row]);
                groupPredictions.push_back(predictions[row]);
            }
        }
        if (qint64(groupLabels.size()) < MinimumSubgroup)
            continue;
        const ClassificationMetrics metrics = evaluateClassifier(groupLabels, groupPredictions);
        if (std::isnan(metrics.rocAuc))
            continue; // one outcome only
        audit.push_back({rows.columns[qsizetype(c)], metrics.cases, metrics.positives,
                         metrics.rocAuc, metrics.expectedCalibrationError});
    }
    std::sort(audit.begin(), audit.end(), [](const SubgroupFigures& a, const SubgroupFigures& b) {
        return a.rocAuc != b.rocAuc ? a.rocAuc < b.rocAuc : a.subgroup < b.subgroup;
    });
    return audit;
}

} // namespace

LabelModel trainLabelModel(const Database& db, const LabelModelOptions& options, Feedback* feedback)
{
    const CustomerTable table = readCustomerTable(db, options.label, options.positiveValues);
    const auto positives = qint64(std::count(table.labels.begin(), table.labels.end(), 1.0f));
    const qint64 negatives = qint64(table.labels.size()) - positives;
    if (std::min(positives, negatives) < MinimumPerOutcome) {
        throw Error(tr("\"%1\" has %2 customers with %3 and %4 without: a model needs at least "
                       "%5 of each")
                        .arg(options.label)
                        .arg(positives)
                        .arg(options.positiveValues.join(QLatin1Char('/')))
                        .arg(negatives)
                        .arg(MinimumPerOutcome));
    }
    if (table.features.columns.isEmpty())
        throw Error(tr("the customer tables have no column besides \"%1\" to learn from")
                        .arg(options.label));

    const std::vector<bool> test =
        stratifiedTestRows(table.labels, options.testShare, options.seed);
    const FeatureTable rest = selectRows(table.features, test, false);
    const std::vector<float> restLabels = selectRows(table.labels, test, false);
    const std::vector<bool> validation = stratifiedTestRows(restLabels, 0.2, options.seed + 1);
    const BoostedTrees stopped = BoostedTrees::train(
        selectRows(rest, validation, false), selectRows(restLabels, validation, false),
        selectRows(rest, validation, true), selectRows(restLabels, validation, true),
        options.parameters, feedback);
    // The refit sees a quarter more rows: a quarter more rounds.
    const int rounds = std::max(1, int(std::lround(stopped.rounds() * 1.25)));
    const BoostedTrees model =
        BoostedTrees::trainRounds(rest, restLabels, rounds, options.parameters, feedback);

    LabelModel result;
    result.trainingRows = rest.rows();
    const FeatureTable tested = selectRows(table.features, test, true);
    const std::vector<float> testLabels = selectRows(table.labels, test, true);
    const std::vector<float> predictions = model.predict(tested);
    result.metrics = evaluateClassifier(testLabels, predictions);
    result.subgroups = auditSubgroups(tested, testLabels, predictions);
    result.importance = importanceOf(model, tested);
    result.stored.kind = QStringLiteral("label");
    result.stored.target = options.label;
    result.stored.features = table.features.columns;
    result.stored.settings = settingsOf(options);
    result.stored.settings.insert(QStringLiteral("rounds"), rounds);
    result.stored.settings.insert(QStringLiteral("training_rows"), result.trainingRows);
    result.stored.metrics = result.metrics.toJson();
    QJsonArray importance;
    for (const FeatureImportance& feature : result.importance) {
        importance.append(QJsonObject{{QStringLiteral("feature"), feature.feature},
                                      {QStringLiteral("total_gain"), feature.totalGain},
                                      {QStringLiteral("mean_abs_shap"), feature.meanAbsShap}});
    }
    result.stored.metrics.insert(QStringLiteral("importance"), importance);
    QJsonArray subgroups;
    for (const SubgroupFigures& group : result.subgroups) {
        subgroups.append(QJsonObject{
            {QStringLiteral("subgroup"), group.subgroup},
            {QStringLiteral("cases"), group.cases},
            {QStringLiteral("positives"), group.positives},
            {QStringLiteral("auc"), group.rocAuc},
            {QStringLiteral("expected_calibration_error"), group.expectedCalibrationError}});
    }
    result.stored.metrics.insert(QStringLiteral("subgroups"), subgroups);
    result.stored.booster = model.save();
    return result;
}

} // namespace journeyscope
