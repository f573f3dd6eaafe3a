#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <QByteArrayView>

namespace journeyscope {

/**
 * SHA-256 (FIPS 180-4), streaming. Uses the x86 SHA extensions when the CPU has them
 * (checked once at run time) and portable code otherwise; both give identical digests.
 *
 * Our own because file fingerprints hash every imported byte (gigabytes) and keyed
 * pseudonyms hash every distinct identifier: QCryptographicHash has neither hardware
 * acceleration nor a copyable state for precomputed HMAC pads.
 * The object is a plain value: copying it copies the running state.
 *
 * Setting the environment variable JOURNEYSCOPE_NO_SHA_NI=1 forces the portable code even
 * where SHA-NI exists (for tests and bug hunts); it is read once, at the first hash.
 */
class Sha256
{
public:
    static constexpr std::size_t DigestSize = 32;
    static constexpr std::size_t BlockSize = 64;
    using Digest = std::array<std::uint8_t, DigestSize>;

    Sha256();

    void addData(const void* data, std::size_t size);
    void addData(QByteArrayView data) { addData(data.data(), std::size_t(data.size())); }
    /// The digest of everything added so far. Leaves this object unchanged, so more data
    /// may follow.
    Digest result() const;
    void reset();

    static Digest hash(QByteArrayView data);
    /// Lower-case hexadecimal, 64 characters.
    static QByteArray toHex(const Digest& digest);
    /// True when the x86 SHA extensions are used.
    static bool hardwareAccelerated();

private:
    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, BlockSize> m_buffer;
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0; ///< bytes added so far
};

} // namespace journeyscope
