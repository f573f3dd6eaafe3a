#pragma once

#include <optional>
#include <QString>
#include <QStringView>

namespace journeyscope {

/// "2024-03-01T10:22:33.123Z" (milliseconds always shown), for UTC milliseconds \a ms.
QString formatIsoUtc(qint64 ms);

/// Milliseconds in a duration such as "30m", "90s", "1.5h", "2d" or "45" (minutes).
/// Returns nullopt for anything else, and for negative or absurd (> 10 years) values.
std::optional<qint64> parseDuration(QStringView text);

/// The shortest exact form of \a ms as parseDuration() reads it: "30m", "90s", "1500ms".
QString formatDuration(qint64 ms);

/// \a seconds for people, in the largest unit that keeps it at 1 or more, with one decimal:
/// "45.0 s", "12.5 min", "3.2 h", "16.3 d"; "-" for NaN.
QString readableDuration(double seconds);

} // namespace journeyscope
