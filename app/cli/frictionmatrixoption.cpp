#include "app/cli/frictionmatrixoption.h"

#include "app/cli/analysisoptions.h"
#include "core/journey/customerattributes.h"
#include "core/journey/segmentation.h"
#include "core/store/project.h"
#include "core/warehouse/warehousefriction.h"

#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::friction)
};

/// Each person's segment: its RFM segment, or its value of a customer attribute.
std::vector<QString> segmentLabels(const QString& by, const EventView& view, const Goal& goal,
                                   const QString& projectPath)
{
    const EventLog& log = view.log();
    if (by != QLatin1String("rfm")) {
        const auto project = Project::openForReading(projectPath);
        return blamingOption(QStringLiteral("--segment-by"),
                             [&] { return customerAttribute(project->database(), log, by); });
    }
    return rfmSegmentOfPerson(view, goal);
}

} // namespace

FrictionMatrix frictionMatrixOption(const QCommandLineParser& parser, const EventView& view,
                                    const Goal& goal, const FrictionOptions& options,
                                    const QString& projectPath)
{
    const QString matrix = parser.value(QStringLiteral("matrix"));
    if (matrix == QLatin1String("stage-channel"))
        return frictionByStageAndChannel(view, goal, options);
    if (matrix == QLatin1String("touchpoint-segment")) {
        return frictionByTouchpointAndSegment(
            view, goal,
            segmentLabels(parser.value(QStringLiteral("segment-by")), view, goal, projectPath),
            options);
    }
    throw Error(Location(QStringLiteral("--matrix")),
                Text::tr("expected stage-channel or touchpoint-segment, found \"%1\"").arg(matrix));
}

FrictionMatrix warehouseFrictionMatrixOption(const QCommandLineParser& parser,
                                             PgConnection& connection,
                                             const WarehouseSource& source, const EventLog& names,
                                             const WarehouseFilter& filter, JourneyScope scope,
                                             const Goal& goal, const FrictionOptions& options,
                                             Feedback* feedback)
{
    const QString matrix = parser.value(QStringLiteral("matrix"));
    if (matrix == QLatin1String("stage-channel")) {
        return countWarehouseStageChannelFriction(connection, source, names, filter, scope, goal,
                                                  options, feedback);
    }
    if (matrix == QLatin1String("touchpoint-segment")) {
        const QString by = parser.value(QStringLiteral("segment-by"));
        if (by == QLatin1String("rfm")) {
            return countWarehouseTouchpointSegmentFriction(connection, source, names, filter, scope,
                                                           goal, options, feedback);
        }
        blamingOption(QStringLiteral("--segment-by"), [&] { source.requireAttribute(by); });
        return countWarehouseTouchpointAttributeFriction(connection, source, names, filter, scope,
                                                         goal, by, options, feedback);
    }
    throw Error(Location(QStringLiteral("--matrix")),
                Text::tr("expected stage-channel or touchpoint-segment, found \"%1\"").arg(matrix));
}

} // namespace journeyscope::cli
