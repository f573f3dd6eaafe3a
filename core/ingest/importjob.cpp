#include "core/ingest/importjob.h"

#include "core/base/boundedqueue.h"
#include "core/base/feedback.h"
#include "core/base/sha256.h"
#include "core/base/timeutil.h"
#include "core/ingest/eventconverter.h"
#include "core/ingest/identityresolver.h"
#include "core/ingest/importer.h"
#include "core/ingest/layout.h"
#include "core/store/dictionarylimits.h"
#include "core/store/importwriter.h"
#include "core/store/project.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <thread>

namespace journeyscope {

namespace {

constexpr size_t EventsPerBatch = 16384;

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::ImportJob)
};

struct KnownSource
{
    QString name;
    qint64 size;
    QString sha256;
    qint64 importedAtMs;
};

std::vector<KnownSource> knownSources(const Database& db)
{
    std::vector<KnownSource> sources;
    Statement select = db.prepare("SELECT name, size, sha256, imported_at FROM sources");
    while (select.step()) {
        sources.push_back(
            {select.columnText(0), select.columnInt(1), select.columnText(2), select.columnInt(3)});
    }
    return sources;
}

QString fileSha256(const QString& path, Feedback* feedback)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Location(path), file.errorString());
    Sha256 sha;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 read;
    while ((read = file.read(buffer.data(), buffer.size())) > 0) {
        sha.addData(buffer.constData(), size_t(read));
        if (feedback)
            feedback->checkCanceled();
    }
    if (read < 0)
        throw Error(Location(path), file.errorString());
    return QString::fromLatin1(Sha256::toHex(sha.result()));
}

/// Refuses a file whose bytes are already in the project (or earlier in this import).
void refuseDuplicate(const QString& path, const QString& sha256,
                     const std::vector<KnownSource>& known)
{
    for (const KnownSource& source : known) {
        if (source.sha256 == sha256) {
            throw Error(Location(path),
                        Text::tr("the same data was already imported from %1 on %2 (SHA-256 %3); "
                                 "use --force to import it again")
                            .arg(source.name, formatIsoUtc(source.importedAtMs), sha256.left(12)));
        }
    }
}

/**
 * Cuts the inactivity sessions of \a customers again from their events of \a sourceId in
 * time order: their rows came out of order, so the sessions made while streaming were
 * provisional.
 */
void recutSessions(Database& db, ImportWriter& writer, qint64 sourceId,
                   const std::vector<qint64>& customers, qint64 gapMs, qint64& nextSessionId)
{
    db.exec("CREATE TEMP TABLE recut_customers(id INTEGER PRIMARY KEY)");
    Statement add = db.prepare("INSERT OR IGNORE INTO recut_customers(id) VALUES (?)");
    for (const qint64 id : customers)
        add.bind(1, id).run();
    Statement events = db.prepare(
        "SELECT e.id, e.customer_id, e.ts FROM events e JOIN sessions s ON s.id = e.session_id "
        "WHERE e.source_id = ?1 AND s.key IS NULL "
        "AND e.customer_id IN (SELECT id FROM recut_customers) "
        "ORDER BY e.customer_id, e.ts, e.id");
    events.bind(1, sourceId);
    struct Assignment
    {
        qint64 eventId;
        qint64 sessionId;
    };
    std::vector<Assignment> assignments;
    Sessioniser sessioniser(gapMs, nextSessionId);
    quint32 slot = 0;
    qint64 previousCustomer = -1;
    while (events.step()) {
        const qint64 customer = events.columnInt(1);
        if (previousCustomer >= 0 && customer != previousCustomer)
            ++slot;
        previousCustomer = customer;
        assignments.push_back(
            {events.columnInt(0), sessioniser.add(slot, customer, events.columnInt(2))});
    }
    sessioniser.finish();
    nextSessionId = sessioniser.nextSessionId();

    Statement drop = db.prepare("DELETE FROM sessions WHERE source_id = ? AND key IS NULL "
                                "AND customer_id IN (SELECT id FROM recut_customers)");
    drop.bind(1, sourceId).run();
    Statement update = db.prepare("UPDATE events SET session_id = ? WHERE id = ?");
    for (const Assignment& assignment : assignments)
        update.bind(1, assignment.sessionId).bind(2, assignment.eventId).run();
    EventBatch batch;
    sessioniser.takeClosed(batch.sessions);
    writer.write(batch, sourceId);
    db.exec("DROP TABLE temp.recut_customers");
}

/**
 * Joins the sessions of \a customers that share a session id within \a sourceId: the id came
 * back after another, so streaming gave it two rows.
 */
void joinSplitSessions(Database& db, qint64 sourceId, const std::vector<qint64>& customers)
{
    db.exec("CREATE TEMP TABLE join_customers(id INTEGER PRIMARY KEY);"
            "CREATE TEMP TABLE session_remap(old INTEGER PRIMARY KEY, new INTEGER NOT NULL);");
    Statement add = db.prepare("INSERT OR IGNORE INTO join_customers(id) VALUES (?)");
    for (const qint64 id : customers)
        add.bind(1, id).run();
    Statement sessions =
        db.prepare("SELECT customer_id, key, id, start_ts, end_ts, events FROM sessions "
                   "WHERE source_id = ? AND key IS NOT NULL AND customer_id IN (SELECT id FROM "
                   "join_customers) "
                   "ORDER BY customer_id, key, id");
    sessions.bind(1, sourceId);
    Statement remap = db.prepare("INSERT INTO session_remap(old, new) VALUES (?, ?)");
    Statement widen = db.prepare("UPDATE sessions SET start_ts = ?, end_ts = ?, events = ? "
                                 "WHERE id = ?");
    struct Kept
    {
        qint64 customer = -1;
        QString key;
        qint64 id = 0, start = 0, end = 0, events = 0;
        bool joined = false;
    } kept;
    const auto finishKept = [&] {
        if (kept.joined)
            widen.bind(1, kept.start).bind(2, kept.end).bind(3, kept.events).bind(4, kept.id).run();
    };
    while (sessions.step()) {
        const qint64 customer = sessions.columnInt(0);
        const QString key = sessions.columnText(1);
        if (customer == kept.customer && key == kept.key) {
            remap.bind(1, sessions.columnInt(2)).bind(2, kept.id).run();
            kept.start = std::min(kept.start, sessions.columnInt(3));
            kept.end = std::max(kept.end, sessions.columnInt(4));
            kept.events += sessions.columnInt(5);
            kept.joined = true;
            continue;
        }
        finishKept();
        kept = {customer,
                key,
                sessions.columnInt(2),
                sessions.columnInt(3),
                sessions.columnInt(4),
                sessions.columnInt(5),
                false};
    }
    finishKept();
    Statement move = db.prepare(
        "UPDATE events SET session_id = (SELECT new FROM session_remap WHERE old = session_id) "
        "WHERE source_id = ? AND session_id IN (SELECT old FROM session_remap)");
    move.bind(1, sourceId).run();
    db.exec("DELETE FROM sessions WHERE id IN (SELECT old FROM session_remap);"
            "DROP TABLE temp.session_remap; DROP TABLE temp.join_customers;");
}

/// Progress over all files of the import, by bytes.
struct ImportProgress
{
    Feedback* feedback;
    qint64 totalBytes;
    qint64 doneBytes = 0;
    qint64 doneRows = 0;

    void update(qint64 fileBytes, qint64 fileRows) const
    {
        if (feedback) {
            feedback->setProgress(totalBytes > 0 ? double(doneBytes + fileBytes) / totalBytes : 0.0,
                                  doneRows + fileRows);
        }
    }
};

/// Parses \a path on a second thread and writes what it holds on this one.
void streamFile(const Importer& importer, const QString& path, const ColumnMapping& mapping,
                const ImportOptions& options, ImportDictionaries& dictionaries,
                IdentityResolver& identities, Sessioniser& sessioniser, FileImportReport& report,
                ImportWriter& writer, qint64 sourceId, Sha256& sha, const ImportProgress& progress)
{
    BoundedQueue<EventBatch> queue(3);
    // Written batches go back for reuse: no allocation per batch, no memory churn
    // between the threads.
    BoundedQueue<EventBatch> spare(8);
    std::exception_ptr parseError;
    std::thread parser([&] {
        try {
            const auto source = importer.createSource(path, mapping.delimiter);
            source->setHashSink(&sha);
            source->open();
            EventConverter converter(mapping, importer.kind(), options, dictionaries, identities,
                                     sessioniser, report);
            const auto freshBatch = [&] {
                EventBatch batch = spare.tryPop().value_or(EventBatch());
                batch.events.reserve(EventsPerBatch);
                return batch;
            };
            EventBatch batch = freshBatch();
            const auto flush = [&] {
                sessioniser.takeClosed(batch.sessions);
                if (!queue.push(std::move(batch)))
                    throw Canceled(); // the writer stopped
                batch = freshBatch();
            };
            while (source->next()) {
                converter.convert(*source, batch);
                if (batch.events.size() >= EventsPerBatch || batch.issues.size() >= 4096 ||
                    batch.customerAttributes.size() >= 4096) {
                    if (progress.feedback)
                        progress.feedback->checkCanceled();
                    progress.update(source->bytesRead(), report.rows);
                    flush();
                }
            }
            sessioniser.finish();
            flush();
            progress.update(source->bytesRead(), report.rows);
            report.notes.append(converter.notes());
        } catch (...) {
            parseError = std::current_exception();
        }
        queue.close();
    });

    try {
        while (std::optional<EventBatch> batch = queue.pop()) {
            writer.write(*batch, sourceId);
            batch->clear();
            spare.tryPush(std::move(*batch));
        }
    } catch (...) {
        queue.close();
        parser.join();
        throw;
    }
    parser.join();
    if (parseError)
        std::rethrow_exception(parseError);
}

} // namespace

ImportReport importFiles(Project& project, const QStringList& files, const ImportOptions& options,
                         Feedback* feedback)
{
    QElapsedTimer timer;
    timer.start();
    Database& db = project.database();
    if (Project::eventsInWarehouse(db)) {
        throw Error(Location(project.path()),
                    Text::tr("its events live in a database server; import files into a project "
                             "of their own (a customers table joins with connect "
                             "--customers-table)"));
    }

    ImportProgress progress{feedback, 0};
    for (const QString& path : files)
        progress.totalBytes += QFileInfo(path).size();

    Transaction transaction(db);
    const std::optional<Pseudonymiser> pseudonymiser =
        project.pseudonymises() ? std::optional<Pseudonymiser>(project.pseudonymKey())
                                : std::nullopt;
    const Pseudonymiser* pseudonyms = pseudonymiser ? &*pseudonymiser : nullptr;
    ImportDictionaries dictionaries{
        NameDictionary(db, "touchpoints", MaxTouchpoints),
        NameDictionary(db, "channels", MaxChannels), NameDictionary(db, "devices"),
        CustomerDirectory(db, pseudonyms), PersonalDataDirectory(pseudonyms)};
    IdentityResolver identities(db);
    ImportWriter writer(db);
    std::vector<KnownSource> known = knownSources(db);
    qint64 nextSessionId = ImportWriter::maxId(db, "sessions") + 1;

    ImportReport report;
    for (const QString& path : files) {
        const QFileInfo info(path);
        FileImportReport& file = report.files.emplace_back();
        file.path = info.absoluteFilePath();
        file.size = info.size();

        const bool sameSizeKnown = std::any_of(known.begin(), known.end(),
                                               [&](const auto& k) { return k.size == file.size; });
        if (sameSizeKnown && !options.force)
            refuseDuplicate(path, fileSha256(path, feedback), known);

        const Importer* importer =
            options.format.isEmpty() ? &importerForFile(path) : findImporter(options.format);
        if (!importer) {
            throw Error(Location(path), Text::tr("unknown format \"%1\"; known formats are csv, "
                                                 "jsonl, xes and table")
                                            .arg(options.format));
        }
        file.kind = importer->kind();
        file.mapping = detectLayout(*importer, path, options.overrides, feedback, &file.notes);
        SourceRecord source;
        source.name = info.fileName();
        source.path = file.path;
        source.size = file.size;
        source.format = importer->formatId();
        const qint64 sourceId = writer.beginSource(source);

        const qint64 customersBefore = dictionaries.customers.newCustomers();
        dictionaries.customers.beginFile();
        Sessioniser sessioniser(options.sessionGapMs, nextSessionId);
        Sha256 sha;
        streamFile(*importer, path, file.mapping, options, dictionaries, identities, sessioniser,
                   file, writer, sourceId, sha, progress);
        nextSessionId = sessioniser.nextSessionId();
        file.sha256 = QString::fromLatin1(Sha256::toHex(sha.result()));
        if (!sessioniser.unorderedCustomers().empty()) {
            recutSessions(db, writer, sourceId, sessioniser.unorderedCustomers(),
                          options.sessionGapMs, nextSessionId);
            file.notes.append(QCoreApplication::translate(
                "journeyscope::ImportJob",
                "%n customer(s) had rows out of time order; their sessions were cut from "
                "their events in time order",
                nullptr, int(sessioniser.unorderedCustomers().size())));
        }
        if (!sessioniser.splitKeyedCustomers().empty())
            joinSplitSessions(db, sourceId, sessioniser.splitKeyedCustomers());
        Statement sessions = db.prepare("SELECT count(*) FROM sessions WHERE source_id = ?");
        sessions.bind(1, sourceId).step();
        file.sessions = sessions.columnInt(0);
        file.newCustomers = dictionaries.customers.newCustomers() - customersBefore;
        const MergeSummary merges = identities.apply(db, sourceId);
        file.identityLinks = merges.newLinks;
        file.mergedCustomers = merges.customersMerged;

        source.sha256 = file.sha256;
        source.mapping = file.mapping.toJson();
        source.report = file.toJson();
        source.rows = file.rows;
        source.imported = file.imported;
        source.skipped = file.skipped;
        writer.finishSource(sourceId, source);
        known.push_back({source.name, file.size, file.sha256, QDateTime::currentMSecsSinceEpoch()});
        progress.doneBytes += file.size;
        progress.doneRows += file.rows;
    }
    if (feedback)
        feedback->checkCanceled();
    transaction.commit();
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace journeyscope
