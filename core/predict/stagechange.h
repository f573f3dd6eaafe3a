#pragma once

#include "core/journey/stagemodel.h"

namespace journeyscope {

class Database;

/**
 * Stores \a model as the project's stages (StageModel::write) in the caller's transaction, and
 * gives each stage renamed in \a renames (old name -> new name) what was kept under its old
 * name: its notes on the map and the stored models' figures for it
 * (StoredModel::renameStages). Throws Error, writing nothing, for what StageModel::write
 * refuses and for a new name that is not one of \a model's stages.
 */
void changeStages(Database& db, const StageModel& model, const StageRenames& renames = {});

} // namespace journeyscope
