// erase-customer: every trace of one customer leaves the project file — their events,
// sessions, identities and scores, checked against counts taken before, and their id and
// e-mail address no longer anywhere in the file's bytes; the others stay whole; models
// trained on them are flagged, and `models`, the window's issues and the journey map's
// predicted-risk lane say so; the audit log records the erasure without naming them and
// `erase-customer --log` shows it; an unknown id changes nothing.

#include "core/journey/goal.h"
#include "core/store/customererasure.h"
#include "core/store/project.h"
#include "core/store/projectsummary.h"
#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"
#include "ui/canvas/canvasstyle.h"
#include "ui/views/projectoutline.h"
#include "ui/views/viewcontent.h"

#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
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

/// `models`, the issues of the window and the map's predicted-risk lane all show that the
/// model of \a path (just flagged) needs retraining.
void flaggedEverywhere(const QString& path, const Project& project)
{
    const Run models = cli({QStringLiteral("models"), path, QStringLiteral("--json")});
    QCOMPARE(models.exitCode, 0);
    const QJsonArray list = models.json()[QStringLiteral("models")].toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0][QStringLiteral("needs_retraining")].toBool(), true);
    const Run modelsText = cli({QStringLiteral("models"), path});
    QVERIFY2(modelsText.out.contains("needs retraining: a customer it learnt from was erased"),
             modelsText.out.constData());

    const Database& db = project.database();
    const EventLog log = EventLog::load(db);
    const ProjectOutline outline = ProjectOutline::read(log, db);
    const auto issue =
        std::find_if(outline.issues.begin(), outline.issues.end(), [](const ProjectIssue& issue) {
            return issue.message.startsWith(QStringLiteral("needs retraining"));
        });
    QVERIFY(issue != outline.issues.end());
    QCOMPARE(issue->where, QStringLiteral("drop-off model 1"));
    QCOMPARE(issue->severity, ProjectIssue::Severity::Warning);

    const MapContent map = mapContent(EventView(log), ProjectGoal::read(db)->resolve(log, db), db);
    QVERIFY(map.overlay.modelNeedsRetraining);
    QGraphicsScene scene;
    drawView(scene, map, CanvasStyle::light());
    QStringList texts;
    for (const QGraphicsItem* item : scene.items()) {
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(item))
            texts.append(text->toPlainText());
        if (const auto* text = dynamic_cast<const QGraphicsSimpleTextItem*>(item))
            texts.append(text->text());
    }
    QVERIFY2(texts.contains(QStringLiteral("(drop-off model 1, needs retraining)")),
             qPrintable(texts.join(QLatin1Char('|'))));
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
        QCOMPARE(cli({QStringLiteral("stages"), path, QStringLiteral("--load"),
                      sourceFile(QStringLiteral("resources/sample/stages.csv"))})
                     .exitCode,
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
        flaggedEverywhere(path, *project);

        // The audit log, as the command line shows it.
        const Run log = cli({QStringLiteral("erase-customer"), path, QStringLiteral("--log"),
                             QStringLiteral("--json")});
        QCOMPARE(log.exitCode, 0);
        const QJsonArray erasures = log.json()[QStringLiteral("erasures")].toArray();
        QCOMPARE(erasures.size(), 1);
        QCOMPARE(erasures[0][QStringLiteral("action")].toString(),
                 QStringLiteral("erase-customer"));
        QCOMPARE(erasures[0][QStringLiteral("events")].toInteger(), theirRows);
        QCOMPARE(erasures[0][QStringLiteral("customers")].toInteger(), 1);
        QCOMPARE(erasures[0][QStringLiteral("models_to_retrain")].toInteger(), 1);
        QVERIFY(erasures[0][QStringLiteral("at")].toString().endsWith(QLatin1Char('Z')));
        QVERIFY(!log.out.contains(Erased.toUtf8()));
        const Run text = cli({QStringLiteral("erase-customer"), path, QStringLiteral("--log")});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count('\n'), 1);
        QVERIFY2(text.out.contains(QStringLiteral("erase-customer: customer records 1, events %1, ")
                                       .arg(theirRows)
                                       .toUtf8()),
                 text.out.constData());
        QVERIFY(text.out.contains("; models flagged for retraining 1"));
        // --log erases no one: a customer beside it is refused, and so is no customer without it.
        const Run both = cli({QStringLiteral("erase-customer"), path, QStringLiteral("C0000007"),
                              QStringLiteral("--log")});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.startsWith("--log: "), both.err.constData());
        QCOMPARE(cli({QStringLiteral("erase-customer"), path}).exitCode, 2);
        QCOMPARE(countOf(path, "SELECT count(*) FROM customers"), customersBefore - 1);
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

        // Nothing trained: nothing flagged, and models says so as before.
        const Run models = cli({QStringLiteral("models"), path, QStringLiteral("--json")});
        QCOMPARE(models.json()[QStringLiteral("models")].toArray().size(), 0);
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.journey"));
        QCOMPARE(cli({QStringLiteral("import"), fresh,
                      sourceFile(QStringLiteral("resources/sample/clickstream-sample.csv"))})
                     .exitCode,
                 0);
        const Run none = cli({QStringLiteral("erase-customer"), fresh, QStringLiteral("--log")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, QByteArray("No erasures recorded in this project.\n"));
    }
};

QTEST_MAIN(TestErasure)
#include "tst_erasure.moc"
