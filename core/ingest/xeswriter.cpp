#include "core/ingest/xeswriter.h"

#include "core/ingest/fieldparsers.h"

#include <algorithm>
#include <QCoreApplication>
#include <QIODevice>

namespace journeyscope {

namespace {

constexpr std::size_t FlushBytes = std::size_t(256) << 10;

const char* elementName(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return "int";
    case FieldType::Float:
        return "float";
    case FieldType::Boolean:
        return "boolean";
    case FieldType::Date:
        return "date";
    case FieldType::Text:
        break;
    }
    return "string";
}

constexpr char32_t Replacement = 0xFFFD;

} // namespace

XesWriter::XesWriter(QIODevice& out)
    : m_out(out)
{
    m_buffer.reserve(FlushBytes + (std::size_t(64) << 10));
}

// What is still buffered is lost without endLog() or flush(): a destructor cannot report a
// failed write, and half a log is no log.
XesWriter::~XesWriter() = default;

void XesWriter::appendEscaped(std::string& out, QStringView text)
{
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p != end) {
        // Runs of printable ASCII that need no escaping go in one piece.
        const char16_t* const run = p;
        while (p != end && *p >= 0x20 && *p < 0x80 && *p != u'&' && *p != u'<' && *p != u'>' &&
               *p != u'"')
            ++p;
        if (p != run) {
            const std::size_t start = out.size();
            out.resize(start + std::size_t(p - run));
            std::transform(run, p, out.data() + start, [](char16_t c) { return char(c); });
            if (p == end)
                break;
        }
        const char16_t c = *p++;
        if (c >= 0x80) {
            char32_t code = c;
            if (QChar::isHighSurrogate(c)) {
                if (p != end && QChar::isLowSurrogate(*p))
                    code = QChar::surrogateToUcs4(c, *p++);
                else
                    code = Replacement;
            } else if (QChar::isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                code = Replacement;
            }
            appendUtf8(out, code);
            continue;
        }
        switch (c) {
        case u'&':
            out += "&amp;";
            break;
        case u'<':
            out += "&lt;";
            break;
        case u'>':
            out += "&gt;";
            break;
        case u'"':
            out += "&quot;";
            break;
        // Literal tabs and line breaks would read back as spaces (attribute-value
        // normalisation); character references keep them.
        case u'\t':
            out += "&#9;";
            break;
        case u'\n':
            out += "&#10;";
            break;
        case u'\r':
            out += "&#13;";
            break;
        default:
            if (c < 0x20)
                appendUtf8(out, Replacement); // not even a reference is allowed in XML 1.0
            else
                out += char(c);
        }
    }
}

void XesWriter::beginLog(const QList<XesAttribute>& logAttributes)
{
    Q_ASSERT(!m_inLog);
    m_inLog = true;
    m_buffer += "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                "<log xes.version=\"1849-2016\" xmlns=\"http://www.xes-standard.org/\">\n"
                "\t<extension name=\"Concept\" prefix=\"concept\" "
                "uri=\"http://www.xes-standard.org/concept.xesext\"/>\n"
                "\t<extension name=\"Time\" prefix=\"time\" "
                "uri=\"http://www.xes-standard.org/time.xesext\"/>\n"
                "\t<extension name=\"Lifecycle\" prefix=\"lifecycle\" "
                "uri=\"http://www.xes-standard.org/lifecycle.xesext\"/>\n"
                "\t<extension name=\"Organizational\" prefix=\"org\" "
                "uri=\"http://www.xes-standard.org/org.xesext\"/>\n";
    writeAttributes(logAttributes, "\t");
    flushIfFull();
}

void XesWriter::beginTrace(const QList<XesAttribute>& traceAttributes)
{
    Q_ASSERT(m_inLog && !m_inTrace);
    m_inTrace = true;
    m_buffer += "\t<trace>\n";
    writeAttributes(traceAttributes, "\t\t");
    flushIfFull();
}

void XesWriter::event(const QList<XesAttribute>& attributes)
{
    Q_ASSERT(m_inTrace);
    m_buffer += "\t\t<event>\n";
    writeAttributes(attributes, "\t\t\t");
    m_buffer += "\t\t</event>\n";
    flushIfFull();
}

void XesWriter::endTrace()
{
    Q_ASSERT(m_inTrace);
    m_inTrace = false;
    m_buffer += "\t</trace>\n";
    flushIfFull();
}

void XesWriter::endLog()
{
    Q_ASSERT(m_inLog && !m_inTrace);
    m_inLog = false;
    m_buffer += "</log>\n";
    flush();
}

void XesWriter::writeAttributes(const QList<XesAttribute>& attributes, const char* indent)
{
    for (const XesAttribute& attribute : attributes) {
        const char* const element = elementName(attribute.type);
        m_buffer += indent;
        m_buffer += '<';
        m_buffer += element;
        m_buffer += " key=\"";
        appendEscaped(m_buffer, attribute.key);
        m_buffer += "\" value=\"";
        appendEscaped(m_buffer, attribute.value);
        m_buffer += "\"/>\n";
    }
}

void XesWriter::flushIfFull()
{
    if (m_buffer.size() >= FlushBytes)
        flush();
}

void XesWriter::flush()
{
    std::size_t done = 0;
    while (done < m_buffer.size()) {
        const qint64 n = m_out.write(m_buffer.data() + done, qint64(m_buffer.size() - done));
        if (n <= 0) {
            m_buffer.clear();
            throw Error(QCoreApplication::translate("journeyscope::XesWriter",
                                                    "cannot write the XES log: %1")
                            .arg(m_out.errorString()));
        }
        done += std::size_t(n);
    }
    m_buffer.clear();
}

} // namespace journeyscope
