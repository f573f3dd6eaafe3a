#include "core/journey/mapnotes.h"

#include "core/base/error.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::MapNotes)
};

} // namespace

QString laneName(MapNote::Lane lane)
{
    switch (lane) {
    case MapNote::Lane::PainPoint:
        return QStringLiteral("pain");
    case MapNote::Lane::Opportunity:
        return QStringLiteral("opportunity");
    case MapNote::Lane::Emotion:
        return QStringLiteral("emotion");
    }
    return {};
}

MapNote parseMapNote(const QString& text, const QStringList& stages)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const qsizetype equals = text.indexOf(QLatin1Char('='), colon + 1);
    if (colon <= 0 || equals < 0 || equals == colon + 1) {
        throw Error(
            Text::tr("expected STAGE:pain=TEXT, STAGE:opportunity=TEXT or STAGE:emotion=-2..2, "
                     "found \"%1\"")
                .arg(text));
    }
    MapNote note;
    const QString stage = text.left(colon).trimmed();
    for (const QString& known : stages) {
        if (known.compare(stage, Qt::CaseInsensitive) == 0)
            note.stage = known;
    }
    if (note.stage.isEmpty()) {
        throw Error(Text::tr("no stage \"%1\"; the stages are %2")
                        .arg(stage, stages.join(QStringLiteral(", "))));
    }
    const QString lane = text.mid(colon + 1, equals - colon - 1).trimmed().toLower();
    note.text = text.mid(equals + 1).trimmed();
    if (lane == QLatin1String("pain")) {
        note.lane = MapNote::Lane::PainPoint;
    } else if (lane == QLatin1String("opportunity")) {
        note.lane = MapNote::Lane::Opportunity;
    } else if (lane == QLatin1String("emotion")) {
        note.lane = MapNote::Lane::Emotion;
        bool ok = false;
        const double value = note.text.toDouble(&ok);
        if (!ok || value < -2 || value > 2) {
            throw Error(
                Text::tr("expected an emotion from -2 (very negative) to 2 (very positive), "
                         "found \"%1\"")
                    .arg(note.text));
        }
    } else {
        throw Error(
            Text::tr("expected the lane pain, opportunity or emotion, found \"%1\"").arg(lane));
    }
    if (note.text.isEmpty())
        throw Error(Text::tr("the note for %1 is empty").arg(note.stage));
    return note;
}

qint64 saveMapNote(Database& db, const MapNote& note)
{
    if (note.lane == MapNote::Lane::Emotion) {
        db.prepare("DELETE FROM map_notes WHERE stage = ? AND lane = 'emotion'")
            .bind(1, note.stage)
            .run();
    }
    // A note with an id is one deleted before, put back as it was (undo).
    Statement insert = db.prepare(
        "INSERT INTO map_notes(id, stage, lane, text, updated_at) VALUES (?, ?, ?, ?, ?)");
    if (note.id != 0)
        insert.bind(1, note.id);
    else
        insert.bindNull(1);
    insert.bind(2, note.stage)
        .bind(3, laneName(note.lane))
        .bind(4, note.text)
        .bind(5, QDateTime::currentMSecsSinceEpoch())
        .run();
    return db.lastInsertRowId();
}

void deleteMapNote(Database& db, qint64 id)
{
    if (!db.prepare("SELECT 1 FROM map_notes WHERE id = ?").bind(1, id).step())
        throw Error(Text::tr("no note %1 on the map").arg(id));
    db.prepare("DELETE FROM map_notes WHERE id = ?").bind(1, id).run();
}

void renameMapNoteStages(Database& db, const QMap<QString, QString>& renames)
{
    // Every note to move is found before the first one moves.
    std::vector<std::pair<qint64, QString>> moves;
    Statement select = db.prepare("SELECT id, stage FROM map_notes");
    while (select.step()) {
        const auto renamed = renames.constFind(select.columnText(1));
        if (renamed != renames.cend())
            moves.emplace_back(select.columnInt(0), *renamed);
    }
    Statement update = db.prepare("UPDATE map_notes SET stage = ? WHERE id = ?");
    for (const auto& [id, stage] : moves)
        update.bind(1, stage).bind(2, id).run();
}

std::vector<MapNote> loadMapNotes(const Database& db)
{
    std::vector<MapNote> notes;
    Statement select =
        db.prepare("SELECT id, stage, lane, text FROM map_notes ORDER BY stage, lane, id");
    while (select.step()) {
        MapNote note;
        note.id = select.columnInt(0);
        note.stage = select.columnText(1);
        const QString lane = select.columnText(2);
        note.lane = lane == QLatin1String("pain")          ? MapNote::Lane::PainPoint
                    : lane == QLatin1String("opportunity") ? MapNote::Lane::Opportunity
                                                           : MapNote::Lane::Emotion;
        note.text = select.columnText(3);
        notes.push_back(note);
    }
    return notes;
}

} // namespace journeyscope
