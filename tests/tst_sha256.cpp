#include "core/base/hmacsha256.h"
#include "core/base/sha256.h"

#include <algorithm>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <vector>

using namespace journeyscope;

namespace {

constexpr char NoShaNiVariable[] = "JOURNEYSCOPE_NO_SHA_NI";

QByteArray bytes(const Sha256::Digest& digest)
{
    return QByteArray(reinterpret_cast<const char*>(digest.data()), qsizetype(digest.size()));
}

QByteArray qtSha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray qtHmacSha256(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray randomBytes(QRandomGenerator& random, qsizetype size)
{
    std::vector<quint32> words(std::size_t(size / 4 + 1));
    random.fillRange(words.data(), qsizetype(words.size()));
    return QByteArray(reinterpret_cast<const char*>(words.data()), size);
}

bool portableForced()
{
    return qEnvironmentVariableIntValue(NoShaNiVariable) != 0;
}

} // namespace

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nistVectors_data();
    void nistVectors();
    void hmacRfc4231_data();
    void hmacRfc4231();
    void randomShortInputs_data();
    void randomShortInputs();
    void hmacRandomKeys_data();
    void hmacRandomKeys();
    void randomChunkSplits_data();
    void randomChunkSplits();
    void resultLeavesStateUnchanged_data();
    void resultLeavesStateUnchanged();
    void copyContinuesIndependently();
    void reset();
    void toHex_data();
    void toHex();
    void accelerationMatchesCpu();
    void portablePathInChildProcess();
};

void TestSha256::initTestCase()
{
    qInfo("SHA-256 compression: %s",
          Sha256::hardwareAccelerated() ? "x86 SHA extensions" : "portable");
}

void TestSha256::nistVectors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");

    // FIPS 180-4 examples and the NIST CAVP long-message vectors.
    QTest::newRow("empty")
        << QByteArray()
        << QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArrayLiteral("abc")
                         << QByteArrayLiteral(
                                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448 bits")
        << QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArrayLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("896 bits")
        << QByteArrayLiteral(
               "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmno"
               "pjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
        << QByteArrayLiteral("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    QTest::newRow("million a")
        << QByteArray(1000000, 'a')
        << QByteArrayLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestSha256::nistVectors()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);

    QCOMPARE(Sha256::toHex(Sha256::hash(message)), expected);

    // Piece sizes on both sides of the block size exercise the buffering.
    for (const qsizetype piece : {1, 3, 55, 63, 64, 65, 1000}) {
        Sha256 sha;
        for (qsizetype at = 0; at < message.size(); at += piece)
            sha.addData(QByteArrayView(message).sliced(at, std::min(piece, message.size() - at)));
        QCOMPARE(Sha256::toHex(sha.result()), expected);
    }
}

void TestSha256::hmacRfc4231_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray longKey(131, '\xaa');
    QTest::newRow("case 1")
        << QByteArray(20, '\x0b') << QByteArrayLiteral("Hi There")
        << QByteArrayLiteral("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("case 2")
        << QByteArrayLiteral("Jefe") << QByteArrayLiteral("what do ya want for nothing?")
        << QByteArrayLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("case 3")
        << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
        << QByteArrayLiteral("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    QTest::newRow("case 4")
        << QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10111213141516171819")
        << QByteArray(50, '\xcd')
        << QByteArrayLiteral("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    // The RFC gives this one truncated to 128 bits.
    QTest::newRow("case 5") << QByteArray(20, '\x0c') << QByteArrayLiteral("Test With Truncation")
                            << QByteArrayLiteral("a3b6167473100ee06e0c796c2955552b");
    QTest::newRow("case 6")
        << longKey << QByteArrayLiteral("Test Using Larger Than Block-Size Key - Hash Key First")
        << QByteArrayLiteral("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("case 7")
        << longKey
        << QByteArrayLiteral("This is a test using a larger than block-size key and a larger than "
                             "block-size data. The key needs to be hashed before being used by the "
                             "HMAC algorithm.")
        << QByteArrayLiteral("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

void TestSha256::hmacRfc4231()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);

    const HmacSha256 hmac(key);
    const QByteArray mac = bytes(hmac.mac(message));
    QCOMPARE(mac.left(expected.size() / 2).toHex(), expected);
    QCOMPARE(mac, qtHmacSha256(key, message));
    // The precomputed pads must survive use.
    QCOMPARE(bytes(hmac.mac(message)), mac);
}

void TestSha256::randomShortInputs_data()
{
    QTest::addColumn<int>("length");
    for (int length = 0; length <= 300; ++length)
        QTest::addRow("length %d", length) << length;
}

void TestSha256::randomShortInputs()
{
    QFETCH(int, length);
    QRandomGenerator random(quint32(1000 + length));
    const QByteArray data = randomBytes(random, length);
    const QByteArray expected = qtSha256(data);

    QCOMPARE(bytes(Sha256::hash(data)), expected);
    for (int split = 0; split <= length; ++split) {
        Sha256 sha;
        sha.addData(QByteArrayView(data).first(split));
        sha.addData(QByteArrayView(data).sliced(split));
        if (bytes(sha.result()) != expected)
            QFAIL(qPrintable(QStringLiteral("split at %1 differs").arg(split)));
    }
}

void TestSha256::hmacRandomKeys_data()
{
    QTest::addColumn<int>("keyLength");
    for (int keyLength = 0; keyLength <= 200; ++keyLength)
        QTest::addRow("key length %d", keyLength) << keyLength;
}

void TestSha256::hmacRandomKeys()
{
    QFETCH(int, keyLength);
    QRandomGenerator random(quint32(5000 + keyLength));
    const QByteArray key = randomBytes(random, keyLength);
    const HmacSha256 hmac(key);
    for (const qsizetype messageLength : {0, 1, 16, 55, 56, 64, 119, 120, 300}) {
        const QByteArray message = randomBytes(random, messageLength);
        QCOMPARE(bytes(hmac.mac(message)), qtHmacSha256(key, message));
    }
}

void TestSha256::randomChunkSplits_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("maxChunk");

    QTest::newRow("small chunks") << 11u << 1 * 1024 * 1024 + 17 << 200;
    QTest::newRow("medium chunks") << 12u << 3 * 1024 * 1024 + 5 << 5000;
    QTest::newRow("large chunks") << 13u << 4 * 1024 * 1024 - 3 << 512 * 1024;
}

void TestSha256::randomChunkSplits()
{
    QFETCH(quint32, seed);
    QFETCH(int, size);
    QFETCH(int, maxChunk);

    QRandomGenerator random(seed);
    const QByteArray data = randomBytes(random, size);

    // A few places where result() is also checked mid-stream.
    QList<qsizetype> checkpoints;
    for (int i = 0; i < 3; ++i)
        checkpoints.append(random.bounded(size));
    std::sort(checkpoints.begin(), checkpoints.end());

    Sha256 sha;
    qsizetype at = 0;
    while (at < size) {
        const qsizetype chunk = std::min<qsizetype>(random.bounded(maxChunk + 1), size - at);
        sha.addData(QByteArrayView(data).sliced(at, chunk));
        const qsizetype before = at;
        at += chunk;
        for (const qsizetype checkpoint : checkpoints) {
            if (checkpoint > before && checkpoint <= at)
                QCOMPARE(bytes(sha.result()), qtSha256(data.first(at)));
        }
    }
    QCOMPARE(bytes(sha.result()), qtSha256(data));
    QCOMPARE(bytes(Sha256::hash(data)), qtSha256(data));

    const QByteArray key = randomBytes(random, 32);
    QCOMPARE(bytes(HmacSha256(key).mac(data)), qtHmacSha256(key, data));
}

void TestSha256::resultLeavesStateUnchanged_data()
{
    QTest::addColumn<int>("prefixLength");
    QTest::addColumn<int>("suffixLength");

    for (const int prefix : {0, 1, 55, 56, 63, 64, 65, 200})
        for (const int suffix : {0, 1, 8, 64, 100})
            QTest::addRow("%d then %d", prefix, suffix) << prefix << suffix;
}

void TestSha256::resultLeavesStateUnchanged()
{
    QFETCH(int, prefixLength);
    QFETCH(int, suffixLength);

    QRandomGenerator random(quint32(prefixLength * 1000 + suffixLength));
    const QByteArray prefix = randomBytes(random, prefixLength);
    const QByteArray suffix = randomBytes(random, suffixLength);

    Sha256 sha;
    sha.addData(prefix);
    const QByteArray first = bytes(sha.result());
    QCOMPARE(first, qtSha256(prefix));
    QCOMPARE(bytes(sha.result()), first);
    sha.addData(suffix);
    QCOMPARE(bytes(sha.result()), qtSha256(prefix + suffix));
}

void TestSha256::copyContinuesIndependently()
{
    const QByteArray common(100, 'x');
    Sha256 original;
    original.addData(common);
    Sha256 copy = original;
    original.addData(QByteArrayLiteral("left"));
    copy.addData(QByteArrayLiteral("right"));
    QCOMPARE(bytes(original.result()), qtSha256(common + QByteArrayLiteral("left")));
    QCOMPARE(bytes(copy.result()), qtSha256(common + QByteArrayLiteral("right")));
}

void TestSha256::reset()
{
    Sha256 sha;
    sha.addData(QByteArray(150, 'z'));
    sha.reset();
    QCOMPARE(Sha256::toHex(sha.result()),
             QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    sha.addData(QByteArrayLiteral("abc"));
    QCOMPARE(Sha256::toHex(sha.result()),
             QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestSha256::toHex_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("zeros") << QByteArray(32, '\0') << QByteArray(64, '0');
    QTest::newRow("ones") << QByteArray(32, '\xff') << QByteArray(64, 'f');
    QTest::newRow("every nibble")
        << QByteArrayLiteral("\x01\x23\x45\x67\x89\xab\xcd\xef\xfe\xdc\xba\x98\x76\x54\x32\x10"
                             "\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb\xcc\xdd\xee\xff")
        << QByteArrayLiteral("0123456789abcdeffedcba98765432100011223344556677"
                             "8899aabbccddeeff");
}

void TestSha256::toHex()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, expected);
    QCOMPARE(raw.size(), qsizetype(Sha256::DigestSize));

    Sha256::Digest digest;
    std::copy(raw.begin(), raw.end(), digest.begin());
    QCOMPARE(Sha256::toHex(digest), expected);
}

void TestSha256::accelerationMatchesCpu()
{
#if defined(__x86_64__) || defined(__i386__)
    if (portableForced()) {
        QVERIFY(!Sha256::hardwareAccelerated());
        return;
    }
    // The kernel's flag list is a second opinion on what CPUID says.
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly))
        QSKIP("/proc/cpuinfo is not readable here");
    bool hasShaNi = false;
    bool sawFlags = false;
    // readAll(): /proc files report size 0, so atEnd() would stop at once.
    const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (!line.startsWith("flags"))
            continue;
        sawFlags = true;
        const QByteArray flags = line.mid(line.indexOf(':') + 1).simplified();
        hasShaNi = flags.split(' ').contains(QByteArrayLiteral("sha_ni"));
        break;
    }
    if (!sawFlags)
        QSKIP("/proc/cpuinfo has no flags line");
    QCOMPARE(Sha256::hardwareAccelerated(), hasShaNi);
#else
    QVERIFY(!Sha256::hardwareAccelerated());
#endif
}

void TestSha256::portablePathInChildProcess()
{
    // The path is chosen once per process, so the portable one runs the whole suite again
    // in a child with SHA-NI switched off.
    if (portableForced())
        QSKIP("this process already uses the portable path");
    if (!Sha256::hardwareAccelerated())
        QSKIP("no SHA extensions: the other tests already ran the portable path");

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(NoShaNiVariable), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("-silent")});
    QVERIFY2(child.waitForFinished(240 * 1000), qPrintable(child.errorString()));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit, output.constData());
    QVERIFY2(child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("Totals:"), output.constData());
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
