#include "app/cli/clicommand.h"
#include "app/cli/terminalprogress.h"
#include "core/base/error.h"
#include "core/base/timeutil.h"
#include "core/warehouse/warehouseconnect.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::connect)
};

/// The value of the required option \a name; throws Error naming it when missing.
QString required(const QCommandLineParser& parser, const QString& name)
{
    const QString value = parser.value(name);
    if (value.isEmpty())
        throw Error(Location(QStringLiteral("--") + name), Text::tr("is required"));
    return value;
}

/// connect PROJECT --refresh.
int refreshProject(const QCommandLineParser& parser)
{
    TerminalProgress interruptible{QString()}; // Ctrl+C cancels the queries
    const WarehouseSummary summary =
        refreshWarehouse(parser.positionalArguments().at(1), {}, &interruptible);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{
            {QStringLiteral("server"), summary.server},
            {QStringLiteral("events"), summary.events},
            {QStringLiteral("customers"), summary.customers},
            {QStringLiteral("new_touchpoints"), QJsonArray::fromStringList(summary.newTouchpoints)},
            {QStringLiteral("new_channels"), QJsonArray::fromStringList(summary.newChannels)},
            {QStringLiteral("attributes"), QJsonArray::fromStringList(summary.attributes)}});
        return Success;
    }
    QString out = Text::tr("Refreshed from %1: %L2 events of %L3 customers.\n")
                      .arg(summary.server)
                      .arg(summary.events)
                      .arg(summary.customers);
    out += summary.newTouchpoints.isEmpty()
               ? Text::tr("No new touchpoints.\n")
               : Text::tr("New touchpoints (in no stage yet): %1.\n")
                     .arg(summary.newTouchpoints.join(QStringLiteral(", ")));
    if (!summary.newChannels.isEmpty()) {
        out += Text::tr("New channels: %1.\n").arg(summary.newChannels.join(QStringLiteral(", ")));
    }
    print(out);
    return Success;
}

} // namespace

int runConnect(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Creates a project whose events stay in a table of a PostgreSQL-compatible "
                 "database; the analyses run there as SQL and only their counts travel. The "
                 "password comes from PGPASSWORD or ~/.pgpass, never from the project."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file to create (*.journey)."));
    parser.addPositionalArgument(
        QStringLiteral("URI"),
        Text::tr("The database, e.g. postgresql://analyst@127.0.0.1:5432/shop."));
    const auto column = [&](const char* name, const QString& description) {
        parser.addOption({QString::fromLatin1(name), description, QStringLiteral("COLUMN")});
    };
    parser.addOption({QStringLiteral("table"), Text::tr("The table of events (SCHEMA.TABLE)."),
                      QStringLiteral("TABLE")});
    column("customer", Text::tr("The column of customer ids."));
    column("time", Text::tr("The column of event times (timestamp, date, or milliseconds)."));
    column("event", Text::tr("The column of event names (touchpoints)."));
    column("channel", Text::tr("The column of channels (optional)."));
    column("value", Text::tr("The column of event values (optional)."));
    column("session", Text::tr("The column of session ids (optional; else cut by --session-gap)."));
    parser.addOption({QStringLiteral("customers-table"),
                      Text::tr("A table of customers whose other columns are their attributes "
                               "(optional; SCHEMA.TABLE)."),
                      QStringLiteral("TABLE")});
    parser.addOption({QStringLiteral("customers-id"),
                      Text::tr("The column of the customers table that holds the ids of "
                               "--customer (default: the same name)."),
                      QStringLiteral("COLUMN")});
    parser.addOption({QStringLiteral("refresh"),
                      Text::tr("Take in what the table gained since PROJECT was connected (new "
                               "touchpoints and channels, the customers table's columns); no "
                               "URI or columns needed.")});
    parser.addOption({QStringLiteral("session-gap"),
                      Text::tr("Inactivity that starts a new session (default 30m)."),
                      QStringLiteral("DURATION"), QStringLiteral("30m")});
    const bool refresh = arguments.contains(QStringLiteral("--refresh"));
    if (const int exit =
            parseArguments(parser, arguments, QStringLiteral("connect"), refresh ? 1 : 2);
        exit >= 0)
        return exit;
    try {
        if (refresh)
            return refreshProject(parser);
        WarehouseSource source;
        source.connection = parser.positionalArguments().at(2);
        source.table = required(parser, QStringLiteral("table"));
        source.customer = required(parser, QStringLiteral("customer"));
        source.time = required(parser, QStringLiteral("time"));
        source.event = required(parser, QStringLiteral("event"));
        source.channel = parser.value(QStringLiteral("channel"));
        source.value = parser.value(QStringLiteral("value"));
        source.session = parser.value(QStringLiteral("session"));
        source.customersTable = parser.value(QStringLiteral("customers-table"));
        if (!source.customersTable.isEmpty()) {
            source.customersId = parser.isSet(QStringLiteral("customers-id"))
                                     ? required(parser, QStringLiteral("customers-id"))
                                     : source.customer;
        } else if (parser.isSet(QStringLiteral("customers-id"))) {
            throw Error(Location(QStringLiteral("--customers-id")),
                        Text::tr("needs --customers-table"));
        }
        const QString gap = parser.value(QStringLiteral("session-gap"));
        const std::optional<qint64> gapMs = parseDuration(gap);
        if (!gapMs || *gapMs <= 0) {
            throw Error(
                Location(QStringLiteral("--session-gap")),
                Text::tr("expected a duration such as 30m, 90s, 1h or 2d, found \"%1\"").arg(gap));
        }
        source.sessionGapMs = *gapMs;

        TerminalProgress interruptible{QString()}; // Ctrl+C cancels the queries
        const WarehouseSummary summary =
            connectWarehouse(parser.positionalArguments().at(1), source, &interruptible);
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(QJsonObject{
                {QStringLiteral("server"), summary.server},
                {QStringLiteral("events"), summary.events},
                {QStringLiteral("customers"), summary.customers},
                {QStringLiteral("touchpoints"), summary.touchpoints},
                {QStringLiteral("channels"), summary.channels},
                {QStringLiteral("attributes"), QJsonArray::fromStringList(summary.attributes)}});
        } else {
            print(Text::tr("Connected to %1: %L2 events of %L3 customers, %L4 touchpoints, %L5 "
                           "channels.\n")
                      .arg(summary.server)
                      .arg(summary.events)
                      .arg(summary.customers)
                      .arg(summary.touchpoints)
                      .arg(summary.channels));
            if (!summary.attributes.isEmpty())
                print(Text::tr("Customer attributes: %1.\n")
                          .arg(summary.attributes.join(QStringLiteral(", "))));
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
