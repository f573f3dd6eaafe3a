#pragma once

#include "core/journey/customerfeatures.h"

#include <algorithm>
#include <optional>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace journeyscope {

class Feedback;

/**
 * SplitMix64 (Steele, Lea and Flood 2014): a small seeded generator whose sequence is the
 * same on every platform and compiler, unlike the distributions of <random>.
 */
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1), from the top 53 bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    /// Uniform in [0, n), n > 0.
    quint64 below(quint64 n) { return std::min(quint64(uniform() * double(n)), n - 1); }

private:
    quint64 m_state;
};

// --- RFM ---------------------------------------------------------------------------------

/**
 * RFM scores 1..5 per row of CustomerFeatures, by rank-based quintiles: values are sorted
 * so that better comes last (recent, frequent, high value), and a tie group occupying
 * 0-based sorted positions a..b-1 of n scores 1 + floor(5 * (a + b - 1) / (2n)), i.e. by
 * the quintile of its mid rank. Equal values always get the same score, and the result
 * does not depend on row order.
 */
struct RfmScores
{
    std::vector<quint8> recency;
    std::vector<quint8> frequency;
    std::vector<quint8> monetary;
};

RfmScores rfmScores(const CustomerFeatures& features);

/// Scores 1..5 of \a values by rank-based quintiles (higher value, higher score).
std::vector<quint8> quintileScores(const std::vector<double>& values);

/**
 * The usual RFM segments, on recency R and FM = (F + M + 1) / 2 (the mean of the frequency
 * and monetary scores, rounded half up), as in the common R-by-F grid:
 *
 * | R \ FM | 1              | 2, 3                | 4               | 5               |
 * | ------ | -------------- | ------------------- | --------------- | --------------- |
 * | 5      | New            | Potential loyalists | Champions       | Champions       |
 * | 4      | Promising      | Potential loyalists | Loyal           | Loyal           |
 * | 3      | About to sleep | FM 2: About to sleep, FM 3: Need attention | Loyal | Loyal |
 * | 1, 2   | Hibernating    | FM 2: Hibernating, FM 3: At risk | At risk | Can't lose them |
 *
 * With five people or more, equal values throughout (a project without values) score 3.
 *
 * Enum order is the order segments are listed in.
 */
enum class RfmSegment {
    Champions,
    Loyal,
    PotentialLoyalists,
    New,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLoseThem,
    Hibernating,
};
constexpr int RfmSegmentCount = 10;

RfmSegment rfmSegment(int recency, int frequency, int monetary);
/// "Champions", "Loyal", "Potential loyalists", "New", "Promising", "Need attention",
/// "About to sleep", "At risk", "Can't lose them", "Hibernating": stable (used in segment
/// keys), translated for display with the context "journeyscope::RfmSegment".
QString rfmSegmentName(RfmSegment segment);

// --- k-means -----------------------------------------------------------------------------

/// Points as rows of \a dims floats.
struct FeatureMatrix
{
    int dims = 0;
    std::vector<float> values;

    qsizetype size() const { return dims ? qsizetype(values.size()) / dims : 0; }
    const float* row(qsizetype i) const { return values.data() + i * dims; }
};

/// A k-means clustering: labels[i] in 0..k-1, centroids as rows of dims doubles.
struct KMeansResult
{
    int k = 0;
    std::vector<double> centroids;
    std::vector<int> labels;
    double inertia = 0; ///< sum of squared distances to the assigned centroids
    int iterations = 0;
};

/**
 * Lloyd's k-means (accelerated by Hamerly's bounds, which do not change the result) with
 * k-means++ seeding drawn from SeededRandom(\a seed). Stops when no point changes cluster,
 * when the centroids move by less than 1e-4 (sum of squared shifts), or after
 * \a maxIterations assignment passes; the labels are then those of the final centroids. A
 * cluster that empties restarts at the point farthest from its centroid. Ties go to the
 * lower cluster. Clusters are numbered by size, largest first (ties: the one whose first
 * point comes first), and empty ones dropped. Deterministic for a given seed.
 */
KMeansResult kMeans(const FeatureMatrix& points, int k, quint64 seed, int maxIterations = 100,
                    Feedback* feedback = nullptr);

/// kMeans() from the given initial centroids (rows of points.dims).
KMeansResult kMeans(const FeatureMatrix& points, std::vector<double> centroids,
                    int maxIterations = 100, Feedback* feedback = nullptr);

/// k-means++ seeds (Arthur and Vassilvitskii 2007): min(k, n) rows of points.dims, drawn
/// from SeededRandom(\a seed).
std::vector<double> kMeansPlusPlus(const FeatureMatrix& points, int k, quint64 seed);

/**
 * Mean silhouette (Rousseeuw 1987, Euclidean distance) of the points \a sample (row
 * indexes) under \a labels, computed among the sampled points only. A point alone in its
 * cluster within the sample scores 0. Returns NaN when the sample holds fewer than two
 * clusters.
 */
double silhouette(const FeatureMatrix& points, const std::vector<int>& labels,
                  const std::vector<qsizetype>& sample);

/// \a size row indexes out of \a n, ascending, drawn by selection sampling (Knuth's
/// Algorithm S) from SeededRandom(\a seed); all rows when n <= size.
std::vector<qsizetype> sampleRows(qsizetype n, qsizetype size, quint64 seed);

/**
 * The k-means model of a segmentation: how customer features become points, and the
 * centroids. Features: "recency", "frequency", "monetary", "journey_length" (transformed by
 * sign(x)·log(1 + |x|), as they are heavily skewed), "stage", and "channel:NAME" (share of
 * events on a channel) for every channel with events; each then standardised to mean 0 and
 * standard deviation 1 over the people clustered (a constant feature gets scale 1).
 * Saved with a persona so that its segment can be recomputed on later data.
 */
struct KMeansModel
{
    QStringList features;
    std::vector<double> means;
    std::vector<double> scales;
    std::vector<double> centroids; ///< k rows of features.size(), standardised

    int k() const { return features.isEmpty() ? 0 : int(centroids.size()) / int(features.size()); }
    /// The model's features, standardised, of every row of \a customers; a channel that
    /// \a customers lacks has share 0.
    FeatureMatrix points(const CustomerFeatures& customers) const;
    /// The nearest centroid of each point (ties: the lower).
    std::vector<int> assign(const FeatureMatrix& points) const;

    QJsonObject toJson() const;
    /// Nullopt when \a json is not a well-formed model.
    static std::optional<KMeansModel> fromJson(const QJsonObject& json);

    /// Features, means and scales fitted on \a customers (no centroids).
    static KMeansModel fit(const CustomerFeatures& customers);
};

struct KMeansOptions
{
    /// Clusters; nullopt: chosen by the best silhouette over minK..maxK (ties: the smaller).
    std::optional<int> k;
    int minK = 2;
    int maxK = 8;
    quint64 seed = 1;
    /// The silhouette is computed on sampleRows(n, this, seed) when there are more people.
    qsizetype silhouetteSample = 2000;
    int maxIterations = 100;
};

/// The clustering kept by selectKMeans(), and the silhouette of each k tried.
struct KMeansSelection
{
    KMeansResult result;
    double silhouette = EventLog::NoValue;
    /// Each k tried with its silhouette (only the given k when options.k is set).
    std::vector<std::pair<int, double>> silhouetteByK;
};

/**
 * kMeans() for the k of \a options, or for each k of minK..maxK (at most n - 1; k = 1 when
 * n < 3), keeping the best silhouette (ties: the smaller k). The silhouette is computed on
 * sampleRows(n, options.silhouetteSample, seed') with a seed' derived from options.seed.
 * Throws Canceled.
 */
KMeansSelection selectKMeans(const FeatureMatrix& points, const KMeansOptions& options = {},
                             Feedback* feedback = nullptr);

// --- Segmentations -----------------------------------------------------------------------

/// People of a CustomerFeatures grouped into segments.
struct Segmentation
{
    enum class Method { Rfm, KMeans };
    Method method = Method::Rfm;
    /// Per segment: display name ("Champions", "Cluster 2") and stable key ("rfm:Champions",
    /// "kmeans:k=4:2"; clusters are numbered from 1, largest first).
    QStringList names;
    QStringList keys;
    /// The segment of each row, -1 for none.
    std::vector<int> labels;
    /// k-means only: the model, the silhouette of the result, and each k tried with its
    /// silhouette.
    KMeansModel model;
    double silhouette = EventLog::NoValue;
    std::vector<std::pair<int, double>> silhouetteByK;

    int segmentCount() const { return int(names.size()); }
    /// Index of the segment with \a key, or -1.
    int indexOf(const QString& key) const { return int(keys.indexOf(key)); }
};

/// The ten RFM segments (in RfmSegment order, empty ones included).
Segmentation rfmSegmentation(const CustomerFeatures& features);

/// The RFM segment name of each person of \a view's log ("" for people without journeys in
/// \a view), for tables by segment.
std::vector<QString> rfmSegmentOfPerson(const EventView& view, const Goal& goal);

/// k-means on the features of KMeansModel, k given or chosen by silhouette. Throws Canceled.
Segmentation kMeansSegmentation(const CustomerFeatures& features, const KMeansOptions& options = {},
                                Feedback* feedback = nullptr);

/// The segmentation of \a model's clusters applied to \a features (for saved segments).
Segmentation kMeansSegmentation(const CustomerFeatures& features, const KMeansModel& model);

/// One segment in numbers.
struct SegmentDescription
{
    struct ChannelShare
    {
        QString channel;
        double share = 0; ///< of the segment's events
    };
    struct FrictionPoint
    {
        QString touchpoint;
        qint64 customers = 0; ///< members who dropped off with this as their last touchpoint
        double share = 0;     ///< of the segment's drop-offs
    };

    QString key;
    QString name;
    qint64 customers = 0;
    double share = 0;          ///< of the people described
    qint64 converted = 0;      ///< members whose outcome is Converted
    qint64 droppedOff = 0;     ///< members whose outcome is DroppedOff
    double conversionRate = 0; ///< converted / customers
    double meanValue = 0;      ///< of the members' monetary value
    double medianValue = 0;    ///< the mean of the two middle values for an even count
    double meanRecencyDays = 0;
    double meanSessions = 0;
    double meanEvents = 0;
    /// Median over converted members; NaN when none converted.
    double medianSecondsToConvert = EventLog::NoValue;
    /// Up to three channels with the most of the segment's events ("no channel" left out),
    /// most first (ties: by name).
    std::vector<ChannelShare> topChannels;
    /// The most frequent sequence of the first eight steps of the members' journeys, a run
    /// of the same touchpoint counting as one step (ties: fewer steps, then by names), and
    /// how many members start that way.
    QStringList typicalPath;
    qint64 typicalPathCustomers = 0;
    /// Up to three touchpoints where the most dropped-off members' journeys end (ties: by name).
    std::vector<FrictionPoint> friction;
};

/// Describes every segment of \a segmentation (including empty ones) of \a features.
std::vector<SegmentDescription> describeSegments(const CustomerFeatures& features,
                                                 const Segmentation& segmentation);

/// Everyone in \a features as one segment (key "all"), the baseline segments compare to.
SegmentDescription describeEveryone(const CustomerFeatures& features);

/// {"name","key","customers","share","converted","dropped_off","conversion_rate",
/// "mean_value","median_value","mean_recency_days","mean_sessions","mean_events",
/// "median_seconds_to_convert","top_channels":[{"name","share"}],"typical_path":[S],
/// "typical_path_customers","friction":[{"touchpoint","customers","share"}]}; NaN is null.
QJsonObject segmentToJson(const SegmentDescription& segment);

/// `{"segments":[segmentToJson()...]}` (CLI `segments --json`);
/// \a segmentation adds "method", and for k-means "k", "silhouette" and "silhouette_by_k"
/// ([{"k","silhouette"}]).
/// NaN becomes null.
QJsonObject segmentsToJson(const std::vector<SegmentDescription>& segments,
                           const Segmentation& segmentation);

} // namespace journeyscope
