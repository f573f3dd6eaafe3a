#pragma once

#include <vector>

namespace journeyscope {

/**
 * Platt scaling: a probability p becomes sigmoid(slope * logit(p) + intercept), with slope
 * and intercept fitted by logistic regression (Newton's method) on held-out rows. It puts
 * back what class weighting shifts and what early stopping leaves shrunk towards the
 * middle, so the probabilities mean what they say. The identity (1, 0) by default.
 */
struct PlattScaling
{
    double slope = 1;
    double intercept = 0;

    /// The scaling that fits \a probabilities to \a labels (0 or 1) best in log loss; the
    /// identity when the labels are all alike or there are none.
    static PlattScaling fit(const std::vector<float>& probabilities,
                            const std::vector<float>& labels);
    float apply(float probability) const;
};

} // namespace journeyscope
