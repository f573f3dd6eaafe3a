#pragma once

#include <QHash>
#include <QStringList>

namespace journeyscope {

/// The project's touchpoint index of each event name a warehouse returns.
class TouchpointLookup
{
public:
    explicit TouchpointLookup(const QStringList& names);

    /// The index of \a name; throws Error when the project does not know it (the table
    /// gained an event name after the project was connected).
    quint16 indexOf(const QString& name) const;

    /// Throws Error when a query met \a unknownEvents events of names the project does not
    /// know (a pushed-down analysis would otherwise leave them out unsaid).
    static void requireNoUnknown(qint64 unknownEvents);

private:
    QHash<QString, quint16> m_index;
};

} // namespace journeyscope
