#pragma once

#include "core/journey/eventlog.h"

#include <QStringList>
#include <vector>

namespace journeyscope {

class Database;

/// The attribute names that customer tables gave the project's customers, sorted.
QStringList customerAttributeNames(const Database& db);

/**
 * The value of customer attribute \a name for each person of \a log ("" where it has none),
 * as a user reads it: true or false, numbers as stored, text as is. A person made of merged
 * customers takes the value of the first of them (by id) that has one. Throws Error naming
 * the attribute and the known ones when no customer has it.
 */
std::vector<QString> customerAttribute(const Database& db, const EventLog& log,
                                       const QString& name);

/// The people whose label is one of \a values (compared without regard to case), ascending.
std::vector<PersonIndex> personsLabelled(const std::vector<QString>& labels,
                                         const QStringList& values);

} // namespace journeyscope
