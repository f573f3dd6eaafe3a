#pragma once

#include "core/store/database.h"

#include <memory>
#include <QByteArray>
#include <QString>

namespace journeyscope {

/// Choices fixed when a project is created.
struct ProjectOptions
{
    /// Replace customer keys and personal data by keyed hashes at import (the default).
    /// When false, the project keeps them as they are in the source files.
    bool pseudonymise = true;
};

/**
 * A Journeyscope project: one SQLite file (*.journey) holding the imported events and
 * everything derived from them.
 *
 * open() refuses, with a one-line reason and without writing a byte, a file that is not
 * a project, comes from a newer version, fails SQLite's integrity check, or whose schema
 * differs from what this version wrote (views or triggers added by someone else included).
 * Before writing, the whole file is checked; for reading, all but the events and sessions
 * tables, whose damaged pages are reported when a read meets them.
 */
class Project
{
public:
    static constexpr const char* FileSuffix = "journey";

    enum class Access { ReadOnly, ReadWrite };

    /// Opens an existing project. A project from an older version is migrated when opened
    /// with ReadWrite access, and refused with ReadOnly access. Throws Error.
    static std::unique_ptr<Project> open(const QString& path, Access access);
    /// Opens a project for reading, first upgrading it (in a transaction of its own) when an
    /// older version made it, or rolling back what an interrupted write left in its journal:
    /// what a user who only looks at a project expects. Throws Error.
    static std::unique_ptr<Project> openForReading(const QString& path);
    /// Creates a new, empty project; \a path must not exist yet. Throws Error.
    static std::unique_ptr<Project> create(const QString& path, const ProjectOptions& options);

    Database& database() { return m_db; }
    const Database& database() const { return m_db; }
    const QString& path() const { return m_db.path(); }

    bool pseudonymises() const { return m_pseudonymise; }
    /// Whether the events of the project in \a db live in a warehouse table (connect)
    /// rather than in the file.
    static bool eventsInWarehouse(const Database& db);
    /// The key of the keyed hash used for pseudonyms (32 random bytes, made at creation).
    const QByteArray& pseudonymKey() const { return m_pseudonymKey; }

private:
    Project(const QString& path, Database::Mode mode);
    void initialize(const ProjectOptions& options);
    void readMeta();

    Database m_db;
    bool m_pseudonymise = true;
    QByteArray m_pseudonymKey;
};

} // namespace journeyscope
