#pragma once

#include "core/journey/stagemodel.h"

namespace journeyscope {

/**
 * A stage model read from a CSV file with a header and the columns "touchpoint" and "stage"
 * (any order, other columns ignored): the stages in the order they first appear, and each
 * touchpoint's stage. Touchpoints of \a current that the file does not name get no stage.
 * Throws Error with the file, line and column for a missing column, an empty name, a
 * touchpoint \a current does not have, one given two different stages, and for what
 * StageModel::check() refuses.
 */
StageModel readStageMapping(const QString& path, const StageModel& current);

} // namespace journeyscope
