#include "core/predict/experiment.h"

#include "core/base/error.h"
#include "core/base/jsonnumber.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <QCoreApplication>
#include <QJsonArray>

namespace journeyscope {

namespace {

constexpr double Z95 = 1.959963984540054; // the 97.5th percentile of the normal
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::Experiment)
};

void wilson(ExperimentGroup& group)
{
    if (group.customers == 0) {
        group.rate = group.low = group.high = NaN;
        return;
    }
    const double n = double(group.customers);
    const double p = double(group.converted) / n;
    const double z2 = Z95 * Z95;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = Z95 / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    group.rate = p;
    group.low = centre - half;
    group.high = centre + half;
}

ExperimentComparison compare(const ExperimentGroup& group, const ExperimentGroup& control)
{
    ExperimentComparison c;
    c.group = group.name;
    const double n1 = double(group.customers), n0 = double(control.customers);
    if (n1 == 0) {
        c.absoluteLift = c.low = c.high = c.relativeLift = c.z = c.pValue = NaN;
        return c;
    }
    const double p1 = group.rate, p0 = control.rate;
    c.absoluteLift = p1 - p0;
    const double spread = Z95 * std::sqrt(p1 * (1 - p1) / n1 + p0 * (1 - p0) / n0);
    // A difference of rates lies in [-1, 1], whatever a small sample's normal spread says.
    c.low = std::max(-1.0, c.absoluteLift - spread);
    c.high = std::min(1.0, c.absoluteLift + spread);
    c.relativeLift = p0 > 0 ? p1 / p0 - 1 : NaN;
    const double pooled = (double(group.converted) + double(control.converted)) / (n1 + n0);
    const double error = std::sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0));
    c.z = error > 0 ? c.absoluteLift / error : 0.0;
    c.pValue = std::erfc(std::abs(c.z) / std::sqrt(2.0));
    c.significant = c.pValue < 0.05;
    return c;
}

} // namespace

ExperimentReadout presentExperiment(ExperimentCounts counts, const QString& control)
{
    ExperimentReadout readout;
    readout.control = control;
    readout.unassigned = counts.unassigned;
    auto& groups = counts.groups;
    const auto found = groups.find(control);
    if (found == groups.end() || found->second.customers == 0) {
        QStringList names;
        for (const auto& [name, group] : groups)
            names.append(name);
        throw Error(Text::tr("no customers with an outcome in the control group \"%1\"; the groups "
                             "are %2")
                        .arg(control, names.join(QStringLiteral(", "))));
    }
    wilson(found->second);
    readout.groups.push_back(found->second);
    for (auto& [name, group] : groups) {
        if (name == control)
            continue;
        wilson(group);
        readout.groups.push_back(group);
        readout.comparisons.push_back(compare(group, found->second));
    }
    return readout;
}

ExperimentReadout readExperiment(const EventView& view, const Goal& goal,
                                 const std::vector<QString>& assignment, const QString& control,
                                 std::optional<qint64> dataEndMs)
{
    const EventLog& log = view.log();
    const qint64 end = dataEndMs ? *dataEndMs : log.lastMs().value_or(0);
    ExperimentCounts counts;
    // A customer's whole history is one trial, whatever the view's scope.
    const EventView customers(log, view.filter(), JourneyScope::Customer);
    customers.forEachJourney([&](const Journey& journey) {
        const QString& name = assignment[journey.person()];
        if (name.isEmpty()) {
            ++counts.unassigned;
            return;
        }
        ExperimentGroup& group = counts.groups[name];
        group.name = name;
        switch (goal.outcome(log, journey, end)) {
        case Outcome::Converted:
            ++group.customers;
            ++group.converted;
            break;
        case Outcome::DroppedOff:
            ++group.customers;
            break;
        case Outcome::Open:
            ++group.open;
            break;
        }
    });
    return presentExperiment(std::move(counts), control);
}

QJsonObject ExperimentReadout::toJson() const
{
    QJsonArray groupArray;
    for (const ExperimentGroup& g : groups) {
        groupArray.append(QJsonObject{{QStringLiteral("name"), g.name},
                                      {QStringLiteral("customers"), g.customers},
                                      {QStringLiteral("converted"), g.converted},
                                      {QStringLiteral("open"), g.open},
                                      {QStringLiteral("rate"), jsonNumber(g.rate)},
                                      {QStringLiteral("low"), jsonNumber(g.low)},
                                      {QStringLiteral("high"), jsonNumber(g.high)}});
    }
    QJsonArray comparisonArray;
    for (const ExperimentComparison& c : comparisons) {
        comparisonArray.append(
            QJsonObject{{QStringLiteral("group"), c.group},
                        {QStringLiteral("absolute_lift"), jsonNumber(c.absoluteLift)},
                        {QStringLiteral("low"), jsonNumber(c.low)},
                        {QStringLiteral("high"), jsonNumber(c.high)},
                        {QStringLiteral("relative_lift"), jsonNumber(c.relativeLift)},
                        {QStringLiteral("z"), jsonNumber(c.z)},
                        {QStringLiteral("p_value"), jsonNumber(c.pValue)},
                        {QStringLiteral("significant"), c.significant}});
    }
    return {{QStringLiteral("control"), control},
            {QStringLiteral("unassigned"), unassigned},
            {QStringLiteral("groups"), groupArray},
            {QStringLiteral("comparisons"), comparisonArray}};
}

} // namespace journeyscope
