#include "core/predict/labelmodel.h"

#include "core/base/error.h"
#include "core/predict/customertable.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QJsonArray>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::LabelModel)
};

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

} // namespace

LabelModel trainLabelModel(const Database& db, const LabelModelOptions& options, Feedback* feedback)
{
    return trainLabelModel(readCustomerTable(db, options.label, options.positiveValues), options,
                           feedback);
}

LabelModel trainLabelModel(const CustomerTable& table, const LabelModelOptions& options,
                           Feedback* feedback)
{
    const auto positives = qint64(std::count(table.labels.begin(), table.labels.end(), 1.0f));
    const qint64 negatives = qint64(table.labels.size()) - positives;
    if (std::min(positives, negatives) < MinimumPerOutcome) {
        throw Error(
            Text::tr("\"%1\" has %2 customers with %3 and %4 without: a model needs at least "
                     "%5 of each")
                .arg(options.label)
                .arg(positives)
                .arg(options.positiveValues.join(QLatin1Char('/')))
                .arg(negatives)
                .arg(MinimumPerOutcome));
    }
    if (table.features.columns.isEmpty())
        throw Error(Text::tr("the customer tables have no column besides \"%1\" to learn from")
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
    result.subgroups = auditSubgroups(flagColumnGroups(tested), testLabels, predictions);
    result.importance = featureImportance(model, tested);
    result.stored.kind = QStringLiteral("label");
    result.stored.target = options.label;
    result.stored.features = table.features.columns;
    result.stored.settings = settingsOf(options);
    result.stored.settings.insert(QStringLiteral("rounds"), rounds);
    result.stored.settings.insert(QStringLiteral("training_rows"), result.trainingRows);
    result.stored.metrics = result.metrics.toJson();
    result.stored.metrics.insert(QStringLiteral("importance"), toJson(result.importance));
    result.stored.metrics.insert(QStringLiteral("subgroups"), toJson(result.subgroups));
    result.stored.booster = model.save();
    return result;
}

} // namespace journeyscope
