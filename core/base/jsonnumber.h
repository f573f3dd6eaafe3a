#pragma once

#include <cmath>
#include <QJsonValue>

namespace journeyscope {

/// \a value for JSON output: null where it is NaN (undefined) or infinite, which JSON
/// cannot hold.
inline QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

} // namespace journeyscope
