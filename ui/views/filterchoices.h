#pragma once

#include "core/journey/eventlog.h"

#include <map>
#include <optional>
#include <QDate>
#include <QStringList>
#include <utility>
#include <vector>

namespace journeyscope {

class Database;

/// What a project offers the filter bar to choose from.
struct FilterChoices
{
    /// An attribute with few enough values to pick from, commonest first.
    struct Attribute
    {
        QString name;
        QStringList values;
    };
    /// Beyond this many distinct values an attribute is an id or a number, not a group.
    static constexpr int MaxValues = 30;

    std::optional<QDate> firstDay, lastDay;           ///< of the events (UTC)
    QStringList channels;                             ///< the log's, without ""
    QStringList touchpoints;                          ///< the log's, in its order
    std::vector<std::pair<qint64, QString>> personas; ///< id, name
    QStringList segments;                             ///< segment keys, "rfm:Champions" ...
    std::vector<Attribute> attributes;
};

/// Reads the choices of \a log and its project. Throws Error.
FilterChoices readFilterChoices(const EventLog& log, const Database& db);

/// The choices of dates (from \a firstMs to \a lastMs), channels and touchpoints alone,
/// for a project whose events are elsewhere (\a names: names only).
FilterChoices eventFilterChoices(const EventLog& names, std::optional<qint64> firstMs,
                                 std::optional<qint64> lastMs);

/// Adds the project's personas and the RFM segments to \a choices.
void addSegmentChoices(FilterChoices& choices, const Database& db);

/// Adds attribute \a name to \a choices when its customers have between 2 and MaxValues
/// different values, the commonest first (ties by value).
void addAttributeChoice(FilterChoices& choices, const QString& name,
                        const std::map<QString, qint64>& customersPerValue);

} // namespace journeyscope
