#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/terminalprogress.h"
#include "core/base/csvtext.h"
#include "core/journey/stagemappingfile.h"
#include "core/journey/stagemodel.h"
#include "core/predict/stagechange.h"
#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousestageproposal.h"

#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::stages)
};

QString text(const StageModel& model)
{
    QString out;
    for (const QString& stage : model.stages)
        out += QStringLiteral("%1: %2\n")
                   .arg(stage, model.touchpointsOf(stage).join(QStringLiteral(", ")));
    if (!model.unstagedTouchpoints().isEmpty())
        out += Text::tr("(no stage): %1\n")
                   .arg(model.unstagedTouchpoints().join(QStringLiteral(", ")));
    return out;
}

/// "A=B" into (A, B); throws Error naming \a option.
std::pair<QString, QString> assignment(const QString& spec, const QString& option)
{
    const qsizetype equals = spec.lastIndexOf(QLatin1Char('='));
    if (equals <= 0)
        throw Error(Location(option), Text::tr("expected NAME=VALUE, found \"%1\"").arg(spec));
    return {spec.left(equals).trimmed(), spec.mid(equals + 1).trimmed()};
}

} // namespace

int runStages(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Shows or edits the stages and which touchpoint belongs to which, or proposes "
                 "stages from where touchpoints occur in the journeys."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addOption({QStringLiteral("auto"),
                      Text::tr("Propose K stages (3 to 7) from the data, with the evidence."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("accept"), Text::tr("Store the proposal of --auto.")});
    parser.addOption({QStringLiteral("set"),
                      Text::tr("Put a touchpoint into a stage (empty: none). Repeatable."),
                      QStringLiteral("TOUCHPOINT=STAGE")});
    parser.addOption(
        {QStringLiteral("rename"),
         Text::tr("Rename a stage; its notes on the map and the models' figures for it "
                  "follow. Repeatable."),
         QStringLiteral("OLD=NEW")});
    parser.addOption({QStringLiteral("load"),
                      Text::tr("Replace the stages with those of a CSV file with the columns "
                               "touchpoint and stage."),
                      QStringLiteral("FILE.csv")});
    parser.addOption(
        {QStringLiteral("csv"), Text::tr("Print touchpoint,stage rows, as --load reads them.")});
    addAnalysisOptions(parser, false);
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("stages"), 1); exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    const bool json = parser.isSet(QStringLiteral("json"));
    try {
        if (parser.isSet(QStringLiteral("auto"))) {
            bool ok = false;
            const int k = parser.value(QStringLiteral("auto")).toInt(&ok);
            if (!ok)
                throw Error(Location(QStringLiteral("--auto")),
                            Text::tr("expected a number of stages"));
            const std::optional<WarehouseSource> warehouse = warehouseSource(path);
            const EventLog log = warehouse ? loadEventNames(path) : loadEventLog(path);
            const StageProposal proposal = [&] {
                try {
                    if (warehouse) {
                        // Counted in the warehouse; only each touchpoint's middle places travel.
                        TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
                        PgConnection connection(warehouse->connection);
                        return proposeWarehouseStages(connection, *warehouse, log.touchpointNames(),
                                                      warehouseFilter(log, parser, path),
                                                      analysisScope(parser), k, &interruptible);
                    }
                    return proposeStages(analysisView(log, parser, path), k);
                } catch (const Error& error) {
                    if (!error.location().toString().isEmpty())
                        throw;
                    throw Error(Location(QStringLiteral("--auto")), error.message());
                }
            }();
            if (parser.isSet(QStringLiteral("accept"))) {
                auto project = Project::open(path, Project::Access::ReadWrite);
                Transaction transaction(project->database());
                changeStages(project->database(), proposal.model);
                transaction.commit();
            }
            if (json) {
                printJson(proposal.toJson());
            } else {
                QString out = text(proposal.model);
                out += Text::tr("\nmedian relative position of each touchpoint in its journeys:\n");
                for (const TouchpointPosition& position : proposal.evidence) {
                    out += QStringLiteral("  %1  %2  (%L3 events)\n")
                               .arg(position.medianPosition, 0, 'f', 3)
                               .arg(position.touchpoint)
                               .arg(position.events);
                }
                if (!parser.isSet(QStringLiteral("accept")))
                    out += Text::tr("\n(a proposal: --accept stores it)\n");
                print(out);
            }
            return Success;
        }
        const QStringList sets = parser.values(QStringLiteral("set"));
        const QStringList renames = parser.values(QStringLiteral("rename"));
        const bool load = parser.isSet(QStringLiteral("load"));
        if (load || !sets.isEmpty() || !renames.isEmpty()) {
            auto project = Project::open(path, Project::Access::ReadWrite);
            StageModel model = StageModel::read(project->database());
            if (load)
                model = readStageMapping(parser.value(QStringLiteral("load")), model);
            // What hangs on a stage's name (map notes, model figures) follows its renames.
            StageRenames renamed;
            for (const QString& spec : renames) {
                const auto [from, to] = assignment(spec, QStringLiteral("--rename"));
                model.renameStage(from, to);
                addStageRename(renamed, from, to);
            }
            for (const QString& spec : sets) {
                const auto [touchpoint, stage] = assignment(spec, QStringLiteral("--set"));
                if (!model.stageOf.contains(touchpoint)) {
                    throw Error(Location(QStringLiteral("--set")),
                                Text::tr("no touchpoint \"%1\"").arg(touchpoint));
                }
                model.setStage(touchpoint, stage);
            }
            Transaction transaction(project->database());
            changeStages(project->database(), model, renamed);
            transaction.commit();
        }
        const auto project = Project::openForReading(path);
        const StageModel model = StageModel::read(project->database());
        if (json) {
            printJson(model.toJson());
        } else if (parser.isSet(QStringLiteral("csv"))) {
            QString out = csvRow({QStringLiteral("touchpoint"), QStringLiteral("stage")});
            for (const QString& stage : model.stages) {
                for (const QString& touchpoint : model.touchpointsOf(stage))
                    out += csvRow({touchpoint, stage});
            }
            print(out);
        } else {
            print(text(model));
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
