#pragma once

#include "core/layout/graphlayout.h"

#include <list>
#include <mutex>
#include <QByteArray>
#include <unordered_map>

namespace journeyscope {

/**
 * Layouts already made, by what was laid out: a view redrawn with the same graph (after a
 * theme change, a resize, a second export) is not laid out again. The least recently used
 * layout goes when \a capacity is reached. Safe to use from several threads; two threads
 * asking for the same new graph may both lay it out.
 */
class LayoutCache
{
public:
    explicit LayoutCache(size_t capacity = 32);

    /// The layout of \a input: kept, or made with layoutGraph() and kept. Throws what
    /// layoutGraph() throws.
    GraphLayout layout(const LayoutInput& input, Feedback* feedback = nullptr);

    size_t size() const;
    /// How many layout() calls were answered from the cache.
    qint64 hits() const;

    /// SHA-256 of everything in \a input that shapes the layout.
    static QByteArray keyOf(const LayoutInput& input);

private:
    struct Entry
    {
        QByteArray key;
        GraphLayout layout;
    };

    mutable std::mutex m_mutex;
    size_t m_capacity;
    std::list<Entry> m_entries; ///< most recently used first
    std::unordered_map<std::string, std::list<Entry>::iterator> m_index;
    qint64 m_hits = 0;
};

} // namespace journeyscope
