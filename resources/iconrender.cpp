// journeyscope_iconrender: a build-time tool, never installed. Draws the application's SVG icon
// at the sizes every platform wants, so that no rendered icon is kept in the repository:
//
//   journeyscope_iconrender ICON.svg OUTDIR NAME
//
// writes OUTDIR/hicolor/NxN/apps/NAME.png (the freedesktop icon theme sizes), OUTDIR/NAME.ico
// (Windows: PNG-compressed entries, 16 to 256 pixels) and OUTDIR/NAME.icns (macOS: PNG
// entries, 16 to 1024 pixels). Needs no display and no platform plugin.

#include <cstdio>
#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QString>
#include <QSvgRenderer>
#include <QtEndian>

namespace {

QByteArray renderPng(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG"))
        return {};
    return png;
}

void appendBigEndian32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLittleEndian16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLittleEndian32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

/// An ICO file whose images are PNG streams (read by Windows since Vista).
QByteArray icoFile(const QList<QPair<int, QByteArray>>& images)
{
    QByteArray out;
    appendLittleEndian16(out, 0); // reserved
    appendLittleEndian16(out, 1); // type: icon
    appendLittleEndian16(out, quint16(images.size()));
    quint32 offset = quint32(6 + 16 * images.size());
    for (const auto& [size, png] : images) {
        out.append(char(size >= 256 ? 0 : size)); // width, 0 means 256
        out.append(char(size >= 256 ? 0 : size)); // height
        out.append(char(0));                      // palette size
        out.append(char(0));                      // reserved
        appendLittleEndian16(out, 1);             // colour planes
        appendLittleEndian16(out, 32);            // bits per pixel
        appendLittleEndian32(out, quint32(png.size()));
        appendLittleEndian32(out, offset);
        offset += quint32(png.size());
    }
    for (const auto& image : images)
        out.append(image.second);
    return out;
}

/// An ICNS file of PNG entries, as iconutil writes them.
QByteArray icnsFile(const QList<QPair<QByteArray, QByteArray>>& entries)
{
    QByteArray body;
    for (const auto& [type, png] : entries) {
        body.append(type);
        appendBigEndian32(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray out("icns");
    appendBigEndian32(out, quint32(8 + body.size()));
    return out + body;
}

bool writeFile(const QString& path, const QByteArray& contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() ||
        !file.commit()) {
        std::fprintf(stderr, "journeyscope_iconrender: cannot write %s\n",
                     qPrintable(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "Usage: journeyscope_iconrender ICON.svg OUTDIR NAME\n");
        return 2;
    }
    const QString svgPath = QString::fromLocal8Bit(argv[1]);
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    const QString name = QString::fromLocal8Bit(argv[3]);

    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "journeyscope_iconrender: %s is not a valid SVG icon\n",
                     qPrintable(QDir::toNativeSeparators(svgPath)));
        return 1;
    }

    QList<QPair<int, QByteArray>> pngs;
    for (const int size : {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
        pngs.append({size, renderPng(renderer, size)});
        if (pngs.last().second.isEmpty()) {
            std::fprintf(stderr, "journeyscope_iconrender: cannot draw %d pixels\n", size);
            return 1;
        }
    }
    const auto png = [&pngs](int size) {
        for (const auto& [pngSize, data] : pngs) {
            if (pngSize == size)
                return data;
        }
        return QByteArray();
    };

    for (const int size : {16, 32, 48, 64, 128, 256}) {
        const QString dir = QStringLiteral("%1/hicolor/%2x%2/apps").arg(outDir).arg(size);
        if (!QDir().mkpath(dir) ||
            !writeFile(QStringLiteral("%1/%2.png").arg(dir, name), png(size)))
            return 1;
    }

    QList<QPair<int, QByteArray>> icoImages;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icoImages.append({size, png(size)});
    if (!writeFile(QStringLiteral("%1/%2.ico").arg(outDir, name), icoFile(icoImages)))
        return 1;

    const QList<QPair<QByteArray, QByteArray>> icnsEntries = {
        {"icp4", png(16)},  {"ic11", png(32)},  {"icp5", png(32)},  {"ic12", png(64)},
        {"ic07", png(128)}, {"ic13", png(256)}, {"ic08", png(256)}, {"ic14", png(512)},
        {"ic09", png(512)}, {"ic10", png(1024)}};
    if (!writeFile(QStringLiteral("%1/%2.icns").arg(outDir, name), icnsFile(icnsEntries)))
        return 1;
    return 0;
}
