#include "app/cli/risktext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::risk)
};

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
                               ? Text::tr("%1 (%2 on average)")
                                     .arg(driver.value(QStringLiteral("feature")).toString())
                                     .arg(mean.toDouble(), 0, 'g', 3)
                               : driver.value(QStringLiteral("feature")).toString());
        }
        const QJsonValue observed = place.value(QStringLiteral("observed_rate"));
        out +=
            Text::tr("  %1: %2 % predicted%3, %L4 journeys%5\n")
                .arg(place.value(QStringLiteral("place")).toString())
                .arg(place.value(QStringLiteral("mean_risk")).toDouble() * 100, 0, 'f', 1)
                .arg(observed.isDouble()
                         ? Text::tr(" (%1 % observed)").arg(observed.toDouble() * 100, 0, 'f', 1)
                         : QString())
                .arg(place.value(QStringLiteral("rows")).toInteger())
                .arg(
                    drivers.isEmpty()
                        ? QString()
                        : Text::tr("; what drives it: %1").arg(drivers.join(QStringLiteral(", "))));
    }
    return out;
}

} // namespace journeyscope::cli
