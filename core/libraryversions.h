#pragma once

#include <QString>

namespace journeyscope {

/// "SQLite 3.40.1, Graphviz 2.43.0, XGBoost 1.7.4, Qt 6.4.2": the libraries loaded at run
/// time, for --version and the About box, so that a bug report names what really ran.
QString libraryVersions();

} // namespace journeyscope
