// libFuzzer target: a project file of any bytes is opened for reading as `journeyscope-cli
// info` and the analyses open it, its summary read and its events loaded, or refused with a
// journeyscope::Error.

#include "core/base/error.h"
#include "core/journey/eventlog.h"
#include "core/store/project.h"
#include "core/store/projectsummary.h"
#include "tests/fuzz/inputfile.h"

#include <cstdint>

using namespace journeyscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // What SQLite left beside the last input (a hot journal would be rolled back into this
    // one) goes first.
    const QString path = fuzz::writeInputFile(data, size, QStringLiteral("input.journey"),
                                              {QStringLiteral("input.journey-journal"),
                                               QStringLiteral("input.journey-wal"),
                                               QStringLiteral("input.journey-shm")});
    try {
        const auto project = Project::openForReading(path);
        ProjectSummary::read(project->database());
        EventLog::load(project->database());
    } catch (const Error&) {
        // A refusal with a reason is the expected answer to a damaged file.
    }
    return 0;
}
