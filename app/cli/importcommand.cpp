#include "app/cli/clicommand.h"
#include "app/cli/terminalprogress.h"
#include "core/base/timeutil.h"
#include "core/ingest/csvlayout.h"
#include "core/ingest/importjob.h"
#include "core/store/project.h"
#include "core/store/projectsummary.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace journeyscope::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("journeyscope::cli::import", text);
}

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
                        tr("expected COLUMN=ROLE with a role such as customer, time, event, "
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
        else if (delimiter.size() == 1 && delimiter[0].unicode() < 128)
            flags.delimiter = char(delimiter[0].unicode());
        else
            throw Error(Location(QStringLiteral("--delimiter")),
                        tr("expected one character or \"tab\", found \"%1\"").arg(delimiter));
    }
    options.overrides.append(flags);

    if (parser.isSet(QStringLiteral("session-gap"))) {
        const QString gap = parser.value(QStringLiteral("session-gap"));
        const std::optional<qint64> ms = parseDuration(gap);
        if (!ms || *ms <= 0) {
            throw Error(
                Location(QStringLiteral("--session-gap")),
                tr("expected a duration such as 30m, 90s, 1h or 2d, found \"%1\"").arg(gap));
        }
        options.sessionGapMs = *ms;
    }
    const QString onError = parser.value(QStringLiteral("on-error"));
    if (onError == QLatin1String("skip"))
        options.onRowError = OnRowError::Skip;
    else if (onError != QLatin1String("stop"))
        throw Error(Location(QStringLiteral("--on-error")),
                    tr("expected stop or skip, found \"%1\"").arg(onError));
    options.force = parser.isSet(QStringLiteral("force"));

    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv")) {
        throw Error(Location(QStringLiteral("--format")),
                    tr("this version imports csv (comma, semicolon, tab or pipe separated "
                       "text); \"%1\" is not supported yet")
                        .arg(format));
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

QString number(qint64 value)
{
    return QStringLiteral("%L1").arg(value);
}

void printReport(const ImportReport& report)
{
    for (const FileImportReport& file : report.files) {
        print(tr("%1: %2 events from %3 rows, %4 skipped; %5 new customers, %6 sessions")
                  .arg(QFileInfo(file.path).fileName(), number(file.imported), number(file.rows),
                       number(file.skipped), number(file.newCustomers), number(file.sessions)));
        for (const SkippedRows& skipped : file.skippedByReason) {
            print(tr("  skipped %1 rows: %2; first at %3: %4")
                      .arg(number(skipped.count), skipped.reason, skipped.first.toString(),
                           skipped.firstMessage));
        }
        for (const QString& note : file.notes)
            print(QStringLiteral("  ") + note);
    }
    const double rate = report.seconds > 0 ? report.rows() / report.seconds : 0;
    print(tr("Imported %1 events in %2 s (%3 rows/s)")
              .arg(number(report.imported()))
              .arg(report.seconds, 0, 'f', 2)
              .arg(number(qint64(rate))));
}

/// Removes a project file that this command created and did not finish.
void removeProjectFile(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

} // namespace

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports clickstream CSV files into PROJECT (created when missing) as one "
           "transaction: all files are imported, or none."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file (*.journey)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Files to import."),
                                 QStringLiteral("FILE..."));
    for (const RoleOption& option : roleOptions) {
        parser.addOption(
            {QString::fromLatin1(option.name),
             tr("The %1 column (name, or #number counting from 1).").arg(roleName(option.role)),
             QStringLiteral("COLUMN")});
    }
    parser.addOption({QStringLiteral("role"),
                      tr("Give COLUMN a role: customer, time, event, channel, value, session, "
                         "device, email, phone, name, ip, attribute or ignore. Repeatable."),
                      QStringLiteral("COLUMN=ROLE")});
    parser.addOption({QStringLiteral("time-format"),
                      tr("How times are written: iso, epoch-s, epoch-ms, epoch-us, epoch-ns, "
                         "dmy, mdy, yyyymmdd, or a pattern such as \"%d.%m.%Y %H:%M\"."),
                      QStringLiteral("F")});
    parser.addOption({QStringLiteral("delimiter"),
                      tr("The field delimiter (default: detected among , ; tab |)."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("mapping"),
                      tr("Read column roles and formats from a mapping file."),
                      QStringLiteral("M.json")});
    parser.addOption({QStringLiteral("save-mapping"),
                      tr("Write the first file's column roles and formats to a mapping file."),
                      QStringLiteral("M.json")});
    parser.addOption({QStringLiteral("session-gap"),
                      tr("Inactivity that starts a new session (default 30m)."),
                      QStringLiteral("DURATION"), QStringLiteral("30m")});
    parser.addOption({QStringLiteral("on-error"),
                      tr("On a row with a wrong value: stop (default; nothing is imported) or "
                         "skip (the row is recorded in the import report)."),
                      QStringLiteral("stop|skip"), QStringLiteral("stop")});
    parser.addOption({QStringLiteral("keep-pii"),
                      tr("Keep customer keys and personal data as they are instead of "
                         "pseudonymising them (only when creating the project).")});
    parser.addOption(
        {QStringLiteral("force"), tr("Import a file even if the same data was imported before.")});
    parser.addOption({QStringLiteral("format"), tr("Input format (default csv)."),
                      QStringLiteral("csv"), QStringLiteral("csv")});

    if (const int exit = parseArguments(parser, arguments, QStringLiteral("import"), 2); exit >= 0)
        return exit;
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString projectPath = positional.first();
    const QStringList files = positional.mid(1);
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool keepPii = parser.isSet(QStringLiteral("keep-pii"));

    const bool creating = !QFile::exists(projectPath);
    // A new project is built beside its final name and renamed when the import committed,
    // so a failed or killed first import leaves no project behind. The process id keeps
    // two imports that create the same project apart; the second rename then fails.
    const QString workPath =
        creating
            ? projectPath + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid())
            : projectPath;
    try {
        const ImportOptions options = importOptions(parser);
        if (parser.isSet(QStringLiteral("save-mapping"))) {
            QStringList notes;
            saveMapping(parser.value(QStringLiteral("save-mapping")),
                        detectCsvLayout(files.first(), options.overrides, nullptr, &notes));
        }
        std::unique_ptr<Project> project =
            creating ? Project::create(workPath, ProjectOptions{!keepPii})
                     : Project::open(projectPath, Project::Access::ReadWrite);
        if (!creating && keepPii && project->pseudonymises()) {
            throw Error(Location(projectPath),
                        tr("this project pseudonymises customer keys and personal data; "
                           "--keep-pii can only be chosen when a project is created"));
        }
        TerminalProgress progress(tr("Importing"));
        const ImportReport report = importFiles(*project, files, options, &progress);
        progress.finish();
        project.reset();
        if (creating && (QFile::exists(projectPath) || !QFile::rename(workPath, projectPath))) {
            throw Error(Location(projectPath),
                        tr("could not move the new project into place from %1").arg(workPath));
        }
        if (json)
            printJson(report.toJson());
        else
            printReport(report);
        return Success;
    } catch (const Error& error) {
        if (creating)
            removeProjectFile(workPath);
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
