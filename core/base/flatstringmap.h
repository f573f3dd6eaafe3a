#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace journeyscope {

/**
 * A hash map from strings to small values for the import's hot path: open addressing with
 * linear probing in one flat array, keys of up to 16 bytes stored in the slot itself, so a
 * lookup of a typical customer id or touchpoint name touches one cache line instead of a
 * bucket, a node and a string. Longer keys live in an arena. No erase.
 *
 * About 48 bytes a slot at up to 80 % load, against 80-90 bytes an entry for
 * std::unordered_map<std::string, ...>.
 */
template <typename Value> class FlatStringMap
{
public:
    FlatStringMap() { m_slots.resize(InitialSlots); }

    size_t size() const { return m_size; }

    /// The value of \a key, or null.
    Value* find(std::string_view key)
    {
        const std::uint64_t hash = hashOf(key);
        for (size_t i = hash & mask();; i = (i + 1) & mask()) {
            Slot& slot = m_slots[i];
            if (slot.hash == 0)
                return nullptr;
            if (slot.hash == hash && keyOf(slot) == key)
                return &slot.value;
        }
    }

    /// Adds \a key, which must not be in the map yet, with \a value.
    Value& insert(std::string_view key, const Value& value)
    {
        if ((m_size + 1) * 5 > m_slots.size() * 4)
            grow();
        const std::uint64_t hash = hashOf(key);
        size_t i = hash & mask();
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask();
        Slot& slot = m_slots[i];
        slot.hash = hash;
        slot.length = std::uint32_t(key.size());
        if (key.size() <= InlineBytes) {
            std::memcpy(slot.key.bytes, key.data(), key.size());
        } else {
            slot.key.offset = m_arena.size();
            m_arena.append(key);
        }
        slot.value = value;
        ++m_size;
        return slot.value;
    }

    /// Calls \a function(key, value) for every entry.
    template <typename Function> void forEach(Function function)
    {
        for (Slot& slot : m_slots) {
            if (slot.hash != 0)
                function(keyOf(slot), slot.value);
        }
    }

private:
    static constexpr size_t InlineBytes = 16;
    static constexpr size_t InitialSlots = 64;

    struct Slot
    {
        std::uint64_t hash = 0; ///< 0: empty
        std::uint32_t length = 0;
        union {
            char bytes[InlineBytes];
            size_t offset; ///< in m_arena, for keys longer than InlineBytes
        } key = {};
        Value value{};
    };

    static std::uint64_t hashOf(std::string_view key)
    {
        const std::uint64_t hash = std::hash<std::string_view>{}(key);
        return hash == 0 ? 1 : hash;
    }

    size_t mask() const { return m_slots.size() - 1; }

    std::string_view keyOf(const Slot& slot) const
    {
        return slot.length <= InlineBytes
                   ? std::string_view(slot.key.bytes, slot.length)
                   : std::string_view(m_arena).substr(slot.key.offset, slot.length);
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot& slot : old) {
            if (slot.hash == 0)
                continue;
            size_t i = slot.hash & mask();
            while (m_slots[i].hash != 0)
                i = (i + 1) & mask();
            m_slots[i] = slot;
        }
    }

    std::vector<Slot> m_slots;
    std::string m_arena;
    size_t m_size = 0;
};

} // namespace journeyscope
