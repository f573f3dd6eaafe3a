// libFuzzer target: the CSV reader, its header detection and the blank-separated table
// reader read whatever bytes they are given to the end or to a journeyscope::Error.

#include "core/base/error.h"
#include "core/ingest/csvreader.h"
#include "core/ingest/csvrecordsource.h"
#include "core/ingest/whitespacetablereader.h"
#include "tests/fuzz/inputfile.h"
#include "tests/fuzz/recorddigest.h"

#include <cstdint>

using namespace journeyscope;

namespace {

std::string readCsv(const QString& path, std::size_t bufferBytes)
{
    std::string digest;
    try {
        CsvReader reader(path, 0, bufferBytes);
        reader.open();
        digest += reader.delimiter();
        digest += '\n';
        while (reader.next()) {
            const auto& fields = reader.fields();
            for (std::size_t i = 0; i < fields.size(); ++i) {
                fuzz::appendField(digest, fields[i]);
                fuzz::appendLocation(digest, reader.fieldLocation(int(i)));
            }
            digest += std::to_string(reader.line());
            digest += '\n';
        }
        if (reader.bytesRead() != reader.fileSize())
            digest += "bytesRead() is not fileSize() at the end";
    } catch (const Error& error) {
        digest += error.toString().toStdString();
    }
    return digest;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = fuzz::writeInputFile(data, size, QStringLiteral("input.csv"));

    // A small buffer makes records cross refills; what is read must not depend on it. (A
    // buffer that holds the whole input stands for the default 1 MiB, which costs more
    // to clear on every run than the rest.)
    fuzz::expectSame("records read with a whole and a small buffer", readCsv(path, size + 1),
                     readCsv(path, 1 + size % 13));

    CsvRecordSource csv(path, 0, size + 1);
    fuzz::readToEnd(csv);
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (WhitespaceTableReader::looksLikeWhitespaceTable(bytes)) {
        WhitespaceTableReader table(path);
        fuzz::readToEnd(table);
    }
    return 0;
}
