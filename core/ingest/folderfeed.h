#pragma once

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QString>

namespace journeyscope {

/**
 * The files an export job drops into a folder, each handed out once when complete: a file
 * counts as complete when its size and modification time did not change between two looks
 * and it was last modified at least a second ago. Hidden files and names ending in .tmp,
 * .part, .partial or .crdownload (files still being written) are ignored, as are files whose
 * name is in \a ignored (the project itself when it lives in the folder).
 */
class FolderFeed
{
public:
    explicit FolderFeed(QString folder, QStringList ignored = {});

    /// Looks at the folder; returns the files that became complete since the last look, by
    /// name. A file that was handed out comes again only when it changes.
    QStringList poll();

private:
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        bool handedOut = false;
    };

    QDir m_folder;
    QStringList m_ignored;
    QHash<QString, Seen> m_seen;
};

} // namespace journeyscope
