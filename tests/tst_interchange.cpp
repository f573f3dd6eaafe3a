// XES and JSON Lines into a project and XES out again: the public logs give the same counts
// as their CSV twins, and a round trip keeps counts, order and attributes.

#include "core/ingest/projectexport.h"
#include "core/store/projectsummary.h"
#include "tests/importtesthelpers.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

/// Each person's activities in time order, and every attribute of every event, as text:
/// what a round trip must keep. Keys differ between projects (pseudonyms), so traces are
/// compared by their content, sorted.
QStringList traces(const Project& project)
{
    QMap<qint64, QStringList> byPerson;
    Statement select = project.database().prepare(
        "SELECT coalesce(c.merged_into, c.id), t.name, e.ts, e.attrs FROM events e "
        "JOIN customers c ON c.id = e.customer_id JOIN touchpoints t ON t.id = e.touchpoint_id "
        "ORDER BY 1, e.ts, e.id");
    while (select.step()) {
        // Attributes compared as JSON values, whatever their order in the text.
        const QJsonObject attributes =
            QJsonDocument::fromJson(select.columnText(3).toUtf8()).object();
        byPerson[select.columnInt(0)].append(
            select.columnText(1) + QLatin1Char('@') + QString::number(select.columnInt(2)) +
            QLatin1Char(' ') +
            QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact)));
    }
    QStringList result;
    for (const QStringList& steps : std::as_const(byPerson))
        result.append(steps.join(QStringLiteral(" > ")));
    result.sort();
    return result;
}

} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publicLogsMatchTheirCsvTwins_data()
    {
        QTest::addColumn<QString>("xes");
        QTest::addColumn<QString>("csv");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("cases");
        QTest::addColumn<int>("activities");
        QTest::newRow("receipt") << "eventlogs/receipt.xes.gz"
                                 << "eventlogs/receipt.csv" << 8577 << 1434 << 27;
        QTest::newRow("running example") << "eventlogs/running-example.xes"
                                         << "eventlogs/running-example.csv" << 42 << 6 << 8;
        QTest::newRow("road traffic") << "eventlogs/roadtraffic100traces.xes"
                                      << "eventlogs/roadtraffic100traces.csv" << 390 << 100 << 10;
        QTest::newRow("helpdesk") << "eventlogs/helpdesk.xes.gz" << QString() << 21348 << 4580
                                  << 14;
    }

    void publicLogsMatchTheirCsvTwins()
    {
        QFETCH(QString, xes);
        QFETCH(QString, csv);
        QFETCH(int, events);
        QFETCH(int, cases);
        QFETCH(int, activities);
        const QString xesFile = sharedDataFile(xes);
        if (xesFile.isEmpty())
            QSKIP(qPrintable(xes + QStringLiteral(" from the shared datasets is not available")));
        ImportFixture fromXes;
        fromXes.import({xesFile});
        auto project = fromXes.open();
        const ProjectSummary summary = ProjectSummary::read(project->database());
        QCOMPARE(summary.events, qint64(events));
        QCOMPARE(summary.customers, qint64(cases));
        QCOMPARE(summary.touchpoints, qint64(activities));
        if (csv.isEmpty())
            return;
        ImportFixture fromCsv;
        ImportOptions options;
        // pm4py's CSVs name the case and activity as in XES.
        options.overrides.columns = {
            {QStringLiteral("case:concept:name"), ColumnRole::Customer, QStringLiteral("test")},
            {QStringLiteral("concept:name"), ColumnRole::Event, QStringLiteral("test")}};
        fromCsv.import({sharedDataFile(csv)}, options);
        auto twin = fromCsv.open();
        const ProjectSummary twinSummary = ProjectSummary::read(twin->database());
        QCOMPARE(twinSummary.events, summary.events);
        QCOMPARE(twinSummary.customers, summary.customers);
        QCOMPARE(twinSummary.touchpoints, summary.touchpoints);
        QCOMPARE(*twinSummary.firstMs, *summary.firstMs);
        QCOMPARE(*twinSummary.lastMs, *summary.lastMs);
    }

    void xesRoundTripKeepsCountsOrderAndAttributes()
    {
        const QString xesFile =
            sharedDataFile(QStringLiteral("eventlogs/roadtraffic100traces.xes"));
        if (xesFile.isEmpty())
            QSKIP("eventlogs/roadtraffic100traces.xes from the shared datasets is not available");
        ImportFixture first;
        first.import({xesFile});
        const QString exported = first.path(QStringLiteral("export.xes"));
        ExportSummary written;
        {
            auto project = first.open();
            QFile out(exported);
            QVERIFY(out.open(QIODevice::WriteOnly));
            written = exportXes(project->database(), out);
        }
        QCOMPARE(written.traces, 100);
        QCOMPARE(written.events, 390);

        ImportFixture second;
        const ImportReport report = second.import({exported});
        QCOMPARE(report.events(), 390);
        auto a = first.open();
        auto b = second.open();
        QCOMPARE(ProjectSummary::read(b->database()).customers, 100);
        // Same activities in the same order with the same typed attributes in every trace
        // (the exported file adds channel/device/session only where there were some).
        QCOMPARE(traces(*b), traces(*a));
        // Typed attributes came back typed: payments are real numbers, not strings; the fine
        // amount is the events' value.
        const char* realPayments =
            "SELECT count(*) FROM events WHERE json_type(attrs, '$.totalPaymentAmount') = 'real'";
        QVERIFY(count(*a, realPayments) > 0);
        QCOMPARE(count(*b, realPayments), count(*a, realPayments));
        QCOMPARE(column(*b, "SELECT sum(value), count(value) FROM events"),
                 column(*a, "SELECT sum(value), count(value) FROM events"));
    }

    void segmentJsonLinesLinkIdentities()
    {
        ImportFixture fixture;
        const QString file = fixture.write(
            QStringLiteral("segment.jsonl"),
            R"({"type":"page","anonymousId":"anon-1","name":"Home","timestamp":"2025-01-01T10:00:00Z","context":{"ip":"192.0.2.1"}})"
            "\n"
            R"({"type":"track","anonymousId":"anon-1","event":"Product Viewed","timestamp":"2025-01-01T10:01:00Z","properties":{"revenue":0,"sku":"A1"}})"
            "\n"
            R"({"type":"identify","anonymousId":"anon-1","userId":"user-42","traits":{"email":"ann@example.com"},"timestamp":"2025-01-01T10:02:00Z"})"
            "\n"
            R"({"type":"track","anonymousId":"anon-2","userId":"user-42","event":"Order Completed","timestamp":"2025-01-02T09:00:00Z","properties":{"revenue":49.5}})"
            "\n"
            R"({"type":"track","anonymousId":"anon-3","event":"Product Viewed","timestamp":"2025-01-03T09:00:00Z"})"
            "\n");
        const ImportReport report = fixture.import({file}, {}, true);
        QCOMPARE(report.rows(), 5);
        QCOMPARE(report.events(), 4); // identify is no event
        auto project = fixture.open();
        QCOMPARE(column(*project, "SELECT name FROM touchpoints ORDER BY id"),
                 (QStringList{QStringLiteral("Page: Home"), QStringLiteral("Product Viewed"),
                              QStringLiteral("Order Completed")}));
        // anon-1 and anon-2 share userId user-42: one person; anon-3 is another.
        const ProjectSummary summary = ProjectSummary::read(project->database());
        QCOMPARE(summary.customers, 2);
        QCOMPARE(count(*project, "SELECT sum(value) FROM events"), 49);
        QCOMPARE(count(*project, "SELECT count(*) FROM identities WHERE kind = 'email'"), 1);
    }

    void ga4JsonLines()
    {
        ImportFixture fixture;
        const QString file = fixture.write(
            QStringLiteral("ga4.jsonl"),
            R"({"event_date":"20250101","event_timestamp":"1735725600000000","event_name":"page_view","user_pseudo_id":"111.222","event_params":[{"key":"page_location","value":{"string_value":"https://shop.example/"}},{"key":"ga_session_id","value":{"int_value":"1735725600"}}],"device":{"category":"mobile"}})"
            "\n"
            R"({"event_date":"20250101","event_timestamp":"1735725660000000","event_name":"purchase","user_pseudo_id":"111.222","user_id":"U9","event_params":[{"key":"value","value":{"double_value":25.5}},{"key":"ga_session_id","value":{"int_value":"1735725600"}}],"device":{"category":"mobile"}})"
            "\n");
        fixture.import({file}, {}, true);
        auto project = fixture.open();
        QCOMPARE(count(*project, "SELECT count(*) FROM events"), 2);
        QCOMPARE(count(*project, "SELECT min(ts) FROM events"), 1735725600000LL);
        QCOMPARE(column(*project, "SELECT key FROM customers"),
                 QStringList{QStringLiteral("111.222")});
        QCOMPARE(column(*project, "SELECT name FROM devices"),
                 QStringList{QStringLiteral("mobile")});
        QCOMPARE(count(*project, "SELECT count(*) FROM sessions"), 1);
        QCOMPARE(column(*project,
                        "SELECT json_extract(attrs, '$.\"event_params.page_location\"') FROM "
                        "events WHERE id = 1"),
                 QStringList{QStringLiteral("https://shop.example/")});
    }
};

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
