#include "ui/views/filterchoices.h"

#include "core/journey/customerattributes.h"
#include "core/journey/personas.h"
#include "core/journey/segmentation.h"

#include <algorithm>
#include <QDateTime>
#include <QHash>
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

FilterChoices readFilterChoices(const EventLog& log, const Database& db)
{
    FilterChoices choices = eventFilterChoices(log, log.firstMs(), log.lastMs());
    addSegmentChoices(choices, db);
    for (const QString& name : customerAttributeNames(db)) {
        QHash<QString, qint64> counts;
        for (const QString& value : customerAttribute(db, log, name)) {
            if (!value.isEmpty())
                ++counts[value];
        }
        if (counts.size() < 2 || counts.size() > FilterChoices::MaxValues)
            continue;
        FilterChoices::Attribute attribute{name, counts.keys()};
        std::sort(attribute.values.begin(), attribute.values.end(),
                  [&](const QString& a, const QString& b) {
                      return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
                  });
        choices.attributes.push_back(std::move(attribute));
    }
    return choices;
}

} // namespace journeyscope
