#include "core/ingest/headerrow.h"

#include "core/ingest/fieldparsers.h"
#include "core/ingest/timestampparser.h"

#include <QCoreApplication>
#include <QSet>

namespace journeyscope {

bool looksLikeHeaderRow(const std::vector<std::string_view>& fields)
{
    for (std::string_view field : fields) {
        field = trimmed(field);
        if (parseNumber(field).has_value())
            return false;
        if (!field.empty() && detectTimestampFormat({field}).format.has_value())
            return false;
    }
    return true;
}

QStringList columnNames(const std::vector<std::string_view>& fields)
{
    QStringList names;
    QSet<QString> seen;
    for (size_t i = 0; i < fields.size(); ++i) {
        const std::string_view text = trimmed(fields[i]);
        QString name = QString::fromUtf8(text.data(), qsizetype(text.size()));
        if (name.isEmpty())
            name = numberedColumnName(int(i) + 1);
        const QString base = name;
        for (int n = 2; seen.contains(name.toLower()); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        seen.insert(name.toLower());
        names.append(name);
    }
    return names;
}

QString numberedColumnName(int number)
{
    return QCoreApplication::translate("journeyscope::HeaderRow", "column %1").arg(number);
}

QStringList numberedColumnNames(int count)
{
    QStringList names;
    for (int i = 1; i <= count; ++i)
        names.append(numberedColumnName(i));
    return names;
}

} // namespace journeyscope
