#include "core/ingest/csvreader.h"

#include "core/base/sha256.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <map>
#include <QCoreApplication>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::CsvReader)
};

constexpr std::size_t SniffBytes = std::size_t(64) << 10;
// Bytes after the data: the '\n' sentinel, then room for a 16-byte load that starts at it.
constexpr std::size_t Padding = 16;

constexpr std::array<unsigned char, 256> stopTable(char a)
{
    std::array<unsigned char, 256> stops{};
    stops[static_cast<unsigned char>(a)] = 1;
    stops[static_cast<unsigned char>('\n')] = 1;
    stops[static_cast<unsigned char>('\r')] = 1;
    return stops;
}

constexpr std::array<unsigned char, 256> quotedStops = stopTable('"');

// The first of a, '\n' or '\r' at or after p; the sentinel guarantees there is one.
inline const char* findStop(const char* p, char a, const unsigned char* stops)
{
#if defined(__SSE2__)
    Q_UNUSED(stops);
    const __m128i first = _mm_set1_epi8(a);
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    for (;; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, first), _mm_cmpeq_epi8(v, lf)), _mm_cmpeq_epi8(v, cr));
        if (const unsigned mask = unsigned(_mm_movemask_epi8(hits)))
            return p + std::countr_zero(mask);
    }
#else
    Q_UNUSED(a);
    while (!stops[static_cast<unsigned char>(*p)])
        ++p;
    return p;
#endif
}

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::size_t utf8SequenceLength(char lead)
{
    const auto byte = static_cast<unsigned char>(lead);
    if (byte >= 0xF0)
        return 4;
    if (byte >= 0xE0)
        return 3;
    if (byte >= 0xC0)
        return 2;
    return 1;
}

} // namespace

CsvReader::CsvReader(QString path, char delimiter, std::size_t bufferBytes)
    : m_path(std::move(path))
    , m_delimiter(delimiter)
    , m_buffer(std::max<std::size_t>(bufferBytes, 1) + Padding)
{}

CsvReader::~CsvReader() = default;

void CsvReader::open()
{
    if (m_delimiter == '"' || m_delimiter == '\n' || m_delimiter == '\r') {
        throw Error(Location{m_path, 0, 0, {}},
                    Text::tr("the delimiter cannot be a quote or a line break"));
    }
    m_file.close();
    m_file.setFileName(m_path);
    // Unbuffered: we read big blocks into our own buffer, Qt's would only add a copy.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        throw Error(Location{m_path, 0, 0, {}},
                    Text::tr("cannot open the file: %1").arg(m_file.errorString()));
    }
    m_fileSize = m_file.size();
    m_begin = m_end = 0;
    m_buffer[0] = '\n';
    m_fileAtEnd = m_eof = m_afterCR = false;
    m_nextLine = 1;
    m_recordLine = 0;
    m_recordStart = 0;
    m_fields.clear();
    m_fieldStarts.clear();
    m_copied.clear();

    // The head goes through the hash sink here and into the buffer later, through readSome(),
    // so that a small buffer still sees it in small pieces.
    const std::size_t headBytes = m_delimiter == 0 ? SniffBytes : 4;
    m_head.resize(headBytes);
    std::size_t got = 0;
    while (got < headBytes && !m_fileAtEnd) {
        const qint64 n = m_file.read(m_head.data() + got, qint64(headBytes - got));
        if (n < 0) {
            throw Error(Location{m_path, 0, 0, {}},
                        Text::tr("cannot read the file: %1").arg(m_file.errorString()));
        }
        if (m_hashSink && n > 0)
            m_hashSink->addData(m_head.data() + got, std::size_t(n));
        m_fileAtEnd = n == 0;
        got += std::size_t(n);
    }
    m_head.resize(got);

    const std::string_view head(m_head);
    const auto encodingError = [this](const char* encoding) {
        return Error(Location{m_path, 0, 0, {}},
                     Text::tr("the file is encoded as %1 (it starts with a %1 "
                              "byte-order mark); save it as UTF-8 and try again")
                         .arg(QLatin1String(encoding)));
    };
    // UTF-32 LE first: its mark starts with the UTF-16 LE one.
    if (head.starts_with(std::string_view("\xFF\xFE\0\0", 4)) ||
        head.starts_with(std::string_view("\0\0\xFE\xFF", 4)))
        throw encodingError("UTF-32");
    if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF"))
        throw encodingError("UTF-16");
    m_headPos = head.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    m_bufferOffset = qint64(m_headPos);
    m_bytesConsumed = m_bufferOffset;

    if (m_delimiter == 0) {
        const std::string_view sample = head.substr(m_headPos);
        // A whole file's last line counts even without a line end.
        if (m_fileAtEnd && !sample.empty() && sample.back() != '\n' && sample.back() != '\r')
            m_delimiter = sniffDelimiter(std::string(sample) + '\n');
        else
            m_delimiter = sniffDelimiter(sample);
    }
    m_stops = stopTable(m_delimiter);
}

std::size_t CsvReader::readSome(char* data, std::size_t size)
{
    if (m_headPos < m_head.size()) {
        const std::size_t n = std::min(size, m_head.size() - m_headPos);
        std::memcpy(data, m_head.data() + m_headPos, n);
        m_headPos += n;
        if (m_headPos == m_head.size()) {
            m_head = std::string();
            m_headPos = 0;
        }
        return n;
    }
    if (m_fileAtEnd)
        return 0;
    const qint64 n = m_file.read(data, qint64(size));
    if (n < 0) {
        throw Error(Location{m_path, 0, 0, {}},
                    Text::tr("cannot read the file: %1").arg(m_file.errorString()));
    }
    if (n == 0)
        m_fileAtEnd = true;
    else if (m_hashSink)
        m_hashSink->addData(data, std::size_t(n));
    return std::size_t(n);
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_bufferOffset += qint64(m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    std::size_t capacity = m_buffer.size() - Padding;
    if (m_end == capacity) {
        // The unfinished record fills the buffer. next() has checked that it is not longer
        // than MaxRecordBytes; one byte more lets a closing quote see what follows it.
        capacity = std::min(capacity * 2, MaxRecordBytes + 1);
        Q_ASSERT(capacity > m_end);
        m_buffer.resize(capacity + Padding);
    }
    const std::size_t n = readSome(m_buffer.data() + m_end, capacity - m_end);
    m_end += n;
    m_buffer[m_end] = '\n';
    m_eof = n == 0;
    return n > 0;
}

bool CsvReader::next()
{
    m_fields.clear();
    m_fieldStarts.clear();
    // Blank lines, and the '\n' of a "\r\n" that the previous record could not see.
    for (;;) {
        if (m_begin == m_end) {
            if (!fill()) {
                m_bytesConsumed = m_bufferOffset + qint64(m_begin);
                return false;
            }
            continue;
        }
        const char c = m_buffer[m_begin];
        if (c == '\n') {
            if (!m_afterCR)
                ++m_nextLine;
            m_afterCR = false;
            ++m_begin;
            continue;
        }
        m_afterCR = false;
        if (c == '\r') {
            ++m_nextLine;
            m_afterCR = true;
            ++m_begin;
            continue;
        }
        break;
    }

    m_recordLine = m_nextLine;
    while (!parseRecord()) {
        if (m_end - m_begin > MaxRecordBytes)
            throw recordTooLong();
        fill();
    }
    return true;
}

// Points at the field the record was in when it grew too long: with a missing closing quote,
// the field that opened it.
Error CsvReader::recordTooLong() const
{
    return Error(locationAt(m_fieldStarts.back()),
                 Text::tr("the record is longer than %1 MiB; is a closing quote missing?")
                     .arg(MaxRecordBytes >> 20));
}

// Parses the record at m_begin. False when the buffer ends before the record does (and the
// file has more); the caller then fills the buffer and calls again, which starts over.
bool CsvReader::parseRecord()
{
    m_recordStart = m_begin;
    m_fields.clear();
    m_fieldStarts.clear();
    m_unquoted.clear();
    m_copied.clear();

    const char* const base = m_buffer.data();
    const char* const end = base + m_end;
    const unsigned char* const stops = m_stops.data();
    const char delimiter = m_delimiter;
    qint64 innerLines = 0;
    const char* p = base + m_begin;

    // recordEnd points at the line end, or is `end` at the end of the file.
    const auto finish = [&](const char* recordEnd) {
        if (std::size_t(recordEnd - (base + m_recordStart)) > MaxRecordBytes)
            throw recordTooLong();
        const char* next = recordEnd;
        m_afterCR = false;
        if (recordEnd != end) {
            ++next;
            if (*recordEnd == '\r') {
                if (next != end && *next == '\n')
                    ++next;
                else
                    m_afterCR = true; // a '\n' may still come with the next block
            }
            ++innerLines;
        }
        m_begin = std::size_t(next - base);
        m_nextLine = m_recordLine + innerLines;
        m_bytesConsumed = m_bufferOffset + qint64(m_begin);
        // Only now, with m_unquoted complete, can views into it be taken.
        for (const CopiedField& copied : m_copied)
            m_fields[copied.index] =
                std::string_view(m_unquoted.data() + copied.offset, copied.size);
        return true;
    };

    for (;;) {
        if (m_fieldStarts.size() == MaxFields) {
            throw Error(
                locationAt(std::size_t(p - base)),
                Text::tr("expected at most %1 fields in a record, found more").arg(MaxFields));
        }
        m_fieldStarts.push_back(std::size_t(p - base));
        if (*p != '"') {
            // Unquoted: a quote here is literal (5" screen). The sentinel stops the scan.
            const char* const q = findStop(p, delimiter, stops);
            if (q == end && !m_eof)
                return false;
            m_fields.emplace_back(p, std::size_t(q - p));
            if (q != end && *q == delimiter) {
                p = q + 1;
                continue;
            }
            return finish(q);
        }

        const char* q = p + 1;
        const char* segment = q;
        bool copying = false;
        std::size_t copyOffset = 0;
        for (;;) {
            q = findStop(q, '"', quotedStops.data());
            if (q == end) {
                if (!m_eof)
                    return false;
                throw Error(locationAt(std::size_t(p - base)),
                            Text::tr("expected a closing quote for the field that starts here "
                                     "before the end of the file"));
            }
            if (*q == '\n') {
                ++innerLines;
                ++q;
                continue;
            }
            if (q + 1 == end && !m_eof)
                return false; // a '\r' or quote whose next byte is not here yet
            if (*q == '\r') {
                if (q + 1 == end || q[1] != '\n')
                    ++innerLines;
                ++q;
                continue;
            }
            if (q + 1 != end && q[1] == '"') {
                if (!copying) {
                    copying = true;
                    copyOffset = m_unquoted.size();
                }
                m_unquoted.append(segment, std::size_t(q + 1 - segment));
                q += 2;
                segment = q;
                continue;
            }
            break;
        }
        // q is the closing quote.
        if (copying) {
            m_unquoted.append(segment, std::size_t(q - segment));
            m_copied.push_back({m_fields.size(), copyOffset, m_unquoted.size() - copyOffset});
            m_fields.emplace_back();
        } else {
            m_fields.emplace_back(p + 1, std::size_t(q - p - 1));
        }
        const char* after = q + 1;
        if (after == end || *after == '\n' || *after == '\r')
            return finish(after);
        if (*after == delimiter) {
            p = after + 1;
            continue;
        }
        const std::size_t length = utf8SequenceLength(*after);
        if (std::size_t(end - after) < length && !m_eof)
            return false;
        const QString found =
            QString::fromUtf8(after, qsizetype(std::min(length, std::size_t(end - after))));
        throw Error(locationAt(std::size_t(after - base)),
                    Text::tr("expected a delimiter or the end of the line "
                             "after the closing quote, found '%1'")
                        .arg(found));
    }
}

Location CsvReader::locationAt(std::size_t offset) const
{
    const char* const base = m_buffer.data();
    const char* const end = base + m_end;
    const char* const stop = base + offset;
    const char* lineStart = base + m_recordStart;
    qint64 line = m_recordLine;
    for (const char* p = lineStart; p < stop; ++p) {
        if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n'))) {
            ++line;
            lineStart = p + 1;
        }
    }
    qint64 column = 1;
    for (const char* p = lineStart; p < stop; ++p)
        column += isContinuationByte(*p) ? 0 : 1;
    return Location{m_path, line, column, {}};
}

Location CsvReader::fieldLocation(int index) const
{
    if (index < 0 || std::size_t(index) >= m_fieldStarts.size())
        return Location{m_path, m_recordLine, 0, {}};
    return locationAt(m_fieldStarts[std::size_t(index)]);
}

char CsvReader::sniffDelimiter(std::string_view sample)
{
    static constexpr char candidates[] = {',', ';', '\t', '|'};
    char best = ',';
    qint64 bestLines = 0;
    int bestFields = 0;
    for (const char delimiter : candidates) {
        // Field count -> number of complete lines with that count.
        std::map<int, qint64> counts;
        std::size_t i = 0;
        const std::size_t n = sample.size();
        while (i < n) {
            if (sample[i] == '\n' || sample[i] == '\r') {
                ++i;
                continue;
            }
            int fields = 1;
            bool fieldStart = true;
            bool inQuotes = false;
            bool afterQuote = false;
            bool valid = true; // false when the reader would reject the line
            bool complete = false;
            for (; i < n; ++i) {
                const char c = sample[i];
                if (inQuotes) {
                    if (c == '"') {
                        if (i + 1 < n && sample[i + 1] == '"') {
                            ++i;
                        } else {
                            inQuotes = false;
                            afterQuote = true;
                        }
                    }
                    continue;
                }
                if (afterQuote && c != delimiter && c != '\n' && c != '\r')
                    valid = false;
                afterQuote = false;
                if (c == delimiter) {
                    ++fields;
                    fieldStart = true;
                } else if (c == '\n' || c == '\r') {
                    complete = true;
                    ++i;
                    break;
                } else {
                    inQuotes = c == '"' && fieldStart;
                    fieldStart = false;
                }
            }
            if (complete && valid)
                ++counts[fields];
        }
        qint64 lines = 0;
        int fields = 0;
        for (const auto& [fieldCount, lineCount] : counts) {
            if (fieldCount > 1 && lineCount >= lines) {
                lines = lineCount;
                fields = fieldCount;
            }
        }
        if (lines > bestLines || (lines == bestLines && lines > 0 && fields > bestFields)) {
            best = delimiter;
            bestLines = lines;
            bestFields = fields;
        }
    }
    return best;
}

} // namespace journeyscope
