#include "core/ingest/importdictionaries.h"

#include "core/base/sha256.h"
#include "core/store/importwriter.h"

#include <cstring>

namespace journeyscope {

NameDictionary::NameDictionary(const Database& db, const char* table)
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

CustomerEntry& CustomerDirectory::find(std::string_view key, std::vector<DictionaryRow>& added)
{
    CustomerEntry* entry = m_byRawKey.find(key);
    if (!entry) {
        std::string stored = m_pseudonymiser ? m_pseudonymiser->pseudonym(ColumnRole::Customer, key)
                                             : std::string(key);
        qint64 id;
        if (const qint64* existing = m_existing.find(stored)) {
            id = *existing;
        } else {
            id = m_nextId++;
            ++m_newCustomers;
            added.push_back({id, std::move(stored)});
        }
        entry = &m_byRawKey.insert(key, CustomerEntry{id, 0, 0});
    }
    if (entry->file != m_file) {
        entry->file = m_file;
        entry->slot = m_nextSlot++;
    }
    return *entry;
}

PersonalDataDirectory::PersonalDataDirectory(const Database& db, const Pseudonymiser* pseudonymiser)
    : m_pseudonymiser(pseudonymiser)
{
    for (const auto& [customerId, kind, value] : ImportWriter::readIdentities(db)) {
        if (const auto role = roleFromName(QString::fromStdString(kind)))
            firstSighting(customerId, *role, value);
    }
}

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

bool PersonalDataDirectory::firstSighting(qint64 customerId, ColumnRole role,
                                          const std::string& stored)
{
    Sha256 sha;
    sha.addData(&role, sizeof role);
    sha.addData(stored.data(), stored.size());
    const Sha256::Digest digest = sha.result();
    Sighting sighting{customerId, {}};
    std::memcpy(sighting.digest.data(), digest.data(), sighting.digest.size());
    return m_identities.insert(sighting).second;
}

size_t PersonalDataDirectory::SightingHash::operator()(const Sighting& sighting) const
{
    size_t hash;
    std::memcpy(&hash, sighting.digest.data(), sizeof hash);
    return hash ^ size_t(sighting.customerId);
}

} // namespace journeyscope
