#pragma once

#include <QString>

typedef struct GVC_s GVC_t;

namespace journeyscope {

/// The one Graphviz context of the process. Graphviz 2.42's text-layout plugin reads
/// freed memory when a second context is created after the first was freed, so the
/// context is created on first use and lives until exit.
GVC_t* graphvizContext();

/// The version of the Graphviz library loaded at run time.
QString graphvizVersion();

} // namespace journeyscope
