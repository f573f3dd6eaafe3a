#include "core/base/sha256.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <QByteArray>
#include <QtGlobal>

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define JOURNEYSCOPE_SHA256_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace journeyscope {

namespace {

constexpr std::array<std::uint32_t, 8> InitialState = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

// Aligned so the SHA-NI path may load four constants at a time.
alignas(16) constexpr std::uint32_t RoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

using CompressFunction = void (*)(std::uint32_t* state, const std::uint8_t* data,
                                  std::size_t blocks);

inline std::uint32_t loadBigEndian32(const std::uint8_t* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

inline void storeBigEndian32(std::uint8_t* p, std::uint32_t v)
{
    p[0] = std::uint8_t(v >> 24);
    p[1] = std::uint8_t(v >> 16);
    p[2] = std::uint8_t(v >> 8);
    p[3] = std::uint8_t(v);
}

void compressPortable(std::uint32_t* state, const std::uint8_t* data, std::size_t blocks)
{
    for (; blocks > 0; --blocks, data += Sha256::BlockSize) {
        std::uint32_t w[64];
        for (int i = 0; i < 16; ++i)
            w[i] = loadBigEndian32(data + 4 * i);
        for (int i = 16; i < 64; ++i) {
            const std::uint32_t s0 =
                std::rotr(w[i - 15], 7) ^ std::rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            const std::uint32_t s1 =
                std::rotr(w[i - 2], 17) ^ std::rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }

        std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int i = 0; i < 64; ++i) {
            const std::uint32_t t1 = h + (std::rotr(e, 6) ^ std::rotr(e, 11) ^ std::rotr(e, 25)) +
                                     ((e & f) ^ (~e & g)) + RoundConstants[i] + w[i];
            const std::uint32_t t2 = (std::rotr(a, 2) ^ std::rotr(a, 13) ^ std::rotr(a, 22)) +
                                     ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef JOURNEYSCOPE_SHA256_X86

// Message group g (words 4g..4g+3) lives in m[g % 4]. During group g the next group is
// finished with msg2 and the one three ahead is started with msg1, so the schedule runs
// alongside the rounds (the layout of Intel's SHA extensions white paper).
__attribute__((target("sha,sse4.1,ssse3"))) void
compressShaNi(std::uint32_t* state, const std::uint8_t* data, std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);

    // The instructions want the state as ABEF and CDGH rather than ABCD and EFGH.
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4));
    tmp = _mm_shuffle_epi32(tmp, 0xB1);
    state1 = _mm_shuffle_epi32(state1, 0x1B);
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);

    for (; blocks > 0; --blocks, data += Sha256::BlockSize) {
        const __m128i savedState0 = state0;
        const __m128i savedState1 = state1;
        __m128i m[4];

#pragma GCC unroll 16
        for (int g = 0; g < 16; ++g) {
            if (g < 4)
                m[g] = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * g)), byteSwap);
            __m128i msg = _mm_add_epi32(
                m[g % 4], _mm_load_si128(reinterpret_cast<const __m128i*>(RoundConstants + 4 * g)));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            if (g >= 3 && g <= 14) {
                const __m128i shifted = _mm_alignr_epi8(m[g % 4], m[(g + 3) % 4], 4);
                m[(g + 1) % 4] =
                    _mm_sha256msg2_epu32(_mm_add_epi32(m[(g + 1) % 4], shifted), m[g % 4]);
            }
            msg = _mm_shuffle_epi32(msg, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
            if (g >= 1 && g <= 12)
                m[(g + 3) % 4] = _mm_sha256msg1_epu32(m[(g + 3) % 4], m[g % 4]);
        }

        state0 = _mm_add_epi32(state0, savedState0);
        state1 = _mm_add_epi32(state1, savedState1);
    }

    // Back from ABEF/CDGH to ABCD/EFGH.
    tmp = _mm_shuffle_epi32(state0, 0x1B);
    state1 = _mm_shuffle_epi32(state1, 0xB1);
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);
    state1 = _mm_alignr_epi8(state1, tmp, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), state1);
}

bool cpuHasShaExtensions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = ecx & (1u << 9);
    const bool sse41 = ecx & (1u << 19);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sha = ebx & (1u << 29);
    return sha && ssse3 && sse41;
}

#endif // JOURNEYSCOPE_SHA256_X86

CompressFunction chooseCompressFunction()
{
#ifdef JOURNEYSCOPE_SHA256_X86
    // Lets tests and bug hunts run the portable path on a CPU with SHA-NI.
    if (qEnvironmentVariableIntValue("JOURNEYSCOPE_NO_SHA_NI") == 0 && cpuHasShaExtensions())
        return compressShaNi;
#endif
    return compressPortable;
}

CompressFunction compressFunction()
{
    // Chosen once; a function-local static is thread-safe to initialise.
    static const CompressFunction function = chooseCompressFunction();
    return function;
}

} // namespace

Sha256::Sha256()
    : m_state(InitialState)
    , m_buffer{}
{}

void Sha256::addData(const void* data, std::size_t size)
{
    if (size == 0)
        return;
    auto p = static_cast<const std::uint8_t*>(data);
    m_length += size;

    if (m_buffered > 0) {
        const std::size_t take = std::min(size, BlockSize - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, p, take);
        m_buffered += take;
        p += take;
        size -= take;
        if (m_buffered < BlockSize)
            return;
        compressFunction()(m_state.data(), m_buffer.data(), 1);
        m_buffered = 0;
    }

    const std::size_t blocks = size / BlockSize;
    if (blocks > 0) {
        compressFunction()(m_state.data(), p, blocks);
        p += blocks * BlockSize;
        size -= blocks * BlockSize;
    }

    if (size > 0) {
        std::memcpy(m_buffer.data(), p, size);
        m_buffered = size;
    }
}

Sha256::Digest Sha256::result() const
{
    std::array<std::uint32_t, 8> state = m_state;
    // Padding: 0x80, zeros, then the length in bits as 64-bit big-endian; one or two blocks.
    std::uint8_t tail[2 * BlockSize] = {};
    std::memcpy(tail, m_buffer.data(), m_buffered);
    tail[m_buffered] = 0x80;
    const std::size_t tailSize = m_buffered < BlockSize - 8 ? BlockSize : 2 * BlockSize;
    const std::uint64_t bits = m_length * 8;
    storeBigEndian32(tail + tailSize - 8, std::uint32_t(bits >> 32));
    storeBigEndian32(tail + tailSize - 4, std::uint32_t(bits));
    compressFunction()(state.data(), tail, tailSize / BlockSize);

    Digest digest;
    for (std::size_t i = 0; i < state.size(); ++i)
        storeBigEndian32(digest.data() + 4 * i, state[i]);
    return digest;
}

void Sha256::reset()
{
    *this = Sha256();
}

Sha256::Digest Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

QByteArray Sha256::toHex(const Digest& digest)
{
    static constexpr char digits[] = "0123456789abcdef";
    QByteArray hex(qsizetype(2 * DigestSize), Qt::Uninitialized);
    char* out = hex.data();
    for (const std::uint8_t byte : digest) {
        *out++ = digits[byte >> 4];
        *out++ = digits[byte & 0xf];
    }
    return hex;
}

bool Sha256::hardwareAccelerated()
{
#ifdef JOURNEYSCOPE_SHA256_X86
    return compressFunction() == compressShaNi;
#else
    return false;
#endif
}

} // namespace journeyscope
