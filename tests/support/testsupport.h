#pragma once

#include "core/ingest/recordsource.h"

#include <QByteArray>
#include <QString>
#include <string_view>

namespace journeyscope::test {

/// Path of a file in the shared public datasets, or an empty string when the datasets are
/// not beside the checkout (the caller then skips with QSKIP and says which file).
QString sharedDataFile(const QString& relativePath);

/// Path of a file in the source tree (resources, for instance).
QString sourceFile(const QString& relativePath);

/// Writes \a bytes to \a path, replacing it; fails the test on error.
void writeFile(const QString& path, const QByteArray& bytes);

/// Runs \a sql on the SQLite file at \a path with the plain SQLite API, as another program
/// would (to damage or tamper with a project); fails the test when SQLite refuses it.
void rawExec(const QString& path, const QByteArray& sql);

/// The whole content of \a path, or an empty array when it cannot be read.
QByteArray readFile(const QString& path);

/// The text of a PDF as pdftotext reads it, or a null array when pdftotext is missing
/// (the caller then skips).
QByteArray pdfText(const QString& pdf);

/// A field of a record source as text.
QString text(std::string_view utf8);

/**
 * A CRM table of \a customers (customer_id, plan, seats, churn): customer i is on the Free
 * plan when i % 3 == 0, and churns when on Free or when i % 10 == 1; seats i % 7.
 */
QByteArray churnTable(int customers);

/// "<int>", "<float>", "<boolean>", "<date>" as XES names the types; "" for text.
QString xesTypeSuffix(FieldType type);

} // namespace journeyscope::test
