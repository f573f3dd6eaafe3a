#include "core/base/gzipfile.h"
#include "core/base/sha256.h"
#include "tests/support/testsupport.h"
#include "tests/support/zlibreference.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <zlib.h>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

// Text-like bytes that compress well, so that members have long back references.
QByteArray textBytes(qsizetype size, quint32 seed)
{
    static const char* const words[] = {"journey ", "customer ",  "checkout ",
                                        "basket ",  "<event/>\n", "2012-10-09T14:50:17 ",
                                        "\t",       "é "};
    QRandomGenerator generator(seed);
    QByteArray bytes;
    while (bytes.size() < size)
        bytes.append(words[generator.bounded(int(std::size(words)))]);
    bytes.truncate(size);
    return bytes;
}

struct ReadResult
{
    QByteArray data;
    bool failed = false;
    QString error;
};

// Reads \a device to the end in pieces of \a pieceSize (varying when 0).
ReadResult readAllOf(QIODevice& device, qint64 pieceSize)
{
    ReadResult result;
    QRandomGenerator sizes(7);
    QByteArray piece;
    for (;;) {
        const qint64 size = pieceSize > 0 ? pieceSize : 1 + sizes.bounded(70000);
        piece.resize(qsizetype(size));
        const qint64 n = device.read(piece.data(), size);
        if (n < 0) {
            result.failed = true;
            result.error = device.errorString();
            break;
        }
        if (n == 0)
            break;
        result.data.append(piece.constData(), qsizetype(n));
    }
    return result;
}

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// A device that accepts \a capacity bytes and then refuses to write.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity)
        : m_capacity(capacity)
    {}
    QByteArray written;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (written.size() >= m_capacity) {
            setErrorString(QStringLiteral("disk full"));
            return -1;
        }
        const qint64 n = std::min(size, m_capacity - written.size());
        written.append(data, qsizetype(n));
        return n;
    }

private:
    qint64 m_capacity;
};

} // namespace

class TestGzipFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void inflatesWhatZlibCompressed_data();
    void inflatesWhatZlibCompressed();
    void inflatesWhatGzipCompressed();
    void passesPlainFilesThrough_data();
    void passesPlainFilesThrough();
    void readsConcatenatedMembers();
    void bufferedReadsAndReadLine();
    void errors_data();
    void errors();
    void corruptMiddleMatchesZlib_data();
    void corruptMiddleMatchesZlib();
    void hashSinkSeesRawFile_data();
    void hashSinkSeesRawFile();
    void progress();
    void openFailures();

    void writerRoundTrip_data();
    void writerRoundTrip();
    void writerOutputReadByGzip();
    void writerReportsTargetFailure();
    void writerRefusesUnwritableTarget();

private:
    QString writeInput(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
};

void TestGzipFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestGzipFile::writeInput(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    test::writeFile(path, content);
    return path;
}

void TestGzipFile::inflatesWhatZlibCompressed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("level");
    QTest::addColumn<qint64>("pieceSize");

    const qsizetype sizes[] = {0,     1,     2,     100,   4095,          4096,
                               16383, 65535, 65536, 65537, (1 << 20) + 7, 3 << 20};
    for (const qsizetype size : sizes) {
        const quint32 seed = quint32(size) + 1;
        QTest::addRow("random %lld", qint64(size)) << randomBytes(size, seed) << 6 << qint64(0);
        QTest::addRow("text %lld", qint64(size)) << textBytes(size, seed) << 9 << qint64(0);
    }
    QTest::addRow("stored blocks") << randomBytes(200000, 3) << 0 << qint64(0);
    QTest::addRow("one byte at a time") << textBytes(30000, 4) << 6 << qint64(1);
    QTest::addRow("odd pieces") << randomBytes(100000, 5) << 1 << qint64(7);
    QTest::addRow("big pieces") << textBytes(5 << 20, 6) << 6 << qint64(4 << 20);
}

void TestGzipFile::inflatesWhatZlibCompressed()
{
    QFETCH(QByteArray, data);
    QFETCH(int, level);
    QFETCH(qint64, pieceSize);

    const QByteArray gz = zlibGzip(data, level);
    QVERIFY(gz.startsWith("\x1f\x8b"));
    const QString path = writeInput(QStringLiteral("data.gz"), gz);

    GzipFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Unbuffered),
             qPrintable(file.errorString()));
    QVERIFY(file.isCompressed());
    QVERIFY(!file.atEnd() || data.isEmpty());
    const ReadResult result = readAllOf(file, pieceSize);
    QVERIFY2(!result.failed, qPrintable(result.error));
    QCOMPARE(result.data.size(), data.size());
    QVERIFY(result.data == data);
    QVERIFY(file.atEnd());
    QVERIFY(!file.hasError());
    QCOMPARE(file.compressedBytesRead(), qint64(gz.size()));
    QCOMPARE(file.fileSize(), qint64(gz.size()));
    // Still 0 after the end.
    char byte;
    QCOMPARE(file.read(&byte, 1), qint64(0));
}

void TestGzipFile::inflatesWhatGzipCompressed()
{
    const QString gzip = QStandardPaths::findExecutable(QStringLiteral("gzip"));
    if (gzip.isEmpty())
        QSKIP("the gzip command is not installed");
    const QByteArray data = textBytes(300000, 11) + randomBytes(70000, 12);
    const QString plain = writeInput(QStringLiteral("bygzip"), data);
    QProcess process;
    process.start(gzip, {QStringLiteral("-9"), QStringLiteral("-f"), plain});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);

    GzipFile file(plain + QStringLiteral(".gz"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.isCompressed());
    const ReadResult result = readAllOf(file, 0);
    QVERIFY2(!result.failed, qPrintable(result.error));
    QVERIFY(result.data == data);
}

void TestGzipFile::passesPlainFilesThrough_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("pieceSize");

    QTest::addRow("empty") << QByteArray() << qint64(0);
    QTest::addRow("lone magic byte") << QByteArray("\x1f", 1) << qint64(0);
    QTest::addRow("half magic") << QByteArray("\x1f\x00\x8b", 3) << qint64(1);
    QTest::addRow("second magic byte first") << QByteArray("\x8b\x1f rest") << qint64(2);
    QTest::addRow("xml") << QByteArray("<?xml version=\"1.0\"?>\n<log/>\n") << qint64(5);
    QTest::addRow("random 70000") << randomBytes(70000, 21).replace('\x1f', 'x') << qint64(0);
    QTest::addRow("random 200000 by 65536")
        << randomBytes(200000, 22).replace('\x1f', 'x') << qint64(65536);
}

void TestGzipFile::passesPlainFilesThrough()
{
    QFETCH(QByteArray, data);
    QFETCH(qint64, pieceSize);

    const QString path = writeInput(QStringLiteral("plain.bin"), data);
    GzipFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    QVERIFY(!file.isCompressed());
    const ReadResult result = readAllOf(file, pieceSize);
    QVERIFY2(!result.failed, qPrintable(result.error));
    QVERIFY(result.data == data);
    QVERIFY(file.atEnd());
    QCOMPARE(file.compressedBytesRead(), qint64(data.size()));
    QCOMPARE(file.fileSize(), qint64(data.size()));
}

void TestGzipFile::readsConcatenatedMembers()
{
    const QByteArray a = textBytes(100000, 31);
    const QByteArray b = randomBytes(70000, 32);
    const QByteArray c = textBytes(5, 33);
    // An empty member in the middle too, as `cat a.gz empty.gz b.gz` gives.
    const QByteArray gz = zlibGzip(a) + zlibGzip(QByteArray()) + zlibGzip(b, 1) + zlibGzip(c);
    const ZlibInflateResult reference = zlibGunzip(gz);
    QVERIFY(reference.ok);
    QVERIFY(reference.data == a + b + c);

    for (const qint64 pieceSize : {qint64(0), qint64(1), qint64(16384)}) {
        GzipFile file(writeInput(QStringLiteral("members.gz"), gz));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ReadResult result = readAllOf(file, pieceSize);
        QVERIFY2(!result.failed, qPrintable(result.error));
        QVERIFY(result.data == a + b + c);
        QCOMPARE(file.compressedBytesRead(), qint64(gz.size()));
    }
}

void TestGzipFile::bufferedReadsAndReadLine()
{
    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text += "line " + QByteArray::number(i) + '\n';
    GzipFile file(writeInput(QStringLiteral("lines.gz"), zlibGzip(text)));
    QVERIFY(file.open(QIODevice::ReadOnly)); // QIODevice's own buffer in between
    for (int i = 0; i < 5000; ++i)
        QCOMPARE(file.readLine(), "line " + QByteArray::number(i) + '\n');
    QVERIFY(file.readAll().isEmpty());
    QVERIFY(file.atEnd());

    GzipFile again(file.path());
    QVERIFY(again.open(QIODevice::ReadOnly));
    QVERIFY(again.readAll() == text);
}

void TestGzipFile::errors_data()
{
    QTest::addColumn<QByteArray>("gz");
    QTest::addColumn<QString>("error");

    const QByteArray data = textBytes(200000, 41);
    const QByteArray gz = zlibGzip(data);
    const qint64 size = gz.size();
    const auto truncated = [](qint64 offset) {
        return QStringLiteral("the gzip data ends early, at byte offset %1: unexpected end of "
                              "file (is the file truncated?)")
            .arg(offset);
    };
    const auto corrupt = [](qint64 offset, const char* zlibSays) {
        return QStringLiteral("the gzip data is corrupt at byte offset %1: %2")
            .arg(offset)
            .arg(QString::fromUtf8(zlibSays));
    };

    QTest::addRow("magic only") << gz.left(2) << truncated(2);
    QTest::addRow("header cut") << gz.left(7) << truncated(7);
    QTest::addRow("data cut") << gz.left(size / 2) << truncated(size / 2);
    QTest::addRow("trailer cut") << gz.left(size - 1) << truncated(size - 1);
    QTest::addRow("second member cut") << gz + gz.left(100) << truncated(size + 100);

    QByteArray method = gz;
    method[2] = 7; // not deflate
    QTest::addRow("unknown method") << method << corrupt(4, "unknown compression method");

    // The trailer is the CRC-32 of the data, then its size, little-endian.
    QByteArray crc = gz;
    crc[size - 8] = char(crc[size - 8] ^ 0x01);
    QTest::addRow("wrong crc") << crc << corrupt(size - 4, "incorrect data check");
    QByteArray length = gz;
    length[size - 1] = char(length[size - 1] ^ 0x40);
    QTest::addRow("wrong length") << length << corrupt(size, "incorrect length check");

    QTest::addRow("trailing garbage") << gz + "XY" << corrupt(size + 2, "incorrect header check");

    // A stored block whose length and its complement disagree: the header is 10 bytes,
    // then the block header byte, then LEN and NLEN.
    QByteArray stored = zlibGzip(QByteArray("hello"), 0);
    stored[11] = char(stored[11] ^ 0xff);
    QTest::addRow("bad stored block") << stored << corrupt(15, "invalid stored block lengths");
}

void TestGzipFile::errors()
{
    QFETCH(QByteArray, gz);
    QFETCH(QString, error);

    for (const qint64 pieceSize : {qint64(0), qint64(1), qint64(65536)}) {
        GzipFile file(writeInput(QStringLiteral("bad.gz"), gz));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        QVERIFY(file.isCompressed());
        const ReadResult result = readAllOf(file, pieceSize);
        QVERIFY(result.failed);
        QCOMPARE(result.error, error);
        QVERIFY(file.hasError());
        QCOMPARE(file.errorString(), error);
        // It stays failed.
        char byte;
        QCOMPARE(file.read(&byte, 1), qint64(-1));
        // What came before the damage is handed out, never more than the data.
        const ZlibInflateResult reference = zlibGunzip(gz);
        QVERIFY(!reference.ok);
        QVERIFY(reference.data.startsWith(result.data) || result.data.startsWith(reference.data));
    }
}

void TestGzipFile::corruptMiddleMatchesZlib_data()
{
    QTest::addColumn<QByteArray>("gz");

    const QByteArray gz = zlibGzip(textBytes(300000, 51));
    QRandomGenerator generator(52);
    for (int i = 0; i < 12; ++i) {
        QByteArray bad = gz;
        const qsizetype at = 10 + generator.bounded(gz.size() - 18);
        bad[at] = char(bad[at] ^ (1 + generator.bounded(255)));
        QTest::addRow("byte %lld", qint64(at)) << bad;
    }
}

// Wherever the damage is, the device stops where zlib itself stops, with its message.
void TestGzipFile::corruptMiddleMatchesZlib()
{
    QFETCH(QByteArray, gz);

    const ZlibInflateResult reference = zlibGunzip(gz);
    QVERIFY(!reference.ok);
    GzipFile file(writeInput(QStringLiteral("middle.gz"), gz));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const ReadResult result = readAllOf(file, 0);
    QVERIFY(result.failed);
    QCOMPARE(result.error, QStringLiteral("the gzip data is corrupt at byte offset %1: %2")
                               .arg(reference.consumed)
                               .arg(reference.message));
    QVERIFY(result.data == reference.data);
}

void TestGzipFile::hashSinkSeesRawFile_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<qint64>("pieceSize");

    const QByteArray text = textBytes(500000, 61);
    QTest::addRow("gzip") << zlibGzip(text) << qint64(0);
    QTest::addRow("gzip by byte") << zlibGzip(text.left(20000)) << qint64(1);
    QTest::addRow("members") << zlibGzip(text) + zlibGzip(randomBytes(90000, 62)) << qint64(0);
    QTest::addRow("plain") << text << qint64(0);
    QTest::addRow("plain by 3") << text.left(10000) << qint64(3);
    QTest::addRow("empty") << QByteArray() << qint64(0);
}

void TestGzipFile::hashSinkSeesRawFile()
{
    QFETCH(QByteArray, raw);
    QFETCH(qint64, pieceSize);

    GzipFile file(writeInput(QStringLiteral("hashed"), raw));
    Sha256 sink;
    file.setHashSink(&sink);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const ReadResult result = readAllOf(file, pieceSize);
    QVERIFY(!result.failed);
    QCOMPARE(Sha256::toHex(sink.result()), sha256Hex(raw));
}

void TestGzipFile::progress()
{
    const QByteArray gz = zlibGzip(randomBytes(1 << 20, 71));
    const QString path = writeInput(QStringLiteral("progress.gz"), gz);
    GzipFile file(path);
    QCOMPARE(file.compressedBytesRead(), qint64(0));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    QCOMPARE(file.fileSize(), QFileInfo(path).size());
    qint64 last = file.compressedBytesRead();
    QVERIFY(last > 0);
    QVERIFY(last < gz.size()); // open() reads only the first block
    char buffer[4096];
    qint64 steps = 0;
    while (file.read(buffer, sizeof buffer) > 0) {
        QVERIFY(file.compressedBytesRead() >= last);
        QVERIFY(file.compressedBytesRead() <= file.fileSize());
        steps += file.compressedBytesRead() > last ? 1 : 0;
        last = file.compressedBytesRead();
    }
    QCOMPARE(last, qint64(gz.size()));
    QVERIFY(steps > 1);
}

void TestGzipFile::openFailures()
{
    GzipFile missing(m_dir.filePath(QStringLiteral("no such file.gz")));
    QVERIFY(!missing.open(QIODevice::ReadOnly));
    QVERIFY2(missing.errorString().startsWith(QStringLiteral("cannot open the file: ")),
             qPrintable(missing.errorString()));

    GzipFile writable(writeInput(QStringLiteral("w.gz"), zlibGzip("x")));
    QVERIFY(!writable.open(QIODevice::ReadWrite));
    QCOMPARE(writable.errorString(), QStringLiteral("a gzip file can only be opened for reading"));
    QVERIFY(!writable.isOpen());
}

void TestGzipFile::writerRoundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("level");

    for (const qsizetype size : {0, 1, 65535, 65536, 65537, 1 << 20, 4 << 20}) {
        const quint32 seed = quint32(size) + 81;
        QTest::addRow("random %lld", qint64(size)) << randomBytes(size, seed) << 6;
        QTest::addRow("text %lld level 1", qint64(size)) << textBytes(size, seed) << 1;
    }
    QTest::addRow("stored") << textBytes(100000, 82) << 0;
    QTest::addRow("best") << textBytes(100000, 83) << 9;
}

void TestGzipFile::writerRoundTrip()
{
    QFETCH(QByteArray, data);
    QFETCH(int, level);

    QBuffer target;
    QVERIFY(target.open(QIODevice::WriteOnly));
    GzipWriter writer(target, level);
    QVERIFY(writer.open(QIODevice::WriteOnly));
    QRandomGenerator pieces(quint32(data.size()));
    for (qsizetype done = 0; done < data.size();) {
        const qsizetype piece = std::min(data.size() - done, qsizetype(1 + pieces.bounded(9000)));
        QCOMPARE(writer.write(data.constData() + done, piece), qint64(piece));
        done += piece;
    }
    QVERIFY(writer.finish());
    writer.close();
    const QByteArray gz = target.data();
    QCOMPARE(writer.compressedBytesWritten(), qint64(gz.size()));
    QVERIFY(gz.startsWith("\x1f\x8b"));

    const ZlibInflateResult reference = zlibGunzip(gz);
    QVERIFY2(reference.ok, qPrintable(reference.message));
    QVERIFY(reference.data == data);

    GzipFile file(writeInput(QStringLiteral("written.gz"), gz));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == data);
    QVERIFY(!file.hasError());
}

void TestGzipFile::writerOutputReadByGzip()
{
    const QString gzip = QStandardPaths::findExecutable(QStringLiteral("gzip"));
    if (gzip.isEmpty())
        QSKIP("the gzip command is not installed");
    const QByteArray data = textBytes(400000, 91);
    const QString path = m_dir.filePath(QStringLiteral("forgzip.gz"));
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        GzipWriter writer(out);
        QVERIFY(writer.open(QIODevice::WriteOnly));
        QCOMPARE(writer.write(data), qint64(data.size()));
        // No finish(): the destructor writes the trailer.
    }
    QProcess process;
    process.start(gzip, {QStringLiteral("-dc"), path});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput() == data);
}

void TestGzipFile::writerReportsTargetFailure()
{
    FullDevice target(1000);
    QVERIFY(target.open(QIODevice::WriteOnly));
    GzipWriter writer(target, 0);
    QVERIFY(writer.open(QIODevice::WriteOnly));
    // Stored blocks: 200 KB cannot fit in 1000 bytes, whenever zlib hands them out.
    const QByteArray data = randomBytes(200000, 95);
    const bool wrote = writer.write(data) == data.size();
    const bool finished = writer.finish();
    QVERIFY(!wrote || !finished);
    QCOMPARE(writer.errorString(), QStringLiteral("cannot write the compressed data: disk full"));
    QCOMPARE(target.written.size(), 1000);
    QCOMPARE(writer.write("more"), qint64(-1));
}

void TestGzipFile::writerRefusesUnwritableTarget()
{
    QBuffer closed;
    GzipWriter writer(closed);
    QVERIFY(!writer.open(QIODevice::WriteOnly));
    QCOMPARE(writer.errorString(), QStringLiteral("the target device is not open for writing"));

    QBuffer target;
    QVERIFY(target.open(QIODevice::WriteOnly));
    GzipWriter reader(target);
    QVERIFY(!reader.open(QIODevice::ReadOnly));
}

QTEST_GUILESS_MAIN(TestGzipFile)
#include "tst_gzipfile.moc"
