#pragma once

#include "core/ingest/csvreader.h"
#include "core/ingest/recordsource.h"

namespace journeyscope {

/**
 * CSV rows as records. The first row is the header when it reads as one (see
 * looksLikeHeaderRow()); otherwise the columns are named "column 1", "column 2", ... and the
 * first row is data.
 */
class CsvRecordSource : public RecordSource
{
public:
    /// \a delimiter 0: sniffed. \a bufferBytes: see CsvReader.
    CsvRecordSource(const QString& path, char delimiter,
                    std::size_t bufferBytes = CsvReader::DefaultBufferBytes);

    char delimiter() const { return m_reader.delimiter(); }
    bool hasHeader() const { return m_hasHeader; }

    void setHashSink(Sha256* sink) override { m_reader.setHashSink(sink); }
    void open() override;
    const QStringList& columns() const override { return m_columns; }
    bool next() override;
    const std::vector<std::string_view>& fields() const override { return m_reader.fields(); }
    Location location(int column) const override;
    const QString& path() const override { return m_reader.path(); }
    qint64 bytesRead() const override { return m_reader.bytesRead(); }
    qint64 fileSize() const override { return m_reader.fileSize(); }

private:
    CsvReader m_reader;
    QStringList m_columns;
    bool m_hasHeader = true;
    bool m_firstRowPending = false; ///< the first row was data and is still current
};

} // namespace journeyscope
