#pragma once

#include "ui/views/viewsettings.h"

#include <functional>

class QUndoStack;

namespace journeyscope {

/// Where a settings change is stored and what shows it.
struct SettingsEditContext
{
    QString projectPath;
    std::function<void(const ViewSettings&)> apply; ///< shows the settings in the window
    std::function<void(const QString&)> failed;     ///< an undo or redo could not store
};

/**
 * Stores \a after in the project, shows it and pushes the change on \a stack (which owns
 * it) as "\a what"; undo puts \a before back. Changes of the same \a what in a row (a
 * slider dragged again) are one step. (\a before is a copy: showing \a after may change
 * what it was taken from.) Throws Error (nothing stored, nothing pushed).
 */
void changeViewSettingsUndoably(QUndoStack& stack, const SettingsEditContext& context,
                                ViewSettings before, const ViewSettings& after,
                                const QString& what);

} // namespace journeyscope
