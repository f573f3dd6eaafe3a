// Customer features, RFM quintiles and segments, k-means with silhouette, and the numbers
// describing a segment, on hand-built logs whose expected numbers are worked out by hand.

#include "core/journey/customerfeatures.h"
#include "core/journey/segmentation.h"
#include "tests/importtesthelpers.h"

#include <cmath>
#include <QJsonArray>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

Goal goalOf(const EventLog& log, const char* touchpoint,
            std::optional<qint64> windowMs = Goal::DefaultWindowMs)
{
    Goal goal;
    goal.touchpoints = {quint16(log.touchpointIndex(s(touchpoint)))};
    goal.windowMs = windowMs;
    return goal;
}

/// a, b, c, d as worked out in features().
EventLog featureLog()
{
    EventLog::Builder builder;
    builder.add(s("a"), 0, s("Home"), s("web"))
        .add(s("a"), 10 * Minute, s("Product"), s("web"), 0.0)
        .add(s("a"), 2 * Hour, s("Email"), s("email"))
        .add(s("a"), 2 * Hour + 5 * Minute, s("Cart"), s("web"), 20.0)
        .add(s("a"), 1 * Day, s("Buy"), s("app"), 30.5)
        .add(s("b"), 5 * Day, s("Home"), s("web"))
        .add(s("b"), 5 * Day + Minute, s("Product"), {}, -5.0)
        .add(s("c"), 40 * Day, s("Email"), s("email"))
        // d: two customers merged, their sessions interleaved.
        .add(s("d"), 10 * Day, s("Product"), {}, EventLog::NoValue, 100)
        .add(s("d"), 10 * Day + 1000, s("Product"), {}, EventLog::NoValue, 101)
        .add(s("d"), 10 * Day + 2000, s("Product"), {}, EventLog::NoValue, 100);
    builder.setStage(s("Home"), s("Awareness"))
        .setStage(s("Product"), s("Consideration"))
        .setStage(s("Cart"), s("Purchase"))
        .setStage(s("Buy"), s("Purchase"));
    return std::move(builder).build();
}

/// \a sizes[i] points around (10 i, 10 (i % 2)) in 2-D, uniformly within 1 of it, in a
/// shuffled order; \a truth gets each point's blob.
FeatureMatrix blobs(const std::vector<int>& sizes, std::vector<int>& truth, quint64 seed = 7)
{
    SeededRandom random(seed);
    std::vector<std::pair<int, std::array<float, 2>>> points;
    for (size_t blob = 0; blob < sizes.size(); ++blob) {
        for (int i = 0; i < sizes[blob]; ++i) {
            points.push_back({int(blob),
                              {float(10.0 * double(blob) + 2 * random.uniform() - 1),
                               float(10.0 * double(blob % 2) + 2 * random.uniform() - 1)}});
        }
    }
    for (size_t i = points.size(); i > 1; --i)
        std::swap(points[i - 1], points[random.below(i)]);
    FeatureMatrix matrix;
    matrix.dims = 2;
    truth.clear();
    for (const auto& [blob, xy] : points) {
        truth.push_back(blob);
        matrix.values.insert(matrix.values.end(), xy.begin(), xy.end());
    }
    return matrix;
}

/// Rousseeuw's silhouette straight from its definition, over the given rows.
double naiveSilhouette(const FeatureMatrix& points, const std::vector<int>& labels,
                       const std::vector<qsizetype>& rows)
{
    const auto distance = [&](qsizetype a, qsizetype b) {
        double sum = 0;
        for (int t = 0; t < points.dims; ++t) {
            const double d = double(points.row(a)[t]) - double(points.row(b)[t]);
            sum += d * d;
        }
        return std::sqrt(sum);
    };
    int clusters = 0;
    for (const qsizetype i : rows)
        clusters = std::max(clusters, labels[size_t(i)] + 1);
    double total = 0;
    for (const qsizetype i : rows) {
        double a = 0;
        qint64 own = 0;
        double b = std::numeric_limits<double>::infinity();
        for (int c = 0; c < clusters; ++c) {
            double sum = 0;
            qint64 count = 0;
            for (const qsizetype j : rows) {
                if (labels[size_t(j)] == c && j != i) {
                    sum += distance(i, j);
                    ++count;
                }
            }
            if (c == labels[size_t(i)]) {
                a = count ? sum / double(count) : 0;
                own = count;
            } else if (count > 0) {
                b = std::min(b, sum / double(count));
            }
        }
        if (own > 0)
            total += (b - a) / std::max(a, b);
    }
    return total / double(rows.size());
}

bool fuzzyEqual(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

} // namespace

class TestSegmentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void features()
    {
        const EventLog log = featureLog();
        const CustomerFeatures f = computeCustomerFeatures(EventView(log), goalOf(log, "Buy"));
        QCOMPARE(f.size(), 4);
        QCOMPARE(f.persons, (std::vector<PersonIndex>{0, 1, 2, 3}));
        QCOMPARE(f.dataEndMs, 40 * Day); // c's event is the last
        // a: last event at day 1; b: day 5 and a minute; c: day 40; d: day 10 and 2 s.
        QCOMPARE(f.recencyDays[0], 39.0);
        QVERIFY(fuzzyEqual(f.recencyDays[1], 35.0 - 1.0 / 1440));
        QCOMPARE(f.recencyDays[2], 0.0);
        QVERIFY(fuzzyEqual(f.recencyDays[3], 30.0 - 2.0 / 86400));
        // a: 0 and 10 min, then 2 h and 2 h 5 min, then day 1 (gaps over 30 min); d: 100, 101.
        QCOMPARE(f.frequency, (std::vector<quint32>{3, 1, 1, 2}));
        QCOMPARE(f.monetary, (std::vector<double>{50.5, -5.0, 0.0, 0.0}));
        QCOMPARE(f.journeyLength, (std::vector<quint32>{5, 2, 1, 3}));
        // Awareness 0, Consideration 1, Purchase 2; Email has no stage.
        QCOMPARE(f.stageReached, (std::vector<qint16>{2, 1, -1, 1}));
        QCOMPARE(f.secondsToConvert[0], 86400.0);
        QVERIFY(std::isnan(f.secondsToConvert[1]) && std::isnan(f.secondsToConvert[2]) &&
                std::isnan(f.secondsToConvert[3]));
        // b began on day 5: its 30-day window closed on day 35, before the data ends (day
        // 40); d's closes on day 40 itself; c's is still open.
        QCOMPARE(f.outcomes, (std::vector<Outcome>{Outcome::Converted, Outcome::DroppedOff,
                                                   Outcome::Open, Outcome::DroppedOff}));
        QVERIFY(f.converted(0) && !f.converted(1));

        QCOMPARE(f.channelNames, (QStringList{QString(), s("web"), s("email"), s("app")}));
        QCOMPARE(f.channelEvents[0], (std::vector<quint32>{0, 1, 0, 3})); // no channel
        QCOMPARE(f.channelEvents[1], (std::vector<quint32>{3, 1, 0, 0}));
        QCOMPARE(f.channelEvents[2], (std::vector<quint32>{1, 0, 1, 0}));
        QCOMPARE(f.channelEvents[3], (std::vector<quint32>{1, 0, 0, 0}));
        QCOMPARE(f.channelShare(0, 1), 0.6);
        QCOMPARE(f.channelShare(1, 0), 0.5);

        // Where each journey ends, and its opening steps with d's run of products as one.
        const auto names = [&](qsizetype row) {
            QStringList steps;
            const OpeningPath& path = f.openingPaths[size_t(row)];
            for (int i = 0; i < path.size; ++i)
                steps.append(f.touchpointNames[path.steps[size_t(i)]]);
            return steps;
        };
        QCOMPARE(f.touchpointNames[f.lastTouchpoints[0]], s("Buy"));
        QCOMPARE(f.touchpointNames[f.lastTouchpoints[3]], s("Product"));
        QCOMPARE(names(0), (QStringList{s("Home"), s("Product"), s("Email"), s("Cart"), s("Buy")}));
        QCOMPARE(names(2), QStringList{s("Email")});
        QCOMPARE(names(3), QStringList{s("Product")});

        // Ten touchpoints, each twice: eight steps kept.
        OpeningPath path;
        for (quint16 touchpoint = 0; touchpoint < 20; ++touchpoint)
            path.add(touchpoint / 2);
        QCOMPARE(int(path.size), OpeningPath::MaxSteps);
        QCOMPARE(path.steps, (std::array<quint16, 8>{0, 1, 2, 3, 4, 5, 6, 7}));
    }

    void featuresFollowTheView()
    {
        const EventLog log = featureLog();
        // Up to day 6: c and d have no events; the data ends where the view does; the
        // session scope makes no difference.
        EventFilter filter;
        filter.toMs = 6 * Day;
        const CustomerFeatures f = computeCustomerFeatures(
            EventView(log, filter, JourneyScope::Session), goalOf(log, "Buy"));
        QCOMPARE(f.persons, (std::vector<PersonIndex>{0, 1}));
        QCOMPARE(f.dataEndMs, 6 * Day);
        QCOMPARE(f.recencyDays[0], 5.0);
        QCOMPARE(f.frequency[0], 3u);
        // b's window is open at day 6.
        QCOMPARE(f.outcomes[1], Outcome::Open);

        // A web-only view of a and b, measured to a given end and without a goal.
        EventFilter web;
        web.channels = {quint8(log.channelIndex(u"web"))};
        web.persons = std::make_shared<std::vector<PersonIndex>>(std::vector<PersonIndex>{0, 1});
        const CustomerFeatures w = computeCustomerFeatures(EventView(log, web), {}, 50 * Day);
        QCOMPARE(w.persons, (std::vector<PersonIndex>{0, 1}));
        QCOMPARE(w.journeyLength, (std::vector<quint32>{3, 1}));
        QCOMPARE(w.frequency, (std::vector<quint32>{2, 1}));
        QCOMPARE(w.monetary, (std::vector<double>{20.0, 0.0}));
        QCOMPARE(w.recencyDays[1], 45.0);
        QCOMPARE(w.stageReached, (std::vector<qint16>{2, 0}));
        QCOMPARE(w.outcomes, (std::vector<Outcome>{Outcome::DroppedOff, Outcome::DroppedOff}));
    }

    void quintiles_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<std::vector<quint8>>("scores");
        // Score of a tie group at sorted positions a..b-1 of n: 1 + floor(5 (a + b - 1) / 2n).
        QTest::newRow("distinct") << std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
                                  << std::vector<quint8>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        // The three 2s (positions 1..3) share mid rank 2: 1 + floor(20 / 20) = 2.
        QTest::newRow("ties") << std::vector<double>{1, 2, 2, 2, 3, 4, 5, 6, 7, 8}
                              << std::vector<quint8>{1, 2, 2, 2, 3, 3, 4, 4, 5, 5};
        QTest::newRow("ties, shuffled") << std::vector<double>{8, 2, 1, 2, 7, 3, 2, 6, 4, 5}
                                        << std::vector<quint8>{5, 2, 1, 2, 5, 3, 2, 4, 3, 4};
        // Positions 0..5 (mid 2.5): 1 + floor(25 / 16) = 2; 6 and 7: 4 and 5.
        QTest::newRow("big tie") << std::vector<double>{0, 0, 0, 0, 0, 0, 9, 10}
                                 << std::vector<quint8>{2, 2, 2, 2, 2, 2, 4, 5};
        QTest::newRow("all equal")
            << std::vector<double>{5, 5, 5, 5, 5} << std::vector<quint8>{3, 3, 3, 3, 3};
        QTest::newRow("three") << std::vector<double>{3, 1, 2} << std::vector<quint8>{4, 1, 2};
        QTest::newRow("one") << std::vector<double>{42} << std::vector<quint8>{1};
        QTest::newRow("none") << std::vector<double>{} << std::vector<quint8>{};
    }

    void quintiles()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(std::vector<quint8>, scores);
        QCOMPARE(quintileScores(values), scores);
    }

    void rfmNames_data()
    {
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("f");
        QTest::addColumn<int>("m");
        QTest::addColumn<QString>("name");
        const auto row = [](int r, int f, int m, const char* name) {
            QTest::addRow("%d%d%d", r, f, m) << r << f << m << s(name);
        };
        // FM = (F + M + 1) / 2.
        row(5, 5, 5, "Champions");
        row(5, 4, 3, "Champions"); // FM 4
        row(5, 1, 1, "New");
        row(5, 2, 1, "Potential loyalists"); // FM 2
        row(5, 3, 3, "Potential loyalists");
        row(4, 1, 1, "Promising");
        row(4, 1, 2, "Potential loyalists");
        row(4, 5, 3, "Loyal");
        row(3, 4, 4, "Loyal");
        row(3, 3, 3, "Need attention");
        row(3, 3, 2, "Need attention"); // FM 3
        row(3, 2, 1, "About to sleep");
        row(2, 5, 5, "Can't lose them");
        row(1, 5, 4, "Can't lose them"); // FM 5
        row(1, 4, 4, "At risk");
        row(2, 3, 2, "At risk");
        row(2, 2, 2, "Hibernating");
        row(1, 1, 1, "Hibernating");
    }

    void rfmNames()
    {
        QFETCH(int, r);
        QFETCH(int, f);
        QFETCH(int, m);
        QFETCH(QString, name);
        QCOMPARE(rfmSegmentName(rfmSegment(r, f, m)), name);
    }

    void rfmSegmentsOfALog()
    {
        // Person pi: i sessions a day apart, each worth 10; the last on day 10 + i. So R, F
        // and M all rank people 1..5 alike.
        EventLog::Builder builder;
        for (int i = 1; i <= 5; ++i) {
            for (int session = 0; session < i; ++session) {
                builder.add(QStringLiteral("p%1").arg(i), (10 + i - session) * Day, s("Visit"),
                            s("web"), 10.0);
            }
        }
        const EventLog log = std::move(builder).build();
        const CustomerFeatures f = computeCustomerFeatures(EventView(log));
        const RfmScores scores = rfmScores(f);
        QCOMPARE(scores.recency, (std::vector<quint8>{1, 2, 3, 4, 5}));
        QCOMPARE(scores.frequency, (std::vector<quint8>{1, 2, 3, 4, 5}));
        QCOMPARE(scores.monetary, (std::vector<quint8>{1, 2, 3, 4, 5}));

        const Segmentation rfm = rfmSegmentation(f);
        QCOMPARE(rfm.segmentCount(), RfmSegmentCount);
        QCOMPARE(rfm.keys.first(), s("rfm:Champions"));
        QCOMPARE(rfm.keys.last(), s("rfm:Hibernating"));
        QStringList names;
        for (const int label : rfm.labels)
            names.append(rfm.names[label]);
        QCOMPARE(names, (QStringList{s("Hibernating"), s("Hibernating"), s("Need attention"),
                                     s("Loyal"), s("Champions")}));
    }

    void randomIsTheSameEverywhere()
    {
        // SplitMix64's published first outputs for seed 0.
        SeededRandom random(0);
        QCOMPARE(random.next(), 0xe220a8397b1dcdafull);
        QCOMPARE(random.next(), 0x6e789e6aa1b965f4ull);
        QCOMPARE(random.next(), 0x06c45d188009454full);
        SeededRandom bounded(3);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(bounded.below(7) < 7);
    }

    void kMeansFindsSeparatedClusters()
    {
        std::vector<int> truth;
        const FeatureMatrix points = blobs({100, 80, 60, 40}, truth);
        const KMeansResult result = kMeans(points, 4, 1);
        QCOMPARE(result.k, 4);
        // Clusters are numbered by size, as the blobs are.
        QCOMPARE(result.labels, truth);
        for (int c = 0; c < 4; ++c) {
            QVERIFY(std::abs(result.centroids[size_t(c) * 2] - 10.0 * c) < 0.3);
            QVERIFY(std::abs(result.centroids[size_t(c) * 2 + 1] - 10.0 * (c % 2)) < 0.3);
        }
        double inertia = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const double* centroid = result.centroids.data() + result.labels[size_t(i)] * 2;
            const double dx = points.row(i)[0] - centroid[0];
            const double dy = points.row(i)[1] - centroid[1];
            inertia += dx * dx + dy * dy;
        }
        QVERIFY(fuzzyEqual(result.inertia, inertia));

        const KMeansResult again = kMeans(points, 4, 1);
        QCOMPARE(again.labels, result.labels);
        QCOMPARE(again.centroids, result.centroids);
        QCOMPARE(again.iterations, result.iterations);
    }

    void boundsGiveWhatPlainLloydGives_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("k 3") << 3 << quint64(1);
        QTest::newRow("k 6") << 6 << quint64(2);
        QTest::newRow("k 8") << 8 << quint64(3);
    }

    void boundsGiveWhatPlainLloydGives()
    {
        // Overlapping clusters: 1500 points spread evenly over a square, where the bounds
        // have work to do. Plain Lloyd iterations, as written in the textbook, from the same
        // seeds and with the same stopping rule, must end in the same partition.
        QFETCH(int, k);
        QFETCH(quint64, seed);
        SeededRandom random(99);
        FeatureMatrix points;
        points.dims = 3;
        for (int i = 0; i < 1500 * 3; ++i)
            points.values.push_back(float(random.uniform()));
        const std::vector<double> seeds = kMeansPlusPlus(points, k, seed);
        QCOMPARE(seeds.size(), size_t(k) * 3);

        const size_t n = size_t(points.size());
        std::vector<double> centroids = seeds;
        std::vector<int> labels(n, -1);
        const auto assign = [&] {
            int changed = 0;
            for (size_t i = 0; i < n; ++i) {
                int best = 0;
                double bestDistance = std::numeric_limits<double>::infinity();
                for (int c = 0; c < k; ++c) {
                    double d = 0;
                    for (int t = 0; t < 3; ++t) {
                        const double diff =
                            points.row(qsizetype(i))[t] - centroids[size_t(c * 3 + t)];
                        d += diff * diff;
                    }
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = c;
                    }
                }
                changed += labels[i] != best;
                labels[i] = best;
            }
            return changed;
        };
        assign();
        int iterations = 1;
        while (iterations < 100) {
            std::vector<double> sums(size_t(k) * 3, 0.0);
            std::vector<int> counts(size_t(k), 0);
            for (size_t i = 0; i < n; ++i) {
                ++counts[size_t(labels[i])];
                for (int t = 0; t < 3; ++t)
                    sums[size_t(labels[i] * 3 + t)] += points.row(qsizetype(i))[t];
            }
            double shift = 0;
            for (int c = 0; c < k; ++c) {
                QVERIFY(counts[size_t(c)] > 0);
                for (int t = 0; t < 3; ++t) {
                    const double mean = sums[size_t(c * 3 + t)] / counts[size_t(c)];
                    shift += (mean - centroids[size_t(c * 3 + t)]) *
                             (mean - centroids[size_t(c * 3 + t)]);
                    centroids[size_t(c * 3 + t)] = mean;
                }
            }
            if (shift < 1e-4)
                break;
            ++iterations;
            if (assign() == 0)
                break;
        }
        assign();

        const KMeansResult result = kMeans(points, seeds);
        QCOMPARE(result.k, k);
        QCOMPARE(result.iterations, iterations);
        // Same partition: cluster numbers differ (the result's are by size).
        std::vector<int> mapping(size_t(k), -1);
        for (size_t i = 0; i < n; ++i) {
            int& mapped = mapping[size_t(result.labels[i])];
            if (mapped < 0)
                mapped = labels[i];
            QCOMPARE(mapped, labels[i]);
        }
        std::vector<int> sorted = mapping;
        std::sort(sorted.begin(), sorted.end());
        QVERIFY(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
        for (int c = 0; c < k; ++c) {
            for (int t = 0; t < 3; ++t) {
                QCOMPARE(result.centroids[size_t(c * 3 + t)],
                         centroids[size_t(mapping[size_t(c)] * 3 + t)]);
            }
        }
    }

    void silhouettePicksTheTrueK_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1, 2, 3, 17, 12345})
            QTest::addRow("seed %llu", seed) << seed;
    }

    void silhouettePicksTheTrueK()
    {
        QFETCH(quint64, seed);
        std::vector<int> truth;
        const FeatureMatrix points = blobs({100, 80, 60, 40}, truth);
        KMeansOptions options;
        options.seed = seed;
        const KMeansSelection selection = selectKMeans(points, options);
        QCOMPARE(selection.result.k, 4);
        QCOMPARE(selection.result.labels, truth);
        QCOMPARE(selection.silhouetteByK.size(), size_t(7));
        QCOMPARE(selection.silhouetteByK.front().first, 2);
        for (const auto& [k, score] : selection.silhouetteByK) {
            if (k != 4)
                QVERIFY2(score < selection.silhouette, qPrintable(QString::number(k)));
        }
    }

    void silhouetteMatchesTheDefinition()
    {
        std::vector<int> truth;
        const FeatureMatrix points = blobs({30, 20, 10}, truth, 11);
        std::vector<qsizetype> all(size_t(points.size()));
        std::iota(all.begin(), all.end(), 0);
        // The true clusters, then a poor split of them, then one with a point alone.
        std::vector<int> poor = truth;
        for (size_t i = 0; i < poor.size(); ++i)
            poor[i] = int(i % 3);
        std::vector<int> alone(truth.size(), 0);
        alone[5] = 1;
        alone[9] = 2;
        alone[10] = 2;
        for (const auto& labels : {truth, poor, alone}) {
            const double expected = naiveSilhouette(points, labels, all);
            QVERIFY2(fuzzyEqual(silhouette(points, labels, all), expected, 1e-6),
                     qPrintable(QString::number(expected)));
        }
        QVERIFY(silhouette(points, truth, all) > 0.8);
        QVERIFY(std::abs(silhouette(points, poor, all)) < 0.2);
        QVERIFY(std::isnan(silhouette(points, std::vector<int>(truth.size(), 0), all)));
    }

    void silhouetteOnASample()
    {
        std::vector<int> truth;
        const FeatureMatrix points = blobs({1500, 1000, 700}, truth, 5);
        const std::vector<qsizetype> sample = sampleRows(points.size(), 2000, 9);
        QCOMPARE(sample.size(), size_t(2000));
        QVERIFY(std::is_sorted(sample.begin(), sample.end()));
        QVERIFY(std::adjacent_find(sample.begin(), sample.end()) == sample.end());
        QVERIFY(sample.back() < points.size());
        QCOMPARE(sampleRows(points.size(), 2000, 9), sample);
        QVERIFY(sampleRows(points.size(), 2000, 10) != sample);
        QCOMPARE(sampleRows(5, 2000, 9), (std::vector<qsizetype>{0, 1, 2, 3, 4}));
        // Each blob is represented about as often as its size says (within 5 points in 100).
        std::vector<qint64> perBlob(3);
        for (const qsizetype row : sample)
            ++perBlob[size_t(truth[size_t(row)])];
        QVERIFY(std::abs(double(perBlob[0]) / 2000 - 1500.0 / 3200) < 0.05);

        const double expected = naiveSilhouette(points, truth, sample);
        QVERIFY(fuzzyEqual(silhouette(points, truth, sample), expected, 1e-6));
    }

    void kMeansDegenerateInputs()
    {
        FeatureMatrix same;
        same.dims = 2;
        same.values.assign(20, 1.5f); // ten equal points
        const KMeansResult one = kMeans(same, 3, 1);
        QCOMPARE(one.k, 1);
        QCOMPARE(one.labels, std::vector<int>(10, 0));
        QCOMPARE(one.inertia, 0.0);

        FeatureMatrix empty;
        empty.dims = 2;
        QCOMPARE(kMeans(empty, 3, 1).k, 0);
        QCOMPARE(selectKMeans(empty).result.k, 0);

        FeatureMatrix two;
        two.dims = 1;
        two.values = {0.0f, 1.0f};
        const KMeansSelection selection = selectKMeans(two);
        QCOMPARE(selection.result.k, 1); // n < 3: no k with a silhouette
        QVERIFY(std::isnan(selection.silhouette));
    }

    void kMeansSegmentsOfALog()
    {
        // Three kinds of people, twenty each: app regulars who buy, web browsers who stop
        // at the cart, and people who opened one email long ago.
        // People are numbered as first added: regulars 0..19, browsers 20..39, 40..59.
        EventLog::Builder builder;
        for (int i = 0; i < 20; ++i) {
            const QString regular = QStringLiteral("r%1").arg(i);
            for (int session = 0; session < 6; ++session) {
                const qint64 t = 80 * Day + session * Day + i * Minute;
                builder.add(regular, t, s("Home"), s("app"))
                    .add(regular, t + Minute, s("Buy"), s("app"), 100.0 + i);
            }
        }
        for (int i = 0; i < 20; ++i) {
            const QString browser = QStringLiteral("b%1").arg(i);
            builder.add(browser, 85 * Day + i * Hour, s("Home"), s("web"))
                .add(browser, 85 * Day + i * Hour + Minute, s("Product"), s("web"))
                .add(browser, 85 * Day + i * Hour + 2 * Minute, s("Cart"), s("web"));
        }
        for (int i = 0; i < 20; ++i)
            builder.add(QStringLiteral("e%1").arg(i), i * Hour, s("Newsletter"), s("email"));
        const EventLog log = std::move(builder).build();
        const CustomerFeatures f = computeCustomerFeatures(EventView(log), goalOf(log, "Buy"));
        const Segmentation segmentation = kMeansSegmentation(f);
        QCOMPARE(segmentation.model.k(), 3);
        QCOMPARE(segmentation.keys,
                 (QStringList{s("kmeans:k=3:1"), s("kmeans:k=3:2"), s("kmeans:k=3:3")}));
        // Everyone of a kind together, alone.
        for (int kind = 0; kind < 3; ++kind) {
            for (int i = 1; i < 20; ++i)
                QCOMPARE(segmentation.labels[size_t(kind * 20 + i)],
                         segmentation.labels[size_t(kind * 20)]);
        }
        QVERIFY(segmentation.labels[0] != segmentation.labels[20]);
        QVERIFY(segmentation.labels[0] != segmentation.labels[40]);
        QVERIFY(segmentation.labels[20] != segmentation.labels[40]);

        const KMeansModel& model = segmentation.model;
        QCOMPARE(model.features,
                 (QStringList{s("recency"), s("frequency"), s("monetary"), s("journey_length"),
                              s("stage"), s("channel:app"), s("channel:web"), s("channel:email")}));
        // The model reproduces the labels, also after a round trip through JSON.
        QCOMPARE(model.assign(model.points(f)), segmentation.labels);
        const std::optional<KMeansModel> restored = KMeansModel::fromJson(model.toJson());
        QVERIFY(restored);
        QCOMPARE(restored->features, model.features);
        QCOMPARE(restored->means, model.means);
        QCOMPARE(restored->scales, model.scales);
        QCOMPARE(restored->centroids, model.centroids);
        QCOMPARE(kMeansSegmentation(f, *restored).labels, segmentation.labels);

        // The same seed gives the same segmentation; a given k is kept.
        QCOMPARE(kMeansSegmentation(f).labels, segmentation.labels);
        KMeansOptions two;
        two.k = 2;
        const Segmentation fixed = kMeansSegmentation(f, two);
        QCOMPARE(fixed.model.k(), 2);
        QCOMPARE(fixed.silhouetteByK.size(), size_t(1));

        QJsonObject broken = model.toJson();
        broken.insert(s("scales"), QJsonArray{1, 2});
        QVERIFY(!KMeansModel::fromJson(broken));
        broken = model.toJson();
        broken.insert(s("features"), QJsonArray{s("shoe size")});
        QVERIFY(!KMeansModel::fromJson(broken));
    }

    void describesSegments()
    {
        // Goal: Buy, any time. Segment 0: a, b, c; segment 1: d, e, f.
        EventLog::Builder builder;
        builder.add(s("a"), 0, s("Home"), s("web"))
            .add(s("a"), Minute, s("Home"), s("web"))
            .add(s("a"), 2 * Minute, s("Product"), s("web"))
            .add(s("a"), 3 * Minute, s("Buy"), s("app"), 30.0)
            .add(s("b"), 0, s("Home"), s("web"))
            .add(s("b"), 5 * Minute, s("Product"), s("web"))
            .add(s("b"), 10 * Minute, s("Buy"), s("web"), 10.0)
            .add(s("c"), 0, s("Home"), s("web"))
            .add(s("c"), Minute, s("Product"), s("app"))
            .add(s("c"), 2 * Minute, s("Cart"), s("app"))
            .add(s("d"), 0, s("Email"), s("email"))
            .add(s("d"), Minute, s("Home"), s("web"))
            .add(s("d"), 2 * Minute, s("Cart"), s("web"))
            .add(s("e"), 0, s("Email"), s("email"))
            .add(s("e"), Minute, s("Product"), s("web"), 5.0)
            .add(s("f"), 20 * Minute, s("Email"), s("email"));
        const EventLog log = std::move(builder).build();
        const EventView view(log);
        const CustomerFeatures f = computeCustomerFeatures(view, goalOf(log, "Buy", std::nullopt));
        Segmentation segmentation;
        segmentation.names = QStringList{s("First"), s("Second"), s("Nobody")};
        segmentation.keys = QStringList{s("test:1"), s("test:2"), s("test:3")};
        segmentation.labels = {0, 0, 0, 1, 1, 1};
        const std::vector<SegmentDescription> segments = describeSegments(f, segmentation);
        QCOMPARE(segments.size(), size_t(3));

        const SegmentDescription& first = segments[0];
        QCOMPARE(first.key, s("test:1"));
        QCOMPARE(first.name, s("First"));
        QCOMPARE(first.customers, 3);
        QCOMPARE(first.share, 0.5);
        QCOMPARE(first.converted, 2);
        QCOMPARE(first.droppedOff, 1);
        QCOMPARE(first.conversionRate, 2.0 / 3);
        QCOMPARE(first.meanValue, 40.0 / 3);
        QCOMPARE(first.medianValue, 10.0);
        QCOMPARE(first.meanEvents, 10.0 / 3);
        QCOMPARE(first.meanSessions, 1.0);
        QCOMPARE(first.medianSecondsToConvert, 390.0); // 180 s and 600 s
        // web: 3 + 3 + 1 of 10 events; app: 1 + 2.
        QCOMPARE(first.topChannels.size(), size_t(2));
        QCOMPARE(first.topChannels[0].channel, s("web"));
        QCOMPARE(first.topChannels[0].share, 0.7);
        QCOMPARE(first.topChannels[1].channel, s("app"));
        QCOMPARE(first.topChannels[1].share, 0.3);
        // a's Home, Home counts as one step.
        QCOMPARE(first.typicalPath, (QStringList{s("Home"), s("Product"), s("Buy")}));
        QCOMPARE(first.typicalPathCustomers, 2);
        QCOMPARE(first.friction.size(), size_t(1));
        QCOMPARE(first.friction[0].touchpoint, s("Cart"));
        QCOMPARE(first.friction[0].customers, 1);
        QCOMPARE(first.friction[0].share, 1.0);

        const SegmentDescription& second = segments[1];
        QCOMPARE(second.customers, 3);
        QCOMPARE(second.conversionRate, 0.0);
        QCOMPARE(second.meanValue, 5.0 / 3);
        QCOMPARE(second.medianValue, 0.0);
        QVERIFY(std::isnan(second.medianSecondsToConvert));
        // email 3 of 6 events, web 3: a tie, by name.
        QCOMPARE(second.topChannels[0].channel, s("email"));
        QCOMPARE(second.topChannels[0].share, 0.5);
        QCOMPARE(second.topChannels[1].channel, s("web"));
        // Three paths once each: the shortest wins.
        QCOMPARE(second.typicalPath, QStringList{s("Email")});
        QCOMPARE(second.typicalPathCustomers, 1);
        // d ends at Cart, e at Product, f at Email: a three-way tie, by name.
        QCOMPARE(second.friction.size(), size_t(3));
        QCOMPARE(second.friction[0].touchpoint, s("Cart"));
        QCOMPARE(second.friction[1].touchpoint, s("Email"));
        QCOMPARE(second.friction[2].touchpoint, s("Product"));
        QCOMPARE(second.friction[2].share, 1.0 / 3);

        QCOMPARE(segments[2].customers, 0);
        QCOMPARE(segments[2].share, 0.0);
        QVERIFY(segments[2].typicalPath.isEmpty());

        const SegmentDescription everyone = describeEveryone(f);
        QCOMPARE(everyone.key, s("all"));
        QCOMPARE(everyone.customers, 6);
        QCOMPARE(everyone.share, 1.0);
        QCOMPARE(everyone.conversionRate, 1.0 / 3);
        QCOMPARE(everyone.meanValue, 7.5);
        QCOMPARE(everyone.medianValue, 2.5); // 0 0 0 5 10 30
        QCOMPARE(everyone.topChannels[0].channel, s("web"));
        QCOMPARE(everyone.topChannels[0].share, 10.0 / 16);
        QCOMPARE(everyone.topChannels[1].channel, s("app")); // 3 each, by name
        QCOMPARE(everyone.topChannels[2].channel, s("email"));
        QCOMPARE(everyone.friction[0].touchpoint, s("Cart"));
        QCOMPARE(everyone.friction[0].share, 0.5);

        const QJsonObject json = segmentsToJson(segments, segmentation);
        const QJsonArray list = json.value(s("segments")).toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].toObject().value(s("name")).toString(), s("First"));
        QCOMPARE(list[0].toObject().value(s("customers")).toInteger(), 3);
        QCOMPARE(list[0].toObject().value(s("typical_path")).toArray().size(), 3);
        QVERIFY(list[1].toObject().value(s("median_seconds_to_convert")).isNull());
        QCOMPARE(json.value(s("method")).toString(), s("rfm"));
    }

    void segmentsOfAnImportedProject()
    {
        ImportFixture fixture;
        QByteArray csv = "customer,time,event,channel,value\n";
        for (int i = 0; i < 30; ++i) {
            const QByteArray who = "c" + QByteArray::number(i);
            const int day = 1 + i % 28;
            csv += who + ",2024-01-" + QByteArray(day < 10 ? "0" : "") + QByteArray::number(day) +
                   "T10:00:00Z,Home,web,\n";
            if (i % 3 == 0) {
                csv += who + ",2024-01-" + QByteArray(day < 10 ? "0" : "") +
                       QByteArray::number(day) + "T10:05:00Z,Buy,app," + QByteArray::number(i) +
                       "\n";
            }
        }
        fixture.import({fixture.write(s("events.csv"), csv)}, {}, true);
        const auto project = fixture.open();
        const EventLog log = EventLog::load(project->database());
        const EventView view(log);
        const CustomerFeatures f = computeCustomerFeatures(view, goalOf(log, "Buy"));
        QCOMPARE(f.size(), 30);
        const Segmentation rfm = rfmSegmentation(f);
        const std::vector<SegmentDescription> segments = describeSegments(f, rfm);
        qint64 customers = 0;
        qint64 converted = 0;
        for (const SegmentDescription& segment : segments) {
            customers += segment.customers;
            converted += segment.converted;
        }
        QCOMPARE(customers, 30);
        QCOMPARE(converted, 10);
        const Segmentation clusters = kMeansSegmentation(f);
        QVERIFY(clusters.model.k() >= 2);
        QCOMPARE(qsizetype(clusters.labels.size()), f.size());
    }
};

QTEST_GUILESS_MAIN(TestSegmentation)
#include "tst_segmentation.moc"
