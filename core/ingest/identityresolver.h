#pragma once

#include "core/ingest/columnmapping.h"

#include <array>
#include <cstdint>
#include <optional>
#include <QString>
#include <QtGlobal>
#include <string>
#include <unordered_set>
#include <vector>

namespace journeyscope {

class Database;

/// Two customers found to be one person, and the identity they share.
struct IdentityLink
{
    qint64 customerId = 0;
    qint64 otherId = 0;
    const char* kind = ""; ///< "email", "phone" or "identifier"
    std::string value;     ///< as stored (a pseudonym unless the project keeps PII)
};

/// A link as recorded in the project, for listing and undoing.
struct StoredLink
{
    qint64 id = 0;
    QString customerKey; ///< as stored: a pseudonym unless the project keeps PII
    QString otherKey;
    QString kind;
    QString source; ///< name of the file whose import found the link
    qint64 linkedAtMs = 0;
    std::optional<qint64> undoneAtMs;
};

/// What IdentityResolver::apply() changed.
struct MergeSummary
{
    qint64 newLinks = 0;
    qint64 customersMerged = 0; ///< customers of the project merged into another
};

/**
 * Finds which customers are one person and merges them, whatever order the data came in.
 *
 * Customers that share an identity that singles out a person (an email, a phone number, an
 * id such as a CRM contact id or an app user id, or one customer's key seen as another's
 * identifier) are linked; linked customers form a group (union-find) whose member with the
 * smallest id is its root. Merging sets each member's merged_into to the root and never
 * rewrites events, so undoing a link only recomputes the groups. A link that was undone is
 * not made again by later imports. Names are identities but do not link: many people share
 * one.
 */
class IdentityResolver
{
public:
    /// Loads the project's identities and links.
    explicit IdentityResolver(const Database& db);

    /**
     * Customer \a customerId holds identity (\a role, \a stored). Returns true when the
     * customer did not have it yet (the caller records it). When another customer holds it,
     * the two are linked.
     */
    bool observe(qint64 customerId, ColumnRole role, const std::string& stored);
    /// Links \a customerId to \a otherId, which has \a stored as its key.
    void linkToKey(qint64 customerId, qint64 otherId, const std::string& stored);
    /// The customer holding identifier \a stored (as a non-key identity), or 0.
    qint64 identifierHolder(const std::string& stored) const;

    /// Writes the new links and updates merged_into of every customer whose group changed;
    /// inside the caller's transaction.
    MergeSummary apply(Database& db, qint64 sourceId);

    /// Recomputes every group from the links not undone and updates merged_into; returns
    /// how many customers are merged into another.
    static qint64 regroup(Database& db);

    static std::vector<StoredLink> links(const Database& db);
    /// Undoes link \a id (the two customers part unless other links join them) inside the
    /// caller's transaction. Throws Error when there is no such link or it was undone.
    static void undo(Database& db, qint64 id);

private:
    using Digest = std::array<std::uint8_t, 16>;
    struct DigestHash
    {
        size_t operator()(const Digest& digest) const;
    };
    struct Sighting
    {
        qint64 customerId;
        Digest digest;
        bool operator==(const Sighting&) const = default;
    };
    struct SightingHash
    {
        size_t operator()(const Sighting& sighting) const;
    };
    struct LinkKey
    {
        qint64 low, high;
        Digest digest;
        bool operator==(const LinkKey&) const = default;
    };
    struct LinkKeyHash
    {
        size_t operator()(const LinkKey& key) const;
    };

    static Digest digestOf(const char* kind, const std::string& stored);
    void addLink(qint64 customerId, qint64 otherId, const char* kind, const std::string& stored,
                 const Digest& digest);

    std::unordered_map<Digest, qint64, DigestHash> m_holders; ///< identity -> first holder
    std::unordered_set<Sighting, SightingHash> m_sightings;   ///< other holders
    std::unordered_set<LinkKey, LinkKeyHash> m_knownLinks;    ///< made before, or undone
    std::vector<IdentityLink> m_newLinks;
};

/// The kind stored in the identities table for \a role.
const char* identityKind(ColumnRole role);

} // namespace journeyscope
