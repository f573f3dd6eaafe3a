#pragma once

#include <optional>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace journeyscope {

class Database;

/// One imported file, as recorded in the project.
struct SourceSummary
{
    qint64 id = 0;
    QString name;
    QString path;
    qint64 size = 0;
    QString sha256;
    QString format;
    qint64 importedAtMs = 0;
    qint64 rows = 0;
    qint64 imported = 0;
    qint64 skipped = 0;
};

/// What a project holds: the numbers of `journeyscope-cli info` and the main window.
struct ProjectSummary
{
    qint64 events = 0;
    qint64 customers = 0;       ///< people: customers merged by identity resolution count once
    qint64 mergedCustomers = 0; ///< customers merged into another
    qint64 withoutConsent = 0;  ///< people kept out of analyses for lack of consent
    qint64 sessions = 0;
    qint64 touchpoints = 0;
    qint64 channels = 0;
    std::optional<qint64> firstMs;
    std::optional<qint64> lastMs;
    QList<SourceSummary> sources;
    bool eventsInWarehouse = false; ///< a project made by connect: its events are elsewhere

    /// Reads the summary with a few aggregate queries (one scan of the events). Throws
    /// Error, for instance when a page of the events table is damaged.
    static ProjectSummary read(const Database& db);
    /// The imported files alone, oldest first. Throws Error.
    static QList<SourceSummary> readSources(const Database& db);

    /// {"events":N,"customers":N,"sessions":N,"touchpoints":N,"channels":N,
    ///  "first":"ISO-8601","last":"ISO-8601","merged_customers":N,"excluded_customers":N,
    ///  "sources":[...]}; first/last null when empty.
    QJsonObject toJson() const;
};

} // namespace journeyscope
