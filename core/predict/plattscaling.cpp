#include "core/predict/plattscaling.h"

#include <algorithm>
#include <cmath>

namespace journeyscope {

namespace {

double logit(double p)
{
    p = std::clamp(p, 1e-7, 1 - 1e-7);
    return std::log(p / (1 - p));
}

double sigmoid(double x)
{
    return 1 / (1 + std::exp(-x));
}

} // namespace

PlattScaling PlattScaling::fit(const std::vector<float>& probabilities,
                               const std::vector<float>& labels)
{
    const auto positives = std::count(labels.begin(), labels.end(), 1.0f);
    if (positives == 0 || size_t(positives) == labels.size())
        return {};
    std::vector<double> x(probabilities.size());
    for (size_t i = 0; i < x.size(); ++i)
        x[i] = logit(probabilities[i]);
    PlattScaling scaling;
    for (int iteration = 0; iteration < 50; ++iteration) {
        // Gradient and Hessian of the mean log loss in (slope, intercept).
        double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
        for (size_t i = 0; i < x.size(); ++i) {
            const double p = sigmoid(scaling.slope * x[i] + scaling.intercept);
            const double residual = p - labels[i];
            const double curvature = std::max(p * (1 - p), 1e-12);
            ga += residual * x[i];
            gb += residual;
            haa += curvature * x[i] * x[i];
            hab += curvature * x[i];
            hbb += curvature;
        }
        const double determinant = haa * hbb - hab * hab;
        if (std::abs(determinant) < 1e-12)
            break;
        const double da = (hbb * ga - hab * gb) / determinant;
        const double db = (haa * gb - hab * ga) / determinant;
        scaling.slope -= da;
        scaling.intercept -= db;
        if (std::abs(da) + std::abs(db) < 1e-10)
            break;
    }
    return scaling;
}

float PlattScaling::apply(float probability) const
{
    return float(sigmoid(slope * logit(probability) + intercept));
}

} // namespace journeyscope
