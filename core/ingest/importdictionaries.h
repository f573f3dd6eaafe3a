#pragma once

#include "core/base/flatstringmap.h"
#include "core/ingest/pseudonymiser.h"
#include "core/store/eventbatch.h"

#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace journeyscope {

class Database;

/// Hash for unordered maps keyed by std::string that are looked up with string_views.
struct StringViewHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringViewHash, std::equal_to<>>;

/// Names (touchpoints, channels, devices) to their ids: the project's and those added now.
class NameDictionary
{
public:
    /// Loads the existing rows of \a table, which holds up to \a capacity names.
    NameDictionary(const Database& db, const char* table,
                   qsizetype capacity = std::numeric_limits<qint32>::max());

    /// The id of \a name; a new name gets the next id and is appended to \a added. 0 when
    /// \a name is new and the dictionary is full.
    qint32 idOf(std::string_view name, std::vector<DictionaryRow>& added);
    qsizetype capacity() const { return m_capacity; }

private:
    FlatStringMap<qint32> m_ids;
    qint32 m_nextId = 1;
    qsizetype m_capacity;
};

/// A customer as seen by the import: the project's id and the slot used by the current
/// file's sessioniser.
struct CustomerEntry
{
    qint64 id = 0;
    quint32 slot = 0;
    quint32 file = 0; ///< number of the file the slot belongs to (1-based)
};

/**
 * Customer keys as written in the files (before pseudonymisation) to customers. A key is
 * pseudonymised once, the first time it is seen, then looked up in the project's existing
 * customers; unknown keys become new customers.
 */
class CustomerDirectory
{
public:
    /// \a pseudonymiser is null when the project keeps keys as they are.
    CustomerDirectory(const Database& db, const Pseudonymiser* pseudonymiser);

    /// Starts a new file: slots are numbered from 0 again.
    void beginFile();
    /// The customer with raw key \a key; new customers are appended to \a added, with
    /// \a created set.
    CustomerEntry& find(std::string_view key, std::vector<DictionaryRow>& added,
                        bool* created = nullptr);
    /// The id of the customer whose raw key is \a key, or 0; creates nothing.
    qint64 idOf(std::string_view key);
    /// What is stored as the key for raw key \a key.
    std::string storedKey(std::string_view key) const;
    qint64 newCustomers() const { return m_newCustomers; }
    quint32 slotsInFile() const { return m_nextSlot; }

private:
    const Pseudonymiser* m_pseudonymiser;
    FlatStringMap<CustomerEntry> m_byRawKey;
    FlatStringMap<qint64> m_existing; ///< stored key -> id, for projects that have customers
    qint64 m_nextId = 1;
    qint64 m_newCustomers = 0;
    quint32 m_file = 0;
    quint32 m_nextSlot = 0;
};

/**
 * Personal data values to what is stored for them: a pseudonym, or the normalised value
 * when the project keeps PII. Remembers recent values, so a column repeating the same
 * few is not hashed again for every row.
 */
class PersonalDataDirectory
{
public:
    explicit PersonalDataDirectory(const Pseudonymiser* pseudonymiser);

    /// What to store for \a value of a column with \a role.
    const std::string& stored(ColumnRole role, std::string_view value);

private:
    const Pseudonymiser* m_pseudonymiser;
    StringMap<std::string> m_cache; ///< role byte + value -> stored; cleared when large
    std::string m_key;
};

} // namespace journeyscope
