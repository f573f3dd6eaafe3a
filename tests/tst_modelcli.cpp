// The model commands of journeyscope-cli end to end on a generated clickstream: train a
// drop-off model, score the journeys in flight into a CSV for a CRM campaign, explain the
// model and one score; the stored scores and the CSV agree, and a second run gives the
// same bytes.

#include "core/store/project.h"
#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

class TestModelCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(importGeneratedShop(project(), m_dir.filePath(QStringLiteral("clicks.csv")), 1500));
        QCOMPARE(cli({QStringLiteral("stages"), project(), QStringLiteral("--auto"),
                      QStringLiteral("4"), QStringLiteral("--accept")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("goal"), project(), QStringLiteral("--set"),
                      QStringLiteral("Order confirmation,Store purchase")})
                     .exitCode,
                 0);
    }

    void trainScoreExplain()
    {
        const Run train = cli({QStringLiteral("train"), project(), QStringLiteral("--json")});
        QCOMPARE(train.exitCode, 0);
        const QJsonObject model = train.json();
        QCOMPARE(model[QStringLiteral("kind")].toString(), QStringLiteral("dropoff"));
        QCOMPARE(model[QStringLiteral("settings")][QStringLiteral("split")].toString(),
                 QStringLiteral("time"));
        QVERIFY(model[QStringLiteral("auc")].toDouble() > 0.6);
        QVERIFY(!model[QStringLiteral("stages")].toArray().isEmpty());
        // The audit covers channels, RFM segments and devices.
        QStringList kinds;
        for (const QJsonValue& group : model[QStringLiteral("subgroups")].toArray())
            kinds.append(group[QStringLiteral("subgroup")].toString().section(u'=', 0, 0));
        for (const char* kind : {"channel", "segment", "device"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        const int id = model[QStringLiteral("model")].toInt();

        // Score as of the middle of the data, when many journeys are in flight.
        const QJsonObject info =
            cli({QStringLiteral("info"), project(), QStringLiteral("--json")}).json();
        const QDateTime first =
            QDateTime::fromString(info[QStringLiteral("first")].toString(), Qt::ISODateWithMs);
        const QDateTime last =
            QDateTime::fromString(info[QStringLiteral("last")].toString(), Qt::ISODateWithMs);
        const QString at = first.addSecs(first.secsTo(last) / 2).toString(Qt::ISODate);
        const QString out = m_dir.filePath(QStringLiteral("at-risk.csv"));
        const QStringList score{
            QStringLiteral("score"), project(), QStringLiteral("--at"),  at,
            QStringLiteral("--out"), out,       QStringLiteral("--top"), QStringLiteral("25"),
            QStringLiteral("--json")};
        const Run scored = cli(score);
        QCOMPARE(scored.exitCode, 0);
        const qint64 count = scored.json()[QStringLiteral("scored")].toInteger();
        QVERIFY2(count > 25, qPrintable(QString::number(count)));
        QCOMPARE(scored.json()[QStringLiteral("model")].toInt(), id);
        QCOMPARE(scored.json()[QStringLiteral("written")].toInt(), 25);

        const QByteArray bytes = readFile(out);
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QCOMPARE(lines.size(), 26);
        QCOMPARE(lines[0].trimmed(),
                 QByteArray("rank,customer,probability,holdout,reason_1,reason_2,reason_3,model"));
        double previous = 2;
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].trimmed().split(',');
            QCOMPARE(fields[0].toInt(), i);
            QCOMPARE(fields[1].size(), 32); // pseudonymised: 128 bits in hex
            const double probability = fields[2].toDouble();
            QVERIFY(probability <= previous);
            previous = probability;
            QVERIFY(fields[3] == "0" || fields[3] == "1");
            QVERIFY(!fields[4].isEmpty()); // the strongest reason
            QCOMPARE(fields.last().toInt(), id);
        }

        // The project keeps every score with the model's id.
        {
            const auto opened = Project::openForReading(project());
            QCOMPARE(
                opened->database()
                    .queryInt("SELECT count(*) FROM scores WHERE model_id = " + std::to_string(id))
                    .value_or(0),
                count);
        }
        // Scoring again gives the same list (the scores are replaced, not added).
        QCOMPARE(cli(score).exitCode, 0);
        QCOMPARE(readFile(out), bytes);

        const QJsonObject explained =
            cli({QStringLiteral("explain"), project(), QStringLiteral("--json")}).json();
        QCOMPARE(explained[QStringLiteral("model")].toInt(), id);
        QVERIFY(!explained[QStringLiteral("importance")].toArray().isEmpty());
        QVERIFY(!explained[QStringLiteral("touchpoints")].toArray().isEmpty());

        const QByteArray key = lines[1].split(',')[1];
        const Run why =
            cli({QStringLiteral("explain"), project(), QStringLiteral("--customer"),
                 QString::fromUtf8(key), QStringLiteral("--at"), at, QStringLiteral("--json")});
        QCOMPARE(why.exitCode, 0);
        QCOMPARE(
            QString::number(why.json()[QStringLiteral("probability")].toDouble(), 'f', 4).toUtf8(),
            lines[1].split(',')[2]);
        QCOMPARE(why.json()[QStringLiteral("reasons")].toArray().size(), 3);
    }

    void reportPrintsEachFigureBesideItsAnchor()
    {
        const QString shoppers = sharedDataFile(QStringLiteral("online_shoppers_intention.csv"));
        // Without the shared datasets the hand-built figures are still measured.
        const QString data = shoppers.isEmpty() ? m_dir.path() : QFileInfo(shoppers).absolutePath();
        const Run run = cli(
            {QStringLiteral("report"), QStringLiteral("--data"), data, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray figures = run.json()[QStringLiteral("figures")].toArray();
        QCOMPARE(figures.size(), 7);
        for (const QJsonValue& figure : figures) {
            qInfo("%s: %.4f (anchor %.4f)", qPrintable(figure[QStringLiteral("name")].toString()),
                  figure[QStringLiteral("value")].toDouble(),
                  figure[QStringLiteral("anchor")].toDouble());
            if (figure[QStringLiteral("skipped")].toString().isEmpty())
                QVERIFY(figure[QStringLiteral("meets")].toBool());
            else
                QVERIFY(shoppers.isEmpty());
        }
        const Run withoutData = cli({QStringLiteral("report")});
        QCOMPARE(withoutData.exitCode, 1);
        QVERIFY(withoutData.err.startsWith("--data: give the folder of the datasets"));
    }

    void errorsNameTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unknown model")
            << QStringList{QStringLiteral("score"), QStringLiteral("--model"), QStringLiteral("99")}
            << QByteArray("--model: no model \"99\" in the project");
        QTest::newRow("holdout too large")
            << QStringList{QStringLiteral("score"), QStringLiteral("--holdout"),
                           QStringLiteral("0.9")}
            << QByteArray("--holdout: expected a share between 0 and 0.5");
        QTest::newRow("bad split")
            << QStringList{QStringLiteral("train"), QStringLiteral("--split"),
                           QStringLiteral("random")}
            << QByteArray("--split: expected time or stratified");
        QTest::newRow("unknown customer")
            << QStringList{QStringLiteral("explain"), QStringLiteral("--customer"),
                           QStringLiteral("nobody")}
            << QByteArray("--customer: no customer \"nobody\"");
        QTest::newRow("bad method")
            << QStringList{QStringLiteral("next"), QStringLiteral("--method"),
                           QStringLiteral("lstm")}
            << QByteArray("--method: expected markov or xgboost");
    }

    void errorsNameTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        arguments.insert(1, project());
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(expected), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }

private:
    QString project() const { return m_dir.filePath(QStringLiteral("shop.journey")); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestModelCli)
#include "tst_modelcli.moc"
