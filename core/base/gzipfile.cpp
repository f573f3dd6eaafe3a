#include "core/base/gzipfile.h"

#include "core/base/sha256.h"

#include <algorithm>
#include <cstring>
#include <QCoreApplication>
#include <zlib.h>

namespace journeyscope {

namespace {

constexpr std::size_t InputBytes = std::size_t(64) << 10;
constexpr std::size_t OutputBytes = std::size_t(64) << 10;
// zlib counts in uInt; stay well inside it.
constexpr qint64 MaxZlibChunk = qint64(1) << 30;

QString zlibMessage(const z_stream& stream, int code)
{
    if (stream.msg)
        return QString::fromUtf8(stream.msg);
    return QString::fromUtf8(zError(code));
}

} // namespace

struct GzipFile::Inflater
{
    z_stream stream{};
    bool initialised = false;

    ~Inflater()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

GzipFile::GzipFile(QString path, QObject* parent)
    : QIODevice(parent)
    , m_path(std::move(path))
{}

GzipFile::~GzipFile() = default;

bool GzipFile::open(OpenMode mode)
{
    if (isOpen())
        close();
    if ((mode & WriteOnly) || !(mode & ReadOnly) || (mode & (Append | Truncate | NewOnly))) {
        setErrorString(QCoreApplication::translate("journeyscope::GzipFile",
                                                   "a gzip file can only be opened for reading"));
        return false;
    }
    m_inflater.reset();
    m_input.assign(InputBytes, 0);
    m_inputBegin = m_inputEnd = 0;
    m_rawRead = 0;
    m_compressed = m_fileAtEnd = m_memberEnded = m_finished = false;
    m_failed = m_failurePending = false;

    m_file.setFileName(m_path);
    // Unbuffered: we read big blocks into our own buffer, QFile's would only add a copy.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(
            QCoreApplication::translate("journeyscope::GzipFile", "cannot open the file: %1")
                .arg(m_file.errorString()));
        return false;
    }
    m_fileSize = m_file.size();
    // Two bytes decide, but a short first read must not: read until two or the end.
    while (m_inputEnd < 2 && !m_fileAtEnd) {
        if (!fillInput()) {
            m_file.close();
            return false;
        }
    }
    m_compressed = m_inputEnd >= 2 && static_cast<unsigned char>(m_input[0]) == 0x1f &&
                   static_cast<unsigned char>(m_input[1]) == 0x8b;
    if (m_compressed) {
        m_inflater = std::make_unique<Inflater>();
        z_stream& z = m_inflater->stream;
        // 15 + 32: a 32 KiB window and automatic gzip/zlib header detection.
        const int result = inflateInit2(&z, 15 + 32);
        if (result != Z_OK) {
            setErrorString(
                QCoreApplication::translate("journeyscope::GzipFile", "cannot start zlib: %1")
                    .arg(zlibMessage(z, result)));
            m_inflater.reset();
            m_file.close();
            return false;
        }
        m_inflater->initialised = true;
        z.next_in = reinterpret_cast<Bytef*>(m_input.data());
        z.avail_in = uInt(m_inputEnd);
    }
    return QIODevice::open(mode);
}

void GzipFile::close()
{
    QIODevice::close();
    m_file.close();
    m_inflater.reset();
    m_input = std::vector<char>();
    m_inputBegin = m_inputEnd = 0;
}

bool GzipFile::atEnd() const
{
    return !isOpen() || (m_finished && QIODevice::bytesAvailable() == 0);
}

qint64 GzipFile::writeData(const char* data, qint64 size)
{
    Q_UNUSED(data);
    Q_UNUSED(size);
    return -1;
}

void GzipFile::fail(const QString& message)
{
    m_failed = true;
    setErrorString(message);
}

// Appends the next raw block to m_input (after m_inputEnd) and to the hash sink.
bool GzipFile::fillInput()
{
    const qint64 n = m_file.read(m_input.data() + m_inputEnd, qint64(m_input.size() - m_inputEnd));
    if (n < 0) {
        fail(QCoreApplication::translate("journeyscope::GzipFile", "cannot read the file: %1")
                 .arg(m_file.errorString()));
        return false;
    }
    if (n == 0) {
        m_fileAtEnd = true;
        return true;
    }
    if (m_hashSink)
        m_hashSink->addData(m_input.data() + m_inputEnd, std::size_t(n));
    m_inputEnd += std::size_t(n);
    m_rawRead += n;
    return true;
}

qint64 GzipFile::readData(char* data, qint64 maxSize)
{
    if (m_failurePending) {
        m_failurePending = false;
        return -1;
    }
    if (m_failed)
        return -1;
    if (m_finished || maxSize <= 0)
        return 0;
    return m_compressed ? readCompressed(data, maxSize) : readPlain(data, maxSize);
}

qint64 GzipFile::readPlain(char* data, qint64 maxSize)
{
    if (m_inputBegin < m_inputEnd) {
        const std::size_t n = std::min(std::size_t(maxSize), m_inputEnd - m_inputBegin);
        std::memcpy(data, m_input.data() + m_inputBegin, n);
        m_inputBegin += n;
        return qint64(n);
    }
    if (m_fileAtEnd) {
        m_finished = true;
        return 0;
    }
    // Straight into the caller's buffer: no copy through m_input.
    const qint64 n = m_file.read(data, maxSize);
    if (n < 0) {
        fail(QCoreApplication::translate("journeyscope::GzipFile", "cannot read the file: %1")
                 .arg(m_file.errorString()));
        return -1;
    }
    if (n == 0) {
        m_fileAtEnd = m_finished = true;
        return 0;
    }
    if (m_hashSink)
        m_hashSink->addData(data, std::size_t(n));
    m_rawRead += n;
    return n;
}

qint64 GzipFile::readCompressed(char* data, qint64 maxSize)
{
    z_stream& z = m_inflater->stream;
    z.next_out = reinterpret_cast<Bytef*>(data);
    z.avail_out = uInt(std::min(maxSize, MaxZlibChunk));
    const uInt wanted = z.avail_out;

    const auto produced = [&] { return qint64(wanted - z.avail_out); };
    // Hands out what was inflated before a failure now, the failure at the next call.
    const auto failed = [&](const QString& message) -> qint64 {
        fail(message);
        if (produced() > 0) {
            m_failurePending = true;
            return produced();
        }
        return -1;
    };
    const auto offset = [&] { return m_rawRead - qint64(z.avail_in); };

    // Returns as soon as something was inflated: readers must not wait for a full buffer.
    while (z.avail_out > 0 && produced() == 0) {
        if (z.avail_in == 0) {
            if (!m_fileAtEnd) {
                m_inputEnd = 0;
                if (!fillInput())
                    return failed(errorString());
                z.next_in = reinterpret_cast<Bytef*>(m_input.data());
                z.avail_in = uInt(m_inputEnd);
                continue;
            }
            if (m_memberEnded) {
                m_finished = true;
                break;
            }
            // Not the end yet: zlib may hold bits it has read but not acted on for want of
            // room to write (it checks a match's distance only when it can copy it).
        }
        if (m_memberEnded) {
            // More bytes after a member: the next member of a concatenated file.
            inflateReset(&z);
            m_memberEnded = false;
        }
        const int result = inflate(&z, Z_NO_FLUSH);
        if (result == Z_STREAM_END) {
            m_memberEnded = true;
        } else if (result == Z_BUF_ERROR && z.avail_in == 0 && m_fileAtEnd) {
            // No progress with all the input given: the data stops inside the stream.
            return failed(QCoreApplication::translate(
                              "journeyscope::GzipFile",
                              "the gzip data ends early, at byte offset %1: unexpected end of "
                              "file (is the file truncated?)")
                              .arg(offset()));
        } else if (result != Z_OK && result != Z_BUF_ERROR) {
            // Z_BUF_ERROR only means "give me more input", handled at the top of the loop.
            return failed(
                QCoreApplication::translate("journeyscope::GzipFile",
                                            "the gzip data is corrupt at byte offset %1: %2")
                    .arg(offset())
                    .arg(zlibMessage(z, result)));
        }
    }
    return produced();
}

// ---------------------------------------------------------------------------------------

struct GzipWriter::Deflater
{
    z_stream stream{};
    bool initialised = false;

    ~Deflater()
    {
        if (initialised)
            deflateEnd(&stream);
    }
};

GzipWriter::GzipWriter(QIODevice& target, int level, QObject* parent)
    : QIODevice(parent)
    , m_target(target)
    , m_level(std::clamp(level, 0, 9))
{}

GzipWriter::~GzipWriter()
{
    if (isOpen())
        close();
}

bool GzipWriter::open(OpenMode mode)
{
    if (isOpen())
        close();
    if ((mode & ReadOnly) || !(mode & WriteOnly)) {
        setErrorString(QCoreApplication::translate("journeyscope::GzipWriter",
                                                   "a gzip stream can only be opened for writing"));
        return false;
    }
    if (!m_target.isWritable()) {
        setErrorString(QCoreApplication::translate("journeyscope::GzipWriter",
                                                   "the target device is not open for writing"));
        return false;
    }
    m_deflater = std::make_unique<Deflater>();
    z_stream& z = m_deflater->stream;
    // 15 + 16: a 32 KiB window and a gzip (not zlib) header and trailer.
    const int result = deflateInit2(&z, m_level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    if (result != Z_OK) {
        setErrorString(
            QCoreApplication::translate("journeyscope::GzipWriter", "cannot start zlib: %1")
                .arg(zlibMessage(z, result)));
        m_deflater.reset();
        return false;
    }
    m_deflater->initialised = true;
    m_output.assign(OutputBytes, 0);
    m_written = 0;
    m_finished = m_failed = false;
    return QIODevice::open(mode | Unbuffered);
}

void GzipWriter::close()
{
    if (isOpen() && !m_finished)
        finish();
    QIODevice::close();
    m_deflater.reset();
    m_output = std::vector<char>();
}

qint64 GzipWriter::readData(char* data, qint64 maxSize)
{
    Q_UNUSED(data);
    Q_UNUSED(maxSize);
    return -1;
}

bool GzipWriter::writeOutput(std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const qint64 n = m_target.write(m_output.data() + done, qint64(size - done));
        if (n <= 0) {
            m_failed = true;
            setErrorString(QCoreApplication::translate("journeyscope::GzipWriter",
                                                       "cannot write the compressed data: %1")
                               .arg(m_target.errorString()));
            return false;
        }
        done += std::size_t(n);
        m_written += n;
    }
    return true;
}

bool GzipWriter::deflateInput(const char* data, std::size_t size, int flush)
{
    z_stream& z = m_deflater->stream;
    // zlib does not write through next_in; the cast only satisfies its old API.
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    z.avail_in = uInt(size);
    for (;;) {
        z.next_out = reinterpret_cast<Bytef*>(m_output.data());
        z.avail_out = uInt(m_output.size());
        const int result = deflate(&z, flush);
        if (result == Z_STREAM_ERROR) {
            m_failed = true;
            setErrorString(
                QCoreApplication::translate("journeyscope::GzipWriter", "zlib failed: %1")
                    .arg(zlibMessage(z, result)));
            return false;
        }
        const std::size_t have = m_output.size() - z.avail_out;
        if (have > 0 && !writeOutput(have))
            return false;
        if (flush == Z_FINISH ? result == Z_STREAM_END : (z.avail_in == 0 && z.avail_out > 0))
            return true;
    }
}

qint64 GzipWriter::writeData(const char* data, qint64 size)
{
    if (m_failed || m_finished || !m_deflater)
        return -1;
    qint64 done = 0;
    while (done < size) {
        const qint64 chunk = std::min(size - done, MaxZlibChunk);
        if (!deflateInput(data + done, std::size_t(chunk), Z_NO_FLUSH))
            return -1;
        done += chunk;
    }
    return size;
}

bool GzipWriter::finish()
{
    if (m_finished)
        return !m_failed;
    if (!m_deflater || m_failed) {
        m_finished = true;
        return false;
    }
    m_finished = true;
    return deflateInput(nullptr, 0, Z_FINISH);
}

} // namespace journeyscope
