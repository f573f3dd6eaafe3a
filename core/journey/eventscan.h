#pragma once

#include <QtGlobal>
#include <vector>

namespace journeyscope {

class Database;
class Feedback;

/// How the ids of a project's events table become the indices of an EventLog.
struct EventDictionaries
{
    std::vector<qint64> rootOf;            ///< customer id -> person root id; 0: left out
    std::vector<qint32> touchpointIndexOf; ///< touchpoint id -> touchpoint index
    std::vector<quint8> channelIndexOf;    ///< channel id -> channel index; [0] = 0: none
};

/// A project's events as read, in import (row) order, before they are grouped by person.
struct ScannedEvents
{
    std::vector<quint32> roots; ///< the person root id of each event
    std::vector<qint64> times;
    std::vector<quint16> touchpoints;
    std::vector<quint8> channels;
    std::vector<quint32> sessions;
    std::vector<double> values; ///< NaN for none

    size_t size() const { return roots.size(); }
};

/**
 * Reads the events of \a db whose customer has a root, in row order. A table of more than
 * \a rowsPerConnection rows is read in row ranges on several connections at once while \a db holds
 * a read transaction (the caller's ReadTransaction, or one of its own): its shared lock keeps any
 * writer from committing until every range is read, so all ranges see the same data. A range whose
 * connection cannot read (a writer waiting for the lock) is read on \a db afterwards.
 * Polls \a feedback; throws Error or Canceled.
 */
ScannedEvents scanEvents(const Database& db, const EventDictionaries& dictionaries,
                         Feedback* feedback = nullptr, qint64 rowsPerConnection = 1'000'000);

} // namespace journeyscope
