// libFuzzer target: the XES reader (QXmlStreamReader over GzipFile) reads whatever bytes it
// is given, plain or gzipped, to the end or to a journeyscope::Error.

#include "core/ingest/xesreader.h"
#include "tests/fuzz/inputfile.h"
#include "tests/fuzz/recorddigest.h"

#include <cstdint>

using namespace journeyscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = fuzz::writeInputFile(data, size, QStringLiteral("input.xes"));
    XesReader reader(path);
    fuzz::readToEnd(reader);
    XesReader::looksLikeXes(path);
    return 0;
}
