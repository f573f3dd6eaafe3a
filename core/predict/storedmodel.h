#pragma once

#include "core/predict/boostedtrees.h"
#include "core/predict/plattscaling.h"

#include <optional>
#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <vector>

namespace journeyscope {

class Database;

/// A trained model as a project keeps it (table models), to be used again without retraining.
struct StoredModel
{
    qint64 id = 0;  ///< 0 until saved
    QString kind;   ///< "label": a customer column
    QString target; ///< the label column
    QStringList features;
    QJsonObject settings; ///< how it was trained: split, seed, parameters, positive values
    QJsonObject metrics;  ///< ClassificationMetrics::toJson() on the held-out rows
    QByteArray booster;   ///< BoostedTrees::save()
    qint64 createdAtMs = 0;
    /// A customer whose data it learnt from was erased since (models.needs_retraining).
    bool needsRetraining = false;

    /// The probability of each row of \a features (the model's columns) under the booster,
    /// through the model's calibration. Throws Error.
    std::vector<float> predict(const FeatureTable& features) const;
    /// \a raw probabilities of the booster through the model's calibration.
    std::vector<float> calibrated(std::vector<float> raw) const;
    /// settings "calibration" (slope, intercept); the identity when there is none.
    PlattScaling calibration() const;
    /// How pages and messages name it: "drop-off model 3", "model 4 of Revenue".
    QString title() const;

    /// Inserts \a model in the caller's transaction; returns its id. Throws Error.
    static qint64 save(Database& db, const StoredModel& model);
    /// The newest model of one of \a kinds, without its booster bytes, or nullopt.
    static std::optional<StoredModel> newest(const Database& db, const QStringList& kinds);
    /// Every model, oldest first, without the booster bytes.
    static std::vector<StoredModel> list(const Database& db);
    /// The model \a id with its booster, or nullopt.
    static std::optional<StoredModel> load(const Database& db, qint64 id);
    /**
     * Gives the stages renamed in \a renames (old name -> new name) their new names in every
     * stored model, in the caller's transaction: the places of its risk per stage and its
     * "stage: NAME" features, wherever they are named. A rename keeps a stage's touchpoints,
     * so the figures stay true under the new name and scoring finds its features. A model
     * that knows a stage by a new name already is left as it is.
     */
    static void renameStages(Database& db, const QMap<QString, QString>& renames);
};

} // namespace journeyscope
