#include "core/ingest/csvlayout.h"

#include "core/base/feedback.h"
#include "core/ingest/csvreader.h"
#include "core/ingest/fieldparsers.h"

#include <QSet>

namespace journeyscope {

namespace {

constexpr int SampleRows = 1000;

QString tr(const char* text)
{
    return QCoreApplication::translate("journeyscope::CsvLayout", text);
}

/// Column names from the header line: blank names get "column N", repeated names a number,
/// so that every attribute has a name of its own.
QStringList headerNames(const CsvReader& reader)
{
    QStringList names;
    QSet<QString> seen;
    const auto& fields = reader.fields();
    for (size_t i = 0; i < fields.size(); ++i) {
        if (!isValidUtf8(fields[i])) {
            throw Error(reader.fieldLocation(int(i)),
                        tr("expected a UTF-8 column name, found invalid bytes (save the file "
                           "as UTF-8)"));
        }
        QString name =
            QString::fromUtf8(trimmed(fields[i]).data(), qsizetype(trimmed(fields[i]).size()));
        if (name.isEmpty())
            name = tr("column %1").arg(i + 1);
        const QString base = name;
        for (int n = 2; seen.contains(name.toLower()); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        seen.insert(name.toLower());
        names.append(name);
    }
    return names;
}

/// Settles day/month order from the whole time column.
TimestampFormat dayMonthOrder(const QString& path, const ColumnMapping& mapping,
                              const QString& example, Feedback* feedback, QStringList* notes)
{
    const int column = mapping.column(ColumnRole::Time);
    const QString& name = mapping.header[column];
    CsvReader reader(path, mapping.delimiter);
    reader.open();
    reader.next(); // header
    DayMonthEvidence evidence;
    qint64 rows = 0;
    while (reader.next()) {
        if (size_t(column) < reader.fields().size())
            evidence.add(reader.fields()[size_t(column)]);
        if (++rows % 65536 == 0 && feedback)
            feedback->checkCanceled();
        if (evidence.dayFirstSeen() && evidence.monthFirstSeen())
            break;
    }
    if (evidence.dayFirstSeen() && evidence.monthFirstSeen()) {
        throw Error(Location(path, 1, 1, name),
                    tr("column \"%1\" mixes day-first and month-first dates; give the format "
                       "with --time-format")
                        .arg(name));
    }
    if (!evidence.dayFirstSeen() && !evidence.monthFirstSeen()) {
        throw Error(Location(path, 1, 1, name),
                    tr("column \"%1\": every date fits both day/month and month/day order "
                       "(for example \"%2\"); say which with --time-format dmy or "
                       "--time-format mdy")
                        .arg(name, example));
    }
    const bool dayFirst = evidence.dayFirstSeen();
    notes->append(
        tr("column \"%1\": dates read as %2, because of values such as \"%3\"")
            .arg(name, dayFirst ? tr("day/month/year") : tr("month/day/year"), evidence.example()));
    return TimestampFormat(dayFirst ? TimestampFormat::Kind::DayMonthYear
                                    : TimestampFormat::Kind::MonthDayYear);
}

} // namespace

ColumnMapping detectCsvLayout(const QString& path, const MappingOverrides& overrides,
                              Feedback* feedback, QStringList* notes)
{
    CsvReader reader(path, overrides.delimiter);
    reader.open();
    if (!reader.next())
        throw Error(Location(path), tr("the file is empty: expected a header line"));
    const QStringList header = headerNames(reader);

    std::vector<std::vector<std::string>> sample;
    while (int(sample.size()) < SampleRows && reader.next()) {
        std::vector<std::string> row;
        for (std::string_view field : reader.fields())
            row.emplace_back(field);
        sample.push_back(std::move(row));
    }

    RoleDetection detection = detectRoles(path, header, sample, overrides);
    detection.mapping.delimiter = reader.delimiter();
    if (detection.timeOrderOpen) {
        detection.mapping.timeFormat =
            dayMonthOrder(path, detection.mapping, detection.timeOrderExample, feedback, notes);
    }
    return detection.mapping;
}

} // namespace journeyscope
