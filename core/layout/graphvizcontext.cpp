#include "core/layout/graphvizcontext.h"

#include <graphviz/gvc.h>

namespace journeyscope {

namespace {

/// Graphviz's warnings ("unable to reclaim box space…") say nothing a user can act on, and
/// on a terminal they would come before the one-line error or result; its errors show as a
/// failed layout, which is reported.
int dropMessage(char*)
{
    return 0;
}

GVC_t* makeContext()
{
    agseterrf(dropMessage);
    return gvContext();
}

} // namespace

GVC_t* graphvizContext()
{
    static GVC_t* const context = makeContext();
    return context;
}

QString graphvizVersion()
{
    return QString::fromUtf8(gvcVersion(graphvizContext()));
}

} // namespace journeyscope
