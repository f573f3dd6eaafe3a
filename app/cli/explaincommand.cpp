#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/modelchoice.h"
#include "app/cli/risktext.h"
#include "app/cli/terminalprogress.h"
#include "app/cli/warehousescoring.h"
#include "core/predict/customerscores.h"
#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::explain)
};

/// The project id of the customer whose key is \a key (the root after merges).
qint64 customerWithKey(const Database& db, const QString& key)
{
    Statement select =
        db.prepare("SELECT coalesce(merged_into, id) FROM customers WHERE key = ? LIMIT 1");
    select.bind(1, key);
    if (!select.step()) {
        throw Error(Location(QStringLiteral("--customer")),
                    Text::tr("no customer \"%1\" (use the id score --out writes)").arg(key));
    }
    return select.columnInt(0);
}

int explainModel(const StoredModel& model, bool json)
{
    const QJsonObject& m = model.metrics;
    if (json) {
        printJson({{QStringLiteral("model"), model.id},
                   {QStringLiteral("kind"), model.kind},
                   {QStringLiteral("importance"), m.value(QStringLiteral("importance"))},
                   {QStringLiteral("stages"), m.value(QStringLiteral("stages"))},
                   {QStringLiteral("touchpoints"), m.value(QStringLiteral("touchpoints"))},
                   {QStringLiteral("subgroups"), m.value(QStringLiteral("subgroups"))}});
        return Success;
    }
    QString out = Text::tr("%1, on its held-out data:\n").arg(model.title());
    out += Text::tr("what drives it (mean |SHAP|, log odds):\n");
    const QJsonArray importance = m.value(QStringLiteral("importance")).toArray();
    for (int i = 0; i < importance.size() && i < 10; ++i) {
        const QJsonObject feature = importance[i].toObject();
        out += QStringLiteral("  %1  %2\n")
                   .arg(feature.value(QStringLiteral("mean_abs_shap")).toDouble(), 6, 'f', 3)
                   .arg(feature.value(QStringLiteral("feature")).toString());
    }
    if (m.contains(QStringLiteral("stages"))) {
        out += Text::tr("by stage:\n") +
               riskByPlaceText(m.value(QStringLiteral("stages")).toArray(), 7);
        QJsonArray byJourneys;
        QList<QJsonValue> touchpoints;
        for (const QJsonValue& touchpoint : m.value(QStringLiteral("touchpoints")).toArray())
            touchpoints.append(touchpoint);
        std::stable_sort(touchpoints.begin(), touchpoints.end(),
                         [](const QJsonValue& a, const QJsonValue& b) {
                             return a[QStringLiteral("rows")].toInteger() >
                                    b[QStringLiteral("rows")].toInteger();
                         });
        for (const QJsonValue& touchpoint : touchpoints)
            byJourneys.append(touchpoint);
        out += Text::tr("by last touchpoint (the 10 with most journeys):\n") +
               riskByPlaceText(byJourneys, 10);
    }
    print(out);
    return Success;
}

} // namespace

int runExplain(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("What drives a stored model: importance, and for a drop-off model the predicted "
                 "risk and its drivers per stage and touchpoint; with --customer, why one "
                 "customer scores as they do."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    addModelOption(parser);
    parser.addOption({QStringLiteral("customer"),
                      Text::tr("Explain this customer's score (the id score --out writes)."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("at"),
         Text::tr("With --customer and a drop-off model: the journey as it stood at this "
                  "date (default: the end of the data)."),
         QStringLiteral("DATE")});
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("explain"), 1); exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    try {
        const auto project = Project::openForReading(path);
        const StoredModel model = chosenModel(project->database(), parser);
        if (!parser.isSet(QStringLiteral("customer")))
            return explainModel(model, parser.isSet(QStringLiteral("json")));

        ScoreOptions options;
        if (parser.isSet(QStringLiteral("at")))
            options.atMs = dateOption(parser, QStringLiteral("at"));
        const QString key = parser.value(QStringLiteral("customer"));
        CustomerScore score;
        if (const std::optional<WarehouseSource> warehouse = warehouseSource(path)) {
            // The customer counted in the warehouse: a journey, or a row of the customers table.
            TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
            PgConnection connection(warehouse->connection);
            score =
                scoreInWarehouse(connection, path, *warehouse, model, options, key, &interruptible)
                    .front();
        } else {
            options.onlyCustomer = customerWithKey(project->database(), key);
            std::optional<EventLog> log;
            if (model.kind == QLatin1String("dropoff"))
                log = loadEventLog(path);
            score = blamingOption(QStringLiteral("--customer"), [&] {
                return scoreCustomers(project->database(), log ? &*log : nullptr, model, options)
                    .front();
            });
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray reasons;
            for (const ScoreReason& reason : score.reasons) {
                reasons.append(QJsonObject{{QStringLiteral("feature"), reason.feature},
                                           {QStringLiteral("value"), reason.value},
                                           {QStringLiteral("contribution"), reason.contribution}});
            }
            printJson({{QStringLiteral("model"), model.id},
                       {QStringLiteral("customer"), score.customerKey},
                       {QStringLiteral("probability"), double(score.probability)},
                       {QStringLiteral("holdout"), score.holdout},
                       {QStringLiteral("reasons"), reasons}});
        } else {
            QString out = Text::tr("%1: %2 % under %3\n")
                              .arg(score.customerKey)
                              .arg(score.probability * 100, 0, 'f', 1)
                              .arg(model.title());
            for (const ScoreReason& reason : score.reasons)
                out += Text::tr("  %1 (+%2 log odds)\n")
                           .arg(reason.text())
                           .arg(reason.contribution, 0, 'f', 2);
            print(out);
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
