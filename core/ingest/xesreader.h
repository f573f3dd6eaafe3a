#pragma once

#include "core/base/flatstringmap.h"
#include "core/ingest/extrafields.h"
#include "core/ingest/recordlimits.h"
#include "core/ingest/recordsource.h"

#include <memory>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>
#include <string>
#include <string_view>
#include <vector>

namespace journeyscope {

class GzipFile;
class Sha256;
class XmlInputGuard;

/**
 * XES event logs (IEEE 1849-2016), plain or gzipped, as records: one record per <event> of
 * a <trace>, in file order. A record's fields are the event's attributes under their keys
 * and its trace's attributes under "case:" + key (pm4py's convention: the trace's
 * concept:name is "case:concept:name"). Attributes typed <string>, <id>, <date>, <int>,
 * <float> and <boolean> give fields typed Text, Text, Date, Integer, Float and Boolean
 * whose text is the value as written. Nested attributes are flattened: a child of attribute
 * "a" is "a.child", the items of a <list> key="l" (in its <values>) are "l.0", "l.1", ...
 *
 * The log's own attributes, <extension>, <global> defaults and <classifier> are read past:
 * they give no fields. Trace attributes written after some of the trace's events (the
 * standard puts them first) apply to the events after them. Elements XES does not define
 * are skipped with their content.
 *
 * Streaming: memory stays flat whatever the size of the file. columns() are the keys met in
 * the first ColumnSampleEvents events (trace keys first, then event keys, each in order of
 * first appearance), up to MaxFields keys of MaxRecordBytes in all, read by open() in a
 * first pass; keys first met later come as extraFields().
 *
 * Errors throw Error with the file, line and column: XML that is not well-formed (the XML
 * parser's message and place), a root element other than <log>, an attribute element
 * without a key or a value, corrupt or truncated gzip data, an unreadable file. So do the
 * limits that keep memory and time bounded whatever the file: a token (tag, text, comment)
 * longer than XmlInputGuard::MaxTokenBytes, an element with more than
 * XmlInputGuard::MaxAttributes XML attributes, a DOCTYPE with declarations (no entity is
 * ever expanded), elements nested deeper than MaxDepth, an event with more than MaxFields
 * attributes or more than MaxRecordBytes of keys and values (its trace's included). Problems
 * among the first ColumnSampleEvents events are thrown by open(). Lines and columns are
 * 1-based; columns count UTF-16 code units, as QXmlStreamReader does (a character outside
 * the BMP counts two).
 */
class XesReader : public RecordSource
{
public:
    /// Events read by open() to learn the columns.
    static constexpr int ColumnSampleEvents = 1000;
    /// Deepest nesting of elements, the <log> element counting one.
    static constexpr int MaxDepth = 256;

    explicit XesReader(QString path);
    ~XesReader() override;

    void setHashSink(Sha256* sink) override { m_hashSink = sink; }
    void open() override;
    const QStringList& columns() const override { return m_columns; }
    bool next() override;
    const std::vector<std::string_view>& fields() const override { return m_fields; }
    FieldType fieldType(int column) const override;
    const std::vector<ExtraField>& extraFields() const override { return m_extras.fields(); }
    /// Where the attribute element of field \a column of the current record starts, with
    /// Location::field its key; for -1, or a field the record does not have, where the
    /// <event> element starts.
    Location location(int column) const override;
    const QString& path() const override { return m_path; }
    qint64 bytesRead() const override;
    qint64 fileSize() const override;

    /// True when the file is gzipped (known after open()).
    bool isCompressed() const;

    /// True when the first KiB of \a path (inflated if gzipped) starts an XES log: a root
    /// <log> element in the XES namespace or with an xes.version attribute, or, for writers
    /// that give neither, whose first child is an XES element (<extension>, <trace>, an
    /// attribute...).
    static bool looksLikeXes(const QString& path);

private:
    enum class Frame : quint8 { Log, Trace, Event, Attribute, List, Values };
    struct FrameState
    {
        Frame kind;
        std::size_t prefixLength; ///< m_keyPrefix's length inside this element
        int nextItem = 0;         ///< the index of the next list item (Values)
    };
    /// An attribute read from the file; its text is in the scope's text buffer.
    struct Attribute
    {
        int column = -1; ///< in m_columns, or -1: an extra field
        FieldType type = FieldType::Text;
        std::size_t nameOffset = 0; ///< the full key, for extra fields only
        std::size_t nameSize = 0;
        std::size_t valueOffset = 0;
        std::size_t valueSize = 0;
        qint64 line = 0;
        qint64 column1 = 0; ///< 1-based column of the element
    };
    struct Position
    {
        qint64 line = 0;
        qint64 column = 0;
    };

    void start(Sha256* sink);
    QXmlStreamReader::TokenType readToken();
    void skipElement();
    void learnColumns();
    bool readEvent();
    void startElement();
    void readAttributeElement(FieldType type, bool isList);
    void buildRecord();
    void apply(const std::vector<Attribute>& attributes, const std::string& text);
    Position elementStart() const;
    void notePosition(int token);
    Location parserLocation() const;
    [[noreturn]] void throwReadError();
    void drain();

    QString m_path;
    Sha256* m_hashSink = nullptr;
    std::unique_ptr<GzipFile> m_file;
    std::unique_ptr<XmlInputGuard> m_guard; ///< between m_file and m_xml
    std::unique_ptr<QXmlStreamReader> m_xml;
    bool m_atEnd = false;
    int m_depth = 0; ///< elements open, skipped ones included

    QStringList m_columns;
    FlatStringMap<int> m_columnIndex;

    std::vector<FrameState> m_frames;
    std::string m_keyPrefix; ///< key prefix of the current element ("case:a.")
    std::string m_key;       ///< scratch: the full key being read
    bool m_inTrace = false;  ///< attributes go to the trace, not the event
    std::vector<Attribute> m_traceAttributes;
    std::string m_traceText;
    std::size_t m_traceBytes = 0; ///< keys and values of m_traceAttributes
    std::vector<Attribute> m_eventAttributes;
    std::string m_eventText;
    std::size_t m_eventBytes = 0;
    Position m_eventPosition;
    Position m_lastEnd;         ///< where the last token ended (0-based column)
    bool m_lastWasText = false; ///< it was character data, which reads one '<' ahead

    std::vector<std::string_view> m_fields;
    std::vector<FieldType> m_types;
    std::vector<Position> m_fieldPositions;
    ExtraFields m_extras;
};

} // namespace journeyscope
