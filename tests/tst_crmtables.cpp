// CRM exports: customer tables (attributes, booleans, blanks), activity tables whose dates
// are events, transaction tables in whitespace-separated layouts, and the CRM datasets.

#include "core/ingest/importer.h"
#include "core/ingest/layout.h"
#include "core/store/projectsummary.h"
#include "tests/importtesthelpers.h"
#include "tests/support/largeinput.h"

#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

class TestCrmTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A customer table far past the readers' limits stops the import with the reader's clear
    // error, before memory grows, and leaves the project as it was.
    void absurdTablesStopTheImport_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("fill"); // repeated count times after the head
        QTest::addColumn<qint64>("times");
        QTest::addColumn<QString>("error"); // %1 is the file

        const qint64 large = qint64(200) << 20;
        QTest::newRow("a quoted field to the end of 200 MiB")
            << QByteArray("customer_id,plan\nC1,\"") << QByteArray("x") << large
            << QStringLiteral(
                   "%1:2:4: the record is longer than 64 MiB; is a closing quote missing?");
        QTest::newRow("a blank-separated line of 200 MiB")
            << QByteArray(" 00001 19970101  1   11.77\n 00002 ") << QByteArray("x") << large
            << QStringLiteral("%1:2:1: the line is longer than 64 MiB");
        QTest::newRow("a header of 70000 columns")
            << QByteArray("customer_id") << QByteArray(",c") << qint64(70000)
            << QStringLiteral("%1:1:131083: expected at most 65536 fields in a record, found more");
    }
    void absurdTablesStopTheImport()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, fill);
        QFETCH(qint64, times);
        QFETCH(QString, error);

        ImportFixture fixture;
        fixture.import({fixture.write(QStringLiteral("first.csv"), churnTable(3))},
                       withFormat(QStringLiteral("table")));
        const QString table = fixture.path(QStringLiteral("customers.csv"));
        QVERIFY(writeLargeFile(table, {{head}, {fill, times}, {QByteArray("\n")}}));
        resetPeakMemory();
        const qint64 before = peakMemoryMiB();
        try {
            fixture.import({table}, withFormat(QStringLiteral("table")));
            QFAIL("imported");
        } catch (const Error& caught) {
            QCOMPARE(caught.toString(), error.arg(table));
        }
        const qint64 growth = peakMemoryMiB() - before;
        QVERIFY2(growth < 192 + SanitizerSlackMiB,
                 qPrintable(QStringLiteral("%1 MiB more at the peak").arg(growth)));
        QCOMPARE(count(*fixture.open(), "SELECT count(*) FROM customers"), 3);
    }

    // The columns' roles are found from the first records, copied: a wide table fills 64 MiB
    // with fewer records than a narrow one (a thousand rows of 20,000 columns would take
    // 700 MiB).
    void wideTableSampleStaysBounded()
    {
        ImportFixture fixture;
        const QString table = fixture.path(QStringLiteral("wide.csv"));
        QByteArray header = "customer_id";
        for (int column = 1; column < 20000; ++column)
            header += ",c" + QByteArray::number(column);
        QVERIFY(writeLargeFile(
            table, {{header + "\n"}, {"C" + QByteArray(",1").repeated(19999) + "\n", 1000}}));
        resetPeakMemory();
        const qint64 before = peakMemoryMiB();
        QStringList notes;
        const ColumnMapping mapping =
            detectLayout(*findImporter(u"table"), table, {}, nullptr, &notes);
        const qint64 growth = peakMemoryMiB() - before;
        QCOMPARE(mapping.header.size(), 20000);
        QVERIFY2(growth < 256 + SanitizerSlackMiB,
                 qPrintable(QStringLiteral("%1 MiB more at the peak").arg(growth)));
    }

    void customerTableBecomesAttributes()
    {
        ImportFixture fixture;
        const QString table = fixture.write(
            QStringLiteral("customers.csv"),
            "customer_id,email,segment,plan,tenure,monthly,total,churn,online_security,senior\n"
            "C1,ann@example.com,SMB,Pro,12,29.5,354,No,Yes,0\n"
            "C2,bob@example.com,Enterprise,Basic,1,70.1,,Yes,No internet service,1\n"
            "C3,,SMB,Pro,40,20,800,no,No,0\n");
        const ImportReport report = fixture.import({table}, withFormat(QStringLiteral("table")));
        QCOMPARE(report.rows(), 3);
        QCOMPARE(report.imported(), 3);
        QCOMPARE(report.events(), 0);
        // A blank number is missing, not 0, and the report says so.
        QVERIFY2(report.files.first()
                     .notes.join(QLatin1Char(' '))
                     .contains(QStringLiteral(
                         "column \"total\": 1 blank values read as missing, not as 0")),
                 qPrintable(report.files.first().notes.join(QLatin1Char('|'))));

        auto project = fixture.open();
        QCOMPARE(count(*project, "SELECT count(*) FROM customers"), 3);
        QCOMPARE(count(*project, "SELECT count(*) FROM events"), 0);
        QCOMPARE(
            column(*project, "SELECT attributes FROM customers ORDER BY id"),
            (QStringList{
                QStringLiteral(R"({"segment":"SMB","plan":"Pro","tenure":12,"monthly":29.5,)"
                               R"("total":354,"churn":false,"online_security":"Yes","senior":0})"),
                QStringLiteral(R"({"segment":"Enterprise","plan":"Basic","tenure":1,)"
                               R"("monthly":70.1,"churn":true,)"
                               R"("online_security":"No internet service","senior":1})"),
                QStringLiteral(
                    R"({"segment":"SMB","plan":"Pro","tenure":40,"monthly":20,)"
                    R"("total":800,"churn":false,"online_security":"No","senior":0})")}));
        QCOMPARE(count(*project, "SELECT count(*) FROM identities WHERE kind = 'email'"), 2);
    }

    void customerTableWithoutIdColumnKeysRows()
    {
        ImportFixture fixture;
        const QString table =
            fixture.write(QStringLiteral("sessions.csv"), "Month,Weekend,Revenue\nFeb,FALSE,FALSE\n"
                                                          "Mar,TRUE,TRUE\n");
        const ImportReport report = fixture.import({table}, withFormat(QStringLiteral("table")));
        QCOMPARE(report.imported(), 2);
        auto project = fixture.open();
        QCOMPARE(count(*project, "SELECT count(*) FROM customers"), 2);
        QCOMPARE(count(*project, "SELECT count(*) FROM customers WHERE "
                                 "json_extract(attributes, '$.Revenue') = 1"),
                 1);
    }

    void activityTableDatesAreEvents()
    {
        ImportFixture fixture;
        const QString deals = fixture.write(
            QStringLiteral("deals.csv"), "deal_id,contact_id,created_date,closed_won_date,amount\n"
                                         "D1,C1,2025-01-10,2025-02-01,1000\n"
                                         "D2,C2,2025-01-12,,500\n"
                                         "D3,C1,2025-03-01,2025-03-20,250.5\n");
        ImportOptions options;
        options.overrides.columns = {
            {QStringLiteral("contact_id"), ColumnRole::Customer, QStringLiteral("--customer")}};
        const ImportReport report = fixture.import({deals}, options);
        QCOMPARE(report.rows(), 3);
        QCOMPARE(report.imported(), 3);
        QCOMPARE(report.events(), 5);
        const ColumnMapping& mapping = report.files.first().mapping;
        QCOMPARE(mapping.eventNames[mapping.findColumn(u"created_date")],
                 QStringLiteral("Deal created"));
        QCOMPARE(mapping.eventNames[mapping.findColumn(u"closed_won_date")],
                 QStringLiteral("Deal closed won"));

        auto project = fixture.open();
        QCOMPARE(
            column(*project, "SELECT t.name || ' ' || ifnull(e.value, '-') FROM events e JOIN "
                             "touchpoints t ON t.id = e.touchpoint_id ORDER BY e.id"),
            (QStringList{QStringLiteral("Deal created 1000.0"), QStringLiteral("Deal closed won -"),
                         QStringLiteral("Deal created 500.0"), QStringLiteral("Deal created 250.5"),
                         QStringLiteral("Deal closed won -")}));
        QCOMPARE(count(*project, "SELECT count(*) FROM customers"), 2);
    }

    void activityEventNamesCanBeGiven()
    {
        ImportFixture fixture;
        const QString tickets = fixture.write(
            QStringLiteral("tickets.csv"), "customer,opened,resolved\nC1,2025-01-01,2025-01-03\n");
        ImportOptions options;
        options.overrides.eventNames = {
            {QStringLiteral("opened"), QStringLiteral("Case opened")},
            {QStringLiteral("resolved"), QStringLiteral("Case solved")}};
        fixture.import({tickets}, options);
        auto project = fixture.open();
        QCOMPARE(column(*project, "SELECT name FROM touchpoints ORDER BY id"),
                 (QStringList{QStringLiteral("Case opened"), QStringLiteral("Case solved")}));
    }

    void cdnowMaster()
    {
        const QString file = sharedDataFile(QStringLiteral("crm/CDNOW_master.txt"));
        if (file.isEmpty())
            QSKIP("crm/CDNOW_master.txt from the shared datasets is not available");
        ImportFixture fixture;
        const ImportReport report = fixture.import({file});
        const ColumnMapping& mapping = report.files.first().mapping;
        QCOMPARE(mapping.delimiter, ' ');
        QCOMPARE(mapping.timeFormat.kind(), TimestampFormat::Kind::YearMonthDayCompact);
        QCOMPARE(report.skipped(), 0);
        auto project = fixture.open();
        const ProjectSummary summary = ProjectSummary::read(project->database());
        QCOMPARE(summary.events, 69659);
        QCOMPARE(summary.customers, 23570);
        QCOMPARE(column(*project, "SELECT name FROM touchpoints"),
                 QStringList{QStringLiteral("Purchase")});
        // The published total, summed in integer cents so that no rounding can hide a loss.
        QCOMPARE(count(*project, "SELECT sum(CAST(round(value * 100) AS INTEGER)) FROM events"),
                 250031563);
        QCOMPARE(column(*project, "SELECT min(ts), max(ts) FROM events").size(), 1);
        QCOMPARE(count(*project, "SELECT min(ts) FROM events"),
                 QDateTime(QDate(1997, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(count(*project, "SELECT max(ts) FROM events"),
                 QDateTime(QDate(1998, 6, 30), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    void cdnowSampleWithoutHeader()
    {
        const QString file = sharedDataFile(QStringLiteral("crm/CDNOW_sample.txt"));
        if (file.isEmpty())
            QSKIP("crm/CDNOW_sample.txt from the shared datasets is not available");
        ImportFixture fixture;
        const ImportReport report = fixture.import({file});
        QVERIFY(report.files.first()
                    .notes.join(QLatin1Char(' '))
                    .contains(QStringLiteral("no header")));
        auto project = fixture.open();
        const ProjectSummary summary = ProjectSummary::read(project->database());
        QCOMPARE(summary.events, 6919);
        QCOMPARE(summary.customers, 2357);
    }

    void onlineShoppersAsCustomerTable()
    {
        const QString file = sharedDataFile(QStringLiteral("online_shoppers_intention.csv"));
        if (file.isEmpty())
            QSKIP("online_shoppers_intention.csv from the shared datasets is not available");
        ImportFixture fixture;
        const ImportReport report = fixture.import({file}, withFormat(QStringLiteral("table")));
        QCOMPARE(report.rows(), 12330);
        QCOMPARE(report.imported(), 12330);
        auto project = fixture.open();
        QCOMPARE(count(*project, "SELECT count(*) FROM customers"), 12330);
        // The published class balance: 1,908 sessions with Revenue = TRUE.
        QCOMPARE(count(*project, "SELECT count(*) FROM customers WHERE "
                                 "json_extract(attributes, '$.Revenue') = 1"),
                 1908);
        QCOMPARE(count(*project, "SELECT count(*) FROM customers WHERE "
                                 "json_extract(attributes, '$.Month') = 'June'"),
                 288);
    }
};

QTEST_GUILESS_MAIN(TestCrmTables)
#include "tst_crmtables.moc"
