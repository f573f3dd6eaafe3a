#include "tests/support/casefile.h"

#include <algorithm>
#include <QDateTime>
#include <QFile>

namespace journeyscope::test {

std::map<QString, std::vector<CaseEvent>> readCaseFile(const QString& path)
{
    std::map<QString, std::vector<CaseEvent>> cases;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    file.readLine(); // the header
    int order = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char(','));
        QDateTime time =
            fields.size() == 3
                ? QDateTime::fromString(fields[2], QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                : QDateTime();
        if (!time.isValid())
            qFatal("%s: line %d is not CASE,ACTIVITY,TIME", qPrintable(path), order + 2);
        time.setTimeSpec(Qt::UTC);
        cases[fields[0]].push_back({time.toMSecsSinceEpoch(), order++, fields[1]});
    }
    for (auto& [id, events] : cases) {
        std::sort(events.begin(), events.end(), [](const CaseEvent& a, const CaseEvent& b) {
            return a.ms != b.ms ? a.ms < b.ms : a.order < b.order;
        });
    }
    return cases;
}

} // namespace journeyscope::test
