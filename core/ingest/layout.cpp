#include "core/ingest/layout.h"

#include "core/base/feedback.h"
#include "core/ingest/csvrecordsource.h"
#include "core/ingest/headerrow.h"
#include "core/ingest/importer.h"
#include "core/ingest/recordlimits.h"
#include "core/ingest/roledetector.h"
#include "core/ingest/whitespacetablereader.h"

namespace journeyscope {

namespace {

constexpr int SampleRecords = 1000;
// The sample is copied: wide or long records fill it before SampleRecords do (a thousand
// records of the largest size would be 64 GiB).
constexpr std::size_t SampleBytes = MaxRecordBytes;

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::Layout)
};

/// Settles day/month order from every date in the file.
TimestampFormat dayMonthOrder(const Importer& importer, const QString& path,
                              const ColumnMapping& mapping, const QString& example,
                              Feedback* feedback, QStringList* notes)
{
    QList<int> dateColumns;
    for (int column = 0; column < mapping.roles.size(); ++column) {
        if (mapping.roles[column] == ColumnRole::Time ||
            mapping.roles[column] == ColumnRole::EventDate)
            dateColumns.append(column);
    }
    const QString& name = mapping.header[dateColumns.first()];
    const auto source = importer.createSource(path, mapping.delimiter);
    source->open();
    DayMonthEvidence evidence;
    qint64 records = 0;
    while (source->next() && !(evidence.dayFirstSeen() && evidence.monthFirstSeen())) {
        for (const int column : dateColumns) {
            if (size_t(column) < source->fields().size())
                evidence.add(source->fields()[size_t(column)]);
        }
        if (++records % 65536 == 0 && feedback)
            feedback->checkCanceled();
    }
    if (evidence.dayFirstSeen() && evidence.monthFirstSeen()) {
        throw Error(Location(path, 1, 1, name),
                    Text::tr("column \"%1\" mixes day-first and month-first dates; give the format "
                             "with --time-format")
                        .arg(name));
    }
    if (!evidence.dayFirstSeen() && !evidence.monthFirstSeen()) {
        throw Error(Location(path, 1, 1, name),
                    Text::tr("column \"%1\": every date fits both day/month and month/day order "
                             "(for example \"%2\"); say which with --time-format dmy or "
                             "--time-format mdy")
                        .arg(name, example));
    }
    const bool dayFirst = evidence.dayFirstSeen();
    notes->append(Text::tr("column \"%1\": dates read as %2, because of values such as \"%3\"")
                      .arg(name, dayFirst ? Text::tr("day/month/year") : Text::tr("month/day/year"),
                           evidence.example()));
    return TimestampFormat(dayFirst ? TimestampFormat::Kind::DayMonthYear
                                    : TimestampFormat::Kind::MonthDayYear);
}

} // namespace

ColumnMapping detectLayout(const Importer& importer, const QString& path,
                           const MappingOverrides& overrides, Feedback* feedback,
                           QStringList* notes)
{
    const auto source = importer.createSource(path, overrides.delimiter);
    source->open();

    DetectionInput input;
    input.file = path;
    input.columns = source->columns();
    input.kind = importer.kind();
    input.overrides = importer.formatRoles();
    input.overrides.append(overrides);
    QList<FieldType> sourceTypes(input.columns.size(), FieldType::Text);
    std::size_t sampleBytes = 0;
    while (int(input.sample.size()) < SampleRecords && sampleBytes < SampleBytes &&
           source->next()) {
        std::vector<std::string> row;
        const auto& fields = source->fields();
        for (size_t i = 0; i < fields.size(); ++i) {
            row.emplace_back(fields[i]);
            sampleBytes += sizeof(std::string) + fields[i].size();
            // Formats that say their types (XES) are believed over the sample.
            if (i < size_t(sourceTypes.size()) && sourceTypes[qsizetype(i)] == FieldType::Text)
                sourceTypes[qsizetype(i)] = source->fieldType(int(i));
        }
        input.sample.push_back(std::move(row));
    }
    if (const auto* csv = dynamic_cast<const CsvRecordSource*>(source.get()))
        input.headerless = !csv->hasHeader();
    if (dynamic_cast<const WhitespaceTableReader*>(source.get()))
        input.headerless = input.columns.value(0) == numberedColumnName(1);

    RoleDetection detection = detectRoles(input);
    ColumnMapping& mapping = detection.mapping;
    mapping.format = importer.formatId();
    if (const auto* csv = dynamic_cast<const CsvRecordSource*>(source.get()))
        mapping.delimiter = csv->delimiter();
    else if (dynamic_cast<const WhitespaceTableReader*>(source.get()))
        mapping.delimiter = ' ';
    for (int column = 0; column < mapping.types.size(); ++column) {
        if (sourceTypes[column] != FieldType::Text && mapping.roles[column] != ColumnRole::Time)
            mapping.types[column] = sourceTypes[column];
    }
    if (input.headerless)
        notes->append(Text::tr("the file has no header line: its columns are numbered"));
    notes->append(detection.notes);
    if (detection.timeOrderOpen) {
        mapping.timeFormat =
            dayMonthOrder(importer, path, mapping, detection.timeOrderExample, feedback, notes);
    }
    return mapping;
}

} // namespace journeyscope
