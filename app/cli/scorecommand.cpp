#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/modelchoice.h"
#include "app/cli/terminalprogress.h"
#include "app/cli/warehousescoring.h"
#include "core/base/csvtext.h"
#include "core/predict/customerscores.h"
#include "core/predict/dropoffmodel.h"
#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousescores.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::score)
};

double holdoutOption(const QCommandLineParser& parser)
{
    bool ok = false;
    const double share = parser.value(QStringLiteral("holdout")).toDouble(&ok);
    if (!ok || share < 0 || share > 0.5) {
        throw Error(Location(QStringLiteral("--holdout")),
                    Text::tr("expected a share between 0 and 0.5, found \"%1\"")
                        .arg(parser.value(QStringLiteral("holdout"))));
    }
    return share;
}

qsizetype topOption(const QCommandLineParser& parser)
{
    bool ok = false;
    const qsizetype top = parser.value(QStringLiteral("top")).toLongLong(&ok);
    if (!ok || top < 1) {
        throw Error(Location(QStringLiteral("--top")),
                    Text::tr("expected a whole number above 0, found \"%1\"")
                        .arg(parser.value(QStringLiteral("top"))));
    }
    return top;
}

/// The highest-risk customers for a CRM campaign: one row each, the hold-out flagged.
void writeAtRisk(const QString& path, const std::vector<CustomerScore>& scores, qsizetype top,
                 qint64 modelId)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        throw Error(Location(path), Text::tr("cannot write: %1").arg(out.errorString()));
    }
    QString text =
        csvRow({QStringLiteral("rank"), QStringLiteral("customer"), QStringLiteral("probability"),
                QStringLiteral("holdout"), QStringLiteral("reason_1"), QStringLiteral("reason_2"),
                QStringLiteral("reason_3"), QStringLiteral("model")});
    for (size_t i = 0; i < scores.size() && qsizetype(i) < top; ++i) {
        const CustomerScore& score = scores[i];
        QStringList row{QString::number(i + 1), score.customerKey,
                        QString::number(score.probability, 'f', 4),
                        score.holdout ? QStringLiteral("1") : QStringLiteral("0")};
        for (size_t r = 0; r < 3; ++r)
            row.append(r < score.reasons.size() ? score.reasons[r].text() : QString());
        row.append(QString::number(modelId));
        text += csvRow(row);
    }
    out.write(text.toUtf8());
    if (!out.commit())
        throw Error(Location(path), Text::tr("cannot write: %1").arg(out.errorString()));
}

/// Scores the project's own customers and keeps the scores with the model.
std::vector<CustomerScore> scoreImported(const QString& path, const StoredModel& model,
                                         const ScoreOptions& options)
{
    std::vector<CustomerScore> scores;
    {
        const auto project = Project::openForReading(path);
        std::optional<EventLog> log;
        if (model.kind == QLatin1String("dropoff"))
            log = loadEventLog(path);
        scores = scoreCustomers(project->database(), log ? &*log : nullptr, model, options);
    }
    auto project = Project::open(path, Project::Access::ReadWrite);
    Transaction transaction(project->database());
    storeScores(project->database(), model.id, scores);
    transaction.commit();
    return scores;
}

/**
 * Scores the journeys in flight in the warehouse (their rows counted there) and, with
 * \a table, writes the scores back into it. The project keeps none: it holds no customers.
 */
std::vector<CustomerScore> scoreInWarehouse(const QString& path, const WarehouseSource& source,
                                            const StoredModel& model, const ScoreOptions& options,
                                            const QString& table)
{
    TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
    PgConnection connection(source.connection);
    const std::vector<CustomerScore> scores =
        scoreInWarehouse(connection, path, source, model, options, std::nullopt, &interruptible);
    if (!table.isEmpty()) {
        blamingOption(QStringLiteral("--into"), [&] {
            writeWarehouseScores(connection, table, scores, model.id, &interruptible);
        });
    }
    return scores;
}

} // namespace

int runScore(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Scores customers with a stored model (drop-off: the journeys still in flight; "
                 "label: every customer), stores the scores with the model's id, and writes the "
                 "highest-risk customers with their three strongest reasons and a hold-out flag "
                 "(a fixed share of customers, by a hash of their id, kept out of a campaign to "
                 "measure its lift)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    addModelOption(parser);
    parser.addOption({QStringLiteral("out"),
                      Text::tr("Write the highest-risk customers to this CSV file."),
                      QStringLiteral("FILE.csv")});
    parser.addOption(
        {QStringLiteral("into"),
         Text::tr("Warehouse projects: write every score into this table of the warehouse "
                  "(schema.table), created when missing and replaced whole; the role needs "
                  "to be allowed to write there."),
         QStringLiteral("TABLE")});
    parser.addOption({QStringLiteral("top"),
                      Text::tr("How many customers the CSV file lists, and how many get their "
                               "reasons (default 1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption(
        {QStringLiteral("at"),
         Text::tr("Drop-off models: score the journeys in flight at this date, from the "
                  "events before it (default: the end of the data)."),
         QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("holdout"),
                      Text::tr("Share of customers in the hold-out control group (default 0.1)."),
                      QStringLiteral("SHARE"), QStringLiteral("0.1")});
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("score"), 1); exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    try {
        ScoreOptions options;
        options.holdoutShare = holdoutOption(parser);
        const qsizetype top = topOption(parser);
        options.explained =
            parser.isSet(QStringLiteral("out")) || parser.isSet(QStringLiteral("into")) ? top : 0;
        if (parser.isSet(QStringLiteral("at")))
            options.atMs = dateOption(parser, QStringLiteral("at"));

        StoredModel model;
        const std::optional<WarehouseSource> source = warehouseSource(path);
        const QString table = parser.value(QStringLiteral("into"));
        if (parser.isSet(QStringLiteral("into")) && !source) {
            throw Error(Location(QStringLiteral("--into")),
                        Text::tr("writes scores into a table of the warehouse a project is "
                                 "connected to; this project's events were imported (the "
                                 "scores stay in it, and --out writes a CSV file)"));
        }
        model = chosenModel(Project::openForReading(path)->database(), parser);
        const std::vector<CustomerScore> scores =
            source ? scoreInWarehouse(path, *source, model, options, table)
                   : scoreImported(path, model, options);
        if (parser.isSet(QStringLiteral("out")))
            writeAtRisk(parser.value(QStringLiteral("out")), scores, top, model.id);

        const auto holdout = std::count_if(scores.begin(), scores.end(),
                                           [](const CustomerScore& s) { return s.holdout; });
        const qsizetype written =
            parser.isSet(QStringLiteral("out")) ? std::min(top, qsizetype(scores.size())) : 0;
        if (parser.isSet(QStringLiteral("json"))) {
            printJson({{QStringLiteral("scored"), qint64(scores.size())},
                       {QStringLiteral("model"), model.id},
                       {QStringLiteral("kind"), model.kind},
                       {QStringLiteral("holdout"), qint64(holdout)},
                       {QStringLiteral("written"), qint64(written)},
                       {QStringLiteral("table"), parser.value(QStringLiteral("into"))}});
        } else {
            print(Text::tr("scored %L1 customers with %2; %L3 in the hold-out group")
                      .arg(scores.size())
                      .arg(model.title())
                      .arg(holdout));
            if (!scores.empty()) {
                print(Text::tr("highest: %1 at %2 %")
                          .arg(scores.front().customerKey)
                          .arg(scores.front().probability * 100, 0, 'f', 1));
            }
            if (parser.isSet(QStringLiteral("into"))) {
                print(Text::tr("all %L1 written to the table %2, the %L3 highest with reasons")
                          .arg(scores.size())
                          .arg(parser.value(QStringLiteral("into")))
                          .arg(std::min(top, qsizetype(scores.size()))));
            }
            if (written > 0) {
                print(Text::tr("the %L1 highest written to %2")
                          .arg(written)
                          .arg(parser.value(QStringLiteral("out"))));
            }
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
