#pragma once

#include "core/journey/journeygraph.h"

#include <QCommandLineParser>

namespace journeyscope::cli {

/// Adds --level touchpoint|stage, --nodes SHARE and --edges SHARE.
void addGraphOptions(QCommandLineParser& parser);

/// The graph options those give, with the goal of the analysis options. Throws Error
/// naming the option.
GraphOptions graphOptions(const QCommandLineParser& parser, const EventLog& log,
                          const QString& projectPath);

} // namespace journeyscope::cli
