#pragma once

#include "core/journey/eventlog.h"

#include <optional>
#include <QStringList>
#include <utility>
#include <vector>

namespace journeyscope {

class Database;

/**
 * Which customers an analysis keeps, as a filter bar or the command line names them: each
 * attribute condition (a customer attribute with one of its values), a segment ("rfm:..."),
 * a persona; a customer is kept when every given condition keeps them.
 */
struct PeopleSelection
{
    std::vector<std::pair<QString, QStringList>> attributeValues; ///< attribute, its values
    QString segmentKey;                                           ///< "" for none
    std::optional<qint64> personaId;
    /// Customers with an event at each of these touchpoints (a focus on a graph node).
    QStringList visitedTouchpoints;
    /// Customers with an event in each of these stages (a focus on a map column).
    QStringList reachedStages;

    bool isEmpty() const
    {
        return attributeValues.empty() && segmentKey.isEmpty() && !personaId &&
               visitedTouchpoints.isEmpty() && reachedStages.isEmpty();
    }
};

/**
 * The people of \a log that \a selection keeps, ascending; nullopt when it keeps everyone
 * (it is empty). Throws Error whose location names the condition at fault ("where",
 * "segment", "persona", "touchpoint", "stage") for an unknown attribute, segment, persona,
 * touchpoint or stage.
 */
std::optional<std::vector<PersonIndex>> selectPeople(const EventLog& log, const Database& db,
                                                     const PeopleSelection& selection);

} // namespace journeyscope
