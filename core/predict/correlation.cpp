#include "core/predict/correlation.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QCoreApplication>
#include <QJsonArray>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::Correlation)
};

ConversionCorrelation correlation(ConversionCorrelation::Kind kind, const QString& name,
                                  qint64 withConverted, qint64 with, qint64 converted,
                                  qint64 journeys)
{
    ConversionCorrelation c;
    c.kind = kind;
    c.name = name;
    c.withConverted = withConverted;
    c.withOther = with - withConverted;
    c.withoutConverted = converted - withConverted;
    c.withoutOther = journeys - with - c.withoutConverted;
    const double a = double(c.withConverted) + 1, b = double(c.withOther) + 1;
    const double cc = double(c.withoutConverted) + 1, d = double(c.withoutOther) + 1;
    c.oddsRatio = a * d / (b * cc);
    const double spread = 1.96 * std::sqrt(1 / a + 1 / b + 1 / cc + 1 / d);
    c.low = std::exp(std::log(c.oddsRatio) - spread);
    c.high = std::exp(std::log(c.oddsRatio) + spread);
    return c;
}

} // namespace

double ConversionCorrelation::conversionRateWith() const
{
    const qint64 journeys = withConverted + withOther;
    return journeys > 0 ? double(withConverted) / double(journeys) : 0.0;
}

double ConversionCorrelation::conversionRateWithout() const
{
    const qint64 journeys = withoutConverted + withoutOther;
    return journeys > 0 ? double(withoutConverted) / double(journeys) : 0.0;
}

QString ConversionCorrelation::sentence() const
{
    const QString who = kind == Kind::Touchpoint ? Text::tr("Customers who reached %1").arg(name)
                                                 : Text::tr("Customers with %1").arg(name);
    const bool higher = oddsRatio >= 1;
    const double times = higher ? oddsRatio : 1 / oddsRatio;
    const QString sentence =
        higher ? Text::tr("%1: odds of converting %2 times higher (%3 % of them converted, "
                          "against %4 % of the others)")
               : Text::tr("%1: odds of converting %2 times lower (%3 % of them converted, "
                          "against %4 % of the others)");
    return sentence.arg(who)
        .arg(times, 0, 'f', times < 10 ? 1 : 0)
        .arg(100 * conversionRateWith(), 0, 'f', 1)
        .arg(100 * conversionRateWithout(), 0, 'f', 1);
}

QJsonObject ConversionCorrelation::toJson() const
{
    return {{QStringLiteral("kind"),
             kind == Kind::Touchpoint ? QStringLiteral("touchpoint") : QStringLiteral("attribute")},
            {QStringLiteral("name"), name},
            {QStringLiteral("did_converted"), withConverted},
            {QStringLiteral("did_not_converted"), withOther},
            {QStringLiteral("did_not_do_converted"), withoutConverted},
            {QStringLiteral("did_not_do_not_converted"), withoutOther},
            {QStringLiteral("odds_ratio"), oddsRatio},
            {QStringLiteral("low"), low},
            {QStringLiteral("high"), high},
            {QStringLiteral("conversion_rate_did"), conversionRateWith()},
            {QStringLiteral("conversion_rate_did_not"), conversionRateWithout()},
            {QStringLiteral("sentence"), sentence()}};
}

QJsonObject CorrelationReport::toJson() const
{
    QJsonArray list;
    for (const ConversionCorrelation& c : correlations)
        list.append(c.toJson());
    return {{QStringLiteral("journeys"), journeys},
            {QStringLiteral("converted"), converted},
            {QStringLiteral("minimum_support"), minimumSupport},
            {QStringLiteral("correlations"), list}};
}

CorrelationReport presentCorrelations(const QStringList& touchpointNames, const Goal& goal,
                                      const CorrelationCounts& counts)
{
    CorrelationReport report;
    report.journeys = counts.journeys;
    report.converted = counts.converted;
    report.minimumSupport = std::max<qint64>(
        1, std::min<qint64>(25, qint64(std::ceil(0.02 * double(report.journeys)))));
    const auto supported = [&](qint64 with) {
        return with >= report.minimumSupport && report.journeys - with >= report.minimumSupport;
    };
    for (size_t t = 0; t < counts.did.size(); ++t) {
        if (goal.isGoal(quint16(t)) || !supported(counts.did[t]))
            continue;
        report.correlations.push_back(correlation(
            ConversionCorrelation::Kind::Touchpoint, touchpointNames.value(qsizetype(t)),
            counts.didConverted[t], counts.did[t], report.converted, report.journeys));
    }
    for (const auto& [attribute, values] : counts.attributeValues) {
        for (const auto& [value, journeys] : values) {
            if (!supported(journeys.first))
                continue;
            report.correlations.push_back(correlation(
                ConversionCorrelation::Kind::Attribute, attribute + QLatin1Char('=') + value,
                journeys.second, journeys.first, report.converted, report.journeys));
        }
    }
    std::sort(report.correlations.begin(), report.correlations.end(),
              [](const ConversionCorrelation& x, const ConversionCorrelation& y) {
                  const double sx = std::abs(std::log(x.oddsRatio));
                  const double sy = std::abs(std::log(y.oddsRatio));
                  return sx != sy ? sx > sy : x.name < y.name;
              });
    return report;
}

CorrelationReport
correlateWithConversion(const EventView& view, const Goal& goal,
                        const std::vector<std::pair<QString, std::vector<QString>>>& attributes,
                        std::optional<qint64> dataEndMs)
{
    const EventLog& log = view.log();
    const qint64 end = dataEndMs ? *dataEndMs : log.lastMs().value_or(0);
    const auto touchpointCount = size_t(log.touchpointNames().size());
    CorrelationCounts counts;
    counts.did.assign(touchpointCount, 0);
    counts.didConverted.assign(touchpointCount, 0);
    std::vector<quint32> seenIn(touchpointCount, 0);
    for (const auto& [name, labels] : attributes)
        counts.attributeValues.emplace_back(name, std::map<QString, std::pair<qint64, qint64>>());
    quint32 stamp = 0;
    view.forEachJourney([&](const Journey& journey) {
        const qsizetype goalAt = goal.firstGoal(log, journey);
        const Outcome outcome = goal.outcome(log, journey, end, goalAt);
        if (outcome == Outcome::Open)
            return;
        const bool converted = outcome == Outcome::Converted;
        ++counts.journeys;
        counts.converted += converted;
        const qsizetype before = goalAt >= 0 ? goalAt : journey.size();
        ++stamp;
        for (qsizetype i = 0; i < before; ++i) {
            const quint16 touchpoint = log.touchpoints()[journey[i]];
            if (seenIn[touchpoint] == stamp)
                continue;
            seenIn[touchpoint] = stamp;
            ++counts.did[touchpoint];
            counts.didConverted[touchpoint] += converted;
        }
        for (size_t a = 0; a < attributes.size(); ++a) {
            const QString& value = attributes[a].second[journey.person()];
            if (value.isEmpty())
                continue;
            auto& journeys = counts.attributeValues[a].second[value];
            ++journeys.first;
            journeys.second += converted;
        }
    });
    return presentCorrelations(log.touchpointNames(), goal, counts);
}

} // namespace journeyscope
