#pragma once

#include <QtGlobal>

class QIODevice;

namespace journeyscope {

class Database;
class Feedback;

/// What an export wrote.
struct ExportSummary
{
    qint64 traces = 0; ///< people written
    qint64 events = 0;
    qint64 withoutConsent = 0; ///< people left out for lack of consent
};

/**
 * Writes the project's events as an XES log (IEEE 1849), which process-mining tools such
 * as pm4py, ProM and Disco read: one trace per person (customers merged by identity
 * resolution together), named by the person's key, events in time order with concept:name
 * (the touchpoint), time:timestamp, channel, device, value, session and every attribute
 * with its type. Attributes imported from an XES trace ("case:" keys) go back onto the
 * trace. People without analytics consent are left out. Throws Error; polls \a feedback.
 */
ExportSummary exportXes(const Database& db, QIODevice& out, Feedback* feedback = nullptr);

/**
 * The same events as CSV with pm4py's column names: case:concept:name, concept:name,
 * time:timestamp, channel, device, value, session, then one column per attribute.
 */
ExportSummary exportCsv(const Database& db, QIODevice& out, Feedback* feedback = nullptr);

} // namespace journeyscope
