// Stage mappings from CSV files: stages in order of first appearance, touchpoints left out
// get none, and every refusal names the file, line and column.

#include "core/base/error.h"
#include "core/journey/stagemappingfile.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

/// A project's model: four touchpoints, the default stages, Home in Awareness.
StageModel current()
{
    StageModel model;
    model.stages = StageModel::defaultStageNames();
    for (const char* touchpoint : {"Ad", "Home", "Cart", "Review"})
        model.stageOf.insert(QString::fromLatin1(touchpoint), QString());
    model.stageOf[QStringLiteral("Home")] = QStringLiteral("Awareness");
    return model;
}

} // namespace

class TestStageMappingFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("stages");
        QTest::addColumn<QStringList>("stageOf"); // Ad, Cart, Home, Review (map order)
        QTest::newRow("in order") << QByteArray("touchpoint,stage\nAd,See\nHome,See\n"
                                                "Cart,Buy\nReview,Tell\n")
                                  << QStringList{QStringLiteral("See"), QStringLiteral("Buy"),
                                                 QStringLiteral("Tell")}
                                  << QStringList{QStringLiteral("See"), QStringLiteral("Buy"),
                                                 QStringLiteral("See"), QStringLiteral("Tell")};
        // Columns in any order, other columns ignored, blanks trimmed, Ad left out: no stage.
        QTest::newRow("reordered, extra column, one left out")
            << QByteArray("Stage;note;Touchpoint\r\nTell ;x; Review\r\nSee;;Home\r\n"
                          "Buy;y;Cart\r\n")
            << QStringList{QStringLiteral("Tell"), QStringLiteral("See"), QStringLiteral("Buy")}
            << QStringList{QString(), QStringLiteral("Buy"), QStringLiteral("See"),
                           QStringLiteral("Tell")};
        QTest::newRow("a touchpoint twice in the same stage")
            << QByteArray("touchpoint,stage\nAd,A\nAd,A\nHome,B\nCart,C\n")
            << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}
            << QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B"),
                           QString()};
    }

    void reads()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, stages);
        QFETCH(QStringList, stageOf);
        const QString path = m_dir.filePath(QStringLiteral("stages.csv"));
        writeFile(path, csv);
        const StageModel model = readStageMapping(path, current());
        QCOMPARE(model.stages, stages);
        QCOMPARE(model.stageOf.values(), stageOf);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected"); // after "PATH:"
        QTest::newRow("empty file") << QByteArray("")
                                    << QStringLiteral("1:1: expected a header with touchpoint "
                                                      "and stage");
        QTest::newRow("no stage column")
            << QByteArray("touchpoint,phase\nAd,See\n")
            << QStringLiteral("1:1: expected a header with the columns touchpoint and stage");
        QTest::newRow("unknown touchpoint")
            << QByteArray("touchpoint,stage\nAd,A\nHome,B\nBasket,C\n")
            << QStringLiteral("4:1: the project has no touchpoint \"Basket\"");
        QTest::newRow("two stages for one touchpoint")
            << QByteArray("touchpoint,stage\nAd,A\nHome,B\nCart,C\nAd,B\n")
            << QStringLiteral("5:4: \"Ad\" is already in stage \"A\" (line 2)");
        QTest::newRow("empty stage") << QByteArray("touchpoint,stage\nAd,\n")
                                     << QStringLiteral("2:4: expected a stage name");
        QTest::newRow("short row") << QByteArray("stage,touchpoint\nA\n")
                                   << QStringLiteral("2:1: expected 2 fields, found 1");
        QTest::newRow("too few stages") << QByteArray("touchpoint,stage\nAd,A\nHome,B\n")
                                        << QStringLiteral(" a project has 3 to 7 stages, not 2");
    }

    void refuses()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        writeFile(path, csv);
        try {
            readStageMapping(path, current());
            QFAIL("expected an error");
        } catch (const Error& error) {
            QCOMPARE(error.toString(), path + QLatin1Char(':') + expected);
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStageMappingFile)
#include "tst_stagemappingfile.moc"
