#pragma once

namespace journeyscope {

class Database;

/**
 * The project file's schema and its migrations.
 *
 * The schema version lives in SQLite's user_version and the file is marked as ours by
 * application_id, so both can be read from the 100-byte file header without trusting
 * anything inside the file.
 */
namespace schema {

/// "JRNY" in the SQLite header's application id field.
constexpr unsigned ApplicationId = 0x4A524E59;
constexpr int CurrentVersion = 7;

/// Brings \a db from \a fromVersion to \a toVersion. Runs inside the caller's transaction.
void migrate(Database& db, int fromVersion, int toVersion = CurrentVersion);

/**
 * Throws Error when the tables, indexes, views and triggers in \a db are not exactly those
 * that the migrations create for \a version: a changed column, a missing table, or a view
 * or trigger someone added (which could run code on our writes) makes the file suspect.
 */
void validate(const Database& db, int version);

} // namespace schema
} // namespace journeyscope
