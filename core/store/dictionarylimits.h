#pragma once

#include <QtGlobal>

namespace journeyscope {

/// How many touchpoints and channels one project tells apart: the event log keeps a
/// touchpoint's index in 16 bits and a channel's in 8, channel 0 meaning none. An import
/// that would go beyond is refused, and so is a project file that does.
constexpr qsizetype MaxTouchpoints = 65535;
constexpr qsizetype MaxChannels = 255;

} // namespace journeyscope
