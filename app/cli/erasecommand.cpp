#include "app/cli/clicommand.h"
#include "core/base/timeutil.h"
#include "core/ingest/pseudonymiser.h"
#include "core/store/customererasure.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::erase)
};

/// The key the project stores for \a id: \a id itself when a customer has it (an id as
/// score --out writes it, or a project that keeps ids), else its pseudonym.
QString storedKey(const Project& project, const QString& id)
{
    Statement select = project.database().prepare("SELECT 1 FROM customers WHERE key = ?");
    select.bind(1, id);
    if (select.step() || !project.pseudonymises())
        return id;
    const Pseudonymiser pseudonymiser(project.pseudonymKey());
    return QString::fromStdString(pseudonymiser.pseudonym(ColumnRole::Customer, id.toStdString()));
}

/// Prints the erasures the project's audit log holds, oldest first.
int printErasures(const QString& path, bool json)
{
    const auto project = Project::openForReading(path);
    const std::vector<AuditEntry> log = readAuditLog(project->database());
    if (json) {
        QJsonArray entries;
        for (const AuditEntry& entry : log) {
            QJsonObject object = entry.detail;
            object.insert(QStringLiteral("id"), entry.id);
            object.insert(QStringLiteral("at"), formatIsoUtc(entry.atMs));
            object.insert(QStringLiteral("action"), entry.action);
            entries.append(object);
        }
        printJson({{QStringLiteral("erasures"), entries}});
        return Success;
    }
    if (log.empty())
        print(Text::tr("No erasures recorded in this project."));
    for (const AuditEntry& entry : log) {
        const auto count = [&](const char* key) {
            return entry.detail.value(QLatin1String(key)).toInteger();
        };
        print(Text::tr("%1  %2: customer records %L3, events %L4, sessions %L5, identities %L6, "
                       "consent statements %L7, scores %L8; models flagged for retraining %L9")
                  .arg(formatIsoUtc(entry.atMs), entry.action)
                  .arg(count("customers"))
                  .arg(count("events"))
                  .arg(count("sessions"))
                  .arg(count("identities"))
                  .arg(count("consent"))
                  .arg(count("scores"))
                  .arg(count("models_to_retrain")));
    }
    return Success;
}

} // namespace

int runEraseCustomer(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Erases every trace of one customer (a right-to-erasure request): their events, "
                 "sessions, identities, consent and scores, and the customers merged with them. "
                 "Models trained on their data are flagged for retraining, the erasure is recorded "
                 "in the project's audit log (without naming them), and the file is vacuumed so "
                 "the bytes are gone."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addPositionalArgument(QStringLiteral("CUSTOMER"),
                                 Text::tr("The customer id as in the imported files, or as score "
                                          "--out writes it."),
                                 QStringLiteral("[CUSTOMER]"));
    parser.addOption(
        {QStringLiteral("log"),
         Text::tr("Erase no one: list the erasures recorded in the project's audit log.")});
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("erase-customer"), 1);
        exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    const bool log = parser.isSet(QStringLiteral("log"));
    if (log != (parser.positionalArguments().size() == 2)) {
        printError(log ? Error(Location(QStringLiteral("--log")),
                               Text::tr("lists the erasures and erases no one: leave out "
                                        "CUSTOMER"))
                             .toString()
                       : QCoreApplication::translate("journeyscope::cli",
                                                     "journeyscope-cli %1: missing arguments (see "
                                                     "--help)")
                             .arg(QStringLiteral("erase-customer")));
        return UsageError;
    }
    try {
        if (log)
            return printErasures(path, parser.isSet(QStringLiteral("json")));
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
    const QString id = parser.positionalArguments().at(2);
    try {
        ErasureReport report;
        QList<qint64> retrain;
        {
            auto project = Project::open(path, Project::Access::ReadWrite);
            Database& db = project->database();
            Transaction transaction(db);
            try {
                report = eraseCustomer(db, storedKey(*project, id));
            } catch (const Error& error) {
                if (!error.location().file.isEmpty())
                    throw; // about the project, not the id
                throw Error(Location(id), error.message());
            }
            transaction.commit();
            retrain = modelsNeedingRetraining(db);
            db.exec("VACUUM"); // freed pages leave the file
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject json = report.toJson();
            QJsonArray models;
            for (const qint64 model : retrain)
                models.append(model);
            json.insert(QStringLiteral("models_needing_retraining"), models);
            printJson(json);
        } else {
            print(Text::tr(
                      "Erased %L1 customer records with %L2 events, %L3 sessions, %L4 identities, "
                      "%L5 consent statements and %L6 scores.")
                      .arg(report.customers)
                      .arg(report.events)
                      .arg(report.sessions)
                      .arg(report.identities)
                      .arg(report.consent)
                      .arg(report.scores));
            if (!retrain.isEmpty())
                print(Text::tr("%n model(s) to train again (see models).", nullptr,
                               int(retrain.size())));
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
