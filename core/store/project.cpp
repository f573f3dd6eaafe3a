#include "core/store/project.h"

#include "core/store/schema.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QtEndian>
#include <QUuid>
#include <sqlite3.h>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::Project)
};

struct Header
{
    quint32 applicationId = 0;
    qint32 userVersion = 0;
};

/// Reads the SQLite header directly, so a file that is not ours is refused before SQLite
/// (which could roll back a hot journal) touches it.
Header readHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        throw Error(Location{path}, Text::tr("no such project file"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Location{path}, file.errorString());
    const QByteArray bytes = file.read(100);
    if (bytes.isEmpty())
        throw Error(Location{path}, Text::tr("not a Journeyscope project (the file is empty)"));
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        throw Error(Location{path},
                    Text::tr("not a Journeyscope project (not an SQLite database)"));
    Header header;
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    if (header.applicationId != schema::ApplicationId) {
        throw Error(
            Location{path},
            Text::tr("not a Journeyscope project (an SQLite database of another application)"));
    }
    if (header.userVersion > schema::CurrentVersion) {
        throw Error(Location{path},
                    Text::tr("made by a newer version of Journeyscope (project format %1; this "
                             "version reads up to %2): update Journeyscope to open it")
                        .arg(header.userVersion)
                        .arg(schema::CurrentVersion));
    }
    if (header.userVersion < 1)
        throw Error(Location{path}, Text::tr("not a Journeyscope project (no format version)"));
    return header;
}

/// SQLite's structural check. Before writing, the whole file; for reading, every table but
/// the two that grow with the data (events, sessions): a damaged page there makes the
/// read that meets it fail with SQLITE_CORRUPT, reported as a damaged file, and checking
/// them up front would cost seconds on every open of a large project.
void checkIntegrity(const Database& db, Project::Access access)
{
    QStringList checks;
    if (access == Project::Access::ReadWrite) {
        checks.append(QStringLiteral("PRAGMA quick_check(1)"));
    } else {
        Statement tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                      "AND name NOT IN ('events', 'sessions')");
        while (tables.step())
            checks.append(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(tables.columnText(0)));
    }
    for (const QString& sql : checks) {
        Statement check = db.prepare(sql.toStdString());
        check.step();
        const QString result = check.columnText(0).simplified();
        if (result != QLatin1String("ok"))
            throw Error(Location(db.path()), Text::tr("the file is damaged (%1)").arg(result));
    }
}

} // namespace

Project::Project(const QString& path, Database::Mode mode)
    : m_db(path, mode)
{
    // Imports append: a larger cache does not make them faster, only bigger.
    m_db.exec("PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY;"
              "PRAGMA secure_delete = ON;");
}

std::unique_ptr<Project> Project::open(const QString& path, Access access)
{
    const Header header = readHeader(path);
    const bool journal = QFile::exists(path + QStringLiteral("-journal"));
    // Check on a read-only connection first, so that a refused file is never written.
    // The exception: an import that was killed left a hot journal, which only a
    // read-write connection can roll back; the header already says the file is ours.
    bool checked = false;
    try {
        Database check(path, Database::Mode::ReadOnly);
        schema::validate(check, header.userVersion);
        checkIntegrity(check, access);
        checked = true;
    } catch (const Error&) {
        if (!journal || access == Access::ReadOnly)
            throw;
    }
    if (access == Access::ReadOnly && header.userVersion < schema::CurrentVersion) {
        throw Error(Location{path},
                    Text::tr("made by an older version of Journeyscope; open it for "
                             "writing once to upgrade it"));
    }

    const auto mode =
        access == Access::ReadOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    std::unique_ptr<Project> project(new Project(path, mode));
    if (!checked) {
        schema::validate(project->m_db, header.userVersion);
        checkIntegrity(project->m_db, access);
    }
    if (header.userVersion < schema::CurrentVersion) {
        Transaction transaction(project->m_db);
        schema::migrate(project->m_db, header.userVersion);
        transaction.commit();
    }
    project->readMeta();
    return project;
}

std::unique_ptr<Project> Project::openForReading(const QString& path)
{
    // Opened for writing first when it needs writing: to migrate it, or to roll back what a
    // killed import left half-written in the journal (read-only, SQLite cannot).
    if (readHeader(path).userVersion < schema::CurrentVersion ||
        QFileInfo(path + QStringLiteral("-journal")).size() > 0)
        open(path, Access::ReadWrite); // migrates or rolls back, then closes
    return open(path, Access::ReadOnly);
}

std::unique_ptr<Project> Project::create(const QString& path, const ProjectOptions& options)
{
    if (QFile::exists(path))
        throw Error(Location{path}, Text::tr("already exists"));
    try {
        std::unique_ptr<Project> project(new Project(path, Database::Mode::Create));
        project->initialize(options);
        return project;
    } catch (const Error&) {
        QFile::remove(path);
        throw;
    }
}

void Project::initialize(const ProjectOptions& options)
{
    // Before the first write: 16 KiB pages make bulk appends and full scans of the events
    // table markedly faster than the default 4 KiB.
    m_db.exec("PRAGMA page_size = 16384");
    m_db.exec(("PRAGMA application_id = " + std::to_string(schema::ApplicationId)).c_str());
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(key.data()),
                                         reinterpret_cast<quint32*>(key.data() + key.size()));
    Transaction transaction(m_db);
    schema::migrate(m_db, 0);
    Statement insert = m_db.prepare("INSERT INTO meta(key, value) VALUES (?, ?)");
    insert.bind(1, QStringLiteral("app_version"))
        .bind(2, QStringLiteral(JOURNEYSCOPE_VERSION))
        .run();
    insert.bind(1, QStringLiteral("project_id"))
        .bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .run();
    insert.bind(1, QStringLiteral("created_at")).bind(2, QDateTime::currentMSecsSinceEpoch()).run();
    insert.bind(1, QStringLiteral("pseudonymise")).bind(2, qint64(options.pseudonymise)).run();
    insert.bind(1, QStringLiteral("pseudonym_key")).bindBlob(2, key).run();
    transaction.commit();
    readMeta();
}

void Project::readMeta()
{
    Statement select = m_db.prepare("SELECT key, value FROM meta");
    while (select.step()) {
        const QString key = select.columnText(0);
        if (key == QLatin1String("pseudonymise"))
            m_pseudonymise = select.columnInt(1) != 0;
        else if (key == QLatin1String("pseudonym_key"))
            m_pseudonymKey = select.columnBlob(1);
    }
    if (m_pseudonymKey.size() != 32)
        throw Error(Location{path()}, Text::tr("the project's pseudonymisation key is missing"));
}

bool Project::eventsInWarehouse(const Database& db)
{
    return db.queryInt("SELECT count(*) FROM meta WHERE key = 'warehouse'").value_or(0) > 0;
}

} // namespace journeyscope
