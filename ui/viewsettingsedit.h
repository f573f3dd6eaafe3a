#pragma once

#include "ui/projectcommand.h"
#include "ui/views/viewsettings.h"

class QUndoStack;

namespace journeyscope {

/**
 * Stores \a after in the project, undoably as "\a what"; undo puts \a before back. Changes
 * of the same \a what in a row (a slider dragged again) are one step. \a context's
 * changed() reads the settings back from the project to show them. Throws Error (nothing
 * stored, nothing pushed).
 */
void changeViewSettingsUndoably(QUndoStack& stack, const EditContext& context,
                                const ViewSettings& before, const ViewSettings& after,
                                const QString& what);

} // namespace journeyscope
