#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace journeyscope::test {

/// Bytes repeated \a times times, one part of a generated input.
struct Piece
{
    QByteArray bytes;
    qint64 times = 1;
};

/**
 * Writes \a pieces, each repeated, to \a path, about a MiB at a time: inputs of hundreds of
 * MiB for the readers' limits, never held in memory. With \a gzip the file is compressed.
 * False when the file cannot be written.
 */
bool writeLargeFile(const QString& path, const QList<Piece>& pieces, bool gzip = false);

/// What AddressSanitizer adds to a peak of resident memory: it keeps up to 256 MiB of freed
/// memory in quarantine, still resident.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr qint64 SanitizerSlackMiB = 256;
#else
inline constexpr qint64 SanitizerSlackMiB = 0;
#endif

/// Starts measuring the peak resident memory of this process afresh (Linux).
void resetPeakMemory();
/// The peak resident memory since resetPeakMemory() in MiB, or -1 where it cannot be told.
qint64 peakMemoryMiB();

} // namespace journeyscope::test
