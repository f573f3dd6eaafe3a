#pragma once

#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace journeyscope {

class Database;
class EventLog;

/// What a journey model knows of the people of a log beside their events.
struct PeopleContext
{
    /// Per person of the log: the customer's attributes (empty when none; may be empty).
    std::vector<QJsonObject> attributes;
    /// Per person: the device most of their events came from, or "" (may be empty).
    QStringList devices;
    /// The attribute that is the goal (a CRM outcome column), never a feature, and the
    /// values of it that mean success.
    QString outcomeAttribute;
    QStringList convertedValues;

    /// The attributes of \a log's people in \a db (no devices). Throws Error.
    static PeopleContext read(const Database& db, const EventLog& log);
    /**
     * The device most of each person's events came from, or "": a pass over every event,
     * so only what needs devices (the subgroup audit of training) reads them.
     */
    static QStringList mostUsedDevices(const Database& db, const EventLog& log);
};

} // namespace journeyscope
