#pragma once

#include "core/base/error.h"

#include <QtGlobal>
#include <string>
#include <vector>

namespace journeyscope {

/// An entry of a dictionary table (touchpoints, channels, devices) or a customer key.
struct DictionaryRow
{
    qint64 id = 0;
    std::string name;
};

/// An identifier of a customer (email, phone, name), already pseudonymised when the project
/// pseudonymises.
struct IdentityRow
{
    qint64 customerId = 0;
    const char* kind = ""; ///< "email", "phone", "name": a static string
    std::string value;
};

/// One session as it goes into the project.
struct SessionRow
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 events = 0;
    std::string key; ///< the source's session id; empty for sessions cut by inactivity
};

/// One event, with every name already replaced by its dictionary id.
struct EventRow
{
    qint64 customerId = 0;
    qint64 timeMs = 0;
    qint64 sessionId = 0;
    double value = 0;
    bool hasValue = false;
    qint32 touchpointId = 0;
    qint32 channelId = 0;        ///< 0: none
    qint32 deviceId = 0;         ///< 0: none
    quint32 attributesBegin = 0; ///< JSON object in EventBatch::text; empty range: none
    quint32 attributesEnd = 0;
};

/// A problem with one row, recorded in the project's import report.
struct IssueRow
{
    Issue::Severity severity = Issue::Severity::Warning;
    qint64 line = 0;
    qint64 column = 0;
    QString field;
    QString message;
};

/**
 * What the parsing thread hands to the writing thread: new dictionary entries first, then
 * the events that use them. Rows are written in this order, so ids never dangle.
 */
struct EventBatch
{
    std::vector<DictionaryRow> touchpoints;
    std::vector<DictionaryRow> channels;
    std::vector<DictionaryRow> devices;
    std::vector<DictionaryRow> customers; ///< name is the (pseudonymised) customer key
    std::vector<IdentityRow> identities;
    std::vector<SessionRow> sessions;
    std::vector<IssueRow> issues;
    std::vector<EventRow> events;
    std::string text; ///< storage for the events' attribute JSON

    void clear()
    {
        touchpoints.clear();
        channels.clear();
        devices.clear();
        customers.clear();
        identities.clear();
        sessions.clear();
        issues.clear();
        events.clear();
        text.clear();
    }
};

} // namespace journeyscope
