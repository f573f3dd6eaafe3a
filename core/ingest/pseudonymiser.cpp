#include "core/ingest/pseudonymiser.h"

#include "core/ingest/fieldparsers.h"

#include <QString>

namespace journeyscope {

Pseudonymiser::Pseudonymiser(QByteArrayView key)
    : m_hmac(key)
{}

std::string Pseudonymiser::normalize(ColumnRole role, std::string_view value)
{
    value = trimmed(value);
    std::string normalized;
    normalized.reserve(value.size());
    switch (role) {
    case ColumnRole::Email:
    case ColumnRole::Name:
        // Full Unicode case folding: "MÜLLER" and "müller" are the same person.
        normalized = QString::fromUtf8(value.data(), qsizetype(value.size()))
                         .simplified()
                         .toCaseFolded()
                         .toStdString();
        break;
    case ColumnRole::Phone:
        for (const char c : value) {
            if ((c >= '0' && c <= '9') || (c == '+' && normalized.empty()))
                normalized.push_back(c);
        }
        break;
    default:
        normalized.assign(value);
    }
    return normalized;
}

std::string Pseudonymiser::pseudonym(ColumnRole role, std::string_view value) const
{
    const std::string normalized = normalize(role, value);
    const Sha256::Digest mac =
        m_hmac.mac(QByteArrayView(normalized.data(), qsizetype(normalized.size())));
    static const char hex[] = "0123456789abcdef";
    std::string result(PseudonymLength, '0');
    for (int i = 0; i < PseudonymLength / 2; ++i) {
        result[size_t(2 * i)] = hex[mac[size_t(i)] >> 4];
        result[size_t(2 * i + 1)] = hex[mac[size_t(i)] & 15];
    }
    return result;
}

} // namespace journeyscope
