#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/jsoncsv.h"
#include "app/cli/terminalprogress.h"
#include "core/journey/customerfeatures.h"
#include "core/journey/personas.h"
#include "core/journey/segmentation.h"
#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousecustomerfeatures.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::segments)
};

QString segmentText(const SegmentDescription& segment)
{
    QStringList channels;
    for (const auto& channel : segment.topChannels)
        channels.append(
            QStringLiteral("%1 %2 %").arg(channel.channel).arg(channel.share * 100, 0, 'f', 0));
    return Text::tr(
               "%1: %L2 customers (%3 %), %4 % convert, value %5 on average; %6; typically %7\n")
        .arg(segment.name)
        .arg(segment.customers)
        .arg(segment.share * 100, 0, 'f', 1)
        .arg(segment.conversionRate * 100, 0, 'f', 1)
        .arg(segment.meanValue, 0, 'f', 2)
        .arg(channels.join(QStringLiteral(", ")))
        .arg(segment.typicalPath.join(QStringLiteral(" > ")));
}

QJsonObject personaJson(const PersonaCard& card)
{
    const Persona& persona = card.persona;
    QJsonObject json{
        {QStringLiteral("id"), persona.id},
        {QStringLiteral("name"), persona.name},
        {QStringLiteral("segment"), persona.segmentKey},
        {QStringLiteral("quote"), persona.quote},
        {QStringLiteral("goals"), QJsonArray::fromStringList(persona.goals)},
        {QStringLiteral("frustrations"), QJsonArray::fromStringList(persona.frustrations)},
        {QStringLiteral("avatar"), persona.avatar},
    };
    if (card.segment)
        json.insert(QStringLiteral("numbers"), segmentToJson(*card.segment));
    return json;
}

qint64 personaId(const QCommandLineParser& parser, const QString& option)
{
    bool ok = false;
    const qint64 id = parser.value(option).toLongLong(&ok);
    if (!ok || id <= 0) {
        throw Error(Location(QStringLiteral("--") + option),
                    Text::tr("expected a persona id, found \"%1\"").arg(parser.value(option)));
    }
    return id;
}

QStringList items(const QString& text)
{
    QStringList list;
    for (const QString& item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            list.append(item.trimmed());
    }
    return list;
}

/// --edit ID with the words to change, or --delete ID, in one transaction.
void editPersona(const QString& path, const QCommandLineParser& parser)
{
    auto project = Project::open(path, Project::Access::ReadWrite);
    Transaction transaction(project->database());
    if (parser.isSet(QStringLiteral("delete")))
        deletePersona(project->database(), personaId(parser, QStringLiteral("delete")));
    if (parser.isSet(QStringLiteral("edit"))) {
        const qint64 id = personaId(parser, QStringLiteral("edit"));
        const std::vector<Persona> personas = loadPersonas(project->database());
        const auto found = std::find_if(personas.begin(), personas.end(),
                                        [id](const Persona& persona) { return persona.id == id; });
        if (found == personas.end()) {
            throw Error(Location(QStringLiteral("--edit")),
                        Text::tr("no persona %1; `personas PROJECT` lists them").arg(id));
        }
        Persona persona = *found;
        if (parser.isSet(QStringLiteral("name"))) {
            persona.name = parser.value(QStringLiteral("name")).trimmed();
            if (persona.name.isEmpty())
                throw Error(Location(QStringLiteral("--name")), Text::tr("a persona needs a name"));
        }
        if (parser.isSet(QStringLiteral("quote")))
            persona.quote = parser.value(QStringLiteral("quote"));
        if (parser.isSet(QStringLiteral("goals")))
            persona.goals = items(parser.value(QStringLiteral("goals")));
        if (parser.isSet(QStringLiteral("frustrations")))
            persona.frustrations = items(parser.value(QStringLiteral("frustrations")));
        if (parser.isSet(QStringLiteral("avatar")))
            persona.avatar = parser.value(QStringLiteral("avatar"));
        updatePersona(project->database(), persona);
    }
    transaction.commit();
}

/// The project's events: in memory, or names only for a warehouse project.
EventLog analysisEvents(const QString& path)
{
    return warehouseSource(path) ? loadEventNames(path) : loadEventLog(path);
}

/// What each customer the options keep did: counted in memory, or by the warehouse that
/// keeps the events.
CustomerFeatures customerFeatures(const EventLog& log, const QCommandLineParser& parser,
                                  const QString& path, const Goal& goal)
{
    if (const std::optional<WarehouseSource> warehouse = warehouseSource(path)) {
        TerminalProgress interruptible{QString()}; // Ctrl+C cancels the query
        PgConnection connection(warehouse->connection);
        return countWarehouseCustomerFeatures(connection, *warehouse, log,
                                              warehouseFilter(log, parser, path), goal,
                                              &interruptible)
            .features;
    }
    return computeCustomerFeatures(analysisView(log, parser, path), goal);
}

} // namespace

int runSegments(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Groups customers into segments (k-means on their journeys' features, or RFM "
                 "quintiles) and describes each in numbers; drafts personas from them."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addOption({QStringLiteral("k"),
                      Text::tr("Clusters: a number, auto (chosen by silhouette, 2 to 8), or rfm."),
                      QStringLiteral("K|auto|rfm"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("seed"), Text::tr("Random seed of k-means (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("save-personas"),
                      Text::tr("Draft a persona for each segment and store it in the project.")});
    parser.addOption({QStringLiteral("csv"), Text::tr("Print the segments as CSV.")});
    addAnalysisOptions(parser, true);
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("segments"), 1);
        exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    try {
        const EventLog log = analysisEvents(path);
        const Goal goal = analysisGoal(log, parser, path).value_or(Goal{});
        const CustomerFeatures features = customerFeatures(log, parser, path, goal);
        const QString k = parser.value(QStringLiteral("k"));
        Segmentation segmentation;
        if (k == QLatin1String("rfm")) {
            segmentation = rfmSegmentation(features);
        } else {
            KMeansOptions options;
            options.seed = parser.value(QStringLiteral("seed")).toULongLong();
            if (k != QLatin1String("auto")) {
                bool ok = false;
                options.k = k.toInt(&ok);
                if (!ok || *options.k < 1) {
                    throw Error(Location(QStringLiteral("--k")),
                                Text::tr("expected a number of clusters, auto or rfm, found \"%1\"")
                                    .arg(k));
                }
            }
            TerminalProgress progress(Text::tr("Clustering"));
            segmentation = kMeansSegmentation(features, options, &progress);
        }
        const std::vector<SegmentDescription> segments = describeSegments(features, segmentation);
        if (parser.isSet(QStringLiteral("save-personas"))) {
            const SegmentDescription everyone = describeEveryone(features);
            auto project = Project::open(path, Project::Access::ReadWrite);
            Transaction transaction(project->database());
            for (const Persona& persona : draftPersonas(segmentation, segments, everyone))
                savePersona(project->database(), persona);
            transaction.commit();
        }
        const QJsonObject json = segmentsToJson(segments, segmentation);
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(json);
        } else if (parser.isSet(QStringLiteral("csv"))) {
            print(jsonRowsToCsv(
                {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("customers"),
                 QStringLiteral("share"), QStringLiteral("converted"),
                 QStringLiteral("dropped_off"), QStringLiteral("conversion_rate"),
                 QStringLiteral("mean_value"), QStringLiteral("median_value"),
                 QStringLiteral("mean_recency_days"), QStringLiteral("mean_sessions"),
                 QStringLiteral("mean_events"), QStringLiteral("median_seconds_to_convert"),
                 QStringLiteral("top_channels"), QStringLiteral("typical_path"),
                 QStringLiteral("friction")},
                json[QStringLiteral("segments")].toArray()));
        } else {
            QString out;
            if (segmentation.method == Segmentation::Method::KMeans)
                out += Text::tr("k = %1, silhouette %2\n")
                           .arg(segmentation.segmentCount())
                           .arg(segmentation.silhouette, 0, 'f', 3);
            for (const SegmentDescription& segment : segments) {
                if (segment.customers > 0)
                    out += segmentText(segment);
            }
            print(out);
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

int runPersonas(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Lists the project's personas with their segments' numbers, recomputed on the "
                 "current data; edits or deletes one."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addOption(
        {QStringLiteral("edit"), Text::tr("The persona to edit, by id."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("name"), Text::tr("With --edit: its new name."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("quote"), Text::tr("With --edit: its new quote."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("goals"),
                      Text::tr("With --edit: its goals, separated by \";\"."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("frustrations"),
                      Text::tr("With --edit: its frustrations, separated by \";\"."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("avatar"),
                      Text::tr("With --edit: builtin:1 to builtin:8, or an image file."),
                      QStringLiteral("AVATAR")});
    parser.addOption({QStringLiteral("delete"), Text::tr("Delete the persona with this id."),
                      QStringLiteral("ID")});
    addAnalysisOptions(parser, true);
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("personas"), 1);
        exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    try {
        if (parser.isSet(QStringLiteral("edit")) || parser.isSet(QStringLiteral("delete")))
            editPersona(path, parser);
        const EventLog log = analysisEvents(path);
        const auto project = Project::openForReading(path);
        std::vector<PersonaCard> cards;
        if (!loadPersonas(project->database()).empty()) {
            const Goal goal = analysisGoal(log, parser, path).value_or(Goal{});
            cards = listPersonas(project->database(), customerFeatures(log, parser, path, goal));
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const PersonaCard& card : cards)
                array.append(personaJson(card));
            printJson({{QStringLiteral("personas"), array}});
            return Success;
        }
        if (cards.empty())
            print(Text::tr("No personas yet: segments --save-personas drafts them."));
        for (const PersonaCard& card : cards) {
            print(QStringLiteral("%1  \"%2\"\n").arg(card.persona.name, card.persona.quote) +
                  (card.segment ? QStringLiteral("  ") + segmentText(*card.segment)
                                : Text::tr("  (its segment cannot be recomputed)\n")));
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
