#pragma once

#include "core/journey/stagemodel.h"
#include "ui/projectcommand.h"

class QUndoStack;

namespace journeyscope {

/// Stores \a after as the project's stages, undoably; undo puts \a before back. What was kept
/// under the name of a stage renamed in \a renames (old name -> new name) follows it, and
/// comes back with the undo (changeStages()). Throws Error (for stages that
/// StageModel::check() refuses: nothing stored, nothing pushed).
void changeStagesUndoably(QUndoStack& stack, const EditContext& context, const StageModel& before,
                          const StageModel& after, const StageRenames& renames = {});

} // namespace journeyscope
