// erase-customer: every trace of one customer leaves the project file — their events,
// sessions, identities and scores, checked against counts taken before, and their id and
// e-mail address no longer anywhere in the file's bytes; the others stay whole; models
// trained on them are flagged; the audit log records the erasure without naming them; an
// unknown id changes nothing.

#include "core/store/customererasure.h"
#include "core/store/project.h"
#include "core/store/projectsummary.h"
#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

const QString Erased = QStringLiteral("C0000006");
const QByteArray ErasedEmail = "ivan.brown17@example.com";

qint64 countOf(const QString& path, const char* sql)
{
    const auto project = Project::openForReading(path);
    return project->database().queryInt(sql).value_or(-1);
}

} // namespace

class TestErasure : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyTraceLeavesTheFile()
    {
        // Ids and e-mails kept as they are, so their bytes can be looked for.
        const QString path = m_dir.filePath(QStringLiteral("kept.journey"));
        const QString csv = sourceFile(QStringLiteral("resources/sample/clickstream-sample.csv"));
        QCOMPARE(cli({QStringLiteral("import"), path, csv, QStringLiteral("--keep-pii")}).exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("goal"), path, QStringLiteral("--set"),
                      QStringLiteral("Order confirmation,Store purchase")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("train"), path}).exitCode, 0);
        QVERIFY(readFile(path).contains(Erased.toUtf8()));
        QVERIFY(readFile(path).contains(ErasedEmail));

        // What the customer has, counted here from the CSV and the project.
        qint64 theirRows = 0;
        for (const QByteArray& line : readFile(csv).split('\n'))
            theirRows += line.startsWith(Erased.toUtf8() + ',');
        const qint64 eventsBefore = countOf(path, "SELECT count(*) FROM events");
        const qint64 customersBefore = countOf(path, "SELECT count(*) FROM customers");

        const Run run =
            cli({QStringLiteral("erase-customer"), path, Erased, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = run.json();
        QCOMPARE(report[QStringLiteral("events")].toInteger(), theirRows);
        QCOMPARE(report[QStringLiteral("customers")].toInteger(), 1);
        QVERIFY(report[QStringLiteral("identities")].toInteger() >= 1); // the e-mail
        QCOMPARE(report[QStringLiteral("models_needing_retraining")].toArray().size(), 1);

        QCOMPARE(countOf(path, "SELECT count(*) FROM events"), eventsBefore - theirRows);
        QCOMPARE(countOf(path, "SELECT count(*) FROM customers"), customersBefore - 1);
        QCOMPARE(countOf(path, "SELECT count(*) FROM events WHERE customer_id NOT IN "
                               "(SELECT id FROM customers)"),
                 0);
        QCOMPARE(countOf(path, "SELECT count(*) FROM sessions WHERE customer_id NOT IN "
                               "(SELECT id FROM customers)"),
                 0);
        QCOMPARE(countOf(path, "SELECT count(*) FROM models WHERE needs_retraining"), 1);
        // The bytes are gone, not just unlinked.
        QVERIFY(!readFile(path).contains(Erased.toUtf8()));
        QVERIFY(!readFile(path).contains(ErasedEmail));

        // On record, without a name.
        const auto project = Project::openForReading(path);
        Statement audit = project->database().prepare("SELECT action, detail FROM audit_log");
        QVERIFY(audit.step());
        QCOMPARE(audit.columnText(0), QStringLiteral("erase-customer"));
        QVERIFY(audit.columnText(1).contains(QStringLiteral("\"events\":%1").arg(theirRows)));
        QVERIFY(!audit.columnText(1).contains(Erased));
    }

    void aPseudonymisedProjectTakesTheRawId()
    {
        const QString path = m_dir.filePath(QStringLiteral("pseudonyms.journey"));
        QCOMPARE(cli({QStringLiteral("import"), path,
                      sourceFile(QStringLiteral("resources/sample/clickstream-sample.csv"))})
                     .exitCode,
                 0);
        const qint64 customers = countOf(path, "SELECT count(*) FROM customers");
        QCOMPARE(cli({QStringLiteral("erase-customer"), path, Erased}).exitCode, 0);
        QCOMPARE(countOf(path, "SELECT count(*) FROM customers"), customers - 1);

        // Again: there is no such customer now; nothing changes.
        const qint64 events = countOf(path, "SELECT count(*) FROM events");
        const Run again = cli({QStringLiteral("erase-customer"), path, Erased});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.startsWith(Erased.toUtf8() + ": no customer with this id"),
                 again.err.constData());
        QCOMPARE(again.err.count('\n'), 1);
        QCOMPARE(countOf(path, "SELECT count(*) FROM events"), events);
        QCOMPARE(countOf(path, "SELECT count(*) FROM audit_log"), 1);
    }
};

QTEST_MAIN(TestErasure)
#include "tst_erasure.moc"
