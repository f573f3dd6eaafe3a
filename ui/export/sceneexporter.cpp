#include "ui/export/sceneexporter.h"

#include "core/base/error.h"
#include "core/base/timeutil.h"
#include "core/journey/eventlog.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::SceneExporter)
};

/// The band under the scene that holds the stamp, in points.
constexpr double StampHeight = 22;

QFont stampFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleStrategy(QFont::PreferNoShaping); // searchable text: no ligatures
    // 8 points: the painter works in points whatever the device, so the size is given in
    // its units; a point size would be scaled again by a PNG's DPI.
    font.setPixelSize(8);
    return font;
}

/// The page of a scene: the scene and the stamp band under it.
QSizeF pageSize(const QGraphicsScene& scene)
{
    return scene.sceneRect().size() + QSizeF(0, StampHeight);
}

/// Draws \a scene at the origin and the stamp under it; \a painter works in points.
void paintPage(QPainter& painter, QGraphicsScene& scene, const PageStamp& stamp)
{
    scene.clearSelection();
    const QRectF source = scene.sceneRect();
    const QRectF page(QPointF(0, 0), pageSize(scene));
    painter.fillRect(page, scene.backgroundBrush().style() == Qt::NoBrush
                               ? QBrush(Qt::white)
                               : scene.backgroundBrush());
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.setFont(stampFont());
    const QColor background = scene.backgroundBrush().color();
    painter.setPen(background.lightnessF() < 0.5 ? QColor(0xA6AFB9) : QColor(0x57606A));
    painter.drawText(QRectF(12, source.height(), page.width() - 24, StampHeight),
                     Qt::AlignVCenter | Qt::AlignLeft, stamp.line());
}

QSaveFile& openOrThrow(QSaveFile& file)
{
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Location(file.fileName()),
                    Text::tr("cannot write: %1").arg(file.errorString()));
    return file;
}

void commitOrThrow(QSaveFile& file)
{
    if (!file.commit())
        throw Error(Location(file.fileName()),
                    Text::tr("cannot write: %1").arg(file.errorString()));
}

void setPage(QPdfWriter& writer, const QSizeF& size)
{
    writer.setPageSize(QPageSize(size, QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
}

} // namespace

QString PageStamp::line() const
{
    QStringList parts{project.isEmpty() ? Text::tr("unsaved project") : project,
                      filters.isEmpty() ? Text::tr("all customers") : filters};
    if (!dataRange.isEmpty())
        parts.append(Text::tr("data %1").arg(dataRange));
    if (!model.isEmpty())
        parts.append(Text::tr("model %1").arg(model));
    parts.append(Text::tr("generated %1 UTC")
                     .arg(generated.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    return parts.join(QStringLiteral(" · "));
}

QString dataRangeOf(const EventLog& log)
{
    return dataRangeOf(log.firstMs(), log.lastMs());
}

QString dataRangeOf(std::optional<qint64> firstMs, std::optional<qint64> lastMs)
{
    if (!firstMs || !lastMs)
        return {};
    return QCoreApplication::translate("journeyscope::SceneExporter", "%1 to %2")
        .arg(formatIsoUtc(*firstMs).left(10), formatIsoUtc(*lastMs).left(10));
}

ExportFormat exportFormatNamed(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (lower == QLatin1String("png"))
        return ExportFormat::Png;
    if (lower == QLatin1String("svg"))
        return ExportFormat::Svg;
    throw Error(Text::tr("expected pdf, png or svg, found \"%1\"").arg(name));
}

void exportScene(QGraphicsScene& scene, const QString& path, ExportFormat format,
                 const PageStamp& stamp, int dpi)
{
    QSaveFile file(path);
    openOrThrow(file);
    const QSizeF page = pageSize(scene);
    switch (format) {
    case ExportFormat::Pdf: {
        QPdfWriter writer(&file);
        writer.setResolution(72); // a painter unit is a point
        writer.setCreator(QStringLiteral("Journeyscope"));
        writer.setTitle(stamp.project);
        setPage(writer, page);
        QPainter painter(&writer);
        paintPage(painter, scene, stamp);
        painter.end();
        break;
    }
    case ExportFormat::Png: {
        const double scale = double(dpi) / 72;
        QImage image((page * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        paintPage(painter, scene, stamp);
        painter.end();
        if (!image.save(&file, "PNG"))
            throw Error(Location(path), Text::tr("cannot encode the picture as PNG"));
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setResolution(72);
        generator.setSize(page.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), page));
        generator.setTitle(stamp.project);
        generator.setDescription(stamp.line());
        QPainter painter(&generator);
        paintPage(painter, scene, stamp);
        painter.end();
        break;
    }
    }
    commitOrThrow(file);
}

void exportPack(const std::vector<QGraphicsScene*>& scenes, const QString& path,
                const PageStamp& stamp)
{
    if (scenes.empty())
        throw Error(Location(path), Text::tr("a pack needs at least one view"));
    QSaveFile file(path);
    openOrThrow(file);
    QPdfWriter writer(&file);
    writer.setResolution(72);
    writer.setCreator(QStringLiteral("Journeyscope"));
    writer.setTitle(stamp.project);
    setPage(writer, pageSize(*scenes.front()));
    QPainter painter(&writer);
    for (size_t i = 0; i < scenes.size(); ++i) {
        if (i > 0) {
            setPage(writer, pageSize(*scenes[i]));
            writer.newPage();
        }
        paintPage(painter, *scenes[i], stamp);
    }
    painter.end();
    commitOrThrow(file);
}

} // namespace journeyscope
