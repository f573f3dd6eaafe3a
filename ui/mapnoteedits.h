#pragma once

#include "core/journey/mapnotes.h"

#include <functional>

class QUndoStack;

namespace journeyscope {

/*
 * Undoable edits of the notes on the journey map. Each writes the project at once (in one
 * transaction) and pushes its command on \a stack, which owns it; undo and redo write the
 * project again. \a changed is called after every write, to redraw what shows the notes;
 * \a failed with a one-line error when an undo or redo cannot write (the project is then
 * unchanged).
 */

struct NoteEditContext
{
    QString projectPath;
    std::function<void()> changed;
    std::function<void(const QString&)> failed;
};

/// Writes \a note on the map. Throws Error (nothing written, nothing pushed).
void addMapNoteUndoably(QUndoStack& stack, const NoteEditContext& context, const MapNote& note);

/// Deletes note \a id from the map. Throws Error (nothing deleted, nothing pushed).
void deleteMapNoteUndoably(QUndoStack& stack, const NoteEditContext& context, qint64 id);

} // namespace journeyscope
