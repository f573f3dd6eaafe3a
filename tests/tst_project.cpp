// The project file: creation, and refusing files that are not projects, come from a newer
// version, are damaged or were changed outside Journeyscope, without writing to them.

#include "core/base/error.h"
#include "core/store/project.h"
#include "core/store/projectsummary.h"
#include "core/store/schema.h"
#include "tests/support/testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>
#include <sqlite3.h>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

/// Bytes and modification time: what "nothing was written" means.
struct FileState
{
    QByteArray bytes;
    QDateTime modified;
    bool operator==(const FileState&) const = default;
};

FileState fileState(const QString& path)
{
    return {readFile(path), QFileInfo(path).lastModified()};
}

QString errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.toString();
    }
    return {};
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsAProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.journey"));
        {
            auto project = Project::create(path, ProjectOptions{});
            QVERIFY(project->pseudonymises());
            QCOMPARE(project->pseudonymKey().size(), 32);
        }
        const QByteArray header = readFile(path).left(100);
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 68), schema::ApplicationId);
        QCOMPARE(qFromBigEndian<qint32>(header.constData() + 60), schema::CurrentVersion);

        auto project = Project::open(path, Project::Access::ReadOnly);
        QVERIFY(project->pseudonymises());
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM stages"), 5);
        QCOMPARE(project->database().queryInt("SELECT position FROM stages WHERE name = "
                                              "'Retention'"),
                 4);
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM events"), 0);
    }

    void keysDifferBetweenProjects()
    {
        const auto a = Project::create(m_dir.filePath(QStringLiteral("a.journey")), {});
        const auto b = Project::create(m_dir.filePath(QStringLiteral("b.journey")), {false});
        QVERIFY(a->pseudonymKey() != b->pseudonymKey());
        QVERIFY(!b->pseudonymises());
    }

    void createRefusesAnExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("exists.journey"));
        writeFile(path, "keep me");
        QCOMPARE(errorOf([&] { Project::create(path, {}); }),
                 path + QStringLiteral(": already exists"));
        QCOMPARE(readFile(path), QByteArray("keep me"));
    }

    void refusesWithoutWriting_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << "missing"
                                 << "no such project file";
        QTest::newRow("empty") << "empty"
                               << "not a Journeyscope project (the file is empty)";
        QTest::newRow("text") << "text"
                              << "not a Journeyscope project (not an SQLite database)";
        QTest::newRow("other application")
            << "other"
            << "not a Journeyscope project (an SQLite database of another application)";
        QTest::newRow("newer version")
            << "newer"
            << QStringLiteral("made by a newer version of Journeyscope (project format %1; this "
                              "version reads up to %2): update Journeyscope to open it")
                   .arg(schema::CurrentVersion + 1)
                   .arg(schema::CurrentVersion);
        QTest::newRow("trigger added") << "trigger"
                                       << "unexpected trigger \"spy\" in the project file: it "
                                          "was changed outside Journeyscope";
        QTest::newRow("view added") << "view"
                                    << "unexpected view \"peek\" in the project file: it was "
                                       "changed outside Journeyscope";
        QTest::newRow("column added") << "column"
                                      << "table \"events\" differs from schema version 7: the "
                                         "project file was changed outside Journeyscope";
        QTest::newRow("table dropped") << "drop"
                                       << "table \"devices\" is missing from the project file";
        QTest::newRow("damaged page") << "corrupt"
                                      << "the file is damaged";
    }

    void refusesWithoutWriting()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(damage + QStringLiteral(".journey"));
        if (damage == QLatin1String("empty")) {
            writeFile(path, {});
        } else if (damage == QLatin1String("text")) {
            writeFile(path, QByteArray("customer,time,event\n").repeated(20));
        } else if (damage == QLatin1String("other")) {
            rawExec(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        } else if (damage != QLatin1String("missing")) {
            Project::create(path, {});
            if (damage == QLatin1String("newer"))
                rawExec(path,
                        ("PRAGMA user_version = " + std::to_string(schema::CurrentVersion + 1))
                            .c_str());
            else if (damage == QLatin1String("trigger"))
                rawExec(path, "CREATE TRIGGER spy AFTER INSERT ON events BEGIN DELETE FROM "
                              "meta; END;");
            else if (damage == QLatin1String("view"))
                rawExec(path, "CREATE VIEW peek AS SELECT * FROM meta");
            else if (damage == QLatin1String("column"))
                rawExec(path, "ALTER TABLE events ADD COLUMN extra TEXT");
            else if (damage == QLatin1String("drop"))
                rawExec(path, "DROP TABLE devices");
            else if (damage == QLatin1String("corrupt"))
                corruptEventsTable(path);
        }
        const bool existed = QFile::exists(path);
        const FileState before = existed ? fileState(path) : FileState{};
        QTest::qWait(20); // a write would change the modification time

        for (const auto access : {Project::Access::ReadOnly, Project::Access::ReadWrite}) {
            // A read-only open leaves the events table to be checked as it is read.
            const QString error = errorOf([&] {
                const auto project = Project::open(path, access);
                ProjectSummary::read(project->database());
            });
            QVERIFY2(error.startsWith(path + QStringLiteral(": ") + expected), qPrintable(error));
            QVERIFY(!error.contains(QLatin1Char('\n')));
            QCOMPARE(QFile::exists(path), existed);
            if (existed)
                QVERIFY(fileState(path) == before);
            QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        }
    }

    // Defence in depth behind the schema check: on Journeyscope's connections a trigger or
    // a view that someone put into the file never runs, even where the check is not made.
    void addedTriggersAndViewsNeverRun()
    {
        const QString path = m_dir.filePath(QStringLiteral("armed.journey"));
        Project::create(path, {});
        rawExec(path, "CREATE TABLE loot(x); "
                      "CREATE TRIGGER spy AFTER INSERT ON channels BEGIN "
                      "INSERT INTO loot SELECT value FROM meta; DELETE FROM meta; END; "
                      "CREATE VIEW peek AS SELECT * FROM meta;");
        Database db(path, Database::Mode::ReadWrite);
        db.prepare("INSERT INTO channels(name) VALUES (?)").bind(1, QStringLiteral("web")).run();
        Statement count = db.prepare("SELECT (SELECT count(*) FROM meta), "
                                     "(SELECT count(*) FROM loot)");
        QVERIFY(count.step());
        QVERIFY(count.columnInt(0) >= 5);
        QCOMPARE(count.columnInt(1), 0);
        QVERIFY(!errorOf([&] { db.prepare("SELECT * FROM peek").step(); }).isEmpty());
        QVERIFY(!errorOf([&] {
                     db.exec("PRAGMA writable_schema = ON; "
                             "DELETE FROM sqlite_schema WHERE name = 'spy'");
                 }).isEmpty());
    }

    void rollsBackAnInterruptedWrite()
    {
        // A writer that dies mid-transaction leaves a hot journal; the next read-write open
        // rolls it back and the project holds exactly what it held before.
        const QString path = m_dir.filePath(QStringLiteral("crash.journey"));
        Project::create(path, {});
        rawExec(path, "INSERT INTO touchpoints(name) VALUES ('kept')");

        const QString crashed = m_dir.filePath(QStringLiteral("crashed.journey"));
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        // A tiny cache forces SQLite to write changed pages into the file before COMMIT.
        QCOMPARE(sqlite3_exec(db,
                              "PRAGMA cache_size = 2; BEGIN;"
                              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                              "WHERE i < 20000) INSERT INTO touchpoints(name) "
                              "SELECT 'lost ' || i FROM n;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(
            QFile::copy(path + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QVERIFY(readFile(crashed) != readFile(path)); // the copy holds half-written pages

        auto project = Project::open(crashed, Project::Access::ReadWrite);
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM touchpoints"), 1);
        QVERIFY(!QFile::exists(crashed + QStringLiteral("-journal")));
    }

    void olderProjectsAreMigratedWhenWritten()
    {
        // A project as version 1 wrote it, with an event in it.
        const QString path = m_dir.filePath(QStringLiteral("old.journey"));
        {
            Database db(path, Database::Mode::Create);
            db.exec("PRAGMA page_size = 16384");
            db.exec(("PRAGMA application_id = " + std::to_string(schema::ApplicationId)).c_str());
            schema::migrate(db, 0, 1);
            db.exec("INSERT INTO meta VALUES ('pseudonymise', 1), ('pseudonym_key', "
                    "zeroblob(32)); INSERT INTO customers(id, key) VALUES (1, 'k');");
        }
        const FileState before = fileState(path);
        QTest::qWait(20);
        QCOMPARE(errorOf([&] { Project::open(path, Project::Access::ReadOnly); }),
                 path + QStringLiteral(": made by an older version of Journeyscope; open it for "
                                       "writing once to upgrade it"));
        QVERIFY(fileState(path) == before);

        auto project = Project::open(path, Project::Access::ReadWrite);
        QCOMPARE(project->database().queryInt("PRAGMA user_version"), schema::CurrentVersion);
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM customers WHERE merged_into "
                                              "IS NULL"),
                 1);
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM personas"), 0); // version 3
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM models"), 0);   // version 4
        project.reset();
        Project::open(path, Project::Access::ReadOnly); // valid as the current version
    }

    void readersUpgradeOlderProjects()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.journey"));
        {
            Database db(path, Database::Mode::Create);
            db.exec(("PRAGMA application_id = " + std::to_string(schema::ApplicationId)).c_str());
            schema::migrate(db, 0, 1);
            db.exec("INSERT INTO meta VALUES ('pseudonymise', 1), ('pseudonym_key', zeroblob(32))");
        }
        const auto project = Project::openForReading(path);
        QCOMPARE(project->database().queryInt("PRAGMA user_version"), schema::CurrentVersion);
    }

    void migrationsGiveTheValidatedSchema()
    {
        Database db(QStringLiteral(":memory:"), Database::Mode::Create);
        schema::migrate(db, 0);
        schema::validate(db, schema::CurrentVersion);
        QCOMPARE(db.queryInt("PRAGMA user_version"), schema::CurrentVersion);
    }

private:
    /// Overwrites the middle of a page of the events table with garbage.
    void corruptEventsTable(const QString& path)
    {
        rawExec(path, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                      "i < 3000) INSERT INTO events(customer_id, ts, touchpoint_id, "
                      "session_id, source_id) SELECT i, i, 1, 1, 1 FROM n;");
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_schema WHERE name = 'events'", -1,
                           &statement, nullptr);
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        const qint64 rootPage = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        sqlite3_close(db);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray header = file.read(100);
        const qint64 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
        QVERIFY(file.seek((rootPage - 1) * pageSize + 8));
        file.write(QByteArray(64, '\xff'));
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
