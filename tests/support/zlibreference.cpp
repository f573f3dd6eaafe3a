#include "tests/support/zlibreference.h"

namespace journeyscope::test {

// The reference compressor: zlib's own deflate with a gzip wrapper, in one call.
QByteArray zlibGzip(const QByteArray& data, int level)
{
    z_stream z{};
    if (deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size())) + 64), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int result = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return result == Z_STREAM_END ? out : QByteArray();
}

// The reference decompressor: zlib's inflate over the whole input at once, members one
// after another.
ZlibInflateResult zlibGunzip(const QByteArray& gz)
{
    ZlibInflateResult result;
    z_stream z{};
    if (inflateInit2(&z, 15 + 32) != Z_OK)
        return result;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.constData()));
    z.avail_in = uInt(gz.size());
    char buffer[16384];
    for (;;) {
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        const int code = inflate(&z, Z_NO_FLUSH);
        result.data.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        if (code == Z_STREAM_END) {
            if (z.avail_in == 0) {
                result.ok = true;
                break;
            }
            inflateReset(&z);
            continue;
        }
        if (code == Z_BUF_ERROR && z.avail_in == 0) {
            result.message = QStringLiteral("truncated");
            break;
        }
        if (code != Z_OK) {
            result.message = QString::fromUtf8(z.msg ? z.msg : zError(code));
            break;
        }
    }
    result.consumed = qint64(gz.size()) - qint64(z.avail_in);
    inflateEnd(&z);
    return result;
}

} // namespace journeyscope::test
