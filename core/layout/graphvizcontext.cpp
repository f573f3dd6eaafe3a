#include "core/layout/graphvizcontext.h"

#include <graphviz/gvc.h>

namespace journeyscope {

GVC_t* graphvizContext()
{
    static GVC_t* const context = gvContext();
    return context;
}

QString graphvizVersion()
{
    return QString::fromUtf8(gvcVersion(graphvizContext()));
}

} // namespace journeyscope
