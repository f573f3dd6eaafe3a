#pragma once

#include <optional>
#include <QString>
#include <QStringView>
#include <string_view>
#include <vector>

namespace journeyscope {

/**
 * One way of writing a point in time, and the parser for it. Results are UTC milliseconds
 * since 1970-01-01. Times written without an offset are taken as UTC.
 *
 * Kinds:
 * - Iso: ISO 8601 and its common relatives: "2024-03-01", "2024-03-01T10:22", "...:33",
 *   fractions of any length after '.' or ',' (truncated to milliseconds), 'T' or a space
 *   between date and time, then optionally "Z", "UTC", "+01:00", "+0100", "+01" (with or
 *   without a space before it); also "2024/03/01 ...".
 * - EpochSeconds/Millis/Micros/Nanos: integers (seconds may have a fraction).
 * - DayMonthYear / MonthDayYear: "01/03/2024", "1.3.2024", "01-03-2024" with an optional
 *   time "10:22", "10:22:33", "10:22:33.5", and optional "AM"/"PM" (12-hour clock).
 * - YearMonthDayCompact: "20240301".
 * - Pattern: a strftime-like pattern given by the user: %Y %y %m %d %e %H %I %M %S %f %p
 *   %z %b %B %T %F %%; other characters must match literally, a space matches one or more
 *   spaces. %y maps 00-68 to 2000-2068 and 69-99 to 1969-1999.
 * Every kind checks ranges (month 1-12, day within the month, hour 0-23, minute 0-59,
 * second 0-60 with 60 read as 59.999) and accepts leading and trailing spaces.
 */
class TimestampFormat
{
public:
    enum class Kind {
        Iso,
        EpochSeconds,
        EpochMillis,
        EpochMicros,
        EpochNanos,
        DayMonthYear,
        MonthDayYear,
        YearMonthDayCompact,
        Pattern,
    };

    TimestampFormat() = default; // Iso
    explicit TimestampFormat(Kind kind);

    /**
     * A user's --time-format: "iso", "epoch-s", "epoch-ms", "epoch-us", "epoch-ns", "dmy",
     * "mdy", "yyyymmdd", or a pattern containing '%'. Returns nullopt and sets \a error to a
     * one-line reason when \a spec is none of these.
     */
    static std::optional<TimestampFormat> fromSpec(QStringView spec, QString* error);

    Kind kind() const { return m_kind; }
    /// The spec fromSpec() reads back ("iso", "dmy", the pattern, ...).
    QString spec() const;
    /// For messages: "an ISO 8601 time such as 2024-03-01T10:22:33Z".
    QString describe() const;

    /// UTC milliseconds, or nullopt when \a text is not a valid time in this format.
    std::optional<qint64> parse(std::string_view text) const;

    friend bool operator==(const TimestampFormat&, const TimestampFormat&) = default;

private:
    Kind m_kind = Kind::Iso;
    QString m_pattern; ///< for Kind::Pattern
};

/**
 * Evidence for day/month order in slash, dot or dash dates whose year comes last: a value
 * whose first number exceeds 12 can only be day-first, one whose second exceeds 12 only
 * month-first. Fed value by value, so the importer can scan a whole column when a sample
 * leaves the order open.
 */
class DayMonthEvidence
{
public:
    /// Looks at one value; ignores values that are not such dates.
    void add(std::string_view text);
    bool dayFirstSeen() const { return m_dayFirst; }
    bool monthFirstSeen() const { return m_monthFirst; }
    /// A value such as "03/04/2024" for messages, the first such date seen.
    const QString& example() const { return m_example; }

private:
    bool m_dayFirst = false;
    bool m_monthFirst = false;
    QString m_example;
};

/// What detectTimestampFormat() found in a sample of values.
struct TimestampDetection
{
    std::optional<TimestampFormat> format; ///< set when one format parses the sample
    int nonEmpty = 0;                      ///< non-blank values in the sample
    int parsed = 0;                        ///< of those, how many \a format parses
    /// Day/month dates whose order the sample does not settle (every number <= 12);
    /// format is then unset. Dot-separated dates are read day-first by convention.
    bool ambiguousDayMonth = false;
    bool dayMonthConflict = false; ///< both orders seen: not one date format
    QString ambiguousExample;      ///< e.g. "03/04/2024"
};

/**
 * Finds the format that parses the most non-blank values of \a samples, requiring at least
 * \a minimumShare of them (90 % by default; less where a header already names the column). Integers
 * are epoch times when all lie in 1990..2100 for one unit (seconds, milliseconds, microseconds,
 * nanoseconds), 8-digit integers that are all valid dates read as YYYYMMDD take precedence. Plain
 * small numbers are not times.
 */
TimestampDetection detectTimestampFormat(const std::vector<std::string_view>& samples,
                                         double minimumShare = 0.9);

} // namespace journeyscope
