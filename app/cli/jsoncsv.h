#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace journeyscope::cli {

/**
 * A JSON array of objects as CSV (RFC 4180, CRLF), the same numbers as --json prints: a
 * header of \a columns, then one row an object. Numbers keep up to 15 significant digits,
 * null is empty, booleans are true or false; a list of texts is joined by \a separator, and
 * a list of objects becomes "text=share" items (its first text member, and its "share").
 */
QString jsonRowsToCsv(const QStringList& columns, const QJsonArray& rows,
                      const QString& separator = QStringLiteral("; "));

} // namespace journeyscope::cli
