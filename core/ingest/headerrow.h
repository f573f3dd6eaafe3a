#pragma once

#include <QStringList>
#include <string_view>
#include <vector>

namespace journeyscope {

/**
 * True when the first row of a table reads as column names: no field of it is a number or
 * a time. Exports without a header (CDNOW's "00004 0001 19970101 2 29.33") start with data.
 */
bool looksLikeHeaderRow(const std::vector<std::string_view>& fields);

/// Column names from a header row: trimmed, blank names become "column N", repeated names
/// get " (2)", " (3)", ... so that every column has a name of its own. Fields must be valid
/// UTF-8 (the caller checks, to report where).
QStringList columnNames(const std::vector<std::string_view>& fields);

/// "column 1", "column 2", ... for a table without a header.
QStringList numberedColumnNames(int count);
/// The name numberedColumnNames() gives column \a number (1-based).
QString numberedColumnName(int number);

} // namespace journeyscope
