#include "core/ingest/importer.h"

#include "core/ingest/csvrecordsource.h"
#include "core/ingest/jsonlinesreader.h"
#include "core/ingest/whitespacetablereader.h"
#include "core/ingest/xesreader.h"

#include <QCoreApplication>
#include <QFile>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::Importer)
};

/// Delimited text: CSV (sniffed or given delimiter) or blank-separated columns.
std::unique_ptr<RecordSource> textTableSource(const QString& path, char delimiter)
{
    if (delimiter == ' ')
        return std::make_unique<WhitespaceTableReader>(path);
    if (delimiter == 0) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) &&
            WhitespaceTableReader::looksLikeWhitespaceTable(file.read(65536).toStdString()))
            return std::make_unique<WhitespaceTableReader>(path);
    }
    return std::make_unique<CsvRecordSource>(path, delimiter);
}

class CsvImporter : public Importer
{
public:
    QString formatId() const override { return QStringLiteral("csv"); }
    QString displayName() const override { return Text::tr("Events in a CSV or text table"); }
    QString nameFilter() const override
    {
        return Text::tr("CSV and text tables (*.csv *.tsv *.txt *.dat)");
    }
    bool supportsFile(const QString&) const override { return true; }
    std::unique_ptr<RecordSource> createSource(const QString& path, char delimiter) const override
    {
        return textTableSource(path, delimiter);
    }
};

class CustomerTableImporter : public CsvImporter
{
public:
    QString formatId() const override { return QStringLiteral("table"); }
    QString displayName() const override
    {
        return Text::tr("Customer table (one row per customer)");
    }
    bool supportsFile(const QString&) const override { return false; } // only when asked for
    ImportKind kind() const override { return ImportKind::CustomerTable; }
};

class JsonLinesImporter : public Importer
{
public:
    QString formatId() const override { return QStringLiteral("jsonl"); }
    QString displayName() const override { return Text::tr("Events in JSON Lines"); }
    QString nameFilter() const override
    {
        return Text::tr("JSON Lines (*.jsonl *.ndjson *.json *.jsonl.gz)");
    }
    bool supportsFile(const QString& path) const override
    {
        return JsonLinesReader::looksLikeJsonLines(path);
    }
    std::unique_ptr<RecordSource> createSource(const QString& path, char) const override
    {
        return std::make_unique<JsonLinesReader>(path);
    }
};

class XesImporter : public Importer
{
public:
    QString formatId() const override { return QStringLiteral("xes"); }
    QString displayName() const override { return Text::tr("XES event log"); }
    QString nameFilter() const override { return Text::tr("XES event logs (*.xes *.xes.gz)"); }
    bool supportsFile(const QString& path) const override { return XesReader::looksLikeXes(path); }
    MappingOverrides formatRoles() const override
    {
        // IEEE 1849: a trace is a case (here a customer's journey), concept:name names the
        // activity, time:timestamp says when. Other attributes stay attributes.
        const QString origin = Text::tr("the XES standard");
        MappingOverrides roles;
        roles.columns = {{QStringLiteral("case:concept:name"), ColumnRole::Customer, origin},
                         {QStringLiteral("concept:name"), ColumnRole::Event, origin},
                         {QStringLiteral("time:timestamp"), ColumnRole::Time, origin}};
        return roles;
    }
    std::unique_ptr<RecordSource> createSource(const QString& path, char) const override
    {
        return std::make_unique<XesReader>(path);
    }
};

} // namespace

const std::vector<const Importer*>& importers()
{
    static const XesImporter xes;
    static const JsonLinesImporter jsonLines;
    static const CsvImporter csv;
    static const CustomerTableImporter table;
    static const std::vector<const Importer*> all = {&xes, &jsonLines, &csv, &table};
    return all;
}

const Importer* findImporter(QStringView formatId)
{
    for (const Importer* importer : importers()) {
        if (importer->formatId() == formatId)
            return importer;
    }
    return nullptr;
}

const Importer& importerForFile(const QString& path)
{
    for (const Importer* importer : importers()) {
        if (importer->supportsFile(path))
            return *importer;
    }
    return *findImporter(u"csv");
}

} // namespace journeyscope
