// The XGBoost classifier through its C API: it learns a known rule, stops early on noise,
// is deterministic, survives a save and load, explains itself with SHAP values that add up
// to its predictions, can be canceled, and refuses bad input.

#include "core/base/error.h"
#include "core/base/feedback.h"
#include "core/predict/boostedtrees.h"
#include "core/predict/classificationmetrics.h"

#include <cmath>
#include <QRandomGenerator>
#include <QTest>

using namespace journeyscope;

namespace {

struct Sample
{
    FeatureTable features;
    std::vector<float> labels;
};

/// Rows of three features; positive when x0 + 0.5 x1 > 0 (x2 is noise), with \a flip of
/// the labels flipped; every seventh x1 missing (it then counts as 0).
Sample sample(int rows, quint32 seed, double flip = 0.05)
{
    QRandomGenerator random(seed);
    Sample s;
    s.features.columns = {QStringLiteral("x0"), QStringLiteral("x1"), QStringLiteral("x2")};
    for (int i = 0; i < rows; ++i) {
        const float x0 = float(random.generateDouble() * 2 - 1);
        const bool missing = i % 7 == 0;
        const float x1 = missing ? std::nanf("") : float(random.generateDouble() * 2 - 1);
        const float x2 = float(random.generateDouble());
        s.features.appendRow({x0, x1, x2});
        bool positive = x0 + 0.5f * (missing ? 0.0f : x1) > 0;
        if (random.generateDouble() < flip)
            positive = !positive;
        s.labels.push_back(positive ? 1.0f : 0.0f);
    }
    return s;
}

/// A model's bytes with the text stated for \a key set to \a value (XGBoost keeps counts as
/// text: the key, 'S', a length as 'L' and eight bytes, then the characters).
QByteArray withStatedText(QByteArray bytes, const QByteArray& key, const QByteArray& value)
{
    const qsizetype at = bytes.indexOf(key + "SL");
    Q_ASSERT(at >= 0);
    const qsizetype lengthAt = at + key.size() + 2;
    qint64 oldLength = 0;
    for (int i = 0; i < 8; ++i)
        oldLength = (oldLength << 8) | quint8(bytes.at(lengthAt + i));
    QByteArray replacement(8, '\0');
    replacement[7] = char(value.size());
    return bytes.replace(lengthAt, 8 + oldLength, replacement + value);
}

/// The bytes of a literal, zero bytes included.
template <qsizetype N> QByteArray raw(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

BoostingParameters quick()
{
    BoostingParameters parameters;
    parameters.maxRounds = 200;
    parameters.earlyStoppingRounds = 10;
    parameters.learningRate = 0.3;
    parameters.maxDepth = 4;
    return parameters;
}

} // namespace

class TestBoostedTrees : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learnsARule()
    {
        const Sample train = sample(3000, 1), validation = sample(1000, 2), test = sample(2000, 3);
        const BoostedTrees model = BoostedTrees::train(
            train.features, train.labels, validation.features, validation.labels, quick());
        const std::vector<float> predictions = model.predict(test.features);
        QCOMPARE(qsizetype(predictions.size()), test.features.rows());
        // 5 % of the labels are flipped: the best possible AUC is about 0.95.
        const ClassificationMetrics metrics = evaluateClassifier(test.labels, predictions);
        QVERIFY2(metrics.rocAuc > 0.93, qPrintable(QString::number(metrics.rocAuc)));
        QVERIFY(model.rounds() >= 1 && model.rounds() <= 200);
        QCOMPARE(qsizetype(model.validationLoss().size()) >= model.rounds(), true);
    }

    void stopsEarlyOnNoise()
    {
        // Labels unrelated to the features: the validation loss stops falling at once.
        Sample train = sample(2000, 4), validation = sample(500, 5);
        QRandomGenerator random(6);
        for (float& label : train.labels)
            label = random.bounded(2);
        for (float& label : validation.labels)
            label = random.bounded(2);
        const BoostedTrees model = BoostedTrees::train(
            train.features, train.labels, validation.features, validation.labels, quick());
        QVERIFY2(model.validationLoss().size() < 60,
                 qPrintable(QString::number(model.validationLoss().size())));
        // The kept model is the best round: the lowest validation loss.
        const auto& losses = model.validationLoss();
        QCOMPARE(qsizetype(std::min_element(losses.begin(), losses.end()) - losses.begin()) + 1,
                 qsizetype(model.rounds()));
    }

    void deterministicAndSavable()
    {
        const Sample train = sample(1500, 7), validation = sample(500, 8), test = sample(300, 9);
        const auto trainModel = [&](quint64 seed) {
            BoostingParameters parameters = quick();
            parameters.seed = seed;
            return BoostedTrees::train(train.features, train.labels, validation.features,
                                       validation.labels, parameters);
        };
        const BoostedTrees first = trainModel(11);
        const std::vector<float> predictions = first.predict(test.features);
        QCOMPARE(trainModel(11).predict(test.features), predictions);
        QVERIFY(trainModel(12).predict(test.features) != predictions); // subsampling differs

        const QByteArray bytes = first.save();
        QVERIFY(bytes.size() > 100);
        const BoostedTrees loaded = BoostedTrees::load(bytes);
        QCOMPARE(loaded.predict(test.features), predictions);
        QCOMPARE(loaded.rounds(), first.rounds());
        QCOMPARE(loaded.save(), bytes);
    }

    // A model read from a project file is checked before XGBoost sizes anything by it.
    void refusesDamagedModels_data()
    {
        const Sample train = sample(300, 21), validation = sample(100, 22);
        const QByteArray model =
            BoostedTrees::train(train.features, train.labels, validation.features,
                                validation.labels, quick())
                .save();
        QVERIFY(model.contains("num_treesSL"));
        QByteArray noise(5000, '\0');
        QRandomGenerator random(5);
        for (char& byte : noise)
            byte = char(random.bounded(256));
        noise[0] = 'x';
        QByteArray hugeFirstKey = model;
        hugeFirstKey.replace(2, 8, QByteArray::fromHex("0000000100000000"));

        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("noise") << noise << "it does not begin as a model";
        QTest::newRow("cut in half") << model.left(model.size() / 2) << "the model ends early";
        QTest::newRow("bytes after the end")
            << model + "{}"
            << QStringLiteral("bytes follow the end of the model at byte %1").arg(model.size());
        QTest::newRow("a length past the end")
            << hugeFirstKey << "a length at byte 2 (4294967296) does not fit in the model";
        QTest::newRow("a billion trees") << withStatedText(model, "num_trees", "1000000000")
                                         << "it states num_trees = 1000000000, more than it holds";
        QTest::newRow("negative nodes") << withStatedText(model, "num_nodes", "-3")
                                        << "it states num_nodes = -3, more than it holds";
        QTest::newRow("nested too deep")
            << raw("{i\1a") + QByteArray(100, '[') << "the model nests deeper than 32 levels";
        QTest::newRow("unknown marker") << raw("{i\1aX}") << "an unknown marker at byte 4";
        QTest::newRow("a negative length")
            << raw("{i\xff}") << "a length at byte 2 (-1) does not fit in the model";
        QTest::newRow("a float as a length")
            << raw("{d\0\0\0\0}") << "a length at byte 1 is not an integer";
        QTest::newRow("a typed array longer than the model")
            << raw("{i\1a[$d#L\0\0\0\0\0\0\1\0}")
            << "a length at byte 9 (256) does not fit in the model";
    }

    void refusesDamagedModels()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        try {
            BoostedTrees::load(bytes);
            QFAIL("expected an error");
        } catch (const Error& error) {
            QCOMPARE(
                error.message(),
                QStringLiteral("the stored model cannot be read (%1): train it again").arg(reason));
        }
    }

    void contributionsAddUpToThePrediction()
    {
        const Sample train = sample(1500, 13), validation = sample(500, 14), test = sample(50, 15);
        const BoostedTrees model = BoostedTrees::train(
            train.features, train.labels, validation.features, validation.labels, quick());
        const std::vector<float> predictions = model.predict(test.features);
        const std::vector<float> contributions = model.contributions(test.features);
        const size_t width = size_t(test.features.columns.size()) + 1; // and the bias
        QCOMPARE(contributions.size(), predictions.size() * width);
        double x2Share = 0, total = 0;
        for (size_t row = 0; row < predictions.size(); ++row) {
            double logit = 0;
            for (size_t c = 0; c < width; ++c)
                logit += contributions[row * width + c];
            const double p = predictions[row];
            QVERIFY2(std::abs(logit - std::log(p / (1 - p))) < 1e-3,
                     qPrintable(QStringLiteral("%1 vs %2").arg(logit).arg(std::log(p / (1 - p)))));
            x2Share += std::abs(contributions[row * width + 2]);
            for (size_t c = 0; c < width - 1; ++c)
                total += std::abs(contributions[row * width + c]);
        }
        // The noise feature explains little, and gains little in the trees.
        QVERIFY(x2Share / total < 0.1);
        const std::vector<double> gain = model.totalGain(3);
        QCOMPARE(gain.size(), size_t(3));
        QVERIFY(gain[0] > gain[1] && gain[1] > gain[2]);
        QVERIFY(gain[2] >= 0);
    }

    void trainsAGivenNumberOfRounds()
    {
        const Sample train = sample(1000, 19), test = sample(500, 20);
        const BoostedTrees model =
            BoostedTrees::trainRounds(train.features, train.labels, 30, quick());
        QCOMPARE(model.rounds(), 30);
        QVERIFY(model.validationLoss().empty());
        QVERIFY(evaluateClassifier(test.labels, model.predict(test.features)).rocAuc > 0.9);
    }

    void cancels()
    {
        const Sample train = sample(500, 16), validation = sample(200, 17);
        Feedback feedback;
        feedback.cancel();
        QVERIFY_THROWS_EXCEPTION(
            Canceled, BoostedTrees::train(train.features, train.labels, validation.features,
                                          validation.labels, quick(), &feedback));
    }

    void refusesBadInput()
    {
        const Sample train = sample(100, 18);
        std::vector<float> fewer(train.labels.begin(), train.labels.end() - 1);
        try {
            BoostedTrees::train(train.features, fewer, train.features, train.labels, quick());
            QFAIL("expected an error");
        } catch (const Error& error) {
            QCOMPARE(error.message(), QStringLiteral("100 rows of features but 99 labels"));
        }
        try {
            BoostedTrees::load(QByteArray("{}")); // well formed, but not a model
            QFAIL("expected an error");
        } catch (const Error& error) {
            // One line: what XGBoost says, without its stack trace.
            QVERIFY2(
                error.message().startsWith(QStringLiteral("the stored model cannot be read (")),
                qPrintable(error.message()));
            QVERIFY(error.message().endsWith(QStringLiteral("): train it again")));
            QVERIFY(!error.message().contains(QLatin1String("Stack trace")));
            QVERIFY(!error.message().contains(QLatin1Char('\n')));
        }
        QVERIFY_THROWS_EXCEPTION(Error, BoostedTrees::load(QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestBoostedTrees)
#include "tst_boostedtrees.moc"
