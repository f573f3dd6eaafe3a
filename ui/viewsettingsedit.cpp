#include "ui/viewsettingsedit.h"

namespace journeyscope {

namespace {

class ChangeSettingsCommand : public ProjectCommand
{
public:
    ChangeSettingsCommand(const EditContext& context, ViewSettings before, ViewSettings after,
                          const QString& what)
        : ProjectCommand(context, what)
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

protected:
    void apply(Database& db) override { ViewSettings::write(db, m_after); }
    void revert(Database& db) override { ViewSettings::write(db, m_before); }

private:
    ViewSettings m_before;
    ViewSettings m_after;
};

} // namespace

void changeViewSettingsUndoably(QUndoStack& stack, const EditContext& context,
                                const ViewSettings& before, const ViewSettings& after,
                                const QString& what)
{
    pushProjectEdit(stack, new ChangeSettingsCommand(context, before, after, what));
}

} // namespace journeyscope
