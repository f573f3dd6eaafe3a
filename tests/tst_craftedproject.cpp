// Project files made or edited by someone else: names holding SQL, absurd numbers, broken
// references, text where numbers belong, huge or malformed JSON and blobs. Every command
// that reads a project either works or stops with a one-line error; none crashes or hangs,
// and nothing in a name is ever run as SQL.

#include "tests/support/clirunner.h"

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace journeyscope::test;

namespace {

qint64 rawCount(const QString& path, const char* table)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
    qint64 count = -1;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        count = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return count;
}

/// The commands that read every part of a project.
QList<QStringList> readingCommands(const QString& project, const QString& out)
{
    return {
        {QStringLiteral("info"), project},
        {QStringLiteral("stages"), project},
        {QStringLiteral("export"), project, QStringLiteral("--view"), QStringLiteral("pack"),
         QStringLiteral("--views"), QStringLiteral("map,graph,heatmap,personas,model"),
         QStringLiteral("-o"), out + QStringLiteral("/pack.pdf")},
        {QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("-o"), out + QStringLiteral("/e.csv")},
        {QStringLiteral("score"), project, QStringLiteral("--top"), QStringLiteral("5")},
    };
}

} // namespace

class TestCraftedProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(QStringLiteral("sample.journey"));
        QVERIFY(makeSampleProject(m_sample));
        m_events = rawCount(m_sample, "events");
        QVERIFY(m_events > 1000);
    }

    void readsOrRefusesCleanly_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("SQL in names")
            << "UPDATE stages SET name = 'Browse''); DROP TABLE events; --' WHERE position = 1;"
               "UPDATE touchpoints SET name = '\"; DELETE FROM meta; --' WHERE id = 1;"
               "UPDATE channels SET name = 'web'' OR 1=1 --' WHERE id = 1;"
               "UPDATE customers SET key = ''' UNION SELECT value FROM meta --' WHERE id = 1;";
        QTest::newRow("1 MB touchpoint name")
            << "UPDATE touchpoints SET name = printf('%.*c', 1000000, 'x') WHERE id = 1;";
        QTest::newRow("extreme times")
            << "UPDATE events SET ts = 9223372036854775807 WHERE id = 1;"
               "UPDATE events SET ts = -9223372036854775808 WHERE id = 2;"
               "UPDATE sessions SET start_ts = -9223372036854775808, end_ts = "
               "9223372036854775807 WHERE id = 1;";
        QTest::newRow("text where numbers belong")
            << "UPDATE events SET ts = 'yesterday', value = 'a lot' WHERE id <= 50;"
               "UPDATE stages SET position = 'first' WHERE position = 2;";
        QTest::newRow("broken references")
            << "UPDATE events SET touchpoint_id = 999999 WHERE id = 3;"
               "UPDATE events SET customer_id = 999999 WHERE id = 4;"
               "UPDATE events SET session_id = -5, channel_id = 424242 WHERE id = 5;"
               "UPDATE touchpoints SET stage_id = 31337 WHERE id = 2;";
        QTest::newRow("absurd counts and positions")
            << "UPDATE sessions SET events = -1000000000;"
               "UPDATE stages SET position = 9223372036854775807 WHERE position = 1;"
               "UPDATE sources SET rows = -1, imported = 9223372036854775807;";
        QTest::newRow("malformed JSON")
            << "UPDATE customers SET attributes = '{\"plan\": ' WHERE id <= 10;"
               "UPDATE events SET attrs = '[[[[' WHERE id <= 10;"
               "INSERT OR REPLACE INTO meta(key, value) VALUES ('view_settings', '{{{');"
               "INSERT OR REPLACE INTO meta(key, value) VALUES ('goal', 'not json');"
               "UPDATE models SET metrics = '{\"auc\": \"high\"}', features = '7';";
        QTest::newRow("deeply nested JSON")
            << "INSERT OR REPLACE INTO meta(key, value) VALUES ('view_settings', "
               "printf('%.*c', 200000, '['));"
               "UPDATE models SET metrics = printf('%.*c', 200000, '[');";
        QTest::newRow("a booster that is noise") << "UPDATE models SET booster = randomblob(5000);";
        QTest::newRow("a booster that begins as one")
            << "UPDATE models SET booster = CAST(X'7B' || randomblob(5000) AS BLOB);";
        QTest::newRow("huge blobs where text belongs")
            << "INSERT OR REPLACE INTO meta(key, value) VALUES ('view_settings', "
               "zeroblob(50000000));"
               "UPDATE map_notes SET text = zeroblob(10000000);"
               "INSERT INTO map_notes(stage, lane, text, updated_at) VALUES "
               "('Browse', 'pain', printf('%.*c', 3000000, 'y'), 0);";
    }

    void readsOrRefusesCleanly()
    {
        QFETCH(QString, sql);
        QTemporaryDir out;
        const QString project = out.filePath(QStringLiteral("crafted.journey"));
        QVERIFY(QFile::copy(m_sample, project));
        rawExec(project, sql.toUtf8());
        const qint64 events = rawCount(project, "events");

        for (const QStringList& command : readingCommands(project, out.path())) {
            QProcess process;
            process.start(QStringLiteral(JOURNEYSCOPE_CLI), command);
            QVERIFY2(process.waitForFinished(120000), qPrintable(command.join(QLatin1Char(' '))));
            const QString error = QString::fromUtf8(process.readAllStandardError()).trimmed();
            const QString what = command.first() + QStringLiteral(": ") + error.left(300);
            QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(what));
            QVERIFY2(process.exitCode() == 0 || process.exitCode() == 1, qPrintable(what));
            if (process.exitCode() == 1) {
                // One line of error; before it only Qt's notes on texts it had to truncate.
                QStringList lines = error.split(QLatin1Char('\n'));
                QVERIFY2(!lines.takeLast().isEmpty(), qPrintable(what));
                for (const QString& line : lines)
                    QVERIFY2(line.startsWith(QLatin1String("QTextLayout: text too long")),
                             qPrintable(what));
            }
        }
        // Reading changed nothing, and nothing written into a name ran.
        QCOMPARE(rawCount(project, "events"), events);
        QVERIFY(rawCount(project, "meta") >= 5);
    }

    // What cannot be read is named, not guessed around: an index out of range would read
    // past an array, an absurd id would size one.
    void damageIsNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("event of no touchpoint")
            << "UPDATE events SET touchpoint_id = 999999 WHERE id = 3;"
            << "the project file is damaged: an event refers to touchpoint 999999 and channel";
        QTest::newRow("event of no channel") << "UPDATE events SET channel_id = 77 WHERE id = 3;"
                                             << "and channel 77, and one of them does not exist";
        QTest::newRow("absurd customer id")
            << "UPDATE customers SET id = 9000000000000 WHERE id = 3;"
            << "the project file is damaged: ids from 1 to 9000000000000 for 2000 rows";
        QTest::newRow("negative touchpoint id") << "UPDATE touchpoints SET id = -7 WHERE id = 2;"
                                                << "the project file is damaged: ids from -7 to";
        QTest::newRow("time beyond the year 9999")
            << "UPDATE events SET ts = 9223372036854775807 WHERE id = 1;"
            << "the project file is damaged: an event at 9223372036854775807 ms since 1970, "
               "outside the years 1 to 9999";
        QTest::newRow("merged into nobody")
            << "UPDATE customers SET merged_into = 900000 WHERE id = 3;"
            << "the project file is damaged: customer 3 is merged into 900000, which cannot be";
    }

    void damageIsNamed()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QTemporaryDir out;
        const QString project = out.filePath(QStringLiteral("damaged.journey"));
        QVERIFY(QFile::copy(m_sample, project));
        rawExec(project, sql.toUtf8());
        const Run run =
            cli({QStringLiteral("export"), project, QStringLiteral("--view"), QStringLiteral("map"),
                 QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"),
                 out.filePath(QStringLiteral("map.png"))});
        QCOMPARE(run.exitCode, 1);
        const QString error = QString::fromUtf8(run.err).trimmed();
        QVERIFY2(error.startsWith(project + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    void namesHoldingSqlAreShownAsWritten()
    {
        QTemporaryDir out;
        const QString project = out.filePath(QStringLiteral("names.journey"));
        QVERIFY(QFile::copy(m_sample, project));
        rawExec(project, "UPDATE stages SET name = 'Browse''); DROP TABLE events; --' "
                         "WHERE position = 1;");
        const Run stages = cli({QStringLiteral("stages"), project});
        QCOMPARE(stages.exitCode, 0);
        QVERIFY2(stages.out.contains("Browse'); DROP TABLE events; --"), stages.out.constData());
        QCOMPARE(rawCount(project, "events"), m_events);
    }

private:
    QTemporaryDir m_dir;
    QString m_sample;
    qint64 m_events = 0;
};

QTEST_MAIN(TestCraftedProject)
#include "tst_craftedproject.moc"
