#include "core/ingest/xmlinputguard.h"

#include <algorithm>

namespace journeyscope {

XmlInputGuard::XmlInputGuard(QIODevice& source, QObject* parent)
    : QIODevice(parent)
    , m_source(source)
{}

bool XmlInputGuard::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !(mode & ReadOnly))
        return false;
    // Unbuffered: a buffer of QIODevice's own would read ahead of the parser.
    return QIODevice::open(mode | Unbuffered);
}

qint64 XmlInputGuard::writeData(const char* data, qint64 size)
{
    Q_UNUSED(data);
    Q_UNUSED(size);
    return -1;
}

qint64 XmlInputGuard::readData(char* data, qint64 maxSize)
{
    if (m_limit != Limit::None)
        return -1;
    const qint64 budget = MaxTokenBytes - (m_delivered - m_tokenStart);
    if (budget <= 0) {
        m_limit = Limit::TokenBytes;
        return -1;
    }
    const qint64 n = m_source.read(data, std::min(maxSize, budget));
    if (n <= 0)
        return n; // the end, or the source's error
    qint64 accepted = 0;
    while (accepted < n && follow(data[accepted]))
        ++accepted;
    m_delivered += accepted;
    // The parser gets the bytes before the limit, the failure at its next read.
    return accepted > 0 || m_limit == Limit::None ? accepted : -1;
}

// XML's autodetection (Extensible Markup Language 1.0, appendix F): a byte-order mark, or
// '<' written in the encoding's code units.
void XmlInputGuard::chooseUnit()
{
    const auto b = [this](int i) { return static_cast<unsigned char>(m_head[i]); };
    const bool utf32be =
        b(0) == 0 && b(1) == 0 && ((b(2) == 0xFE && b(3) == 0xFF) || (b(2) == 0 && b(3) == 0x3C));
    const bool utf32le =
        b(2) == 0 && b(3) == 0 && ((b(0) == 0xFF && b(1) == 0xFE) || (b(0) == 0x3C && b(1) == 0));
    if (utf32be || utf32le) {
        m_unitBytes = 4;
        m_bigEndian = utf32be;
    } else if ((b(0) == 0xFE && b(1) == 0xFF) || (b(0) == 0 && b(1) == 0x3C)) {
        m_unitBytes = 2;
        m_bigEndian = true;
    } else if ((b(0) == 0xFF && b(1) == 0xFE) || (b(0) == 0x3C && b(1) == 0)) {
        m_unitBytes = 2;
        m_bigEndian = false;
    } else {
        m_unitBytes = 1; // UTF-8, or another encoding that writes ASCII as ASCII
    }
}

bool XmlInputGuard::follow(char byte)
{
    if (m_unitBytes == 0) {
        // The first four bytes decide the code unit; until then they wait.
        m_head[m_headBytes++] = byte;
        if (m_headBytes < 4)
            return true;
        chooseUnit();
        bool within = true;
        for (const char head : m_head)
            within = within && followUnitByte(head);
        return within;
    }
    return followUnitByte(byte);
}

bool XmlInputGuard::followUnitByte(char byte)
{
    const auto value = char32_t(static_cast<unsigned char>(byte));
    m_partial =
        m_bigEndian ? (m_partial << 8) | value : m_partial | (value << (8 * m_partialBytes));
    if (++m_partialBytes < m_unitBytes)
        return true;
    const char32_t unit = m_partial;
    m_partial = 0;
    m_partialBytes = 0;
    return step(unit);
}

// Only ASCII units matter; every other unit (a byte of a UTF-8 sequence, a character outside
// ASCII) is content.
bool XmlInputGuard::step(char32_t unit)
{
    switch (m_state) {
    case State::Text:
        if (unit == '<')
            m_state = State::Open;
        return true;
    case State::Open:
        if (unit == '/') {
            m_state = State::EndTag;
        } else if (unit == '?') {
            m_state = State::Pi;
            m_previous = 0;
        } else if (unit == '!') {
            m_state = State::Bang;
        } else {
            m_state = State::StartTag; // the first character of the element's name
            m_attributes = 0;
        }
        return true;
    case State::StartTag:
        if (unit == '"' || unit == '\'') {
            m_quote = unit;
            m_state = State::Value;
        } else if (unit == '=') {
            if (++m_attributes > MaxAttributes) {
                m_limit = Limit::Attributes;
                return false;
            }
        } else if (unit == '>') {
            m_state = State::Text;
        }
        return true;
    case State::Value:
        if (unit == m_quote)
            m_state = State::StartTag;
        return true;
    case State::EndTag:
        if (unit == '>')
            m_state = State::Text;
        return true;
    case State::Bang:
        m_closers = 0;
        m_state = unit == '-' ? State::Comment : unit == '[' ? State::CData : State::Doctype;
        return true;
    case State::Comment:
    case State::CData: {
        if (unit == '>' && m_closers >= 2) {
            m_state = State::Text;
            return true;
        }
        const char32_t closer = m_state == State::Comment ? '-' : ']';
        m_closers = unit == closer ? m_closers + 1 : 0;
        return true;
    }
    case State::Doctype:
        if (unit == '"' || unit == '\'') {
            m_quote = unit;
            m_state = State::DoctypeQuote;
        } else if (unit == '[') {
            m_limit = Limit::Declarations;
            return false;
        } else if (unit == '>') {
            m_state = State::Text;
        }
        return true;
    case State::DoctypeQuote:
        if (unit == m_quote)
            m_state = State::Doctype;
        return true;
    case State::Pi:
        if (unit == '>' && m_previous == '?')
            m_state = State::Text;
        m_previous = unit;
        return true;
    }
    return true;
}

} // namespace journeyscope
