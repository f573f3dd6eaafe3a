#include "ui/projectcommand.h"

#include "core/base/error.h"
#include "core/store/projectwrite.h"

#include <memory>
#include <QUndoStack>

namespace journeyscope {

ProjectCommand::ProjectCommand(EditContext context, const QString& text)
    : QUndoCommand(text)
    , m_context(std::move(context))
{}

template <typename Change> void ProjectCommand::write(Change&& change)
{
    try {
        writeProject(m_context.projectPath, change);
    } catch (const Error& error) {
        m_context.failed(error.toString());
        return;
    }
    m_context.changed();
}

void ProjectCommand::redo()
{
    if (m_firstRedo) { // pushing runs redo(): pushProjectEdit() wrote already
        m_firstRedo = false;
        return;
    }
    write([this](Database& db) { apply(db); });
}

void ProjectCommand::undo()
{
    write([this](Database& db) { revert(db); });
}

void pushProjectEdit(QUndoStack& stack, ProjectCommand* command)
{
    std::unique_ptr<ProjectCommand> owned(command);
    const EditContext context = command->m_context; // a merged command is gone after push
    writeProject(context.projectPath, [&](Database& db) { command->apply(db); });
    command->m_firstRedo = true;
    stack.push(owned.release());
    context.changed();
}

} // namespace journeyscope
