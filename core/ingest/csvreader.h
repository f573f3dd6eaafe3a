#pragma once

#include "core/base/error.h"
#include "core/ingest/recordlimits.h"

#include <array>
#include <cstddef>
#include <QFile>
#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace journeyscope {

class Sha256;

/**
 * Streaming CSV reader (RFC 4180 and what real exports do): quoted fields, doubled quotes,
 * delimiters and line breaks inside quotes; LF, CRLF and lone CR line ends; UTF-8 with or
 * without a byte-order mark; the delimiter given or sniffed among ',' ';' tab '|'.
 *
 * Memory stays flat whatever the file size: the reader keeps one buffer (default 1 MiB,
 * grown only for a single record longer than that, up to MaxRecordBytes) and the fields of
 * the current record (at most MaxFields).
 *
 * Structural problems throw Error with the file, line and column (1-based; the column
 * counts characters, not bytes) and say what was expected and what was found:
 * an unterminated quoted field, text after a closing quote, a UTF-16/32 file,
 * a record longer than MaxRecordBytes (at the field it was in) or with more than MaxFields
 * fields, an unreadable file.
 * Blank lines are skipped. Field values are returned exactly as in the file (quotes removed,
 * doubled quotes undoubled, no trimming); checking them is the caller's job.
 */
class CsvReader
{
public:
    static constexpr std::size_t MaxRecordBytes = journeyscope::MaxRecordBytes;
    static constexpr std::size_t MaxFields = journeyscope::MaxFields;
    static constexpr std::size_t DefaultBufferBytes = std::size_t(1) << 20;

    /// \a delimiter 0 means: sniff it from the start of the file in open().
    explicit CsvReader(QString path, char delimiter = 0,
                       std::size_t bufferBytes = DefaultBufferBytes);
    ~CsvReader();

    /// Every byte read from the file (BOM included) is also added to \a sink, so that the
    /// caller gets the file's fingerprint without a second pass. Set before open().
    void setHashSink(Sha256* sink) { m_hashSink = sink; }

    /// Opens the file, skips a UTF-8 BOM and sniffs the delimiter. Throws Error.
    void open();

    /// Reads the next record. False at the end of the file. Throws Error.
    /// After the end, the whole file has been passed to the hash sink.
    bool next();

    /// The current record's fields; valid until the next call of next().
    const std::vector<std::string_view>& fields() const { return m_fields; }
    /// Physical line (1-based) where the current record starts.
    qint64 line() const { return m_recordLine; }
    /// File, line and column where field \a index of the current record starts.
    Location fieldLocation(int index) const;

    char delimiter() const { return m_delimiter; }
    const QString& path() const { return m_path; }
    qint64 bytesRead() const { return m_bytesConsumed; }
    qint64 fileSize() const { return m_fileSize; }

    /// The delimiter that best explains \a sample (the first lines of a file): the candidate
    /// giving the most fields consistently over the complete lines; ',' when none does.
    static char sniffDelimiter(std::string_view sample);

private:
    bool fill();
    std::size_t readSome(char* data, std::size_t size);
    bool parseRecord();
    Location locationAt(std::size_t offset) const;
    Error recordTooLong() const;

    struct CopiedField
    {
        std::size_t index;  ///< in m_fields
        std::size_t offset; ///< in m_unquoted
        std::size_t size;
    };

    QString m_path;
    char m_delimiter;
    Sha256* m_hashSink = nullptr;
    QFile m_file;
    /// Padding bytes longer than the usable capacity: a '\n' sentinel at m_end stops scans,
    /// and 16-byte loads that start before it stay inside.
    std::vector<char> m_buffer;
    std::size_t m_begin = 0;   ///< first unconsumed byte in m_buffer
    std::size_t m_end = 0;     ///< one past the last valid byte in m_buffer
    qint64 m_bufferOffset = 0; ///< file offset of m_buffer[0]
    std::string m_head;        ///< start of the file read by open(), not yet in m_buffer
    std::size_t m_headPos = 0; ///< next byte of m_head to hand out
    bool m_fileAtEnd = false;  ///< the file has no more bytes (m_head may still have some)
    bool m_eof = false;        ///< m_fileAtEnd and m_head drained
    bool m_afterCR = false;    ///< the last consumed byte ended a line with '\r'
    std::array<unsigned char, 256> m_stops{}; ///< nonzero for the delimiter, '\n' and '\r'
    qint64 m_fileSize = 0;
    qint64 m_bytesConsumed = 0;
    qint64 m_nextLine = 1;
    qint64 m_recordLine = 0;
    std::size_t m_recordStart = 0; ///< offset of the current record in m_buffer
    std::vector<std::string_view> m_fields;
    std::vector<std::size_t> m_fieldStarts; ///< raw offsets of each field in m_buffer
    std::string m_unquoted;                 ///< storage for fields that needed undoubling
    std::vector<CopiedField> m_copied;      ///< fields whose view goes into m_unquoted
};

} // namespace journeyscope
