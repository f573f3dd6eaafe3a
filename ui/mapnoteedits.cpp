#include "ui/mapnoteedits.h"

#include "core/base/error.h"
#include "core/store/projectwrite.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace journeyscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("journeyscope::MapNoteEdits", text);
}

/// A note edit: its first write is done before it is pushed; later ones report failures.
class NoteCommand : public QUndoCommand
{
public:
    NoteCommand(const NoteEditContext& context, const QString& text)
        : QUndoCommand(text)
        , m_context(context)
    {}

    void redo() override
    {
        write([this](Database& db) { apply(db); });
    }
    void undo() override
    {
        write([this](Database& db) { revert(db); });
    }

protected:
    virtual void apply(Database& db) = 0;
    virtual void revert(Database& db) = 0;

private:
    template <typename Change> void write(Change&& change)
    {
        if (m_firstRedo) { // pushing runs redo(): the write was done already
            m_firstRedo = false;
            return;
        }
        try {
            writeProject(m_context.projectPath, change);
        } catch (const Error& error) {
            m_context.failed(error.toString());
            return;
        }
        m_context.changed();
    }

    NoteEditContext m_context;
    bool m_firstRedo = true;
};

class AddNoteCommand : public NoteCommand
{
public:
    AddNoteCommand(const NoteEditContext& context, MapNote note, std::vector<MapNote> replaced)
        : NoteCommand(context, tr("Add note on %1").arg(note.stage))
        , m_note(std::move(note))
        , m_replaced(std::move(replaced))
    {}

protected:
    void apply(Database& db) override
    {
        for (const MapNote& old : m_replaced)
            deleteMapNote(db, old.id);
        saveMapNote(db, m_note);
    }
    void revert(Database& db) override
    {
        deleteMapNote(db, m_note.id);
        for (const MapNote& old : m_replaced)
            saveMapNote(db, old);
    }

private:
    MapNote m_note; ///< with its id
    std::vector<MapNote> m_replaced;
};

class DeleteNoteCommand : public NoteCommand
{
public:
    DeleteNoteCommand(const NoteEditContext& context, MapNote note)
        : NoteCommand(context, tr("Delete note on %1").arg(note.stage))
        , m_note(std::move(note))
    {}

protected:
    void apply(Database& db) override { deleteMapNote(db, m_note.id); }
    void revert(Database& db) override { saveMapNote(db, m_note); }

private:
    MapNote m_note;
};

} // namespace

void addMapNoteUndoably(QUndoStack& stack, const NoteEditContext& context, const MapNote& note)
{
    MapNote saved = note;
    std::vector<MapNote> replaced; // an emotion replaces the stage's earlier one
    writeProject(context.projectPath, [&](Database& db) {
        if (note.lane == MapNote::Lane::Emotion) {
            for (const MapNote& old : loadMapNotes(db)) {
                if (old.lane == MapNote::Lane::Emotion && old.stage == note.stage)
                    replaced.push_back(old);
            }
        }
        saved.id = saveMapNote(db, note);
    });
    stack.push(new AddNoteCommand(context, std::move(saved), std::move(replaced)));
    context.changed();
}

void deleteMapNoteUndoably(QUndoStack& stack, const NoteEditContext& context, qint64 id)
{
    MapNote deleted;
    writeProject(context.projectPath, [&](Database& db) {
        for (const MapNote& note : loadMapNotes(db)) {
            if (note.id == id)
                deleted = note;
        }
        deleteMapNote(db, id); // throws when there is none
    });
    stack.push(new DeleteNoteCommand(context, std::move(deleted)));
    context.changed();
}

} // namespace journeyscope
