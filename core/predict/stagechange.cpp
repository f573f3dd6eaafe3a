#include "core/predict/stagechange.h"

#include "core/base/error.h"
#include "core/journey/mapnotes.h"
#include "core/predict/storedmodel.h"
#include "core/store/database.h"

#include <QCoreApplication>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::StageChange)
};

} // namespace

void changeStages(Database& db, const StageModel& model, const StageRenames& renames)
{
    for (const QString& name : renames) {
        if (!model.stages.contains(name)) {
            throw Error(
                Location{db.path()},
                Text::tr("a stage is renamed to \"%1\", which is not one of the stages").arg(name));
        }
    }
    StageModel::write(db, model);
    renameMapNoteStages(db, renames);
    StoredModel::renameStages(db, renames);
}

} // namespace journeyscope
