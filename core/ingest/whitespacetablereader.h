#pragma once

#include "core/ingest/recordsource.h"

#include <QFile>
#include <string>

namespace journeyscope {

/**
 * Tables whose columns are separated by runs of spaces or tabs, as fixed-width and
 * statistics exports write them (" 00001 19970101  1   11.77"). Leading and trailing
 * blanks are ignored; there is no quoting. The first line is the header when it reads as
 * one (looksLikeHeaderRow()).
 */
class WhitespaceTableReader : public RecordSource
{
public:
    explicit WhitespaceTableReader(QString path);

    /// True when the first lines of \a sample split on blanks into the same number (> 1) of
    /// fields and contain none of the characters that CSV files separate or quote with.
    static bool looksLikeWhitespaceTable(std::string_view sample);

    void setHashSink(Sha256* sink) override { m_hashSink = sink; }
    void open() override;
    const QStringList& columns() const override { return m_columns; }
    bool next() override;
    const std::vector<std::string_view>& fields() const override { return m_fields; }
    Location location(int column) const override;
    const QString& path() const override { return m_path; }
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 fileSize() const override { return m_file.size(); }

private:
    bool readLine();

    QString m_path;
    QFile m_file;
    Sha256* m_hashSink = nullptr;
    std::string m_buffer;
    size_t m_position = 0;
    bool m_atEnd = false;
    std::string m_line;
    qint64 m_lineNumber = 0;
    qint64 m_bytesRead = 0;
    QStringList m_columns;
    std::vector<std::string_view> m_fields;
    std::vector<size_t> m_starts; ///< byte offset of each field in m_line
    bool m_firstRowPending = false;
};

} // namespace journeyscope
