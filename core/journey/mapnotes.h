#pragma once

#include <QMap>
#include <QString>
#include <vector>

namespace journeyscope {

class Database;

/// What a CX team writes on the journey map, kept in the project.
struct MapNote
{
    enum class Lane {
        PainPoint,
        Opportunity,
        Emotion, ///< text is a number from -2 (very negative) to 2 (very positive)
    };
    qint64 id = 0; ///< 0 until saved
    QString stage;
    Lane lane = Lane::PainPoint;
    QString text;
};

/// "pain", "opportunity", "emotion".
QString laneName(MapNote::Lane lane);

/**
 * Parses "STAGE:pain=TEXT", "STAGE:opportunity=TEXT" or "STAGE:emotion=-2..2" into a note
 * for one of \a stages (matched without regard to case). Throws Error saying what was
 * expected: the form, a known stage, a known lane, an emotion in range.
 */
MapNote parseMapNote(const QString& text, const QStringList& stages);

/// Saves \a note in the caller's transaction; an emotion replaces the stage's earlier one.
/// A note with an id (one deleted before) gets that id back. Returns its id.
qint64 saveMapNote(Database& db, const MapNote& note);
/// Deletes note \a id; throws Error when there is none.
void deleteMapNote(Database& db, qint64 id);
/**
 * Moves the notes of each stage renamed in \a renames (old name -> new name) to its new name,
 * in the caller's transaction. The names change all at once, so that two stages may swap.
 */
void renameMapNoteStages(Database& db, const QMap<QString, QString>& renames);
/// Every note, by stage, lane, then id.
std::vector<MapNote> loadMapNotes(const Database& db);

} // namespace journeyscope
