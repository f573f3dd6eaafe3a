#include "core/ingest/folderfeed.h"

#include <QFileInfo>

namespace journeyscope {

FolderFeed::FolderFeed(QString folder, QStringList ignored)
    : m_folder(std::move(folder))
    , m_ignored(std::move(ignored))
{}

QStringList FolderFeed::poll()
{
    static const QStringList incomplete = {QStringLiteral(".tmp"), QStringLiteral(".part"),
                                           QStringLiteral(".partial"),
                                           QStringLiteral(".crdownload")};
    QStringList ready;
    const QDateTime settled = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto entries = m_folder.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& info : entries) {
        const QString name = info.fileName();
        if (m_ignored.contains(name) || name.contains(QLatin1String(".partial-")) ||
            std::any_of(incomplete.begin(), incomplete.end(),
                        [&](const QString& suffix) { return name.endsWith(suffix); }))
            continue;
        Seen& seen = m_seen[name];
        const QDateTime modified = info.lastModified().toUTC();
        const bool unchanged = seen.size == info.size() && seen.modified == modified;
        if (!unchanged)
            seen.handedOut = false;
        if (unchanged && !seen.handedOut && modified <= settled) {
            seen.handedOut = true;
            ready.append(info.absoluteFilePath());
        }
        seen.size = info.size();
        seen.modified = modified;
    }
    return ready;
}

} // namespace journeyscope
