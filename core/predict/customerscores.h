#pragma once

#include "core/journey/goal.h"
#include "core/predict/storedmodel.h"

#include <optional>
#include <QString>
#include <QStringList>
#include <vector>

namespace journeyscope {

class Database;
class EventLog;

/// The goal drop-off model \a model was trained for, over \a log's names. Throws Error.
Goal goalOfModel(const Database& db, const EventLog& log, const StoredModel& model);

/// One of the features that pushed a customer's score up the most.
struct ScoreReason
{
    QString feature;
    QString value;       ///< as a person reads it: "Cart", "2", "none"
    double contribution; ///< SHAP value, in log odds
    /// "last touchpoint = Cart", "plan=Pro", "not plan=Pro".
    QString text() const;
};

/// A customer's score under one model.
struct CustomerScore
{
    qint64 customerId = 0;
    QString customerKey; ///< as the project keeps it: pseudonymised unless imported with PII
    float probability = 0;
    bool holdout = false;
    std::vector<ScoreReason> reasons; ///< the top three, for the explained customers only
};

/**
 * Whether the customer with key \a key belongs to the hold-out control group of a campaign:
 * the first 8 bytes of the key's SHA-256 as a share of 2^64, below \a share. The same
 * customers for every model and every run, so a campaign's lift can be measured later.
 */
bool inHoldout(const QString& key, double share);

/// Which customers scoreCustomers() scores and explains.
struct ScoreOptions
{
    /// Share of the customers in the hold-out control group (inHoldout()).
    double holdoutShare = 0.1;
    /// How many of the highest scores get their reasons (SHAP costs about a millisecond a
    /// customer).
    qsizetype explained = 1000;
    /// Only this customer (by project id), explained.
    std::optional<qint64> onlyCustomer;
    /// Drop-off models: score the journeys in flight at this time, seeing only the events
    /// before it (to look back); default the end of the data.
    std::optional<qint64> atMs;
};

/**
 * Scores the customers under \a model, highest probability first (then customer id):
 * a drop-off model scores the journeys still in flight in \a log at the end of the data
 * or options.atMs (their goal as the model was trained for), a label model every customer with
 * attributes. Throws Error, also when onlyCustomer is not among them.
 */
std::vector<CustomerScore> scoreCustomers(const Database& db, const EventLog* log,
                                          const StoredModel& model, const ScoreOptions& options);

/**
 * Scores the rows of \a features (in \a model's columns) of the customers \a customers (project
 * ids; 0 where there are none) with keys \a keys: highest probability first (then id, then
 * key), each with its hold-out flag, the first \a explained with their reasons.
 */
std::vector<CustomerScore> rankCustomers(const StoredModel& model, const FeatureTable& features,
                                         const std::vector<qint64>& customers,
                                         const QStringList& keys, double holdoutShare,
                                         qsizetype explained);

/// Replaces the stored scores of \a modelId with \a scores, in the caller's transaction.
void storeScores(Database& db, qint64 modelId, const std::vector<CustomerScore>& scores);

} // namespace journeyscope
