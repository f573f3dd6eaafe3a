#include "core/ingest/whitespacetablereader.h"

#include "core/base/sha256.h"
#include "core/ingest/fieldparsers.h"
#include "core/ingest/headerrow.h"
#include "core/ingest/recordlimits.h"

#include <QCoreApplication>

namespace journeyscope {

namespace {

constexpr size_t ChunkBytes = size_t(1) << 20;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

/// Splits \a line on runs of blanks; offsets of the fields into \a starts. Stops after
/// MaxFields + 1 fields, enough to tell a line with too many.
void split(std::string_view line, std::vector<std::string_view>& fields,
           std::vector<size_t>& starts)
{
    fields.clear();
    starts.clear();
    size_t i = 0;
    while (i < line.size() && fields.size() <= MaxFields) {
        while (i < line.size() && isBlank(line[i]))
            ++i;
        const size_t begin = i;
        while (i < line.size() && !isBlank(line[i]))
            ++i;
        if (i > begin) {
            fields.push_back(line.substr(begin, i - begin));
            starts.push_back(begin);
        }
    }
}

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::WhitespaceTableReader)
};

} // namespace

WhitespaceTableReader::WhitespaceTableReader(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{}

bool WhitespaceTableReader::looksLikeWhitespaceTable(std::string_view sample)
{
    if (sample.find_first_of(",;|\"") != std::string_view::npos)
        return false;
    std::vector<std::string_view> fields;
    std::vector<size_t> starts;
    size_t count = 0;
    int lines = 0;
    size_t begin = 0;
    while (lines < 50) {
        const size_t end = sample.find_first_of("\r\n", begin);
        if (end == std::string_view::npos)
            break; // an incomplete last line says nothing
        split(sample.substr(begin, end - begin), fields, starts);
        begin = end + 1;
        if (fields.empty())
            continue;
        if (lines++ == 0)
            count = fields.size();
        else if (fields.size() != count)
            return false;
    }
    return lines > 0 && count > 1;
}

void WhitespaceTableReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        throw Error(Location(m_path),
                    Text::tr("cannot open the file: %1").arg(m_file.errorString()));
    }
    if (!readLine()) {
        throw Error(Location(m_path), Text::tr("the file is empty: expected a header line"));
    }
    if (!isValidUtf8(m_line)) {
        throw Error(Location(m_path, m_lineNumber, 1),
                    Text::tr("expected UTF-8 text, found invalid bytes (save the file as UTF-8)"));
    }
    const bool header = looksLikeHeaderRow(m_fields);
    m_columns = header ? columnNames(m_fields) : numberedColumnNames(int(m_fields.size()));
    m_firstRowPending = !header;
}

bool WhitespaceTableReader::next()
{
    if (m_firstRowPending) {
        m_firstRowPending = false;
        return true;
    }
    return readLine();
}

bool WhitespaceTableReader::readLine()
{
    size_t scanned = m_position; // no '\n' before this
    for (;;) {
        const size_t end = m_buffer.find('\n', scanned);
        if (end == std::string::npos && !m_atEnd) {
            m_buffer.erase(0, m_position);
            m_position = 0;
            scanned = m_buffer.size();
            if (m_buffer.size() > MaxRecordBytes) {
                throw Error(Location(m_path, m_lineNumber + 1, 1),
                            Text::tr("the line is longer than 64 MiB"));
            }
            const size_t old = m_buffer.size();
            m_buffer.resize(old + ChunkBytes);
            const qint64 n = m_file.read(m_buffer.data() + old, qint64(ChunkBytes));
            if (n < 0)
                throw Error(Location(m_path),
                            Text::tr("cannot read the file: %1").arg(m_file.errorString()));
            m_buffer.resize(old + size_t(n));
            if (n == 0)
                m_atEnd = true;
            else if (m_hashSink)
                m_hashSink->addData(m_buffer.data() + old, size_t(n));
            continue;
        }
        if (end == std::string::npos && m_position >= m_buffer.size())
            return false;
        const size_t stop = end == std::string::npos ? m_buffer.size() : end;
        m_line.assign(m_buffer, m_position, stop - m_position);
        m_bytesRead += qint64(stop - m_position) + (end == std::string::npos ? 0 : 1);
        m_position = end == std::string::npos ? m_buffer.size() : end + 1;
        scanned = m_position;
        ++m_lineNumber;
        if (!m_line.empty() && m_line.back() == '\r')
            m_line.pop_back();
        if (m_lineNumber == 1 && m_line.compare(0, 3, "\xEF\xBB\xBF") == 0)
            m_line.erase(0, 3);
        split(m_line, m_fields, m_starts);
        if (m_fields.size() > MaxFields) {
            throw Error(
                location(int(MaxFields)),
                Text::tr("expected at most %1 fields in a line, found more").arg(MaxFields));
        }
        if (!m_fields.empty())
            return true;
    }
}

Location WhitespaceTableReader::location(int column) const
{
    if (column < 0 || size_t(column) >= m_starts.size())
        return Location(m_path, m_lineNumber, 1, m_columns.value(column));
    // Characters, not bytes, up to the field.
    const std::string_view before(m_line.data(), m_starts[size_t(column)]);
    qint64 characters = 0;
    for (const char c : before)
        characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return Location(m_path, m_lineNumber, characters + 1, m_columns.value(column));
}

} // namespace journeyscope
