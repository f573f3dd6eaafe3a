#include "tests/fuzz/recorddigest.h"

#include "core/base/error.h"
#include "core/ingest/recordsource.h"

#include <cstdio>
#include <cstdlib>

namespace journeyscope::fuzz {

void appendField(std::string& digest, std::string_view bytes)
{
    digest += std::to_string(bytes.size());
    digest += ':';
    digest += bytes;
    digest += ' ';
}

void appendLocation(std::string& digest, const Location& location)
{
    digest += '@';
    digest += location.toString().toStdString();
    digest += '[';
    digest += location.field.toStdString();
    digest += "] ";
}

std::string readToEnd(RecordSource& source)
{
    std::string digest;
    try {
        source.open();
        for (const QString& column : source.columns())
            appendField(digest, column.toStdString());
        digest += '\n';
        while (source.next()) {
            const auto& fields = source.fields();
            for (std::size_t i = 0; i < fields.size(); ++i) {
                appendField(digest, fields[i]);
                digest += char('0' + int(source.fieldType(int(i))));
                appendLocation(digest, source.location(int(i)));
            }
            for (const ExtraField& extra : source.extraFields()) {
                digest += '+';
                appendField(digest, extra.name);
                appendField(digest, extra.value);
                digest += char('0' + int(extra.type));
            }
            appendLocation(digest, source.location(-1));
            digest += '\n';
        }
    } catch (const Error& error) {
        digest += error.toString().toStdString();
    }
    return digest;
}

void expectSame(const char* what, const std::string& first, const std::string& second)
{
    if (first == second)
        return;
    std::fprintf(stderr, "%s differ:\n--- first\n%s\n--- second\n%s\n", what, first.c_str(),
                 second.c_str());
    std::abort();
}

} // namespace journeyscope::fuzz
