#pragma once

#include <QByteArray>
#include <QString>

namespace journeyscope {

/// Why \a bytes are not a model as BoostedTrees saves it (XGBoost's Universal Binary JSON),
/// or an empty string when they are. The bytes come from a project file anyone may have
/// edited; XGBoost sizes its arrays by the lengths and counts the bytes state, so a damaged
/// or crafted model could make it ask for more memory than there is. Here every stated
/// length must fit in the bytes that remain, and every count a model states ("num_trees",
/// "num_nodes", …) must be smaller than the model itself.
QString modelBytesProblem(const QByteArray& bytes);

} // namespace journeyscope
