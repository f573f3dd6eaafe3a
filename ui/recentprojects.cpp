#include "ui/recentprojects.h"

#include <QFileInfo>
#include <QSettings>

namespace journeyscope {

namespace {

const QString Key = QStringLiteral("files/recentProjects");

} // namespace

QStringList RecentProjects::list()
{
    QStringList existing;
    for (const QString& path : QSettings().value(Key).toStringList()) {
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    return existing;
}

void RecentProjects::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = QSettings().value(Key).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > Kept)
        paths.removeLast();
    QSettings().setValue(Key, paths);
}

} // namespace journeyscope
