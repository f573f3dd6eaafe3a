#pragma once

#include <optional>
#include <QDateTime>
#include <QString>
#include <vector>

class QGraphicsScene;

namespace journeyscope {

class EventLog;

/// What every exported page says about where its numbers come from.
struct PageStamp
{
    QString project;
    QString filters;   ///< "all customers", "2025-01-01 to 2025-03-31, web"
    QString dataRange; ///< first to last event, as dataRangeOf() writes it
    QString model;     ///< the model version shown, or ""
    QDateTime generated = QDateTime::currentDateTimeUtc();

    /// One line: "shop.journey · all customers · data 2025-01-01 to 2025-07-24 · model 3 ·
    /// generated 2026-11-24 10:02 UTC".
    QString line() const;
};

/// "2025-01-01 to 2025-07-24": the days of \a log's first and last events; "" when empty.
QString dataRangeOf(const EventLog& log);
/// The same from the first and last event's times.
QString dataRangeOf(std::optional<qint64> firstMs, std::optional<qint64> lastMs);

enum class ExportFormat { Pdf, Png, Svg };

/// "pdf", "png", "svg" (any case) -> the format; throws Error naming the others.
ExportFormat exportFormatNamed(const QString& name);

/**
 * Draws \a scene with \a stamp below it into \a path, atomically (the file appears whole or
 * not at all): PDF as vectors with its text kept as text, PNG at \a dpi (a scene unit is a
 * point, 1/72 inch), SVG. Selection is cleared first so no hover or selection shows.
 * Throws Error naming the file when it cannot be written.
 */
void exportScene(QGraphicsScene& scene, const QString& path, ExportFormat format,
                 const PageStamp& stamp, int dpi = 300);

/// One PDF page per scene, each page the size of its scene and stamped.
void exportPack(const std::vector<QGraphicsScene*>& scenes, const QString& path,
                const PageStamp& stamp);

} // namespace journeyscope
