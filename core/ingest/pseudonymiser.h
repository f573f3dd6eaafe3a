#pragma once

#include "core/base/hmacsha256.h"
#include "core/ingest/columnmapping.h"

#include <string>
#include <string_view>

namespace journeyscope {

/**
 * Replaces identifiers that can name a person by a keyed hash (HMAC-SHA256 with the
 * project's key), so that the project file never holds them while the same person still
 * gets the same pseudonym in every import of the project. Without the key the pseudonym
 * cannot be reversed, nor recomputed from a guessed email address.
 *
 * Values are normalised first, so that "Ann@Example.com " and "ann@example.com" match:
 * emails and names are trimmed, single-spaced and case-folded, phone numbers keep only a
 * leading '+' and digits; customer keys and IP addresses are only trimmed.
 */
class Pseudonymiser
{
public:
    /// Hex characters in a pseudonym: 128 bits, enough to make collisions negligible
    /// among billions of identifiers.
    static constexpr int PseudonymLength = 32;

    explicit Pseudonymiser(QByteArrayView key);

    /// \a role is Customer or a personal-data role.
    static std::string normalize(ColumnRole role, std::string_view value);
    /// PseudonymLength lower-case hex characters.
    std::string pseudonym(ColumnRole role, std::string_view value) const;

private:
    HmacSha256 m_hmac;
};

} // namespace journeyscope
