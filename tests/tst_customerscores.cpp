// Scores of a project's customers: the hold-out group by a hash of the key (its share,
// its independence from the model and the order), the stored scores, and the reasons.

#include "core/predict/customerscores.h"
#include "core/predict/labelmodel.h"
#include "core/store/project.h"
#include "tests/importtesthelpers.h"

#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

class TestCustomerScores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdoutShareAndStability_data()
    {
        QTest::addColumn<double>("share");
        QTest::newRow("5 %") << 0.05;
        QTest::newRow("10 %") << 0.10;
    }

    void holdoutShareAndStability()
    {
        QFETCH(double, share);
        int held = 0;
        const int keys = 200000;
        for (int i = 0; i < keys; ++i)
            held += inHoldout(QStringLiteral("customer-%1").arg(i), share);
        // Binomial: the standard deviation of the share is below 0.0007 here.
        QVERIFY2(std::abs(double(held) / keys - share) < 0.003, qPrintable(QString::number(held)));
        // The digest of "abc" begins ba7816bf: 0xba7816bf... / 2^64 = 0.7284.
        QVERIFY(!inHoldout(QStringLiteral("abc"), 0.72));
        QVERIFY(inHoldout(QStringLiteral("abc"), 0.73));
        // A smaller group lies inside a larger one.
        for (int i = 0; i < 1000; ++i) {
            const QString key = QStringLiteral("k%1").arg(i);
            QVERIFY(!inHoldout(key, 0.05) || inHoldout(key, 0.10));
        }
    }

    void scoresALabelModelAndStoresThem()
    {
        // 400 customers: Free ones churn, others one in ten.
        const QByteArray csv = churnTable(400);
        ImportFixture fixture;
        fixture.import({fixture.write(QStringLiteral("crm.csv"), csv)},
                       withFormat(QStringLiteral("table")));
        auto project = Project::open(fixture.projectPath(), Project::Access::ReadWrite);
        LabelModelOptions options;
        options.label = QStringLiteral("churn");
        LabelModel model = trainLabelModel(project->database(), options);
        model.stored.id = StoredModel::save(project->database(), model.stored);

        ScoreOptions scoreOptions;
        scoreOptions.explained = 5;
        const std::vector<CustomerScore> scores =
            scoreCustomers(project->database(), nullptr, model.stored, scoreOptions);
        QCOMPARE(scores.size(), size_t(400));
        for (size_t i = 1; i < scores.size(); ++i)
            QVERIFY(scores[i - 1].probability >= scores[i].probability);
        // Free customers all churn: they score highest, and plan is why.
        QCOMPARE(scores.front().reasons.size() > 0, true);
        QVERIFY(scores.front().reasons.front().feature.startsWith(QStringLiteral("plan=")));
        QVERIFY(scores[5].reasons.empty()); // only the first five explained
        for (const CustomerScore& score : scores)
            QCOMPARE(score.holdout, inHoldout(score.customerKey, 0.1));

        storeScores(project->database(), model.stored.id, scores);
        storeScores(project->database(), model.stored.id, scores); // replaced, not doubled
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM scores").value_or(0), 400);
        QCOMPARE(project->database()
                     .queryInt("SELECT count(*) FROM scores WHERE holdout = 1")
                     .value_or(0),
                 qint64(std::count_if(scores.begin(), scores.end(),
                                      [](const CustomerScore& s) { return s.holdout; })));

        scoreOptions.onlyCustomer = scores[7].customerId;
        const std::vector<CustomerScore> one =
            scoreCustomers(project->database(), nullptr, model.stored, scoreOptions);
        QCOMPARE(one.size(), size_t(1));
        QCOMPARE(one.front().probability, scores[7].probability);
        QVERIFY(!one.front().reasons.empty());
    }
};

QTEST_GUILESS_MAIN(TestCustomerScores)
#include "tst_customerscores.moc"
