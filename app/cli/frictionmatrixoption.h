#pragma once

#include "core/journey/friction.h"

#include <QCommandLineParser>

namespace journeyscope::cli {

/**
 * The friction matrix of --matrix stage-channel|touchpoint-segment, the segments of
 * --segment-by rfm|ATTRIBUTE. Throws Error naming the option.
 */
FrictionMatrix frictionMatrixOption(const QCommandLineParser& parser, const EventView& view,
                                    const Goal& goal, const FrictionOptions& options,
                                    const QString& projectPath);

} // namespace journeyscope::cli
