// Importing CSV files into a project: counts, sessions, dialects, bad input with its place
// and an unchanged project, pseudonymisation, duplicates, cancellation and real logs.

#include "core/base/feedback.h"
#include "core/ingest/importjob.h"
#include "core/store/project.h"
#include "core/store/projectsummary.h"
#include "tests/support/testsupport.h"

#include <algorithm>
#include <map>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

constexpr qint64 Jan1 = 1735689600000; // 2025-01-01T00:00:00Z
constexpr qint64 Minute = 60000;

QString errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.toString();
    }
    return {};
}

qint64 count(Project& project, const char* sql)
{
    return project.database().queryInt(sql).value_or(-1);
}

/// One column of a query, as text, in row order.
QStringList column(Project& project, std::string_view sql)
{
    QStringList values;
    Statement statement = project.database().prepare(sql);
    while (statement.step())
        values.append(statement.isNull(0) ? QStringLiteral("NULL") : statement.columnText(0));
    return values;
}

/// Cancels the job the first time it reports progress.
class CancelAtFirstProgress : public Feedback
{
protected:
    void progressChanged(double, qint64) override { cancel(); }
};

/// Sessions of a CSV computed the plain way: sort each customer's times, cut at gaps > 30m.
int sessionsByHand(const QList<QPair<QString, qint64>>& customerTimes, qint64 gapMs)
{
    std::map<QString, QList<qint64>> byCustomer;
    for (const auto& [customer, time] : customerTimes)
        byCustomer[customer].append(time);
    int sessions = 0;
    for (auto& [customer, times] : byCustomer) {
        std::sort(times.begin(), times.end());
        ++sessions;
        for (int i = 1; i < times.size(); ++i)
            sessions += times[i] - times[i - 1] > gapMs ? 1 : 0;
    }
    return sessions;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_project = path(QStringLiteral("test.journey"));
    }

    void importsWithKnownCounts()
    {
        // u1: 10:00, 10:30 (gap exactly 30m: same session), 11:00:00.001 (new session);
        // u2: two events a day apart (two sessions); u3: one event.
        const QString csv = write(QStringLiteral("clicks.csv"),
                                  "user_id,timestamp,event,channel,device,value,page\n"
                                  "u1,2025-01-01T10:00:00Z,Home page,web,desktop,,/\n"
                                  "u2,2025-01-01T10:10:00Z,App open,app,mobile,,\n"
                                  "u1,2025-01-01T10:30:00Z,Product page,web,desktop,,/p/1\n"
                                  "u1,2025-01-01T11:00:00.001Z,Checkout,web,desktop,59.90,/c\n"
                                  "u3,2025-01-01T12:00:00+02:00,Store visit,store,,,\n"
                                  "u2,2025-01-02T10:10:00Z,Product page,app,mobile,,\n");
        const ImportReport report = import({csv});
        QCOMPARE(report.rows(), 6);
        QCOMPARE(report.imported(), 6);
        QCOMPARE(report.skipped(), 0);
        QCOMPARE(report.newCustomers(), 3);
        QCOMPARE(report.files.first().sessions, 5);

        auto project = open();
        const ProjectSummary summary = ProjectSummary::read(project->database());
        QCOMPARE(summary.events, 6);
        QCOMPARE(summary.customers, 3);
        QCOMPARE(summary.sessions, 5);
        QCOMPARE(summary.touchpoints, 5);
        QCOMPARE(summary.channels, 3);
        QCOMPARE(*summary.firstMs, Jan1 + 10 * 60 * Minute);
        QCOMPARE(*summary.lastMs, Jan1 + 24 * 60 * Minute + 610 * Minute);

        // "+02:00" is converted to UTC.
        QCOMPARE(column(*project, "SELECT ts FROM events WHERE touchpoint_id = (SELECT id FROM "
                                  "touchpoints WHERE name = 'Store visit')"),
                 QStringList{QString::number(Jan1 + 10 * 60 * Minute)});
        QCOMPARE(
            column(*project, "SELECT value FROM events ORDER BY id"),
            (QStringList{QStringLiteral("NULL"), QStringLiteral("NULL"), QStringLiteral("NULL"),
                         QStringLiteral("59.9"), QStringLiteral("NULL"), QStringLiteral("NULL")}));
        QCOMPARE(
            column(*project, "SELECT attrs FROM events ORDER BY id"),
            (QStringList{QStringLiteral(R"({"page":"/"})"), QStringLiteral("NULL"),
                         QStringLiteral(R"({"page":"/p/1"})"), QStringLiteral(R"({"page":"/c"})"),
                         QStringLiteral("NULL"), QStringLiteral("NULL")}));
        QCOMPARE(column(*project, "SELECT d.name FROM events e LEFT JOIN devices d ON "
                                  "d.id = e.device_id ORDER BY e.id"),
                 (QStringList{QStringLiteral("desktop"), QStringLiteral("mobile"),
                              QStringLiteral("desktop"), QStringLiteral("desktop"),
                              QStringLiteral("NULL"), QStringLiteral("mobile")}));
        // u1's sessions: [10:00, 10:30] with 2 events, then [11:00:00.001] with 1.
        QCOMPARE(column(*project,
                        "SELECT s.start_ts || '-' || s.end_ts || ':' || s.events FROM sessions s "
                        "WHERE s.customer_id = (SELECT customer_id FROM events WHERE id = 1) "
                        "ORDER BY s.start_ts"),
                 (QStringList{
                     QStringLiteral("%1-%2:2").arg(Jan1 + 600 * Minute).arg(Jan1 + 630 * Minute),
                     QStringLiteral("%1-%1:1").arg(Jan1 + 660 * Minute + 1)}));
        // Every event's session belongs to the event's customer and spans its time.
        QCOMPARE(count(*project, "SELECT count(*) FROM events e JOIN sessions s ON s.id = "
                                 "e.session_id WHERE s.customer_id = e.customer_id AND e.ts "
                                 "BETWEEN s.start_ts AND s.end_ts"),
                 6);
        QCOMPARE(column(*project, "PRAGMA foreign_key_check"), QStringList());
        QCOMPARE(column(*project, "SELECT rows || '/' || imported || '/' || skipped FROM sources"),
                 QStringList{QStringLiteral("6/6/0")});
    }

    void sessionGapIsAnOption()
    {
        const QString csv = write(QStringLiteral("gap.csv"), "customer,time,event\n"
                                                             "a,2025-01-01 10:00:00,x\n"
                                                             "a,2025-01-01 10:06:00,x\n"
                                                             "a,2025-01-01 10:11:00,x\n");
        ImportOptions options;
        options.sessionGapMs = 5 * Minute; // 6 minutes starts a session, 5 does not
        import({csv}, options);
        auto project = open();
        QCOMPARE(count(*project, "SELECT count(*) FROM sessions"), 2);
    }

    void dialects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray comma = "customer,time,event,value\n"
                                 "a,2025-01-01T10:00:00Z,Home,1.5\n"
                                 "b,2025-01-01T10:01:00Z,\"Cart, big\",\n"
                                 "a,2025-01-01T10:02:00Z,\"Said \"\"hi\"\"\",2\n";
        QTest::newRow("comma, LF") << comma;
        QTest::newRow("CRLF") << QByteArray(comma).replace("\n", "\r\n");
        QTest::newRow("CR") << QByteArray(comma).replace("\n", "\r");
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF") + comma;
        QTest::newRow("no final line end") << comma.chopped(1);
        QTest::newRow("semicolon, decimal comma")
            << QByteArray("customer;time;event;value\n"
                          "a;2025-01-01T10:00:00Z;Home;1,5\n"
                          "b;2025-01-01T10:01:00Z;Cart, big;\n"
                          "a;2025-01-01T10:02:00Z;\"Said \"\"hi\"\"\";2\n");
        QTest::newRow("tab") << QByteArray("customer\ttime\tevent\tvalue\n"
                                           "a\t2025-01-01T10:00:00Z\tHome\t1.5\n"
                                           "b\t2025-01-01T10:01:00Z\tCart, big\t\n"
                                           "a\t2025-01-01T10:02:00Z\tSaid \"hi\"\t2\n");
        QTest::newRow("pipe, quoted everything")
            << QByteArray("\"customer\"|\"time\"|\"event\"|\"value\"\n"
                          "\"a\"|\"2025-01-01T10:00:00Z\"|\"Home\"|\"1.5\"\n"
                          "\"b\"|\"2025-01-01T10:01:00Z\"|\"Cart, big\"|\"\"\n"
                          "\"a\"|\"2025-01-01T10:02:00Z\"|\"Said \"\"hi\"\"\"|\"2\"\n");
    }

    void dialects()
    {
        QFETCH(QByteArray, bytes);
        const QString csv = path(QStringLiteral("dialect.csv"));
        writeFile(csv, bytes);
        import({csv});
        auto project = open();
        QCOMPARE(column(*project, "SELECT t.name || '|' || e.ts || '|' || ifnull(e.value, '-') "
                                  "FROM events e JOIN touchpoints t ON t.id = e.touchpoint_id "
                                  "ORDER BY e.id"),
                 (QStringList{QStringLiteral("Home|%1|1.5").arg(Jan1 + 600 * Minute),
                              QStringLiteral("Cart, big|%1|-").arg(Jan1 + 601 * Minute),
                              QStringLiteral("Said \"hi\"|%1|2.0").arg(Jan1 + 602 * Minute)}));
        QCOMPARE(count(*project, "SELECT count(*) FROM customers"), 2);
    }

    void timeForms_data()
    {
        QTest::addColumn<QByteArray>("times");
        QTest::addColumn<QString>("format");
        // Each file: 2025-03-01 10:22:33.123 UTC, then one minute later.
        QTest::newRow("ISO Z") << QByteArray("2025-03-01T10:22:33.123Z\n2025-03-01T10:23:33.123Z")
                               << QString();
        QTest::newRow("ISO offset") << QByteArray("2025-03-01T11:22:33.123+01:00\n"
                                                  "2025-03-01 05:23:33.123-05:00")
                                    << QString();
        QTest::newRow("space, microseconds")
            << QByteArray("2025-03-01 10:22:33.123456\n2025-03-01 10:23:33.123999") << QString();
        QTest::newRow("epoch ms") << QByteArray("1740824553123\n1740824613123") << QString();
        QTest::newRow("epoch us") << QByteArray("1740824553123456\n1740824613123000") << QString();
        QTest::newRow("pattern") << QByteArray("01.03.2025 10:22:33.123\n01.03.2025 10:23:33.123")
                                 << QStringLiteral("%d.%m.%Y %H:%M:%S.%f");
    }

    void timeForms()
    {
        QFETCH(QByteArray, times);
        QFETCH(QString, format);
        QByteArray bytes = "customer,time,event\n";
        for (const QByteArray& time : times.split('\n'))
            bytes += "a," + time + ",x\n";
        const QString csv = path(QStringLiteral("times.csv"));
        writeFile(csv, bytes);
        ImportOptions options;
        if (!format.isEmpty())
            options.overrides.timeFormat = TimestampFormat::fromSpec(format, nullptr);
        import({csv}, options);
        auto project = open();
        const qint64 expected =
            QDateTime(QDate(2025, 3, 1), QTime(10, 22, 33, 123), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(column(*project, "SELECT ts FROM events ORDER BY id"),
                 (QStringList{QString::number(expected), QString::number(expected + Minute)}));
    }

    void dayMonthOrderSettledByTheWholeColumn()
    {
        // The first 1000 rows fit both orders; row 1500 can only be day-first.
        QByteArray bytes = "customer,date,event\n";
        for (int i = 0; i < 2000; ++i)
            bytes += "c" + QByteArray::number(i) + "," + (i == 1500 ? "13/04/2024" : "03/04/2024") +
                     " 10:00,x\n";
        const QString csv = path(QStringLiteral("dates.csv"));
        writeFile(csv, bytes);
        const ImportReport report = import({csv});
        QVERIFY2(report.files.first()
                     .notes.join(QLatin1Char(' '))
                     .contains(QStringLiteral("day/month/year")),
                 qPrintable(report.files.first().notes.join(QLatin1Char(' '))));
        auto project = open();
        QCOMPARE(count(*project, "SELECT min(ts) FROM events"),
                 QDateTime(QDate(2024, 4, 3), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    void ambiguousDayMonthOrderIsReported()
    {
        const QString csv = write(QStringLiteral("dates.csv"), "customer,date,event\n"
                                                               "a,03/04/2024,x\n"
                                                               "b,05/06/2024,x\n");
        QCOMPARE(errorOf([&] { import({csv}); }),
                 csv + QStringLiteral(":1:1: column \"date\": every date fits both day/month and "
                                      "month/day order (for example \"03/04/2024\"); say which "
                                      "with --time-format dmy or --time-format mdy"));
        QVERIFY(!QFile::exists(m_project));

        ImportOptions options;
        options.overrides.timeFormat = TimestampFormat::fromSpec(QStringLiteral("mdy"), nullptr);
        import({csv}, options);
        auto project = open();
        QCOMPARE(count(*project, "SELECT min(ts) FROM events"),
                 QDateTime(QDate(2024, 3, 4), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    void badInputStopsAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // after "<file>:"
        // Good rows first, as in a real export, then the bad one on line 4.
        const QByteArray header = "customer,time,event,value\n"
                                  "a,2025-01-01T10:00:00Z,x,1\n"
                                  "b,2025-01-01T10:00:00Z,y,2\n";
        QTest::newRow("bad time") << header + "b,2025-13-01T10:00:00Z,y,\n"
                                  << "4:3: column \"time\": expected an ISO 8601 time";
        QTest::newRow("empty customer") << header + "  ,2025-01-01T10:00:00Z,y,\n"
                                        << "4:1: column \"customer\": expected a customer id, "
                                           "found an empty field";
        QTest::newRow("empty event") << header + "a,2025-01-01T10:00:00Z,,\n"
                                     << "4:24: column \"event\": expected an event name, found an "
                                        "empty field";
        QTest::newRow("bad value") << header + "a,2025-01-01T10:00:00Z,x,12 EUR\n"
                                   << "4:26: column \"value\": expected a number, found \"12 EUR\"";
        QTest::newRow("field count") << header + "a,2025-01-01T10:00:00Z,x\n"
                                     << "4:1: expected 4 fields as in the header, found 3";
        QTest::newRow("invalid UTF-8") << header + "a,2025-01-01T10:00:00Z,caf\xe9,\n"
                                       << "4:24: column \"event\": expected UTF-8 text, found "
                                          "invalid bytes (save the file as UTF-8)";
        QTest::newRow("unbalanced quote") << header + "b,2025-01-01T10:00:00Z,\"open,\n"
                                          << "4:24: expected a closing quote";
        QTest::newRow("missing customer column")
            << QByteArray("time,event\n2025-01-01T10:00:00Z,x\n")
            << "1:1: no customer id column: expected a column named like customerid, customer, "
               "userid, user, or --customer COLUMN; the columns are \"time\", \"event\"";
        QTest::newRow("empty file") << QByteArray() << " the file is empty: expected a header line";
        QByteArray channels = "customer,time,event,channel\n";
        for (int i = 0; i < 256; ++i)
            channels += "a,2025-01-01T10:00:00Z,x," + QByteArray::number(1000 + i) + '\n';
        QTest::newRow("a 256th channel")
            << channels
            << "257:26: column \"channel\": expected at most 255 different channels in a "
               "project, found one more, \"1255\": map a column with fewer values as the channel";
    }

    void badInputStopsAndChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        // The project already holds one import; the failed one must leave it byte for byte.
        import(
            {write(QStringLiteral("good.csv"), "customer,time,event\nz,2025-01-01T09:00:00Z,y\n")});
        const QByteArray before = readFile(m_project);

        const QString csv = path(QStringLiteral("bad.csv"));
        writeFile(csv, bytes);
        const QString error = errorOf([&] { import({csv}); });
        QVERIFY2(error.startsWith(csv + QLatin1Char(':') + expected), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QCOMPARE(readFile(m_project), before);
        QVERIFY(!QFile::exists(m_project + QStringLiteral("-journal")));
    }

    void unreadableFileStops()
    {
        const QString missing = path(QStringLiteral("nowhere.csv"));
        const QString error = errorOf([&] { import({missing}); });
        QVERIFY2(error.startsWith(missing + QStringLiteral(": ")), qPrintable(error));
    }

    void skipRecordsEachRowAndKeepsTheRest()
    {
        const QString csv = write(QStringLiteral("mixed.csv"), "customer,time,event,value\n"
                                                               "a,2025-01-01T10:00:00Z,x,\n"
                                                               "b,yesterday,x,\n"
                                                               ",2025-01-01T10:00:00Z,x,\n"
                                                               "c,2025-01-01T10:00:00Z,x,ten\n"
                                                               "d,soon,x,\n"
                                                               "e,2025-01-01T10:00:00Z,y,3\n");
        ImportOptions options;
        options.onRowError = OnRowError::Skip;
        const ImportReport report = import({csv}, options);
        QCOMPARE(report.rows(), 6);
        QCOMPARE(report.imported(), 2);
        QCOMPARE(report.skipped(), 4);
        const auto& reasons = report.files.first().skippedByReason;
        QCOMPARE(reasons.size(), 3);
        QCOMPARE(reasons[0].reason, QStringLiteral("bad time"));
        QCOMPARE(reasons[0].count, 2);
        QCOMPARE(reasons[0].first.line, 3);

        auto project = open();
        QCOMPARE(column(*project, "SELECT line || ':' || col || ' ' || field FROM import_issues "
                                  "ORDER BY id"),
                 (QStringList{QStringLiteral("3:3 time"), QStringLiteral("4:1 customer"),
                              QStringLiteral("5:26 value"), QStringLiteral("6:3 time")}));
        // Skipped rows leave no trace: only a and e became customers.
        QCOMPARE(count(*project, "SELECT count(*) FROM customers"), 2);
        QCOMPARE(count(*project, "SELECT count(*) FROM sessions"), 2);
        const QJsonObject stored =
            QJsonDocument::fromJson(column(*project, "SELECT report FROM sources").first().toUtf8())
                .object();
        QCOMPARE(stored.value(QStringLiteral("skipped")).toInt(), 4);
    }

    void allFilesOrNone()
    {
        const QString good =
            write(QStringLiteral("good.csv"), "customer,time,event\na,2025-01-01T10:00:00Z,x\n");
        const QString bad = write(QStringLiteral("bad.csv"), "customer,time,event\nb,never,x\n");
        Project::create(m_project, {});
        const QByteArray before = readFile(m_project);
        QVERIFY(!errorOf([&] { import({good, bad}); }).isEmpty());
        QCOMPARE(readFile(m_project), before);
    }

    void duplicatesAreRefusedUnlessForced()
    {
        const QByteArray bytes = "customer,time,event\na,2025-01-01T10:00:00Z,x\n";
        const QString first = write(QStringLiteral("first.csv"), bytes);
        const QString renamed = write(QStringLiteral("renamed.csv"), bytes);
        import({first});
        const QByteArray before = readFile(m_project);
        const QString error = errorOf([&] { import({renamed}); });
        QVERIFY2(error.startsWith(renamed + QStringLiteral(": the same data was already imported "
                                                           "from first.csv on ")),
                 qPrintable(error));
        QVERIFY(error.endsWith(QStringLiteral("; use --force to import it again")));
        QCOMPARE(readFile(m_project), before);
        // Twice in one command is the same mistake.
        QVERIFY(!errorOf([&] {
                     import(
                         {write(QStringLiteral("other.csv"), bytes + "b,2025-01-01T10:00:00Z,x\n"),
                          path(QStringLiteral("other.csv"))});
                 }).isEmpty());

        ImportOptions force;
        force.force = true;
        import({renamed}, force);
        auto project = open();
        QCOMPARE(count(*project, "SELECT count(*) FROM events"), 2);
        QCOMPARE(count(*project, "SELECT count(*) FROM sources"), 2);
        QCOMPARE(count(*project, "SELECT count(*) FROM customers"), 1); // the same customer
    }

    void pseudonymisesKeysAndPersonalData()
    {
        const QString csv = write(QStringLiteral("pii.csv"),
                                  "customer_id,timestamp,event,email,phone,ip_address,name\n"
                                  "CUST-7781,2025-01-01T10:00:00Z,Sign up,ann.smith@example.com,"
                                  "+49 30 1234567,192.0.2.55,Ann Smith\n"
                                  "CUST-7781,2025-01-01T10:01:00Z,Checkout,ANN.SMITH@example.com,,"
                                  "192.0.2.55,\n");
        import({csv});
        QByteArray bytes = readFile(m_project);
        for (const char* raw : {"CUST-7781", "ann.smith", "ANN.SMITH", "1234567", "192.0.2.55",
                                "Ann Smith", "Smith"}) {
            QVERIFY2(!bytes.contains(raw), raw);
        }
        QVERIFY(!QFile::exists(m_project + QStringLiteral("-journal")));
        auto project = open();
        // Both spellings of the email are one identity; phone and name are identities too.
        QCOMPARE(column(*project, "SELECT kind FROM identities ORDER BY kind"),
                 (QStringList{QStringLiteral("email"), QStringLiteral("name"),
                              QStringLiteral("phone")}));
        const QByteArray key = project->pseudonymKey();
        const QByteArray expectedEmail =
            QMessageAuthenticationCode::hash("ann.smith@example.com", key,
                                             QCryptographicHash::Sha256)
                .left(16)
                .toHex();
        QCOMPARE(column(*project, "SELECT value FROM identities WHERE kind = 'email'"),
                 QStringList{QString::fromLatin1(expectedEmail)});
        QCOMPARE(column(*project, "SELECT key FROM customers"),
                 QStringList{QString::fromLatin1(
                     QMessageAuthenticationCode::hash("CUST-7781", key, QCryptographicHash::Sha256)
                         .left(16)
                         .toHex())});
        const QString attributes =
            column(*project, "SELECT attrs FROM events WHERE id = 1").first();
        QVERIFY2(attributes.startsWith(QStringLiteral("{\"ip_address\":\"")),
                 qPrintable(attributes));
    }

    void keepsPersonalDataWhenAsked()
    {
        const QString csv = write(QStringLiteral("pii.csv"),
                                  "customer_id,timestamp,event,email\n"
                                  "CUST-7781,2025-01-01T10:00:00Z,Sign up,ann.smith@example.com\n");
        Project::create(m_project, ProjectOptions{false});
        import({csv});
        const QByteArray bytes = readFile(m_project);
        QVERIFY(bytes.contains("CUST-7781"));
        QVERIFY(bytes.contains("ann.smith@example.com"));
    }

    void mappingOverridesAndAttributes()
    {
        const QString csv = write(QStringLiteral("odd.csv"), "who,when,what,notes,junk\n"
                                                             "a,1735725600,Visit,hello,zzz\n"
                                                             "a,1735725660,Buy,,zzz\n");
        ImportOptions options;
        options.overrides.columns = {
            {QStringLiteral("who"), ColumnRole::Customer, QStringLiteral("--customer")},
            {QStringLiteral("#3"), ColumnRole::Event, QStringLiteral("--event")},
            {QStringLiteral("junk"), ColumnRole::Ignore, QStringLiteral("--role")}};
        const ImportReport report = import({csv}, options);
        QCOMPARE(report.files.first().mapping.timeFormat.kind(),
                 TimestampFormat::Kind::EpochSeconds);
        auto project = open();
        QCOMPARE(column(*project, "SELECT ifnull(attrs, 'NULL') FROM events ORDER BY id"),
                 (QStringList{QStringLiteral(R"({"notes":"hello"})"), QStringLiteral("NULL")}));
        QCOMPARE(count(*project, "SELECT min(ts) FROM events"), Jan1 + 600 * Minute);
    }

    void laterImportsShareDictionariesAndCustomers()
    {
        import({write(QStringLiteral("web.csv"), "customer,time,event,channel,email\n"
                                                 "a,2025-01-01T10:00:00Z,Home,web,a@example.com\n"
                                                 "b,2025-01-01T10:00:00Z,Home,web,\n")});
        import(
            {write(QStringLiteral("app.csv"), "user_id,ts,event_name,channel,email\n"
                                              "a,2025-01-02T10:00:00Z,Home,app,A@example.com\n"
                                              "c,2025-01-02T10:00:00Z,Cart,app,c@example.com\n")});
        auto project = open();
        QCOMPARE(count(*project, "SELECT count(*) FROM customers"), 3);
        QCOMPARE(count(*project, "SELECT count(*) FROM touchpoints"), 2);
        QCOMPARE(count(*project, "SELECT count(*) FROM channels"), 2);
        QCOMPARE(count(*project, "SELECT count(DISTINCT customer_id) FROM events WHERE "
                                 "touchpoint_id = (SELECT id FROM touchpoints WHERE name='Home')"),
                 2);
        QCOMPARE(count(*project, "SELECT count(*) FROM sessions"), 4);
        // a's email, seen in both files, is one identity; keys stay unique.
        QCOMPARE(count(*project, "SELECT count(*) FROM identities"), 2);
        QCOMPARE(count(*project, "SELECT count(*) FROM (SELECT 1 FROM customers GROUP BY key "
                                 "HAVING count(*) > 1)"),
                 0);
        QCOMPARE(count(*project, "SELECT count(*) FROM (SELECT 1 FROM identities GROUP BY kind, "
                                 "value, customer_id HAVING count(*) > 1)"),
                 0);
    }

    void sessionColumnGroupsEventsInAnyOrder()
    {
        const QString csv = write(QStringLiteral("keyed.csv"), "customer,time,event,session_id\n"
                                                               "a,2025-01-01T10:00:00Z,x,s1\n"
                                                               "a,2025-01-01T14:00:00Z,x,s1\n"
                                                               "a,2025-01-01T11:00:00Z,x,s2\n"
                                                               "b,2025-01-01T09:00:00Z,x,s1\n"
                                                               "a,2025-01-01T08:00:00Z,x,s1\n");
        import({csv});
        auto project = open();
        QCOMPARE(column(*project,
                        "SELECT key || ':' || events || ':' || ((end_ts - start_ts) / 3600000) "
                        "FROM sessions ORDER BY customer_id, key"),
                 (QStringList{QStringLiteral("s1:3:6"), QStringLiteral("s2:1:0"),
                              QStringLiteral("s1:1:0")}));
    }

    void rowsOutOfOrderGetTheSameSessions()
    {
        // The same events sorted and shuffled give the same sessions.
        QByteArray header = "customer,time,event\n";
        QList<QByteArray> rows;
        QRandomGenerator random(7);
        for (int customer = 0; customer < 300; ++customer) {
            qint64 time = Jan1 + random.bounded(100000) * Minute;
            for (int i = 0; i < 8; ++i) {
                time +=
                    random.bounded(2) ? random.bounded(25) * Minute : random.bounded(300) * Minute;
                rows.append(
                    "c" + QByteArray::number(customer) + "," +
                    QDateTime::fromMSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODate).toLatin1() +
                    ",e" + QByteArray::number(i) + "\n");
            }
        }
        const QString sorted = write(QStringLiteral("sorted.csv"), header + rows.join());
        std::shuffle(rows.begin(), rows.end(), std::mt19937(3));
        const QString shuffled = write(QStringLiteral("shuffled.csv"), header + rows.join());

        const auto sessionsOf = [&](const QString& csv) {
            const QString projectPath =
                path(QFileInfo(csv).baseName() + QStringLiteral(".journey"));
            auto project = Project::create(projectPath, ProjectOptions{false});
            const ImportReport report = importFiles(*project, {csv}, {});
            QStringList sessions =
                column(*project, "SELECT c.key || ' ' || s.start_ts || ' ' || s.end_ts || "
                                 "' ' || s.events FROM sessions s JOIN customers c ON "
                                 "c.id = s.customer_id");
            // Each event lies in a session of its own customer that spans it.
            const qint64 consistent =
                count(*project, "SELECT count(*) FROM events e JOIN sessions s ON "
                                "s.id = e.session_id WHERE s.customer_id = "
                                "e.customer_id AND e.ts BETWEEN s.start_ts AND s.end_ts");
            sessions.sort();
            return std::make_pair(sessions, consistent);
        };
        const auto [expected, expectedConsistent] = sessionsOf(sorted);
        const auto [actual, actualConsistent] = sessionsOf(shuffled);
        QCOMPARE(expectedConsistent, 2400);
        QCOMPARE(actualConsistent, 2400);
        QCOMPARE(actual, expected);

        QList<QPair<QString, qint64>> byHand;
        for (const QByteArray& row : rows) {
            const QList<QByteArray> fields = row.trimmed().split(',');
            byHand.append({QString::fromLatin1(fields[0]),
                           QDateTime::fromString(QString::fromLatin1(fields[1]), Qt::ISODate)
                               .toMSecsSinceEpoch()});
        }
        QCOMPARE(expected.size(), sessionsByHand(byHand, 30 * Minute));
    }

    void cancelLeavesTheProjectAsItWas()
    {
        QByteArray bytes = "customer,time,event\n";
        for (int i = 0; i < 60000; ++i)
            bytes += "c" + QByteArray::number(i % 977) + ",2025-01-01T10:00:00Z,x" +
                     QByteArray::number(i % 7) + "\n";
        const QString csv = write(QStringLiteral("big.csv"), bytes);
        import({write(QStringLiteral("small.csv"),
                      "customer,time,event\nz,2025-01-01T09:00:00Z,y\n")});
        const QByteArray before = readFile(m_project);

        auto project = open(Project::Access::ReadWrite);
        CancelAtFirstProgress feedback;
        bool canceled = false;
        try {
            importFiles(*project, {csv}, {}, &feedback);
        } catch (const Canceled&) {
            canceled = true;
        }
        QVERIFY(canceled);
        project.reset();
        QCOMPARE(readFile(m_project), before);
    }

    void generatedSampleMatchesAPlainCount()
    {
        const QString sample =
            sourceFile(QStringLiteral("resources/sample/clickstream-sample.csv"));
        if (!QFile::exists(sample))
            QSKIP("the bundled sample is missing");
        const ImportReport report = import({sample});

        // Count the CSV the plain way (it has no quoted fields) and compare.
        QFile file(sample);
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        QSet<QByteArray> customers, touchpoints, channels, emails;
        QList<QPair<QString, qint64>> customerTimes;
        double value = 0;
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().trimmed().split(',');
            QCOMPARE(fields.size(), 8);
            customers.insert(fields[0]);
            touchpoints.insert(fields[2]);
            channels.insert(fields[3]);
            value += fields[5].isEmpty() ? 0 : fields[5].toDouble();
            if (!fields[6].isEmpty())
                emails.insert(fields[0] + ' ' + fields[6].toLower());
            customerTimes.append(
                {QString::fromLatin1(fields[0]),
                 QDateTime::fromString(QString::fromLatin1(fields[1]), Qt::ISODateWithMs)
                     .toMSecsSinceEpoch()});
        }
        auto project = open();
        const ProjectSummary summary = ProjectSummary::read(project->database());
        QCOMPARE(summary.events, qint64(customerTimes.size()));
        QCOMPARE(report.skipped(), 0);
        QCOMPARE(summary.customers, qint64(customers.size()));
        QCOMPARE(summary.touchpoints, qint64(touchpoints.size()));
        QCOMPARE(summary.channels, qint64(channels.size()));
        QCOMPARE(summary.sessions, qint64(sessionsByHand(customerTimes, 30 * Minute)));
        QCOMPARE(count(*project, "SELECT count(*) FROM identities WHERE kind = 'email'"),
                 qint64(emails.size()));
        Statement total = project->database().prepare("SELECT sum(value) FROM events");
        total.step();
        QVERIFY(qAbs(total.columnDouble(0) - value) < 0.005);
    }

    void helpdeskLog()
    {
        const QString csv = sharedDataFile(QStringLiteral("eventlogs/helpdesk_tax2017.csv"));
        if (csv.isEmpty())
            QSKIP("eventlogs/helpdesk_tax2017.csv from the shared datasets is not available");
        import({csv});
        auto project = open();
        const ProjectSummary summary = ProjectSummary::read(project->database());
        QCOMPARE(summary.events, 13710);
        QCOMPARE(summary.customers, 3804);
        QCOMPARE(summary.touchpoints, 9);
        QCOMPARE(summary.channels, 0);

        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        QList<QPair<QString, qint64>> customerTimes;
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().trimmed().split(',');
            customerTimes.append({QString::fromLatin1(fields[0]),
                                  QDateTime::fromString(QString::fromLatin1(fields[2]),
                                                        QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                      .toUTC()
                                      .toMSecsSinceEpoch()});
        }
        QCOMPARE(summary.sessions, qint64(sessionsByHand(customerTimes, 30 * Minute)));
    }

    void receiptLog()
    {
        const QString csv = sharedDataFile(QStringLiteral("eventlogs/receipt.csv"));
        if (csv.isEmpty())
            QSKIP("eventlogs/receipt.csv from the shared datasets is not available");
        const ImportReport report = import({csv});
        const ColumnMapping& mapping = report.files.first().mapping;
        QCOMPARE(mapping.header[mapping.column(ColumnRole::Customer)],
                 QStringLiteral("case:concept:name"));
        QCOMPARE(mapping.header[mapping.column(ColumnRole::Event)], QStringLiteral("concept:name"));
        QCOMPARE(mapping.header[mapping.column(ColumnRole::Time)],
                 QStringLiteral("time:timestamp"));
        auto project = open();
        const ProjectSummary summary = ProjectSummary::read(project->database());
        QCOMPARE(summary.events, 8577);
        QCOMPARE(summary.customers, 1434);
        QCOMPARE(summary.touchpoints, 27);
        // The first row's time, "2011-10-11 13:45:40.276000+02:00", in UTC.
        QCOMPARE(
            count(*project, "SELECT ts FROM events WHERE id = 1"),
            QDateTime(QDate(2011, 10, 11), QTime(11, 45, 40, 276), Qt::UTC).toMSecsSinceEpoch());
        // Unmapped columns are attributes.
        QVERIFY(column(*project, "SELECT attrs FROM events WHERE id = 1")
                    .first()
                    .contains(QStringLiteral("\"org:resource\":\"Resource21\"")));
    }

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString file = path(name);
        writeFile(file, bytes);
        return file;
    }

    ImportReport import(const QStringList& files, const ImportOptions& options = {})
    {
        std::unique_ptr<Project> project;
        const bool creating = !QFile::exists(m_project);
        project = creating ? Project::create(m_project, {})
                           : Project::open(m_project, Project::Access::ReadWrite);
        try {
            return importFiles(*project, files, options);
        } catch (...) {
            project.reset();
            if (creating)
                QFile::remove(m_project);
            throw;
        }
    }

    std::unique_ptr<Project> open(Project::Access access = Project::Access::ReadOnly)
    {
        return Project::open(m_project, access);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
