#include "core/journey/segmentation.h"

#include "core/base/error.h"
#include "core/base/feedback.h"
#include "core/base/jsonnumber.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <QCoreApplication>
#include <QJsonArray>
#include <unordered_map>
#include <utility>

namespace journeyscope {

namespace {

// --- RFM ---------------------------------------------------------------------------------

constexpr const char* rfmNames[RfmSegmentCount] = {
    QT_TRANSLATE_NOOP("journeyscope::RfmSegment", "Champions"),
    QT_TRANSLATE_NOOP("journeyscope::RfmSegment", "Loyal"),
    QT_TRANSLATE_NOOP("journeyscope::RfmSegment", "Potential loyalists"),
    QT_TRANSLATE_NOOP("journeyscope::RfmSegment", "New"),
    QT_TRANSLATE_NOOP("journeyscope::RfmSegment", "Promising"),
    QT_TRANSLATE_NOOP("journeyscope::RfmSegment", "Need attention"),
    QT_TRANSLATE_NOOP("journeyscope::RfmSegment", "About to sleep"),
    QT_TRANSLATE_NOOP("journeyscope::RfmSegment", "At risk"),
    QT_TRANSLATE_NOOP("journeyscope::RfmSegment", "Can't lose them"),
    QT_TRANSLATE_NOOP("journeyscope::RfmSegment", "Hibernating"),
};

// --- k-means -----------------------------------------------------------------------------

template <typename Point>
double squaredDistance(const Point* point, const double* centroid, int dims)
{
    // Four running sums, added in a fixed order: the same result everywhere, without one
    // long chain of dependent additions (most of the time of k-means goes here).
    double sums[4] = {0, 0, 0, 0};
    int t = 0;
    for (; t + 4 <= dims; t += 4) {
        for (int lane = 0; lane < 4; ++lane) {
            const double diff = double(point[t + lane]) - centroid[t + lane];
            sums[lane] += diff * diff;
        }
    }
    for (; t < dims; ++t) {
        const double diff = double(point[t]) - centroid[t];
        sums[0] += diff * diff;
    }
    return (sums[0] + sums[1]) + (sums[2] + sums[3]);
}

/// Index of the nearest of \a k centroids (ties: the lower) and its squared distance.
std::pair<int, double> nearest(const float* point, const std::vector<double>& centroids, int k,
                               int dims)
{
    int best = 0;
    double bestDistance = squaredDistance(point, centroids.data(), dims);
    for (int j = 1; j < k; ++j) {
        const double distance = squaredDistance(point, centroids.data() + size_t(j) * dims, dims);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = j;
        }
    }
    return {best, bestDistance};
}

std::vector<double> seedPlusPlus(const FeatureMatrix& points, int k, SeededRandom& random)
{
    const qsizetype n = points.size();
    const int dims = points.dims;
    std::vector<double> centroids(size_t(k) * dims);
    const auto place = [&](int j, qsizetype i) {
        std::copy(points.row(i), points.row(i) + dims, centroids.begin() + qsizetype(j) * dims);
    };
    place(0, qsizetype(random.below(quint64(n))));
    std::vector<double> nearestSquared(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        nearestSquared[size_t(i)] = squaredDistance(points.row(i), centroids.data(), dims);
    for (int j = 1; j < k; ++j) {
        const double total = std::accumulate(nearestSquared.begin(), nearestSquared.end(), 0.0);
        qsizetype chosen = 0;
        if (total > 0) {
            // Probability proportional to D²; the last point with D² > 0 guards rounding.
            const double target = random.uniform() * total;
            double cumulative = 0;
            qsizetype lastPositive = 0;
            chosen = -1;
            for (qsizetype i = 0; i < n; ++i) {
                if (nearestSquared[size_t(i)] <= 0)
                    continue;
                lastPositive = i;
                cumulative += nearestSquared[size_t(i)];
                if (cumulative > target) {
                    chosen = i;
                    break;
                }
            }
            if (chosen < 0)
                chosen = lastPositive;
        } else {
            chosen = qsizetype(random.below(quint64(n))); // every point is a centroid already
        }
        place(j, chosen);
        const double* centroid = centroids.data() + size_t(j) * dims;
        for (qsizetype i = 0; i < n; ++i) {
            nearestSquared[size_t(i)] =
                std::min(nearestSquared[size_t(i)], squaredDistance(points.row(i), centroid, dims));
        }
    }
    return centroids;
}

/// Pairwise Euclidean distances among the sampled points, row-major.
std::vector<float> sampleDistances(const FeatureMatrix& points,
                                   const std::vector<qsizetype>& sample)
{
    const size_t m = sample.size();
    std::vector<float> distances(m * m, 0.0f);
    for (size_t a = 0; a < m; ++a) {
        const float* pa = points.row(sample[a]);
        for (size_t b = a + 1; b < m; ++b) {
            const float* pb = points.row(sample[b]);
            double sum = 0;
            for (int t = 0; t < points.dims; ++t) {
                const double diff = double(pa[t]) - double(pb[t]);
                sum += diff * diff;
            }
            distances[a * m + b] = distances[b * m + a] = float(std::sqrt(sum));
        }
    }
    return distances;
}

double silhouetteOf(const std::vector<float>& distances, const std::vector<int>& labels,
                    const std::vector<qsizetype>& sample)
{
    const size_t m = sample.size();
    int clusters = 0;
    for (const qsizetype row : sample)
        clusters = std::max(clusters, labels[size_t(row)] + 1);
    std::vector<qint64> counts(size_t(clusters), 0);
    for (const qsizetype row : sample) {
        if (labels[size_t(row)] >= 0)
            ++counts[size_t(labels[size_t(row)])];
    }
    if (std::count_if(counts.begin(), counts.end(), [](qint64 c) { return c > 0; }) < 2)
        return EventLog::NoValue;

    std::vector<double> sums(static_cast<size_t>(clusters));
    double total = 0;
    qint64 scored = 0;
    for (size_t a = 0; a < m; ++a) {
        const int own = labels[size_t(sample[a])];
        if (own < 0)
            continue;
        ++scored;
        if (counts[size_t(own)] < 2)
            continue; // alone in its cluster: 0
        std::fill(sums.begin(), sums.end(), 0.0);
        for (size_t b = 0; b < m; ++b) {
            const int other = labels[size_t(sample[b])];
            if (other >= 0)
                sums[size_t(other)] += distances[a * m + b];
        }
        const double within = sums[size_t(own)] / double(counts[size_t(own)] - 1);
        double between = std::numeric_limits<double>::infinity();
        for (int c = 0; c < clusters; ++c) {
            if (c != own && counts[size_t(c)] > 0)
                between = std::min(between, sums[size_t(c)] / double(counts[size_t(c)]));
        }
        const double larger = std::max(within, between);
        if (larger > 0)
            total += (between - within) / larger;
    }
    return scored ? total / double(scored) : EventLog::NoValue;
}

double signedLog(double x)
{
    return std::copysign(std::log1p(std::abs(x)), x);
}

enum class FeatureKind { Recency, Frequency, Monetary, JourneyLength, Stage, Channel };

constexpr std::pair<FeatureKind, const char*> baseFeatures[] = {
    {FeatureKind::Recency, "recency"},   {FeatureKind::Frequency, "frequency"},
    {FeatureKind::Monetary, "monetary"}, {FeatureKind::JourneyLength, "journey_length"},
    {FeatureKind::Stage, "stage"},
};
const QString channelPrefix = QStringLiteral("channel:");

/// How to read one model feature from CustomerFeatures: its kind, and for a channel the
/// channel's index there (-1: absent, share 0).
struct FeatureReader
{
    FeatureKind kind;
    qsizetype channel = -1;

    double raw(const CustomerFeatures& f, qsizetype row) const
    {
        const size_t r = size_t(row);
        switch (kind) {
        case FeatureKind::Recency:
            return signedLog(f.recencyDays[r]);
        case FeatureKind::Frequency:
            return signedLog(f.frequency[r]);
        case FeatureKind::Monetary:
            return signedLog(f.monetary[r]);
        case FeatureKind::JourneyLength:
            return signedLog(f.journeyLength[r]);
        case FeatureKind::Stage:
            return f.stageReached[r];
        case FeatureKind::Channel:
            return channel < 0 ? 0.0 : f.channelShare(row, channel);
        }
        return 0;
    }
};

std::optional<FeatureReader> readerFor(const QString& feature, const QStringList& channelNames)
{
    for (const auto& [kind, name] : baseFeatures) {
        if (feature == QLatin1String(name))
            return FeatureReader{kind};
    }
    if (feature.startsWith(channelPrefix)) {
        const QString channel = feature.mid(channelPrefix.size());
        const qsizetype index = channel.isEmpty() ? -1 : channelNames.indexOf(channel);
        return FeatureReader{FeatureKind::Channel, index};
    }
    return std::nullopt;
}

/// Renumbers clusters by size, largest first (ties: the first point's order), and drops
/// empty ones; returns the new number of each old cluster (-1: dropped).
std::vector<int> orderBySize(const std::vector<int>& labels, int k)
{
    std::vector<qint64> sizes(size_t(k), 0);
    std::vector<qsizetype> first(size_t(k), std::numeric_limits<qsizetype>::max());
    for (size_t i = 0; i < labels.size(); ++i) {
        const size_t c = size_t(labels[i]);
        if (sizes[c]++ == 0)
            first[c] = qsizetype(i);
    }
    std::vector<int> order(static_cast<size_t>(k));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return sizes[size_t(a)] != sizes[size_t(b)] ? sizes[size_t(a)] > sizes[size_t(b)]
                                                    : first[size_t(a)] < first[size_t(b)];
    });
    std::vector<int> renumber(size_t(k), -1);
    int next = 0;
    for (const int old : order) {
        if (sizes[size_t(old)] > 0)
            renumber[size_t(old)] = next++;
    }
    return renumber;
}

// --- Descriptions ------------------------------------------------------------------------

struct OpeningPathHash
{
    size_t operator()(const OpeningPath& path) const
    {
        quint64 h = 0xcbf29ce484222325ull ^ path.size;
        for (int i = 0; i < path.size; ++i)
            h = (h ^ path.steps[size_t(i)]) * 0x100000001b3ull;
        return size_t(h);
    }
};

/// The sum of \a values (reordered) in ascending order: the same to the last bit whatever
/// order the customers came in (a warehouse returns them by id, an import by first sight).
double orderFreeSum(std::vector<double>& values)
{
    std::sort(values.begin(), values.end());
    return std::accumulate(values.begin(), values.end(), 0.0);
}

double median(std::vector<double>& values)
{
    if (values.empty())
        return EventLog::NoValue;
    const size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + qsizetype(middle), values.end());
    const double upper = values[middle];
    if (values.size() % 2)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + qsizetype(middle));
    return (lower + upper) / 2;
}

std::vector<SegmentDescription> describe(const CustomerFeatures& features,
                                         const std::vector<int>& labels, const QStringList& names,
                                         const QStringList& keys)
{
    const size_t segmentCount = size_t(names.size());
    const size_t touchpointCount = size_t(features.touchpointNames.size());
    const size_t channelCount = features.channelEvents.size();

    std::vector<SegmentDescription> segments(segmentCount);
    std::vector<std::vector<double>> values(segmentCount), secondsToConvert(segmentCount),
        recency(segmentCount);
    std::vector<double> sessions(segmentCount), events(segmentCount);
    std::vector<std::vector<quint64>> channels(segmentCount, std::vector<quint64>(channelCount));
    std::vector<std::vector<qint64>> endings(segmentCount, std::vector<qint64>(touchpointCount));
    std::vector<std::unordered_map<OpeningPath, qint64, OpeningPathHash>> paths(segmentCount);

    for (size_t r = 0; r < features.persons.size(); ++r) {
        const int label = labels[r];
        if (label < 0)
            continue;
        const size_t s = size_t(label);
        SegmentDescription& segment = segments[s];
        ++segment.customers;
        values[s].push_back(features.monetary[r]);
        recency[s].push_back(features.recencyDays[r]);
        sessions[s] += features.frequency[r];
        events[s] += features.journeyLength[r];
        for (size_t c = 0; c < channelCount; ++c)
            channels[s][c] += features.channelEvents[c][r];
        switch (features.outcomes[r]) {
        case Outcome::Converted:
            ++segment.converted;
            secondsToConvert[s].push_back(features.secondsToConvert[r]);
            break;
        case Outcome::DroppedOff:
            ++segment.droppedOff;
            ++endings[s][features.lastTouchpoints[r]];
            break;
        case Outcome::Open:
            break;
        }
        ++paths[s][features.openingPaths[r]];
    }

    const auto pathNames = [&](const OpeningPath& path) {
        QStringList steps;
        for (int i = 0; i < path.size; ++i)
            steps.append(features.touchpointNames[path.steps[size_t(i)]]);
        return steps;
    };
    for (size_t s = 0; s < segmentCount; ++s) {
        SegmentDescription& segment = segments[s];
        segment.key = keys[qsizetype(s)];
        segment.name = names[qsizetype(s)];
        if (!features.persons.empty())
            segment.share = double(segment.customers) / double(features.persons.size());
        if (segment.customers == 0)
            continue;
        const double customers = double(segment.customers);
        segment.conversionRate = double(segment.converted) / customers;
        segment.meanValue = orderFreeSum(values[s]) / customers;
        segment.medianValue = median(values[s]);
        segment.meanRecencyDays = orderFreeSum(recency[s]) / customers;
        segment.meanSessions = sessions[s] / customers;
        segment.meanEvents = events[s] / customers;
        segment.medianSecondsToConvert = median(secondsToConvert[s]);

        const quint64 allEvents =
            std::accumulate(channels[s].begin(), channels[s].end(), quint64(0));
        std::vector<size_t> order;
        for (size_t c = 1; c < channelCount; ++c) {
            if (channels[s][c] > 0)
                order.push_back(c);
        }
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return channels[s][a] != channels[s][b]
                       ? channels[s][a] > channels[s][b]
                       : features.channelNames[qsizetype(a)] < features.channelNames[qsizetype(b)];
        });
        for (size_t i = 0; i < order.size() && i < 3; ++i) {
            segment.topChannels.push_back({features.channelNames[qsizetype(order[i])],
                                           double(channels[s][order[i]]) / double(allEvents)});
        }

        const OpeningPath* best = nullptr;
        qint64 bestCount = 0;
        QStringList bestNames;
        for (const auto& [path, count] : paths[s]) {
            if (best && count < bestCount)
                continue;
            if (best && count == bestCount) {
                if (path.size > best->size)
                    continue;
                if (path.size == best->size) {
                    if (!(pathNames(path) < bestNames))
                        continue;
                }
            }
            best = &path;
            bestCount = count;
            bestNames = pathNames(path);
        }
        segment.typicalPath = bestNames;
        segment.typicalPathCustomers = bestCount;

        std::vector<size_t> ends;
        for (size_t t = 0; t < touchpointCount; ++t) {
            if (endings[s][t] > 0)
                ends.push_back(t);
        }
        std::sort(ends.begin(), ends.end(), [&](size_t a, size_t b) {
            return endings[s][a] != endings[s][b] ? endings[s][a] > endings[s][b]
                                                  : features.touchpointNames[qsizetype(a)] <
                                                        features.touchpointNames[qsizetype(b)];
        });
        for (size_t i = 0; i < ends.size() && i < 3; ++i) {
            segment.friction.push_back({features.touchpointNames[qsizetype(ends[i])],
                                        endings[s][ends[i]],
                                        double(endings[s][ends[i]]) / double(segment.droppedOff)});
        }
    }
    return segments;
}

} // namespace

// --- RFM ---------------------------------------------------------------------------------

std::vector<quint8> quintileScores(const std::vector<double>& values)
{
    const size_t n = values.size();
    std::vector<std::pair<double, quint32>> sorted(n);
    for (size_t i = 0; i < n; ++i)
        sorted[i] = {values[i], quint32(i)};
    // NaN first (worst), so that the order is strict and weak.
    const auto less = [](double a, double b) { return a < b || (std::isnan(a) && !std::isnan(b)); };
    std::sort(sorted.begin(), sorted.end(),
              [&](const auto& a, const auto& b) { return less(a.first, b.first); });
    std::vector<quint8> scores(n);
    for (size_t a = 0; a < n;) {
        size_t b = a + 1;
        while (b < n && !less(sorted[a].first, sorted[b].first))
            ++b;
        const quint8 score = quint8(1 + (5 * quint64(a + b - 1)) / (2 * quint64(n)));
        for (size_t i = a; i < b; ++i)
            scores[sorted[i].second] = score;
        a = b;
    }
    return scores;
}

RfmScores rfmScores(const CustomerFeatures& features)
{
    const size_t n = size_t(features.size());
    std::vector<double> column(n);
    RfmScores scores;
    for (size_t i = 0; i < n; ++i)
        column[i] = -features.recencyDays[i]; // recent is better
    scores.recency = quintileScores(column);
    for (size_t i = 0; i < n; ++i)
        column[i] = features.frequency[i];
    scores.frequency = quintileScores(column);
    scores.monetary = quintileScores(features.monetary);
    return scores;
}

RfmSegment rfmSegment(int recency, int frequency, int monetary)
{
    const int fm = (frequency + monetary + 1) / 2;
    switch (recency) {
    case 5:
        return fm >= 4   ? RfmSegment::Champions
               : fm >= 2 ? RfmSegment::PotentialLoyalists
                         : RfmSegment::New;
    case 4:
        return fm >= 4   ? RfmSegment::Loyal
               : fm >= 2 ? RfmSegment::PotentialLoyalists
                         : RfmSegment::Promising;
    case 3:
        return fm >= 4   ? RfmSegment::Loyal
               : fm == 3 ? RfmSegment::NeedAttention
                         : RfmSegment::AboutToSleep;
    default:
        return fm == 5   ? RfmSegment::CantLoseThem
               : fm >= 3 ? RfmSegment::AtRisk
                         : RfmSegment::Hibernating;
    }
}

QString rfmSegmentName(RfmSegment segment)
{
    return QString::fromLatin1(rfmNames[int(segment)]);
}

Segmentation rfmSegmentation(const CustomerFeatures& features)
{
    Segmentation segmentation;
    segmentation.method = Segmentation::Method::Rfm;
    for (int s = 0; s < RfmSegmentCount; ++s) {
        const QString name = rfmSegmentName(RfmSegment(s));
        segmentation.names.append(name);
        segmentation.keys.append(QStringLiteral("rfm:") + name);
    }
    const RfmScores scores = rfmScores(features);
    segmentation.labels.resize(size_t(features.size()));
    for (size_t i = 0; i < segmentation.labels.size(); ++i) {
        segmentation.labels[i] =
            int(rfmSegment(scores.recency[i], scores.frequency[i], scores.monetary[i]));
    }
    return segmentation;
}

// --- k-means -----------------------------------------------------------------------------

std::vector<double> kMeansPlusPlus(const FeatureMatrix& points, int k, quint64 seed)
{
    k = int(std::min<qsizetype>(k, points.size()));
    if (k < 1)
        return {};
    SeededRandom random(seed);
    return seedPlusPlus(points, k, random);
}

KMeansResult kMeans(const FeatureMatrix& points, int k, quint64 seed, int maxIterations,
                    Feedback* feedback)
{
    return kMeans(points, kMeansPlusPlus(points, k, seed), maxIterations, feedback);
}

KMeansResult kMeans(const FeatureMatrix& points, std::vector<double> centroids, int maxIterations,
                    Feedback* feedback)
{
    KMeansResult result;
    const qsizetype n = points.size();
    const int dims = points.dims;
    const int k = dims ? int(centroids.size() / size_t(dims)) : 0;
    if (k < 1 || n == 0)
        return result;
    std::vector<int> labels(static_cast<size_t>(n));
    // Hamerly's bounds (2010) spare most distance computations once clusters settle: an
    // upper bound on the distance to the own centroid, a lower bound on the distance to
    // any other. Same result as plain Lloyd iterations.
    std::vector<double> upper(static_cast<size_t>(n)), lower(static_cast<size_t>(n));
    std::vector<double> sums(size_t(k) * dims), moved(static_cast<size_t>(k));
    std::vector<double> halfGap(static_cast<size_t>(k));
    std::vector<qint64> counts(static_cast<size_t>(k));
    const auto centroid = [&](int c) { return centroids.data() + size_t(c) * dims; };
    const auto nearestTwo = [&](qsizetype i) {
        int best = 0;
        double first = std::numeric_limits<double>::infinity();
        double second = first;
        for (int c = 0; c < k; ++c) {
            const double d = squaredDistance(points.row(i), centroid(c), dims);
            if (d < first) {
                second = first;
                first = d;
                best = c;
            } else if (d < second) {
                second = d;
            }
        }
        labels[size_t(i)] = best;
        upper[size_t(i)] = std::sqrt(first);
        lower[size_t(i)] = std::sqrt(second);
    };

    for (qsizetype i = 0; i < n; ++i)
        nearestTwo(i);
    int iteration = 1;
    while (iteration < maxIterations) {
        if (feedback)
            feedback->checkCanceled();

        // Centroids to the means of their points.
        std::fill(sums.begin(), sums.end(), 0.0);
        std::fill(counts.begin(), counts.end(), 0);
        for (qsizetype i = 0; i < n; ++i) {
            const size_t c = size_t(labels[size_t(i)]);
            ++counts[c];
            const float* p = points.row(i);
            double* sum = sums.data() + c * dims;
            for (int t = 0; t < dims; ++t)
                sum[t] += p[t];
        }
        // An empty cluster restarts at the point worst served by its centroid.
        std::vector<double> worst;
        if (std::find(counts.begin(), counts.end(), 0) != counts.end()) {
            worst.resize(size_t(n));
            for (qsizetype i = 0; i < n; ++i)
                worst[size_t(i)] =
                    squaredDistance(points.row(i), centroid(labels[size_t(i)]), dims);
        }
        double shift = 0;
        for (int c = 0; c < k; ++c) {
            double* center = centroid(c);
            double squared = 0;
            if (counts[size_t(c)] > 0) {
                for (int t = 0; t < dims; ++t) {
                    const double mean =
                        sums[size_t(c) * dims + size_t(t)] / double(counts[size_t(c)]);
                    squared += (mean - center[t]) * (mean - center[t]);
                    center[t] = mean;
                }
            } else {
                const auto farthest = std::max_element(worst.begin(), worst.end());
                if (*farthest > 0) {
                    const float* p = points.row(farthest - worst.begin());
                    for (int t = 0; t < dims; ++t) {
                        squared += (p[t] - center[t]) * (p[t] - center[t]);
                        center[t] = p[t];
                    }
                    *farthest = 0;
                }
            }
            moved[size_t(c)] = std::sqrt(squared);
            shift += squared;
        }
        if (shift < 1e-4)
            break;

        // Bounds follow the moves; then only points whose bounds overlap are measured.
        int most = 0;
        for (int c = 1; c < k; ++c) {
            if (moved[size_t(c)] > moved[size_t(most)])
                most = c;
        }
        double runnerUp = 0;
        for (int c = 0; c < k; ++c) {
            if (c != most)
                runnerUp = std::max(runnerUp, moved[size_t(c)]);
        }
        for (int c = 0; c < k; ++c) {
            double closest = std::numeric_limits<double>::infinity();
            for (int other = 0; other < k; ++other) {
                if (other != c)
                    closest =
                        std::min(closest, squaredDistance(centroid(c), centroid(other), dims));
            }
            halfGap[size_t(c)] = std::sqrt(closest) / 2;
        }
        qsizetype changed = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const size_t r = size_t(i);
            const int own = labels[r];
            upper[r] += moved[size_t(own)];
            lower[r] -= own == most ? runnerUp : moved[size_t(most)];
            const double bound = std::max(halfGap[size_t(own)], lower[r]);
            if (upper[r] <= bound)
                continue;
            upper[r] = std::sqrt(squaredDistance(points.row(i), centroid(own), dims));
            if (upper[r] <= bound)
                continue;
            nearestTwo(i);
            changed += labels[r] != own;
        }
        ++iteration;
        if (changed == 0)
            break;
    }

    // The labels of the final centroids exactly as KMeansModel::assign() gives them (the
    // bounds carry rounding, and ties go to the lower cluster).
    std::vector<double> distances(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        const auto [best, distance] = nearest(points.row(i), centroids, k, dims);
        labels[size_t(i)] = best;
        distances[size_t(i)] = distance;
    }

    const std::vector<int> renumber = orderBySize(labels, k);
    result.k = int(std::count_if(renumber.begin(), renumber.end(), [](int c) { return c >= 0; }));
    result.centroids.resize(size_t(result.k) * dims);
    for (int c = 0; c < k; ++c) {
        if (renumber[size_t(c)] >= 0) {
            std::copy(centroids.begin() + qsizetype(c) * dims,
                      centroids.begin() + qsizetype(c + 1) * dims,
                      result.centroids.begin() + qsizetype(renumber[size_t(c)]) * dims);
        }
    }
    for (int& label : labels)
        label = renumber[size_t(label)];
    result.labels = std::move(labels);
    result.inertia = std::accumulate(distances.begin(), distances.end(), 0.0);
    result.iterations = iteration;
    return result;
}

double silhouette(const FeatureMatrix& points, const std::vector<int>& labels,
                  const std::vector<qsizetype>& sample)
{
    return silhouetteOf(sampleDistances(points, sample), labels, sample);
}

std::vector<qsizetype> sampleRows(qsizetype n, qsizetype size, quint64 seed)
{
    std::vector<qsizetype> rows;
    if (n <= size) {
        rows.resize(size_t(std::max<qsizetype>(n, 0)));
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    SeededRandom random(seed);
    rows.reserve(size_t(size));
    for (qsizetype i = 0; i < n && qsizetype(rows.size()) < size; ++i) {
        // Keeps row i with probability (still needed) / (still left).
        if (double(n - i) * random.uniform() < double(size - qsizetype(rows.size())))
            rows.push_back(i);
    }
    return rows;
}

KMeansSelection selectKMeans(const FeatureMatrix& points, const KMeansOptions& options,
                             Feedback* feedback)
{
    const qsizetype n = points.size();
    // The sample draws from a stream of its own, and is the same for every k.
    const std::vector<qsizetype> sample =
        sampleRows(n, options.silhouetteSample, options.seed ^ 0x5EED5A3B1E5ull);
    const std::vector<float> distances = sampleDistances(points, sample);

    KMeansSelection selection;
    const auto consider = [&](int k) {
        KMeansResult result = kMeans(points, k, options.seed, options.maxIterations, feedback);
        const double score = silhouetteOf(distances, result.labels, sample);
        selection.silhouetteByK.push_back({k, score});
        const bool better =
            std::isnan(selection.silhouette) ? !std::isnan(score) : score > selection.silhouette;
        if (selection.silhouetteByK.size() == 1 || better) {
            selection.result = std::move(result);
            selection.silhouette = score;
        }
    };
    if (options.k) {
        consider(std::max(1, *options.k));
    } else {
        // The silhouette needs 2 <= k <= n - 1.
        const int maxK = int(std::min<qsizetype>(options.maxK, n - 1));
        for (int k = std::max(2, options.minK); k <= maxK; ++k)
            consider(k);
        if (selection.silhouetteByK.empty())
            consider(1);
    }
    return selection;
}

FeatureMatrix KMeansModel::points(const CustomerFeatures& customers) const
{
    FeatureMatrix matrix;
    matrix.dims = int(features.size());
    const qsizetype n = customers.size();
    matrix.values.resize(size_t(n) * size_t(matrix.dims));
    for (int f = 0; f < matrix.dims; ++f) {
        const std::optional<FeatureReader> reader = readerFor(features[f], customers.channelNames);
        if (!reader)
            continue; // fromJson() lets no unknown feature through
        const double mean = means[size_t(f)];
        const double scale = scales[size_t(f)];
        for (qsizetype i = 0; i < n; ++i)
            matrix.values[size_t(i) * matrix.dims + size_t(f)] =
                float((reader->raw(customers, i) - mean) / scale);
    }
    return matrix;
}

std::vector<int> KMeansModel::assign(const FeatureMatrix& points) const
{
    std::vector<int> labels(size_t(points.size()));
    const int clusters = k();
    for (qsizetype i = 0; i < points.size(); ++i)
        labels[size_t(i)] =
            clusters ? nearest(points.row(i), centroids, clusters, points.dims).first : -1;
    return labels;
}

QJsonObject KMeansModel::toJson() const
{
    const auto array = [](const std::vector<double>& values, size_t begin, size_t end) {
        QJsonArray json;
        for (size_t i = begin; i < end; ++i)
            json.append(values[i]);
        return json;
    };
    QJsonArray rows;
    const size_t dims = size_t(features.size());
    for (int c = 0; c < k(); ++c)
        rows.append(array(centroids, size_t(c) * dims, size_t(c + 1) * dims));
    return {{QStringLiteral("features"), QJsonArray::fromStringList(features)},
            {QStringLiteral("means"), array(means, 0, means.size())},
            {QStringLiteral("scales"), array(scales, 0, scales.size())},
            {QStringLiteral("centroids"), rows}};
}

std::optional<KMeansModel> KMeansModel::fromJson(const QJsonObject& json)
{
    KMeansModel model;
    for (const QJsonValue& feature : json.value(QStringLiteral("features")).toArray()) {
        if (!feature.isString() || !readerFor(feature.toString(), {}))
            return std::nullopt;
        model.features.append(feature.toString());
    }
    const qsizetype dims = model.features.size();
    const auto numbers = [&](const QJsonValue& value, std::vector<double>& out) {
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.size() != dims)
            return false;
        for (const QJsonValue& number : array) {
            if (!number.isDouble() || !std::isfinite(number.toDouble()))
                return false;
            out.push_back(number.toDouble());
        }
        return true;
    };
    if (dims == 0 || !numbers(json.value(QStringLiteral("means")), model.means) ||
        !numbers(json.value(QStringLiteral("scales")), model.scales))
        return std::nullopt;
    if (std::any_of(model.scales.begin(), model.scales.end(), [](double s) { return s <= 0; }))
        return std::nullopt;
    const QJsonArray rows = json.value(QStringLiteral("centroids")).toArray();
    if (rows.isEmpty())
        return std::nullopt;
    for (const QJsonValue& row : rows) {
        if (!numbers(row, model.centroids))
            return std::nullopt;
    }
    return model;
}

KMeansModel KMeansModel::fit(const CustomerFeatures& customers)
{
    KMeansModel model;
    for (const auto& [kind, name] : baseFeatures)
        model.features.append(QString::fromLatin1(name));
    for (qsizetype c = 1; c < customers.channelNames.size(); ++c) {
        const auto& column = customers.channelEvents[size_t(c)];
        if (std::any_of(column.begin(), column.end(), [](quint32 events) { return events > 0; }))
            model.features.append(channelPrefix + customers.channelNames[c]);
    }
    const qsizetype n = customers.size();
    for (const QString& feature : std::as_const(model.features)) {
        const FeatureReader reader = *readerFor(feature, customers.channelNames);
        double sum = 0;
        for (qsizetype i = 0; i < n; ++i)
            sum += reader.raw(customers, i);
        const double mean = n ? sum / double(n) : 0;
        double squares = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const double diff = reader.raw(customers, i) - mean;
            squares += diff * diff;
        }
        const double deviation = n ? std::sqrt(squares / double(n)) : 0;
        model.means.push_back(mean);
        model.scales.push_back(deviation > 1e-12 ? deviation : 1.0);
    }
    return model;
}

// --- Segmentations -----------------------------------------------------------------------

namespace {

Segmentation fromClusters(const std::vector<int>& labels, const KMeansModel& model)
{
    Segmentation segmentation;
    segmentation.method = Segmentation::Method::KMeans;
    const int k = model.k();
    for (int c = 1; c <= k; ++c) {
        segmentation.names.append(
            QCoreApplication::translate("journeyscope::Segmentation", "Cluster %1").arg(c));
        segmentation.keys.append(QStringLiteral("kmeans:k=%1:%2").arg(k).arg(c));
    }
    segmentation.labels = labels;
    segmentation.model = model;
    return segmentation;
}

} // namespace

Segmentation kMeansSegmentation(const CustomerFeatures& features, const KMeansOptions& options,
                                Feedback* feedback)
{
    KMeansModel model = KMeansModel::fit(features);
    KMeansSelection selection = selectKMeans(model.points(features), options, feedback);
    model.centroids = selection.result.centroids;
    Segmentation segmentation = fromClusters(selection.result.labels, model);
    segmentation.silhouette = selection.silhouette;
    segmentation.silhouetteByK = std::move(selection.silhouetteByK);
    return segmentation;
}

Segmentation kMeansSegmentation(const CustomerFeatures& features, const KMeansModel& model)
{
    return fromClusters(model.assign(model.points(features)), model);
}

std::vector<SegmentDescription> describeSegments(const CustomerFeatures& features,
                                                 const Segmentation& segmentation)
{
    return describe(features, segmentation.labels, segmentation.names, segmentation.keys);
}

SegmentDescription describeEveryone(const CustomerFeatures& features)
{
    return describe(features, std::vector<int>(features.persons.size(), 0),
                    {QCoreApplication::translate("journeyscope::Segmentation", "Everyone")},
                    {QStringLiteral("all")})
        .front();
}

QJsonObject segmentToJson(const SegmentDescription& segment)
{
    QJsonArray channels;
    for (const auto& channel : segment.topChannels) {
        channels.append(QJsonObject{{QStringLiteral("name"), channel.channel},
                                    {QStringLiteral("share"), channel.share}});
    }
    QJsonArray friction;
    for (const auto& point : segment.friction) {
        friction.append(QJsonObject{{QStringLiteral("touchpoint"), point.touchpoint},
                                    {QStringLiteral("customers"), point.customers},
                                    {QStringLiteral("share"), point.share}});
    }
    return QJsonObject{
        {QStringLiteral("name"), segment.name},
        {QStringLiteral("key"), segment.key},
        {QStringLiteral("customers"), segment.customers},
        {QStringLiteral("share"), segment.share},
        {QStringLiteral("converted"), segment.converted},
        {QStringLiteral("dropped_off"), segment.droppedOff},
        {QStringLiteral("conversion_rate"), segment.conversionRate},
        {QStringLiteral("mean_value"), segment.meanValue},
        {QStringLiteral("median_value"), jsonNumber(segment.medianValue)},
        {QStringLiteral("mean_recency_days"), segment.meanRecencyDays},
        {QStringLiteral("mean_sessions"), segment.meanSessions},
        {QStringLiteral("mean_events"), segment.meanEvents},
        {QStringLiteral("median_seconds_to_convert"), jsonNumber(segment.medianSecondsToConvert)},
        {QStringLiteral("top_channels"), channels},
        {QStringLiteral("typical_path"), QJsonArray::fromStringList(segment.typicalPath)},
        {QStringLiteral("typical_path_customers"), segment.typicalPathCustomers},
        {QStringLiteral("friction"), friction},
    };
}

QJsonObject segmentsToJson(const std::vector<SegmentDescription>& segments,
                           const Segmentation& segmentation)
{
    QJsonArray list;
    for (const SegmentDescription& segment : segments)
        list.append(segmentToJson(segment));
    QJsonObject json{{QStringLiteral("method"), segmentation.method == Segmentation::Method::Rfm
                                                    ? QStringLiteral("rfm")
                                                    : QStringLiteral("kmeans")},
                     {QStringLiteral("segments"), list}};
    if (segmentation.method == Segmentation::Method::KMeans) {
        json.insert(QStringLiteral("k"), segmentation.model.k());
        json.insert(QStringLiteral("silhouette"), jsonNumber(segmentation.silhouette));
        QJsonArray byK;
        for (const auto& [k, score] : segmentation.silhouetteByK) {
            byK.append(QJsonObject{{QStringLiteral("k"), k},
                                   {QStringLiteral("silhouette"), jsonNumber(score)}});
        }
        json.insert(QStringLiteral("silhouette_by_k"), byK);
    }
    return json;
}

std::vector<QString> rfmSegmentOfPerson(const EventView& view, const Goal& goal)
{
    std::vector<QString> labels(size_t(view.log().personCount()));
    const CustomerFeatures features = computeCustomerFeatures(view, goal);
    const Segmentation segments = rfmSegmentation(features);
    for (qsizetype row = 0; row < features.size(); ++row) {
        const int segment = segments.labels[size_t(row)];
        if (segment >= 0)
            labels[features.persons[size_t(row)]] = segments.names[segment];
    }
    return labels;
}

} // namespace journeyscope
