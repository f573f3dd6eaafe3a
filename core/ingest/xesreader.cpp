#include "core/ingest/xesreader.h"

#include "core/base/gzipfile.h"
#include "core/base/sha256.h"
#include "core/ingest/xmlinputguard.h"

#include <algorithm>
#include <QCoreApplication>
#include <QXmlStreamReader>
#include <unordered_set>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::XesReader)
};

constexpr qint64 SniffBytes = 1024;

enum class Kind : quint8 { None, String, Id, Date, Int, Float, Boolean, List };

Kind attributeKind(QStringView name)
{
    switch (name.size()) {
    case 2:
        return name == u"id" ? Kind::Id : Kind::None;
    case 3:
        return name == u"int" ? Kind::Int : Kind::None;
    case 4:
        return name == u"date" ? Kind::Date : name == u"list" ? Kind::List : Kind::None;
    case 5:
        return name == u"float" ? Kind::Float : Kind::None;
    case 6:
        return name == u"string" ? Kind::String : Kind::None;
    case 7:
        return name == u"boolean" ? Kind::Boolean : Kind::None;
    default:
        return Kind::None;
    }
}

FieldType fieldTypeOf(Kind kind)
{
    switch (kind) {
    case Kind::Date:
        return FieldType::Date;
    case Kind::Int:
        return FieldType::Integer;
    case Kind::Float:
        return FieldType::Float;
    case Kind::Boolean:
        return FieldType::Boolean;
    default:
        return FieldType::Text;
    }
}

// UTF-16 to UTF-8 into storage that is reused from event to event (no allocation once it
// has grown). QXmlStreamReader hands out valid UTF-16; a lone surrogate still becomes
// U+FFFD rather than invalid UTF-8.
void appendUtf8(std::string& out, QStringView text)
{
    const std::size_t start = out.size();
    out.resize(start + std::size_t(text.size()) * 3);
    char* o = out.data() + start;
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p != end) {
        char32_t c = *p++;
        if (c < 0x80) {
            *o++ = char(c);
            continue;
        }
        if (c < 0x800) {
            *o++ = char(0xC0 | (c >> 6));
            *o++ = char(0x80 | (c & 0x3F));
            continue;
        }
        if (QChar::isSurrogate(c)) {
            if (QChar::isHighSurrogate(c) && p != end && QChar::isLowSurrogate(*p)) {
                c = QChar::surrogateToUcs4(char16_t(c), *p++);
                *o++ = char(0xF0 | (c >> 18));
                *o++ = char(0x80 | ((c >> 12) & 0x3F));
                *o++ = char(0x80 | ((c >> 6) & 0x3F));
                *o++ = char(0x80 | (c & 0x3F));
                continue;
            }
            c = 0xFFFD;
        }
        *o++ = char(0xE0 | (c >> 12));
        *o++ = char(0x80 | ((c >> 6) & 0x3F));
        *o++ = char(0x80 | (c & 0x3F));
    }
    out.resize(std::size_t(o - out.data()));
}

bool isXesNamespace(QStringView uri)
{
    return uri.startsWith(u"http://www.xes-standard.org") ||
           uri.startsWith(u"http://code.deckfour.org/xes");
}

} // namespace

XesReader::XesReader(QString path)
    : m_path(std::move(path))
{}

XesReader::~XesReader() = default;

void XesReader::open()
{
    m_columns.clear();
    m_columnIndex = FlatStringMap<int>();
    m_fields.clear();
    m_types.clear();
    m_fieldPositions.clear();
    m_extras.clear();

    // A first pass over the start of the file, without the hash sink, learns the columns;
    // the second pass starts again from the first byte. Reading the first events twice
    // costs little and keeps columns() the same on every open(), with no records held.
    try {
        learnColumns();
    } catch (...) {
        m_xml.reset(); // next() then reads nothing
        m_file.reset();
        throw;
    }
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        m_columnIndex.insert(m_columns[i].toStdString(), int(i));
    start(m_hashSink);
}

void XesReader::learnColumns()
{
    start(nullptr);
    std::vector<std::string> traceKeys;
    std::vector<std::string> eventKeys;
    std::unordered_set<std::string> seen;
    std::size_t nameBytes = 0;
    const auto learn = [&](std::vector<std::string>& keys, const std::vector<Attribute>& attributes,
                           const std::string& text) {
        for (const Attribute& attribute : attributes) {
            // Events of ever new keys: past the limits, keys are extra fields.
            if (seen.size() == MaxFields || nameBytes + attribute.nameSize > MaxRecordBytes)
                return;
            std::string name = text.substr(attribute.nameOffset, attribute.nameSize);
            if (seen.insert(name).second) {
                nameBytes += attribute.nameSize;
                keys.push_back(std::move(name));
            }
        }
    };
    for (int i = 0; i < ColumnSampleEvents && readEvent(); ++i) {
        learn(traceKeys, m_traceAttributes, m_traceText);
        learn(eventKeys, m_eventAttributes, m_eventText);
    }
    for (const std::string& key : traceKeys)
        m_columns.append(QString::fromStdString(key));
    for (const std::string& key : eventKeys)
        m_columns.append(QString::fromStdString(key));
    m_xml.reset();
    m_file.reset();
}

void XesReader::start(Sha256* sink)
{
    m_xml.reset();
    m_file = std::make_unique<GzipFile>(m_path);
    m_file->setHashSink(sink);
    if (!m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        throw Error(Location(m_path), m_file->errorString());
    m_guard = std::make_unique<XmlInputGuard>(*m_file);
    m_guard->open(QIODevice::ReadOnly);
    m_xml = std::make_unique<QXmlStreamReader>(m_guard.get());
    m_atEnd = false;
    m_depth = 0;
    m_frames.clear();
    m_keyPrefix.clear();
    m_inTrace = false;
    m_traceAttributes.clear();
    m_traceText.clear();
    m_traceBytes = 0;
    m_eventAttributes.clear();
    m_eventText.clear();
    m_eventBytes = 0;
    m_eventPosition = {};
    m_lastEnd = {1, 0};
    m_lastWasText = false;

    QXmlStreamReader& xml = *m_xml;
    for (;;) {
        const QXmlStreamReader::TokenType token = readToken();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() != u"log") {
                // QXmlStreamReader skips the whitespace before the root element without a
                // token, so where its tag starts is unknown: this is where the tag ends.
                throw Error(
                    Location(m_path, xml.lineNumber(), xml.columnNumber()),
                    Text::tr("expected an XES <log> element, found <%1>").arg(xml.qualifiedName()));
            }
            m_frames.push_back({Frame::Log, 0});
            notePosition(token);
            return;
        }
        notePosition(token);
    }
}

// Every token goes through here: the input guard counts the next one's bytes from here,
// and the depth is checked.
QXmlStreamReader::TokenType XesReader::readToken()
{
    const QXmlStreamReader::TokenType token = m_xml->readNext();
    m_guard->startToken();
    if (token == QXmlStreamReader::Invalid)
        throwReadError();
    if (token == QXmlStreamReader::StartElement && ++m_depth > MaxDepth) {
        const Position at = elementStart();
        throw Error(
            Location(m_path, at.line, at.column),
            Text::tr("expected elements nested at most %1 deep, found deeper").arg(MaxDepth));
    }
    if (token == QXmlStreamReader::EndElement)
        --m_depth;
    return token;
}

// Reads past the current element and all it holds, token by token (skipCurrentElement()
// would read them where the guard and the depth check cannot see them).
void XesReader::skipElement()
{
    notePosition(QXmlStreamReader::StartElement);
    for (int open = 1; open > 0;) {
        const QXmlStreamReader::TokenType token = readToken();
        if (token == QXmlStreamReader::StartElement)
            ++open;
        else if (token == QXmlStreamReader::EndElement)
            --open;
        notePosition(token);
    }
}

void XesReader::notePosition(int token)
{
    m_lastEnd = {m_xml->lineNumber(), m_xml->columnNumber()};
    m_lastWasText = token == QXmlStreamReader::Characters && !m_xml->isCDATA();
}

// QXmlStreamReader gives where a token ends, not where it starts. An element starts where
// the token before it ended, except after character data, which has already read the '<'.
XesReader::Position XesReader::elementStart() const
{
    return {m_lastEnd.line, m_lastWasText ? m_lastEnd.column : m_lastEnd.column + 1};
}

bool XesReader::next()
{
    if (!m_xml || !readEvent()) {
        m_fields.assign(m_fields.size(), {});
        m_extras.clear();
        return false;
    }
    buildRecord();
    return true;
}

// Reads up to the end of the next event. False at the end of the document.
bool XesReader::readEvent()
{
    m_eventAttributes.clear();
    m_eventText.clear();
    m_eventBytes = 0;
    if (m_atEnd)
        return false;
    for (;;) {
        const QXmlStreamReader::TokenType token = readToken();
        switch (token) {
        case QXmlStreamReader::StartElement:
            startElement();
            break;
        case QXmlStreamReader::EndElement: {
            const Frame kind = m_frames.back().kind;
            m_frames.pop_back();
            // An event's keys have no prefix, so going back to its trace writes "case:" again.
            if (!m_frames.empty() && m_frames.back().kind == Frame::Trace)
                m_keyPrefix.assign("case:");
            else if (!m_frames.empty())
                m_keyPrefix.resize(m_frames.back().prefixLength);
            if (kind == Frame::Event) {
                // Attributes after the events of a trace (the standard puts them first)
                // still belong to the trace, and to the events that follow.
                m_inTrace = !m_frames.empty() && m_frames.back().kind == Frame::Trace;
                notePosition(token);
                return true;
            }
            if (kind == Frame::Trace) {
                m_inTrace = false;
                m_traceAttributes.clear();
                m_traceText.clear();
                m_traceBytes = 0;
            }
            break;
        }
        case QXmlStreamReader::EndDocument:
            notePosition(token);
            drain();
            m_atEnd = true;
            return false;
        default:
            break;
        }
        notePosition(token);
    }
}

void XesReader::startElement()
{
    QXmlStreamReader& xml = *m_xml;
    const QStringView name = xml.name();
    const Frame parent = m_frames.back().kind;
    if (name == u"event" && (parent == Frame::Log || parent == Frame::Trace)) {
        m_eventPosition = elementStart();
        m_frames.push_back({Frame::Event, 0});
        m_keyPrefix.clear();
        m_inTrace = false;
        return;
    }
    if (parent == Frame::Log) {
        if (name == u"trace") {
            m_keyPrefix.assign("case:");
            m_frames.push_back({Frame::Trace, m_keyPrefix.size()});
            m_inTrace = true;
            m_traceAttributes.clear();
            m_traceText.clear();
            m_traceBytes = 0;
            return;
        }
        // <extension>, <global> (default values), <classifier> and the log's own attributes
        // describe the log, not its events: they are read past and give no fields.
        skipElement();
        return;
    }
    if (parent == Frame::List && name == u"values") {
        m_frames.push_back({Frame::Values, m_keyPrefix.size()});
        return;
    }
    const Kind kind = attributeKind(name);
    if (kind == Kind::None) {
        // Not XES (another namespace's extension, say): nothing to read in it.
        skipElement();
        return;
    }
    readAttributeElement(fieldTypeOf(kind), kind == Kind::List);
}

void XesReader::readAttributeElement(FieldType type, bool isList)
{
    QXmlStreamReader& xml = *m_xml;
    const Position at = elementStart();
    const QXmlStreamAttributes attributes = xml.attributes();
    QStringView key;
    QStringView value;
    bool hasKey = false;
    bool hasValue = false;
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (!attribute.namespaceUri().isEmpty())
            continue;
        if (attribute.name() == u"key") {
            key = attribute.value();
            hasKey = true;
        } else if (attribute.name() == u"value") {
            value = attribute.value();
            hasValue = true;
        }
    }

    FrameState& parent = m_frames.back();
    m_key.assign(m_keyPrefix);
    if (parent.kind == Frame::Values) {
        // List items are known by their place; their keys, if any, mean nothing.
        const std::string index = std::to_string(parent.nextItem++);
        m_key += index;
    } else if (hasKey && !key.isEmpty()) {
        appendUtf8(m_key, key);
    } else {
        throw Error(Location(m_path, at.line, at.column),
                    Text::tr("the <%1> attribute element has no key").arg(xml.qualifiedName()));
    }

    if (!isList) {
        if (!hasValue) {
            const QString fullKey = QString::fromStdString(m_key);
            throw Error(Location(m_path, at.line, at.column, fullKey),
                        Text::tr("the <%1> attribute element \"%2\" has no value")
                            .arg(xml.qualifiedName(), hasKey ? key.toString() : fullKey));
        }
        std::vector<Attribute>& scope = m_inTrace ? m_traceAttributes : m_eventAttributes;
        std::string& text = m_inTrace ? m_traceText : m_eventText;
        if (m_traceAttributes.size() + m_eventAttributes.size() == MaxFields) {
            throw Error(Location(m_path, at.line, at.column, QString::fromStdString(m_key)),
                        Text::tr("expected at most %1 attributes for an event and its trace, "
                                 "found more")
                            .arg(MaxFields));
        }
        Attribute attribute;
        attribute.type = type;
        attribute.line = at.line;
        attribute.column1 = at.column;
        if (const int* column = m_columnIndex.find(m_key)) {
            attribute.column = *column;
        } else {
            attribute.nameOffset = text.size();
            attribute.nameSize = m_key.size();
            text += m_key;
        }
        attribute.valueOffset = text.size();
        appendUtf8(text, value);
        attribute.valueSize = text.size() - attribute.valueOffset;
        scope.push_back(attribute);
        // Keys count too: nested attributes repeat their parents' keys.
        (m_inTrace ? m_traceBytes : m_eventBytes) += m_key.size() + attribute.valueSize;
        if (m_traceBytes + m_eventBytes > MaxRecordBytes) {
            throw Error(Location(m_path, at.line, at.column, QString::fromStdString(m_key)),
                        Text::tr("expected the keys and values of an event's attributes, with "
                                 "its trace's, to take at most %1 MiB, found more")
                            .arg(MaxRecordBytes >> 20));
        }
    }
    // Children are nested attributes (or a list's <values>): keys under this one.
    m_keyPrefix.assign(m_key);
    m_keyPrefix += '.';
    m_frames.push_back({isList ? Frame::List : Frame::Attribute, m_keyPrefix.size()});
}

void XesReader::buildRecord()
{
    const std::size_t count = std::size_t(m_columns.size());
    m_fields.assign(count, {});
    m_types.assign(count, FieldType::Text);
    m_fieldPositions.assign(count, {});
    m_extras.clear();
    // Trace first: an event attribute that lands on the same key wins.
    apply(m_traceAttributes, m_traceText);
    apply(m_eventAttributes, m_eventText);
    m_extras.finish();
}

void XesReader::apply(const std::vector<Attribute>& attributes, const std::string& text)
{
    for (const Attribute& attribute : attributes) {
        const std::string_view value(text.data() + attribute.valueOffset, attribute.valueSize);
        if (attribute.column >= 0) {
            const auto column = std::size_t(attribute.column);
            m_fields[column] = value;
            m_types[column] = attribute.type;
            m_fieldPositions[column] = {attribute.line, attribute.column1};
            continue;
        }
        const std::string_view name(text.data() + attribute.nameOffset, attribute.nameSize);
        m_extras.set(name, value, attribute.type);
    }
}

FieldType XesReader::fieldType(int column) const
{
    if (column < 0 || std::size_t(column) >= m_types.size())
        return FieldType::Text;
    return m_types[std::size_t(column)];
}

Location XesReader::location(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return Location(m_path, m_eventPosition.line, m_eventPosition.column);
    const QString& key = m_columns[column];
    if (std::size_t(column) < m_fieldPositions.size()) {
        const Position& at = m_fieldPositions[std::size_t(column)];
        if (at.line > 0)
            return Location(m_path, at.line, at.column, key);
    }
    return Location(m_path, m_eventPosition.line, m_eventPosition.column, key);
}

qint64 XesReader::bytesRead() const
{
    return m_file ? m_file->compressedBytesRead() : 0;
}

qint64 XesReader::fileSize() const
{
    return m_file ? m_file->fileSize() : 0;
}

bool XesReader::isCompressed() const
{
    return m_file && m_file->isCompressed();
}

Location XesReader::parserLocation() const
{
    // Column 0 means nothing of the line has been read: the problem is at its first column.
    return Location(m_path, m_xml->lineNumber(), std::max<qint64>(m_xml->columnNumber(), 1));
}

void XesReader::throwReadError()
{
    // The guard stopped the input: the parser met the end where the token at fault starts,
    // just after the last token it returned. A token cut for its size may also end inside a
    // character; any other error came before the guard's cut.
    const XmlInputGuard::Limit limit = m_guard->limitHit();
    if (limit == XmlInputGuard::Limit::TokenBytes ||
        (limit != XmlInputGuard::Limit::None &&
         m_xml->error() == QXmlStreamReader::PrematureEndOfDocumentError)) {
        const Position at = elementStart();
        const Location where(m_path, at.line, at.column);
        switch (limit) {
        case XmlInputGuard::Limit::TokenBytes:
            throw Error(where, Text::tr("expected an element, text or comment of at most %1 MiB, "
                                        "found a longer one")
                                   .arg(XmlInputGuard::MaxTokenBytes >> 20));
        case XmlInputGuard::Limit::Attributes:
            throw Error(where, Text::tr("expected at most %1 attributes on an element, found more")
                                   .arg(XmlInputGuard::MaxAttributes));
        case XmlInputGuard::Limit::Declarations:
            throw Error(where, Text::tr("expected a DOCTYPE without declarations (an XES log "
                                        "needs none), found one with an internal subset"));
        case XmlInputGuard::Limit::None:
            break;
        }
    }
    const Location where = parserLocation();
    // A gzip or read failure shows as a premature end to the XML parser; say the real cause.
    // Damaged gzip data can also inflate to garbage before zlib notices (the CRC comes at the
    // end): read on to see whether the compressed data is sound before blaming the XML.
    if (m_file->isCompressed() && !m_file->hasError()) {
        char buffer[16384];
        while (m_file->read(buffer, sizeof buffer) > 0) {
        }
    }
    if (m_file->hasError())
        throw Error(where, m_file->errorString());
    throw Error(where, m_xml->errorString());
}

// The XML ends at </log>; the file may have more (whitespace, the gzip trailer). Reading it
// all checks the gzip CRC and gives the hash sink the whole file.
void XesReader::drain()
{
    char buffer[16384];
    qint64 n = 0;
    while ((n = m_file->read(buffer, sizeof buffer)) > 0) {
    }
    if (n < 0 || m_file->hasError()) {
        throw Error(parserLocation(), m_file->errorString());
    }
}

bool XesReader::looksLikeXes(const QString& path)
{
    GzipFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    QByteArray head(SniffBytes, Qt::Uninitialized);
    qint64 got = 0;
    while (got < SniffBytes) {
        const qint64 n = file.read(head.data() + got, SniffBytes - got);
        if (n <= 0)
            break;
        got += n;
    }
    head.truncate(qsizetype(got));

    QXmlStreamReader xml(head);
    bool inRoot = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid)
            return false; // not XML, or the first KiB ends before the root's first child
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!inRoot) {
            if (xml.name() != u"log")
                return false;
            if (isXesNamespace(xml.namespaceUri()) ||
                xml.attributes().hasAttribute(QLatin1String("xes.version")))
                return true;
            inRoot = true;
            continue;
        }
        const QStringView child = xml.name();
        return attributeKind(child) != Kind::None || child == u"extension" || child == u"global" ||
               child == u"classifier" || child == u"trace";
    }
    return false;
}

} // namespace journeyscope
