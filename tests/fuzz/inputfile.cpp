#include "tests/fuzz/inputfile.h"

#include <cstdio>
#include <cstdlib>
#include <QFile>
#include <QTemporaryDir>

namespace journeyscope::fuzz {

QString writeInputFile(const std::uint8_t* data, std::size_t size, const QString& name,
                       const QStringList& leftovers)
{
    static QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot make a temporary directory: %s\n",
                     qPrintable(dir.errorString()));
        std::abort();
    }
    for (const QString& leftover : leftovers)
        QFile::remove(dir.filePath(leftover));
    const QString path = dir.filePath(name);
    // A new file rather than a truncated one: ext4 flushes a file rewritten after truncation
    // to disk on close, which would cost more than the run itself.
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size) ||
        !file.flush()) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        std::abort();
    }
    return path;
}

} // namespace journeyscope::fuzz
