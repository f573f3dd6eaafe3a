#include "ui/views/viewkind.h"

#include <QCoreApplication>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::ViewKind)
};

} // namespace

const std::vector<ViewKind>& allViewKinds()
{
    static const std::vector<ViewKind> kinds = {
        ViewKind::Map,   ViewKind::Graph,    ViewKind::Funnel, ViewKind::Heatmap,
        ViewKind::Paths, ViewKind::Personas, ViewKind::Model};
    return kinds;
}

QString viewTitle(ViewKind kind)
{
    switch (kind) {
    case ViewKind::Map:
        return Text::tr("Journey map");
    case ViewKind::Graph:
        return Text::tr("Journey graph");
    case ViewKind::Funnel:
        return Text::tr("Funnel");
    case ViewKind::Heatmap:
        return Text::tr("Friction");
    case ViewKind::Paths:
        return Text::tr("Paths");
    case ViewKind::Personas:
        return Text::tr("Personas");
    case ViewKind::Model:
        return Text::tr("Model");
    }
    return {};
}

} // namespace journeyscope
