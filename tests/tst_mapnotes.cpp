// Notes on the journey map: parsing "STAGE:lane=TEXT" with one-line errors, and keeping
// them in a real project file (an emotion replaces the stage's earlier one).

#include "core/base/error.h"
#include "core/journey/mapnotes.h"
#include "core/store/project.h"

#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope;

namespace {

const QStringList Stages = {QStringLiteral("Awareness"), QStringLiteral("Purchase")};

} // namespace

class TestMapNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("lane");
        QTest::addColumn<QString>("note");
        QTest::newRow("pain") << "Purchase:pain=Shipping shown late"
                              << "Purchase"
                              << "pain"
                              << "Shipping shown late";
        QTest::newRow("any case, spaces") << " purchase : Opportunity = Show the cost early "
                                          << "Purchase"
                                          << "opportunity"
                                          << "Show the cost early";
        QTest::newRow("emotion") << "Awareness:emotion=-1.5"
                                 << "Awareness"
                                 << "emotion"
                                 << "-1.5";
        QTest::newRow("equals in the text") << "Purchase:pain=a=b"
                                            << "Purchase"
                                            << "pain"
                                            << "a=b";
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, stage);
        QFETCH(QString, lane);
        QFETCH(QString, note);
        const MapNote parsed = parseMapNote(text, Stages);
        QCOMPARE(parsed.stage, stage);
        QCOMPARE(laneName(parsed.lane), lane);
        QCOMPARE(parsed.text, note);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("no lane") << "Purchase=x"
                                 << "expected STAGE:pain=TEXT";
        QTest::newRow("unknown stage") << "Checkout:pain=x"
                                       << "no stage \"Checkout\"; the stages are Awareness, "
                                          "Purchase";
        QTest::newRow("unknown lane") << "Purchase:idea=x"
                                      << "expected the lane pain, opportunity or emotion";
        QTest::newRow("emotion out of range") << "Purchase:emotion=3"
                                              << "expected an emotion from -2";
        QTest::newRow("emotion not a number") << "Purchase:emotion=sad"
                                              << "expected an emotion from -2";
        QTest::newRow("empty") << "Purchase:pain="
                               << "the note for Purchase is empty";
    }

    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        try {
            parseMapNote(text, Stages);
            QFAIL("parsed");
        } catch (const Error& e) {
            QVERIFY2(e.message().startsWith(error), qPrintable(e.message()));
        }
    }

    void keptInTheProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("map.journey"));
        {
            auto project = Project::create(path, ProjectOptions());
            Transaction transaction(project->database());
            saveMapNote(project->database(),
                        parseMapNote(QStringLiteral("Purchase:pain=Late costs"), Stages));
            saveMapNote(project->database(),
                        parseMapNote(QStringLiteral("Purchase:emotion=-1"), Stages));
            saveMapNote(project->database(),
                        parseMapNote(QStringLiteral("Purchase:emotion=-2"), Stages));
            transaction.commit();
        }
        auto project = Project::open(path, Project::Access::ReadWrite);
        std::vector<MapNote> notes = loadMapNotes(project->database());
        QCOMPARE(notes.size(), size_t(2)); // the second emotion replaced the first
        QCOMPARE(notes[0].lane, MapNote::Lane::Emotion);
        QCOMPARE(notes[0].text, QStringLiteral("-2"));
        QCOMPARE(notes[1].text, QStringLiteral("Late costs"));
        deleteMapNote(project->database(), notes[1].id);
        QCOMPARE(loadMapNotes(project->database()).size(), size_t(1));
        QVERIFY_THROWS_EXCEPTION(Error, deleteMapNote(project->database(), 999));
    }
};

QTEST_GUILESS_MAIN(TestMapNotes)
#include "tst_mapnotes.moc"
