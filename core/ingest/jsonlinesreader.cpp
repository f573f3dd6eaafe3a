#include "core/ingest/jsonlinesreader.h"

#include "core/base/gzipfile.h"
#include "core/ingest/fieldparsers.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>
#include <QCoreApplication>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::JsonLinesReader)
};

// Bytes after the data: the '\n' that ends every line, then room for a 16-byte load at it.
constexpr std::size_t Padding = 16;
constexpr std::size_t Missing = std::size_t(-1);
constexpr std::size_t SniffBufferBytes = std::size_t(64) << 10;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isWordCharacter(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    const char lower = char(c | 0x20);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

// Length of the valid UTF-8 sequence at p (RFC 3629: no overlong forms, no surrogates), 0 when
// it is invalid. The '\n' after every line stops a sequence cut short before reading on.
std::size_t utf8Length(const char* p)
{
    const auto lead = static_cast<unsigned char>(p[0]);
    const auto second = static_cast<unsigned char>(p[1]);
    if (lead < 0x80)
        return 1;
    if (lead < 0xC2)
        return 0;
    if (!isContinuationByte(p[1]))
        return 0;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0) {
        if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0))
            return 0;
        return isContinuationByte(p[2]) ? 3 : 0;
    }
    if (lead < 0xF5) {
        if ((lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90))
            return 0;
        return isContinuationByte(p[2]) && isContinuationByte(p[3]) ? 4 : 0;
    }
    return 0;
}

// The first '"', '\\', control character or non-ASCII byte at or after p. The '\n' after the
// line is a control character, so the scan never leaves the line (and the padding).
inline const char* scanString(const char* p)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(' ');
    for (;; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        // A signed compare: bytes from 0x80 up are negative, so below ' ' too.
        const __m128i hits =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                         _mm_cmplt_epi8(v, space));
        if (const unsigned mask = unsigned(_mm_movemask_epi8(hits)))
            return p + std::countr_zero(mask);
    }
#else
    for (;; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
            return p;
    }
#endif
}

bool isInt64(std::string_view text)
{
    qint64 value = 0;
    const char* const end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    return !text.empty() && error == std::errc() && stop == end;
}

bool isDouble(std::string_view text)
{
    double value = 0;
    const char* const end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    return !text.empty() && error == std::errc() && stop == end;
}

// 1-based character column of byte \a offset of \a line, which is valid UTF-8 up to there.
qint64 characterColumn(std::string_view line, std::size_t offset)
{
    qint64 column = 1;
    const std::size_t stop = std::min(offset, line.size());
    for (std::size_t i = 0; i < stop; ++i)
        column += isContinuationByte(line[i]) ? 0 : 1;
    return column;
}

Error recordTooLong(const QString& path, qint64 line)
{
    return Error(Location{path, line, 1, {}},
                 Text::tr("the record is longer than %1 MiB; is the file JSON Lines (one "
                          "object per line)?")
                     .arg(JsonLinesReader::MaxRecordBytes >> 20));
}

/// How a member of a GA4 "value" object is typed.
enum class KeyValueKind { Other, String, Integer, Float };

KeyValueKind keyValueKind(std::string_view member)
{
    if (member == "string_value")
        return KeyValueKind::String;
    if (member == "int_value")
        return KeyValueKind::Integer;
    if (member == "float_value" || member == "double_value")
        return KeyValueKind::Float;
    return KeyValueKind::Other;
}

std::size_t decimalDigits(std::size_t n)
{
    std::size_t digits = 1;
    for (; n >= 10; n /= 10)
        ++digits;
    return digits;
}

} // namespace

// ---------------------------------------------------------------------------------------
// Lines

/// The file's non-blank lines, read block by block into one buffer. Each line handed out is
/// followed in the buffer by '\n' (a trailing '\r' is overwritten), which stops every scan.
class JsonLinesReader::LineSource
{
public:
    LineSource(const QString& path, std::size_t bufferBytes, Sha256* hashSink)
        : m_path(path)
        , m_file(path)
        , m_buffer(bufferBytes + Padding)
    {
        m_file.setHashSink(hashSink);
    }

    void open();
    bool next();
    std::string_view line() const { return m_line; }
    qint64 lineNumber() const { return m_lineNumber; }
    /// What the buffer holds after open(): the file's start, after a byte-order mark.
    std::string_view head() const
    {
        return std::string_view(m_buffer.data() + m_begin, m_end - m_begin);
    }
    /// Bytes consumed; of a gzip file, compressed bytes read.
    qint64 bytesRead() const
    {
        return m_file.isCompressed() ? m_file.compressedBytesRead()
                                     : m_bufferOffset + qint64(m_begin);
    }
    qint64 fileSize() const { return m_file.fileSize(); }

private:
    bool fill();

    QString m_path;
    GzipFile m_file; ///< inflates gzip files, passes others through
    std::vector<char> m_buffer;
    std::size_t m_begin = 0;   ///< first unconsumed byte in m_buffer
    std::size_t m_end = 0;     ///< one past the last valid byte
    std::size_t m_scanned = 0; ///< bytes before this have no '\n'
    qint64 m_bufferOffset = 0; ///< file offset of m_buffer[0]
    bool m_eof = false;
    qint64 m_nextLine = 1;
    qint64 m_lineNumber = 0;
    std::string_view m_line;
};

void JsonLinesReader::LineSource::open()
{
    // Unbuffered: we read big blocks into our own buffer, QIODevice's would only add a copy.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        throw Error(Location{m_path, 0, 0, {}}, m_file.errorString());
    m_buffer[0] = '\n';
    while (m_end < 4 && fill()) {
    }

    const std::string_view start = head();
    const auto encodingError = [this](const char* encoding) {
        return Error(Location{m_path, 0, 0, {}},
                     Text::tr("the file is encoded as %1 (it starts with a %1 "
                              "byte-order mark); save it as UTF-8 and try again")
                         .arg(QLatin1String(encoding)));
    };
    // UTF-32 LE first: its mark starts with the UTF-16 LE one.
    if (start.starts_with(std::string_view("\xFF\xFE\0\0", 4)) ||
        start.starts_with(std::string_view("\0\0\xFE\xFF", 4)))
        throw encodingError("UTF-32");
    if (start.starts_with("\xFF\xFE") || start.starts_with("\xFE\xFF"))
        throw encodingError("UTF-16");
    if (start.starts_with("\xEF\xBB\xBF"))
        m_begin = m_scanned = 3;
}

bool JsonLinesReader::LineSource::fill()
{
    if (m_eof)
        return false;
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_bufferOffset += qint64(m_begin);
        m_end -= m_begin;
        m_scanned -= m_begin;
        m_begin = 0;
    }
    std::size_t capacity = m_buffer.size() - Padding;
    if (m_end == capacity) {
        // One line fills the buffer; next() has checked that it is not too long yet. Two bytes
        // more than the limit let a record of exactly MaxRecordBytes see its "\r\n".
        capacity = std::min(capacity * 2, MaxRecordBytes + 2);
        Q_ASSERT(capacity > m_end);
        m_buffer.resize(capacity + Padding);
    }
    char* const data = m_buffer.data() + m_end;
    const qint64 n = m_file.read(data, qint64(capacity - m_end));
    // GzipFile says what went wrong and where: a read error, corrupt or truncated data.
    if (n < 0)
        throw Error(Location{m_path, 0, 0, {}}, m_file.errorString());
    m_end += std::size_t(n);
    m_buffer[m_end] = '\n';
    m_eof = n == 0;
    return n > 0;
}

bool JsonLinesReader::LineSource::next()
{
    for (;;) {
        std::size_t lineEnd = m_end;
        const char* const base = m_buffer.data();
        if (const void* newline = std::memchr(base + m_scanned, '\n', m_end - m_scanned)) {
            lineEnd = std::size_t(static_cast<const char*>(newline) - base);
        } else {
            m_scanned = m_end;
            if (!m_eof) {
                // Even if its last byte is a '\r', the line will be too long.
                if (m_end - m_begin > MaxRecordBytes + 1)
                    throw recordTooLong(m_path, m_nextLine);
                fill();
                continue;
            }
            if (m_begin == m_end) {
                m_line = {};
                return false;
            }
        }
        char* const start = m_buffer.data() + m_begin;
        std::size_t size = lineEnd - m_begin;
        if (size > 0 && start[size - 1] == '\r')
            start[--size] = '\n'; // already hashed; now the parser's end mark
        if (size > MaxRecordBytes)
            throw recordTooLong(m_path, m_nextLine);
        m_begin = m_scanned = lineEnd < m_end ? lineEnd + 1 : lineEnd;
        const qint64 number = m_nextLine++;
        const std::string_view line(start, size);
        if (std::all_of(line.begin(), line.end(), isSpace))
            continue;
        m_line = line;
        m_lineNumber = number;
        return true;
    }
}

// ---------------------------------------------------------------------------------------
// Flattening

/// Parses one line into leaves. Our own parser rather than QJsonDocument: it keeps integers'
/// exact digits, points into the line instead of copying, knows each value's column, and
/// says what it expected and found.
class JsonLinesReader::Flattener
{
public:
    /// One scalar of a record under its dotted path.
    struct Leaf
    {
        std::size_t pathOffset = 0; ///< in m_paths
        std::size_t pathSize = 0;
        std::size_t valueOffset = 0; ///< on the line, or in m_scratch when inScratch
        std::size_t valueSize = 0;
        std::size_t lineOffset = 0; ///< where the value starts on the line
        FieldType type = FieldType::Text;
        bool inScratch = false;
        bool null = false;
    };

    /// Parses \a line, which the buffer must follow with '\n'. Throws Error.
    void parse(std::string_view line, const QString& file, qint64 lineNumber);

    const std::vector<Leaf>& leaves() const { return m_leaves; }
    std::string_view pathOf(const Leaf& leaf) const
    {
        return std::string_view(m_paths.data() + leaf.pathOffset, leaf.pathSize);
    }
    std::string_view valueOf(const Leaf& leaf) const
    {
        if (leaf.null)
            return {};
        return std::string_view((leaf.inScratch ? m_scratch.data() : m_begin) + leaf.valueOffset,
                                leaf.valueSize);
    }

private:
    /// A string's decoded bytes: on the line when it had no escapes, else in m_scratch.
    struct Span
    {
        std::size_t offset = 0;
        std::size_t size = 0;
        bool inScratch = false;
    };

    [[noreturn]] void fail(const char* at, const QString& message) const;
    [[noreturn]] void failUtf8(const char* at) const;
    QString found(const char* at) const;

    static void skipSpace(const char*& p)
    {
        while (isSpace(*p))
            ++p;
    }
    bool startsWith(const char* p, std::string_view word) const
    {
        return std::size_t(m_end - p) >= word.size() &&
               std::memcmp(p, word.data(), word.size()) == 0;
    }
    std::string_view textOf(const Span& text) const
    {
        return std::string_view((text.inScratch ? m_scratch.data() : m_begin) + text.offset,
                                text.size);
    }

    /// Steps past the '{' or '[' at \a p and the blanks after it; refuses to go deeper
    /// than MaxDepth.
    void enter(const char*& p, int depth) const;
    /// After a member or element: true past the closing \a close, false past a ',' and the
    /// blanks after it; fails otherwise with \a expected (untranslated; %1: what was found).
    bool closesAfterItem(const char*& p, char close, const char* expected) const;
    void parseObject(const char*& p, int depth);
    void parseArray(const char*& p, int depth);
    void parseValue(const char*& p, int depth);
    Span parseString(const char*& p);
    const char* parseEscape(const char* p);
    void parseNumber(const char*& p);
    void addLeaf(std::string_view path, const Leaf& value);
    /// Appends \a path to m_paths and returns where it starts; refuses to let the paths of
    /// a record grow past MaxRecordBytes (a long key over many values would multiply it).
    std::size_t appendPath(std::string_view path, std::size_t lineOffset);
    void rewriteKeyValueArray(std::size_t firstElement);
    void addSegmentEvent();

    const char* m_begin = nullptr;
    const char* m_end = nullptr; ///< *m_end is '\n'
    const QString* m_file = nullptr;
    qint64 m_line = 0;
    std::string m_path;    ///< path of the value being parsed
    std::string m_paths;   ///< the leaves' paths
    std::string m_scratch; ///< decoded strings, formatted numbers, made-up values
    std::string m_copy;
    std::vector<Leaf> m_leaves;
    std::size_t m_values = 0; ///< values parsed in the record, objects and arrays included
    std::vector<Leaf> m_rewritten;
    std::vector<std::size_t> m_elementStarts; ///< first leaf of each open array's elements
};

void JsonLinesReader::Flattener::fail(const char* at, const QString& message) const
{
    const std::string_view line(m_begin, std::size_t(m_end - m_begin));
    throw Error(Location{*m_file, m_line, characterColumn(line, std::size_t(at - m_begin)), {}},
                message);
}

void JsonLinesReader::Flattener::failUtf8(const char* at) const
{
    fail(at, Text::tr("expected UTF-8 text, found the byte 0x%1 (is the file "
                      "in another encoding?)")
                 .arg(QString::number(static_cast<unsigned char>(*at), 16).toUpper()));
}

QString JsonLinesReader::Flattener::found(const char* at) const
{
    if (at >= m_end)
        return Text::tr("the end of the line");
    const auto c = static_cast<unsigned char>(*at);
    if (c < 0x20 || c == 0x7F) {
        return Text::tr("the control character U+%1")
            .arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    std::size_t size = 1;
    if (isWordCharacter(char(c))) {
        // A whole word reads better: found 'undefined', found 'NaN'.
        while (size < 40 && at + size < m_end && isWordCharacter(at[size]))
            ++size;
    } else if (c >= 0x80) {
        size = utf8Length(at);
        if (size == 0)
            failUtf8(at);
    }
    return QStringLiteral("'%1'").arg(QString::fromUtf8(at, qsizetype(size)));
}

void JsonLinesReader::Flattener::parse(std::string_view line, const QString& file,
                                       qint64 lineNumber)
{
    m_begin = line.data();
    m_end = line.data() + line.size();
    Q_ASSERT(*m_end == '\n');
    m_file = &file;
    m_line = lineNumber;
    m_path.clear();
    m_paths.clear();
    m_scratch.clear();
    m_leaves.clear();
    m_values = 0;
    m_elementStarts.clear();

    const char* p = m_begin;
    // Files joined with cat keep each one's byte-order mark.
    if (startsWith(p, "\xEF\xBB\xBF"))
        p += 3;
    skipSpace(p);
    if (*p != '{') {
        const char c = *p;
        QString message;
        if (c == '[') {
            message = Text::tr("expected a JSON object ('{') for the record, found an array");
        } else if (c == '"') {
            message = Text::tr("expected a JSON object ('{') for the record, found a string");
        } else if (c == '-' || isDigit(c)) {
            message = Text::tr("expected a JSON object ('{') for the record, found a number");
        } else {
            message = Text::tr("expected a JSON object ('{') for the record, "
                               "found %1")
                          .arg(found(p));
        }
        fail(p, message);
    }
    parseObject(p, 1);
    skipSpace(p);
    if (p != m_end) {
        fail(p, Text::tr("expected the end of the line after the record's "
                         "closing '}', found %1")
                    .arg(found(p)));
    }
    addSegmentEvent();
}

void JsonLinesReader::Flattener::enter(const char*& p, int depth) const
{
    if (depth > MaxDepth) {
        fail(p, Text::tr("expected at most %1 levels of nested objects and "
                         "arrays, found more")
                    .arg(MaxDepth));
    }
    ++p;
    skipSpace(p);
}

bool JsonLinesReader::Flattener::closesAfterItem(const char*& p, char close,
                                                 const char* expected) const
{
    skipSpace(p);
    if (*p == ',') {
        ++p;
        skipSpace(p);
        return false;
    }
    if (*p == close) {
        ++p;
        return true;
    }
    // Translated only when it is needed: this runs for every member and element.
    fail(p, Text::tr(expected).arg(found(p)));
}

void JsonLinesReader::Flattener::parseObject(const char*& p, int depth)
{
    enter(p, depth);
    if (*p == '}') {
        ++p;
        return;
    }
    const std::size_t pathSize = m_path.size();
    for (;;) {
        if (*p != '"') {
            fail(p, Text::tr("expected a key in double quotes, found %1").arg(found(p)));
        }
        const Span key = parseString(p);
        if (pathSize > 0)
            m_path += '.';
        m_path += textOf(key);
        skipSpace(p);
        if (*p != ':') {
            fail(p, Text::tr("expected ':' after the key, found %1").arg(found(p)));
        }
        ++p;
        skipSpace(p);
        parseValue(p, depth + 1);
        m_path.resize(pathSize);
        if (closesAfterItem(p, '}',
                            QT_TRANSLATE_NOOP("journeyscope::JsonLinesReader",
                                              "expected ',' or '}' after a member of the "
                                              "object, found %1")))
            return;
    }
}

void JsonLinesReader::Flattener::parseArray(const char*& p, int depth)
{
    enter(p, depth);
    if (*p == ']') {
        ++p;
        return;
    }
    const std::size_t pathSize = m_path.size();
    const std::size_t firstElement = m_elementStarts.size();
    bool allObjects = true;
    for (std::size_t index = 0;; ++index) {
        char digits[24];
        const auto converted = std::to_chars(digits, digits + sizeof digits, index);
        m_path += '.';
        m_path.append(digits, converted.ptr);
        m_elementStarts.push_back(m_leaves.size());
        allObjects = allObjects && *p == '{';
        parseValue(p, depth + 1);
        m_path.resize(pathSize);
        if (closesAfterItem(p, ']',
                            QT_TRANSLATE_NOOP("journeyscope::JsonLinesReader",
                                              "expected ',' or ']' after an element of the "
                                              "array, found %1")))
            break;
    }
    if (allObjects)
        rewriteKeyValueArray(firstElement);
    m_elementStarts.resize(firstElement);
}

void JsonLinesReader::Flattener::parseValue(const char*& p, int depth)
{
    // Empty arrays cost memory too ([[],[],...] keeps a place for each), hence every value.
    if (++m_values > MaxFields) {
        fail(p, Text::tr("expected at most %1 values in the record, found more").arg(MaxFields));
    }
    Leaf leaf;
    leaf.lineOffset = std::size_t(p - m_begin);
    leaf.valueOffset = leaf.lineOffset;
    switch (*p) {
    case '{':
        parseObject(p, depth);
        return;
    case '[':
        parseArray(p, depth);
        return;
    case '"': {
        const Span text = parseString(p);
        leaf.valueOffset = text.offset;
        leaf.valueSize = text.size;
        leaf.inScratch = text.inScratch;
        addLeaf(m_path, leaf);
        return;
    }
    case 't':
    case 'f': {
        // The value's text is the word on the line.
        const std::string_view word = *p == 't' ? "true" : "false";
        if (startsWith(p, word)) {
            leaf.valueSize = word.size();
            leaf.type = FieldType::Boolean;
            addLeaf(m_path, leaf);
            p += word.size();
            return;
        }
        break;
    }
    case 'n':
        if (startsWith(p, "null")) {
            leaf.null = true;
            addLeaf(m_path, leaf);
            p += 4;
            return;
        }
        break;
    default:
        if (*p == '-' || isDigit(*p)) {
            parseNumber(p);
            return;
        }
        break;
    }
    fail(p, Text::tr("expected a value (an object, array, string, number, "
                     "true, false or null), found %1")
                .arg(found(p)));
}

JsonLinesReader::Flattener::Span JsonLinesReader::Flattener::parseString(const char*& p)
{
    ++p;
    const char* const start = p;
    const char* segment = p; // not yet copied, once copying
    bool copying = false;
    std::size_t copyStart = 0;
    for (;;) {
        p = scanString(p);
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"')
            break;
        if (c == '\\') {
            if (!copying) {
                copying = true;
                copyStart = m_scratch.size();
            }
            m_scratch.append(segment, p);
            p = parseEscape(p);
            segment = p;
            continue;
        }
        if (c >= 0x80) {
            const std::size_t size = utf8Length(p);
            if (size == 0)
                failUtf8(p);
            p += size;
            continue;
        }
        if (p == m_end) {
            fail(p, Text::tr("expected '\"' to close the string, found %1").arg(found(p)));
        }
        fail(p, Text::tr("expected an escape sequence such as \\t instead of "
                         "%1 in the string")
                    .arg(found(p)));
    }
    Span text;
    if (copying) {
        m_scratch.append(segment, p);
        text = {copyStart, m_scratch.size() - copyStart, true};
    } else {
        text = {std::size_t(start - m_begin), std::size_t(p - start), false};
    }
    ++p;
    return text;
}

// p is at a backslash; appends the character to m_scratch and returns what follows.
const char* JsonLinesReader::Flattener::parseEscape(const char* p)
{
    const char* const escape = p + 1;
    char simple = 0;
    switch (*escape) {
    case '"':
    case '\\':
    case '/':
        simple = *escape;
        break;
    case 'b':
        simple = '\b';
        break;
    case 'f':
        simple = '\f';
        break;
    case 'n':
        simple = '\n';
        break;
    case 'r':
        simple = '\r';
        break;
    case 't':
        simple = '\t';
        break;
    case 'u':
        break;
    default:
        fail(escape,
             Text::tr("expected an escape sequence (\\\" \\\\ \\/ \\b "
                      "\\f \\n \\r \\t or \\uXXXX) after '\\', found %1")
                 .arg(escape == m_end
                          ? found(escape)
                          : QStringLiteral("'%1'").arg(QString::fromUtf8(
                                escape, qsizetype(std::max<std::size_t>(1, utf8Length(escape)))))));
    }
    if (simple != 0) {
        m_scratch += simple;
        return escape + 1;
    }
    // \uXXXX; the '\n' after the line is not a hexadecimal digit, so reading stops there.
    const auto hex4 = [this](const char* digits) {
        char32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(digits[i]);
            if (digit < 0) {
                fail(digits + i, Text::tr("expected four hexadecimal digits after '\\u', "
                                          "found %1")
                                     .arg(found(digits + i)));
            }
            value = value * 16 + char32_t(digit);
        }
        return value;
    };
    char32_t c = hex4(escape + 1);
    p = escape + 5;
    if (c >= 0xD800 && c <= 0xDBFF && p[0] == '\\' && p[1] == 'u') {
        const char32_t low = hex4(p + 2);
        if (low >= 0xDC00 && low <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
            p += 6;
        }
    }
    // A lone surrogate (a string cut in the middle of an emoji) cannot be UTF-8.
    if (c >= 0xD800 && c <= 0xDFFF)
        c = 0xFFFD;
    appendUtf8(m_scratch, c);
    return p;
}

void JsonLinesReader::Flattener::parseNumber(const char*& p)
{
    const char* const start = p;
    const auto expectDigit = [this](const char* at, const char* text) {
        if (!isDigit(*at)) {
            fail(at, Text::tr(text).arg(found(at)));
        }
    };
    if (*p == '-') {
        ++p;
        expectDigit(p, QT_TRANSLATE_NOOP("journeyscope::JsonLinesReader",
                                         "expected a digit after '-', found %1"));
    }
    if (*p == '0') {
        ++p;
    } else {
        while (isDigit(*p))
            ++p;
    }
    bool integer = true;
    if (*p == '.') {
        ++p;
        expectDigit(p, QT_TRANSLATE_NOOP("journeyscope::JsonLinesReader",
                                         "expected a digit after the decimal point, found %1"));
        while (isDigit(*p))
            ++p;
        integer = false;
    }
    if (*p == 'e' || *p == 'E') {
        ++p;
        if (*p == '+' || *p == '-')
            ++p;
        expectDigit(p, QT_TRANSLATE_NOOP("journeyscope::JsonLinesReader",
                                         "expected a digit in the exponent, found %1"));
        while (isDigit(*p))
            ++p;
        integer = false;
    }

    Leaf leaf;
    leaf.lineOffset = leaf.valueOffset = std::size_t(start - m_begin);
    leaf.valueSize = std::size_t(p - start);
    const std::string_view text(start, leaf.valueSize);
    if (integer) {
        // Beyond 64 bits the digits stay, as text: an Integer attribute could not hold them.
        leaf.type = isInt64(text) ? FieldType::Integer : FieldType::Text;
    } else {
        double value = 0;
        const auto parsed = std::from_chars(start, p, value);
        if (parsed.ec == std::errc()) {
            char shortest[32];
            const auto written = std::to_chars(shortest, shortest + sizeof shortest, value);
            leaf.type = FieldType::Float;
            leaf.inScratch = true;
            leaf.valueOffset = m_scratch.size();
            leaf.valueSize = std::size_t(written.ptr - shortest);
            m_scratch.append(shortest, written.ptr);
        }
        // else out of a double's range (1e400): kept as written, as text.
    }
    addLeaf(m_path, leaf);
}

void JsonLinesReader::Flattener::addLeaf(std::string_view path, const Leaf& value)
{
    const std::size_t offset = appendPath(path, value.lineOffset);
    Leaf& leaf = m_leaves.emplace_back(value);
    leaf.pathOffset = offset;
    leaf.pathSize = path.size();
}

std::size_t JsonLinesReader::Flattener::appendPath(std::string_view path, std::size_t lineOffset)
{
    if (m_paths.size() + path.size() > MaxRecordBytes) {
        fail(m_begin + lineOffset,
             Text::tr("expected at most %1 MiB of field names (dotted paths) in the record, "
                      "found more")
                 .arg(MaxRecordBytes >> 20));
    }
    const std::size_t offset = m_paths.size();
    m_paths += path;
    return offset;
}

// GA4's [{"key": k, "value": {"string_value": v}}, ...] becomes "<array>.<k>" = v, when every
// element has that shape. m_path is the array's path.
void JsonLinesReader::Flattener::rewriteKeyValueArray(std::size_t firstElement)
{
    const std::size_t elements = m_elementStarts.size() - firstElement;
    const auto elementEnd = [&](std::size_t element) {
        return element + 1 < elements ? m_elementStarts[firstElement + element + 1]
                                      : m_leaves.size();
    };
    // Leaf paths are "<array>.<element>.<member>".
    const auto memberPrefix = [&](std::size_t element) {
        return m_path.size() + 2 + decimalDigits(element);
    };
    for (std::size_t element = 0; element < elements; ++element) {
        const std::size_t prefix = memberPrefix(element);
        bool key = false;
        bool typed = false;
        for (std::size_t i = m_elementStarts[firstElement + element]; i < elementEnd(element);
             ++i) {
            const Leaf& leaf = m_leaves[i];
            const std::string_view member = pathOf(leaf).substr(prefix);
            if (member == "key") {
                if (key || leaf.null || leaf.type != FieldType::Text)
                    return;
                key = true;
            } else if (member.starts_with("value.")) {
                typed = typed || keyValueKind(member.substr(6)) != KeyValueKind::Other;
            } else {
                return;
            }
        }
        if (!key || !typed)
            return;
    }

    m_rewritten.clear();
    for (std::size_t element = 0; element < elements; ++element) {
        const std::size_t prefix = memberPrefix(element);
        const std::size_t begin = m_elementStarts[firstElement + element];
        const std::size_t end = elementEnd(element);
        std::size_t keyLeaf = Missing;
        std::size_t chosen = Missing;
        KeyValueKind chosenKind = KeyValueKind::Other;
        for (std::size_t i = begin; i < end; ++i) {
            const std::string_view member = pathOf(m_leaves[i]).substr(prefix);
            if (member == "key") {
                keyLeaf = i;
            } else if (chosen == Missing && !m_leaves[i].null) {
                chosenKind = keyValueKind(member.substr(6));
                if (chosenKind != KeyValueKind::Other)
                    chosen = i;
            }
        }

        // Paths are built in m_copy: appending part of m_paths to itself could reallocate
        // under the source.
        m_copy.assign(m_path);
        m_copy += '.';
        m_copy += valueOf(m_leaves[keyLeaf]);
        const std::size_t keyPathSize = m_copy.size();
        Leaf value;
        value.lineOffset = m_leaves[keyLeaf].lineOffset;
        value.null = true;
        if (chosen != Missing) {
            value = m_leaves[chosen];
            const std::string_view text = valueOf(value);
            switch (chosenKind) {
            case KeyValueKind::String:
                value.type = FieldType::Text;
                break;
            case KeyValueKind::Integer:
                // BigQuery writes INT64 as a JSON string.
                if (value.type == FieldType::Integer || isInt64(text))
                    value.type = FieldType::Integer;
                break;
            case KeyValueKind::Float:
                if (value.type == FieldType::Integer || value.type == FieldType::Float ||
                    isDouble(text))
                    value.type = FieldType::Float;
                break;
            case KeyValueKind::Other:
                break;
            }
        }
        value.pathOffset = appendPath(m_copy, value.lineOffset);
        value.pathSize = keyPathSize;
        m_rewritten.push_back(value);

        // Other members of the value (user_properties' set_timestamp_micros) are kept.
        for (std::size_t i = begin; i < end; ++i) {
            const Leaf& leaf = m_leaves[i];
            if (i == keyLeaf || i == chosen || leaf.null)
                continue;
            m_copy.resize(keyPathSize);
            m_copy += '.';
            m_copy += pathOf(leaf).substr(prefix + 6);
            Leaf other = leaf;
            other.pathOffset = appendPath(m_copy, leaf.lineOffset);
            other.pathSize = m_copy.size();
            m_rewritten.push_back(other);
        }
    }
    m_leaves.resize(m_elementStarts[firstElement]);
    m_leaves.insert(m_leaves.end(), m_rewritten.begin(), m_rewritten.end());
}

// Segment's call types: the event a record stands for, in the field "event".
void JsonLinesReader::Flattener::addSegmentEvent()
{
    std::size_t type = Missing;
    std::size_t event = Missing;
    std::size_t name = Missing;
    std::size_t pagePath = Missing;
    for (std::size_t i = 0; i < m_leaves.size(); ++i) {
        const Leaf& leaf = m_leaves[i];
        // Only short top-level paths and one nested one matter; most leaves fail the size test.
        if (leaf.pathSize > 15)
            continue;
        const std::string_view path = pathOf(leaf);
        if (path == "type")
            type = i;
        else if (path == "event")
            event = i;
        else if (path == "name")
            name = i;
        else if (path == "properties.path")
            pagePath = i;
    }
    if (type == Missing || m_leaves[type].null || m_leaves[type].type != FieldType::Text)
        return;
    const auto given = [this](std::size_t leaf) {
        return leaf != Missing && !valueOf(m_leaves[leaf]).empty();
    };
    const std::string_view kind = valueOf(m_leaves[type]);
    Leaf leaf;
    leaf.lineOffset = m_leaves[type].lineOffset;
    std::string_view label;
    std::size_t source = Missing;
    if (kind == "track") {
        if (event != Missing)
            return; // the record's own
        leaf.null = true;
    } else if (kind == "page") {
        label = "Page";
        source = given(name) ? name : given(pagePath) ? pagePath : Missing;
    } else if (kind == "screen") {
        label = "Screen";
        source = given(name) ? name : Missing;
    } else if (kind == "identify" || kind == "group" || kind == "alias") {
        leaf.null = true;
    } else {
        return;
    }
    if (!leaf.null) {
        leaf.inScratch = true;
        leaf.valueOffset = m_scratch.size();
        m_copy.assign(label);
        if (source != Missing) {
            m_copy += ": ";
            m_copy += valueOf(m_leaves[source]);
            leaf.lineOffset = m_leaves[source].lineOffset;
        }
        m_scratch += m_copy;
        leaf.valueSize = m_copy.size();
    }
    addLeaf("event", leaf);
}

// ---------------------------------------------------------------------------------------
// Reader

JsonLinesReader::JsonLinesReader(QString path, std::size_t bufferBytes)
    : m_path(std::move(path))
    , m_bufferBytes(std::max<std::size_t>(bufferBytes, 1))
    , m_flattener(std::make_unique<Flattener>())
{}

JsonLinesReader::~JsonLinesReader() = default;

void JsonLinesReader::open()
{
    m_lines.reset();
    m_columns.clear();
    m_columnKeys.clear();
    m_columnIndex = FlatStringMap<int>();
    m_predicted.clear();
    m_extras.clear();

    // Columns from a first pass over the first records, which the second pass reads (and
    // hashes) again: cheaper than keeping records that may each be megabytes.
    {
        LineSource ahead(m_path, m_bufferBytes, nullptr);
        ahead.open();
        std::size_t nameBytes = 0;
        for (int record = 0; record < ColumnRecords && ahead.next(); ++record) {
            m_flattener->parse(ahead.line(), m_path, ahead.lineNumber());
            for (const Flattener::Leaf& leaf : m_flattener->leaves()) {
                const std::string_view name = m_flattener->pathOf(leaf);
                if (m_columnIndex.find(name))
                    continue;
                // Records of ever new keys: past the limits, names are extra fields.
                if (m_columnKeys.size() == MaxFields || nameBytes + name.size() > MaxRecordBytes)
                    continue;
                nameBytes += name.size();
                m_columnIndex.insert(name, int(m_columnKeys.size()));
                m_columnKeys.emplace_back(name);
                m_columns.append(QString::fromUtf8(name.data(), qsizetype(name.size())));
            }
        }
    }
    m_fields.assign(m_columnKeys.size(), std::string_view());
    m_types.assign(m_columnKeys.size(), FieldType::Text);
    m_valueOffsets.assign(m_columnKeys.size(), Missing);

    m_lines = std::make_unique<LineSource>(m_path, m_bufferBytes, m_hashSink);
    m_lines->open();
}

int JsonLinesReader::columnOf(std::size_t leafIndex, std::string_view path)
{
    if (leafIndex >= m_predicted.size())
        m_predicted.resize(leafIndex + 1, -1);
    int& predicted = m_predicted[leafIndex];
    if (predicted >= 0 && m_columnKeys[std::size_t(predicted)] == path)
        return predicted;
    const int* column = m_columnIndex.find(path);
    predicted = column ? *column : -1;
    return predicted;
}

bool JsonLinesReader::next()
{
    Q_ASSERT(m_lines);
    std::fill(m_fields.begin(), m_fields.end(), std::string_view());
    std::fill(m_types.begin(), m_types.end(), FieldType::Text);
    std::fill(m_valueOffsets.begin(), m_valueOffsets.end(), Missing);
    m_extras.clear();
    if (!m_lines->next())
        return false;
    m_flattener->parse(m_lines->line(), m_path, m_lines->lineNumber());

    const std::vector<Flattener::Leaf>& leaves = m_flattener->leaves();
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        const Flattener::Leaf& leaf = leaves[i];
        const std::string_view name = m_flattener->pathOf(leaf);
        const int column = columnOf(i, name);
        // A repeated key: the last value wins, as in JavaScript.
        if (column >= 0) {
            const auto c = std::size_t(column);
            m_fields[c] = m_flattener->valueOf(leaf);
            m_types[c] = leaf.null ? FieldType::Text : leaf.type;
            m_valueOffsets[c] = leaf.null ? Missing : leaf.lineOffset;
            continue;
        }
        if (leaf.null)
            m_extras.remove(name);
        else
            m_extras.set(name, m_flattener->valueOf(leaf), leaf.type);
    }
    m_extras.finish();
    return true;
}

FieldType JsonLinesReader::fieldType(int column) const
{
    if (column < 0 || std::size_t(column) >= m_types.size())
        return FieldType::Text;
    return m_types[std::size_t(column)];
}

Location JsonLinesReader::location(int column) const
{
    if (!m_lines || m_lines->lineNumber() == 0)
        return Location{m_path, 0, 0, {}};
    const qint64 line = m_lines->lineNumber();
    if (column < 0 || std::size_t(column) >= m_valueOffsets.size())
        return Location{m_path, line, 1, {}};
    const std::size_t offset = m_valueOffsets[std::size_t(column)];
    return Location{m_path, line, offset == Missing ? 1 : characterColumn(m_lines->line(), offset),
                    m_columns[column]};
}

qint64 JsonLinesReader::bytesRead() const
{
    return m_lines ? m_lines->bytesRead() : 0;
}

qint64 JsonLinesReader::fileSize() const
{
    return m_lines ? m_lines->fileSize() : 0;
}

bool JsonLinesReader::looksLikeJsonLines(const QString& path)
{
    try {
        LineSource lines(path, SniffBufferBytes, nullptr);
        lines.open();
        // Most files tell by their first byte; only those starting with '{' are parsed.
        const std::string_view head = lines.head();
        const auto first = std::find_if_not(head.begin(), head.end(),
                                            [](char c) { return isSpace(c) || c == '\n'; });
        if (first != head.end() && *first != '{')
            return false;
        if (!lines.next() || lines.line().front() != '{')
            return false;
        Flattener flattener;
        flattener.parse(lines.line(), path, lines.lineNumber());
        return true;
    } catch (const Error&) {
        return false;
    }
}

} // namespace journeyscope
