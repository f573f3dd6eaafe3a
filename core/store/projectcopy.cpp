#include "core/store/projectcopy.h"

#include "core/base/error.h"
#include "core/store/database.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace journeyscope {

void copyProject(const QString& from, const QString& to)
{
    if (QFileInfo(from).canonicalFilePath() == QFileInfo(to).canonicalFilePath()) {
        throw Error(Location(to), QCoreApplication::translate("journeyscope::ProjectCopy",
                                                              "is the project itself"));
    }
    const auto project = Project::openForReading(from);
    // VACUUM INTO writes a new file only; the old one goes first (the user chose to replace).
    const QString partial = to + QStringLiteral(".partial");
    QFile::remove(partial);
    project->database().prepare("VACUUM INTO ?").bind(1, partial).run();
    if ((QFile::exists(to) && !QFile::remove(to)) || !QFile::rename(partial, to)) {
        QFile::remove(partial);
        throw Error(Location(to),
                    QCoreApplication::translate("journeyscope::ProjectCopy", "cannot be replaced"));
    }
}

} // namespace journeyscope
