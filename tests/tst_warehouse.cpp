// A project whose events stay in PostgreSQL: the same generated log loaded into a
// throwaway cluster (tests/warehouse/pgcluster.sh, started by ctest as a fixture) and
// imported into a local project gives equal graphs, option by option; a hand-built table
// gives known counts; names holding SQL and quotes are quoted; a password is never stored.
// Model rows counted in the warehouse equal those JourneyFeatures makes of the import;
// training, scoring and the scores written back work end to end.

#include "core/journey/customerattributes.h"
#include "core/journey/customerfeatures.h"
#include "core/journey/goal.h"
#include "core/journey/personas.h"
#include "core/store/database.h"
#include "core/store/project.h"
#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousecustomerfeatures.h"
#include "core/warehouse/warehouseeventlog.h"
#include "core/warehouse/warehousejourneymap.h"
#include "core/warehouse/warehousemodelrows.h"
#include "tests/support/clirunner.h"

#include <algorithm>
#include <cmath>
#include <csignal>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

constexpr qint64 Day = 24 * 3600 * 1000LL;

/// \a value with every array sorted: a warehouse numbers its touchpoints by name, an
/// import by first appearance, so the same nodes and edges may come in another order.
QJsonValue canonical(const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            *it = canonical(*it);
        return object;
    }
    if (value.isArray()) {
        QList<QByteArray> items;
        for (const QJsonValue& item : value.toArray())
            items.append(QJsonDocument::fromVariant(canonical(item).toVariant())
                             .toJson(QJsonDocument::Compact));
        std::sort(items.begin(), items.end());
        QJsonArray array;
        for (const QByteArray& item : items)
            array.append(QJsonDocument::fromJson("[" + item + "]").array().first());
        return array;
    }
    return value;
}

/// The first difference of two JSON documents, for a failure message.
QString firstDifference(const QJsonObject& a, const QJsonObject& b)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (b.value(it.key()) == it.value())
            continue;
        if (it.value().isArray()) {
            const QJsonArray x = it.value().toArray(), y = b.value(it.key()).toArray();
            for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i) {
                if (x[i] != y[i]) {
                    return it.key() + QStringLiteral(": ") +
                           QString::fromUtf8(QJsonDocument(x[i].toObject()).toJson()) +
                           QStringLiteral(" vs ") +
                           QString::fromUtf8(QJsonDocument(y[i].toObject()).toJson());
                }
            }
        }
        return it.key();
    }
    return QStringLiteral("(keys)");
}

/**
 * Row \a row of \a table by column name, categories by name (a warehouse numbers its
 * touchpoints by name, an import by first appearance), numbers to float precision.
 */
QMap<QString, QString> readableRow(const FeatureTable& table, size_t row, const EventLog& log)
{
    QMap<QString, QString> values;
    const auto width = size_t(table.columns.size());
    for (size_t c = 0; c < width; ++c) {
        const float value = table.values[row * width + c];
        const QString& column = table.columns[qsizetype(c)];
        QString text = std::isnan(value) ? QStringLiteral("none") : QString::number(value, 'g', 7);
        if (table.categorical[c] && !std::isnan(value)) {
            text = column == QLatin1String("last channel")
                       ? log.channelNames().value(int(value))
                       : log.touchpointNames().value(int(value));
        }
        values.insert(column, text);
    }
    return values;
}

/// Everything the journey map shows, as text, one line per fact.
QStringList describe(const JourneyMapData& map)
{
    QStringList lines{
        QStringLiteral("journeys %1, converted %2").arg(map.journeys).arg(map.converted)};
    for (const MapStage& stage : map.stages) {
        lines.append(QStringLiteral("%1: %2 journeys, conversion %3, median days %4, emotion %5")
                         .arg(stage.name)
                         .arg(stage.customers)
                         .arg(stage.conversion, 0, 'g', 12)
                         .arg(stage.medianDaysInStage, 0, 'g', 12)
                         .arg(stage.emotion, 0, 'g', 12));
        for (const MapTouchpoint& touchpoint : stage.touchpoints) {
            lines.append(QStringLiteral("  %1: %2 events, %3 journeys, mostly %4")
                             .arg(touchpoint.name)
                             .arg(touchpoint.events)
                             .arg(touchpoint.customers)
                             .arg(touchpoint.mainChannel));
        }
        for (const MapAction& action : stage.actions) {
            lines.append(QStringLiteral("  action %1%2: %3 journeys")
                             .arg(action.steps.join(QStringLiteral(" > ")),
                                  action.more ? QStringLiteral(" > ...") : QString())
                             .arg(action.journeys));
        }
    }
    return lines;
}

/// What \a features say of row \a row, by name, one fact per item.
QStringList describeCustomer(const CustomerFeatures& features, qsizetype row,
                             const QStringList& stageNames)
{
    const auto r = size_t(row);
    QStringList opening;
    for (int i = 0; i < features.openingPaths[r].size; ++i)
        opening.append(features.touchpointNames[features.openingPaths[r].steps[size_t(i)]]);
    QStringList facts{
        QStringLiteral("recency %1").arg(features.recencyDays[r], 0, 'g', 15),
        QStringLiteral("sessions %1").arg(features.frequency[r]),
        QStringLiteral("value %1").arg(features.monetary[r], 0, 'g', 12),
        QStringLiteral("events %1").arg(features.journeyLength[r]),
        QStringLiteral("stage %1").arg(stageNames.value(features.stageReached[r])),
        QStringLiteral("to convert %1").arg(features.secondsToConvert[r], 0, 'g', 15),
        QStringLiteral("outcome %1").arg(outcomeName(features.outcomes[r])),
        QStringLiteral("ends at %1").arg(features.touchpointNames[features.lastTouchpoints[r]]),
        QStringLiteral("opens %1").arg(opening.join(QStringLiteral(" > ")))};
    QStringList channels; // by name: the two number channels apart
    for (qsizetype c = 0; c < features.channelNames.size(); ++c) {
        if (const quint32 events = features.channelEvents[size_t(c)][r])
            channels.append(QStringLiteral("%1: %2").arg(features.channelNames[c]).arg(events));
    }
    channels.sort();
    return facts + channels;
}

/// The first column where two rows differ, for a failure message.
QString rowDifference(const QMap<QString, QString>& a, const QMap<QString, QString>& b)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (b.value(it.key()) != it.value())
            return it.key() + QStringLiteral(": ") + it.value() + QStringLiteral(" vs ") +
                   b.value(it.key());
    }
    return a.keys() == b.keys() ? QString() : QStringLiteral("(columns)");
}

} // namespace

class TestWarehouse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_uri = qEnvironmentVariable("JOURNEYSCOPE_TEST_PG");
        if (m_uri.isEmpty())
            QSKIP("JOURNEYSCOPE_TEST_PG names no server: run through ctest, which starts one");
        QVERIFY(m_dir.isValid());
        m_connection = std::make_unique<PgConnection>(m_uri);
        // A schema of its own, dropped at the end; names that need quoting.
        m_connection->query("DROP SCHEMA IF EXISTS \"Shop data\" CASCADE");
        m_connection->query("CREATE SCHEMA \"Shop data\"");

        const QString csv = m_dir.filePath(QStringLiteral("shop.csv"));
        m_local = m_dir.filePath(QStringLiteral("local.journey"));
        // Customer ids kept as they are, to find each warehouse row's customer in the import.
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("-o"), csv,
                      QStringLiteral("--customers"), QStringLiteral("1500")})
                     .exitCode,
                 0);
        QCOMPARE(
            cli({QStringLiteral("import"), m_local, csv, QStringLiteral("--keep-pii")}).exitCode,
            0);
        m_connection->query(
            "CREATE TABLE \"Shop data\".\"click stream\"(\"User id\" text, \"when\" timestamptz, "
            "event text, channel text, device text, value double precision, email text, "
            "campaign text)");
        QVERIFY(psql(
            QStringLiteral("\\copy \"Shop data\".\"click stream\" FROM '%1' CSV HEADER").arg(csv)));

        // A CRM table of the same customers: imported into the local project, a table of
        // its own beside the events in the warehouse (with typed columns and a few customers
        // without events, whom an import does not have).
        const QString crm = m_dir.filePath(QStringLiteral("crm.csv"));
        QVERIFY(writeCrmTable(csv, crm));
        QCOMPARE(
            cli({QStringLiteral("import"), m_local, crm, QStringLiteral("--format"),
                 QStringLiteral("table"), QStringLiteral("--customer"), QStringLiteral("User id")})
                .exitCode,
            0);
        m_connection->query("CREATE TABLE \"Shop data\".crm(plan text, \"User id\" text, churned "
                            "boolean, seats integer, \"test group\" text)");
        QVERIFY(psql(QStringLiteral("\\copy \"Shop data\".crm(\"User id\", plan, churned, seats, "
                                    "\"test group\") FROM '%1' CSV HEADER")
                         .arg(crm)));
        m_connection->query("INSERT INTO \"Shop data\".crm VALUES ('Enterprise', 'nobody-1', true, "
                            "500, 'control'), ('Enterprise', 'nobody-2', false, 900, 'variant')");

        m_warehouse = m_dir.filePath(QStringLiteral("warehouse.journey"));
        const Run connect =
            cli({QStringLiteral("connect"), m_warehouse, m_uri, QStringLiteral("--table"),
                 QStringLiteral("Shop data.click stream"), QStringLiteral("--customer"),
                 QStringLiteral("User id"), QStringLiteral("--time"), QStringLiteral("when"),
                 QStringLiteral("--event"), QStringLiteral("event"), QStringLiteral("--channel"),
                 QStringLiteral("channel"), QStringLiteral("--value"), QStringLiteral("value"),
                 QStringLiteral("--customers-table"), QStringLiteral("Shop data.crm"),
                 QStringLiteral("--json")});
        QVERIFY2(connect.exitCode == 0, connect.err.constData());
        QCOMPARE(connect.json().value(QStringLiteral("attributes")).toArray().toVariantList(),
                 (QVariantList{QStringLiteral("plan"), QStringLiteral("churned"),
                               QStringLiteral("seats"), QStringLiteral("test group")}));
        m_plain = m_dir.filePath(QStringLiteral("plain.journey"));
        const Run plain =
            cli({QStringLiteral("connect"), m_plain, m_uri, QStringLiteral("--table"),
                 QStringLiteral("Shop data.click stream"), QStringLiteral("--customer"),
                 QStringLiteral("User id"), QStringLiteral("--time"), QStringLiteral("when"),
                 QStringLiteral("--event"), QStringLiteral("event")});
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        const Run info = cli({QStringLiteral("info"), m_local, QStringLiteral("--json")});
        QCOMPARE(connect.json().value(QStringLiteral("events")).toInteger(),
                 info.json().value(QStringLiteral("events")).toInteger());
        QCOMPARE(connect.json().value(QStringLiteral("customers")).toInteger(),
                 info.json().value(QStringLiteral("customers")).toInteger());

        // The same stages and goal in both.
        for (const QString& project : {m_local, m_warehouse})
            QVERIFY(setSampleStagesAndGoal(project));
    }

    void cleanupTestCase()
    {
        if (m_connection)
            m_connection->query("DROP SCHEMA IF EXISTS \"Shop data\" CASCADE");
    }

    void graphEqualsTheImportedOne_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("touchpoints") << QStringList();
        QTest::newRow("stages") << QStringList{QStringLiteral("--level"), QStringLiteral("stage")};
        QTest::newRow("sessions") << QStringList{QStringLiteral("--by"), QStringLiteral("session")};
        QTest::newRow("simplified")
            << QStringList{QStringLiteral("--nodes"), QStringLiteral("0.5"),
                           QStringLiteral("--edges"), QStringLiteral("0.3")};
        QTest::newRow("channels and dates")
            << QStringList{QStringLiteral("--channel"), QStringLiteral("web,email"),
                           QStringLiteral("--from"),    QStringLiteral("2025-02-01"),
                           QStringLiteral("--to"),      QStringLiteral("2025-03-01")};
        QTest::newRow("stage sessions of one channel") << QStringList{
            QStringLiteral("--level"), QStringLiteral("stage"),     QStringLiteral("--by"),
            QStringLiteral("session"), QStringLiteral("--channel"), QStringLiteral("web"),
            QStringLiteral("--nodes"), QStringLiteral("0.7")};
        QTest::newRow("goal without window")
            << QStringList{QStringLiteral("--goal"), QStringLiteral("Cart"),
                           QStringLiteral("--window"), QStringLiteral("none")};
        QTest::newRow("goal within 3 days, by session") << QStringList{
            QStringLiteral("--goal"), QStringLiteral("Cart"), QStringLiteral("--window"),
            QStringLiteral("3d"),     QStringLiteral("--by"), QStringLiteral("session")};
    }

    void graphEqualsTheImportedOne()
    {
        QFETCH(QStringList, options);
        options.prepend(QStringLiteral("--json"));
        const Run warehouse = cli(QStringList{QStringLiteral("graph"), m_warehouse} + options);
        QVERIFY2(warehouse.exitCode == 0, warehouse.err.constData());
        const Run local = cli(QStringList{QStringLiteral("graph"), m_local} + options);
        QVERIFY2(local.exitCode == 0, local.err.constData());
        const QJsonObject a = canonical(warehouse.json()).toObject();
        const QJsonObject b = canonical(local.json()).toObject();
        QVERIFY(a.value(QStringLiteral("edges")).toArray().size() > 5);
        QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
    }

    // Variants and paths from or to an anchor are ranked alike to the last tie: equal as
    // they come, not only as sets.
    void pathsEqualTheImportedOnes_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("listed"); // what holds at least 10 entries
        const QString top = QStringLiteral("top");
        QTest::newRow("top 20") << QStringList() << top;
        QTest::newRow("every variant")
            << QStringList{QStringLiteral("--top"), QStringLiteral("100000")} << top;
        QTest::newRow("sessions") << QStringList{QStringLiteral("--by"), QStringLiteral("session"),
                                                 QStringLiteral("--top"), QStringLiteral("300")}
                                  << top;
        QTest::newRow("a channel from a date")
            << QStringList{QStringLiteral("--channel"), QStringLiteral("web"),
                           QStringLiteral("--from"), QStringLiteral("2025-03-01")}
            << top;
        // Paths from or to an anchor: the same Sankey nodes and links, in the same order.
        const QString links = QStringLiteral("links");
        QTest::newRow("from the product page")
            << QStringList{QStringLiteral("--from-touchpoint"), QStringLiteral("Product page")}
            << links;
        QTest::newRow("to the cart, 3 steps, by session")
            << QStringList{QStringLiteral("--to-touchpoint"),
                           QStringLiteral("Cart"),
                           QStringLiteral("--steps"),
                           QStringLiteral("3"),
                           QStringLiteral("--by"),
                           QStringLiteral("session")}
            << links;
        QTest::newRow("from the home page on the web, 8 steps")
            << QStringList{QStringLiteral("--from-touchpoint"), QStringLiteral("Home page"),
                           QStringLiteral("--channel"),         QStringLiteral("web"),
                           QStringLiteral("--steps"),           QStringLiteral("8")}
            << links;
        // The step matrix: the same columns in the same order, the same counts and ends.
        QTest::newRow("step matrix, 12 steps")
            << QStringList{QStringLiteral("--matrix"), QStringLiteral("12")}
            << QStringLiteral("rows");
        QTest::newRow("step matrix of sessions on the web, 4 steps")
            << QStringList{QStringLiteral("--matrix"),  QStringLiteral("4"),
                           QStringLiteral("--by"),      QStringLiteral("session"),
                           QStringLiteral("--channel"), QStringLiteral("web")}
            << QStringLiteral("touchpoints");
        QTest::newRow("step matrix of a segment")
            << QStringList{QStringLiteral("--matrix"), QStringLiteral("6"),
                           QStringLiteral("--segment"), QStringLiteral("rfm:At risk")}
            << QStringLiteral("touchpoints");
    }

    void pathsEqualTheImportedOnes()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, listed);
        options.prepend(QStringLiteral("--json"));
        const Run warehouse = cli(QStringList{QStringLiteral("paths"), m_warehouse} + options);
        QVERIFY2(warehouse.exitCode == 0, warehouse.err.constData());
        const Run local = cli(QStringList{QStringLiteral("paths"), m_local} + options);
        QVERIFY2(local.exitCode == 0, local.err.constData());
        QVERIFY(warehouse.json().value(listed).toArray().size() >= 10);
        QVERIFY2(warehouse.json() == local.json(),
                 qPrintable(firstDifference(warehouse.json(), local.json())));
    }

    // Funnels match to the median times and the drop-offs' next touchpoints.
    void funnelEqualsTheImportedOne_data()
    {
        QTest::addColumn<QStringList>("options");
        const auto row = [](const char* name, QStringList options) {
            QTest::newRow(name) << options;
        };
        row("ordered in 30 days",
            {QStringLiteral("--steps"), QStringLiteral("Home page,Product page,Cart,Checkout")});
        row("ordered without window",
            {QStringLiteral("--steps"), QStringLiteral("Home page,Product page,Cart,Checkout"),
             QStringLiteral("--window"), QStringLiteral("none")});
        row("ordered, a step of two touchpoints, in 2 days",
            {QStringLiteral("--steps"),
             QStringLiteral("Search ad|Social ad,Product page,Cart,Checkout,Order confirmation"),
             QStringLiteral("--window"), QStringLiteral("2d")});
        row("ordered, a repeated step, one channel",
            {QStringLiteral("--steps"), QStringLiteral("Product page,Product page,Cart"),
             QStringLiteral("--channel"), QStringLiteral("web")});
        row("strict", {QStringLiteral("--steps"), QStringLiteral("Product page,Cart"),
                       QStringLiteral("--order"), QStringLiteral("strict")});
        row("strict sessions in 10 minutes",
            {QStringLiteral("--steps"), QStringLiteral("Home page,Product page,Cart"),
             QStringLiteral("--order"), QStringLiteral("strict"), QStringLiteral("--window"),
             QStringLiteral("10m"), QStringLiteral("--by"), QStringLiteral("session")});
        row("strict, one touchpoint three times",
            {QStringLiteral("--steps"), QStringLiteral("Product page,Product page,Product page"),
             QStringLiteral("--order"), QStringLiteral("strict"), QStringLiteral("--window"),
             QStringLiteral("1h")});
        row("one step", {QStringLiteral("--steps"), QStringLiteral("Cart")});
        row("any order in 30 days",
            {QStringLiteral("--steps"), QStringLiteral("Checkout,Cart,Product page,Home page"),
             QStringLiteral("--order"), QStringLiteral("any")});
        row("any order without window",
            {QStringLiteral("--steps"), QStringLiteral("Reviews,Search,Cart"),
             QStringLiteral("--order"), QStringLiteral("any"), QStringLiteral("--window"),
             QStringLiteral("none")});
        row("any order, a step of two touchpoints, sessions in 20 minutes",
            {QStringLiteral("--steps"), QStringLiteral("Cart|Checkout,Search,Product page"),
             QStringLiteral("--order"), QStringLiteral("any"), QStringLiteral("--window"),
             QStringLiteral("20m"), QStringLiteral("--by"), QStringLiteral("session")});
        row("any order in an hour, one channel",
            {QStringLiteral("--steps"), QStringLiteral("Product page,Compare,Category page"),
             QStringLiteral("--order"), QStringLiteral("any"), QStringLiteral("--window"),
             QStringLiteral("1h"), QStringLiteral("--channel"), QStringLiteral("web")});
        row("any order, one step", {QStringLiteral("--steps"), QStringLiteral("Checkout"),
                                    QStringLiteral("--order"), QStringLiteral("any")});
        // Steps that share a touchpoint take distinct events: matched on the laptop from
        // the events brought.
        row("any order, steps sharing a touchpoint",
            {QStringLiteral("--steps"), QStringLiteral("Cart,Cart|Checkout,Product page"),
             QStringLiteral("--order"), QStringLiteral("any")});
        row("any order, steps sharing touchpoints, in a day, by channel",
            {QStringLiteral("--steps"),
             QStringLiteral("Product page|Reviews,Product page,Reviews|Cart,Cart"),
             QStringLiteral("--order"), QStringLiteral("any"), QStringLiteral("--window"),
             QStringLiteral("1d"), QStringLiteral("--breakdown"), QStringLiteral("channel")});
        row("ordered, by channel",
            {QStringLiteral("--steps"), QStringLiteral("Product page,Cart,Checkout"),
             QStringLiteral("--breakdown"), QStringLiteral("channel")});
        row("strict sessions, by channel",
            {QStringLiteral("--steps"), QStringLiteral("Product page,Cart"),
             QStringLiteral("--order"), QStringLiteral("strict"), QStringLiteral("--by"),
             QStringLiteral("session"), QStringLiteral("--breakdown"), QStringLiteral("channel")});
        row("any order in a day, by channel",
            {QStringLiteral("--steps"), QStringLiteral("Cart,Reviews,Search ad|Social ad"),
             QStringLiteral("--order"), QStringLiteral("any"), QStringLiteral("--window"),
             QStringLiteral("1d"), QStringLiteral("--breakdown"), QStringLiteral("channel")});
    }

    void funnelEqualsTheImportedOne()
    {
        QFETCH(QStringList, options);
        options.prepend(QStringLiteral("--json"));
        const Run warehouse = cli(QStringList{QStringLiteral("funnel"), m_warehouse} + options);
        QVERIFY2(warehouse.exitCode == 0, warehouse.err.constData());
        const Run local = cli(QStringList{QStringLiteral("funnel"), m_local} + options);
        QVERIFY2(local.exitCode == 0, local.err.constData());
        const QJsonObject first = options.contains(QStringLiteral("--breakdown"))
                                      ? warehouse.json()[QStringLiteral("groups")][0].toObject()
                                      : warehouse.json();
        QVERIFY(first[QStringLiteral("steps")][0][QStringLiteral("count")].toInteger() > 0);
        QVERIFY2(warehouse.json() == local.json(),
                 qPrintable(firstDifference(warehouse.json(), local.json())));
    }

    // Friction's counts, rates, medians and scores match; channels come in another order,
    // as touchpoints do, so arrays are compared as sets.
    void frictionEqualsTheImportedOne_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("the project's goal") << QStringList();
        QTest::newRow("sessions") << QStringList{QStringLiteral("--by"), QStringLiteral("session")};
        QTest::newRow("channels and dates")
            << QStringList{QStringLiteral("--channel"), QStringLiteral("web,email"),
                           QStringLiteral("--from"),    QStringLiteral("2025-02-01"),
                           QStringLiteral("--to"),      QStringLiteral("2025-04-01")};
        QTest::newRow("a goal without window")
            << QStringList{QStringLiteral("--goal"), QStringLiteral("Cart"),
                           QStringLiteral("--window"), QStringLiteral("none")};
        QTest::newRow("a goal within 2 days, by session") << QStringList{
            QStringLiteral("--goal"), QStringLiteral("Cart"), QStringLiteral("--window"),
            QStringLiteral("2d"),     QStringLiteral("--by"), QStringLiteral("session")};
        QTest::newRow("other weights")
            << QStringList{QStringLiteral("--min-journeys"), QStringLiteral("5"),
                           QStringLiteral("--weights"), QStringLiteral("0.1,0.3,0.3,0.3")};
        QTest::newRow("stage by channel")
            << QStringList{QStringLiteral("--matrix"), QStringLiteral("stage-channel")};
        QTest::newRow("stage by channel, sessions, a goal within 2 days")
            << QStringList{QStringLiteral("--matrix"), QStringLiteral("stage-channel"),
                           QStringLiteral("--by"),     QStringLiteral("session"),
                           QStringLiteral("--goal"),   QStringLiteral("Cart"),
                           QStringLiteral("--window"), QStringLiteral("2d")};
        QTest::newRow("touchpoint by RFM segment")
            << QStringList{QStringLiteral("--matrix"), QStringLiteral("touchpoint-segment"),
                           QStringLiteral("--segment-by"), QStringLiteral("rfm")};
        QTest::newRow("touchpoint by RFM segment, web sessions from a date")
            << QStringList{QStringLiteral("--matrix"),     QStringLiteral("touchpoint-segment"),
                           QStringLiteral("--segment-by"), QStringLiteral("rfm"),
                           QStringLiteral("--by"),         QStringLiteral("session"),
                           QStringLiteral("--channel"),    QStringLiteral("web"),
                           QStringLiteral("--from"),       QStringLiteral("2025-02-01")};
    }

    void frictionEqualsTheImportedOne()
    {
        QFETCH(QStringList, options);
        options.prepend(QStringLiteral("--json"));
        const Run warehouse = cli(QStringList{QStringLiteral("friction"), m_warehouse} + options);
        QVERIFY2(warehouse.exitCode == 0, warehouse.err.constData());
        const Run local = cli(QStringList{QStringLiteral("friction"), m_local} + options);
        QVERIFY2(local.exitCode == 0, local.err.constData());
        const QString first = options.contains(QStringLiteral("--matrix"))
                                  ? QStringLiteral("cells")
                                  : QStringLiteral("touchpoints");
        QVERIFY(warehouse.json()[first][0][QStringLiteral("events")].toInteger() > 0);
        const QJsonObject a = canonical(warehouse.json()).toObject();
        const QJsonObject b = canonical(local.json()).toObject();
        QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
    }

    // Sessions from a column of the table, as an import takes them from a column of the file:
    // the same journeys by session, for the graph, the variants and friction (whose dwell
    // and delay stay within a session).
    void sessionColumnMatchesAnImport()
    {
        m_connection->query(
            "CREATE TABLE \"Shop data\".weekly AS SELECT \"User id\", \"when\", event, channel, "
            "'week ' || extract(isoyear FROM \"when\" AT TIME ZONE 'UTC') || '-' || "
            "extract(week FROM \"when\" AT TIME ZONE 'UTC') AS week FROM \"Shop data\".\"click "
            "stream\"");
        const QString csv = m_dir.filePath(QStringLiteral("weekly.csv"));
        QVERIFY(psql(QStringLiteral("\\copy \"Shop data\".weekly TO '%1' CSV HEADER").arg(csv)));
        const QString local = m_dir.filePath(QStringLiteral("weekly-local.journey"));
        const Run import =
            cli({QStringLiteral("import"), local, csv, QStringLiteral("--customer"),
                 QStringLiteral("User id"), QStringLiteral("--time"), QStringLiteral("when"),
                 QStringLiteral("--session"), QStringLiteral("week")});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        const QString warehouse = m_dir.filePath(QStringLiteral("weekly-warehouse.journey"));
        const Run connect =
            cli({QStringLiteral("connect"), warehouse, m_uri, QStringLiteral("--table"),
                 QStringLiteral("Shop data.weekly"), QStringLiteral("--customer"),
                 QStringLiteral("User id"), QStringLiteral("--time"), QStringLiteral("when"),
                 QStringLiteral("--event"), QStringLiteral("event"), QStringLiteral("--channel"),
                 QStringLiteral("channel"), QStringLiteral("--session"), QStringLiteral("week")});
        QVERIFY2(connect.exitCode == 0, connect.err.constData());
        for (const char* command : {"graph", "paths", "friction", "info"}) {
            QStringList arguments{QString::fromLatin1(command), QStringLiteral("PROJECT"),
                                  QStringLiteral("--json")};
            if (qstrcmp(command, "info") != 0)
                arguments << QStringLiteral("--by") << QStringLiteral("session");
            arguments[1] = warehouse;
            const Run a = cli(arguments);
            arguments[1] = local;
            const Run b = cli(arguments);
            QVERIFY2(a.exitCode == 0 && b.exitCode == 0, (a.err + b.err).constData());
            QJsonObject x = canonical(a.json()).toObject();
            QJsonObject y = canonical(b.json()).toObject();
            if (qstrcmp(command, "info") == 0) {
                QVERIFY(x.value(QStringLiteral("sessions")).toInteger() > 1500);
                for (QJsonObject* object : {&x, &y}) {
                    for (const char* key :
                         {"sources", "warehouse", "merged_customers", "excluded_customers"})
                        object->remove(QString::fromLatin1(key));
                }
            }
            QVERIFY2(x == y, qPrintable(QString::fromLatin1(command) + QStringLiteral(": ") +
                                        firstDifference(x, y)));
        }
    }

    // Ctrl+C while the warehouse counts cancels the query on the server, not only the
    // command: a long scan does not go on burning the warehouse's time.
    void interruptCancelsTheQuery()
    {
        m_connection->query("CREATE TABLE \"Shop data\".big AS SELECT (i % 200000)::text AS who, "
                            "i::bigint * 1000 AS at, 'step ' || (i % 20) AS what FROM "
                            "generate_series(1, 3000000) AS i");
        const QString project = m_dir.filePath(QStringLiteral("big.journey"));
        const Run connect =
            cli({QStringLiteral("connect"), project, m_uri, QStringLiteral("--table"),
                 QStringLiteral("Shop data.big"), QStringLiteral("--customer"),
                 QStringLiteral("who"), QStringLiteral("--time"), QStringLiteral("at"),
                 QStringLiteral("--event"), QStringLiteral("what")});
        QVERIFY2(connect.exitCode == 0, connect.err.constData());
        // Only the client's own backend: a parallel plan adds workers that show the same query.
        const QByteArray running = "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                                   "AND backend_type = 'client backend' "
                                   "AND query LIKE 'WITH ev AS%'";

        QProcess graph;
        graph.start(QStringLiteral(JOURNEYSCOPE_CLI),
                    {QStringLiteral("graph"), project, QStringLiteral("--json")});
        QVERIFY(graph.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->query(running).integer(0, 0) == 1, 20000);
        ::kill(pid_t(graph.processId()), SIGINT);
        QElapsedTimer stopping;
        stopping.start();
        QVERIFY(graph.waitForFinished(10000));
        QVERIFY2(stopping.elapsed() < 5000, qPrintable(QString::number(stopping.elapsed())));
        QCOMPARE(graph.exitCode(), 1);
        QCOMPARE(QString::fromUtf8(graph.readAllStandardError()).trimmed(),
                 QStringLiteral("canceled"));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->query(running).integer(0, 0), qint64(0), 5000);
        m_connection->query("DROP TABLE \"Shop data\".big");
    }

    // Three journeys with names that hold SQL: Start -> x: 3; x -> y: 2; x -> z, y -> z,
    // y -> End: 1; z -> End: 2; the times of x -> y are 60 s and 180 s.
    void handBuiltTableGivesKnownCounts()
    {
        const QString x = QStringLiteral("x'); DROP TABLE hand; --");
        const QString y = QStringLiteral("\"y\"");
        const QString z = QStringLiteral("z\\");
        m_connection->query("CREATE TABLE \"Shop data\".hand(who int, at bigint, what text)");
        const QList<std::tuple<int, qint64, QString>> rows = {
            {1, 0, x},     {1, 60000, y}, {1, 120000, z}, {2, 0, x},
            {2, 30000, z}, {3, 0, x},     {3, 180000, y}};
        for (const auto& [who, at, what] : rows) {
            m_connection->query("INSERT INTO \"Shop data\".hand VALUES ($1, $2, $3)",
                                {QByteArray::number(who), QByteArray::number(at), what.toUtf8()});
        }
        const QString project = m_dir.filePath(QStringLiteral("hand.journey"));
        const Run connect =
            cli({QStringLiteral("connect"), project, m_uri, QStringLiteral("--table"),
                 QStringLiteral("Shop data.hand"), QStringLiteral("--customer"),
                 QStringLiteral("who"), QStringLiteral("--time"), QStringLiteral("at"),
                 QStringLiteral("--event"), QStringLiteral("what")});
        QVERIFY2(connect.exitCode == 0, connect.err.constData());
        const Run graph = cli({QStringLiteral("graph"), project, QStringLiteral("--json")});
        QVERIFY2(graph.exitCode == 0, graph.err.constData());
        QMap<QString, QJsonObject> edges;
        for (const QJsonValue& edge : graph.json().value(QStringLiteral("edges")).toArray()) {
            edges.insert(edge[QStringLiteral("from")].toString() + QStringLiteral(" > ") +
                             edge[QStringLiteral("to")].toString(),
                         edge.toObject());
        }
        const auto count = [&](const QString& from, const QString& to) {
            return edges.value(from + QStringLiteral(" > ") + to)
                .value(QStringLiteral("count"))
                .toInteger();
        };
        QCOMPARE(edges.size(), 6);
        QCOMPARE(count(QStringLiteral("Start"), x), 3);
        QCOMPARE(count(x, y), 2);
        QCOMPARE(count(x, z), 1);
        QCOMPARE(count(y, z), 1);
        QCOMPARE(count(y, QStringLiteral("End")), 1);
        QCOMPARE(count(z, QStringLiteral("End")), 2);
        const QJsonObject xy = edges.value(x + QStringLiteral(" > ") + y);
        QCOMPARE(xy.value(QStringLiteral("median_seconds")).toDouble(), 60.0); // lower middle
        QCOMPARE(xy.value(QStringLiteral("p90_seconds")).toDouble(), 180.0);
        QCOMPARE(xy.value(QStringLiteral("customers")).toInteger(), 2);
        // Nothing in a name ran.
        QCOMPARE(m_connection->query("SELECT count(*) FROM \"Shop data\".hand").integer(0, 0), 7);
    }

    // The rows a model scores, counted in SQL, are those JourneyFeatures makes of the
    // import: every column of every journey in flight.
    void inFlightRowsEqualAnImport_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<std::optional<qint64>>("windowMs");
        QTest::newRow("30-day window, looked back")
            << QStringLiteral("2025-03-01") << std::optional<qint64>(30 * Day);
        QTest::newRow("7-day window")
            << QStringLiteral("2025-02-10") << std::optional<qint64>(7 * Day);
        QTest::newRow("no window, at the end") << QString() << std::optional<qint64>();
        QTest::newRow("the churn flag, looked back")
            << QStringLiteral("2025-03-01") << std::optional<qint64>();
    }

    void inFlightRowsEqualAnImport()
    {
        QFETCH(QString, at);
        QFETCH(std::optional<qint64>, windowMs);
        const Models models = modelInputs(
            windowMs, {}, QByteArray(QTest::currentDataTag()).startsWith("the churn flag"));
        const std::optional<qint64> atMs =
            at.isEmpty()
                ? std::nullopt
                : std::optional<qint64>(QDateTime::fromString(at, Qt::ISODate).toMSecsSinceEpoch());
        EventFilter before;
        before.toMs = atMs;
        const qint64 end = atMs.value_or(models.log.lastMs().value_or(0));
        const DropoffRows local =
            journeyRowsInFlight(EventView(models.log, before), models.localGoal, end);
        WarehouseFilter filter;
        filter.toMs = atMs;
        const WarehouseModelRows warehouse =
            warehouseRowsInFlight(*m_connection, models.source, models.names, filter,
                                  JourneyScope::Customer, models.warehouseGoal, end);
        QVERIFY(warehouse.rows.persons.size() > 50);
        QCOMPARE(warehouse.rows.persons.size(), local.persons.size());
        QHash<QString, size_t> localRow;
        for (size_t row = 0; row < local.persons.size(); ++row)
            localRow.insert(models.keys[local.persons[row]], row);
        for (size_t row = 0; row < warehouse.rows.persons.size(); ++row) {
            const QString& customer = warehouse.customers[qsizetype(row)];
            QVERIFY2(localRow.contains(customer), qPrintable(customer));
            const auto a = readableRow(warehouse.rows.features, row, models.names);
            const auto b = readableRow(local.features, localRow.value(customer), models.log);
            QVERIFY2(a == b, qPrintable(customer + QStringLiteral(" ") + rowDifference(a, b)));
        }
    }

    // The odds ratios of converting, of touchpoints and of the customers table's attribute
    // values, are the import's.
    void correlationsEqualTheImportedOnes_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("attributeValues"); // listed
        // By default the attributes with at most 20 values: plan, churned, test group.
        QTest::newRow("the project's goal") << QStringList() << 8;
        QTest::newRow("a goal within 7 days")
            << QStringList{QStringLiteral("--goal"), QStringLiteral("Cart"),
                           QStringLiteral("--window"), QStringLiteral("7d")}
            << 8;
        QTest::newRow("sessions on the web, no window")
            << QStringList{QStringLiteral("--by"),      QStringLiteral("session"),
                           QStringLiteral("--channel"), QStringLiteral("web"),
                           QStringLiteral("--window"),  QStringLiteral("none"),
                           QStringLiteral("--goal"),    QStringLiteral("Checkout")}
            << 8;
        QTest::newRow("seats and plans named")
            << QStringList{QStringLiteral("--attributes"), QStringLiteral("seats,plan")} << 25;
        QTest::newRow("the outcome of an attribute")
            << QStringList{QStringLiteral("--outcome"), QStringLiteral("churned=false"),
                           QStringLiteral("--attributes"), QStringLiteral("plan,test group")}
            << 6;
    }

    void correlationsEqualTheImportedOnes()
    {
        QFETCH(QStringList, options);
        QFETCH(int, attributeValues);
        options.prepend(QStringLiteral("--json"));
        const Run warehouse = cli(QStringList{QStringLiteral("correlate"), m_warehouse} + options);
        const Run local = cli(QStringList{QStringLiteral("correlate"), m_local} + options);
        QVERIFY2(warehouse.exitCode == 0 && local.exitCode == 0,
                 (warehouse.err + local.err).constData());
        qsizetype touchpoints = 0, attributes = 0;
        for (const QJsonValue& correlation :
             local.json().value(QStringLiteral("correlations")).toArray()) {
            ++(correlation[QStringLiteral("kind")] == QLatin1String("touchpoint") ? touchpoints
                                                                                  : attributes);
        }
        QVERIFY(touchpoints >= 5);
        QVERIFY2(attributes >= attributeValues, qPrintable(QString::number(attributes)));
        QVERIFY2(warehouse.json() == local.json(),
                 qPrintable(firstDifference(warehouse.json(), local.json())));
    }

    // What the customers table's attributes decide (who is looked at, the groups of a
    // funnel, a friction matrix and an experiment, a goal) is decided alike in the warehouse.
    void attributesDecideAsOnTheImport_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("listed"); // an array that must not be empty
        const QString steps = QStringLiteral("Product page,Cart,Checkout");
        QTest::newRow("a graph of one plan")
            << QStringList{QStringLiteral("graph"), QStringLiteral("--where"),
                           QStringLiteral("plan=Pro")}
            << QStringLiteral("edges");
        QTest::newRow("variants of two plans, any case, by session")
            << QStringList{QStringLiteral("paths"),
                           QStringLiteral("--where"),
                           QStringLiteral("plan=team,BASIC"),
                           QStringLiteral("--by"),
                           QStringLiteral("session"),
                           QStringLiteral("--top"),
                           QStringLiteral("40")}
            << QStringLiteral("top");
        QTest::newRow("a funnel of a group and a plan")
            << QStringList{QStringLiteral("funnel"),
                           QStringLiteral("--steps"),
                           steps,
                           QStringLiteral("--where"),
                           QStringLiteral("test group=variant"),
                           QStringLiteral("--where"),
                           QStringLiteral("plan=Pro,Team")}
            << QStringLiteral("steps");
        QTest::newRow("a funnel by plan")
            << QStringList{QStringLiteral("funnel"), QStringLiteral("--steps"), steps,
                           QStringLiteral("--breakdown"), QStringLiteral("plan")}
            << QStringLiteral("groups");
        QTest::newRow("a funnel of sessions by churn, within a day")
            << QStringList{QStringLiteral("funnel"),
                           QStringLiteral("--steps"),
                           QStringLiteral("Cart,Checkout"),
                           QStringLiteral("--by"),
                           QStringLiteral("session"),
                           QStringLiteral("--window"),
                           QStringLiteral("1d"),
                           QStringLiteral("--breakdown"),
                           QStringLiteral("churned")}
            << QStringLiteral("groups");
        QTest::newRow("a funnel in any order, steps sharing a touchpoint, by plan")
            << QStringList{QStringLiteral("funnel"),
                           QStringLiteral("--steps"),
                           QStringLiteral("Cart,Cart|Checkout,Product page"),
                           QStringLiteral("--order"),
                           QStringLiteral("any"),
                           QStringLiteral("--breakdown"),
                           QStringLiteral("plan")}
            << QStringLiteral("groups");
        QTest::newRow("friction by touchpoint and plan")
            << QStringList{QStringLiteral("friction"), QStringLiteral("--matrix"),
                           QStringLiteral("touchpoint-segment"), QStringLiteral("--segment-by"),
                           QStringLiteral("plan")}
            << QStringLiteral("cells");
        QTest::newRow("friction by touchpoint and seats, in February")
            << QStringList{QStringLiteral("friction"),
                           QStringLiteral("--matrix"),
                           QStringLiteral("touchpoint-segment"),
                           QStringLiteral("--segment-by"),
                           QStringLiteral("seats"),
                           QStringLiteral("--from"),
                           QStringLiteral("2025-02-01"),
                           QStringLiteral("--to"),
                           QStringLiteral("2025-03-01")}
            << QStringLiteral("cells");
        QTest::newRow("an experiment")
            << QStringList{QStringLiteral("experiment"), QStringLiteral("--assignment"),
                           QStringLiteral("test group")}
            << QStringLiteral("comparisons");
        QTest::newRow("an experiment of plans by an outcome on the web")
            << QStringList{QStringLiteral("experiment"),
                           QStringLiteral("--assignment"),
                           QStringLiteral("plan"),
                           QStringLiteral("--control"),
                           QStringLiteral("Basic"),
                           QStringLiteral("--outcome"),
                           QStringLiteral("churned=false"),
                           QStringLiteral("--channel"),
                           QStringLiteral("web")}
            << QStringLiteral("comparisons");
        QTest::newRow("a graph by an outcome")
            << QStringList{QStringLiteral("graph"), QStringLiteral("--outcome"),
                           QStringLiteral("churned=false")}
            << QStringLiteral("edges");
        QTest::newRow("friction by an outcome")
            << QStringList{QStringLiteral("friction"), QStringLiteral("--outcome"),
                           QStringLiteral("churned=false")}
            << QStringLiteral("touchpoints");
    }

    void attributesDecideAsOnTheImport()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, listed);
        arguments.append(QStringLiteral("--json"));
        QStringList onWarehouse = arguments, onImport = arguments;
        onWarehouse.insert(1, m_warehouse);
        onImport.insert(1, m_local);
        const Run warehouse = cli(onWarehouse);
        const Run local = cli(onImport);
        QVERIFY2(warehouse.exitCode == 0 && local.exitCode == 0,
                 (warehouse.err + local.err).constData());
        const QJsonObject a = canonical(warehouse.json()).toObject();
        const QJsonObject b = canonical(local.json()).toObject();
        QVERIFY2(!b.value(listed).toArray().isEmpty(), qPrintable(listed));
        QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
    }

    // Attribution shares the conversions out as on the import, model by model.
    void attributionEqualsTheImportedOne_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("channels, order 1") << QStringList();
        QTest::newRow("touchpoints, order 2, within 7 days")
            << QStringList{QStringLiteral("--level"),  QStringLiteral("touchpoint"),
                           QStringLiteral("--order"),  QStringLiteral("2"),
                           QStringLiteral("--window"), QStringLiteral("7d"),
                           QStringLiteral("--goal"),   QStringLiteral("Order confirmation")};
        QTest::newRow("channels, order 3, sessions from a date") << QStringList{
            QStringLiteral("--order"), QStringLiteral("3"),      QStringLiteral("--by"),
            QStringLiteral("session"), QStringLiteral("--from"), QStringLiteral("2025-02-01")};
    }

    void attributionEqualsTheImportedOne()
    {
        QFETCH(QStringList, options);
        options.prepend(QStringLiteral("--json"));
        const Run warehouse = cli(QStringList{QStringLiteral("attribute"), m_warehouse} + options);
        const Run local = cli(QStringList{QStringLiteral("attribute"), m_local} + options);
        QVERIFY2(warehouse.exitCode == 0 && local.exitCode == 0,
                 (warehouse.err + local.err).constData());
        QVERIFY(warehouse.json().value(QStringLiteral("conversions")).toInteger() > 20);
        QVERIFY(warehouse.json().value(QStringLiteral("credits")).toArray().size() >= 3);
        QVERIFY2(warehouse.json() == local.json(),
                 qPrintable(firstDifference(warehouse.json(), local.json())));
    }

    // The next touchpoint's Markov model learns and scores as on the import.
    void nextStepEqualsTheImportedOne_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("order 2") << QStringList();
        QTest::newRow("order 1 with the end") << QStringList{
            QStringLiteral("--order"), QStringLiteral("1"), QStringLiteral("--with-end")};
        QTest::newRow("order 3, web sessions") << QStringList{
            QStringLiteral("--order"), QStringLiteral("3"),         QStringLiteral("--by"),
            QStringLiteral("session"), QStringLiteral("--channel"), QStringLiteral("web")};
    }

    void nextStepEqualsTheImportedOne()
    {
        QFETCH(QStringList, options);
        options.prepend(QStringLiteral("--json"));
        const Run warehouse = cli(QStringList{QStringLiteral("next"), m_warehouse} + options);
        const Run local = cli(QStringList{QStringLiteral("next"), m_local} + options);
        QVERIFY2(warehouse.exitCode == 0 && local.exitCode == 0,
                 (warehouse.err + local.err).constData());
        QVERIFY(warehouse.json().value(QStringLiteral("predictions")).toInteger() > 1000);
        QVERIFY2(warehouse.json() == local.json(),
                 qPrintable(firstDifference(warehouse.json(), local.json())));
    }

    // What learns from a row per event brings the events: they come as the import holds
    // them, customer by customer (times, touchpoints, channels, values and sessions), and a
    // sample brings the customers the one-cut rows draw.
    void eventsBroughtEqualTheImport()
    {
        const Models models = modelInputs(30 * Day);
        const EventLog events =
            loadWarehouseEvents(*m_connection, models.source, models.names, {}, {});
        QCOMPARE(events.eventCount(), models.log.eventCount());
        QCOMPARE(events.touchpointNames(), models.names.touchpointNames());
        // Each customer's events as text, in order, with where their sessions begin.
        const auto histories = [](const EventLog& log, const QStringList& keys) {
            QHash<QString, QStringList> byCustomer;
            for (qsizetype p = 0; p < log.personCount(); ++p) {
                QStringList& lines = byCustomer[keys[p]];
                for (quint32 e = log.journeyBegins()[size_t(p)];
                     e < log.journeyBegins()[size_t(p) + 1]; ++e) {
                    const bool starts = e == log.journeyBegins()[size_t(p)] ||
                                        log.sessions()[e] != log.sessions()[e - 1];
                    lines.append(QStringLiteral("%1 %2 %3 %4%5")
                                     .arg(log.times()[e])
                                     .arg(log.touchpointNames()[log.touchpoints()[e]])
                                     .arg(log.channelNames()[log.channels()[e]])
                                     .arg(log.value(e))
                                     .arg(starts ? QStringLiteral(" (session)") : QString()));
                }
            }
            return byCustomer;
        };
        const auto fromWarehouse = histories(events, events.personKeys());
        const auto fromImport = histories(models.log, models.keys);
        QCOMPARE(fromWarehouse.size(), fromImport.size());
        for (auto it = fromImport.begin(); it != fromImport.end(); ++it)
            QVERIFY2(fromWarehouse.value(it.key()) == it.value(), qPrintable(it.key()));

        WarehouseEventsOptions sample;
        sample.sampleShare = 0.25;
        sample.seed = 7;
        const EventLog sampled =
            loadWarehouseEvents(*m_connection, models.source, models.names, {}, sample);
        WarehouseTrainingRowsOptions rows;
        rows.sampleShare = 0.25;
        rows.seed = 7;
        const WarehouseModelRows drawn = warehouseRowsForTraining(
            *m_connection, models.source, models.names, {}, JourneyScope::Customer,
            models.warehouseGoal, models.log.lastMs().value_or(0), rows);
        const QSet<QString> brought(sampled.personKeys().begin(), sampled.personKeys().end());
        QVERIFY(brought.size() > 250 && brought.size() < 500); // of 1,500
        for (const QString& customer : drawn.customers)
            QVERIFY2(brought.contains(customer), qPrintable(customer));
    }

    // A drop-off model of every prefix learns from the import's rows; the next touchpoint by
    // XGBoost is evaluated on the import's prefixes. (The draws of when a cut is looked at
    // go by customer id here and by the import's numbers there, so the metrics are near,
    // not equal.)
    void modelsOfEveryEventLearnFromTheImportsRows()
    {
        const QStringList train{QStringLiteral("train"), QStringLiteral("--every-prefix"),
                                QStringLiteral("--json")};
        const Run a = cli(QStringList{train[0], m_warehouse} + train.mid(1));
        const Run b = cli(QStringList{train[0], m_local} + train.mid(1));
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, (a.err + b.err).constData());
        for (const char* key :
             {"training_rows", "training_journeys", "test_journeys", "positives", "cases"}) {
            const QString name = QString::fromLatin1(key);
            QVERIFY2(a.json().value(name) == b.json().value(name), key);
        }
        QVERIFY(a.json().value(QStringLiteral("training_rows")).toInteger() > 5000);

        const QStringList next{QStringLiteral("next"), QStringLiteral("--method"),
                               QStringLiteral("xgboost"), QStringLiteral("--json")};
        const Run c = cli(QStringList{next[0], m_warehouse} + next.mid(1));
        const Run d = cli(QStringList{next[0], m_local} + next.mid(1));
        QVERIFY2(c.exitCode == 0 && d.exitCode == 0, (c.err + d.err).constData());
        for (const char* key : {"predictions", "test_journeys", "training_journeys"}) {
            const QString name = QString::fromLatin1(key);
            QVERIFY2(c.json().value(name) == d.json().value(name), key);
        }
        QVERIFY(c.json().value(QStringLiteral("predictions")).toInteger() > 1000);
        QVERIFY(std::abs(c.json().value(QStringLiteral("top1")).toDouble() -
                         d.json().value(QStringLiteral("top1")).toDouble()) < 0.03);
    }

    // Stages proposed from where touchpoints occur are the import's, medians included.
    void stageProposalEqualsTheImportedOne_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("five stages") << QStringList{QStringLiteral("--auto"), QStringLiteral("5")};
        QTest::newRow("four stages of web sessions") << QStringList{
            QStringLiteral("--auto"),  QStringLiteral("4"),         QStringLiteral("--by"),
            QStringLiteral("session"), QStringLiteral("--channel"), QStringLiteral("web")};
        QTest::newRow("three stages from a date")
            << QStringList{QStringLiteral("--auto"), QStringLiteral("3"), QStringLiteral("--from"),
                           QStringLiteral("2025-03-01")};
    }

    void stageProposalEqualsTheImportedOne()
    {
        QFETCH(QStringList, options);
        options.prepend(QStringLiteral("--json"));
        const Run warehouse = cli(QStringList{QStringLiteral("stages"), m_warehouse} + options);
        const Run local = cli(QStringList{QStringLiteral("stages"), m_local} + options);
        QVERIFY2(warehouse.exitCode == 0 && local.exitCode == 0,
                 (warehouse.err + local.err).constData());
        QVERIFY(warehouse.json().value(QStringLiteral("touchpoints")).toArray().size() >= 10);
        QVERIFY2(warehouse.json() == local.json(),
                 qPrintable(firstDifference(warehouse.json(), local.json())));
    }

    // Customer features counted in SQL are computeCustomerFeatures() on the import,
    // customer by customer: what segments and personas are made of.
    void customerFeaturesEqualAnImport_data()
    {
        QTest::addColumn<std::optional<qint64>>("windowMs");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("to");
        QTest::newRow("30-day goal") << std::optional<qint64>(30 * Day) << QString() << QString();
        QTest::newRow("no window, web only")
            << std::optional<qint64>() << QStringLiteral("web") << QString();
        QTest::newRow("7-day goal, up to a date")
            << std::optional<qint64>(7 * Day) << QString() << QStringLiteral("2025-02-10");
    }

    void customerFeaturesEqualAnImport()
    {
        QFETCH(std::optional<qint64>, windowMs);
        QFETCH(QString, channel);
        QFETCH(QString, to);
        const Models models = modelInputs(windowMs);
        EventFilter filter;
        WarehouseFilter warehouseFilter;
        if (!to.isEmpty()) {
            filter.toMs = QDateTime::fromString(to, Qt::ISODate).toMSecsSinceEpoch();
            warehouseFilter.toMs = filter.toMs;
        }
        if (!channel.isEmpty()) {
            filter.channels = {quint8(models.log.channelIndex(channel))};
            warehouseFilter.channels = {channel};
        }
        const CustomerFeatures local =
            computeCustomerFeatures(EventView(models.log, filter), models.localGoal);
        const WarehouseCustomerFeatures warehouse = countWarehouseCustomerFeatures(
            *m_connection, models.source, models.names, warehouseFilter, models.warehouseGoal);
        QVERIFY(local.size() > 100);
        QCOMPARE(warehouse.features.size(), local.size());
        QCOMPARE(warehouse.features.dataEndMs, local.dataEndMs);
        QHash<QString, qsizetype> localRow;
        for (qsizetype row = 0; row < local.size(); ++row)
            localRow.insert(models.keys[local.persons[size_t(row)]], row);
        for (qsizetype row = 0; row < warehouse.features.size(); ++row) {
            const QString& customer = warehouse.customers[row];
            QVERIFY2(localRow.contains(customer), qPrintable(customer));
            const QStringList a =
                describeCustomer(warehouse.features, row, models.names.stageNames());
            const QStringList b =
                describeCustomer(local, localRow.value(customer), models.log.stageNames());
            QVERIFY2(a == b,
                     qPrintable(customer + QStringLiteral(": ") + a.join(QStringLiteral(", ")) +
                                QStringLiteral(" vs ") + b.join(QStringLiteral(", "))));
        }
    }

    // segments and personas on a warehouse project: RFM segments and their personas equal
    // the import's; a k-means persona made there, copied into the import, gets the same
    // numbers from both; a segment and a persona filter other analyses as on the import.
    void segmentsAndPersonasEqualTheImportedOnes()
    {
        const QStringList rfm = {QStringLiteral("segments"), QStringLiteral("PROJECT"),
                                 QStringLiteral("--k"), QStringLiteral("rfm"),
                                 QStringLiteral("--json")};
        for (const QStringList& extra :
             {QStringList(), QStringList{QStringLiteral("--channel"), QStringLiteral("web,app")},
              QStringList{QStringLiteral("--from"), QStringLiteral("2025-02-01")}}) {
            const Run a = cli(withProject(rfm + extra, m_warehouse));
            const Run b = cli(withProject(rfm + extra, m_local));
            QVERIFY2(a.exitCode == 0 && b.exitCode == 0, (a.err + b.err).constData());
            QVERIFY(a.json().value(QStringLiteral("segments")).toArray().size() == 10);
            QVERIFY2(a.json() == b.json(), qPrintable(firstDifference(a.json(), b.json())));
        }

        // Personas drafted from the RFM segments in both; a k-means one in the warehouse's.
        for (const QString& project : {m_warehouse, m_local}) {
            const Run saved = cli({QStringLiteral("segments"), project, QStringLiteral("--k"),
                                   QStringLiteral("rfm"), QStringLiteral("--save-personas")});
            QVERIFY2(saved.exitCode == 0, saved.err.constData());
        }
        const Run clustered =
            cli({QStringLiteral("segments"), m_warehouse, QStringLiteral("--k"),
                 QStringLiteral("3"), QStringLiteral("--save-personas"), QStringLiteral("--json")});
        QVERIFY2(clustered.exitCode == 0, clustered.err.constData());
        qint64 members = 0;
        for (const QJsonValue& segment :
             clustered.json().value(QStringLiteral("segments")).toArray())
            members += segment[QStringLiteral("customers")].toInteger();
        QCOMPARE(members, qint64(1500));
        {
            const auto from = Project::openForReading(m_warehouse);
            auto into = Project::open(m_local, Project::Access::ReadWrite);
            Transaction transaction(into->database());
            for (const Persona& persona : loadPersonas(from->database())) {
                if (persona.segmentKey.startsWith(QLatin1String("kmeans:")))
                    savePersona(into->database(), persona);
            }
            transaction.commit();
        }
        const Run a = cli({QStringLiteral("personas"), m_warehouse, QStringLiteral("--json")});
        const Run b = cli({QStringLiteral("personas"), m_local, QStringLiteral("--json")});
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, (a.err + b.err).constData());
        const QJsonArray cards = a.json().value(QStringLiteral("personas")).toArray();
        QVERIFY(cards.size() > 5);
        QVERIFY(cards.last()[QStringLiteral("segment")].toString().startsWith(
            QLatin1String("kmeans:k=3:")));
        QVERIFY2(a.json() == b.json(), qPrintable(firstDifference(a.json(), b.json())));

        // A segment, a persona and a touchpoint gone through filter the graph as on the import.
        const QString persona = QString::number(cards.last()[QStringLiteral("id")].toInteger());
        for (const QStringList& filter :
             {QStringList{QStringLiteral("--segment"), QStringLiteral("rfm:At risk")},
              QStringList{QStringLiteral("--persona"), persona},
              QStringList{QStringLiteral("--through"), QStringLiteral("Cart"),
                          QStringLiteral("--reaching"), QStringLiteral("Purchase")}}) {
            const QStringList graph =
                QStringList{QStringLiteral("graph"), QStringLiteral("PROJECT"),
                            QStringLiteral("--json")} +
                filter;
            const Run x = cli(withProject(graph, m_warehouse));
            const Run y = cli(withProject(graph, m_local));
            QVERIFY2(x.exitCode == 0 && y.exitCode == 0, (x.err + y.err).constData());
            const QJsonObject p = canonical(x.json()).toObject();
            const QJsonObject q = canonical(y.json()).toObject();
            QVERIFY2(p.value(QStringLiteral("journeys")).toInteger() > 20,
                     qPrintable(filter.join(QLatin1Char(' '))));
            QVERIFY2(p == q, qPrintable(filter.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                                        firstDifference(p, q)));
        }
    }

    // The journey map counted in SQL is the import's: per stage its journeys, conversion,
    // median days, touchpoints with their main channel, the first visits' top actions, and
    // the mean of a customer number (seats, standing in for a satisfaction score).
    void journeyMapEqualsTheImportedOne_data()
    {
        QTest::addColumn<std::optional<qint64>>("windowMs");
        QTest::addColumn<QString>("channel");
        QTest::newRow("30-day goal") << std::optional<qint64>(30 * Day) << QString();
        QTest::newRow("no window, web only") << std::optional<qint64>() << QStringLiteral("web");
    }

    void journeyMapEqualsTheImportedOne()
    {
        QFETCH(std::optional<qint64>, windowMs);
        QFETCH(QString, channel);
        const Models models = modelInputs(windowMs);
        EventFilter local;
        WarehouseFilter warehouse;
        if (!channel.isEmpty()) {
            local.channels = {quint8(models.log.channelIndex(channel))};
            warehouse.channels = {channel};
        }
        const JourneyMapData a = presentJourneyMap(
            models.names,
            countWarehouseJourneyMap(*m_connection, models.source, models.names, warehouse,
                                     models.warehouseGoal, models.log.lastMs().value_or(0),
                                     QStringLiteral("seats")));
        std::vector<double> seats;
        const auto project = Project::openForReading(m_local);
        for (const QString& value :
             customerAttribute(project->database(), models.log, QStringLiteral("seats")))
            seats.push_back(value.isEmpty() ? std::nan("") : value.toDouble());
        const JourneyMapData b =
            buildJourneyMap(EventView(models.log, local), models.localGoal, seats);
        QVERIFY(!std::isnan(a.stages[0].emotion));
        QVERIFY(a.stages.size() >= 4);
        QVERIFY(!a.stages[0].actions.empty());
        const QStringList x = describe(a);
        const QStringList y = describe(b);
        for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i)
            QCOMPARE(x[i], y[i]);
        QCOMPARE(x.size(), y.size());
    }

    // Training rows: the same journeys as in memory, each cut within the events that saw
    // it in flight, with the label and every column JourneyFeatures gives that cut.
    void trainingRowsFollowTheirCuts_data()
    {
        QTest::addColumn<std::optional<qint64>>("windowMs");
        QTest::addColumn<bool>("sessions");
        QTest::newRow("30-day window") << std::optional<qint64>(30 * Day) << false;
        QTest::newRow("no window") << std::optional<qint64>() << false;
        QTest::newRow("sessions, 2-day window") << std::optional<qint64>(2 * Day) << true;
        // Orders (with values) come before the goal, so value so far counts.
        QTest::newRow("a review after orders") << std::optional<qint64>() << false;
        QTest::newRow("the churn flag, by session") << std::optional<qint64>() << true;
    }

    void trainingRowsFollowTheirCuts()
    {
        QFETCH(std::optional<qint64>, windowMs);
        QFETCH(bool, sessions);
        const bool afterOrders = QByteArray(QTest::currentDataTag()) == "a review after orders";
        const bool byChurn = QByteArray(QTest::currentDataTag()).startsWith("the churn flag");
        const Models models = modelInputs(
            windowMs, afterOrders ? QStringList{QStringLiteral("Write review")} : QStringList(),
            byChurn);
        const JourneyScope scope = sessions ? JourneyScope::Session : JourneyScope::Customer;
        const qint64 end = models.log.lastMs().value_or(0);
        const WarehouseModelRows warehouse = warehouseRowsForTraining(
            *m_connection, models.source, models.names, {}, scope, models.warehouseGoal, end, {});

        // In memory, every cut a journey can have: how many, and their labels.
        const EventView view(models.log, {}, scope);
        const DropoffRows everyCut = journeyRowsForTraining(view, models.localGoal, end, true, 1);
        QHash<QString, std::pair<qint64, float>> cutsOf; // per journey: its cuts, its label
        // Each customer's journeys, by their events' positions (a session's Journey points
        // into a buffer the next one reuses).
        QHash<QString, std::vector<std::vector<quint32>>> journeysOf;
        view.forEachJourney([&](const Journey& journey) {
            std::vector<quint32> positions;
            for (qsizetype i = 0; i < journey.size(); ++i)
                positions.push_back(journey[i]);
            journeysOf[models.keys[journey.person()]].push_back(std::move(positions));
        });
        for (size_t row = 0; row < everyCut.persons.size(); ++row) {
            const QString key = models.keys[everyCut.persons[row]] + QStringLiteral("@") +
                                QString::number(everyCut.journeyStartMs[row]);
            cutsOf[key].first += 1;
            cutsOf[key].second = everyCut.labels[row];
        }
        QCOMPARE(qsizetype(warehouse.rows.persons.size()), cutsOf.size());

        const JourneyFeatures features(models.log);
        std::set<qint64> distinctCuts;
        for (size_t row = 0; row < warehouse.rows.persons.size(); ++row) {
            const QString& customer = warehouse.customers[qsizetype(row)];
            const qint64 startMs = warehouse.rows.journeyStartMs[row];
            const QString key = customer + QStringLiteral("@") + QString::number(startMs);
            QVERIFY2(cutsOf.contains(key), qPrintable(key));
            const qint64 cut = warehouse.cuts[row];
            QVERIFY2(cut >= 1 && cut <= cutsOf.value(key).first, qPrintable(key));
            QCOMPARE(warehouse.rows.labels[row], cutsOf.value(key).second);
            distinctCuts.insert(cut);

            const auto& ofCustomer = journeysOf[customer];
            const auto positions = std::find_if(
                ofCustomer.begin(), ofCustomer.end(),
                [&](const std::vector<quint32>& j) { return models.log.times()[j[0]] == startMs; });
            QVERIFY(positions != ofCustomer.end());
            const Journey journey(0, positions->data(), qsizetype(positions->size()));
            const qint64 observed = warehouse.observedMs[row];
            QVERIFY(observed >= models.log.times()[journey[cut - 1]]);
            FeatureTable local = features.emptyTable();
            const std::vector<qint64> lookedAt{observed};
            features.appendRows(journey, {cut}, local, &lookedAt);
            const auto a = readableRow(warehouse.rows.features, row, models.names);
            const auto b = readableRow(local, 0, models.log);
            QVERIFY2(a == b, qPrintable(key + QStringLiteral(" ") + rowDifference(a, b)));
        }
        QVERIFY(distinctCuts.size() > 5); // cuts drawn, not all at one place
        if (afterOrders) {
            const int value =
                int(warehouse.rows.features.columns.indexOf(QStringLiteral("value so far")));
            const auto width = size_t(warehouse.rows.features.columns.size());
            qint64 valued = 0;
            for (size_t row = 0; row < warehouse.rows.persons.size(); ++row)
                valued += warehouse.rows.features.values[row * width + size_t(value)] > 0;
            QVERIFY2(valued > 20, qPrintable(QString::number(valued)));
        }
    }

    // train and score on a warehouse project: the model learns from as many journeys as
    // on the import, a sample from about its share, and the scores go back into a table,
    // replaced whole each time; a table it cannot write keeps what it held.
    void trainsAndWritesScoresBack()
    {
        const Run local = cli({QStringLiteral("train"), m_local, QStringLiteral("--json")});
        QVERIFY2(local.exitCode == 0, local.err.constData());
        const Run trained = cli({QStringLiteral("train"), m_warehouse, QStringLiteral("--json")});
        QVERIFY2(trained.exitCode == 0, trained.err.constData());
        for (const char* key : {"training_journeys", "test_journeys", "positives"}) {
            QVERIFY2(trained.json().value(QString::fromLatin1(key)) ==
                         local.json().value(QString::fromLatin1(key)),
                     key);
        }
        QVERIFY(trained.json().value(QStringLiteral("auc")).toDouble() > 0.65);

        const Run sampled = cli({QStringLiteral("train"), m_warehouse, QStringLiteral("--sample"),
                                 QStringLiteral("0.5"), QStringLiteral("--json")});
        QVERIFY2(sampled.exitCode == 0, sampled.err.constData());
        const double share =
            double(sampled.json().value(QStringLiteral("training_journeys")).toInteger()) /
            double(trained.json().value(QStringLiteral("training_journeys")).toInteger());
        QVERIFY2(share > 0.42 && share < 0.58, qPrintable(QString::number(share)));

        const QStringList score = {QStringLiteral("score"),  m_warehouse,
                                   QStringLiteral("--at"),   QStringLiteral("2025-03-01"),
                                   QStringLiteral("--into"), QStringLiteral("Shop data.scores"),
                                   QStringLiteral("--top"),  QStringLiteral("25"),
                                   QStringLiteral("--json")};
        const Run scoredLocally = cli({QStringLiteral("score"), m_local, QStringLiteral("--at"),
                                       QStringLiteral("2025-03-01"), QStringLiteral("--json")});
        for (int run = 0; run < 2; ++run) {
            const Run scored = cli(score);
            QVERIFY2(scored.exitCode == 0, scored.err.constData());
            QCOMPARE(scored.json().value(QStringLiteral("scored")),
                     scoredLocally.json().value(QStringLiteral("scored")));
            QCOMPARE(scored.json().value(QStringLiteral("holdout")),
                     scoredLocally.json().value(QStringLiteral("holdout")));
            const PgResult table = m_connection->query(
                "SELECT count(*), count(reason_1), count(DISTINCT scored_at), min(probability), "
                "max(probability), sum(holdout::int) FROM \"Shop data\".scores");
            QCOMPARE(table.integer(0, 0),
                     scored.json().value(QStringLiteral("scored")).toInteger()); // replaced
            QCOMPARE(table.integer(0, 1), 25);
            QCOMPARE(table.integer(0, 2), 1);
            QVERIFY(*table.number(0, 3) >= 0 && *table.number(0, 4) <= 1);
            QCOMPARE(table.integer(0, 5),
                     scored.json().value(QStringLiteral("holdout")).toInteger());
        }

        // One customer explained: the score and first reason written back for them.
        const PgResult top = m_connection->query(
            "SELECT customer, probability, reason_1 FROM \"Shop data\".scores ORDER BY "
            "probability DESC, customer LIMIT 1");
        const Run explained = cli(
            {QStringLiteral("explain"), m_warehouse, QStringLiteral("--customer"), top.text(0, 0),
             QStringLiteral("--at"), QStringLiteral("2025-03-01"), QStringLiteral("--json")});
        QVERIFY2(explained.exitCode == 0, explained.err.constData());
        QVERIFY(std::abs(explained.json().value(QStringLiteral("probability")).toDouble() -
                         *top.number(0, 1)) < 1e-6);
        const QJsonObject reason =
            explained.json().value(QStringLiteral("reasons")).toArray().first().toObject();
        QCOMPARE(reason.value(QStringLiteral("feature")).toString() + QStringLiteral(" = ") +
                     reason.value(QStringLiteral("value")).toString(),
                 top.text(0, 2));

        m_connection->query("CREATE TABLE \"Shop data\".other (note text)");
        m_connection->query("INSERT INTO \"Shop data\".other VALUES ('kept')");
        QStringList wrong = score;
        wrong[5] = QStringLiteral("Shop data.other");
        const Run refused = cli(wrong);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(QString::fromUtf8(refused.err).trimmed(),
                 QStringLiteral("--into: the database refused a query: column \"customer\" of "
                                "relation \"other\" does not exist"));
        QCOMPARE(m_connection->query("SELECT note FROM \"Shop data\".other").text(0, 0),
                 QStringLiteral("kept"));
    }

    // export draws the map, graph, heatmap, funnel and paths of a warehouse project from counts
    // made there: pages of the same size as the import's (but the graph's, whose layout
    // follows the touchpoints' order, which the two number apart).
    void exportsViewsCountedThere()
    {
        const QStringList views = {QStringLiteral("map"),     QStringLiteral("graph"),
                                   QStringLiteral("heatmap"), QStringLiteral("funnel"),
                                   QStringLiteral("paths"),   QStringLiteral("personas")};
        for (const QString& view : views) {
            QList<QJsonObject> sizes;
            for (const QString& project : {m_warehouse, m_local}) {
                const QString out = m_dir.filePath(view + QStringLiteral(".png"));
                QFile::remove(out);
                const Run run = cli({QStringLiteral("export"), project, QStringLiteral("-o"), out,
                                     QStringLiteral("--view"), view, QStringLiteral("--dpi"),
                                     QStringLiteral("40"), QStringLiteral("--steps"),
                                     QStringLiteral("Home page,Product page,Cart"),
                                     QStringLiteral("--to-touchpoint"), QStringLiteral("Cart"),
                                     QStringLiteral("--json")});
                QVERIFY2(run.exitCode == 0, run.err.constData());
                QVERIFY(QFileInfo(out).size() > 1000);
                QJsonObject size = run.json();
                size.remove(QStringLiteral("file"));
                sizes.append(size);
            }
            if (view != QLatin1String("graph"))
                QCOMPARE(sizes[0], sizes[1]);
        }
    }

    void refusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        const QString project = QStringLiteral("PROJECT");
        const QStringList columns = {
            QStringLiteral("--table"),    QStringLiteral("Shop data.click stream"),
            QStringLiteral("--customer"), QStringLiteral("User id"),
            QStringLiteral("--time"),     QStringLiteral("when"),
            QStringLiteral("--event"),    QStringLiteral("event")};
        QTest::newRow("a password in the URI")
            << (QStringList{QStringLiteral("connect"), QStringLiteral("NEW"),
                            QStringLiteral("postgresql://journeyscope:secret@127.0.0.1/x")} +
                columns)
            << "URI: the connection string holds a password, which would be stored in the "
               "project file: give it in PGPASSWORD or ~/.pgpass instead";
        QTest::newRow("a missing table")
            << QStringList{QStringLiteral("connect"), QStringLiteral("NEW"),
                           QStringLiteral("URI"),     QStringLiteral("--table"),
                           QStringLiteral("nowhere"), QStringLiteral("--customer"),
                           QStringLiteral("a"),       QStringLiteral("--time"),
                           QStringLiteral("b"),       QStringLiteral("--event"),
                           QStringLiteral("c")}
            << "--table: the database refused a query: relation \"nowhere\" does not exist";
        QStringList missingColumn =
            QStringList{QStringLiteral("connect"), QStringLiteral("NEW"), QStringLiteral("URI")} +
            columns;
        missingColumn[6] = QStringLiteral("user");
        QTest::newRow("a missing column")
            << missingColumn
            << "--customer: the database refused a query: column \"user\" does not exist";
        QStringList textTime =
            QStringList{QStringLiteral("connect"), QStringLiteral("NEW"), QStringLiteral("URI")} +
            columns;
        textTime[8] = QStringLiteral("device");
        QTest::newRow("a time column of text")
            << textTime
            << "--time: the column \"device\" holds neither times (timestamp, timestamptz, date) "
               "nor whole numbers (milliseconds since 1970)";
        QTest::newRow("an unknown attribute")
            << QStringList{QStringLiteral("graph"), project, QStringLiteral("--where"),
                           QStringLiteral("colour=red")}
            << "--where: no customer attribute \"colour\"; the attributes are plan, churned, "
               "seats, test group";
        QTest::newRow("an attribute without a customers table")
            << QStringList{QStringLiteral("graph"), QStringLiteral("PLAIN"),
                           QStringLiteral("--where"), QStringLiteral("plan=Pro")}
            << "--where: no customer attribute \"plan\": no customers table was connected "
               "(connect --customers-table)";
        QTest::newRow("a missing customers table")
            << (QStringList{QStringLiteral("connect"), QStringLiteral("NEW"), QStringLiteral("URI"),
                            QStringLiteral("--customers-table"), QStringLiteral("Shop data.crm2")} +
                columns)
            << "--customers-table: the database refused a query: relation \"Shop data.crm2\" "
               "does not exist";
        QTest::newRow("a missing customer id column")
            << (QStringList{QStringLiteral("connect"), QStringLiteral("NEW"), QStringLiteral("URI"),
                            QStringLiteral("--customers-table"), QStringLiteral("Shop data.crm"),
                            QStringLiteral("--customers-id"), QStringLiteral("id")} +
                columns)
            << "--customers-id: the database refused a query: column \"id\" does not exist";
        QTest::newRow("a customer id column without a table")
            << (QStringList{QStringLiteral("connect"), QStringLiteral("NEW"), QStringLiteral("URI"),
                            QStringLiteral("--customers-id"), QStringLiteral("id")} +
                columns)
            << "--customers-id: needs --customers-table";
        QTest::newRow("an unknown segment")
            << QStringList{QStringLiteral("graph"), project, QStringLiteral("--segment"),
                           QStringLiteral("rfm:Heroes")}
            << "--segment: no segment \"rfm:Heroes\"; expected rfm:NAME (Champions, Loyal, "
               "Potential loyalists, New, Promising, Need attention, About to sleep, At risk, "
               "Can't lose them, Hibernating) or a persona's segment";
        QTest::newRow("an unknown stage")
            << QStringList{QStringLiteral("paths"), project, QStringLiteral("--reaching"),
                           QStringLiteral("Nirvana")}
            << "--reaching: no stage \"Nirvana\"";
        QTest::newRow("correlations of an unknown attribute")
            << QStringList{QStringLiteral("correlate"), project, QStringLiteral("--attributes"),
                           QStringLiteral("plan,tier")}
            << "--attributes: no customer attribute \"tier\"; the attributes are plan, churned, "
               "seats, test group";
        QTest::newRow("a customer not in flight explained")
            << QStringList{QStringLiteral("explain"),    project,
                           QStringLiteral("--customer"), QStringLiteral("nobody"),
                           QStringLiteral("--model"),    QStringLiteral("1")}
            << "--customer: no journey of customer \"nobody\" is in flight: model 1 scores only "
               "journeys that have not reached the goal yet";
        QTest::newRow("a funnel by an unknown attribute")
            << QStringList{QStringLiteral("funnel"),      project,
                           QStringLiteral("--steps"),     QStringLiteral("Cart,Checkout"),
                           QStringLiteral("--breakdown"), QStringLiteral("Plan")}
            << "--breakdown: no customer attribute \"Plan\"; the attributes are plan, churned, "
               "seats, test group";
        QTest::newRow("a friction matrix by an unknown attribute")
            << QStringList{QStringLiteral("friction"),     project,
                           QStringLiteral("--matrix"),     QStringLiteral("touchpoint-segment"),
                           QStringLiteral("--segment-by"), QStringLiteral("region")}
            << "--segment-by: no customer attribute \"region\"; the attributes are plan, churned, "
               "seats, test group";
        QTest::newRow("an experiment of an unknown attribute")
            << QStringList{QStringLiteral("experiment"), project, QStringLiteral("--assignment"),
                           QStringLiteral("variant")}
            << "--assignment: no customer attribute \"variant\"; the attributes are plan, churned, "
               "seats, test group";
        QTest::newRow("an experiment without its control group")
            << QStringList{QStringLiteral("experiment"), project, QStringLiteral("--assignment"),
                           QStringLiteral("plan")}
            << "--control: no customers with an outcome in the control group \"control\"; the "
               "groups are Basic, Pro, Team";
        QTest::newRow("a goal of an unknown attribute")
            << QStringList{QStringLiteral("goal"), project, QStringLiteral("--outcome"),
                           QStringLiteral("churn")}
            << "--outcome: no customer attribute \"churn\"; the attributes are plan, churned, "
               "seats, test group";
        QTest::newRow("a customer erased from a warehouse project")
            << QStringList{QStringLiteral("erase-customer"), project, QStringLiteral("C0000006")}
            << "PROJECT: its customers live in a database server and the project holds none of "
               "their data: erase them there";
        QTest::newRow("files imported into a warehouse project")
            << QStringList{QStringLiteral("import"), project, QStringLiteral("LOCAL")}
            << "PROJECT: its events live in a database server; import files into a project of "
               "their own (a customers table joins with connect --customers-table)";
        QTest::newRow("a sample of an import")
            << QStringList{QStringLiteral("train"), QStringLiteral("LOCAL"),
                           QStringLiteral("--sample"), QStringLiteral("0.5")}
            << "--sample: draws customers of a warehouse project; a model of imported events "
               "learns from all of them";
        QTest::newRow("a sample of nothing")
            << QStringList{QStringLiteral("train"), project, QStringLiteral("--sample"),
                           QStringLiteral("0")}
            << "--sample: expected a share above 0 and at most 1, found \"0\"";
        QTest::newRow("scores into a table of no warehouse")
            << QStringList{QStringLiteral("score"), QStringLiteral("LOCAL"),
                           QStringLiteral("--into"), QStringLiteral("scores")}
            << "--into: writes scores into a table of the warehouse a project is connected to; "
               "this project's events were imported (the scores stay in it, and --out writes a "
               "CSV file)";
    }

    void refusesWhatItCannotDo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const QString created = m_dir.filePath(QStringLiteral("new.journey"));
        for (QString& argument : arguments) {
            if (argument == QLatin1String("PROJECT"))
                argument = m_warehouse;
            else if (argument == QLatin1String("NEW"))
                argument = created;
            else if (argument == QLatin1String("URI"))
                argument = m_uri;
            else if (argument == QLatin1String("LOCAL"))
                argument = m_local;
            else if (argument == QLatin1String("PLAIN"))
                argument = m_plain;
        }
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QString::fromUtf8(run.err).trimmed(),
                 error.replace(QLatin1String("PROJECT"), m_warehouse));
        QVERIFY(!QFile::exists(created));
    }

    // A label model learns from the rows of the customers table, typed as an import types
    // a customer table: the same feature columns, and as many rows as the table has
    // customers (the import's and the two without events, whom the import does not have);
    // it scores and explains those rows.
    void labelModelLearnsFromTheCustomersTable()
    {
        const QStringList options{QStringLiteral("--label"), QStringLiteral("churned"),
                                  QStringLiteral("--json")};
        const Run warehouse = cli(QStringList{QStringLiteral("train"), m_warehouse} + options);
        const Run local = cli(QStringList{QStringLiteral("train"), m_local} + options);
        QVERIFY2(warehouse.exitCode == 0 && local.exitCode == 0,
                 (warehouse.err + local.err).constData());
        const auto rows = [](const Run& run) {
            return run.json().value(QStringLiteral("training_rows")).toInteger() +
                   run.json().value(QStringLiteral("cases")).toInteger(); // held out
        };
        QVERIFY(rows(local) > 1000);
        QCOMPARE(rows(warehouse), rows(local) + 2);
        const auto features = [](const Run& run) {
            QStringList names;
            for (const QJsonValue& item : run.json().value(QStringLiteral("importance")).toArray())
                names.append(item[QStringLiteral("feature")].toString());
            names.sort();
            return names;
        };
        QVERIFY(features(local).contains(QStringLiteral("seats")));
        // The plan only the customers without events have is a column of the warehouse's.
        QStringList expected = features(local) + QStringList{QStringLiteral("plan=Enterprise")};
        expected.sort();
        QCOMPARE(features(warehouse), expected);

        // It scores every row of the table, and explains one customer.
        const QString model = QString::number(warehouse.json()[QStringLiteral("model")].toInt());
        const Run scored = cli({QStringLiteral("score"), m_warehouse, QStringLiteral("--model"),
                                model, QStringLiteral("--json")});
        QVERIFY2(scored.exitCode == 0, scored.err.constData());
        QCOMPARE(scored.json().value(QStringLiteral("scored")).toInteger(), rows(warehouse));
        const Run explained =
            cli({QStringLiteral("explain"), m_warehouse, QStringLiteral("--model"), model,
                 QStringLiteral("--customer"), QStringLiteral("nobody-1")});
        QVERIFY2(explained.exitCode == 0, explained.err.constData());
        QVERIFY(explained.out.startsWith("nobody-1: "));
        const Run unknown = cli({QStringLiteral("explain"), m_warehouse, QStringLiteral("--model"),
                                 model, QStringLiteral("--customer"), QStringLiteral("nobody-3")});
        QCOMPARE(QString::fromUtf8(unknown.err).trimmed(),
                 QStringLiteral("--customer: customer \"nobody-3\" has no row in the customers "
                                "table"));
    }

    // info counts the events where they are, as an import counts them.
    void infoCountsAsAnImport()
    {
        const Run warehouse = cli({QStringLiteral("info"), m_warehouse, QStringLiteral("--json")});
        QVERIFY2(warehouse.exitCode == 0, warehouse.err.constData());
        const Run local = cli({QStringLiteral("info"), m_local, QStringLiteral("--json")});
        for (const char* key :
             {"events", "customers", "sessions", "touchpoints", "channels", "first", "last"}) {
            const QString name = QString::fromLatin1(key);
            QVERIFY2(warehouse.json().value(name) == local.json().value(name), key);
        }
        QCOMPARE(warehouse.json()[QStringLiteral("warehouse")][QStringLiteral("table")].toString(),
                 QStringLiteral("Shop data.click stream"));
    }

    // The project holds where the events are, never a password or a customer.
    void projectHoldsNoSecret()
    {
        QFile file(m_warehouse);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Shop data.click stream"));
        QVERIFY(!bytes.contains("password"));
    }

    // The table gains a touchpoint and a channel after connecting: analyses stop and say
    // how to take them in; a refresh adds them beside the old names, whose stages stay.
    // (Last: the rows it adds are taken out at its end.)
    void refreshTakesInNewNames()
    {
        const auto removeRows = qScopeGuard([&] {
            m_connection->query("DELETE FROM \"Shop data\".\"click stream\" WHERE event = "
                                "'Chatbot'");
        });
        m_connection->query(
            "INSERT INTO \"Shop data\".\"click stream\"(\"User id\", \"when\", event, channel) "
            "SELECT \"User id\", max(\"when\") + interval '1 minute', 'Chatbot', 'messenger' "
            "FROM \"Shop data\".\"click stream\" GROUP BY \"User id\" ORDER BY 1 LIMIT 5");
        const Run before = cli({QStringLiteral("graph"), m_warehouse, QStringLiteral("--json")});
        QCOMPARE(before.exitCode, 1);
        QCOMPARE(QString::fromUtf8(before.err).trimmed(),
                 QStringLiteral("the table holds 5 events of names the project does not know: "
                                "refresh the project (connect PROJECT --refresh) to take them "
                                "in"));
        const Run refresh = cli({QStringLiteral("connect"), m_warehouse,
                                 QStringLiteral("--refresh"), QStringLiteral("--json")});
        QVERIFY2(refresh.exitCode == 0, refresh.err.constData());
        QCOMPARE(refresh.json().value(QStringLiteral("new_touchpoints")).toArray(),
                 QJsonArray{QStringLiteral("Chatbot")});
        QCOMPARE(refresh.json().value(QStringLiteral("new_channels")).toArray(),
                 QJsonArray{QStringLiteral("messenger")});
        const Run again = cli({QStringLiteral("connect"), m_warehouse, QStringLiteral("--refresh"),
                               QStringLiteral("--json")});
        QVERIFY(again.json().value(QStringLiteral("new_touchpoints")).toArray().isEmpty());

        const Run after = cli({QStringLiteral("graph"), m_warehouse, QStringLiteral("--level"),
                               QStringLiteral("stage"), QStringLiteral("--json")});
        QVERIFY2(after.exitCode == 0, after.err.constData());
        const Run touchpoints =
            cli({QStringLiteral("graph"), m_warehouse, QStringLiteral("--json")});
        qint64 chatbot = 0;
        for (const QJsonValue& node : touchpoints.json().value(QStringLiteral("nodes")).toArray()) {
            if (node[QStringLiteral("name")] == QLatin1String("Chatbot"))
                chatbot = node[QStringLiteral("customers")].toInteger();
        }
        QCOMPARE(chatbot, 5);
        // The stages the project had are still there.
        const Run stages = cli({QStringLiteral("stages"), m_warehouse, QStringLiteral("--json")});
        QVERIFY(stages.out.contains("Order confirmation"));

        const Run imported = cli({QStringLiteral("connect"), m_local, QStringLiteral("--refresh")});
        QCOMPARE(imported.exitCode, 1);
        QCOMPARE(QString::fromUtf8(imported.err).trimmed(),
                 m_local + QStringLiteral(": its events were imported; only a project connected "
                                          "to a warehouse is refreshed"));
    }

private:
    /// \a arguments with "PROJECT" replaced by \a project.
    static QStringList withProject(QStringList arguments, const QString& project)
    {
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^PROJECT$")), project);
        return arguments;
    }

    /// What the model-row tests compare: the import's log and goal, the warehouse
    /// project's names, source and goal, under the project goal with \a windowMs (or a goal
    /// of \a touchpoints, or \a byChurn the customers' churn flag).
    struct Models
    {
        EventLog log;
        QStringList keys; ///< the customer id of each person of log
        EventLog names;
        WarehouseSource source;
        Goal localGoal;
        Goal warehouseGoal;
    };

    Models modelInputs(std::optional<qint64> windowMs, const QStringList& touchpoints = {},
                       bool byChurn = false) const
    {
        ProjectGoal goal;
        goal.touchpoints = touchpoints.isEmpty() ? QStringList{QStringLiteral("Order confirmation"),
                                                               QStringLiteral("Store purchase")}
                                                 : touchpoints;
        goal.windowMs = windowMs;
        if (byChurn) { // the customers table's churn flag decides: not churned converted
            goal = ProjectGoal();
            goal.windowMs.reset();
            goal.outcomeAttribute = QStringLiteral("churned");
            goal.convertedValues = {QStringLiteral("false")};
        }
        Models models;
        const auto local = Project::openForReading(m_local);
        models.log = EventLog::load(local->database());
        models.localGoal = goal.resolve(models.log, local->database());
        QHash<qint64, QString> keyOf;
        Statement customers = local->database().prepare("SELECT id, key FROM customers");
        while (customers.step())
            keyOf.insert(customers.columnInt(0), customers.columnText(1));
        for (const qint64 id : models.log.personIds())
            models.keys.append(keyOf.value(id));
        const auto warehouse = Project::openForReading(m_warehouse);
        models.names = EventLog::loadNames(warehouse->database());
        models.source = *WarehouseSource::read(warehouse->database());
        models.warehouseGoal = resolveWarehouseGoal(goal, models.names, models.source);
        return models;
    }

    /// Runs one psql command (a \\copy) against the test database; whether it succeeded.
    bool psql(const QString& command) const
    {
        QProcess process;
        process.start(QStringLiteral("psql"),
                      {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                       QStringLiteral("-q"), QStringLiteral("-c"), command, m_uri});
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            qWarning("psql: %s", process.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_uri;
    QString m_local;
    QString m_warehouse;
    QString m_plain; ///< connected without a customers table
    std::unique_ptr<PgConnection> m_connection;
};

QTEST_GUILESS_MAIN(TestWarehouse)
#include "tst_warehouse.moc"
