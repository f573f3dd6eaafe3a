#include "core/predict/storedmodel.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace journeyscope {

namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

StoredModel rowOf(const Statement& select, bool withBooster)
{
    StoredModel model;
    model.id = select.columnInt(0);
    model.kind = select.columnText(1);
    model.target = select.columnText(2);
    for (const QJsonValue& name : QJsonDocument::fromJson(select.columnText(3).toUtf8()).array())
        model.features.append(name.toString());
    model.settings = objectOf(select.columnText(4));
    model.metrics = objectOf(select.columnText(5));
    model.createdAtMs = select.columnInt(6);
    model.needsRetraining = select.columnInt(7) != 0;
    if (withBooster)
        model.booster = select.columnBlob(8);
    return model;
}

/// How JourneyFeatures names the column of a stage's events.
const QString StagePrefix = QStringLiteral("stage: ");

/// \a name, renamed when it is the column of a renamed stage.
QString renamedFeature(const QString& name, const QMap<QString, QString>& renames)
{
    if (!name.startsWith(StagePrefix))
        return name;
    const auto renamed = renames.constFind(name.mid(StagePrefix.size()));
    return renamed == renames.cend() ? name : StagePrefix + *renamed;
}

/// \a value with every "feature" named after a renamed stage renamed.
QJsonValue renamedFeatures(const QJsonValue& value, const QMap<QString, QString>& renames)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(renamedFeatures(item, renames));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("feature") && it->isString())
            *it = renamedFeature(it->toString(), renames);
        else
            *it = renamedFeatures(*it, renames);
    }
    return object;
}

} // namespace

std::vector<float> StoredModel::predict(const FeatureTable& features) const
{
    return calibrated(BoostedTrees::load(booster).predict(features));
}

std::vector<float> StoredModel::calibrated(std::vector<float> raw) const
{
    const PlattScaling scaling = calibration();
    for (float& p : raw)
        p = scaling.apply(p);
    return raw;
}

PlattScaling StoredModel::calibration() const
{
    const QJsonObject platt = settings.value(QStringLiteral("calibration")).toObject();
    return {platt.value(QStringLiteral("slope")).toDouble(1.0),
            platt.value(QStringLiteral("intercept")).toDouble(0.0)};
}

qint64 StoredModel::save(Database& db, const StoredModel& model)
{
    Statement insert = db.prepare("INSERT INTO models(kind, target, features, settings, metrics, "
                                  "booster, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, model.kind)
        .bind(2, model.target)
        .bind(3, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(model.features))
                                       .toJson(QJsonDocument::Compact)))
        .bind(4, compact(model.settings))
        .bind(5, compact(model.metrics))
        .bindBlob(6, model.booster)
        .bind(7, QDateTime::currentMSecsSinceEpoch())
        .run();
    return db.lastInsertRowId();
}

std::vector<StoredModel> StoredModel::list(const Database& db)
{
    std::vector<StoredModel> models;
    Statement select = db.prepare("SELECT id, kind, target, features, settings, metrics, "
                                  "created_at, needs_retraining FROM models ORDER BY id");
    while (select.step())
        models.push_back(rowOf(select, false));
    return models;
}

std::optional<StoredModel> StoredModel::newest(const Database& db, const QStringList& kinds)
{
    const std::vector<StoredModel> models = list(db);
    for (auto it = models.rbegin(); it != models.rend(); ++it) {
        if (kinds.contains(it->kind))
            return *it;
    }
    return std::nullopt;
}

std::optional<StoredModel> StoredModel::load(const Database& db, qint64 id)
{
    Statement select = db.prepare("SELECT id, kind, target, features, settings, metrics, "
                                  "created_at, needs_retraining, booster FROM models WHERE id = ?");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return rowOf(select, true);
}

void StoredModel::renameStages(Database& db, const QMap<QString, QString>& renames)
{
    if (renames.isEmpty())
        return;
    std::vector<StoredModel> changed;
    for (StoredModel model : list(db)) {
        QJsonArray stages = model.metrics.value(QStringLiteral("stages")).toArray();
        QStringList before;
        QStringList after;
        for (const QJsonValue& stage : stages) {
            const QString place = stage[QStringLiteral("place")].toString();
            before.append(place);
            after.append(renames.value(place, place));
        }
        QStringList features;
        for (const QString& feature : model.features)
            features.append(renamedFeature(feature, renames));
        if ((after == before && features == model.features) ||
            QStringList(after).removeDuplicates() > 0 ||
            QStringList(features).removeDuplicates() > 0)
            continue; // nothing renamed, or a new name that the model already has
        for (qsizetype i = 0; i < stages.size(); ++i) {
            QJsonObject stage = stages[i].toObject();
            stage.insert(QStringLiteral("place"), after[i]);
            stages[i] = stage;
        }
        model.metrics.insert(QStringLiteral("stages"), stages);
        model.metrics = renamedFeatures(model.metrics, renames).toObject();
        model.features = features;
        changed.push_back(std::move(model));
    }
    Statement update = db.prepare("UPDATE models SET features = ?, metrics = ? WHERE id = ?");
    for (const StoredModel& model : changed) {
        update
            .bind(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(model.features))
                                           .toJson(QJsonDocument::Compact)))
            .bind(2, compact(model.metrics))
            .bind(3, model.id)
            .run();
    }
}

QString StoredModel::title() const
{
    return kind == QLatin1String("dropoff")
               ? QCoreApplication::translate("journeyscope::StoredModel", "drop-off model %1")
                     .arg(id)
               : QCoreApplication::translate("journeyscope::StoredModel", "model %1 of %2")
                     .arg(id)
                     .arg(target);
}

} // namespace journeyscope
