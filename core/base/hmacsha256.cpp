#include "core/base/hmacsha256.h"

#include <algorithm>
#include <cstring>

namespace journeyscope {

HmacSha256::HmacSha256(QByteArrayView key)
{
    std::uint8_t block[Sha256::BlockSize] = {};
    if (std::size_t(key.size()) > Sha256::BlockSize) {
        const Sha256::Digest hashed = Sha256::hash(key);
        std::copy(hashed.begin(), hashed.end(), block);
    } else if (!key.isEmpty()) {
        std::memcpy(block, key.data(), std::size_t(key.size()));
    }

    for (std::uint8_t& byte : block)
        byte ^= 0x36;
    m_inner.addData(block, sizeof block);
    // 0x36 ^ 0x5c turns the inner pad into the outer one.
    for (std::uint8_t& byte : block)
        byte ^= 0x36 ^ 0x5c;
    m_outer.addData(block, sizeof block);
}

Sha256::Digest HmacSha256::mac(QByteArrayView message) const
{
    Sha256 inner = m_inner;
    inner.addData(message);
    const Sha256::Digest innerDigest = inner.result();
    Sha256 outer = m_outer;
    outer.addData(innerDigest.data(), innerDigest.size());
    return outer.result();
}

} // namespace journeyscope
