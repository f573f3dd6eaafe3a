#include "core/ingest/importintoproject.h"

#include "core/base/error.h"
#include "core/ingest/importjob.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QFile>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::ImportIntoProject)
};

void removeProjectFile(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

} // namespace

ImportReport importIntoProject(const QString& projectPath, const QStringList& files,
                               const ImportOptions& options, bool keepPii, Feedback* feedback)
{
    const bool creating = !QFile::exists(projectPath);
    // The process id keeps two imports that create the same project apart; the second
    // rename then fails.
    const QString workPath =
        creating
            ? projectPath + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid())
            : projectPath;
    try {
        std::unique_ptr<Project> project =
            creating ? Project::create(workPath, ProjectOptions{!keepPii})
                     : Project::open(projectPath, Project::Access::ReadWrite);
        if (!creating && keepPii && project->pseudonymises()) {
            throw Error(Location(projectPath),
                        Text::tr("this project pseudonymises customer keys and personal data; they "
                                 "can be kept as they are only in a project created so"));
        }
        ImportReport report = importFiles(*project, files, options, feedback);
        project.reset();
        if (creating && (QFile::exists(projectPath) || !QFile::rename(workPath, projectPath))) {
            throw Error(
                Location(projectPath),
                Text::tr("could not move the new project into place from %1").arg(workPath));
        }
        return report;
    } catch (const Error&) {
        if (creating)
            removeProjectFile(workPath);
        throw;
    }
}

} // namespace journeyscope
