#pragma once

#include "core/journey/eventview.h"
#include "core/journey/peopleselection.h"

#include <optional>
#include <QDate>
#include <QStringList>

namespace journeyscope {

class Database;

/// What the filter bar asks every view for: dates, channels and which customers.
struct ViewFilter
{
    std::optional<QDate> from; ///< first day kept (UTC)
    std::optional<QDate> to;   ///< last day kept (UTC), inclusive
    QStringList channels;      ///< channel names kept; empty: every channel
    PeopleSelection people;
    /// How the people are named on pages: "persona Bargain hunter", "plan = Pro".
    QString peopleLabel;

    bool isEmpty() const { return !from && !to && channels.isEmpty() && people.isEmpty(); }
    /// "all customers", or the conditions in the order of the bar: "2025-01-01 to
    /// 2025-03-31; channels web, app; persona Bargain hunter".
    QString describe() const;
    /// The EventFilter of \a log these conditions make. Throws Error naming the condition
    /// ("channel", "where", "segment", "persona") the log or project does not know.
    EventFilter resolve(const EventLog& log, const Database& db) const;
    /// resolve() without the people: the dates and channels only.
    EventFilter resolveEvents(const EventLog& log) const;

    bool operator==(const ViewFilter& other) const;
};

} // namespace journeyscope
