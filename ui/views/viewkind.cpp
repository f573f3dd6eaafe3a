#include "ui/views/viewkind.h"

#include <QCoreApplication>

namespace journeyscope {

const std::vector<ViewKind>& allViewKinds()
{
    static const std::vector<ViewKind> kinds = {
        ViewKind::Map,   ViewKind::Graph,    ViewKind::Funnel, ViewKind::Heatmap,
        ViewKind::Paths, ViewKind::Personas, ViewKind::Model};
    return kinds;
}

QString viewTitle(ViewKind kind)
{
    const char* context = "journeyscope::ViewKind";
    switch (kind) {
    case ViewKind::Map:
        return QCoreApplication::translate(context, "Journey map");
    case ViewKind::Graph:
        return QCoreApplication::translate(context, "Journey graph");
    case ViewKind::Funnel:
        return QCoreApplication::translate(context, "Funnel");
    case ViewKind::Heatmap:
        return QCoreApplication::translate(context, "Friction");
    case ViewKind::Paths:
        return QCoreApplication::translate(context, "Paths");
    case ViewKind::Personas:
        return QCoreApplication::translate(context, "Personas");
    case ViewKind::Model:
        return QCoreApplication::translate(context, "Model");
    }
    return {};
}

} // namespace journeyscope
