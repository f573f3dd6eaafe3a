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
    if (withBooster)
        model.booster = select.columnBlob(7);
    return model;
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
                                  "created_at FROM models ORDER BY id");
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
                                  "created_at, booster FROM models WHERE id = ?");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return rowOf(select, true);
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
