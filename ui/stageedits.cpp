#include "ui/stageedits.h"

#include "core/predict/stagechange.h"

#include <QCoreApplication>

namespace journeyscope {

namespace {

class ChangeStagesCommand : public ProjectCommand
{
public:
    ChangeStagesCommand(const EditContext& context, StageModel before, StageModel after,
                        StageRenames renames)
        : ProjectCommand(context,
                         QCoreApplication::translate("journeyscope::StageEdits", "Edit stages"))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_renames(std::move(renames))
    {}

protected:
    void apply(Database& db) override { changeStages(db, m_after, m_renames); }
    void revert(Database& db) override { changeStages(db, m_before, reversed(m_renames)); }

private:
    StageModel m_before;
    StageModel m_after;
    StageRenames m_renames;
};

} // namespace

void changeStagesUndoably(QUndoStack& stack, const EditContext& context, const StageModel& before,
                          const StageModel& after, const StageRenames& renames)
{
    pushProjectEdit(stack, new ChangeStagesCommand(context, before, after, renames));
}

} // namespace journeyscope
