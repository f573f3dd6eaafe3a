#include "core/ingest/extrafields.h"

namespace journeyscope {

void ExtraFields::clear()
{
    m_fields.clear();
    m_removed.clear();
    m_anyRemoved = false;
    // Not clear(): a map that once held many names keeps its buckets, and clearing them on
    // every record would cost as much.
    if (!m_index.empty())
        m_index = {};
}

std::size_t ExtraFields::find(std::string_view name)
{
    if (m_fields.size() <= SearchLimit) {
        for (std::size_t i = 0; i < m_fields.size(); ++i) {
            if (!m_removed[i] && m_fields[i].name == name)
                return i;
        }
        return None;
    }
    if (m_index.empty()) {
        for (std::size_t i = 0; i < m_fields.size(); ++i) {
            if (!m_removed[i])
                m_index.emplace(m_fields[i].name, i);
        }
    }
    const auto found = m_index.find(name);
    return found == m_index.end() ? None : found->second;
}

void ExtraFields::set(std::string_view name, std::string_view value, FieldType type)
{
    if (const std::size_t place = find(name); place != None) {
        m_fields[place].value = value;
        m_fields[place].type = type;
        return;
    }
    if (!m_index.empty())
        m_index.emplace(name, m_fields.size());
    m_fields.push_back({name, value, type});
    m_removed.push_back(false);
}

void ExtraFields::remove(std::string_view name)
{
    const std::size_t place = find(name);
    if (place == None)
        return;
    m_removed[place] = true;
    m_anyRemoved = true;
    m_index.erase(name);
}

void ExtraFields::finish()
{
    if (!m_anyRemoved)
        return;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        if (!m_removed[i])
            m_fields[kept++] = m_fields[i];
    }
    m_fields.resize(kept);
    m_removed.assign(kept, false);
    m_anyRemoved = false;
    if (!m_index.empty())
        m_index = {};
}

} // namespace journeyscope
