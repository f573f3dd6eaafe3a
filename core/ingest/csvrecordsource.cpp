#include "core/ingest/csvrecordsource.h"

#include "core/ingest/fieldparsers.h"
#include "core/ingest/headerrow.h"

namespace journeyscope {

CsvRecordSource::CsvRecordSource(const QString& path, char delimiter, std::size_t bufferBytes)
    : m_reader(path, delimiter, bufferBytes)
{}

void CsvRecordSource::open()
{
    m_reader.open();
    if (!m_reader.next()) {
        throw Error(Location(m_reader.path()),
                    QCoreApplication::translate("journeyscope::CsvRecordSource",
                                                "the file is empty: expected a header line"));
    }
    const auto& first = m_reader.fields();
    for (size_t i = 0; i < first.size(); ++i) {
        if (!isValidUtf8(first[i])) {
            throw Error(m_reader.fieldLocation(int(i)),
                        QCoreApplication::translate("journeyscope::CsvRecordSource",
                                                    "expected UTF-8 text, found invalid bytes "
                                                    "(save the file as UTF-8)"));
        }
    }
    m_hasHeader = looksLikeHeaderRow(first);
    m_columns = m_hasHeader ? columnNames(first) : numberedColumnNames(int(first.size()));
    m_firstRowPending = !m_hasHeader;
}

bool CsvRecordSource::next()
{
    if (m_firstRowPending) {
        m_firstRowPending = false;
        return true;
    }
    return m_reader.next();
}

Location CsvRecordSource::location(int column) const
{
    if (column < 0)
        return Location(m_reader.path(), m_reader.line(), 1);
    Location location = m_reader.fieldLocation(column);
    location.field = m_columns.value(column);
    return location;
}

} // namespace journeyscope
