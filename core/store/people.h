#pragma once

#include <QtGlobal>
#include <unordered_set>

namespace journeyscope {

class Database;

/**
 * Customers as people: customers merged by identity resolution count as the person they were
 * merged into (customers.merged_into), and a person's analytics consent is their most recent
 * statement, from any of their merged customers. A statement from a customer table has no
 * time of its own and counts as made when its file was imported.
 *
 * People whose consent is denied are kept out of analyses, models and exports.
 */
namespace people {

/// How many people the project holds.
qint64 count(const Database& db);

/// The people (root customer ids) whose latest consent statement denies analytics.
std::unordered_set<qint64> withoutConsent(const Database& db);

} // namespace people
} // namespace journeyscope
