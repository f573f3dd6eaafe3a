#pragma once

#include <cstddef>

namespace journeyscope {

// The limits every reader puts on one record, whatever the format. Past them the import
// stops with an error that names the place, where it would otherwise allocate without
// bound (a missing closing quote makes the rest of the file one field); no real export
// comes near them.

/// Bytes of one record: a CSV record, a line of a table or a JSON line; the keys and values
/// of an XES event's attributes with its trace's.
inline constexpr std::size_t MaxRecordBytes = std::size_t(64) << 20;

/// Fields of one record (of a CSV or blank-separated table), values of one JSON line, or
/// attributes of one XES event with its trace's; also the most columns a reader learns.
inline constexpr std::size_t MaxFields = 65536;

} // namespace journeyscope
