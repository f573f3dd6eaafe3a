#pragma once

#include "core/base/flatstringmap.h"
#include "core/ingest/extrafields.h"
#include "core/ingest/recordlimits.h"
#include "core/ingest/recordsource.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace journeyscope {

/**
 * JSON Lines exports (one JSON object per line, also called NDJSON) as records: LF or CRLF
 * line ends, UTF-8 with or without a byte-order mark (also at the start of a later line, as
 * files joined with cat have), blank lines skipped.
 *
 * Each object is flattened to dotted paths: {"properties":{"page":{"url":"x"}}} gives the
 * field "properties.page.url"; array elements are numbered ("tags.0", "items.1.sku").
 * Strings are Text, integers Integer with their exact digits (integers outside the 64-bit
 * range stay Text, with their digits), other numbers Float written as the shortest text
 * that reads back to the same double, true and false Boolean ("true", "false"). An escaped
 * lone surrogate (a string cut inside an emoji) becomes U+FFFD. null is
 * a missing (empty) field, but its path still counts as met. Empty objects and arrays give
 * no field. When a key repeats, the last value wins.
 *
 * Two export shapes get special treatment:
 * - Key/value arrays as in GA4 BigQuery exports ("event_params", "user_properties",
 *   "items.0.item_params"): an array whose elements are all {"key": k, "value": {...}} with
 *   one of string_value, int_value, float_value or double_value in the value gives one field
 *   "<array>.<k>" per element, typed after the value's name (int_value is Integer even when
 *   written as a string); other non-null members of the value become "<array>.<k>.<name>".
 * - Segment records (a top-level "type" of track, page, screen, identify, group or alias)
 *   always get a field "event": for track the record's own "event"; for page
 *   "Page: <name>", else "Page: <properties.path>", else "Page"; for screen
 *   "Screen: <name>", else "Screen"; for identify, group and alias it is empty, because
 *   they link identities and carry traits rather than record an event. This is decided
 *   record by record, from the top-level "type" alone.
 *
 * columns() are the paths met in the first ColumnRecords records, in order of first
 * appearance (open() reads those records once ahead, without hashing them, then starts
 * again), up to MaxFields paths of MaxRecordBytes in all; paths first met later come as
 * extraFields(). location() gives the line and the
 * exact character column where the field's value starts, and the path as Location::field.
 *
 * A gzip-compressed file is read as transparently inflated. Memory stays flat whatever the
 * file size: one buffer (grown only for a single record longer than it, up to
 * MaxRecordBytes) and the current record.
 *
 * A line that is not one JSON object throws Error with the file, line and character column
 * and what was expected and found; so do invalid UTF-8, a record longer than
 * MaxRecordBytes, nesting deeper than MaxDepth, more than MaxFields values (objects and
 * arrays included) or more than MaxRecordBytes of paths in a record, a UTF-16/32 file and
 * an unreadable file.
 */
class JsonLinesReader : public RecordSource
{
public:
    static constexpr std::size_t MaxRecordBytes = journeyscope::MaxRecordBytes;
    static constexpr std::size_t MaxFields = journeyscope::MaxFields;
    static constexpr std::size_t DefaultBufferBytes = std::size_t(1) << 20;
    /// How many records open() reads to learn columns().
    static constexpr int ColumnRecords = 1000;
    /// Deepest nesting of objects and arrays in a record.
    static constexpr int MaxDepth = 256;

    explicit JsonLinesReader(QString path, std::size_t bufferBytes = DefaultBufferBytes);
    ~JsonLinesReader() override;

    /// Every byte read from the file (compressed bytes for a gzip file) is also added to
    /// \a sink. Set before open().
    void setHashSink(Sha256* sink) override { m_hashSink = sink; }
    void open() override;
    const QStringList& columns() const override { return m_columns; }
    bool next() override;
    const std::vector<std::string_view>& fields() const override { return m_fields; }
    FieldType fieldType(int column) const override;
    const std::vector<ExtraField>& extraFields() const override { return m_extras.fields(); }
    /// The current record's line; the column where field \a column's value starts (1 when
    /// the record lacks it, and for -1); the column's path as Location::field.
    Location location(int column) const override;
    const QString& path() const override { return m_path; }
    qint64 bytesRead() const override;
    qint64 fileSize() const override;

    /// True when the first non-blank line of \a path (after a byte-order mark, inflated if
    /// gzip-compressed) starts with '{' and is one JSON object.
    static bool looksLikeJsonLines(const QString& path);

private:
    class LineSource;
    class Flattener;

    int columnOf(std::size_t leafIndex, std::string_view path);

    QString m_path;
    std::size_t m_bufferBytes;
    Sha256* m_hashSink = nullptr;
    std::unique_ptr<LineSource> m_lines;
    std::unique_ptr<Flattener> m_flattener;
    QStringList m_columns;
    std::vector<std::string> m_columnKeys; ///< m_columns in UTF-8
    FlatStringMap<int> m_columnIndex;
    /// Column of each leaf of the previous record: records mostly repeat their keys in order.
    std::vector<int> m_predicted;
    std::vector<std::string_view> m_fields;
    std::vector<FieldType> m_types;
    std::vector<std::size_t> m_valueOffsets; ///< byte offset on the line; npos: missing
    ExtraFields m_extras;
};

} // namespace journeyscope
