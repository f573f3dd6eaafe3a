#include "app/cli/risktext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace journeyscope::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("journeyscope::cli::risk", text);
}

} // namespace

QString riskByPlaceText(const QJsonArray& places, int limit)
{
    QString out;
    for (int i = 0; i < places.size() && i < limit; ++i) {
        const QJsonObject place = places[i].toObject();
        QStringList drivers;
        for (const QJsonValue& value : place.value(QStringLiteral("drivers")).toArray()) {
            const QJsonObject driver = value.toObject();
            const QJsonValue mean = driver.value(QStringLiteral("mean_value"));
            drivers.append(mean.isDouble()
                               ? tr("%1 (%2 on average)")
                                     .arg(driver.value(QStringLiteral("feature")).toString())
                                     .arg(mean.toDouble(), 0, 'g', 3)
                               : driver.value(QStringLiteral("feature")).toString());
        }
        const QJsonValue observed = place.value(QStringLiteral("observed_rate"));
        out += tr("  %1: %2 % predicted%3, %L4 journeys%5\n")
                   .arg(place.value(QStringLiteral("place")).toString())
                   .arg(place.value(QStringLiteral("mean_risk")).toDouble() * 100, 0, 'f', 1)
                   .arg(observed.isDouble()
                            ? tr(" (%1 % observed)").arg(observed.toDouble() * 100, 0, 'f', 1)
                            : QString())
                   .arg(place.value(QStringLiteral("rows")).toInteger())
                   .arg(drivers.isEmpty()
                            ? QString()
                            : tr("; what drives it: %1").arg(drivers.join(QStringLiteral(", "))));
    }
    return out;
}

} // namespace journeyscope::cli
