#pragma once

#include <string>
#include <string_view>

namespace journeyscope {
struct Location;
class RecordSource;
} // namespace journeyscope

namespace journeyscope::fuzz {

/**
 * Opens \a source and reads it to the end or to its first journeyscope::Error, touching
 * every byte of every field, extra field and column name, and every location. Returns what
 * was read as text (the error's one line last), so that two readings of the same bytes can
 * be compared.
 */
std::string readToEnd(RecordSource& source);

/// Appends \a bytes to \a digest, length first: fields may hold any byte.
void appendField(std::string& digest, std::string_view bytes);
void appendLocation(std::string& digest, const Location& location);

/// Prints both digests and aborts when they differ: libFuzzer keeps the input as a crash.
void expectSame(const char* what, const std::string& first, const std::string& second);

} // namespace journeyscope::fuzz
