#pragma once

#include "core/journey/mapnotes.h"
#include "ui/projectcommand.h"

class QUndoStack;

namespace journeyscope {

/// Writes \a note on the map, undoably; an emotion replaces the stage's earlier one (and
/// undo brings it back). Throws Error (nothing written, nothing pushed).
void addMapNoteUndoably(QUndoStack& stack, const EditContext& context, const MapNote& note);

/// Deletes note \a id from the map, undoably (undo puts it back with its id). Throws Error
/// (nothing deleted, nothing pushed).
void deleteMapNoteUndoably(QUndoStack& stack, const EditContext& context, qint64 id);

} // namespace journeyscope
