// Crash consistency: an import killed with SIGKILL at 50 random moments leaves a project that
// opens, passes SQLite's integrity check and holds exactly the data of the last import that
// completed — the one before, or the killed one when it had committed; a first import
// killed before committing leaves no project at all.

#include "core/store/project.h"
#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

constexpr int Kills = 50;

struct Contents
{
    qint64 events = 0;
    qint64 sources = 0;
    QString integrity;
};

/// Opens \a path as the window does after a crash, and reads what it holds.
Contents contentsOf(const QString& path)
{
    const auto project = Project::openForReading(path);
    const Database& db = project->database();
    Contents contents;
    contents.events = db.queryInt("SELECT count(*) FROM events").value_or(-1);
    contents.sources = db.queryInt("SELECT count(*) FROM sources").value_or(-1);
    Statement check = db.prepare("PRAGMA integrity_check");
    contents.integrity = check.step() ? check.columnText(0) : QString();
    return contents;
}

/// Starts `journeyscope-cli import PROJECT CSV` and kills it after \a delayMs; whether it
/// was still running when killed.
bool importKilledAfter(const QString& project, const QString& csv, int delayMs)
{
    QProcess process;
    process.start(QStringLiteral(JOURNEYSCOPE_CLI), {QStringLiteral("import"), project, csv});
    process.waitForStarted();
    if (process.waitForFinished(delayMs))
        return false; // it completed first
    process.kill();   // SIGKILL: no handler, no cleanup
    process.waitForFinished();
    return true;
}

} // namespace

class TestCrashConsistency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;     ///< a project with the sample imported
    QString m_more;     ///< the file whose import is killed
    Contents m_before;  ///< the base project's contents
    qint64 m_added = 0; ///< events the file adds when its import completes
    int m_importMs = 0; ///< how long that import takes

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(QStringLiteral("base.journey"));
        QCOMPARE(cli({QStringLiteral("import"), m_base,
                      sourceFile(QStringLiteral("resources/sample/clickstream-sample.csv"))})
                     .exitCode,
                 0);
        m_more = m_dir.filePath(QStringLiteral("more.csv"));
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("-o"), m_more,
                      QStringLiteral("--customers"), QStringLiteral("8000"),
                      QStringLiteral("--seed"), QStringLiteral("7")})
                     .exitCode,
                 0);
        m_before = contentsOf(m_base);
        // One import to completion: how long it takes and what it adds.
        const QString complete = m_dir.filePath(QStringLiteral("complete.journey"));
        QVERIFY(QFile::copy(m_base, complete));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(cli({QStringLiteral("import"), complete, m_more}).exitCode, 0);
        m_importMs = int(timer.elapsed());
        m_added = contentsOf(complete).events - m_before.events;
        QVERIFY(m_added > 50000);
    }

    void killedImportsLeaveTheLastCompletedOne()
    {
        auto* random = QRandomGenerator::global();
        int interrupted = 0, completed = 0;
        for (int kill = 0; kill < Kills; ++kill) {
            const QString work = m_dir.filePath(QStringLiteral("work-%1.journey").arg(kill));
            QVERIFY(QFile::copy(m_base, work));
            // Anywhere from the start to the usual end (some imports finish first anyway).
            const int delay = int(random->bounded(m_importMs + 1));
            importKilledAfter(work, m_more, delay);
            Contents after;
            try {
                after = contentsOf(work);
            } catch (const Error& error) {
                QFAIL(qPrintable(error.toString()));
            }
            QCOMPARE(after.integrity, QStringLiteral("ok"));
            if (after.events == m_before.events) {
                QCOMPARE(after.sources, m_before.sources);
                ++interrupted;
            } else {
                QCOMPARE(after.events, m_before.events + m_added);
                QCOMPARE(after.sources, m_before.sources + 1);
                ++completed;
            }
        }
        qInfo("%d imports killed before they committed, %d after (import takes %d ms)", interrupted,
              completed, m_importMs);
        QVERIFY(interrupted >= Kills / 4); // the kills really hit imports under way
    }

    void killedFirstImportLeavesNoProject()
    {
        for (int kill = 0; kill < 5; ++kill) {
            const QString fresh = m_dir.filePath(QStringLiteral("fresh-%1.journey").arg(kill));
            const int delay = int(QRandomGenerator::global()->bounded(m_importMs / 2 + 1));
            if (!importKilledAfter(fresh, m_more, delay))
                continue;
            QVERIFY(!QFile::exists(fresh)); // built beside its name, never moved there
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
