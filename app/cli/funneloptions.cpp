#include "app/cli/funneloptions.h"

#include "app/cli/analysisoptions.h"
#include "core/journey/customerattributes.h"
#include "core/store/project.h"
#include "core/warehouse/warehousefunnel.h"

namespace journeyscope::cli {

std::vector<std::vector<quint16>> funnelSteps(const EventLog& log, const QString& text)
{
    std::vector<std::vector<quint16>> steps;
    for (const QString& step : splitNames(text)) {
        std::vector<quint16> touchpoints;
        for (const QString& name : step.split(QLatin1Char('|')))
            touchpoints.push_back(touchpointNamed(log, name.trimmed(), QStringLiteral("--steps")));
        steps.push_back(touchpoints);
    }
    return steps;
}

FunnelBreakdown funnelBreakdown(const EventView& view, const FunnelOptions& options,
                                const QString& by, const QString& projectPath)
{
    if (by == QLatin1String("channel"))
        return computeFunnelByChannel(view, options);
    const auto project = Project::openForReading(projectPath);
    FunnelBreakdown breakdown = blamingOption(QStringLiteral("--breakdown"), [&] {
        return computeFunnelByLabel(view, options,
                                    customerAttribute(project->database(), view.log(), by));
    });
    breakdown.by = by;
    return breakdown;
}

FunnelBreakdown warehouseFunnelBreakdown(PgConnection& connection, const WarehouseSource& source,
                                         const EventLog& names, const WarehouseFilter& filter,
                                         JourneyScope scope, const FunnelOptions& options,
                                         const QString& by, Feedback* feedback)
{
    if (by == QLatin1String("channel")) {
        return countWarehouseFunnelByChannel(connection, source, names, filter, scope, options,
                                             feedback);
    }
    blamingOption(QStringLiteral("--breakdown"), [&] { source.requireAttribute(by); });
    return countWarehouseFunnelByAttribute(connection, source, names, filter, scope, options, by,
                                           feedback);
}

} // namespace journeyscope::cli
