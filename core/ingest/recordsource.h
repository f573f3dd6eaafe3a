#pragma once

#include "core/base/error.h"

#include <QStringList>
#include <string_view>
#include <vector>

namespace journeyscope {

class Sha256;

/// How a field's text is to be read when it is kept as an attribute. CSV fields are Text;
/// XES says the type of each attribute (<int>, <float>, <boolean>, <date>, <string>).
enum class FieldType : quint8 { Text, Integer, Float, Boolean, Date };

/// A field of the current record whose name is not among the source's columns().
struct ExtraField
{
    std::string_view name;
    std::string_view value;
    FieldType type = FieldType::Text;
};

/**
 * Records of named text fields read from one input file: CSV rows under their header,
 * JSON Lines records flattened to dotted paths ("properties.page.url"), XES events
 * together with their trace's attributes (prefixed "case:", as pm4py writes them in CSV).
 * Column roles are detected and events built from these fields the same way whatever the
 * format.
 *
 * Errors are thrown as Error with the file and the line and column, or the JSON path or XML
 * element, of the problem. Views stay valid until the next call of next().
 */
class RecordSource
{
public:
    virtual ~RecordSource() = default;

    /// Every byte read from the file, in order, is also added to \a sink (the file's
    /// fingerprint without a second pass). Set before open().
    virtual void setHashSink(Sha256* sink) = 0;

    /// Opens the file and learns its columns. Throws Error.
    virtual void open() = 0;

    /// The field names, known after open(): a CSV header, or for formats without one the
    /// names met in the first records, in order of appearance (the same on every open).
    virtual const QStringList& columns() const = 0;

    /// Reads the next record; false at the end. Throws Error.
    virtual bool next() = 0;

    /// The current record: one field per column, empty where the record has none. A CSV
    /// row with too few or too many fields has fields().size() != columns().size().
    virtual const std::vector<std::string_view>& fields() const = 0;
    /// The type of fields()[column] in the current record.
    virtual FieldType fieldType(int column) const
    {
        Q_UNUSED(column);
        return FieldType::Text;
    }
    /// Fields of the current record not among columns() (names first met after the records
    /// that made the columns).
    virtual const std::vector<ExtraField>& extraFields() const
    {
        static const std::vector<ExtraField> none;
        return none;
    }

    /// Where field \a column of the current record is; -1: the record itself.
    virtual Location location(int column) const = 0;

    virtual const QString& path() const = 0;
    /// Bytes of the file consumed so far and in all, for progress.
    virtual qint64 bytesRead() const = 0;
    virtual qint64 fileSize() const = 0;
};

} // namespace journeyscope
