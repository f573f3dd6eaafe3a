#pragma once

// zlib's own deflate and inflate: the reference the gzip reader and writer are held to.

#include <QByteArray>
#include <QString>
#include <zlib.h>

namespace journeyscope::test {

/// What zlibGunzip() got out.
struct ZlibInflateResult
{
    QByteArray data; ///< everything inflated, up to a damage
    bool ok = false;
    QString message;     ///< zlib's message when not ok
    qint64 consumed = 0; ///< input bytes consumed when it stopped
};

/// \a data deflated by zlib with a gzip wrapper, in one call.
QByteArray zlibGzip(const QByteArray& data, int level = Z_DEFAULT_COMPRESSION);

/// zlib's inflate over the whole input at once, members one after another.
ZlibInflateResult zlibGunzip(const QByteArray& gz);

} // namespace journeyscope::test
