#include "core/ingest/importdictionaries.h"

#include "core/ingest/fieldparsers.h"
#include "core/store/importwriter.h"

#include <cstring>

namespace journeyscope {

NameDictionary::NameDictionary(const Database& db, const char* table, qsizetype capacity)
    : m_capacity(capacity)
{
    for (const DictionaryRow& row : ImportWriter::readDictionary(db, table)) {
        m_nextId = std::max<qint32>(m_nextId, qint32(row.id) + 1);
        m_ids.insert(row.name, qint32(row.id));
    }
}

qint32 NameDictionary::idOf(std::string_view name, std::vector<DictionaryRow>& added)
{
    if (const qint32* id = m_ids.find(name))
        return *id;
    if (qsizetype(m_ids.size()) >= m_capacity)
        return 0;
    const qint32 id = m_nextId++;
    m_ids.insert(name, id);
    added.push_back({id, std::string(name)});
    return id;
}

CustomerDirectory::CustomerDirectory(const Database& db, const Pseudonymiser* pseudonymiser)
    : m_pseudonymiser(pseudonymiser)
{
    for (const DictionaryRow& row : ImportWriter::readDictionary(db, "customers")) {
        m_nextId = std::max(m_nextId, row.id + 1);
        m_existing.insert(row.name, row.id);
    }
}

void CustomerDirectory::beginFile()
{
    ++m_file;
    m_nextSlot = 0;
}

std::string CustomerDirectory::storedKey(std::string_view key) const
{
    return m_pseudonymiser ? m_pseudonymiser->pseudonym(ColumnRole::Customer, key)
                           : std::string(trimmed(key));
}

qint64 CustomerDirectory::idOf(std::string_view key)
{
    if (const CustomerEntry* entry = m_byRawKey.find(key))
        return entry->id;
    const qint64* existing = m_existing.find(storedKey(key));
    return existing ? *existing : 0;
}

CustomerEntry& CustomerDirectory::find(std::string_view key, std::vector<DictionaryRow>& added,
                                       bool* created)
{
    CustomerEntry* entry = m_byRawKey.find(key);
    if (created)
        *created = false;
    if (!entry) {
        std::string stored = storedKey(key);
        qint64 id;
        if (const qint64* existing = m_existing.find(stored)) {
            id = *existing;
        } else {
            id = m_nextId++;
            ++m_newCustomers;
            added.push_back({id, std::move(stored)});
            if (created)
                *created = true;
        }
        entry = &m_byRawKey.insert(key, CustomerEntry{id, 0, 0});
    }
    if (entry->file != m_file) {
        entry->file = m_file;
        entry->slot = m_nextSlot++;
    }
    return *entry;
}

PersonalDataDirectory::PersonalDataDirectory(const Pseudonymiser* pseudonymiser)
    : m_pseudonymiser(pseudonymiser)
{}

const std::string& PersonalDataDirectory::stored(ColumnRole role, std::string_view value)
{
    m_key.assign(1, char(role));
    m_key.append(value);
    auto it = m_cache.find(m_key);
    if (it == m_cache.end()) {
        // Bounded: a column of distinct values (IP addresses) must not grow memory.
        if (m_cache.size() >= 65536)
            m_cache.clear();
        std::string result = m_pseudonymiser ? m_pseudonymiser->pseudonym(role, value)
                                             : Pseudonymiser::normalize(role, value);
        it = m_cache.emplace(m_key, std::move(result)).first;
    }
    return it->second;
}

} // namespace journeyscope
