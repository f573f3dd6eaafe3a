#pragma once

// The public event logs in CaseID,ActivityID,CompleteTimestamp form, read without the
// importer, for the naive implementations the engine is compared with.

#include <map>
#include <QString>
#include <vector>

namespace journeyscope::test {

struct CaseEvent
{
    qint64 ms; ///< UTC milliseconds (the file's times have no zone)
    int order; ///< line order in the file
    QString activity;
};

/// The cases of \a path, each sorted by time, then file order. Fails the test (qFatal) when
/// the file cannot be read or a line is not CASE,ACTIVITY,yyyy-MM-dd HH:mm:ss.
std::map<QString, std::vector<CaseEvent>> readCaseFile(const QString& path);

} // namespace journeyscope::test
