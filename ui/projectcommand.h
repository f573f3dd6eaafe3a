#pragma once

#include <functional>
#include <QString>
#include <QUndoCommand>

namespace journeyscope {

class Database;

/// Where an undoable edit writes and who hears of it.
struct EditContext
{
    QString projectPath;
    std::function<void()> changed;              ///< after every write: redraw what shows it
    std::function<void(const QString&)> failed; ///< an undo or redo could not write
};

/**
 * An undoable edit of the project file. Its first write is made before it is pushed (so an
 * error reaches the caller and nothing is pushed); undo and redo write again, each in one
 * transaction, and report a failure through the context (the project then stays as it
 * was). The undo stack owns the command.
 */
class ProjectCommand : public QUndoCommand
{
public:
    ProjectCommand(EditContext context, const QString& text);

    void redo() override;
    void undo() override;

protected:
    virtual void apply(Database& db) = 0;
    virtual void revert(Database& db) = 0;
    const EditContext& context() const { return m_context; }

private:
    friend void pushProjectEdit(class QUndoStack& stack, ProjectCommand* command);
    template <typename Change> void write(Change&& change);

    EditContext m_context;
    bool m_firstRedo = true;
};

/// Makes the first write of \a command (its apply()) and pushes it (the stack may merge it
/// into the one before). Throws Error (nothing written, nothing pushed, \a command deleted).
void pushProjectEdit(class QUndoStack& stack, ProjectCommand* command);

} // namespace journeyscope
