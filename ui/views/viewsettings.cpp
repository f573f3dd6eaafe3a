#include "ui/views/viewsettings.h"

#include "core/store/database.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>

namespace journeyscope {

namespace {

constexpr const char* MetaKey = "view_settings";

} // namespace

QJsonObject ViewSettings::toJson() const
{
    QJsonArray steps;
    for (const QStringList& step : funnelSteps)
        steps.append(QJsonArray::fromStringList(step));
    return {{QStringLiteral("graph_level"), graphLevel == GraphLevel::Stage
                                                ? QStringLiteral("stage")
                                                : QStringLiteral("touchpoint")},
            {QStringLiteral("node_share"), nodeShare},
            {QStringLiteral("edge_share"), edgeShare},
            {QStringLiteral("colour_by"), colourBy == GraphColouring::By::Friction
                                              ? QStringLiteral("friction")
                                              : QStringLiteral("time")},
            {QStringLiteral("funnel_steps"), steps},
            {QStringLiteral("paths_anchor"), pathsAnchor},
            {QStringLiteral("paths_direction"),
             pathsDirection == PathDirection::From ? QStringLiteral("from") : QStringLiteral("to")},
            {QStringLiteral("heatmap_by_segment"), heatmapBySegment}};
}

ViewSettings ViewSettings::fromJson(const QJsonObject& json)
{
    ViewSettings settings;
    const auto share = [&](const char* key, double fallback) {
        const double value = json.value(QLatin1String(key)).toDouble(fallback);
        return value > 0 && value <= 1 ? value : fallback;
    };
    if (json.value(QStringLiteral("graph_level")).toString() == QLatin1String("stage"))
        settings.graphLevel = GraphLevel::Stage;
    settings.nodeShare = share("node_share", settings.nodeShare);
    settings.edgeShare = share("edge_share", settings.edgeShare);
    if (json.value(QStringLiteral("colour_by")).toString() == QLatin1String("friction"))
        settings.colourBy = GraphColouring::By::Friction;
    for (const QJsonValue& step : json.value(QStringLiteral("funnel_steps")).toArray()) {
        QStringList names;
        for (const QJsonValue& name : step.toArray())
            names.append(name.toString());
        names.removeAll(QString());
        if (!names.isEmpty())
            settings.funnelSteps.push_back(names);
    }
    settings.pathsAnchor = json.value(QStringLiteral("paths_anchor")).toString();
    if (json.value(QStringLiteral("paths_direction")).toString() == QLatin1String("from"))
        settings.pathsDirection = PathDirection::From;
    settings.heatmapBySegment = json.value(QStringLiteral("heatmap_by_segment")).toBool();
    return settings;
}

ViewSettings ViewSettings::read(const Database& db)
{
    Statement select = db.prepare("SELECT value FROM meta WHERE key = ?");
    select.bind(1, QLatin1String(MetaKey));
    if (!select.step())
        return {};
    return fromJson(QJsonDocument::fromJson(select.columnText(0).toUtf8()).object());
}

void ViewSettings::write(Database& db, const ViewSettings& settings)
{
    db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")
        .bind(1, QLatin1String(MetaKey))
        .bind(2, QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact)))
        .run();
}

} // namespace journeyscope
