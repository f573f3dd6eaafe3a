#include "core/layout/layoutcache.h"

#include "core/base/sha256.h"

#include <QDataStream>
#include <QIODevice>

namespace journeyscope {

LayoutCache::LayoutCache(size_t capacity)
    : m_capacity(std::max<size_t>(capacity, 1))
{}

QByteArray LayoutCache::keyOf(const LayoutInput& input)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << quint64(input.nodes.size());
    for (const LayoutInput::Node& node : input.nodes)
        out << node.width << node.height << qint32(node.rank) << node.order;
    out << quint64(input.edges.size());
    for (const LayoutInput::Edge& edge : input.edges)
        out << qint32(edge.from) << qint32(edge.to) << edge.weight;
    const Sha256::Digest digest = Sha256::hash(bytes);
    return QByteArray(reinterpret_cast<const char*>(digest.data()), qsizetype(digest.size()));
}

GraphLayout LayoutCache::layout(const LayoutInput& input, Feedback* feedback)
{
    const QByteArray key = keyOf(input);
    const std::string index = key.toStdString();
    {
        std::lock_guard lock(m_mutex);
        if (const auto found = m_index.find(index); found != m_index.end()) {
            m_entries.splice(m_entries.begin(), m_entries, found->second);
            ++m_hits;
            return m_entries.front().layout;
        }
    }
    GraphLayout made = layoutGraph(input, feedback); // outside the lock: it takes a while
    std::lock_guard lock(m_mutex);
    if (m_index.find(index) == m_index.end()) {
        m_entries.push_front({key, made});
        m_index.emplace(index, m_entries.begin());
        if (m_entries.size() > m_capacity) {
            m_index.erase(m_entries.back().key.toStdString());
            m_entries.pop_back();
        }
    }
    return made;
}

size_t LayoutCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

qint64 LayoutCache::hits() const
{
    std::lock_guard lock(m_mutex);
    return m_hits;
}

} // namespace journeyscope
