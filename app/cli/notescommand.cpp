#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "core/journey/mapnotes.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::notes)
};

QStringList stageNames(const Database& db)
{
    QStringList names;
    Statement select = db.prepare("SELECT name FROM stages ORDER BY position");
    while (select.step())
        names.append(select.columnText(0));
    return names;
}

} // namespace

int runNotes(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("The notes on the journey map: pain points and opportunities per stage, and an "
                 "emotion per stage set by hand where the data has no CSAT, NPS or sentiment "
                 "column. Lists them, or adds and deletes some (in one transaction)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addOption(
        {QStringLiteral("add"),
         Text::tr("Add \"STAGE:pain=TEXT\", \"STAGE:opportunity=TEXT\" or "
                  "\"STAGE:emotion=-2..2\" (repeatable; an emotion replaces the stage's)."),
         QStringLiteral("NOTE")});
    parser.addOption({QStringLiteral("delete"),
                      Text::tr("Delete the note with this id (repeatable)."),
                      QStringLiteral("ID")});
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("notes"), 1); exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    try {
        if (parser.isSet(QStringLiteral("add")) || parser.isSet(QStringLiteral("delete"))) {
            auto project = Project::open(path, Project::Access::ReadWrite);
            Database& db = project->database();
            Transaction transaction(db);
            const QStringList stages = stageNames(db);
            for (const QString& text : parser.values(QStringLiteral("add"))) {
                saveMapNote(db, blamingOption(QStringLiteral("--add"),
                                              [&] { return parseMapNote(text, stages); }));
            }
            for (const QString& id : parser.values(QStringLiteral("delete"))) {
                bool ok = false;
                const qint64 number = id.toLongLong(&ok);
                if (!ok) {
                    throw Error(Location(QStringLiteral("--delete")),
                                Text::tr("expected a note id, found \"%1\"").arg(id));
                }
                blamingOption(QStringLiteral("--delete"), [&] {
                    deleteMapNote(db, number);
                    return 0;
                });
            }
            transaction.commit();
        }
        const auto project = Project::openForReading(path);
        const std::vector<MapNote> notes = loadMapNotes(project->database());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const MapNote& note : notes) {
                array.append(QJsonObject{{QStringLiteral("id"), note.id},
                                         {QStringLiteral("stage"), note.stage},
                                         {QStringLiteral("lane"), laneName(note.lane)},
                                         {QStringLiteral("text"), note.text}});
            }
            printJson({{QStringLiteral("notes"), array}});
        } else if (notes.empty()) {
            print(Text::tr(
                "No notes on the map yet: notes PROJECT --add \"Purchase:pain=...\" adds one."));
        } else {
            for (const MapNote& note : notes)
                print(QStringLiteral("%1  %2 %3: %4")
                          .arg(note.id)
                          .arg(note.stage, laneName(note.lane), note.text));
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
