#include "ui/stageedits.h"

#include <QCoreApplication>

namespace journeyscope {

namespace {

class ChangeStagesCommand : public ProjectCommand
{
public:
    ChangeStagesCommand(const EditContext& context, StageModel before, StageModel after)
        : ProjectCommand(context,
                         QCoreApplication::translate("journeyscope::StageEdits", "Edit stages"))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

protected:
    void apply(Database& db) override { StageModel::write(db, m_after); }
    void revert(Database& db) override { StageModel::write(db, m_before); }

private:
    StageModel m_before;
    StageModel m_after;
};

} // namespace

void changeStagesUndoably(QUndoStack& stack, const EditContext& context, const StageModel& before,
                          const StageModel& after)
{
    pushProjectEdit(stack, new ChangeStagesCommand(context, before, after));
}

} // namespace journeyscope
