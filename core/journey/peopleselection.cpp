#include "core/journey/peopleselection.h"

#include "core/base/error.h"
#include "core/journey/customerattributes.h"
#include "core/journey/personas.h"

#include <algorithm>
#include <QCoreApplication>

namespace journeyscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("journeyscope::PeopleSelection", text);
}

/// Keeps the people in both sorted lists.
std::vector<PersonIndex> intersect(const std::optional<std::vector<PersonIndex>>& kept,
                                   std::vector<PersonIndex> persons)
{
    if (!kept)
        return persons;
    std::vector<PersonIndex> both;
    std::set_intersection(kept->begin(), kept->end(), persons.begin(), persons.end(),
                          std::back_inserter(both));
    return both;
}

/// Runs \a work; an Error from it is thrown again located at \a field.
template <typename Work> auto blaming(const char* field, Work&& work)
{
    try {
        return work();
    } catch (const Error& error) {
        throw Error(Location(QLatin1String(field)), error.message());
    }
}

} // namespace

std::optional<std::vector<PersonIndex>> selectPeople(const EventLog& log, const Database& db,
                                                     const PeopleSelection& selection)
{
    if (selection.isEmpty())
        return std::nullopt;
    std::optional<std::vector<PersonIndex>> kept;
    for (const auto& [attribute, values] : selection.attributeValues) {
        kept = blaming("where", [&] {
            return intersect(kept, personsLabelled(customerAttribute(db, log, attribute), values));
        });
    }
    const EventView everyone(log);
    if (!selection.segmentKey.isEmpty()) {
        kept = blaming("segment", [&] {
            return intersect(kept, personsInSegment(everyone, selection.segmentKey));
        });
    }
    for (const QString& name : selection.visitedTouchpoints) {
        const int touchpoint = log.touchpointIndex(name);
        if (touchpoint < 0) {
            throw Error(Location(QStringLiteral("touchpoint")),
                        tr("no touchpoint \"%1\" in the project").arg(name));
        }
        std::vector<PersonIndex> visitors;
        for (PersonIndex p = 0; p < PersonIndex(log.personCount()); ++p) {
            const auto begin = log.touchpoints().begin() + log.journeyBegins()[p];
            const auto end = log.touchpoints().begin() + log.journeyBegins()[p + 1];
            if (std::find(begin, end, quint16(touchpoint)) != end)
                visitors.push_back(p);
        }
        kept = intersect(kept, std::move(visitors));
    }
    if (selection.personaId) {
        const std::vector<Persona> personas = loadPersonas(db);
        const auto found = std::find_if(personas.begin(), personas.end(), [&](const Persona& p) {
            return p.id == *selection.personaId;
        });
        if (found == personas.end()) {
            throw Error(
                Location(QStringLiteral("persona")),
                tr("no persona %1; `personas PROJECT` lists them").arg(*selection.personaId));
        }
        kept = blaming("persona", [&] {
            return intersect(kept,
                             personsInSegment(everyone, found->segmentKey, found->segmentModel));
        });
    }
    return kept;
}

} // namespace journeyscope
