#include "core/ingest/importdictionaries.h"

#include "core/store/importwriter.h"

#include <cstring>

namespace journeyscope {

NameDictionary::NameDictionary(const Database& db, const char* table)
{
    for (DictionaryRow& row : ImportWriter::readDictionary(db, table)) {
        m_nextId = std::max<qint32>(m_nextId, qint32(row.id) + 1);
        m_ids.emplace(std::move(row.name), qint32(row.id));
    }
}

qint32 NameDictionary::idOf(std::string_view name, std::vector<DictionaryRow>& added)
{
    const auto it = m_ids.find(name);
    if (it != m_ids.end())
        return it->second;
    const qint32 id = m_nextId++;
    m_ids.emplace(std::string(name), id);
    added.push_back({id, std::string(name)});
    return id;
}

CustomerDirectory::CustomerDirectory(const Database& db, const Pseudonymiser* pseudonymiser)
    : m_pseudonymiser(pseudonymiser)
{
    for (DictionaryRow& row : ImportWriter::readDictionary(db, "customers")) {
        m_nextId = std::max(m_nextId, row.id + 1);
        m_existing.emplace(std::move(row.name), row.id);
    }
}

void CustomerDirectory::beginFile()
{
    ++m_file;
    m_nextSlot = 0;
}

CustomerEntry& CustomerDirectory::find(std::string_view key, std::vector<DictionaryRow>& added)
{
    auto it = m_byRawKey.find(key);
    if (it == m_byRawKey.end()) {
        std::string stored = m_pseudonymiser
                                 ? m_pseudonymiser->pseudonym(ColumnRole::Customer, key)
                                 : std::string(key);
        qint64 id;
        const auto existing = m_existing.find(stored);
        if (existing != m_existing.end()) {
            id = existing->second;
        } else {
            id = m_nextId++;
            ++m_newCustomers;
            added.push_back({id, std::move(stored)});
        }
        it = m_byRawKey.emplace(std::string(key), CustomerEntry{id, 0, 0}).first;
    }
    CustomerEntry& entry = it->second;
    if (entry.file != m_file) {
        entry.file = m_file;
        entry.slot = m_nextSlot++;
    }
    return entry;
}

PersonalDataDirectory::PersonalDataDirectory(const Pseudonymiser* pseudonymiser)
    : m_pseudonymiser(pseudonymiser)
{
}

const std::string& PersonalDataDirectory::stored(ColumnRole role, std::string_view value)
{
    m_key.assign(1, char(role));
    m_key.append(value);
    auto it = m_cache.find(m_key);
    if (it == m_cache.end()) {
        // Bounded: a column of distinct values (IP addresses) must not grow memory.
        if (m_cache.size() >= 1'000'000)
            m_cache.clear();
        std::string result = m_pseudonymiser ? m_pseudonymiser->pseudonym(role, value)
                                             : Pseudonymiser::normalize(role, value);
        it = m_cache.emplace(m_key, std::move(result)).first;
    }
    return it->second;
}

bool PersonalDataDirectory::firstSighting(qint64 customerId, ColumnRole role,
                                          const std::string& stored)
{
    std::string key(sizeof customerId + 1, '\0');
    std::memcpy(key.data(), &customerId, sizeof customerId);
    key[sizeof customerId] = char(role);
    key += stored;
    return m_identities.insert(std::move(key)).second;
}

} // namespace journeyscope
