#include "core/store/schema.h"

#include "core/store/database.h"

#include <QMap>
#include <QRegularExpression>

namespace journeyscope::schema {

namespace {

// Migration i takes a project from version i to version i + 1. Never edit a released
// migration; add a new one.
// Times are UTC milliseconds; names are dictionary-encoded; identifiers that can name a
// person are stored keyed-hashed unless the project keeps PII (meta 'pseudonymise').
// Foreign keys document the links; they are not enforced during bulk import for speed
// and are checked by the tests instead. Customer keys and identities are unique by
// construction: the importer loads them and adds only new ones (an index on random
// pseudonyms would cost more than the rest of a large import).
const char* const migrations[] = {
    R"sql(
CREATE TABLE meta(
    key TEXT PRIMARY KEY NOT NULL,
    value
);
CREATE TABLE sources(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    mapping TEXT NOT NULL,
    report TEXT NOT NULL,
    imported_at INTEGER NOT NULL,
    rows INTEGER NOT NULL,
    imported INTEGER NOT NULL,
    skipped INTEGER NOT NULL
);
CREATE TABLE import_issues(
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    severity TEXT NOT NULL,
    line INTEGER,
    col INTEGER,
    field TEXT,
    message TEXT NOT NULL
);
CREATE TABLE customers(
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    attributes TEXT
);
CREATE TABLE identities(
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    source_id INTEGER REFERENCES sources(id)
);

CREATE TABLE stages(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL
);
CREATE TABLE channels(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE devices(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE touchpoints(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    stage_id INTEGER REFERENCES stages(id)
);
CREATE TABLE sessions(
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    source_id INTEGER NOT NULL REFERENCES sources(id),
    key TEXT,
    start_ts INTEGER NOT NULL,
    end_ts INTEGER NOT NULL,
    events INTEGER NOT NULL
);
CREATE TABLE events(
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    ts INTEGER NOT NULL,
    touchpoint_id INTEGER NOT NULL REFERENCES touchpoints(id),
    channel_id INTEGER REFERENCES channels(id),
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    device_id INTEGER REFERENCES devices(id),
    value REAL,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    attrs TEXT
);
INSERT INTO stages(name, position) VALUES
    ('Awareness', 1), ('Consideration', 2), ('Purchase', 3), ('Retention', 4), ('Advocacy', 5);
)sql",
    // Version 2: identity resolution and consent. A merged customer points at the customer it
    // was merged into (the root of its group), so a merge never rewrites events and can be
    // undone; identity_links records why customers were merged.
    R"sql(
ALTER TABLE customers ADD COLUMN merged_into INTEGER REFERENCES customers(id);
CREATE TABLE identity_links(
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    other_id INTEGER NOT NULL REFERENCES customers(id),
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    source_id INTEGER REFERENCES sources(id),
    linked_at INTEGER NOT NULL,
    undone_at INTEGER
);
CREATE TABLE consent(
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    ts INTEGER,
    granted INTEGER NOT NULL,
    source_id INTEGER NOT NULL REFERENCES sources(id)
);
)sql",
    // Version 3: personas. A persona stores only its editable words and the segment it
    // stands for (segment_key, and for k-means the model that assigns customers to clusters,
    // as JSON); every number on a persona card is recomputed from the data.
    R"sql(
CREATE TABLE personas(
    id INTEGER PRIMARY KEY,
    segment_key TEXT NOT NULL,
    segment_model TEXT,
    name TEXT NOT NULL,
    quote TEXT NOT NULL,
    goals TEXT NOT NULL,
    frustrations TEXT NOT NULL,
    avatar TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
)sql",
    // Version 4: trained models. The booster is XGBoost's own model format; what it was
    // trained for, on which features, how, and how well it did are JSON beside it.
    R"sql(
CREATE TABLE models(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    features TEXT NOT NULL,
    settings TEXT NOT NULL,
    metrics TEXT NOT NULL,
    booster BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
)sql",
    // Version 5: scores. A customer's probability under one model (its version), and whether
    // the customer belongs to the hold-out control group, so a campaign's lift can be read.
    R"sql(
CREATE TABLE scores(
    model_id INTEGER NOT NULL REFERENCES models(id),
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    probability REAL NOT NULL,
    holdout INTEGER NOT NULL,
    scored_at INTEGER NOT NULL,
    PRIMARY KEY(model_id, customer_id)
) WITHOUT ROWID;
)sql",
    // Version 6: what a CX team writes on the journey map: pain points and opportunities
    // per stage, and an emotion per stage set by hand where the data has none.
    R"sql(
CREATE TABLE map_notes(
    id INTEGER PRIMARY KEY,
    stage TEXT NOT NULL,
    lane TEXT NOT NULL CHECK(lane IN ('pain', 'opportunity', 'emotion')),
    text TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
)sql",
    // Version 7: erasure. What was erased and when stays on record inside the project (the
    // audit log names no one: a count and the time); a model trained while an erased
    // person's data was in the project is flagged for retraining.
    R"sql(
CREATE TABLE audit_log(
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
ALTER TABLE models ADD COLUMN needs_retraining INTEGER NOT NULL DEFAULT 0;
)sql",
};

static_assert(std::size(migrations) == CurrentVersion);

struct SchemaObject
{
    QString type;
    QString table;
    QString sql;
    friend bool operator==(const SchemaObject&, const SchemaObject&) = default;
};

QMap<QString, SchemaObject> schemaObjects(const Database& db)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QMap<QString, SchemaObject> objects;
    Statement statement = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema");
    while (statement.step()) {
        objects.insert(statement.columnText(1), {statement.columnText(0), statement.columnText(2),
                                                 statement.columnText(3).simplified().replace(
                                                     whitespace, QStringLiteral(" "))});
    }
    return objects;
}

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::schema)
};

} // namespace

void migrate(Database& db, int fromVersion, int toVersion)
{
    for (int version = fromVersion; version < toVersion; ++version)
        db.exec(migrations[version]);
    db.exec(("PRAGMA user_version = " + std::to_string(toVersion)).c_str());
}

void validate(const Database& db, int version)
{
    Database reference(QStringLiteral(":memory:"), Database::Mode::Create);
    for (int v = 0; v < version; ++v)
        reference.exec(migrations[v]);
    const QMap<QString, SchemaObject> expected = schemaObjects(reference);
    const QMap<QString, SchemaObject> actual = schemaObjects(db);

    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        const auto wanted = expected.constFind(it.key());
        if (wanted == expected.cend()) {
            throw Error(Location{db.path()},
                        Text::tr("unexpected %1 \"%2\" in the project file: it was changed outside "
                                 "Journeyscope")
                            .arg(it->type, it.key()));
        }
        if (!(*wanted == *it)) {
            throw Error(Location{db.path()},
                        Text::tr("%1 \"%2\" differs from schema version %3: the project file was "
                                 "changed outside Journeyscope")
                            .arg(it->type, it.key())
                            .arg(version));
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key())) {
            throw Error(
                Location{db.path()},
                Text::tr("%1 \"%2\" is missing from the project file").arg(it->type, it.key()));
        }
    }
}

} // namespace journeyscope::schema
