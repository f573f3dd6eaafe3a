#pragma once

#include "core/journey/peopleselection.h"
#include "core/warehouse/warehousequery.h"

namespace journeyscope {

class Database;
class Feedback;
class PgConnection;

/**
 * selectPeople() for a warehouse project: narrows \a filter to the customers \a selection
 * keeps. A segment or persona is recomputed on every event of the warehouse, as
 * personsInSegment() recomputes it on an import, and becomes a list of customer ids; a
 * touchpoint gone through, a stage reached or an attribute's values (of the customers
 * table) become a condition on the events. Throws Error located at the condition at fault
 * as selectPeople() does ("where", "segment", "persona", "touchpoint", "stage").
 */
void selectWarehousePeople(PgConnection& connection, const WarehouseSource& source,
                           const EventLog& names, const Database& db,
                           const PeopleSelection& selection, WarehouseFilter& filter,
                           Feedback* feedback = nullptr);

} // namespace journeyscope
