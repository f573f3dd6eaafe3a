#include "core/journey/peopleselection.h"

#include "core/base/error.h"
#include "core/journey/customerattributes.h"
#include "core/journey/personas.h"

#include <algorithm>
#include <QCoreApplication>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::PeopleSelection)
};

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

/// The people with an event at a touchpoint \a matches accepts, ascending.
template <typename Matches>
std::vector<PersonIndex> peopleWithEventAt(const EventLog& log, Matches&& matches)
{
    std::vector<PersonIndex> people;
    for (PersonIndex p = 0; p < PersonIndex(log.personCount()); ++p) {
        for (quint32 e = log.journeyBegins()[p]; e < log.journeyBegins()[p + 1]; ++e) {
            if (matches(log.touchpoints()[e])) {
                people.push_back(p);
                break;
            }
        }
    }
    return people;
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
        // Captured by name: clang before 16 cannot capture structured bindings.
        kept = blaming("where", [&, &attribute = attribute, &values = values] {
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
                        Text::tr("no touchpoint \"%1\" in the project").arg(name));
        }
        kept = intersect(kept, peopleWithEventAt(log, [&](quint16 t) { return t == touchpoint; }));
    }
    for (const QString& name : selection.reachedStages) {
        const int stage = int(log.stageNames().indexOf(name));
        if (stage < 0)
            throw Error(Location(QStringLiteral("stage")), Text::tr("no stage \"%1\"").arg(name));
        kept = intersect(kept, peopleWithEventAt(log, [&](quint16 t) {
                             return log.touchpointStages()[t] == stage;
                         }));
    }
    if (selection.personaId) {
        const Persona persona = personaWithId(db, *selection.personaId);
        kept = blaming("persona", [&] {
            return intersect(kept,
                             personsInSegment(everyone, persona.segmentKey, persona.segmentModel));
        });
    }
    return kept;
}

} // namespace journeyscope
