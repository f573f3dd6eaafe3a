#include "tests/support/largeinput.h"

#include "core/base/gzipfile.h"

#include <algorithm>
#include <QFile>
#include <QRegularExpression>

namespace journeyscope::test {

namespace {

constexpr qint64 ChunkBytes = qint64(1) << 20;

bool writePieces(QIODevice& out, const QList<Piece>& pieces)
{
    for (const Piece& piece : pieces) {
        if (piece.bytes.isEmpty() || piece.times <= 0)
            continue;
        // Whole copies of the piece, about a MiB of them, written as often as they fit.
        const qint64 perChunk = std::max<qint64>(1, ChunkBytes / piece.bytes.size());
        const QByteArray chunk = piece.bytes.repeated(qsizetype(std::min(perChunk, piece.times)));
        qint64 left = piece.times;
        while (left > 0) {
            const qint64 copies = std::min(perChunk, left);
            const qint64 bytes = copies * piece.bytes.size();
            if (out.write(chunk.constData(), bytes) != bytes)
                return false;
            left -= copies;
        }
    }
    return true;
}

} // namespace

bool writeLargeFile(const QString& path, const QList<Piece>& pieces, bool gzip)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (!gzip)
        return writePieces(file, pieces) && file.flush();
    GzipWriter writer(file, 1);
    return writer.open(QIODevice::WriteOnly) && writePieces(writer, pieces) && writer.finish() &&
           file.flush();
}

void resetPeakMemory()
{
    // "5" resets the peak resident set size (proc(5), /proc/pid/clear_refs).
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

qint64 peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression peak(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const QRegularExpressionMatch match = peak.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() >> 10 : -1;
}

} // namespace journeyscope::test
