// Model evaluation: ROC-AUC with ties, average precision, log loss, Brier score,
// calibration, lift and gains, the confusion at a threshold, on cases worked out by hand and
// against a count of all pairs.

#include "core/base/error.h"
#include "core/predict/classificationmetrics.h"

#include <cmath>
#include <QRandomGenerator>
#include <QTest>

using namespace journeyscope;

namespace {

using Floats = std::vector<float>;

/// The share of (positive, negative) pairs ranked right, ties one half: the definition.
double aucByPairs(const Floats& labels, const Floats& scores)
{
    double right = 0;
    double pairs = 0;
    for (size_t i = 0; i < labels.size(); ++i) {
        for (size_t j = 0; j < labels.size(); ++j) {
            if (labels[i] != 1.0f || labels[j] != 0.0f)
                continue;
            ++pairs;
            right += scores[i] > scores[j] ? 1.0 : scores[i] == scores[j] ? 0.5 : 0.0;
        }
    }
    return right / pairs;
}

} // namespace

Q_DECLARE_METATYPE(Floats)

class TestClassificationMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ranking_data()
    {
        QTest::addColumn<Floats>("labels");
        QTest::addColumn<Floats>("scores");
        QTest::addColumn<double>("auc");
        QTest::addColumn<double>("averagePrecision");
        // Pairs: 0.35 > 0.1 and 0.8 > both, 0.35 < 0.4: 3 of 4. Precision 1 at 0.8 (recall
        // .5), 2/3 at 0.35 (recall .5 more): 5/6.
        QTest::newRow("small") << Floats{0, 0, 1, 1} << Floats{0.1f, 0.4f, 0.35f, 0.8f} << 0.75
                               << 5.0 / 6;
        QTest::newRow("all tied") << Floats{1, 0, 1, 0} << Floats{0.5f, 0.5f, 0.5f, 0.5f} << 0.5
                                  << 0.5;
        QTest::newRow("perfect") << Floats{0, 1, 0, 1} << Floats{0.2f, 0.9f, 0.1f, 0.7f} << 1.0
                                 << 1.0;
        QTest::newRow("reversed") << Floats{0, 1, 0, 1} << Floats{0.9f, 0.2f, 0.7f, 0.1f} << 0.0
                                  << (0.5 * 1.0 / 3 + 0.5 * 2.0 / 4);
        // The tie of 0.6 holds a positive and a negative: it counts as one cut.
        QTest::newRow("tie across classes")
            << Floats{1, 1, 0, 0, 1} << Floats{0.9f, 0.6f, 0.6f, 0.3f, 0.2f} << (3.5 / 6)
            << (1.0 / 3 + 2.0 / 3 * (1.0 / 3) + 3.0 / 5 * (1.0 / 3));
    }

    void ranking()
    {
        QFETCH(Floats, labels);
        QFETCH(Floats, scores);
        QFETCH(double, auc);
        QFETCH(double, averagePrecision);
        const ClassificationMetrics metrics = evaluateClassifier(labels, scores);
        QCOMPARE(metrics.rocAuc, auc);
        QCOMPARE(metrics.rocAuc, aucByPairs(labels, scores));
        QVERIFY(std::abs(metrics.prAuc - averagePrecision) < 1e-12);
    }

    void aucAgreesWithPairsOnRandomScores()
    {
        QRandomGenerator random(7);
        Floats labels, scores;
        for (int i = 0; i < 2000; ++i) {
            labels.push_back(random.bounded(3) == 0 ? 1.0f : 0.0f);
            // Few distinct values: many ties.
            scores.push_back(float(random.bounded(50)) / 50.0f + (labels.back() ? 0.2f : 0.0f));
            scores.back() = std::min(scores.back(), 1.0f);
        }
        const ClassificationMetrics metrics = evaluateClassifier(labels, scores);
        QVERIFY(std::abs(metrics.rocAuc - aucByPairs(labels, scores)) < 1e-12);
    }

    void probabilityScores()
    {
        const Floats labels{0, 0, 1, 1};
        const Floats scores{0.1f, 0.4f, 0.35f, 0.8f};
        const ClassificationMetrics metrics = evaluateClassifier(labels, scores);
        // -(ln .9 + ln .6 + ln .35 + ln .8) / 4, with the floats as given.
        const double logLoss = -(std::log(1.0 - double(0.1f)) + std::log(1.0 - double(0.4f)) +
                                 std::log(double(0.35f)) + std::log(double(0.8f))) /
                               4;
        QVERIFY(std::abs(metrics.logLoss - logLoss) < 1e-12);
        QVERIFY(std::abs(metrics.logLoss - 0.47228) < 1e-5);
        // (.01 + .16 + .4225 + .04) / 4
        QVERIFY(std::abs(metrics.brier - 0.158125) < 1e-7);
        // At 0.5 only 0.8 is predicted positive.
        QCOMPARE(metrics.confusion.truePositives, 1);
        QCOMPARE(metrics.confusion.falsePositives, 0);
        QCOMPARE(metrics.confusion.trueNegatives, 2);
        QCOMPARE(metrics.confusion.falseNegatives, 1);
        QCOMPARE(metrics.confusion.precision(), 1.0);
        QCOMPARE(metrics.confusion.recall(), 0.5);
        QCOMPARE(metrics.confusion.f1(), 2.0 / 3);
        QCOMPARE(metrics.confusion.accuracy(), 0.75);
        QCOMPARE(evaluateClassifier(labels, scores, 0.3).confusion.truePositives, 2);
        // A predicted 0 or 1 that is wrong costs ln(1e15), not infinity.
        QVERIFY(std::abs(evaluateClassifier({1}, {0.0f}).logLoss - std::log(1e15)) < 1e-6);
    }

    void calibration()
    {
        // Bin 0: 0.05 twice, one positive; bin 9: 0.95 twice, both positive.
        const ClassificationMetrics metrics =
            evaluateClassifier({0, 1, 1, 1}, {0.05f, 0.05f, 0.95f, 0.95f});
        QCOMPARE(metrics.reliability.size(), size_t(10));
        QCOMPARE(metrics.reliability[0].count, 2);
        QVERIFY(std::abs(metrics.reliability[0].meanPredicted - 0.05) < 1e-7);
        QCOMPARE(metrics.reliability[0].observedRate, 0.5);
        QCOMPARE(metrics.reliability[9].observedRate, 1.0);
        QVERIFY(std::isnan(metrics.reliability[4].meanPredicted));
        // (2 * .45 + 2 * .05) / 4
        QVERIFY(std::abs(metrics.expectedCalibrationError - 0.25) < 1e-7);
        // A prediction of exactly 1 is in the last bin.
        QCOMPARE(evaluateClassifier({1}, {1.0f}).reliability[9].count, 1);
    }

    void liftAndGains()
    {
        // 23 cases, scores falling with the index; positives at 0, 1, 2, 5, 12 and 22.
        Floats labels(23, 0.0f), scores;
        for (const int positive : {0, 1, 2, 5, 12, 22})
            labels[size_t(positive)] = 1.0f;
        for (int i = 0; i < 23; ++i)
            scores.push_back(1.0f - float(i) / 23.0f);
        const ClassificationMetrics metrics = evaluateClassifier(labels, scores);
        QCOMPARE(metrics.deciles.size(), size_t(10));
        // Sizes 3 3 3 2 2 2 2 2 2 2: deciles 1 (0-2), 2 (3-5), 3 (6-8), 4 (9-10), 5 (11-12),
        // ..., 10 (21-22).
        QCOMPARE(metrics.deciles[0].count, 3);
        QCOMPARE(metrics.deciles[3].count, 2);
        QCOMPARE(metrics.deciles[0].positives, 3);
        QCOMPARE(metrics.deciles[1].positives, 1);
        QCOMPARE(metrics.deciles[4].positives, 1);
        QCOMPARE(metrics.deciles[9].positives, 1);
        // Overall rate 6/23; decile 1 rate 1: lift 23/6.
        QVERIFY(std::abs(metrics.deciles[0].lift - 23.0 / 6) < 1e-12);
        QCOMPARE(metrics.deciles[0].cumulativeGain, 0.5);
        QVERIFY(std::abs(metrics.deciles[1].cumulativeGain - 4.0 / 6) < 1e-12);
        QCOMPARE(metrics.deciles[9].cumulativeGain, 1.0);
    }

    void curvesByHand()
    {
        // Scores 0.9 (yes), 0.8 (no), 0.7 (yes), 0.1 (no), cut from the top.
        const ClassificationMetrics m = evaluateClassifier({1, 0, 1, 0}, {0.9f, 0.8f, 0.7f, 0.1f});
        QCOMPARE(m.rocCurve,
                 (std::vector<QPointF>{{0, 0}, {0, 0.5}, {0.5, 0.5}, {0.5, 1}, {1, 1}}));
        QCOMPARE(m.prCurve, (std::vector<QPointF>{{0.5, 1}, {0.5, 0.5}, {1, 2.0 / 3}, {1, 0.5}}));
        // The area under the thinned curve stays within a step of ROC-AUC.
        std::vector<float> labels, scores;
        quint64 state = 7;
        for (int i = 0; i < 5000; ++i) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            const double u = double(state >> 11) * 0x1.0p-53;
            labels.push_back(u < 0.3 ? 1.0f : 0.0f);
            scores.push_back(float(std::min(1.0, u * 0.8 + double(i % 17) / 40)));
        }
        const ClassificationMetrics random = evaluateClassifier(labels, scores);
        double area = 0;
        for (size_t i = 1; i < random.rocCurve.size(); ++i) {
            const QPointF a = random.rocCurve[i - 1], b = random.rocCurve[i];
            area += (b.x() - a.x()) * (a.y() + b.y()) / 2;
        }
        QVERIFY2(std::abs(area - random.rocAuc) < 0.01, qPrintable(QString::number(area)));
        QVERIFY(random.rocCurve.size() < 400);
        QVERIFY(evaluateClassifier({1, 1}, {0.2f, 0.4f}).rocCurve.empty());
    }

    void qualityInWords()
    {
        QCOMPARE(evaluateClassifier({0, 1}, {0.2f, 0.9f}).qualityBand(),
                 QStringLiteral("excellent"));
        const ClassificationMetrics oneClass = evaluateClassifier({1, 1}, {0.2f, 0.9f});
        QVERIFY(std::isnan(oneClass.rocAuc));
        QCOMPARE(oneClass.qualityBand(), QStringLiteral("not measurable"));
        const QJsonObject json =
            evaluateClassifier({0, 0, 1, 1}, {0.1f, 0.4f, 0.35f, 0.8f}).toJson();
        QCOMPARE(json[QStringLiteral("auc")].toDouble(), 0.75);
        QCOMPARE(json[QStringLiteral("quality")][QStringLiteral("band")].toString(),
                 QStringLiteral("fair"));
        QCOMPARE(json[QStringLiteral("quality")][QStringLiteral("sentence")].toString(),
                 QStringLiteral("Given one case with the outcome and one without, the model ranks "
                                "the first higher 75 % of the times: fair."));
        QVERIFY(evaluateClassifier({1, 1}, {0.2f, 0.9f}).toJson()[QStringLiteral("auc")].isNull());
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<Floats>("labels");
        QTest::addColumn<Floats>("scores");
        QTest::addColumn<QString>("message");
        QTest::newRow("lengths") << Floats{0, 1} << Floats{0.5f}
                                 << QStringLiteral("2 labels but 1 predictions");
        QTest::newRow("label") << Floats{0, 2} << Floats{0.5f, 0.5f}
                               << QStringLiteral("label 2 of case 2 is not 0 or 1");
        QTest::newRow("probability") << Floats{0, 1} << Floats{0.5f, 1.5f}
                                     << QStringLiteral("prediction 1.5 of case 2 is not in [0, 1]");
        QTest::newRow("NaN") << Floats{0} << Floats{std::nanf("")}
                             << QStringLiteral("prediction nan of case 1 is not in [0, 1]");
    }

    void refusesBadInput()
    {
        QFETCH(Floats, labels);
        QFETCH(Floats, scores);
        QFETCH(QString, message);
        try {
            evaluateClassifier(labels, scores);
            QFAIL("expected an error");
        } catch (const Error& error) {
            QCOMPARE(error.message(), message);
        }
    }
};

QTEST_GUILESS_MAIN(TestClassificationMetrics)
#include "tst_classificationmetrics.moc"
