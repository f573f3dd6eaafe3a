#include "core/base/timeutil.h"

#include <cmath>
#include <QDateTime>

namespace journeyscope {

QString formatIsoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> parseDuration(QStringView text)
{
    text = text.trimmed();
    struct Unit
    {
        QStringView suffix;
        double ms;
    };
    // Longest suffixes first, so that "ms" is not read as "s".
    static const Unit units[] = {{u"ms", 1.0},      {u"s", 1000.0},    {u"m", 60000.0},
                                 {u"min", 60000.0}, {u"h", 3600000.0}, {u"d", 86400000.0}};
    double factor = 60000.0; // a bare number means minutes
    qsizetype suffixLength = 0;
    for (const Unit& unit : units) {
        if (text.endsWith(unit.suffix, Qt::CaseInsensitive) && unit.suffix.size() > suffixLength) {
            factor = unit.ms;
            suffixLength = unit.suffix.size();
        }
    }
    bool ok = false;
    const double number = text.left(text.size() - suffixLength).trimmed().toDouble(&ok);
    if (!ok || !(number >= 0))
        return std::nullopt;
    const double ms = number * factor;
    if (ms > 10.0 * 366 * 86400000.0)
        return std::nullopt;
    return qint64(ms + 0.5);
}

QString formatDuration(qint64 ms)
{
    struct Unit
    {
        qint64 ms;
        char suffix;
    };
    static const Unit units[] = {{86400000, 'd'}, {3600000, 'h'}, {60000, 'm'}, {1000, 's'}};
    for (const Unit& unit : units) {
        if (ms != 0 && ms % unit.ms == 0)
            return QString::number(ms / unit.ms) + QLatin1Char(unit.suffix);
    }
    return QString::number(ms) + QStringLiteral("ms");
}

QString readableDuration(double seconds)
{
    if (std::isnan(seconds))
        return QStringLiteral("-");
    struct Unit
    {
        double seconds;
        const char* name;
    };
    static const Unit units[] = {{86400, "d"}, {3600, "h"}, {60, "min"}};
    for (const Unit& unit : units) {
        if (std::abs(seconds) >= unit.seconds) {
            return QString::number(seconds / unit.seconds, 'f', 1) + QLatin1Char(' ') +
                   QLatin1String(unit.name);
        }
    }
    return QString::number(seconds, 'f', 1) + QStringLiteral(" s");
}

} // namespace journeyscope
