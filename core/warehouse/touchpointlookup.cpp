#include "core/warehouse/touchpointlookup.h"

#include "core/base/error.h"

#include <algorithm>
#include <climits>
#include <QCoreApplication>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::TouchpointLookup)
};

} // namespace

TouchpointLookup::TouchpointLookup(const QStringList& names)
{
    for (qsizetype i = 0; i < names.size(); ++i)
        m_index.insert(names[i], quint16(i));
}

quint16 TouchpointLookup::indexOf(const QString& name) const
{
    const auto it = m_index.constFind(name);
    if (it == m_index.constEnd()) {
        throw Error(Text::tr("the table holds the event \"%1\", which the project does not know: "
                             "refresh the project (connect PROJECT --refresh) to take it in")
                        .arg(name));
    }
    return *it;
}

void TouchpointLookup::requireNoUnknown(qint64 unknownEvents)
{
    if (unknownEvents > 0) {
        throw Error(Text::tr("the table holds %n event(s) of names the project does not know: "
                             "refresh the project (connect PROJECT --refresh) to take them in",
                             nullptr, int(std::min<qint64>(unknownEvents, INT_MAX))));
    }
}

} // namespace journeyscope
