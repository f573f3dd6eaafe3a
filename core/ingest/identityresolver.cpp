#include "core/ingest/identityresolver.h"

#include "core/base/sha256.h"
#include "core/store/database.h"

#include <cstring>
#include <map>
#include <numeric>
#include <QDateTime>

namespace journeyscope {

namespace {

/// Union-find over customer ids with the smallest id as each group's root, so the root of a
/// group does not depend on the order links were found.
class Groups
{
public:
    qint64 find(qint64 id)
    {
        auto it = m_parent.try_emplace(id, id).first;
        if (it->second == id)
            return id;
        const qint64 root = find(it->second);
        m_parent[id] = root;
        return root;
    }
    void unite(qint64 a, qint64 b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }
    std::map<qint64, qint64>& parents() { return m_parent; }

private:
    std::map<qint64, qint64> m_parent;
};

} // namespace

const char* identityKind(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Email:
        return "email";
    case ColumnRole::Phone:
        return "phone";
    case ColumnRole::Name:
        return "name";
    default:
        return "identifier";
    }
}

size_t IdentityResolver::DigestHash::operator()(const Digest& digest) const
{
    size_t hash;
    std::memcpy(&hash, digest.data(), sizeof hash);
    return hash;
}

size_t IdentityResolver::SightingHash::operator()(const Sighting& sighting) const
{
    return DigestHash()(sighting.digest) ^ size_t(sighting.customerId) * 0x9E3779B97F4A7C15ULL;
}

size_t IdentityResolver::LinkKeyHash::operator()(const LinkKey& key) const
{
    return DigestHash()(key.digest) ^ size_t(key.low) * 0x9E3779B97F4A7C15ULL ^ size_t(key.high);
}

IdentityResolver::Digest IdentityResolver::digestOf(const char* kind, const std::string& stored)
{
    Sha256 sha;
    sha.addData(kind, std::strlen(kind) + 1);
    sha.addData(stored.data(), stored.size());
    const Sha256::Digest full = sha.result();
    Digest digest;
    std::memcpy(digest.data(), full.data(), digest.size());
    return digest;
}

IdentityResolver::IdentityResolver(const Database& db)
{
    Statement identities = db.prepare("SELECT customer_id, kind, value FROM identities");
    while (identities.step()) {
        const std::string kind = identities.columnText(1).toStdString();
        const Digest digest = digestOf(kind.c_str(), identities.columnText(2).toStdString());
        const qint64 customer = identities.columnInt(0);
        const auto [holder, inserted] = m_holders.try_emplace(digest, customer);
        if (!inserted && holder->second != customer)
            m_sightings.insert({customer, digest});
    }
    Statement links = db.prepare("SELECT customer_id, other_id, kind, value FROM identity_links");
    while (links.step()) {
        const qint64 a = links.columnInt(0), b = links.columnInt(1);
        const std::string kind = links.columnText(2).toStdString();
        m_knownLinks.insert({std::min(a, b), std::max(a, b),
                             digestOf(kind.c_str(), links.columnText(3).toStdString())});
    }
}

bool IdentityResolver::observe(qint64 customerId, ColumnRole role, const std::string& stored)
{
    const char* kind = identityKind(role);
    const Digest digest = digestOf(kind, stored);
    const auto [holder, inserted] = m_holders.try_emplace(digest, customerId);
    if (inserted || holder->second == customerId)
        return inserted;
    if (!m_sightings.insert({customerId, digest}).second)
        return false;
    if (isLinkingIdentity(role))
        addLink(customerId, holder->second, kind, stored, digest);
    return true;
}

void IdentityResolver::linkToKey(qint64 customerId, qint64 otherId, const std::string& stored)
{
    if (customerId != otherId)
        addLink(customerId, otherId, "identifier", stored, digestOf("identifier", stored));
}

qint64 IdentityResolver::identifierHolder(const std::string& stored) const
{
    const auto it = m_holders.find(digestOf("identifier", stored));
    return it == m_holders.end() ? 0 : it->second;
}

void IdentityResolver::addLink(qint64 customerId, qint64 otherId, const char* kind,
                               const std::string& stored, const Digest& digest)
{
    if (m_knownLinks.insert({std::min(customerId, otherId), std::max(customerId, otherId), digest})
            .second)
        m_newLinks.push_back({customerId, otherId, kind, stored});
}

MergeSummary IdentityResolver::apply(Database& db, qint64 sourceId)
{
    MergeSummary summary;
    if (m_newLinks.empty())
        return summary;
    Statement insert = db.prepare("INSERT INTO identity_links(customer_id, other_id, kind, value, "
                                  "source_id, linked_at) VALUES (?, ?, ?, ?, ?, ?)");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const IdentityLink& link : m_newLinks) {
        insert.bind(1, link.customerId)
            .bind(2, link.otherId)
            .bindText(3, link.kind)
            .bindText(4, link.value)
            .bind(5, sourceId)
            .bind(6, now)
            .run();
    }
    summary.newLinks = qint64(m_newLinks.size());
    m_newLinks.clear();
    summary.customersMerged = regroup(db);
    return summary;
}

qint64 IdentityResolver::regroup(Database& db)
{
    Groups groups;
    Statement links =
        db.prepare("SELECT customer_id, other_id FROM identity_links WHERE undone_at IS NULL");
    while (links.step())
        groups.unite(links.columnInt(0), links.columnInt(1));

    // Everyone merged before, and everyone in a group now: compare, write the differences.
    std::map<qint64, qint64> wanted;
    for (auto& [id, parent] : groups.parents()) {
        const qint64 root = groups.find(id);
        if (root != id)
            wanted[id] = root;
    }
    Statement merged = db.prepare("SELECT id, merged_into FROM customers WHERE merged_into IS "
                                  "NOT NULL");
    std::map<qint64, qint64> current;
    while (merged.step())
        current[merged.columnInt(0)] = merged.columnInt(1);

    Statement update = db.prepare("UPDATE customers SET merged_into = ? WHERE id = ?");
    for (const auto& [id, root] : current) {
        if (!wanted.contains(id))
            update.bindNull(1).bind(2, id).run();
    }
    for (const auto& [id, root] : wanted) {
        const auto it = current.find(id);
        if (it == current.end() || it->second != root)
            update.bind(1, root).bind(2, id).run();
    }
    return qint64(wanted.size());
}

std::vector<StoredLink> IdentityResolver::links(const Database& db)
{
    Statement select = db.prepare(
        "SELECT l.id, a.key, b.key, l.kind, ifnull(s.name, ''), l.linked_at, l.undone_at "
        "FROM identity_links l JOIN customers a ON a.id = l.customer_id "
        "JOIN customers b ON b.id = l.other_id LEFT JOIN sources s ON s.id = l.source_id "
        "ORDER BY l.id");
    std::vector<StoredLink> result;
    while (select.step()) {
        StoredLink link{select.columnInt(0),  select.columnText(1), select.columnText(2),
                        select.columnText(3), select.columnText(4), select.columnInt(5),
                        std::nullopt};
        if (!select.isNull(6))
            link.undoneAtMs = select.columnInt(6);
        result.push_back(std::move(link));
    }
    return result;
}

void IdentityResolver::undo(Database& db, qint64 id)
{
    Statement find = db.prepare("SELECT undone_at FROM identity_links WHERE id = ?");
    find.bind(1, id);
    if (!find.step()) {
        throw Error(
            Location(db.path()),
            QCoreApplication::translate("journeyscope::IdentityResolver", "there is no link %1")
                .arg(id));
    }
    if (!find.isNull(0)) {
        throw Error(Location(db.path()),
                    QCoreApplication::translate("journeyscope::IdentityResolver",
                                                "link %1 was undone already")
                        .arg(id));
    }
    Statement mark = db.prepare("UPDATE identity_links SET undone_at = ? WHERE id = ?");
    mark.bind(1, QDateTime::currentMSecsSinceEpoch()).bind(2, id).run();
    regroup(db);
}

} // namespace journeyscope
