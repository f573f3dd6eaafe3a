// journeyscope-cli end to end: the commands of the CLI contract as a script would use them.

#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"

#include <csignal>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope::test;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
    }

    void versionAndHelp()
    {
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("journeyscope-cli " JOURNEYSCOPE_VERSION " (Qt 6."));
        QVERIFY(version.out.contains("SQLite 3.") && version.out.contains("Graphviz ") &&
                version.out.contains("XGBoost 1."));

        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("import") && help.out.contains("info"));
        for (const char* command : {"import", "info", "generate"}) {
            const Run commandHelp = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(commandHelp.exitCode, 0);
            QVERIFY2(commandHelp.out.contains("--json"), command);
        }
        QVERIFY(cli({QStringLiteral("import"), QStringLiteral("--help")})
                    .out.contains("--session-gap"));
    }

    void usageErrorsAreOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")}
            << QByteArray("journeyscope-cli: unknown command \"frobnicate\"");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("info"), QStringLiteral("--bogus"),
                           QStringLiteral("p.journey")}
            << QByteArray("journeyscope-cli info: Unknown option 'bogus'.");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("import"), QStringLiteral("p.journey")}
            << QByteArray("journeyscope-cli import: missing arguments");
    }

    void usageErrorsAreOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(expected), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.out.isEmpty());
    }

    void importThenInfo()
    {
        const QString csv = path(QStringLiteral("clicks.csv"));
        writeFile(csv, "user_id,timestamp,event,channel,value\n"
                       "u1,2025-01-01T10:00:00Z,Home page,web,\n"
                       "u2,2025-01-01T10:10:00Z,Home page,app,\n"
                       "u1,2025-01-01T10:20:00Z,Checkout,web,20\n"
                       "u1,2025-01-03T10:20:00Z,Home page,email,\n");
        const QString project = path(QStringLiteral("p.journey"));
        const Run import = cli({QStringLiteral("import"), project, csv, QStringLiteral("--json")});
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(import.err.isEmpty(), import.err.constData()); // no progress off a terminal
        QCOMPARE(import.json().value(QStringLiteral("rows")).toInt(), 4);
        QCOMPARE(import.json().value(QStringLiteral("imported")).toInt(), 4);
        QCOMPARE(import.json().value(QStringLiteral("skipped")).toInt(), 0);
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.partial*")}), QStringList());

        const Run info = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject summary = info.json();
        QCOMPARE(summary.value(QStringLiteral("events")).toInt(), 4);
        QCOMPARE(summary.value(QStringLiteral("customers")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("sessions")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("touchpoints")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("channels")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("first")).toString(),
                 QStringLiteral("2025-01-01T10:00:00.000Z"));
        QCOMPARE(summary.value(QStringLiteral("last")).toString(),
                 QStringLiteral("2025-01-03T10:20:00.000Z"));

        const Run text = cli({QStringLiteral("info"), project});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Customers:") && text.out.contains("clicks.csv"));

        const Run again = cli({QStringLiteral("import"), project, csv});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("use --force"));
    }

    void failedFirstImportLeavesNoProject()
    {
        const QString csv = path(QStringLiteral("bad.csv"));
        writeFile(csv, "customer,time,event\na,2025-01-01T10:00:00Z,x\nb,2025-01-01T10:00:00Z,y\n"
                       "c,2025-01-01T10:00:00Z,\"never closed\n");
        const QString project = path(QStringLiteral("new.journey"));
        const Run run = cli({QStringLiteral("import"), project, csv});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(csv.toUtf8() + ":4:24: "), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!QFile::exists(project));
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.partial*")}), QStringList());
    }

    void failedImportLeavesTheProjectUnchanged()
    {
        const QString project = path(QStringLiteral("p.journey"));
        const QString good = path(QStringLiteral("good.csv"));
        writeFile(good, "customer,time,event\na,2025-01-01T10:00:00Z,x\n");
        QCOMPARE(cli({QStringLiteral("import"), project, good}).exitCode, 0);
        const QByteArray before = readFile(project);

        const QString bad = path(QStringLiteral("bad.csv"));
        writeFile(bad, "customer,time,event\nb,2025-01-01T10:00:00Z,x\nc,2025-02-30T10:00:00Z,x\n");
        const Run run = cli({QStringLiteral("import"), project, bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(bad.toUtf8() + ":3:3: column \"time\": expected "),
                 run.err.constData());
        QCOMPARE(readFile(project), before);

        const Run skip = cli({QStringLiteral("import"), project, bad, QStringLiteral("--on-error"),
                              QStringLiteral("skip")});
        QCOMPARE(skip.exitCode, 0);
        // A count with its noun in the plural form of the count ("row(s)" until the language's
        // forms are translated), never "1 rows".
        QVERIFY2(QString::fromUtf8(skip.out).contains(QRegularExpression(
                     QStringLiteral("\\n  skipped 1 row(\\(s\\))?: bad time; first at ") +
                     QRegularExpression::escape(bad) + QStringLiteral(":3:3"))),
                 skip.out.constData());
        QVERIFY2(!skip.out.contains(" 1 rows"), skip.out.constData());
        QCOMPARE(cli({QStringLiteral("info"), project, QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("events"))
                     .toInt(),
                 2);
    }

    void customerTableReportCountsRows()
    {
        // A customer table adds customers, not events: its report says rows and customers.
        const QString crm = path(QStringLiteral("crm.csv"));
        writeFile(crm, "customer,plan\nK1,pro\nK2,basic\n,basic\n");
        const QString project = path(QStringLiteral("p.journey"));
        const Run run =
            cli({QStringLiteral("import"), project, crm, QStringLiteral("--format"),
                 QStringLiteral("table"), QStringLiteral("--on-error"), QStringLiteral("skip")});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral(
                     "^crm.csv: customer table, 2 of 3 rows?(\\(s\\))? imported, 1 skipped; 2 "
                     "new customers?(\\(s\\))?\n"))),
                 run.out.constData());
        QVERIFY2(out.contains(QRegularExpression(
                     QStringLiteral("\n  skipped 1 row(\\(s\\))?: empty customer id; "))),
                 run.out.constData());
        QVERIFY2(out.contains(QRegularExpression(
                     QStringLiteral("\nImported 2 customer table rows?(\\(s\\))? in "))),
                 run.out.constData());
        QVERIFY2(!out.contains(QStringLiteral("event")), run.out.constData());
        QVERIFY2(!out.contains(QStringLiteral(" 1 rows")), run.out.constData());
    }

    void optionErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("session gap")
            << QStringList{QStringLiteral("--session-gap"), QStringLiteral("soon")}
            << QByteArray("--session-gap: expected a duration such as 30m");
        QTest::newRow("on error") << QStringList{QStringLiteral("--on-error"),
                                                 QStringLiteral("maybe")}
                                  << QByteArray(
                                         "--on-error: expected stop or skip, found \"maybe\"");
        QTest::newRow("time format")
            << QStringList{QStringLiteral("--time-format"), QStringLiteral("%Q")}
            << QByteArray("--time-format: ");
        QTest::newRow("missing column")
            << QStringList{QStringLiteral("--customer"), QStringLiteral("nope")}
            << QByteArray(":1:1: --customer names column \"nope\", which is not in the header");
        QTest::newRow("role") << QStringList{QStringLiteral("--role"), QStringLiteral("x=boss")}
                              << QByteArray("--role: expected COLUMN=ROLE");
        QTest::newRow("format")
            << QStringList{QStringLiteral("--format"), QStringLiteral("parquet")}
            << QByteArray("--format: expected csv, jsonl, xes or table, found \"parquet\"");
        QTest::newRow("not XES") << QStringList{QStringLiteral("--format"), QStringLiteral("xes")}
                                 << QByteArray("c.csv:1:1: ");
    }

    void optionErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, expected);
        const QString csv = path(QStringLiteral("c.csv"));
        writeFile(csv, "customer,time,event\na,2025-01-01T10:00:00Z,x\n");
        const QString project = path(QStringLiteral("p.journey"));
        const Run run = cli(QStringList{QStringLiteral("import"), project, csv} + options);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!QFile::exists(project));
    }

    void mappingFileRoundTrip()
    {
        const QString csv = path(QStringLiteral("odd.csv"));
        writeFile(csv, "who,when,what\na,03/04/2025 10:00,x\nb,03/05/2025 11:00,y\n");
        const QString mapping = path(QStringLiteral("map.json"));
        const Run first =
            cli({QStringLiteral("import"), path(QStringLiteral("a.journey")), csv,
                 QStringLiteral("--customer"), QStringLiteral("who"), QStringLiteral("--event"),
                 QStringLiteral("#3"), QStringLiteral("--time-format"), QStringLiteral("mdy"),
                 QStringLiteral("--save-mapping"), mapping});
        QCOMPARE(first.exitCode, 0);
        const QJsonObject saved = QJsonDocument::fromJson(readFile(mapping)).object();
        QCOMPARE(saved.value(QStringLiteral("time_format")).toString(), QStringLiteral("mdy"));
        QCOMPARE(saved.value(QStringLiteral("columns"))
                     .toObject()
                     .value(QStringLiteral("who"))
                     .toString(),
                 QStringLiteral("customer"));

        const QString second = path(QStringLiteral("b.journey"));
        QCOMPARE(cli({QStringLiteral("import"), second, csv, QStringLiteral("--mapping"), mapping})
                     .exitCode,
                 0);
        const QJsonObject info =
            cli({QStringLiteral("info"), second, QStringLiteral("--json")}).json();
        QCOMPARE(info.value(QStringLiteral("first")).toString(),
                 QStringLiteral("2025-03-04T10:00:00.000Z"));
        QCOMPARE(info.value(QStringLiteral("events")).toInt(), 2);
    }

    void keepPiiOnlyAtCreation()
    {
        const QString csv = path(QStringLiteral("c.csv"));
        writeFile(csv, "customer,time,event,email\nCUST-1,2025-01-01T10:00:00Z,x,a@example.com\n");
        const QString project = path(QStringLiteral("p.journey"));
        QCOMPARE(cli({QStringLiteral("import"), project, csv}).exitCode, 0);
        QVERIFY(!readFile(project).contains("CUST-1"));
        const Run run = cli({QStringLiteral("import"), project, csv, QStringLiteral("--keep-pii"),
                             QStringLiteral("--force")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("can be kept as they are only in a project created so"));

        const QString kept = path(QStringLiteral("kept.journey"));
        QCOMPARE(cli({QStringLiteral("import"), kept, csv, QStringLiteral("--keep-pii")}).exitCode,
                 0);
        QVERIFY(readFile(kept).contains("CUST-1"));
    }

    void interruptCancelsCleanly()
    {
        // Ctrl+C during the first import of a project: rolled back, nothing left behind.
        const QString csv = path(QStringLiteral("big.csv"));
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("-o"), csv,
                      QStringLiteral("--events"), QStringLiteral("3000000"),
                      QStringLiteral("--customers"), QStringLiteral("300000")})
                     .exitCode,
                 0);
        const QString project = path(QStringLiteral("p.journey"));
        QProcess process;
        process.start(QStringLiteral(JOURNEYSCOPE_CLI), {QStringLiteral("import"), project, csv});
        QVERIFY(process.waitForStarted());
        QTest::qWait(300);
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QCOMPARE(process.readAllStandardError(), QByteArray("canceled\n"));
        QVERIFY(!QFile::exists(project));
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.journey*")}), QStringList());
    }

    void mergesListAndUndo()
    {
        const QString crm = path(QStringLiteral("crm.csv"));
        writeFile(crm, "contact_id,email\nK1,ann@example.com\nK2,bob@example.com\n");
        const QString web = path(QStringLiteral("web.csv"));
        writeFile(web, "anonymous_id,timestamp,event,email\n"
                       "a1,2025-01-01T10:00:00Z,Sign up,ann@example.com\n"
                       "a2,2025-01-01T11:00:00Z,Home,\n");
        const QString project = path(QStringLiteral("p.journey"));
        QCOMPARE(cli({QStringLiteral("import"), project, crm, QStringLiteral("--format"),
                      QStringLiteral("table")})
                     .exitCode,
                 0);
        const Run import = cli({QStringLiteral("import"), project, web, QStringLiteral("--json")});
        QCOMPARE(import.exitCode, 0);
        const QJsonObject file =
            import.json().value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(file.value(QStringLiteral("identity_links")).toInt(), 1);
        QCOMPARE(cli({QStringLiteral("info"), project, QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("customers"))
                     .toInt(),
                 3); // Ann, Bob, a2

        const Run merges = cli({QStringLiteral("merges"), project, QStringLiteral("--json")});
        QCOMPARE(merges.exitCode, 0);
        const QJsonArray links = merges.json().value(QStringLiteral("links")).toArray();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("email"));
        const QString id =
            QString::number(links.first().toObject().value(QStringLiteral("id")).toInt());
        QCOMPARE(cli({QStringLiteral("merges"), project, QStringLiteral("--undo"), id}).exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("info"), project, QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("customers"))
                     .toInt(),
                 4);
        const Run again = cli({QStringLiteral("merges"), project, QStringLiteral("--undo"), id});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("was undone already"));
    }

    void exportXesAndCsv()
    {
        const QString csv = path(QStringLiteral("c.csv"));
        writeFile(csv, "customer,time,event,channel,value,note,consent\n"
                       "a,2025-01-01T10:00:00Z,Home,web,,\"x, y\",yes\n"
                       "a,2025-01-01T10:05:00Z,Buy,web,19.5,,\n"
                       "b,2025-01-02T10:00:00Z,Home,app,,,no\n");
        const QString project = path(QStringLiteral("p.journey"));
        QCOMPARE(cli({QStringLiteral("import"), project, csv}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("info"), project, QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("excluded_customers"))
                     .toInt(),
                 1);
        for (const QString& name :
             {QStringLiteral("out.xes"), QStringLiteral("out.xes.gz"), QStringLiteral("out.csv")}) {
            const QString out = path(name);
            const Run run = cli({QStringLiteral("export"), project, QStringLiteral("--format"),
                                 name.contains(QLatin1String("xes")) ? QStringLiteral("xes")
                                                                     : QStringLiteral("csv"),
                                 QStringLiteral("-o"), out, QStringLiteral("--json")});
            QCOMPARE(run.exitCode, 0);
            // b said no: only a's two events go out.
            QCOMPARE(run.json().value(QStringLiteral("events")).toInt(), 2);
            QCOMPARE(run.json().value(QStringLiteral("excluded_customers")).toInt(), 1);
            const QString again =
                path(QStringLiteral("again-") + name + QStringLiteral(".journey"));
            const Run reimport =
                cli({QStringLiteral("import"), again, out, QStringLiteral("--json")});
            QVERIFY2(reimport.exitCode == 0, reimport.err.constData());
            QCOMPARE(reimport.json().value(QStringLiteral("events")).toInt(), 2);
        }
        QVERIFY(readFile(path(QStringLiteral("out.xes.gz"))).startsWith("\x1f\x8b"));
        QVERIFY(readFile(path(QStringLiteral("out.csv"))).contains("\"x, y\""));
    }

    void watchImportsEachNewFile()
    {
        const QString folder = path(QStringLiteral("drop"));
        QVERIFY(QDir().mkpath(folder));
        const QString project = path(QStringLiteral("p.journey"));
        QProcess watcher;
        watcher.start(QStringLiteral(JOURNEYSCOPE_CLI),
                      {QStringLiteral("import"), project, QStringLiteral("--watch"), folder,
                       QStringLiteral("--json")});
        QVERIFY(watcher.waitForStarted());
        const auto events = [&] {
            return cli({QStringLiteral("info"), project, QStringLiteral("--json")})
                .json()
                .value(QStringLiteral("events"))
                .toInt();
        };
        writeFile(folder + QStringLiteral("/one.csv"),
                  "customer,time,event\na,2025-01-01T10:00:00Z,x\n");
        QTRY_COMPARE_WITH_TIMEOUT(events(), 1, 20000);
        // A file still being written (a .part name) is left alone until renamed.
        writeFile(folder + QStringLiteral("/two.csv.part"),
                  "customer,time,event\nb,2025-01-02T10:00:00Z,y\n"
                  "c,2025-01-02T10:00:00Z,y\n");
        QTest::qWait(3000);
        QCOMPARE(events(), 1);
        QVERIFY(QFile::rename(folder + QStringLiteral("/two.csv.part"),
                              folder + QStringLiteral("/two.csv")));
        QTRY_COMPARE_WITH_TIMEOUT(events(), 3, 20000);
        // A bad file is reported and skipped; watching goes on.
        writeFile(folder + QStringLiteral("/bad.csv"),
                  "customer,time,event\nd,2025-01-03T10:00:00Z,z\n"
                  "d,2025-01-03T11:00:00Z,z\nd,never,z\n");
        writeFile(folder + QStringLiteral("/three.csv"),
                  "customer,time,event\ne,2025-01-03T10:00:00Z,y\n");
        QTRY_COMPARE_WITH_TIMEOUT(events(), 4, 20000);
        ::kill(pid_t(watcher.processId()), SIGINT);
        QVERIFY(watcher.waitForFinished(20000));
        QCOMPARE(watcher.exitCode(), 0);
        const QList<QByteArray> reports = watcher.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(reports.size(), 3); // one JSON object a line per imported file
        const QByteArray errors = watcher.readAllStandardError();
        QVERIFY2(errors.contains("bad.csv:4:3: column \"time\""), errors.constData());
    }

    void infoRefusesOtherFiles()
    {
        const QString text = path(QStringLiteral("notes.journey"));
        writeFile(text, "hello");
        const Run run = cli({QStringLiteral("info"), text});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 text.toUtf8() + ": not a Journeyscope project (not an SQLite database)\n");
    }

    void generateIsDeterministicAndImports()
    {
        const QString a = path(QStringLiteral("a.csv"));
        const QString b = path(QStringLiteral("b.csv"));
        for (const QString& file : {a, b}) {
            QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("-o"), file,
                          QStringLiteral("--customers"), QStringLiteral("300"),
                          QStringLiteral("--seed"), QStringLiteral("9")})
                         .exitCode,
                     0);
        }
        QCOMPARE(readFile(a), readFile(b));
        const qint64 lines = readFile(a).count('\n');
        const Run import = cli({QStringLiteral("import"), path(QStringLiteral("g.journey")), a,
                                QStringLiteral("--json")});
        QCOMPARE(import.exitCode, 0);
        QCOMPARE(import.json().value(QStringLiteral("imported")).toInteger(), lines - 1);
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("-o"), a,
                      QStringLiteral("--customers"), QStringLiteral("zero")})
                     .exitCode,
                 1);
    }

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
