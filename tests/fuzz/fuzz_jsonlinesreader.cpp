// libFuzzer target: the JSON Lines reader (and, for input starting with gzip's magic
// bytes, the inflating GzipFile under it) reads whatever bytes it is given to the end or to
// a journeyscope::Error.

#include "core/ingest/jsonlinesreader.h"
#include "tests/fuzz/inputfile.h"
#include "tests/fuzz/recorddigest.h"

#include <cstdint>

using namespace journeyscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = fuzz::writeInputFile(data, size, QStringLiteral("input.jsonl"));

    // A small buffer makes lines cross refills; what is read must not depend on it. (A
    // buffer that holds the whole input stands for the default 1 MiB, which costs more to
    // clear on every run than the rest.)
    JsonLinesReader whole(path, size + 1);
    JsonLinesReader small(path, 1 + size % 13);
    fuzz::expectSame("records read with a whole and a small buffer", fuzz::readToEnd(whole),
                     fuzz::readToEnd(small));
    JsonLinesReader::looksLikeJsonLines(path);
    return 0;
}
