#include "core/journey/stagemappingfile.h"

#include "core/base/error.h"
#include "core/ingest/csvreader.h"

#include <QCoreApplication>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::StageMappingFile)
};

QString text(std::string_view field)
{
    return QString::fromUtf8(field.data(), qsizetype(field.size())).trimmed();
}

} // namespace

StageModel readStageMapping(const QString& path, const StageModel& current)
{
    CsvReader reader(path);
    reader.open();
    if (!reader.next())
        throw Error(Location(path, 1, 1), Text::tr("expected a header with touchpoint and stage"));
    int touchpointColumn = -1;
    int stageColumn = -1;
    for (int i = 0; i < int(reader.fields().size()); ++i) {
        const QString name = text(reader.fields()[size_t(i)]).toLower();
        if (name == QLatin1String("touchpoint"))
            touchpointColumn = i;
        else if (name == QLatin1String("stage"))
            stageColumn = i;
    }
    if (touchpointColumn < 0 || stageColumn < 0) {
        throw Error(Location(path, reader.line(), 1),
                    Text::tr("expected a header with the columns touchpoint and stage"));
    }

    StageModel model;
    for (auto it = current.stageOf.cbegin(); it != current.stageOf.cend(); ++it)
        model.stageOf.insert(it.key(), QString());
    QMap<QString, qint64> lineOf;
    while (reader.next()) {
        const int needed = std::max(touchpointColumn, stageColumn) + 1;
        if (int(reader.fields().size()) < needed) {
            throw Error(
                Location(path, reader.line(), 1),
                Text::tr("expected %1 fields, found %2").arg(needed).arg(reader.fields().size()));
        }
        const QString touchpoint = text(reader.fields()[size_t(touchpointColumn)]);
        const QString stage = text(reader.fields()[size_t(stageColumn)]);
        if (touchpoint.isEmpty())
            throw Error(reader.fieldLocation(touchpointColumn),
                        Text::tr("expected a touchpoint name"));
        if (stage.isEmpty())
            throw Error(reader.fieldLocation(stageColumn), Text::tr("expected a stage name"));
        if (!current.stageOf.contains(touchpoint)) {
            throw Error(reader.fieldLocation(touchpointColumn),
                        Text::tr("the project has no touchpoint \"%1\"").arg(touchpoint));
        }
        const QString earlier = model.stageOf.value(touchpoint);
        if (!earlier.isEmpty() && earlier != stage) {
            throw Error(reader.fieldLocation(stageColumn),
                        Text::tr("\"%1\" is already in stage \"%2\" (line %3)")
                            .arg(touchpoint, earlier)
                            .arg(lineOf.value(touchpoint)));
        }
        if (!model.stages.contains(stage))
            model.stages.append(stage);
        model.stageOf.insert(touchpoint, stage);
        lineOf.insert(touchpoint, reader.line());
    }
    try {
        model.check();
    } catch (const Error& error) {
        throw Error(Location(path), error.message());
    }
    return model;
}

} // namespace journeyscope
