#include "ui/viewsettingsedit.h"

#include "core/base/error.h"
#include "core/store/projectwrite.h"

#include <QUndoCommand>

namespace journeyscope {

namespace {

class ChangeSettingsCommand : public QUndoCommand
{
public:
    ChangeSettingsCommand(const SettingsEditContext& context, ViewSettings before,
                          ViewSettings after, const QString& what)
        : QUndoCommand(what)
        , m_context(context)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

    int id() const override { return 0x5653; }
    bool mergeWith(const QUndoCommand* other) override
    {
        if (other->text() != text())
            return false;
        m_after = static_cast<const ChangeSettingsCommand*>(other)->m_after;
        setObsolete(m_after == m_before); // dragged back to where it was
        return true;
    }
    void redo() override
    {
        if (m_firstRedo) { // pushing runs redo(): stored and shown already
            m_firstRedo = false;
            return;
        }
        store(m_after);
    }
    void undo() override { store(m_before); }

private:
    void store(const ViewSettings& settings)
    {
        try {
            writeProject(m_context.projectPath,
                         [&](Database& db) { ViewSettings::write(db, settings); });
        } catch (const Error& error) {
            m_context.failed(error.toString());
            return;
        }
        m_context.apply(settings);
    }

    SettingsEditContext m_context;
    ViewSettings m_before;
    ViewSettings m_after;
    bool m_firstRedo = true;
};

} // namespace

void changeViewSettingsUndoably(QUndoStack& stack, const SettingsEditContext& context,
                                ViewSettings before, const ViewSettings& after, const QString& what)
{
    writeProject(context.projectPath, [&](Database& db) { ViewSettings::write(db, after); });
    context.apply(after);
    stack.push(new ChangeSettingsCommand(context, std::move(before), after, what));
}

} // namespace journeyscope
