#pragma once

#include <optional>
#include <QtGlobal>
#include <string>
#include <string_view>

namespace journeyscope {

/// \a text without leading and trailing spaces and tabs.
std::string_view trimmed(std::string_view text);

/**
 * A number as exports write it: "12", "-3.5", "1e3", "+7", with spaces around; with
 * \a decimalComma also "12,50". Not NaN or infinity, no thousands separators.
 */
std::optional<double> parseNumber(std::string_view text, bool decimalComma = false);

/// A whole number ("42", "-7", " 12 "), or nullopt.
std::optional<qint64> parseInteger(std::string_view text);

/**
 * A yes/no value as exports write it, in any case: yes/no, y/n, true/false, t/f, 1/0, on/off,
 * granted/denied. Anything else (tri-state text such as "No internet service") is nullopt.
 */
std::optional<bool> parseBoolean(std::string_view text);

/// True when \a text is well-formed UTF-8 (no overlongs, surrogates or values > U+10FFFF).
bool isValidUtf8(std::string_view text);

/// Appends code point \a c to \a out as UTF-8.
void appendUtf8(std::string& out, char32_t c);

/// Appends \a text to \a out as a JSON string literal, quotes included.
void appendJsonString(std::string& out, std::string_view text);

bool looksLikeEmail(std::string_view text);
bool looksLikeIpAddress(std::string_view text);
/// "+49 30 1234567", "+1 (555) 123-4567": a leading '+' and 7 to 15 digits.
bool looksLikePhoneNumber(std::string_view text);

} // namespace journeyscope
