#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/risktext.h"
#include "app/cli/terminalprogress.h"
#include "core/base/timeutil.h"
#include "core/journey/customerattributes.h"
#include "core/predict/customertable.h"
#include "core/predict/dropoffmodel.h"
#include "core/predict/labelmodel.h"
#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousecustomertable.h"
#include "core/warehouse/warehouseeventlog.h"
#include "core/warehouse/warehousemodelrows.h"

#include <cmath>
#include <QCoreApplication>
#include <QJsonArray>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::train)
};

double shareOption(const QCommandLineParser& parser)
{
    bool ok = false;
    const double share = parser.value(QStringLiteral("test-share")).toDouble(&ok);
    if (!ok || share <= 0 || share >= 1) {
        throw Error(Location(QStringLiteral("--test-share")),
                    Text::tr("expected a share between 0 and 1, found \"%1\"")
                        .arg(parser.value(QStringLiteral("test-share"))));
    }
    return share;
}

/// "where it is weakest: plan=Free (ROC-AUC 0.712, 230 customers), ..." for the three
/// weakest subgroups; "" without any.
QString weakestLine(const std::vector<SubgroupFigures>& subgroups, const QString& unit)
{
    QStringList weakest;
    for (size_t i = 0; i < subgroups.size() && i < 3; ++i) {
        weakest.append(Text::tr("%1 (ROC-AUC %2, %L3 %4)")
                           .arg(subgroups[i].subgroup)
                           .arg(subgroups[i].rocAuc, 0, 'f', 3)
                           .arg(subgroups[i].cases)
                           .arg(unit));
    }
    return weakest.isEmpty()
               ? QString()
               : Text::tr("where it is weakest: %1\n").arg(weakest.join(QStringLiteral(", ")));
}

/// "what drives it most (mean |SHAP|): ..." for the five strongest features.
QString driversLine(const std::vector<FeatureImportance>& importance)
{
    QStringList drivers;
    for (size_t i = 0; i < importance.size() && i < 5; ++i)
        drivers.append(importance[i].feature);
    return drivers.isEmpty() ? QString()
                             : Text::tr("what drives it most (mean |SHAP|): %1\n")
                                   .arg(drivers.join(QStringLiteral(", ")));
}

/// The held-out figures, a sentence for a workshop audience, and the top decile's share.
QString metricsLines(const ClassificationMetrics& m)
{
    QString out = Text::tr("ROC-AUC %1, PR-AUC %2, log loss %3, Brier %4, calibration error %5\n")
                      .arg(m.rocAuc, 0, 'f', 3)
                      .arg(m.prAuc, 0, 'f', 3)
                      .arg(m.logLoss, 0, 'f', 3)
                      .arg(m.brier, 0, 'f', 3)
                      .arg(m.expectedCalibrationError, 0, 'f', 3);
    out += m.qualitySentence() + QLatin1Char('\n');
    if (!m.deciles.empty() && !std::isnan(m.deciles[0].lift)) {
        out += Text::tr("the top tenth by score holds %1 % of the outcomes (lift %2)\n")
                   .arg(m.deciles[0].cumulativeGain * 100, 0, 'f', 1)
                   .arg(m.deciles[0].lift, 0, 'f', 1);
    }
    return out;
}

QString text(const LabelModel& model, qint64 id)
{
    return Text::tr("model %1: %2 (%L3 customers trained on, %L4 held out, %L5 of them with the "
                    "outcome)\n")
               .arg(id)
               .arg(model.stored.target)
               .arg(model.trainingRows)
               .arg(model.metrics.cases)
               .arg(model.metrics.positives) +
           metricsLines(model.metrics) + weakestLine(model.subgroups, Text::tr("customers")) +
           driversLine(model.importance);
}

QString text(const DropoffModel& model, qint64 id)
{
    return Text::tr(
               "model %1: drop-off (%L2 journeys trained on, %L3 held out, %L4 of those dropped "
               "off)\n")
               .arg(id)
               .arg(model.trainingJourneys)
               .arg(model.testJourneys)
               .arg(model.metrics.positives) +
           metricsLines(model.metrics) + driversLine(model.importance) +
           Text::tr("predicted drop-off risk by stage, on the held-out journeys:\n") +
           riskByPlaceText(model.stored.metrics.value(QStringLiteral("stages")).toArray(), 7) +
           weakestLine(model.subgroups, Text::tr("journeys"));
}

quint64 seedOption(const QCommandLineParser& parser)
{
    bool ok = false;
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        throw Error(Location(QStringLiteral("--seed")),
                    Text::tr("expected a whole number, found \"%1\"")
                        .arg(parser.value(QStringLiteral("seed"))));
    }
    return seed;
}

qint64 saveModel(const QString& path, const StoredModel& model)
{
    auto project = Project::open(path, Project::Access::ReadWrite);
    Transaction transaction(project->database());
    const qint64 id = StoredModel::save(project->database(), model);
    transaction.commit();
    return id;
}

int trainLabel(const QCommandLineParser& parser, const QString& path)
{
    if (parser.value(QStringLiteral("split")) == QLatin1String("time")) {
        throw Error(Location(QStringLiteral("--split")),
                    Text::tr("a customer table has no time order: use stratified"));
    }
    LabelModelOptions options;
    options.label = parser.value(QStringLiteral("label"));
    if (parser.isSet(QStringLiteral("positive")))
        options.positiveValues = splitNames(parser.value(QStringLiteral("positive")));
    options.testShare = shareOption(parser);
    options.seed = seedOption(parser);
    options.parameters.seed = options.seed;

    const LabelModel model = [&] {
        if (const std::optional<WarehouseSource> warehouse = warehouseSource(path)) {
            blamingOption(QStringLiteral("--label"),
                          [&] { warehouse->requireAttribute(options.label); });
            TerminalProgress progress(Text::tr("Training"));
            PgConnection connection(warehouse->connection);
            const CustomerTable table = customerTableOf(
                readWarehouseCustomerRows(connection, *warehouse, &progress).attributes,
                options.label, options.positiveValues);
            if (table.customerIds.empty()) {
                throw Error(Location(QStringLiteral("--label")),
                            Text::tr("no customer has \"%1\"").arg(options.label));
            }
            LabelModel trained = trainLabelModel(table, options, &progress);
            progress.finish();
            return trained;
        }
        const auto project = Project::openForReading(path);
        const QStringList attributes = customerAttributeNames(project->database());
        if (!attributes.contains(options.label)) {
            throw Error(Location(QStringLiteral("--label")),
                        attributes.isEmpty()
                            ? Text::tr("no customer column \"%1\": import a customer table first "
                                       "(import --format table)")
                                  .arg(options.label)
                            : Text::tr("no customer column \"%1\"; the columns are %2")
                                  .arg(options.label, attributes.join(QStringLiteral(", "))));
        }
        TerminalProgress progress(Text::tr("Training"));
        LabelModel trained = trainLabelModel(project->database(), options, &progress);
        progress.finish();
        return trained;
    }();
    const qint64 id = saveModel(path, model.stored);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = model.metrics.toJson();
        json.insert(QStringLiteral("model"), id);
        json.insert(QStringLiteral("kind"), model.stored.kind);
        json.insert(QStringLiteral("label"), model.stored.target);
        json.insert(QStringLiteral("training_rows"), model.trainingRows);
        json.insert(QStringLiteral("settings"), model.stored.settings);
        json.insert(QStringLiteral("importance"),
                    model.stored.metrics.value(QStringLiteral("importance")));
        json.insert(QStringLiteral("subgroups"),
                    model.stored.metrics.value(QStringLiteral("subgroups")));
        printJson(json);
    } else {
        print(text(model, id));
    }
    return Success;
}

double sampleOption(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("sample")))
        return 1;
    bool ok = false;
    const double share = parser.value(QStringLiteral("sample")).toDouble(&ok);
    if (!ok || share <= 0 || share > 1) {
        throw Error(Location(QStringLiteral("--sample")),
                    Text::tr("expected a share above 0 and at most 1, found \"%1\"")
                        .arg(parser.value(QStringLiteral("sample"))));
    }
    return share;
}

/// Trains on the events of this project's file, every customer.
DropoffModel trainOnImport(const QCommandLineParser& parser, const QString& path,
                           const DropoffModelOptions& options)
{
    if (parser.isSet(QStringLiteral("sample"))) {
        throw Error(Location(QStringLiteral("--sample")),
                    Text::tr("draws customers of a warehouse project; a model of imported "
                             "events learns from all of them"));
    }
    const EventLog log = loadEventLog(path);
    const EventView view = analysisView(log, parser, path);
    const Goal goal = requiredGoal(log, parser, path);
    const PeopleContext people = [&] {
        const auto project = Project::openForReading(path);
        PeopleContext context = PeopleContext::read(project->database(), log);
        context.devices = PeopleContext::mostUsedDevices(project->database(), log);
        if (const auto column = outcomeColumnGoal(parser, path)) {
            context.outcomeAttribute = column->outcomeAttribute;
            context.convertedValues = column->convertedValues;
        }
        return context;
    }();
    TerminalProgress progress(Text::tr("Training"));
    DropoffModel model = trainDropoffModel(view, goal, people, options, &progress);
    progress.finish();
    return model;
}

/// Trains on rows the warehouse counts (one cut per journey), of every customer or of the
/// sample --sample draws; only the rows travel.
DropoffModel trainInWarehouse(const QCommandLineParser& parser, const QString& path,
                              const WarehouseSource& source, const DropoffModelOptions& options)
{
    const EventLog names = loadEventNames(path);
    const WarehouseFilter filter = warehouseFilter(names, parser, path);
    const JourneyScope scope = analysisScope(parser);
    const Goal goal = requiredGoal(names, parser, path);
    WarehouseTrainingRowsOptions rowsOptions;
    rowsOptions.seed = options.seed;
    rowsOptions.sampleShare = sampleOption(parser);

    TerminalProgress progress(Text::tr("Training"));
    PgConnection connection(source.connection);
    qint64 dataEndMs = lastEventMs(connection, source, &progress);
    if (filter.toMs)
        dataEndMs = std::min(dataEndMs, *filter.toMs);
    DropoffModel model = [&] {
        if (!options.everyPrefix) {
            WarehouseModelRows rows = warehouseRowsForTraining(
                connection, source, names, filter, scope, goal, dataEndMs, rowsOptions, &progress);
            return trainDropoffModel(std::move(rows.rows), names, goal, PeopleContext(), {},
                                     options, &progress);
        }
        // A row per event: the events come, and their rows are made here as an import's.
        const EventLog log = loadWarehouseEvents(
            connection, source, names, filter, {rowsOptions.sampleShare, options.seed}, &progress);
        Goal ofLog = goal;
        if (goal.byAttribute()) {
            ofLog.decideByLabels(warehouseCustomerAttribute(connection, source, log,
                                                            goal.outcomeAttribute, &progress));
        }
        return trainDropoffModel(
            journeyRowsForTraining(EventView(log, {}, scope), ofLog, dataEndMs, true, options.seed),
            log, ofLog, PeopleContext(), {}, options, &progress);
    }();
    progress.finish();
    model.stored.settings.insert(QStringLiteral("sample_share"), rowsOptions.sampleShare);
    return model;
}

int trainDropoff(const QCommandLineParser& parser, const QString& path)
{
    DropoffModelOptions options;
    options.split = parser.value(QStringLiteral("split")) == QLatin1String("stratified")
                        ? SplitKind::Stratified
                        : SplitKind::Time;
    options.everyPrefix = parser.isSet(QStringLiteral("every-prefix"));
    options.balanceClasses = !parser.isSet(QStringLiteral("no-balance"));
    options.testShare = shareOption(parser);
    options.seed = seedOption(parser);

    const std::optional<WarehouseSource> source = warehouseSource(path);
    const DropoffModel model = source ? trainInWarehouse(parser, path, *source, options)
                                      : trainOnImport(parser, path, options);
    const qint64 id = saveModel(path, model.stored);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = model.stored.metrics;
        json.insert(QStringLiteral("model"), id);
        json.insert(QStringLiteral("kind"), model.stored.kind);
        json.insert(QStringLiteral("training_journeys"), model.trainingJourneys);
        json.insert(QStringLiteral("training_rows"), model.trainingRows);
        json.insert(QStringLiteral("test_journeys"), model.testJourneys);
        json.insert(QStringLiteral("settings"), model.stored.settings);
        printJson(json);
    } else {
        print(text(model, id));
    }
    return Success;
}

} // namespace

int runTrain(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Trains an XGBoost model, evaluates it on held-out data and stores it in the "
                 "project: of drop-off on the journeys (the goal of --goal, --outcome or the "
                 "project), or with --label of a column of the customer tables (churn, Revenue)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    addAnalysisOptions(parser, true);
    parser.addOption({QStringLiteral("label"), Text::tr("The customer column to predict."),
                      QStringLiteral("COLUMN")});
    parser.addOption({QStringLiteral("positive"),
                      Text::tr("Values of the column that mean the outcome (default true,yes,1)."),
                      QStringLiteral("VALUES")});
    parser.addOption(
        {QStringLiteral("split"),
         Text::tr("What is held out for testing: time (the journeys that started last; "
                  "the default for journeys) or stratified (at random, keeping the share "
                  "of outcomes; the default and only choice for --label)."),
         QStringLiteral("time|stratified")});
    parser.addOption({QStringLiteral("every-prefix"),
                      Text::tr("One row for every point at which a journey was still in flight, "
                               "instead of one drawn point per journey.")});
    parser.addOption(
        {QStringLiteral("sample"),
         Text::tr("Warehouse projects: learn from this share of the customers, drawn by a hash "
                  "of their id and the seed (default 1: all)."),
         QStringLiteral("SHARE")});
    parser.addOption({QStringLiteral("no-balance"),
                      Text::tr("Do not weight the rarer outcome up while training.")});
    parser.addOption({QStringLiteral("test-share"),
                      Text::tr("Share held out for testing (default 0.2)."),
                      QStringLiteral("SHARE"), QStringLiteral("0.2")});
    parser.addOption({QStringLiteral("seed"),
                      Text::tr("Seed of the split and of XGBoost (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("train"), 1); exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    try {
        const QString split = parser.value(QStringLiteral("split"));
        if (!split.isEmpty() && split != QLatin1String("time") &&
            split != QLatin1String("stratified")) {
            throw Error(Location(QStringLiteral("--split")),
                        Text::tr("expected time or stratified, found \"%1\"").arg(split));
        }
        return parser.isSet(QStringLiteral("label")) ? trainLabel(parser, path)
                                                     : trainDropoff(parser, path);
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

int runModels(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Lists the models stored in the project."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("models"), 1); exit >= 0)
        return exit;
    try {
        const auto project = Project::openForReading(parser.positionalArguments().at(1));
        const std::vector<StoredModel> models = StoredModel::list(project->database());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const StoredModel& model : models) {
                array.append(QJsonObject{
                    {QStringLiteral("id"), model.id},
                    {QStringLiteral("kind"), model.kind},
                    {QStringLiteral("target"), model.target},
                    {QStringLiteral("features"), QJsonArray::fromStringList(model.features)},
                    {QStringLiteral("settings"), model.settings},
                    {QStringLiteral("metrics"), model.metrics},
                    {QStringLiteral("created"), formatIsoUtc(model.createdAtMs)},
                    {QStringLiteral("needs_retraining"), model.needsRetraining},
                });
            }
            printJson({{QStringLiteral("models"), array}});
            return Success;
        }
        if (models.empty())
            print(Text::tr(
                "No models yet: train PROJECT [--goal TOUCHPOINT | --label COLUMN] trains one."));
        for (const StoredModel& model : models) {
            print(Text::tr("%1  %2 %3  ROC-AUC %4  %5 features  %6")
                      .arg(model.id)
                      .arg(model.kind, model.target)
                      .arg(model.metrics.value(QStringLiteral("auc")).toDouble(), 0, 'f', 3)
                      .arg(model.features.size())
                      .arg(formatIsoUtc(model.createdAtMs)));
            if (model.needsRetraining) {
                print(Text::tr("    needs retraining: a customer it learnt from was erased "
                               "since (train again to replace it)"));
            }
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
