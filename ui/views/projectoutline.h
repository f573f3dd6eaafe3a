#pragma once

#include "core/journey/eventlog.h"

#include <QString>
#include <QVariant>
#include <vector>

namespace journeyscope {

class Database;

/// One entry of the project explorer.
struct OutlineItem
{
    enum class Kind { Group, Source, Stage, Touchpoint, Persona, Segment, Model };

    Kind kind = Kind::Group;
    QString name;
    QString detail; ///< what the inspector shows, a line a figure
    QVariant key;   ///< persona or model id, segment key, stage or touchpoint name
    std::vector<OutlineItem> children;
};

/// Something the user should know about the project: an import warning or a model caveat.
struct ProjectIssue
{
    enum class Severity { Error, Warning, Caveat };
    Severity severity = Severity::Warning;
    QString where; ///< "clicks.csv:12:3 (time)", "drop-off model 3"
    QString message;
};

/// What the project explorer and the issues panel show.
struct ProjectOutline
{
    /// Beyond this many import issues the panel says how many more there are.
    static constexpr int MaxImportIssues = 500;

    /// Sources, Stages and touchpoints, Segments and personas, Models.
    std::vector<OutlineItem> groups;
    std::vector<ProjectIssue> issues;

    /// Reads the outline of \a db, whose events \a log holds. Throws Error.
    static ProjectOutline read(const EventLog& log, const Database& db);
    /// The same with the events per touchpoint counted elsewhere (\a log: names only).
    static ProjectOutline read(const EventLog& log, const std::vector<qint64>& eventsPerTouchpoint,
                               const Database& db);
};

} // namespace journeyscope
