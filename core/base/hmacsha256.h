#pragma once

#include "core/base/sha256.h"

namespace journeyscope {

/**
 * HMAC-SHA256 (RFC 2104) with the key's inner and outer pads hashed once at construction,
 * so each mac() costs two compressions for a short message. Thread-safe for concurrent
 * mac() calls (const).
 */
class HmacSha256
{
public:
    explicit HmacSha256(QByteArrayView key);

    Sha256::Digest mac(QByteArrayView message) const;

private:
    Sha256 m_inner; ///< state after hashing key XOR ipad
    Sha256 m_outer; ///< state after hashing key XOR opad
};

} // namespace journeyscope
