// Platt scaling recovers the slope and intercept that generated the outcomes, and leaves
// probabilities alone when there is nothing to fit.

#include "core/journey/segmentation.h"
#include "core/predict/plattscaling.h"

#include <cmath>
#include <QTest>

using namespace journeyscope;

class TestPlattScaling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recoversAKnownDistortion()
    {
        // Scores whose logit is half the true logit plus one: the truth is
        // sigmoid(2 * logit(score) - 2).
        SeededRandom random(3);
        std::vector<float> scores, labels;
        for (int i = 0; i < 200000; ++i) {
            const double truth = random.uniform() * 8 - 4; // true logit
            const double score = 1 / (1 + std::exp(-(truth / 2 + 1)));
            scores.push_back(float(score));
            labels.push_back(random.uniform() < 1 / (1 + std::exp(-truth)) ? 1.0f : 0.0f);
        }
        const PlattScaling scaling = PlattScaling::fit(scores, labels);
        QVERIFY2(std::abs(scaling.slope - 2) < 0.05, qPrintable(QString::number(scaling.slope)));
        QVERIFY2(std::abs(scaling.intercept + 2) < 0.05,
                 qPrintable(QString::number(scaling.intercept)));
        // A score of sigmoid(1) stands for a true logit of 0.
        QVERIFY(std::abs(scaling.apply(float(1 / (1 + std::exp(-1.0)))) - 0.5) < 0.02);
    }

    void identityWithoutBothOutcomes()
    {
        const PlattScaling scaling = PlattScaling::fit({0.2f, 0.7f}, {1, 1});
        QCOMPARE(scaling.slope, 1.0);
        QCOMPARE(scaling.intercept, 0.0);
        QCOMPARE(PlattScaling().apply(0.25f), 0.25f);
        QCOMPARE(PlattScaling::fit({}, {}).slope, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestPlattScaling)
#include "tst_plattscaling.moc"
