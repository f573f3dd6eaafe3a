#pragma once

#include "core/journey/eventview.h"

#include <array>
#include <map>
#include <QJsonObject>
#include <QStringList>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace journeyscope {

/**
 * Predicts a journey's next touchpoint from its last touchpoints: a Markov model of order
 * k that backs off to shorter contexts. The ranking after a prefix takes the touchpoints
 * seen after its longest context of up to k touchpoints that occurred in training, most
 * often first, then fills in from shorter contexts down to the overall frequencies; ties go
 * to the class placed first by \a tieOrder (by default the lower index). Deterministic.
 */
class MarkovNextStep
{
public:
    /// \a classes: the touchpoints, and one more when the end is learnt; \a tieOrder: the
    /// place of each class among equally frequent ones (empty: its index).
    MarkovNextStep(int order, int classes, std::vector<int> tieOrder = {});

    /// Counts every (context, next) pair of \a journey (touchpoint indices in order), and
    /// its end as the class \a end when \a end >= 0.
    void learn(const std::vector<quint16>& journey, int end = -1);
    /// Counts \a count times that \a next followed \a context (\a length touchpoints).
    void add(const quint16* context, size_t length, int next, qint64 count);
    /// Touchpoints ranked for what follows \a prefix, at most \a top of them.
    std::vector<quint16> rank(const quint16* prefix, size_t length, int top) const;

private:
    static quint64 key(const quint16* context, size_t length);

    int m_order;
    int m_classes;
    std::vector<int> m_tieOrder;
    std::unordered_map<quint64, std::vector<qint64>> m_counts; ///< context -> next counts
};

/// How well next touchpoints were predicted.
struct NextStepEvaluation
{
    QString method = QStringLiteral("markov"); ///< or "xgboost"
    int order = 0;                             ///< of a Markov model
    qint64 trainingJourneys = 0;
    qint64 testJourneys = 0;
    qint64 predictions = 0; ///< prefixes of the test journeys that have a next touchpoint
    double top1 = 0;        ///< share where the next touchpoint was ranked first
    double top3 = 0;        ///< ... among the first three
    bool withEnd = false;   ///< the end of a journey is predicted too
    QJsonObject toJson() const;
};

/// A context of up to three touchpoints, oldest first, and what followed it.
struct NextStepPair
{
    std::array<quint16, 3> context{};
    quint8 length = 0;
    int next = 0; ///< a touchpoint, or the end (the number of touchpoints)
    friend bool operator<(const NextStepPair& a, const NextStepPair& b)
    {
        return std::tie(a.length, a.context, a.next) < std::tie(b.length, b.context, b.next);
    }
};

/// The aggregate step of evaluateNextStep(): what the protocol counts, wherever the
/// journeys are (in memory, in a warehouse).
struct NextStepCounts
{
    qint64 trainingJourneys = 0;
    qint64 testJourneys = 0;
    /// Every (context of 0 to k touchpoints, next) pair of the learnt journeys, how often.
    std::map<NextStepPair, qint64> learnt;
    /// Each test prefix as (its last up to k touchpoints, what followed), how often.
    std::map<NextStepPair, qint64> tested;
};

/// The present step of evaluateNextStep(), whoever counted: the Markov model learnt from
/// the pairs (ties by name, the end last) and how often it ranked the actual next first or
/// among the first three.
NextStepEvaluation presentNextStep(const QStringList& touchpointNames, int order, bool withEnd,
                                   const NextStepCounts& counts);

/**
 * The protocol of Tax et al. (2017): the journeys of \a view ordered by their first event
 * (ties by person), the first two thirds learnt, and in each of the others every prefix
 * predicted: what follows it, or, with \a withEnd, also that the journey ends after its
 * last event (the end then is one more class).
 */
NextStepEvaluation evaluateNextStep(const EventView& view, int order, bool withEnd = false);

} // namespace journeyscope
