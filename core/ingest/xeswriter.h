#pragma once

#include "core/ingest/recordsource.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <string>

namespace journeyscope {

/// One attribute of a log, trace or event as XesWriter writes it.
struct XesAttribute
{
    QString key;
    /// Written as given: Date values formatted by the caller ("2012-10-09T14:50:17.000+00:00"),
    /// Boolean values "true" or "false".
    QString value;
    /// Text gives <string>, Integer <int>, Float <float>, Boolean <boolean>, Date <date>.
    FieldType type = FieldType::Text;
};

/**
 * Writes an XES log (IEEE 1849-2016) to a device, streaming: beginLog(), then for each
 * trace beginTrace(), event()..., endTrace(), and endLog(). Keys are written as given, so
 * flattened keys ("a.b") stay flat; nothing is nested again.
 *
 * Every key and value is escaped for XML: & < > " become entity references, and tab, line
 * feed and carriage return character references, so that they survive attribute-value
 * normalisation. Characters XML 1.0 cannot hold at all (the other C0 controls, U+FFFE,
 * U+FFFF, unpaired surrogates) are replaced by U+FFFD.
 *
 * Output goes through a buffer that is written to the device in large blocks. A failed
 * write throws Error with the device's message.
 */
class XesWriter
{
public:
    /// \a out must be open for writing and outlive the writer.
    explicit XesWriter(QIODevice& out);
    ~XesWriter();

    XesWriter(const XesWriter&) = delete;
    XesWriter& operator=(const XesWriter&) = delete;

    /// The XML declaration, <log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">,
    /// the Concept, Time, Lifecycle and Organizational extensions, then \a logAttributes.
    void beginLog(const QList<XesAttribute>& logAttributes = {});
    void beginTrace(const QList<XesAttribute>& traceAttributes);
    /// One event of the current trace.
    void event(const QList<XesAttribute>& attributes);
    void endTrace();
    /// Closes the log and writes everything still buffered to the device.
    void endLog();

    /// Writes the buffer to the device. Throws Error.
    void flush();

    /// Appends \a text to \a out as UTF-8 escaped for an XML attribute value (see above).
    static void appendEscaped(std::string& out, QStringView text);

private:
    void writeAttributes(const QList<XesAttribute>& attributes, const char* indent);
    void flushIfFull();

    QIODevice& m_out;
    std::string m_buffer;
    bool m_inLog = false;
    bool m_inTrace = false;
};

} // namespace journeyscope
