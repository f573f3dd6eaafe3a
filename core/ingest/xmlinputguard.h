#pragma once

#include <QIODevice>

namespace journeyscope {

/**
 * A read-only, sequential QIODevice between a source (the file, inflated) and
 * QXmlStreamReader that stops the input where the XML would make the parser use memory or
 * time without bound, which QXmlStreamReader itself does not limit:
 * - a token (an element's start tag, a run of text, a comment) longer than MaxTokenBytes:
 *   the parser holds a whole token in memory;
 * - a start tag with more than MaxAttributes attributes: the parser checks each attribute
 *   against all those before it, so a long tag would take hours;
 * - a DOCTYPE with declarations: entities are no use in a log, and default attributes
 *   declared there would reach every element.
 *
 * It reads the bytes as code units of the document's encoding (UTF-8 or another
 * ASCII-compatible one, UTF-16 or UTF-32 of either byte order) and follows the markup just
 * enough to count attributes. When a limit is hit, read() hands out the bytes before that
 * point and then fails (returns -1), so that the parser returns every token before the one
 * at fault and then stops; limitHit() says which limit it was.
 */
class XmlInputGuard : public QIODevice
{
public:
    static constexpr qint64 MaxTokenBytes = qint64(16) << 20;
    static constexpr int MaxAttributes = 256;

    enum class Limit { None, TokenBytes, Attributes, Declarations };

    /// \a source must be open for reading and outlive this device.
    explicit XmlInputGuard(QIODevice& source, QObject* parent = nullptr);

    /// \a mode must be ReadOnly (Unbuffered is added).
    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }

    /// The parser has just returned a token: the bytes read from now on count towards the
    /// next one.
    void startToken() { m_tokenStart = m_delivered; }
    Limit limitHit() const { return m_limit; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    enum class State : quint8 {
        Text,
        Open,     ///< after '<'
        StartTag, ///< in a start tag, outside attribute values
        Value,    ///< in an attribute value
        EndTag,
        Bang,    ///< after "<!"
        Comment, ///< after "<!-"
        CData,   ///< after "<!["
        Doctype,
        DoctypeQuote,
        Pi, ///< after "<?"
    };

    /// Follows one byte of the document; false when it goes past a limit.
    bool follow(char byte);
    bool followUnitByte(char byte);
    /// Picks the encoding's code unit from the document's first four bytes.
    void chooseUnit();
    /// Follows one code unit; false when it goes past a limit.
    bool step(char32_t unit);

    QIODevice& m_source;
    qint64 m_delivered = 0;  ///< bytes handed out so far
    qint64 m_tokenStart = 0; ///< m_delivered when the last token ended
    Limit m_limit = Limit::None;

    int m_unitBytes = 0; ///< 0 until chosen
    bool m_bigEndian = false;
    char32_t m_partial = 0; ///< the bytes of a code unit split between reads
    int m_partialBytes = 0;
    char m_head[4] = {};
    int m_headBytes = 0;

    State m_state = State::Text;
    char32_t m_quote = 0;
    int m_attributes = 0;
    int m_closers = 0; ///< '-' of a comment's "-->", ']' of a CDATA section's "]]>" so far
    char32_t m_previous = 0;
};

} // namespace journeyscope
