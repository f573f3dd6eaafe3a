#pragma once

#include <QCommandLineParser>

namespace journeyscope::cli {

/// Adds what `export --view` takes: --view, --dpi, --theme, the graph's options.
void addViewExportOptions(QCommandLineParser& parser);

/// --format, or else what the name of the output \a path ends in (before a .gz): "map.png"
/// needs no --format png.
QString formatOption(const QCommandLineParser& parser, const QString& path);

/// Draws the view of --view for the project at \a projectPath and writes it to \a path in
/// formatOption() (pdf, png or svg). Returns the exit code; prints errors.
int exportView(const QCommandLineParser& parser, const QString& projectPath, const QString& path);

/// Whether \a arguments (from the command name on) ask `export` to draw a view: such runs
/// need a GUI application object (offscreen without a display).
bool drawsAView(const QStringList& arguments);

} // namespace journeyscope::cli
