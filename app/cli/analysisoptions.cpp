#include "app/cli/analysisoptions.h"

#include "app/cli/terminalprogress.h"
#include "core/base/timeutil.h"
#include "core/ingest/timestampparser.h"
#include "core/journey/peopleselection.h"
#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousepeople.h"

#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::analysis)
};

} // namespace

qint64 dateOption(const QCommandLineParser& parser, const QString& option)
{
    const QString text = parser.value(option);
    const std::optional<qint64> ms = TimestampFormat().parse(text.toStdString());
    if (!ms) {
        throw Error(
            Location(QStringLiteral("--") + option),
            Text::tr("expected a date such as 2025-03-01 or 2025-03-01T10:00:00Z, found \"%1\"")
                .arg(text));
    }
    return *ms;
}

namespace {

/// The customers --where, --segment, --persona, --through and --reaching ask for.
PeopleSelection peopleSelection(const QCommandLineParser& parser)
{
    PeopleSelection selection;
    for (const QString& where : parser.values(QStringLiteral("where"))) {
        const qsizetype equals = where.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            throw Error(Location(QStringLiteral("--where")),
                        Text::tr("expected ATTRIBUTE=VALUE[,VALUE...], found \"%1\"").arg(where));
        }
        selection.attributeValues.emplace_back(where.left(equals),
                                               splitNames(where.mid(equals + 1)));
    }
    selection.segmentKey = parser.value(QStringLiteral("segment"));
    selection.visitedTouchpoints = parser.values(QStringLiteral("through"));
    selection.reachedStages = parser.values(QStringLiteral("reaching"));
    if (parser.isSet(QStringLiteral("persona"))) {
        bool ok = false;
        selection.personaId = parser.value(QStringLiteral("persona")).toLongLong(&ok);
        if (!ok) {
            throw Error(Location(QStringLiteral("--persona")),
                        Text::tr("no persona %1; `personas PROJECT` lists them")
                            .arg(parser.value(QStringLiteral("persona"))));
        }
    }
    return selection;
}

/// Runs \a work; an Error from it located at a condition of a selection of people is
/// thrown again located at the option that gave the condition.
template <typename Work> auto blamingPeopleOptions(Work&& work)
{
    try {
        return work();
    } catch (const Error& error) {
        const QString condition = error.location().file;
        const QString option = condition == QLatin1String("touchpoint") ? QStringLiteral("through")
                               : condition == QLatin1String("stage")    ? QStringLiteral("reaching")
                                                                        : condition;
        throw Error(Location(QStringLiteral("--") + option), error.message());
    }
}

/// The people the options keep; nullopt when no condition is given.
std::optional<std::vector<PersonIndex>>
selectedPersons(const EventLog& log, const QCommandLineParser& parser, const QString& projectPath)
{
    const PeopleSelection selection = peopleSelection(parser);
    if (selection.isEmpty())
        return std::nullopt;
    const auto project = Project::openForReading(projectPath);
    return blamingPeopleOptions([&] { return selectPeople(log, project->database(), selection); });
}

/// The events --from, --to and --channel keep. Throws Error naming the option at fault.
EventFilter eventConditions(const EventLog& log, const QCommandLineParser& parser)
{
    EventFilter filter;
    if (parser.isSet(QStringLiteral("from")))
        filter.fromMs = dateOption(parser, QStringLiteral("from"));
    if (parser.isSet(QStringLiteral("to")))
        filter.toMs = dateOption(parser, QStringLiteral("to"));
    if (parser.isSet(QStringLiteral("channel"))) {
        for (const QString& name : splitNames(parser.value(QStringLiteral("channel")))) {
            const int channel = log.channelIndex(name);
            if (channel < 0) {
                throw Error(Location(QStringLiteral("--channel")),
                            Text::tr("no channel \"%1\"; the channels are %2")
                                .arg(name, log.channelNames().mid(1).join(QStringLiteral(", "))));
            }
            filter.channels.push_back(quint8(channel));
        }
    }
    return filter;
}

} // namespace

void addAnalysisOptions(QCommandLineParser& parser, bool withGoal)
{
    parser.addOption({QStringLiteral("from"), Text::tr("Only events at or after this time (UTC)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), Text::tr("Only events before this time (UTC)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("channel"),
                      Text::tr("Only events of these channels (comma-separated)."),
                      QStringLiteral("CHANNELS")});
    parser.addOption({QStringLiteral("through"),
                      Text::tr("Only customers with an event at this touchpoint (repeatable)."),
                      QStringLiteral("TOUCHPOINT")});
    parser.addOption({QStringLiteral("reaching"),
                      Text::tr("Only customers with an event in this stage (repeatable)."),
                      QStringLiteral("STAGE")});
    parser.addOption(
        {QStringLiteral("where"),
         Text::tr("Only customers whose attribute has one of these values (repeatable)."),
         QStringLiteral("ATTRIBUTE=VALUE,...")});
    parser.addOption({QStringLiteral("segment"),
                      Text::tr("Only the customers of an RFM segment, e.g. \"rfm:Champions\"."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("persona"),
                      Text::tr("Only the customers of a persona's segment (see personas)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("by"),
                      Text::tr("A journey is all of a customer's events, or one session."),
                      QStringLiteral("customer|session"), QStringLiteral("customer")});
    if (withGoal) {
        parser.addOption({QStringLiteral("goal"),
                          Text::tr("Touchpoints that count as success (comma-separated)."),
                          QStringLiteral("TOUCHPOINTS")});
        parser.addOption(
            {QStringLiteral("window"),
             Text::tr("Time from a journey's start to reach the goal (default 30d), or "
                      "none."),
             QStringLiteral("DURATION"), QStringLiteral("30d")});
        parser.addOption(
            {QStringLiteral("outcome"),
             Text::tr("Success as a customer attribute instead: ATTRIBUTE (true, yes or "
                      "1) or ATTRIBUTE=VALUE,..."),
             QStringLiteral("ATTRIBUTE[=VALUE,...]")});
    }
}

EventLog loadEventLog(const QString& projectPath)
{
    const auto project = Project::openForReading(projectPath);
    TerminalProgress progress(Text::tr("Loading"));
    EventLog log = EventLog::load(project->database(), &progress);
    progress.finish();
    return log;
}

EventLog loadEventNames(const QString& projectPath)
{
    return EventLog::loadNames(Project::openForReading(projectPath)->database());
}

std::optional<WarehouseSource> warehouseSource(const QString& projectPath)
{
    return WarehouseSource::read(Project::openForReading(projectPath)->database());
}

WarehouseFilter warehouseFilter(const EventLog& names, const QCommandLineParser& parser,
                                const QString& projectPath)
{
    const EventFilter events = eventConditions(names, parser);
    WarehouseFilter filter;
    filter.fromMs = events.fromMs;
    filter.toMs = events.toMs;
    for (const quint8 channel : events.channels)
        filter.channels.append(names.channelNames().value(channel));
    const PeopleSelection selection = peopleSelection(parser);
    if (!selection.isEmpty()) {
        const auto project = Project::openForReading(projectPath);
        const WarehouseSource source = *WarehouseSource::read(project->database());
        TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
        PgConnection connection(source.connection);
        blamingPeopleOptions([&] {
            selectWarehousePeople(connection, source, names, project->database(), selection, filter,
                                  &interruptible);
            return 0;
        });
    }
    return filter;
}

EventView analysisView(const EventLog& log, const QCommandLineParser& parser,
                       const QString& projectPath)
{
    EventFilter filter = eventConditions(log, parser);
    if (const std::optional<std::vector<PersonIndex>> persons =
            selectedPersons(log, parser, projectPath))
        filter.persons = std::make_shared<const std::vector<PersonIndex>>(*persons);
    return EventView(log, filter, analysisScope(parser));
}

JourneyScope analysisScope(const QCommandLineParser& parser)
{
    const QString by = parser.value(QStringLiteral("by"));
    if (by != QLatin1String("customer") && by != QLatin1String("session")) {
        throw Error(Location(QStringLiteral("--by")),
                    Text::tr("expected customer or session, found \"%1\"").arg(by));
    }
    return by == QLatin1String("session") ? JourneyScope::Session : JourneyScope::Customer;
}

std::optional<Goal> analysisGoal(const EventLog& log, const QCommandLineParser& parser,
                                 const QString& projectPath)
{
    const std::optional<WarehouseSource> warehouse = warehouseSource(projectPath);
    const auto resolve = [&](const ProjectGoal& goal, const Database& db) {
        return warehouse ? resolveWarehouseGoal(goal, log, *warehouse) : goal.resolve(log, db);
    };
    if (parser.isSet(QStringLiteral("outcome"))) {
        const auto project = Project::openForReading(projectPath);
        return blamingOption(QStringLiteral("--outcome"), [&] {
            return resolve(
                outcomeGoal(QStringLiteral("--outcome"), parser.value(QStringLiteral("outcome"))),
                project->database());
        });
    }
    if (!parser.isSet(QStringLiteral("goal"))) {
        const auto project = Project::openForReading(projectPath);
        if (const auto stored = ProjectGoal::read(project->database()))
            return resolve(*stored, project->database());
        return std::nullopt;
    }
    Goal goal;
    for (const QString& name : splitNames(parser.value(QStringLiteral("goal"))))
        goal.touchpoints.push_back(touchpointNamed(log, name, QStringLiteral("--goal")));
    const QString window = parser.value(QStringLiteral("window"));
    if (window == QLatin1String("none")) {
        goal.windowMs.reset();
    } else {
        const std::optional<qint64> ms = parseDuration(window);
        if (!ms || *ms <= 0) {
            throw Error(Location(QStringLiteral("--window")),
                        Text::tr("expected a duration such as 30d or 12h, or none; found \"%1\"")
                            .arg(window));
        }
        goal.windowMs = *ms;
    }
    return goal;
}

Goal requiredGoal(const EventLog& log, const QCommandLineParser& parser, const QString& projectPath)
{
    std::optional<Goal> goal = analysisGoal(log, parser, projectPath);
    if (!goal) {
        throw Error(Location(QStringLiteral("--goal")),
                    Text::tr("no goal: give --goal TOUCHPOINTS or --outcome, or set the project's "
                             "goal (goal PROJECT --set)"));
    }
    return std::move(*goal);
}

std::optional<ProjectGoal> outcomeColumnGoal(const QCommandLineParser& parser,
                                             const QString& projectPath)
{
    if (parser.isSet(QStringLiteral("outcome")))
        return outcomeGoal(QStringLiteral("--outcome"), parser.value(QStringLiteral("outcome")));
    if (parser.isSet(QStringLiteral("goal")))
        return std::nullopt;
    const auto project = Project::openForReading(projectPath);
    std::optional<ProjectGoal> stored = ProjectGoal::read(project->database());
    if (stored && stored->outcomeAttribute.isEmpty())
        return std::nullopt;
    return stored;
}

ProjectGoal outcomeGoal(const QString& option, const QString& text)
{
    ProjectGoal goal;
    goal.windowMs.reset();
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    goal.outcomeAttribute = (equals < 0 ? text : text.left(equals)).trimmed();
    goal.convertedValues =
        equals < 0 ? QStringList{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("1")}
                   : splitNames(text.mid(equals + 1));
    if (goal.outcomeAttribute.isEmpty() || goal.convertedValues.isEmpty()) {
        throw Error(
            Location(option),
            Text::tr("expected ATTRIBUTE or ATTRIBUTE=VALUE[,VALUE...], found \"%1\"").arg(text));
    }
    return goal;
}

quint16 touchpointNamed(const EventLog& log, const QString& name, const QString& option)
{
    const int index = log.touchpointIndex(name);
    if (index >= 0)
        return quint16(index);
    // The names that contain what was typed, or all of them when none does.
    QStringList similar;
    for (const QString& known : log.touchpointNames()) {
        if (known.contains(name, Qt::CaseInsensitive) || name.contains(known, Qt::CaseInsensitive))
            similar.append(QLatin1Char('"') + known + QLatin1Char('"'));
    }
    if (similar.isEmpty()) {
        for (const QString& known : log.touchpointNames())
            similar.append(QLatin1Char('"') + known + QLatin1Char('"'));
    }
    throw Error(Location(option), Text::tr("no touchpoint \"%1\"; did you mean %2?")
                                      .arg(name, similar.mid(0, 12).join(QStringLiteral(", "))));
}

QStringList splitNames(const QString& list)
{
    QStringList names;
    for (const QString& name : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.append(name.trimmed());
    return names;
}

} // namespace journeyscope::cli
