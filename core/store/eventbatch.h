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
    const char* kind = ""; ///< "email", "phone", "name", "identifier": a static string
    std::string value;
};

/// Attributes for a customer from a customer table: a JSON object merged into what the
/// customer has (later values win).
struct CustomerAttributesRow
{
    qint64 customerId = 0;
    quint32 begin = 0; ///< JSON object in EventBatch::text
    quint32 end = 0;
};

/// A customer's statement about analytics consent.
struct ConsentRow
{
    qint64 customerId = 0;
    qint64 timeMs = 0;
    bool hasTime = false; ///< customer tables state consent as of their import
    bool granted = false;
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
    std::vector<CustomerAttributesRow> customerAttributes;
    std::vector<ConsentRow> consent;
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
        customerAttributes.clear();
        consent.clear();
        sessions.clear();
        issues.clear();
        events.clear();
        text.clear();
    }
};

} // namespace journeyscope
