#include "core/ingest/timestampparser.h"

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <QCoreApplication>

// The parse path runs for every row of multi-million-row files: it reads the bytes by hand,
// allocates nothing and never touches QDateTime.

namespace journeyscope {

namespace {

using Kind = TimestampFormat::Kind;

constexpr qint64 MsPerDay = 86'400'000;
constexpr int MaxOffsetMinutes = 18 * 60;

inline bool isDigit(char c)
{
    return static_cast<unsigned>(static_cast<unsigned char>(c)) - 48u < 10u;
}

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

inline void trim(const char*& p, const char*& e)
{
    while (p != e && isBlank(*p))
        ++p;
    while (e != p && isBlank(e[-1]))
        --e;
}

inline void skipSpaces(const char*& p, const char* e)
{
    while (p != e && *p == ' ')
        ++p;
}

// Greedy: up to maxDigits digits; false when fewer than minDigits.
inline bool readNumber(const char*& p, const char* e, int minDigits, int maxDigits, int& value)
{
    int v = 0;
    int n = 0;
    while (n < maxDigits && p != e && isDigit(*p)) {
        v = v * 10 + (*p - '0');
        ++p;
        ++n;
    }
    value = v;
    return n >= minDigits;
}

// The digits after '.' or ',': at least one; the first three give the milliseconds, the rest
// are dropped (\a belowMs tells whether any of them was not zero).
inline bool readFraction(const char*& p, const char* e, int& ms, bool* belowMs = nullptr)
{
    if (p == e || !isDigit(*p))
        return false;
    int v = 0;
    int n = 0;
    bool rest = false;
    for (; p != e && isDigit(*p); ++p) {
        if (n < 3) {
            v = v * 10 + (*p - '0');
            ++n;
        } else if (*p != '0') {
            rest = true;
        }
    }
    for (; n < 3; ++n)
        v *= 10;
    ms = v;
    if (belowMs)
        *belowMs = rest;
    return true;
}

inline char lower(char c)
{
    return static_cast<char>(c | 0x20); // only compared with lower-case ASCII letters
}

constexpr bool isLeapYear(int y)
{
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

inline bool isValidDate(int y, int m, int d)
{
    static constexpr unsigned char monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    return d <= monthDays[m - 1] || (m == 2 && d == 29 && isLeapYear(y));
}

// Howard Hinnant's days_from_civil (proleptic Gregorian); y >= 1 keeps every term
// non-negative.
constexpr qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = y / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153u * static_cast<unsigned>(m > 2 ? m - 3 : m + 9) + 2u) / 5u +
                         static_cast<unsigned>(d) - 1u;
    const unsigned doe = yoe * 365u + yoe / 4u - yoe / 100u + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}
static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(daysFromCivil(2000, 3, 1) == 11017);
static_assert(daysFromCivil(1, 1, 1) == -719162);

inline qint64 dateMs(int y, int m, int d)
{
    return daysFromCivil(y, m, d) * MsPerDay;
}

struct Clock
{
    int hour = 0;
    int minute = 0;
    int second = 0;
    int ms = 0;

    qint64 msOfDay() const { return ((hour * 60 + minute) * 60 + second) * qint64(1000) + ms; }
};

// "H:MM", "H:MM:SS" or "H:MM:SS.fff" (',' also starts the fraction). The hour is checked by
// the caller, which knows whether it is on a 12-hour clock.
inline bool readClock(const char*& p, const char* e, Clock& c)
{
    if (!readNumber(p, e, 1, 2, c.hour) || p == e || *p != ':')
        return false;
    ++p;
    if (!readNumber(p, e, 2, 2, c.minute) || c.minute > 59)
        return false;
    c.second = 0;
    c.ms = 0;
    if (p == e || *p != ':')
        return true;
    ++p;
    if (!readNumber(p, e, 2, 2, c.second) || c.second > 60)
        return false;
    if (p != e && (*p == '.' || *p == ',')) {
        ++p;
        if (!readFraction(p, e, c.ms))
            return false;
    }
    if (c.second == 60) { // leap second: the last representable instant before it ends
        c.second = 59;
        c.ms = 999;
    }
    return true;
}

// "Z", "UTC" (any case), "+01:00", "+0100" or "+01"; at most 18 hours either way.
inline bool readOffset(const char*& p, const char* e, int& minutes)
{
    if (p == e)
        return false;
    const char sign = *p;
    if (sign == 'Z' || sign == 'z') {
        ++p;
        minutes = 0;
        return true;
    }
    if (lower(sign) == 'u') {
        if (e - p < 3 || lower(p[1]) != 't' || lower(p[2]) != 'c')
            return false;
        p += 3;
        minutes = 0;
        return true;
    }
    if (sign != '+' && sign != '-')
        return false;
    ++p;
    int h = 0;
    int m = 0;
    if (!readNumber(p, e, 2, 2, h))
        return false;
    if (p != e && *p == ':') {
        ++p;
        if (!readNumber(p, e, 2, 2, m))
            return false;
    } else if (p != e && isDigit(*p) && !readNumber(p, e, 2, 2, m)) {
        return false;
    }
    const int total = h * 60 + m;
    if (m > 59 || total > MaxOffsetMinutes)
        return false;
    minutes = sign == '-' ? -total : total;
    return true;
}

// "AM" / "PM" in any case; sets \a pm.
inline bool readAmPm(const char*& p, const char* e, bool& pm)
{
    if (e - p < 2 || lower(p[1]) != 'm')
        return false;
    const char c = lower(p[0]);
    if (c != 'a' && c != 'p')
        return false;
    pm = c == 'p';
    p += 2;
    return true;
}

// 12-hour clock: 12 AM is midnight, 12 PM noon.
inline bool toTwentyFourHour(int& hour, bool pm)
{
    if (hour < 1 || hour > 12)
        return false;
    hour = hour % 12 + (pm ? 12 : 0);
    return true;
}

std::optional<qint64> parseIso(const char* p, const char* e)
{
    int y = 0;
    int mo = 0;
    int d = 0;
    if (!readNumber(p, e, 4, 4, y) || p == e || (*p != '-' && *p != '/'))
        return std::nullopt;
    const char sep = *p++;
    if (!readNumber(p, e, 1, 2, mo) || p == e || *p != sep)
        return std::nullopt;
    ++p;
    if (!readNumber(p, e, 1, 2, d) || !isValidDate(y, mo, d))
        return std::nullopt;
    qint64 result = dateMs(y, mo, d);
    if (p == e)
        return result;
    if (*p == 'T' || *p == 't')
        ++p;
    else if (*p == ' ')
        skipSpaces(p, e);
    else
        return std::nullopt;
    Clock clock;
    if (!readClock(p, e, clock) || clock.hour > 23)
        return std::nullopt;
    result += clock.msOfDay();
    skipSpaces(p, e);
    if (p != e) {
        int offset = 0;
        if (!readOffset(p, e, offset) || p != e)
            return std::nullopt;
        result -= offset * qint64(60'000);
    }
    return result;
}

// "D/M/YYYY" with '/', '.' or '-' (the same twice); leaves \a p after the year.
struct YearLastDate
{
    int first = 0;
    int second = 0;
    int year = 0;
    char separator = 0;
};

inline bool readYearLastDate(const char*& p, const char* e, YearLastDate& date)
{
    if (!readNumber(p, e, 1, 2, date.first) || p == e)
        return false;
    date.separator = *p;
    if (date.separator != '/' && date.separator != '.' && date.separator != '-')
        return false;
    ++p;
    if (!readNumber(p, e, 1, 2, date.second) || p == e || *p != date.separator)
        return false;
    ++p;
    return readNumber(p, e, 4, 4, date.year) && (p == e || !isDigit(*p));
}

std::optional<qint64> parseYearLast(const char* p, const char* e, bool dayFirst)
{
    YearLastDate date;
    if (!readYearLastDate(p, e, date))
        return std::nullopt;
    const int day = dayFirst ? date.first : date.second;
    const int month = dayFirst ? date.second : date.first;
    if (!isValidDate(date.year, month, day))
        return std::nullopt;
    qint64 result = dateMs(date.year, month, day);
    if (p == e)
        return result;
    if (*p != ' ')
        return std::nullopt;
    skipSpaces(p, e);
    Clock clock;
    if (!readClock(p, e, clock))
        return std::nullopt;
    skipSpaces(p, e);
    if (p != e) {
        bool pm = false;
        if (!readAmPm(p, e, pm) || p != e || !toTwentyFourHour(clock.hour, pm))
            return std::nullopt;
    } else if (clock.hour > 23) {
        return std::nullopt;
    }
    return result + clock.msOfDay();
}

std::optional<qint64> parseCompact(const char* p, const char* e)
{
    if (e - p != 8)
        return std::nullopt;
    int y = 0;
    int m = 0;
    int d = 0;
    if (!readNumber(p, e, 4, 4, y) || !readNumber(p, e, 2, 2, m) || !readNumber(p, e, 2, 2, d) ||
        !isValidDate(y, m, d))
        return std::nullopt;
    return dateMs(y, m, d);
}

// Negative values with sub-millisecond parts round toward negative infinity, so that
// "-0.0005" seconds is -1 ms, like the ISO time it denotes.
std::optional<qint64> parseEpoch(const char* p, const char* e, Kind kind)
{
    bool negative = false;
    if (p != e && *p == '-') {
        negative = true;
        ++p;
    }
    if (p == e || !isDigit(*p))
        return std::nullopt;
    quint64 value = 0;
    for (; p != e && isDigit(*p); ++p) {
        if (__builtin_mul_overflow(value, quint64(10), &value) ||
            __builtin_add_overflow(value, quint64(*p - '0'), &value))
            return std::nullopt;
    }
    int fractionMs = 0;
    bool belowMs = false;
    if (p != e && *p == '.') {
        if (kind != Kind::EpochSeconds)
            return std::nullopt;
        ++p;
        if (!readFraction(p, e, fractionMs, &belowMs))
            return std::nullopt;
    }
    if (p != e)
        return std::nullopt;

    constexpr quint64 maxMagnitude = quint64(std::numeric_limits<qint64>::max());
    quint64 magnitude = 0; // milliseconds, rounded away from zero when belowMs
    switch (kind) {
    case Kind::EpochSeconds:
        if (__builtin_mul_overflow(value, quint64(1000), &magnitude) ||
            __builtin_add_overflow(magnitude, quint64(fractionMs), &magnitude))
            return std::nullopt;
        break;
    case Kind::EpochMillis:
        magnitude = value;
        break;
    case Kind::EpochMicros:
        magnitude = value / 1000;
        belowMs = value % 1000 != 0;
        break;
    default:
        magnitude = value / 1'000'000;
        belowMs = value % 1'000'000 != 0;
        break;
    }
    if (magnitude > maxMagnitude)
        return std::nullopt;
    if (!negative)
        return qint64(magnitude);
    return -qint64(magnitude) - (belowMs ? 1 : 0);
}

constexpr std::string_view monthNames[12] = {"january",   "february", "march",    "april",
                                             "may",       "june",     "july",     "august",
                                             "september", "october",  "november", "december"};

inline bool matchesLower(const char* p, const char* e, std::string_view name)
{
    if (std::size_t(e - p) < name.size())
        return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (lower(p[i]) != name[i])
            return false;
    }
    return true;
}

// An English month name, full or three letters, in any case (for both %b and %B, as
// strptime does).
bool readMonthName(const char*& p, const char* e, int& month)
{
    // Full names first, so that "March" is not read as "Mar" followed by "ch".
    for (const bool abbreviated : {false, true}) {
        for (int i = 0; i < 12; ++i) {
            const std::string_view name = abbreviated ? monthNames[i].substr(0, 3) : monthNames[i];
            if (matchesLower(p, e, name)) {
                p += name.size();
                month = i + 1;
                return true;
            }
        }
    }
    return false;
}

struct PatternFields
{
    int year = -1;
    int month = -1;
    int day = -1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int ms = 0;
    int offsetMinutes = 0;
    bool twelveHour = false;
    bool hasAmPm = false;
    bool pm = false;
};

// Numeric fields other than years take one or two digits, as strptime does.
inline bool readField(const char*& p, const char* e, int& value)
{
    return readNumber(p, e, 1, 2, value);
}

inline bool readLiteral(const char*& p, const char* e, char c)
{
    if (p == e || *p != c)
        return false;
    ++p;
    return true;
}

// One directive (the character after '%'); false when the text does not match.
bool readDirective(char16_t directive, const char*& p, const char* e, PatternFields& f)
{
    switch (directive) {
    case u'Y':
        return readNumber(p, e, 4, 4, f.year);
    case u'y': {
        int y = 0;
        if (!readNumber(p, e, 2, 2, y))
            return false;
        f.year = y <= 68 ? 2000 + y : 1900 + y;
        return true;
    }
    case u'm':
        return readField(p, e, f.month);
    case u'e':
        skipSpaces(p, e);
        [[fallthrough]];
    case u'd':
        return readField(p, e, f.day);
    case u'H':
        return readField(p, e, f.hour);
    case u'I':
        f.twelveHour = true;
        return readField(p, e, f.hour);
    case u'M':
        return readField(p, e, f.minute);
    case u'S':
        return readField(p, e, f.second);
    case u'f':
        return readFraction(p, e, f.ms);
    case u'p':
        f.hasAmPm = true;
        return readAmPm(p, e, f.pm);
    case u'z':
        return readOffset(p, e, f.offsetMinutes);
    case u'b':
    case u'B':
        return readMonthName(p, e, f.month);
    case u'T':
        return readField(p, e, f.hour) && readLiteral(p, e, ':') && readField(p, e, f.minute) &&
               readLiteral(p, e, ':') && readField(p, e, f.second);
    case u'F':
        return readNumber(p, e, 4, 4, f.year) && readLiteral(p, e, '-') &&
               readField(p, e, f.month) && readLiteral(p, e, '-') && readField(p, e, f.day);
    case u'%':
        return readLiteral(p, e, '%');
    default:
        return false;
    }
}

// A non-ASCII literal of the pattern (UTF-16) against the UTF-8 text.
bool readUtf8Literal(const char*& p, const char* e, char32_t cp)
{
    char buffer[4];
    int n = 0;
    if (cp < 0x800) {
        buffer[n++] = char(0xC0 | (cp >> 6));
    } else if (cp < 0x10000) {
        buffer[n++] = char(0xE0 | (cp >> 12));
        buffer[n++] = char(0x80 | ((cp >> 6) & 0x3F));
    } else {
        buffer[n++] = char(0xF0 | (cp >> 18));
        buffer[n++] = char(0x80 | ((cp >> 12) & 0x3F));
        buffer[n++] = char(0x80 | ((cp >> 6) & 0x3F));
    }
    buffer[n++] = char(0x80 | (cp & 0x3F));
    if (e - p < n || std::memcmp(p, buffer, std::size_t(n)) != 0)
        return false;
    p += n;
    return true;
}

std::optional<qint64> parsePattern(const QString& pattern, const char* p, const char* e)
{
    PatternFields f;
    const QChar* q = pattern.constData();
    const QChar* const qe = q + pattern.size();
    while (q != qe) {
        const char16_t c = q->unicode();
        ++q;
        if (c == u'%') {
            if (q == qe || !readDirective(q->unicode(), p, e, f))
                return std::nullopt;
            ++q;
        } else if (c == u' ') {
            if (p == e || *p != ' ')
                return std::nullopt;
            skipSpaces(p, e);
        } else if (c < 0x80) {
            if (!readLiteral(p, e, char(c)))
                return std::nullopt;
        } else {
            char32_t cp = c;
            if (QChar::isHighSurrogate(c) && q != qe && q->isLowSurrogate()) {
                cp = QChar::surrogateToUcs4(c, q->unicode());
                ++q;
            }
            if (!readUtf8Literal(p, e, cp))
                return std::nullopt;
        }
    }
    if (p != e || !isValidDate(f.year, f.month, f.day))
        return std::nullopt;
    if (f.twelveHour || f.hasAmPm) {
        if (!toTwentyFourHour(f.hour, f.pm))
            return std::nullopt;
    } else if (f.hour > 23) {
        return std::nullopt;
    }
    if (f.minute > 59 || f.second > 60)
        return std::nullopt;
    if (f.second == 60) {
        f.second = 59;
        f.ms = 999;
    }
    const Clock clock{f.hour, f.minute, f.second, f.ms};
    return dateMs(f.year, f.month, f.day) + clock.msOfDay() - f.offsetMinutes * qint64(60'000);
}

struct KindName
{
    Kind kind;
    QLatin1String spec;
};

constexpr KindName kindNames[] = {
    {Kind::Iso, QLatin1String("iso")},
    {Kind::EpochSeconds, QLatin1String("epoch-s")},
    {Kind::EpochMillis, QLatin1String("epoch-ms")},
    {Kind::EpochMicros, QLatin1String("epoch-us")},
    {Kind::EpochNanos, QLatin1String("epoch-ns")},
    {Kind::DayMonthYear, QLatin1String("dmy")},
    {Kind::MonthDayYear, QLatin1String("mdy")},
    {Kind::YearMonthDayCompact, QLatin1String("yyyymmdd")},
};

QString keywordError(const QString& spec)
{
    return QCoreApplication::translate(
               "journeyscope::TimestampFormat",
               "Unknown time format \"%1\": use iso, epoch-s, epoch-ms, epoch-us, epoch-ns, dmy, "
               "mdy, yyyymmdd or a pattern such as %d/%m/%Y %H:%M.")
        .arg(spec);
}

// Checks a pattern's directives and that it names a whole date; empty when it is fine.
QString patternError(const QString& pattern)
{
    enum Field { Year, Month, Day, Hour, Minute, Second, Fraction, AmPm, Offset, FieldCount };
    int seen[FieldCount] = {};
    bool twelveHour = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) != u'%')
            continue;
        if (i + 1 == pattern.size()) {
            return QCoreApplication::translate(
                       "journeyscope::TimestampFormat",
                       "Time format \"%1\" ends with a lone %: write %% for a percent sign.")
                .arg(pattern);
        }
        const char16_t directive = pattern.at(++i).unicode();
        Field fields[3] = {FieldCount, FieldCount, FieldCount};
        switch (directive) {
        case u'Y':
        case u'y':
            fields[0] = Year;
            break;
        case u'm':
        case u'b':
        case u'B':
            fields[0] = Month;
            break;
        case u'd':
        case u'e':
            fields[0] = Day;
            break;
        case u'I':
            twelveHour = true;
            [[fallthrough]];
        case u'H':
            fields[0] = Hour;
            break;
        case u'M':
            fields[0] = Minute;
            break;
        case u'S':
            fields[0] = Second;
            break;
        case u'f':
            fields[0] = Fraction;
            break;
        case u'p':
            fields[0] = AmPm;
            break;
        case u'z':
            fields[0] = Offset;
            break;
        case u'T':
            fields[0] = Hour;
            fields[1] = Minute;
            fields[2] = Second;
            break;
        case u'F':
            fields[0] = Year;
            fields[1] = Month;
            fields[2] = Day;
            break;
        case u'%':
            break;
        default: {
            const qsizetype length =
                QChar::isHighSurrogate(directive) && i + 1 < pattern.size() ? 3 : 2;
            return QCoreApplication::translate(
                       "journeyscope::TimestampFormat",
                       "Unknown directive %1 in time format \"%2\": use %Y %y %m %d %e %H %I %M "
                       "%S %f %p %z %b %B %T %F or %%.")
                .arg(pattern.mid(i - 1, length), pattern);
        }
        }
        for (const Field field : fields) {
            if (field != FieldCount && ++seen[field] > 1) {
                return QCoreApplication::translate(
                           "journeyscope::TimestampFormat",
                           "Time format \"%1\" gives the same field twice (again at %2).")
                    .arg(pattern, pattern.mid(i - 1, 2));
            }
        }
    }
    const char* problem = nullptr;
    if (!seen[Year])
        problem = QT_TRANSLATE_NOOP("journeyscope::TimestampFormat",
                                    "Time format \"%1\" has no year: add %Y, %y or %F.");
    else if (!seen[Month])
        problem = QT_TRANSLATE_NOOP("journeyscope::TimestampFormat",
                                    "Time format \"%1\" has no month: add %m, %b, %B or %F.");
    else if (!seen[Day])
        problem = QT_TRANSLATE_NOOP("journeyscope::TimestampFormat",
                                    "Time format \"%1\" has no day: add %d, %e or %F.");
    else if (twelveHour && !seen[AmPm])
        problem = QT_TRANSLATE_NOOP(
            "journeyscope::TimestampFormat",
            "Time format \"%1\" uses %I without %p: add %p, or use %H for a 24-hour clock.");
    else if (seen[AmPm] && !twelveHour)
        problem = QT_TRANSLATE_NOOP("journeyscope::TimestampFormat",
                                    "Time format \"%1\" uses %p without %I: use %I for the hour "
                                    "on a 12-hour clock.");
    else if (seen[Minute] && !seen[Hour])
        problem = QT_TRANSLATE_NOOP("journeyscope::TimestampFormat",
                                    "Time format \"%1\" has minutes but no hour: add %H or %I.");
    else if (seen[Second] && !seen[Minute])
        problem = QT_TRANSLATE_NOOP("journeyscope::TimestampFormat",
                                    "Time format \"%1\" has seconds but no minutes: add %M.");
    else if (seen[Fraction] && !seen[Second])
        problem = QT_TRANSLATE_NOOP("journeyscope::TimestampFormat",
                                    "Time format \"%1\" has %f but no seconds: add %S.");
    if (!problem)
        return {};
    return QCoreApplication::translate("journeyscope::TimestampFormat", problem).arg(pattern);
}

// The example instant of describe(), written in \a pattern: 2024-03-24 14:22:33.123 UTC.
QString patternExample(const QString& pattern)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != u'%' || i + 1 == pattern.size()) {
            out += c;
            continue;
        }
        switch (pattern.at(++i).unicode()) {
        case u'Y':
            out += QLatin1String("2024");
            break;
        case u'y':
            out += QLatin1String("24");
            break;
        case u'm':
            out += QLatin1String("03");
            break;
        case u'd':
        case u'e':
            out += QLatin1String("24");
            break;
        case u'H':
            out += QLatin1String("14");
            break;
        case u'I':
            out += QLatin1String("02");
            break;
        case u'M':
            out += QLatin1String("22");
            break;
        case u'S':
            out += QLatin1String("33");
            break;
        case u'f':
            out += QLatin1String("123");
            break;
        case u'p':
            out += QLatin1String("PM");
            break;
        case u'z':
            out += QLatin1String("+00:00");
            break;
        case u'b':
            out += QLatin1String("Mar");
            break;
        case u'B':
            out += QLatin1String("March");
            break;
        case u'T':
            out += QLatin1String("14:22:33");
            break;
        case u'F':
            out += QLatin1String("2024-03-24");
            break;
        default:
            out += pattern.at(i);
            break;
        }
    }
    return out;
}

} // namespace

TimestampFormat::TimestampFormat(Kind kind)
    : m_kind(kind)
{}

std::optional<TimestampFormat> TimestampFormat::fromSpec(QStringView spec, QString* error)
{
    const QString trimmed = spec.trimmed().toString();
    QString problem;
    if (trimmed.contains(u'%')) {
        problem = patternError(trimmed);
        if (problem.isEmpty()) {
            TimestampFormat format(Kind::Pattern);
            format.m_pattern = trimmed;
            return format;
        }
    } else {
        for (const KindName& name : kindNames) {
            if (QStringView(trimmed).compare(name.spec, Qt::CaseInsensitive) == 0)
                return TimestampFormat(name.kind);
        }
        problem = keywordError(trimmed);
    }
    if (error)
        *error = problem;
    return std::nullopt;
}

QString TimestampFormat::spec() const
{
    if (m_kind == Kind::Pattern)
        return m_pattern;
    for (const KindName& name : kindNames) {
        if (name.kind == m_kind)
            return QString(name.spec);
    }
    return {};
}

QString TimestampFormat::describe() const
{
    switch (m_kind) {
    case Kind::Iso:
        return QCoreApplication::translate("journeyscope::TimestampFormat",
                                           "an ISO 8601 time such as 2024-03-01T10:22:33Z");
    case Kind::EpochSeconds:
        return QCoreApplication::translate("journeyscope::TimestampFormat",
                                           "Unix time in seconds such as 1709288553");
    case Kind::EpochMillis:
        return QCoreApplication::translate("journeyscope::TimestampFormat",
                                           "Unix time in milliseconds such as 1709288553000");
    case Kind::EpochMicros:
        return QCoreApplication::translate("journeyscope::TimestampFormat",
                                           "Unix time in microseconds such as 1709288553000000");
    case Kind::EpochNanos:
        return QCoreApplication::translate("journeyscope::TimestampFormat",
                                           "Unix time in nanoseconds such as 1709288553000000000");
    case Kind::DayMonthYear:
        return QCoreApplication::translate("journeyscope::TimestampFormat",
                                           "a day-first date such as 24/03/2024 14:22");
    case Kind::MonthDayYear:
        return QCoreApplication::translate("journeyscope::TimestampFormat",
                                           "a month-first date such as 03/24/2024 2:22 PM");
    case Kind::YearMonthDayCompact:
        return QCoreApplication::translate("journeyscope::TimestampFormat",
                                           "a date written YYYYMMDD such as 20240324");
    case Kind::Pattern:
        if (m_pattern.isEmpty())
            return QCoreApplication::translate("journeyscope::TimestampFormat",
                                               "a time in a custom pattern");
        return QCoreApplication::translate("journeyscope::TimestampFormat",
                                           "a time in the format \"%1\" such as %2")
            .arg(m_pattern, patternExample(m_pattern));
    }
    return {};
}

std::optional<qint64> TimestampFormat::parse(std::string_view text) const
{
    const char* p = text.data();
    const char* e = p + text.size();
    trim(p, e);
    switch (m_kind) {
    case Kind::Iso:
        return parseIso(p, e);
    case Kind::EpochSeconds:
    case Kind::EpochMillis:
    case Kind::EpochMicros:
    case Kind::EpochNanos:
        return parseEpoch(p, e, m_kind);
    case Kind::DayMonthYear:
        return parseYearLast(p, e, true);
    case Kind::MonthDayYear:
        return parseYearLast(p, e, false);
    case Kind::YearMonthDayCompact:
        return parseCompact(p, e);
    case Kind::Pattern:
        return parsePattern(m_pattern, p, e);
    }
    return std::nullopt;
}

void DayMonthEvidence::add(std::string_view text)
{
    if (m_dayFirst && m_monthFirst)
        return; // nothing more to learn, and the example is set
    const char* p = text.data();
    const char* e = p + text.size();
    trim(p, e);
    const char* const begin = p;
    YearLastDate date;
    if (!readYearLastDate(p, e, date) || (p != e && *p != ' '))
        return;
    const bool asDayFirst = isValidDate(date.year, date.second, date.first);
    const bool asMonthFirst = isValidDate(date.year, date.first, date.second);
    if (!asDayFirst && !asMonthFirst)
        return;
    if (m_example.isEmpty())
        m_example = QString::fromUtf8(begin, e - begin);
    if (!asMonthFirst)
        m_dayFirst = true;
    else if (!asDayFirst)
        m_monthFirst = true;
}

namespace {

// 1990-01-01 and 2101-01-01 UTC: epoch integers count as times for years 1990 to 2100.
constexpr qint64 EpochDetectFrom = daysFromCivil(1990, 1, 1) * MsPerDay;
constexpr qint64 EpochDetectUntil = daysFromCivil(2101, 1, 1) * MsPerDay;

char firstNonDigit(std::string_view value)
{
    for (const char c : value) {
        if (!isDigit(c))
            return c;
    }
    return 0;
}

// The epsilon keeps shares such as 63 of 70 at 0.9 from failing on rounding; nothing parsed
// never reaches a share.
bool reachesShare(int parsed, int nonEmpty, double minimumShare)
{
    return parsed > 0 && double(parsed) >= (minimumShare - 1e-9) * double(nonEmpty);
}

} // namespace

TimestampDetection detectTimestampFormat(const std::vector<std::string_view>& samples,
                                         double minimumShare)
{
    // Candidates in order of precedence: on equal counts the earlier one wins.
    static const TimestampFormat candidates[] = {
        TimestampFormat(Kind::Iso),          TimestampFormat(Kind::YearMonthDayCompact),
        TimestampFormat(Kind::EpochSeconds), TimestampFormat(Kind::EpochMillis),
        TimestampFormat(Kind::EpochMicros),  TimestampFormat(Kind::EpochNanos),
    };
    constexpr int candidateCount = int(std::size(candidates));
    const TimestampFormat dmy(Kind::DayMonthYear);
    const TimestampFormat mdy(Kind::MonthDayYear);

    TimestampDetection result;
    int counts[candidateCount] = {};
    int dateCount = 0; // values that are a day/month date in either order
    bool dayFirst = false;
    bool monthFirst = false;
    bool ambiguousUndotted = false;
    std::string_view firstAmbiguous;

    for (const std::string_view sample : samples) {
        const char* p = sample.data();
        const char* e = p + sample.size();
        trim(p, e);
        if (p == e)
            continue;
        ++result.nonEmpty;
        const std::string_view value(p, std::size_t(e - p));
        for (int i = 0; i < candidateCount; ++i) {
            const std::optional<qint64> ms = candidates[i].parse(value);
            const bool isEpoch = i >= 2;
            if (ms && (!isEpoch || (*ms >= EpochDetectFrom && *ms < EpochDetectUntil)))
                ++counts[i];
        }
        const bool asDayFirst = dmy.parse(value).has_value();
        const bool asMonthFirst = mdy.parse(value).has_value();
        if (!asDayFirst && !asMonthFirst)
            continue;
        ++dateCount;
        if (!asMonthFirst) {
            dayFirst = true;
        } else if (!asDayFirst) {
            monthFirst = true;
        } else if (firstNonDigit(value) != '.') {
            // Dot dates read day-first by convention; others stay open.
            if (!ambiguousUndotted)
                firstAmbiguous = value;
            ambiguousUndotted = true;
        }
    }

    int best = -1;
    int bestCount = 0;
    for (int i = 0; i < candidateCount; ++i) {
        if (counts[i] > bestCount) {
            best = i;
            bestCount = counts[i];
        }
    }
    const bool dateBest = dateCount > bestCount;
    result.parsed = dateBest ? dateCount : bestCount;
    if (!reachesShare(result.parsed, result.nonEmpty, minimumShare))
        return result;
    if (!dateBest) {
        result.format = candidates[best];
        return result;
    }
    if (dayFirst && monthFirst) {
        result.dayMonthConflict = true;
    } else if (dayFirst) {
        result.format = dmy;
    } else if (monthFirst) {
        result.format = mdy;
    } else if (ambiguousUndotted) {
        result.ambiguousDayMonth = true;
        result.ambiguousExample =
            QString::fromUtf8(firstAmbiguous.data(), qsizetype(firstAmbiguous.size()));
    } else {
        result.format = dmy;
    }
    return result;
}

} // namespace journeyscope
