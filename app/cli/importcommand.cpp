#include "app/cli/clicommand.h"
#include "app/cli/terminalprogress.h"
#include "core/base/timeutil.h"
#include "core/ingest/folderfeed.h"
#include "core/ingest/importer.h"
#include "core/ingest/importintoproject.h"
#include "core/ingest/importjob.h"
#include "core/ingest/layout.h"
#include "core/store/project.h"
#include "core/store/projectsummary.h"

#include <atomic>
#include <csignal>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::import)
};

/// The options that name the column of one role.
struct RoleOption
{
    const char* name;
    ColumnRole role;
};

constexpr RoleOption roleOptions[] = {
    {"customer", ColumnRole::Customer}, {"time", ColumnRole::Time},
    {"event", ColumnRole::Event},       {"channel", ColumnRole::Channel},
    {"value", ColumnRole::Value},       {"session", ColumnRole::Session},
    {"device", ColumnRole::Device},
};

/// Reads every option that changes how columns are read; throws Error when one is wrong.
ImportOptions importOptions(const QCommandLineParser& parser)
{
    ImportOptions options;
    if (parser.isSet(QStringLiteral("mapping")))
        options.overrides = MappingOverrides::fromFile(parser.value(QStringLiteral("mapping")));

    MappingOverrides flags;
    for (const QString& spec : parser.values(QStringLiteral("role"))) {
        const qsizetype equals = spec.lastIndexOf(QLatin1Char('='));
        const std::optional<ColumnRole> role =
            equals > 0 ? roleFromName(spec.mid(equals + 1)) : std::nullopt;
        if (!role) {
            throw Error(Location(QStringLiteral("--role")),
                        Text::tr("expected COLUMN=ROLE with a role such as customer, time, event, "
                                 "channel, value, session, device, email, phone, name, ip, "
                                 "attribute or ignore; found \"%1\"")
                            .arg(spec));
        }
        flags.columns.append({spec.left(equals), *role, QStringLiteral("--role")});
    }
    for (const RoleOption& option : roleOptions) {
        const QString name = QString::fromLatin1(option.name);
        if (parser.isSet(name))
            flags.columns.append({parser.value(name), option.role, QStringLiteral("--") + name});
    }
    if (parser.isSet(QStringLiteral("time-format"))) {
        QString error;
        flags.timeFormat =
            TimestampFormat::fromSpec(parser.value(QStringLiteral("time-format")), &error);
        if (!flags.timeFormat)
            throw Error(Location(QStringLiteral("--time-format")), error);
    }
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString delimiter = parser.value(QStringLiteral("delimiter"));
        if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
            flags.delimiter = '\t';
        else if (delimiter == QLatin1String("whitespace"))
            flags.delimiter = ' ';
        else if (delimiter.size() == 1 && delimiter[0].unicode() < 128)
            flags.delimiter = char(delimiter[0].unicode());
        else
            throw Error(Location(QStringLiteral("--delimiter")),
                        Text::tr("expected one character, \"tab\" or \"whitespace\", found \"%1\"")
                            .arg(delimiter));
    }
    options.overrides.append(flags);

    if (parser.isSet(QStringLiteral("session-gap"))) {
        const QString gap = parser.value(QStringLiteral("session-gap"));
        const std::optional<qint64> ms = parseDuration(gap);
        if (!ms || *ms <= 0) {
            throw Error(
                Location(QStringLiteral("--session-gap")),
                Text::tr("expected a duration such as 30m, 90s, 1h or 2d, found \"%1\"").arg(gap));
        }
        options.sessionGapMs = *ms;
    }
    const QString onError = parser.value(QStringLiteral("on-error"));
    if (onError == QLatin1String("skip"))
        options.onRowError = OnRowError::Skip;
    else if (onError != QLatin1String("stop"))
        throw Error(Location(QStringLiteral("--on-error")),
                    Text::tr("expected stop or skip, found \"%1\"").arg(onError));
    options.force = parser.isSet(QStringLiteral("force"));

    if (parser.isSet(QStringLiteral("format"))) {
        options.format = parser.value(QStringLiteral("format"));
        if (!findImporter(options.format)) {
            throw Error(
                Location(QStringLiteral("--format")),
                Text::tr("expected csv, jsonl, xes or table, found \"%1\"").arg(options.format));
        }
    }
    for (const QString& spec : parser.values(QStringLiteral("date-event"))) {
        const qsizetype equals = spec.indexOf(QLatin1Char('='));
        if (equals <= 0 || spec.mid(equals + 1).trimmed().isEmpty()) {
            throw Error(Location(QStringLiteral("--date-event")),
                        Text::tr("expected COLUMN=EVENT NAME, found \"%1\"").arg(spec));
        }
        options.overrides.eventNames.append({spec.left(equals), spec.mid(equals + 1).trimmed()});
    }
    return options;
}

void saveMapping(const QString& path, const ColumnMapping& mapping)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(Location(path), file.errorString());
    file.write(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Indented));
}

void printReport(const ImportReport& report)
{
    for (const QString& line : report.toText())
        print(line);
}

std::atomic<bool> stopWatching{false};

void stopOnSignal(int)
{
    stopWatching = true;
}

/**
 * Imports each file that appears in \a folder, complete, in a transaction of its own, until
 * interrupted. A file that fails is reported and skipped until it changes.
 */
int watchFolder(const QString& projectPath, const QString& folder, const ImportOptions& options,
                bool keepPii, bool json)
{
    if (!QFileInfo(folder).isDir())
        throw Error(Location(folder), Text::tr("not a folder"));
    if (!QFile::exists(projectPath))
        Project::create(projectPath, ProjectOptions{!keepPii});
    const QString projectName = QFileInfo(projectPath).fileName();
    FolderFeed feed(folder, {projectName, projectName + QStringLiteral("-journal")});
    std::signal(SIGINT, stopOnSignal);
    std::signal(SIGTERM, stopOnSignal);
    if (!json)
        print(Text::tr("Watching %1 for new files; Ctrl+C stops.").arg(folder));
    while (!stopWatching) {
        for (const QString& file : feed.poll()) {
            try {
                const auto project = Project::open(projectPath, Project::Access::ReadWrite);
                TerminalProgress progress(Text::tr("Importing %1").arg(QFileInfo(file).fileName()));
                const ImportReport report = importFiles(*project, {file}, options, &progress);
                progress.finish();
                if (json)
                    printJsonLine(report.toJson());
                else
                    printReport(report);
            } catch (const Canceled&) {
                return Success;
            } catch (const Error& error) {
                printError(error.toString());
            }
        }
        for (int i = 0; i < 10 && !stopWatching; ++i)
            QThread::msleep(100);
    }
    return Success;
}

} // namespace

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Imports clickstream CSV files into PROJECT (created when missing) as one "
                 "transaction: all files are imported, or none."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("Files to import."),
                                 QStringLiteral("FILE..."));
    for (const RoleOption& option : roleOptions) {
        parser.addOption({QString::fromLatin1(option.name),
                          Text::tr("The %1 column (name, or #number counting from 1).")
                              .arg(roleName(option.role)),
                          QStringLiteral("COLUMN")});
    }
    parser.addOption(
        {QStringLiteral("role"),
         Text::tr("Give COLUMN a role: customer, time, event, channel, value, session, "
                  "device, email, phone, name, ip, attribute or ignore. Repeatable."),
         QStringLiteral("COLUMN=ROLE")});
    parser.addOption({QStringLiteral("time-format"),
                      Text::tr("How times are written: iso, epoch-s, epoch-ms, epoch-us, epoch-ns, "
                               "dmy, mdy, yyyymmdd, or a pattern such as \"%d.%m.%Y %H:%M\"."),
                      QStringLiteral("F")});
    parser.addOption({QStringLiteral("delimiter"),
                      Text::tr("The field delimiter (default: detected among , ; tab |)."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("mapping"),
                      Text::tr("Read column roles and formats from a mapping file."),
                      QStringLiteral("M.json")});
    parser.addOption(
        {QStringLiteral("save-mapping"),
         Text::tr("Write the first file's column roles and formats to a mapping file."),
         QStringLiteral("M.json")});
    parser.addOption({QStringLiteral("session-gap"),
                      Text::tr("Inactivity that starts a new session (default 30m)."),
                      QStringLiteral("DURATION"), QStringLiteral("30m")});
    parser.addOption(
        {QStringLiteral("on-error"),
         Text::tr("On a row with a wrong value: stop (default; nothing is imported) or "
                  "skip (the row is recorded in the import report)."),
         QStringLiteral("stop|skip"), QStringLiteral("stop")});
    parser.addOption({QStringLiteral("keep-pii"),
                      Text::tr("Keep customer keys and personal data as they are instead of "
                               "pseudonymising them (only when creating the project).")});
    parser.addOption({QStringLiteral("force"),
                      Text::tr("Import a file even if the same data was imported before.")});
    parser.addOption(
        {QStringLiteral("format"),
         Text::tr("Input format: csv (events, or an activity table whose date columns "
                  "are events), jsonl, xes, or table (a customer table without events). "
                  "Default: from each file's content."),
         QStringLiteral("csv|jsonl|xes|table")});
    parser.addOption(
        {QStringLiteral("watch"),
         Text::tr("After the files given (if any), import every new file that appears "
                  "in DIR, each in a transaction of its own, until Ctrl+C. With --json, "
                  "one JSON object a line per file."),
         QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("date-event"),
                      Text::tr("In an activity table, the event a date column marks, e.g. "
                               "\"created_date=Deal created\". Repeatable."),
                      QStringLiteral("COLUMN=NAME")});

    const bool watching = arguments.contains(QStringLiteral("--watch")) ||
                          std::any_of(arguments.begin(), arguments.end(), [](const QString& a) {
                              return a.startsWith(QLatin1String("--watch="));
                          });
    if (const int exit =
            parseArguments(parser, arguments, QStringLiteral("import"), watching ? 1 : 2);
        exit >= 0)
        return exit;
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString projectPath = positional.first();
    const QStringList files = positional.mid(1);
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool keepPii = parser.isSet(QStringLiteral("keep-pii"));

    if (files.isEmpty()) {
        try {
            return watchFolder(projectPath, parser.value(QStringLiteral("watch")),
                               importOptions(parser), keepPii, json);
        } catch (const Error& error) {
            printError(error.toString());
            return Failure;
        }
    }
    try {
        const ImportOptions options = importOptions(parser);
        if (parser.isSet(QStringLiteral("save-mapping"))) {
            QStringList notes;
            const Importer* importer = options.format.isEmpty() ? &importerForFile(files.first())
                                                                : findImporter(options.format);
            saveMapping(parser.value(QStringLiteral("save-mapping")),
                        detectLayout(*importer, files.first(), options.overrides, nullptr, &notes));
        }
        TerminalProgress progress(Text::tr("Importing"));
        const ImportReport report =
            importIntoProject(projectPath, files, options, keepPii, &progress);
        progress.finish();
        if (json)
            printJson(report.toJson());
        else
            printReport(report);
        if (parser.isSet(QStringLiteral("watch"))) {
            return watchFolder(projectPath, parser.value(QStringLiteral("watch")), options, keepPii,
                               json);
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
