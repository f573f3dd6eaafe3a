#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/jsoncsv.h"
#include "app/cli/terminalprogress.h"
#include "core/base/csvtext.h"
#include "core/journey/paths.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehouseanchorpaths.h"
#include "core/warehouse/warehousestepmatrix.h"
#include "core/warehouse/warehousevariants.h"

#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::paths)
};

int positive(const QCommandLineParser& parser, const QString& option)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1) {
        throw Error(
            Location(QStringLiteral("--") + option),
            Text::tr("expected a positive whole number, found \"%1\"").arg(parser.value(option)));
    }
    return value;
}

} // namespace

int runPaths(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("The paths journeys take: the most common variants (whole sequences), the paths "
                 "from or to a touchpoint (Sankey data), or where journeys are step by step."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addOption({QStringLiteral("top"), Text::tr("How many variants to list (default 20)."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("from-touchpoint"),
                      Text::tr("Paths after this touchpoint's first occurrence."),
                      QStringLiteral("TOUCHPOINT")});
    parser.addOption({QStringLiteral("to-touchpoint"),
                      Text::tr("Paths that lead to this touchpoint's first occurrence."),
                      QStringLiteral("TOUCHPOINT")});
    parser.addOption({QStringLiteral("steps"),
                      Text::tr("Steps from or to the touchpoint (default 5)."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("matrix"),
         Text::tr("The share of journeys at each touchpoint at each of the first N steps."),
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("csv"), Text::tr("Print CSV.")});
    addAnalysisOptions(parser, false);
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("paths"), 1); exit >= 0)
        return exit;
    try {
        const QString projectPath = parser.positionalArguments().at(1);
        // A warehouse counts variants, anchor paths and the step matrix where the events are.
        const std::optional<WarehouseSource> warehouse = warehouseSource(projectPath);
        const EventLog log = warehouse ? loadEventNames(projectPath) : loadEventLog(projectPath);
        // A warehouse project's customers are chosen in the warehouse (warehouseFilter).
        const EventView view = warehouse ? EventView(log, {}, analysisScope(parser))
                                         : analysisView(log, parser, projectPath);
        const bool json = parser.isSet(QStringLiteral("json"));
        const bool csv = parser.isSet(QStringLiteral("csv"));
        const bool from = parser.isSet(QStringLiteral("from-touchpoint"));
        if (from || parser.isSet(QStringLiteral("to-touchpoint"))) {
            AnchorPathOptions options;
            const QString option =
                from ? QStringLiteral("from-touchpoint") : QStringLiteral("to-touchpoint");
            options.anchor =
                touchpointNamed(log, parser.value(option), QStringLiteral("--") + option);
            options.direction = from ? PathDirection::From : PathDirection::To;
            options.steps = positive(parser, QStringLiteral("steps"));
            AnchorPaths paths;
            if (warehouse) {
                TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
                PgConnection connection(warehouse->connection);
                paths = countWarehouseAnchorPaths(connection, *warehouse, log.touchpointNames(),
                                                  warehouseFilter(log, parser, projectPath),
                                                  view.scope(), options, &interruptible);
            } else {
                paths = computeAnchorPaths(view, options);
            }
            if (json) {
                printJson(paths.toJson());
            } else if (csv) {
                // The links of the Sankey diagram with their ends' names and steps.
                QString out = csvRow({QStringLiteral("source"), QStringLiteral("source_step"),
                                      QStringLiteral("target"), QStringLiteral("target_step"),
                                      QStringLiteral("journeys")});
                for (const SankeyLink& link : paths.links) {
                    const SankeyNode& source = paths.nodes[size_t(link.source)];
                    const SankeyNode& target = paths.nodes[size_t(link.target)];
                    out += csvRow({source.name, QString::number(source.step), target.name,
                                   QString::number(target.step), QString::number(link.count)});
                }
                print(out);
            } else {
                QString out = Text::tr("%L1 of %L2 journeys have %3\n")
                                  .arg(paths.withAnchor)
                                  .arg(paths.journeys)
                                  .arg(paths.anchor);
                for (const SankeyLink& link : paths.links) {
                    out += QStringLiteral("%1 (%2) -> %3 (%4)  %L5\n")
                               .arg(paths.nodes[size_t(link.source)].name)
                               .arg(paths.nodes[size_t(link.source)].step)
                               .arg(paths.nodes[size_t(link.target)].name)
                               .arg(paths.nodes[size_t(link.target)].step)
                               .arg(link.count);
                }
                print(out);
            }
            return Success;
        }
        if (parser.isSet(QStringLiteral("matrix"))) {
            const int steps = positive(parser, QStringLiteral("matrix"));
            StepMatrix matrix;
            if (warehouse) {
                TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
                PgConnection connection(warehouse->connection);
                matrix = countWarehouseStepMatrix(connection, *warehouse, log.touchpointNames(),
                                                  warehouseFilter(log, parser, projectPath),
                                                  view.scope(), steps, &interruptible);
            } else {
                matrix = computeStepMatrix(view, steps);
            }
            if (json) {
                printJson(matrix.toJson());
            } else if (csv) {
                QString out = csvRow(QStringList{QStringLiteral("step")} + matrix.names +
                                     QStringList{Text::tr("(ended)")});
                for (int step = 0; step < matrix.steps(); ++step) {
                    QStringList row{QString::number(step + 1)};
                    for (int column = 0; column < int(matrix.names.size()); ++column)
                        row.append(csvNumber(matrix.share(step, column)));
                    row.append(csvNumber(matrix.endShare(step)));
                    out += csvRow(row);
                }
                print(out);
            } else {
                QString out;
                for (int step = 0; step < matrix.steps(); ++step) {
                    QStringList cells;
                    for (int column = 0; column < int(matrix.names.size()); ++column) {
                        if (matrix.counts[size_t(step)][size_t(column)] > 0)
                            cells.append(QStringLiteral("%1 %2 %")
                                             .arg(matrix.names[column])
                                             .arg(matrix.share(step, column) * 100, 0, 'f', 1));
                    }
                    cells.append(
                        Text::tr("ended %1 %").arg(matrix.endShare(step) * 100, 0, 'f', 1));
                    out += Text::tr("step %1: %2\n")
                               .arg(step + 1)
                               .arg(cells.join(QStringLiteral(", ")));
                }
                print(out);
            }
            return Success;
        }
        const int top = positive(parser, QStringLiteral("top"));
        VariantsResult variants;
        if (warehouse) {
            TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
            PgConnection connection(warehouse->connection);
            variants = countWarehouseVariants(connection, *warehouse, log.touchpointNames(),
                                              warehouseFilter(log, parser, projectPath),
                                              view.scope(), top, &interruptible);
        } else {
            variants = computeVariants(view, top);
        }
        if (json) {
            printJson(variants.toJson());
        } else if (csv) {
            print(jsonRowsToCsv({QStringLiteral("count"), QStringLiteral("share"),
                                 QStringLiteral("cumulative_share"), QStringLiteral("path")},
                                variants.toJson()[QStringLiteral("top")].toArray(),
                                QStringLiteral(" > ")));
        } else {
            QString out = Text::tr("%L1 variants among %L2 journeys\n")
                              .arg(variants.variants)
                              .arg(variants.journeys);
            for (const PathVariant& variant : variants.top) {
                out += QStringLiteral("%L1  %2 %  (%3 % cumulative)  %4\n")
                           .arg(variant.count)
                           .arg(variant.share * 100, 0, 'f', 1)
                           .arg(variant.cumulativeShare * 100, 0, 'f', 1)
                           .arg(variant.path.join(QStringLiteral(" > ")));
            }
            print(out);
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
