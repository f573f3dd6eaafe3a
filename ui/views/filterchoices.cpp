#include "ui/views/filterchoices.h"

#include "core/journey/customerattributes.h"
#include "core/journey/personas.h"
#include "core/journey/segmentation.h"

#include <algorithm>
#include <map>
#include <QDateTime>
#include <QTimeZone>

namespace journeyscope {

namespace {

QDate dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
}

} // namespace

FilterChoices eventFilterChoices(const EventLog& names, std::optional<qint64> firstMs,
                                 std::optional<qint64> lastMs)
{
    FilterChoices choices;
    if (firstMs)
        choices.firstDay = dayOf(*firstMs);
    if (lastMs)
        choices.lastDay = dayOf(*lastMs);
    choices.channels = names.channelNames().mid(1); // index 0 is "no channel"
    choices.touchpoints = names.touchpointNames();
    return choices;
}

void addSegmentChoices(FilterChoices& choices, const Database& db)
{
    for (const Persona& persona : loadPersonas(db))
        choices.personas.emplace_back(persona.id, persona.name);
    for (int s = 0; s < RfmSegmentCount; ++s)
        choices.segments.append(QStringLiteral("rfm:") + rfmSegmentName(RfmSegment(s)));
}

void addAttributeChoice(FilterChoices& choices, const QString& name,
                        const std::map<QString, qint64>& customersPerValue)
{
    if (customersPerValue.size() < 2 || customersPerValue.size() > FilterChoices::MaxValues)
        return;
    FilterChoices::Attribute attribute{name, {}};
    for (const auto& [value, customers] : customersPerValue)
        attribute.values.append(value);
    std::stable_sort(attribute.values.begin(), attribute.values.end(),
                     [&](const QString& a, const QString& b) {
                         return customersPerValue.at(a) > customersPerValue.at(b);
                     });
    choices.attributes.push_back(std::move(attribute));
}

FilterChoices readFilterChoices(const EventLog& log, const Database& db)
{
    FilterChoices choices = eventFilterChoices(log, log.firstMs(), log.lastMs());
    addSegmentChoices(choices, db);
    for (const QString& name : customerAttributeNames(db)) {
        std::map<QString, qint64> counts;
        for (const QString& value : customerAttribute(db, log, name)) {
            if (!value.isEmpty())
                ++counts[value];
        }
        addAttributeChoice(choices, name, counts);
    }
    return choices;
}

} // namespace journeyscope
