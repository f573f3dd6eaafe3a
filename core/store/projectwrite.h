#pragma once

#include "core/store/database.h"
#include "core/store/project.h"

namespace journeyscope {

/// Runs \a change on the project at \a path opened for writing, in one transaction: all of
/// it is stored or, when \a change throws, none. Throws Error.
template <typename Change> void writeProject(const QString& path, Change&& change)
{
    auto project = Project::open(path, Project::Access::ReadWrite);
    Database& db = project->database();
    Transaction transaction(db);
    change(db);
    transaction.commit();
}

} // namespace journeyscope
