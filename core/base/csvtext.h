#pragma once

#include <QString>
#include <QStringList>

namespace journeyscope {

/// \a text as one RFC 4180 field: quoted (with quotes doubled) only when it holds a comma,
/// a quote or a line break.
QString csvField(const QString& text);

/// The fields, each through csvField(), joined by commas and ended by CRLF.
QString csvRow(const QStringList& fields);

/// A number for CSV and JSON consumers: up to 15 significant digits, empty for NaN.
QString csvNumber(double value);

} // namespace journeyscope
