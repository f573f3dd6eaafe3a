#pragma once

#include <QStringList>

namespace journeyscope {

/// The projects opened last, newest first, as File > Open Recent lists them (QSettings).
class RecentProjects
{
public:
    static constexpr int Kept = 8;

    /// The ones that still exist.
    static QStringList list();
    /// Puts \a path first.
    static void add(const QString& path);
};

} // namespace journeyscope
