#pragma once

#include "core/predict/boostedtrees.h"
#include "core/predict/nextstep.h"

namespace journeyscope {

class Feedback;

/**
 * evaluateNextStep()'s protocol (Tax et al. 2017: journeys by first event, the first two
 * thirds learnt, every prefix of the rest predicted) for an XGBoost multi-class model on
 * the prefix features of JourneyFeatures: one class per touchpoint, and one for the end
 * with \a withEnd. Early stopping on the last fifth of the learnt journeys. Throws Error
 * (too few journeys) or Canceled.
 */
NextStepEvaluation evaluateBoostedNextStep(const EventView& view, bool withEnd,
                                           BoostingParameters parameters = {},
                                           Feedback* feedback = nullptr);

} // namespace journeyscope
