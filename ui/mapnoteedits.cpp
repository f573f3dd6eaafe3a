#include "ui/mapnoteedits.h"

#include "core/base/error.h"
#include "core/store/project.h"

#include <QCoreApplication>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::MapNoteEdits)
};

/// The note with \a id, or nullopt.
std::optional<MapNote> noteWithId(const Database& db, qint64 id)
{
    for (const MapNote& note : loadMapNotes(db)) {
        if (note.id == id)
            return note;
    }
    return std::nullopt;
}

class AddNoteCommand : public ProjectCommand
{
public:
    AddNoteCommand(const EditContext& context, MapNote note)
        : ProjectCommand(context, Text::tr("Add note on %1").arg(note.stage))
        , m_note(std::move(note))
    {}

protected:
    void apply(Database& db) override
    {
        m_replaced.clear();
        if (m_note.lane == MapNote::Lane::Emotion) {
            for (const MapNote& old : loadMapNotes(db)) {
                if (old.lane == MapNote::Lane::Emotion && old.stage == m_note.stage)
                    m_replaced.push_back(old);
            }
        }
        m_note.id = saveMapNote(db, m_note); // the first id, kept by later redos
    }
    void revert(Database& db) override
    {
        deleteMapNote(db, m_note.id);
        for (const MapNote& old : m_replaced)
            saveMapNote(db, old);
    }

private:
    MapNote m_note;
    std::vector<MapNote> m_replaced;
};

class DeleteNoteCommand : public ProjectCommand
{
public:
    DeleteNoteCommand(const EditContext& context, MapNote note)
        : ProjectCommand(context, Text::tr("Delete note on %1").arg(note.stage))
        , m_note(std::move(note))
    {}

protected:
    void apply(Database& db) override { deleteMapNote(db, m_note.id); }
    void revert(Database& db) override { saveMapNote(db, m_note); }

private:
    MapNote m_note;
};

} // namespace

void addMapNoteUndoably(QUndoStack& stack, const EditContext& context, const MapNote& note)
{
    pushProjectEdit(stack, new AddNoteCommand(context, note));
}

void deleteMapNoteUndoably(QUndoStack& stack, const EditContext& context, qint64 id)
{
    const auto project = Project::openForReading(context.projectPath);
    const std::optional<MapNote> note = noteWithId(project->database(), id);
    if (!note)
        throw Error(Text::tr("no note %1 on the map").arg(id));
    pushProjectEdit(stack, new DeleteNoteCommand(context, *note));
}

} // namespace journeyscope
