#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "core/base/timeutil.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::goal)
};

} // namespace

int runGoal(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Shows or sets the project's goal: the touchpoints that count as success, within a "
        "window from a journey's start, or a customer attribute (a CRM outcome column). "
        "Analyses use it unless given --goal or --outcome."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addOption({QStringLiteral("set"), Text::tr("The goal's touchpoints, comma-separated."),
                      QStringLiteral("TOUCHPOINTS")});
    parser.addOption(
        {QStringLiteral("window"),
         Text::tr("Time from a journey's start to reach the goal (default 30d), or none."),
         QStringLiteral("DURATION"), QStringLiteral("30d")});
    parser.addOption(
        {QStringLiteral("outcome"),
         Text::tr("Success as a customer attribute instead: ATTRIBUTE (true, yes or 1) "
                  "or ATTRIBUTE=VALUE,..."),
         QStringLiteral("ATTRIBUTE[=VALUE,...]")});
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("goal"), 1); exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    try {
        if (parser.isSet(QStringLiteral("set")) && parser.isSet(QStringLiteral("outcome"))) {
            throw Error(Location(QStringLiteral("--outcome")),
                        Text::tr("give either --set or --outcome, not both"));
        }
        if (parser.isSet(QStringLiteral("outcome"))) {
            const ProjectGoal goal =
                outcomeGoal(QStringLiteral("--outcome"), parser.value(QStringLiteral("outcome")));
            auto project = Project::open(path, Project::Access::ReadWrite);
            // Refuses an attribute that no customer has before storing it.
            blamingOption(QStringLiteral("--outcome"), [&] {
                if (const auto warehouse = WarehouseSource::read(project->database()))
                    return warehouse->requireAttribute(goal.outcomeAttribute);
                goal.resolve(EventLog::load(project->database()), project->database());
            });
            Transaction transaction(project->database());
            ProjectGoal::write(project->database(), goal);
            transaction.commit();
        } else if (parser.isSet(QStringLiteral("set"))) {
            const EventLog log = loadEventNames(path);
            ProjectGoal goal;
            for (const QString& name : splitNames(parser.value(QStringLiteral("set"))))
                goal.touchpoints.append(
                    log.touchpointNames()[touchpointNamed(log, name, QStringLiteral("--set"))]);
            const QString window = parser.value(QStringLiteral("window"));
            if (window == QLatin1String("none")) {
                goal.windowMs.reset();
            } else if (const auto ms = parseDuration(window); ms && *ms > 0) {
                goal.windowMs = *ms;
            } else {
                throw Error(
                    Location(QStringLiteral("--window")),
                    Text::tr("expected a duration such as 30d or 12h, or none; found \"%1\"")
                        .arg(window));
            }
            auto project = Project::open(path, Project::Access::ReadWrite);
            Transaction transaction(project->database());
            ProjectGoal::write(project->database(), goal);
            transaction.commit();
        }
        const auto project = Project::openForReading(path);
        const std::optional<ProjectGoal> goal = ProjectGoal::read(project->database());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject json;
            if (goal && !goal->outcomeAttribute.isEmpty()) {
                json = {{QStringLiteral("outcome_attribute"), goal->outcomeAttribute},
                        {QStringLiteral("converted_values"),
                         QJsonArray::fromStringList(goal->convertedValues)}};
            } else if (goal) {
                json = {
                    {QStringLiteral("touchpoints"), QJsonArray::fromStringList(goal->touchpoints)},
                    {QStringLiteral("window"),
                     goal->windowMs ? QJsonValue(formatDuration(*goal->windowMs)) : QJsonValue()}};
            }
            printJson(json);
        } else if (!goal) {
            print(Text::tr("No goal set: goal PROJECT --set TOUCHPOINTS, or --outcome ATTRIBUTE"));
        } else if (!goal->outcomeAttribute.isEmpty()) {
            print(Text::tr("customers whose %1 is %2")
                      .arg(goal->outcomeAttribute, goal->convertedValues.join(Text::tr(" or "))));
        } else {
            print(
                Text::tr("%1 within %2 of a journey's start")
                    .arg(goal->touchpoints.join(Text::tr(" or ")),
                         goal->windowMs ? formatDuration(*goal->windowMs) : Text::tr("any time")));
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
