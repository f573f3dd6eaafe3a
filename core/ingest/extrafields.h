#pragma once

#include "core/ingest/recordsource.h"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace journeyscope {

/**
 * The extra fields of one record as a reader collects them: a name set again keeps its
 * place and takes the new value; a name removed and set again goes to the end. Linear in
 * the number of fields (a record may have tens of thousands), where searching the list for
 * every field would be quadratic. The views must stay valid as long as the record.
 */
class ExtraFields
{
public:
    void clear();
    void set(std::string_view name, std::string_view value, FieldType type);
    void remove(std::string_view name);
    /// Drops the removed fields from fields(); call once the record is complete.
    void finish();
    /// The fields in order (removed ones included until finish()).
    const std::vector<ExtraField>& fields() const { return m_fields; }

private:
    static constexpr std::size_t None = std::size_t(-1);
    /// Up to this many fields a name is searched for; past it, looked up in m_index.
    static constexpr std::size_t SearchLimit = 32;

    std::size_t find(std::string_view name);

    std::vector<ExtraField> m_fields;
    std::vector<bool> m_removed;
    bool m_anyRemoved = false;
    std::unordered_map<std::string_view, std::size_t> m_index; ///< name -> place in m_fields
};

} // namespace journeyscope
