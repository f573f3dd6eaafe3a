#include "core/predict/customerscores.h"

#include "core/base/error.h"
#include "core/base/sha256.h"
#include "core/journey/goal.h"
#include "core/predict/customertable.h"
#include "core/predict/dropoffmodel.h"
#include "core/store/database.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QtEndian>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::CustomerScores)
};

/// A feature's value as a person reads it: category names for category codes.
QString readable(const StoredModel& model, const QString& feature, float value)
{
    if (std::isnan(value))
        return Text::tr("none");
    const auto nameOf = [&](const char* list) {
        return model.settings.value(QLatin1String(list)).toArray().at(int(value)).toString();
    };
    if (feature == QLatin1String("last touchpoint") ||
        feature == QLatin1String("previous touchpoint"))
        return nameOf("touchpoints");
    if (feature == QLatin1String("last channel"))
        return nameOf("channels");
    return QString::number(value, 'g', 4);
}

std::vector<ScoreReason> reasonsOf(const StoredModel& model, const float* values,
                                   const float* contributions)
{
    std::vector<qsizetype> order;
    for (qsizetype c = 0; c < model.features.size(); ++c) {
        if (contributions[c] > 0)
            order.push_back(c);
    }
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return contributions[a] != contributions[b] ? contributions[a] > contributions[b] : a < b;
    });
    std::vector<ScoreReason> reasons;
    for (size_t i = 0; i < order.size() && i < 3; ++i) {
        const qsizetype c = order[i];
        reasons.push_back(
            {model.features[c], readable(model, model.features[c], values[c]), contributions[c]});
    }
    return reasons;
}

} // namespace

Goal goalOfModel(const Database& db, const EventLog& log, const StoredModel& model)
{
    const QJsonObject& settings = model.settings;
    ProjectGoal goal;
    goal.outcomeAttribute = settings.value(QStringLiteral("outcome_attribute")).toString();
    for (const QJsonValue& value : settings.value(QStringLiteral("converted_values")).toArray())
        goal.convertedValues.append(value.toString());
    for (const QJsonValue& value : settings.value(QStringLiteral("goal_touchpoints")).toArray())
        goal.touchpoints.append(value.toString());
    const QJsonValue window = settings.value(QStringLiteral("goal_window_ms"));
    goal.windowMs =
        window.isDouble() ? std::optional<qint64>(qint64(window.toDouble())) : std::nullopt;
    return goal.resolve(log, db);
}

QString ScoreReason::text() const
{
    if (feature.contains(QLatin1Char('=')))
        return value == QLatin1String("1") ? feature : Text::tr("not %1").arg(feature);
    return QStringLiteral("%1 = %2").arg(feature, value);
}

bool inHoldout(const QString& key, double share)
{
    const Sha256::Digest digest = Sha256::hash(key.toUtf8());
    const quint64 top = qFromBigEndian<quint64>(digest.data());
    return double(top) / 18446744073709551616.0 < share;
}

std::vector<CustomerScore> scoreCustomers(const Database& db, const EventLog* log,
                                          const StoredModel& model, const ScoreOptions& options)
{
    std::vector<qint64> customers;
    FeatureTable features;
    if (model.kind == QLatin1String("dropoff")) {
        if (!log)
            throw Error(Text::tr("a drop-off model scores journeys: the events are needed"));
        const Goal goal = goalOfModel(db, *log, model);
        EventFilter before;
        before.toMs = options.atMs;
        const qint64 dataEndMs = options.atMs.value_or(log->lastMs().value_or(0));
        const DropoffRows rows = journeyRowsInFlight(EventView(*log, before), goal, dataEndMs);
        PeopleContext people = PeopleContext::read(db, *log);
        people.outcomeAttribute =
            model.settings.value(QStringLiteral("outcome_attribute")).toString();
        features = alignToModel(rows, *log, model, people);
        for (const PersonIndex person : rows.persons)
            customers.push_back(log->personIds()[person]);
    } else if (model.kind == QLatin1String("label")) {
        const std::map<qint64, QJsonObject> attributes = readRootAttributes(db);
        std::vector<const QJsonObject*> rows;
        for (const auto& [root, object] : attributes) {
            customers.push_back(root);
            rows.push_back(&object);
        }
        features = encodeAttributes(rows, model.target, 30, model.features);
    } else {
        throw Error(Text::tr("model %1 is a %2 model, which does not score customers")
                        .arg(model.id)
                        .arg(model.kind));
    }

    qsizetype explained = options.explained;
    if (options.onlyCustomer) {
        const auto found = std::find(customers.begin(), customers.end(), *options.onlyCustomer);
        if (found == customers.end()) {
            throw Error(model.kind == QLatin1String("dropoff")
                            ? Text::tr("the customer's journey is not in flight: model %1 scores "
                                       "only journeys that have not reached the goal yet")
                                  .arg(model.id)
                            : Text::tr("the customer has no attributes to score"));
        }
        const auto row = size_t(found - customers.begin());
        std::vector<bool> only(customers.size(), false);
        only[row] = true;
        features = selectRows(features, only, true);
        customers = {customers[row]};
        explained = 1;
    }
    QHash<qint64, QString> keyOf;
    Statement select = db.prepare("SELECT id, key FROM customers WHERE merged_into IS NULL");
    while (select.step())
        keyOf.insert(select.columnInt(0), select.columnText(1));
    QStringList keys;
    for (const qint64 customer : customers)
        keys.append(keyOf.value(customer));
    return rankCustomers(model, features, customers, keys, options.holdoutShare, explained);
}

std::vector<CustomerScore> rankCustomers(const StoredModel& model, const FeatureTable& features,
                                         const std::vector<qint64>& customers,
                                         const QStringList& keys, double holdoutShare,
                                         qsizetype explained)
{
    const BoostedTrees trees = BoostedTrees::load(model.booster);
    const std::vector<float> probabilities =
        customers.empty() ? std::vector<float>() : model.calibrated(trees.predict(features));
    std::vector<size_t> order(customers.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (probabilities[a] != probabilities[b])
            return probabilities[a] > probabilities[b];
        return customers[a] != customers[b] ? customers[a] < customers[b] : keys[a] < keys[b];
    });
    std::vector<CustomerScore> scores;
    for (const size_t row : order) {
        const QString& key = keys[qsizetype(row)];
        scores.push_back(
            {customers[row], key, probabilities[row], inHoldout(key, holdoutShare), {}});
    }
    // Reasons for the first rows, in one SHAP call.
    const auto explainedRows = size_t(std::clamp<qsizetype>(explained, 0, qsizetype(order.size())));
    std::vector<bool> take(order.size(), false);
    for (size_t i = 0; i < explainedRows; ++i)
        take[order[i]] = true;
    const FeatureTable sample = selectRows(features, take, true);
    if (sample.rows() > 0) {
        const std::vector<float> contributions = trees.contributions(sample);
        const auto width = size_t(features.columns.size());
        // selectRows keeps row order: the i-th taken row in row order.
        std::vector<size_t> sampleIndex(order.size(), 0);
        for (size_t row = 0, next = 0; row < take.size(); ++row) {
            if (take[row])
                sampleIndex[row] = next++;
        }
        for (size_t i = 0; i < explainedRows; ++i) {
            const size_t s = sampleIndex[order[i]];
            scores[i].reasons = reasonsOf(model, sample.values.data() + s * width,
                                          contributions.data() + s * (width + 1));
        }
    }
    return scores;
}

void storeScores(Database& db, qint64 modelId, const std::vector<CustomerScore>& scores)
{
    db.prepare("DELETE FROM scores WHERE model_id = ?").bind(1, modelId).run();
    Statement insert = db.prepare("INSERT INTO scores(model_id, customer_id, probability, "
                                  "holdout, scored_at) VALUES (?, ?, ?, ?, ?)");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const CustomerScore& score : scores) {
        insert.bind(1, modelId)
            .bind(2, score.customerId)
            .bind(3, double(score.probability))
            .bind(4, qint64(score.holdout))
            .bind(5, now)
            .run();
    }
}

} // namespace journeyscope
