#include "core/ingest/fieldparsers.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace journeyscope {

std::string_view trimmed(std::string_view text)
{
    size_t begin = 0, end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.substr(begin, end - begin);
}

std::optional<double> parseNumber(std::string_view text, bool decimalComma)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
        if (!text.empty() && text.front() == '-')
            return std::nullopt; // "+-3" is not a number
    }
    if (text.empty())
        return std::nullopt;
    char buffer[64];
    if (decimalComma && text.find(',') != std::string_view::npos) {
        if (text.size() >= sizeof buffer || text.find('.') != std::string_view::npos)
            return std::nullopt;
        for (size_t i = 0; i < text.size(); ++i)
            buffer[i] = text[i] == ',' ? '.' : text[i];
        text = std::string_view(buffer, text.size());
    }
    // from_chars also reads "inf" and "nan"; a value column holds neither.
    const char first = text.front() == '-' && text.size() > 1 ? text[1] : text.front();
    if (!(first >= '0' && first <= '9') && first != '.')
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> parseInteger(std::string_view text)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    qint64 value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<bool> parseBoolean(std::string_view text)
{
    text = trimmed(text);
    if (text.size() > 8)
        return std::nullopt;
    char lower[8];
    for (size_t i = 0; i < text.size(); ++i)
        lower[i] = char(std::tolower(static_cast<unsigned char>(text[i])));
    const std::string_view word(lower, text.size());
    for (const std::string_view yes : {"yes", "y", "true", "t", "1", "on", "granted"}) {
        if (word == yes)
            return true;
    }
    for (const std::string_view no : {"no", "n", "false", "f", "0", "off", "denied"}) {
        if (word == no)
            return false;
    }
    return std::nullopt;
}

bool isValidUtf8(std::string_view text)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        // Skip ASCII eight bytes at a time: the common case in exports.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length;
        std::uint32_t min;
        std::uint32_t codePoint;
        if ((c & 0xE0) == 0xC0) {
            length = 2, min = 0x80, codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, min = 0x800, codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, codePoint = c & 0x07;
        } else {
            return false;
        }
        if (i + size_t(length) > n)
            return false;
        for (int k = 1; k < length; ++k) {
            if ((s[i + size_t(k)] & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (s[i + size_t(k)] & 0x3F);
        }
        if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        i += size_t(length);
    }
    return true;
}

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

void appendJsonString(std::string& out, std::string_view text)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out.push_back(hex[c >> 4]);
                out.push_back(hex[c & 15]);
            } else {
                out.push_back(ch);
            }
        }
    }
    out.push_back('"');
}

bool looksLikeEmail(std::string_view text)
{
    const size_t at = text.find('@');
    if (at == 0 || at == std::string_view::npos || text.find(' ') != std::string_view::npos)
        return false;
    const std::string_view domain = text.substr(at + 1);
    const size_t dot = domain.rfind('.');
    return dot != std::string_view::npos && dot > 0 && dot + 2 <= domain.size() &&
           domain.find('@') == std::string_view::npos;
}

bool looksLikeIpAddress(std::string_view text)
{
    // IPv4: four numbers 0-255 separated by dots.
    int parts = 0;
    size_t i = 0;
    bool ipv4 = true;
    while (ipv4 && i <= text.size()) {
        int value = 0, digits = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && digits < 4) {
            value = value * 10 + (text[i] - '0');
            ++i, ++digits;
        }
        ipv4 = digits > 0 && digits <= 3 && value <= 255;
        ++parts;
        if (i == text.size())
            break;
        ipv4 = ipv4 && text[i] == '.';
        ++i;
    }
    if (ipv4 && parts == 4)
        return true;
    // IPv6: hex groups, eight of them or shortened with "::" (so "10:22:33" is not one).
    int colons = 0;
    for (const char c : text) {
        if (c == ':')
            ++colons;
        else if (!std::isxdigit(static_cast<unsigned char>(c)) && c != '.')
            return false;
    }
    return colons == 7 || (colons >= 2 && text.find("::") != std::string_view::npos);
}

bool looksLikePhoneNumber(std::string_view text)
{
    if (text.empty() || text.front() != '+')
        return false;
    int digits = 0;
    for (const char c : text.substr(1)) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.')
            return false;
    }
    return digits >= 7 && digits <= 15;
}

} // namespace journeyscope
