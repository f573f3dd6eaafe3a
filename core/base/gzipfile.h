#pragma once

#include <memory>
#include <QFile>
#include <QIODevice>
#include <QString>
#include <vector>

namespace journeyscope {

class Sha256;

/**
 * A read-only, sequential QIODevice over a file that inflates it on the fly when it starts
 * with the gzip magic bytes (1f 8b) and passes its bytes through unchanged otherwise, so
 * readers take "log.xes" and "log.xes.gz" alike. Concatenated gzip members are read one
 * after the other, as gzip -d does; anything else after a member is an error.
 *
 * A corrupt or truncated stream, or a read error, makes read() return -1 (after handing
 * out what was inflated before the problem); hasError() is then true and errorString()
 * says what zlib said and at which byte offset of the file. read() returns 0 only at the
 * true end of the data, never to mean "nothing yet".
 */
class GzipFile : public QIODevice
{
public:
    explicit GzipFile(QString path, QObject* parent = nullptr);
    ~GzipFile() override;

    /// Every raw byte read from the file is also added to \a sink, once and in order; once
    /// read() has returned 0 the sink has seen the whole file. Set before open().
    void setHashSink(Sha256* sink) { m_hashSink = sink; }

    /// Opens the file; \a mode must be ReadOnly (Unbuffered and Text are allowed). Reads
    /// the start of the file to see whether it is gzip. False with errorString() on failure.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    /// True once read() has returned 0 and nothing is left in QIODevice's buffer.
    bool atEnd() const override;

    const QString& path() const { return m_path; }
    /// True when the file is gzip (known after open()).
    bool isCompressed() const { return m_compressed; }
    /// Raw bytes read from the file so far (compressed bytes when it is gzip), for progress.
    qint64 compressedBytesRead() const { return m_rawRead; }
    /// The size of the file on disk, for progress.
    qint64 fileSize() const { return m_fileSize; }
    /// True after a read failed: corrupt or truncated gzip data, or a read error.
    bool hasError() const { return m_failed; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    struct Inflater;

    bool fillInput();
    qint64 readPlain(char* data, qint64 maxSize);
    qint64 readCompressed(char* data, qint64 maxSize);
    void fail(const QString& message);

    QString m_path;
    QFile m_file;
    Sha256* m_hashSink = nullptr;
    std::unique_ptr<Inflater> m_inflater;
    std::vector<char> m_input;    ///< raw bytes read from the file
    std::size_t m_inputBegin = 0; ///< first raw byte not yet handed out (plain files)
    std::size_t m_inputEnd = 0;   ///< one past the last raw byte in m_input
    qint64 m_rawRead = 0;         ///< raw bytes read from the file so far
    qint64 m_fileSize = 0;
    bool m_compressed = false;
    bool m_fileAtEnd = false;   ///< the file has no more bytes
    bool m_memberEnded = false; ///< zlib reported the end of a gzip member
    bool m_finished = false;    ///< all data handed out
    bool m_failed = false;
    bool m_failurePending = false; ///< failed after inflating bytes not handed out yet
};

/**
 * A write-only, sequential QIODevice that gzip-compresses what is written to it into
 * another device (a .xes.gz file, for instance). The gzip trailer is written by finish(),
 * or by close() or the destructor when finish() was not called; only finish() reports
 * whether that worked.
 */
class GzipWriter : public QIODevice
{
public:
    /// \a target must be open for writing and outlive this device. \a level: 0 (store)
    /// to 9 (smallest); 6 is gzip's default.
    explicit GzipWriter(QIODevice& target, int level = 6, QObject* parent = nullptr);
    ~GzipWriter() override;

    /// \a mode must be WriteOnly. False with errorString() on failure.
    bool open(OpenMode mode) override;
    /// Calls finish() if it has not been called, then closes this device (not the target).
    void close() override;
    bool isSequential() const override { return true; }

    /// Compresses what is pending and writes the end of the gzip stream to the target.
    /// False with errorString() when the target refused bytes. Nothing can be written after.
    bool finish();

    /// Compressed bytes handed to the target so far.
    qint64 compressedBytesWritten() const { return m_written; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    struct Deflater;

    bool deflateInput(const char* data, std::size_t size, int flush);
    bool writeOutput(std::size_t size);

    QIODevice& m_target;
    int m_level;
    std::unique_ptr<Deflater> m_deflater;
    std::vector<char> m_output;
    qint64 m_written = 0;
    bool m_finished = false;
    bool m_failed = false;
};

} // namespace journeyscope
