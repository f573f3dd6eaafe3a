#include "app/cli/jsoncsv.h"

#include "core/base/csvtext.h"

#include <QJsonObject>

namespace journeyscope::cli {

namespace {

QString cellText(const QJsonValue& value, const QString& separator)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return csvNumber(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isObject()) {
                items.append(cellText(item, separator));
                continue;
            }
            const QJsonObject object = item.toObject();
            QString label;
            for (auto it = object.begin(); it != object.end() && label.isEmpty(); ++it) {
                if (it.value().isString())
                    label = it.value().toString();
            }
            items.append(object.contains(QStringLiteral("share"))
                             ? label + QLatin1Char('=') +
                                   csvNumber(object.value(QStringLiteral("share")).toDouble())
                             : label);
        }
        return items.join(separator);
    }
    default:
        return {};
    }
}

} // namespace

QString jsonRowsToCsv(const QStringList& columns, const QJsonArray& rows, const QString& separator)
{
    QString csv = csvRow(columns);
    for (const QJsonValue& row : rows) {
        QStringList fields;
        for (const QString& column : columns)
            fields.append(cellText(row[column], separator));
        csv += csvRow(fields);
    }
    return csv;
}

} // namespace journeyscope::cli
