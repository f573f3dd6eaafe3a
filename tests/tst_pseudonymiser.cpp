#include "core/ingest/pseudonymiser.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QTest>
#include <string>
#include <string_view>

using namespace journeyscope;

Q_DECLARE_METATYPE(journeyscope::ColumnRole)

namespace {

const QByteArray projectKey = QByteArrayLiteral("0123456789abcdef0123456789abcdef");

std::string utf8(const QString& text)
{
    return text.toStdString();
}

/// The expected pseudonym: HMAC-SHA256 of the normalised value, first 16 bytes in hex, by
/// Qt's own implementation.
std::string expectedPseudonym(const QString& normalized, const QByteArray& key)
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(normalized.toUtf8(), key, QCryptographicHash::Sha256);
    return mac.left(16).toHex().toStdString();
}

bool isLowerHex(const std::string& text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

class TestPseudonymiser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void pseudonym_data();
    void pseudonym();
    void sameValueDifferentSpellingSamePseudonym_data();
    void sameValueDifferentSpellingSamePseudonym();
    void differentValuesDifferentPseudonyms();
    void differentKeysDifferentPseudonyms();
    void keyLengths_data();
    void keyLengths();
    void pseudonymLength();
};

void TestPseudonymiser::normalize_data()
{
    QTest::addColumn<ColumnRole>("role");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char* name, ColumnRole role, const char* value,
                        const char* expected) {
        QTest::newRow(name) << role << QString::fromUtf8(value) << QString::fromUtf8(expected);
    };

    // Emails: trimmed, single-spaced, case-folded (full Unicode).
    row("email lower", ColumnRole::Email, "ann@example.com", "ann@example.com");
    row("email mixed case and spaces", ColumnRole::Email, "  Ann@Example.COM \t",
        "ann@example.com");
    row("email non-ascii", ColumnRole::Email, "MÜLLER@Example.COM", "müller@example.com");
    row("email accented", ColumnRole::Email, "ÉLODIE.Durand@Exemple.FR",
        "élodie.durand@exemple.fr");
    row("email empty", ColumnRole::Email, "", "");
    row("email blank", ColumnRole::Email, "   ", "");

    // Names: trimmed, whitespace simplified, case-folded.
    row("name simple", ColumnRole::Name, "Ann Lee", "ann lee");
    row("name spaces", ColumnRole::Name, "  Ann   LEE  ", "ann lee");
    row("name tabs and newline", ColumnRole::Name, "\tJean-Luc \t\n Picard\t", "jean-luc picard");
    row("name umlaut", ColumnRole::Name, "Jürgen MÜLLER", "jürgen müller");
    // Case folding, not lower-casing: the final sigma folds to the ordinary sigma, so both
    // spellings of the name match.
    row("name greek final sigma", ColumnRole::Name, "Σίσυφος", "σίσυφοσ");
    row("name greek capitals", ColumnRole::Name, "ΣΊΣΥΦΟΣ", "σίσυφοσ");

    // Phone numbers: a leading '+' and the digits.
    row("phone german", ColumnRole::Phone, "+49 30 1234567", "+49301234567");
    row("phone us", ColumnRole::Phone, "+1 (555) 123-4567", "+15551234567");
    row("phone dots and spaces around", ColumnRole::Phone, "  +44.20.7946.0958 ", "+442079460958");
    row("phone without plus", ColumnRole::Phone, "030 / 123 45 67", "0301234567");
    row("phone 00 prefix", ColumnRole::Phone, "0049 30 1234567", "0049301234567");
    row("phone inner plus dropped", ColumnRole::Phone, "49+30+1234567", "49301234567");
    row("phone second plus dropped", ColumnRole::Phone, "++49 30", "+4930");
    row("phone letters dropped", ColumnRole::Phone, "tel: +49 30 123", "+4930123");
    row("phone empty", ColumnRole::Phone, "", "");

    // Customer keys and IP addresses: only trimmed.
    row("customer trimmed", ColumnRole::Customer, " \tC-1001 \t", "C-1001");
    row("customer case kept", ColumnRole::Customer, "AbC", "AbC");
    row("customer inner spaces kept", ColumnRole::Customer, "a  b", "a  b");
    row("customer email kept as is", ColumnRole::Customer, " Ann@Example.COM ", "Ann@Example.COM");
    row("customer non-ascii kept", ColumnRole::Customer, "MÜLLER", "MÜLLER");
    row("ip trimmed", ColumnRole::IpAddress, " 192.168.0.1 ", "192.168.0.1");
    row("ipv6 case kept", ColumnRole::IpAddress, "FE80::1", "FE80::1");
}

void TestPseudonymiser::normalize()
{
    QFETCH(ColumnRole, role);
    QFETCH(QString, value);
    QFETCH(QString, expected);

    QCOMPARE(QString::fromStdString(Pseudonymiser::normalize(role, utf8(value))), expected);
}

void TestPseudonymiser::pseudonym_data()
{
    QTest::addColumn<ColumnRole>("role");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("normalized"); ///< written by hand, not by normalize()

    const auto row = [](const char* name, ColumnRole role, const char* value,
                        const char* normalized) {
        QTest::newRow(name) << role << QString::fromUtf8(value) << QString::fromUtf8(normalized);
    };
    row("email", ColumnRole::Email, "Ann@Example.com ", "ann@example.com");
    row("email non-ascii", ColumnRole::Email, "MÜLLER@Example.COM", "müller@example.com");
    row("name", ColumnRole::Name, " Ann   Lee", "ann lee");
    row("phone", ColumnRole::Phone, "+49 (30) 123-4567", "+49301234567");
    row("customer", ColumnRole::Customer, " C-1001 ", "C-1001");
    row("customer case", ColumnRole::Customer, "c-1001", "c-1001");
    row("ip", ColumnRole::IpAddress, "10.0.0.1", "10.0.0.1");
    row("empty", ColumnRole::Customer, "", "");
}

void TestPseudonymiser::pseudonym()
{
    QFETCH(ColumnRole, role);
    QFETCH(QString, value);
    QFETCH(QString, normalized);

    const Pseudonymiser pseudonymiser(projectKey);
    const std::string result = pseudonymiser.pseudonym(role, utf8(value));
    QCOMPARE(result, expectedPseudonym(normalized, projectKey));
    QCOMPARE(int(result.size()), Pseudonymiser::PseudonymLength);
    // Repeatable.
    QCOMPARE(pseudonymiser.pseudonym(role, utf8(value)), result);
}

void TestPseudonymiser::sameValueDifferentSpellingSamePseudonym_data()
{
    QTest::addColumn<ColumnRole>("role");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");

    const auto row = [](const char* name, ColumnRole role, const char* first, const char* second) {
        QTest::newRow(name) << role << QString::fromUtf8(first) << QString::fromUtf8(second);
    };
    row("email case and space", ColumnRole::Email, "Ann@Example.com ", "ann@example.com");
    row("email umlaut case", ColumnRole::Email, "MÜLLER@Example.COM", "müller@example.com");
    row("name spacing and case", ColumnRole::Name, "  ANN   lee", "Ann Lee");
    row("name final sigma", ColumnRole::Name, "Σίσυφος", "ΣΊΣΥΦΟΣ");
    row("phone formatting", ColumnRole::Phone, "+49 (30) 123-4567", "+49301234567");
    row("phone dots", ColumnRole::Phone, "+49.30.1234567", " +49 30 1234567");
    row("customer spaces", ColumnRole::Customer, "\tC-1001 ", "C-1001");
    row("ip spaces", ColumnRole::IpAddress, " ::1", "::1");
}

void TestPseudonymiser::sameValueDifferentSpellingSamePseudonym()
{
    QFETCH(ColumnRole, role);
    QFETCH(QString, first);
    QFETCH(QString, second);

    const Pseudonymiser pseudonymiser(projectKey);
    QCOMPARE(pseudonymiser.pseudonym(role, utf8(first)),
             pseudonymiser.pseudonym(role, utf8(second)));
}

void TestPseudonymiser::differentValuesDifferentPseudonyms()
{
    const Pseudonymiser pseudonymiser(projectKey);
    // Customer keys are case-sensitive; a phone's '+' matters; names keep their spaces.
    const std::pair<ColumnRole, const char*> values[] = {
        {ColumnRole::Customer, "C-1001"},
        {ColumnRole::Customer, "c-1001"},
        {ColumnRole::Customer, "C-1002"},
        {ColumnRole::Email, "ann@example.com"},
        {ColumnRole::Email, "anne@example.com"},
        {ColumnRole::Phone, "+49301234567"},
        {ColumnRole::Phone, "49301234567"},
        {ColumnRole::Name, "ann lee"},
        {ColumnRole::Name, "annlee"},
        {ColumnRole::Name, "müller"},
        {ColumnRole::Name, "muller"},
    };
    QSet<QByteArray> seen;
    for (const auto& [role, value] : values) {
        const std::string result = pseudonymiser.pseudonym(role, value);
        QCOMPARE(result, expectedPseudonym(QString::fromUtf8(value), projectKey));
        seen.insert(QByteArray::fromStdString(result));
    }
    QCOMPARE(seen.size(), qsizetype(std::size(values)));
}

void TestPseudonymiser::differentKeysDifferentPseudonyms()
{
    const QByteArray otherKey = QByteArrayLiteral("another project's key");
    const Pseudonymiser first(projectKey);
    const Pseudonymiser second(otherKey);
    const std::string a = first.pseudonym(ColumnRole::Email, "ann@example.com");
    const std::string b = second.pseudonym(ColumnRole::Email, "ann@example.com");
    QVERIFY(a != b);
    QCOMPARE(a, expectedPseudonym(QStringLiteral("ann@example.com"), projectKey));
    QCOMPARE(b, expectedPseudonym(QStringLiteral("ann@example.com"), otherKey));
    // A key differing in one bit is a different key.
    QByteArray flipped = projectKey;
    flipped[0] = char(flipped[0] ^ 1);
    QVERIFY(Pseudonymiser(flipped).pseudonym(ColumnRole::Email, "ann@example.com") != a);
}

void TestPseudonymiser::keyLengths_data()
{
    QTest::addColumn<QByteArray>("key");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("1 byte") << QByteArrayLiteral("k");
    QTest::newRow("32 bytes") << projectKey;
    QTest::newRow("63 bytes") << QByteArray(63, 'k');
    QTest::newRow("64 bytes, one block") << QByteArray(64, 'k');
    QTest::newRow("65 bytes, hashed first") << QByteArray(65, 'k');
    QTest::newRow("200 bytes") << QByteArray(200, '\xa5');
    QTest::newRow("binary with nul") << QByteArray("\x00\x01\x02\xff", 4);
}

void TestPseudonymiser::keyLengths()
{
    QFETCH(QByteArray, key);

    const Pseudonymiser pseudonymiser(key);
    QCOMPARE(pseudonymiser.pseudonym(ColumnRole::Customer, "C-1001"),
             expectedPseudonym(QStringLiteral("C-1001"), key));
    // A message longer than a SHA-256 block.
    const QString longValue(300, QLatin1Char('x'));
    QCOMPARE(pseudonymiser.pseudonym(ColumnRole::Customer, utf8(longValue)),
             expectedPseudonym(longValue, key));
}

void TestPseudonymiser::pseudonymLength()
{
    QCOMPARE(Pseudonymiser::PseudonymLength, 32);
    const Pseudonymiser pseudonymiser(projectKey);
    for (const char* value : {"", "a", "ann@example.com", "+49 30 1234567"}) {
        for (const ColumnRole role : {ColumnRole::Customer, ColumnRole::Email, ColumnRole::Phone,
                                      ColumnRole::Name, ColumnRole::IpAddress}) {
            const std::string result = pseudonymiser.pseudonym(role, value);
            QCOMPARE(int(result.size()), Pseudonymiser::PseudonymLength);
            QVERIFY2(isLowerHex(result), result.c_str());
        }
    }
}

QTEST_GUILESS_MAIN(TestPseudonymiser)
#include "tst_pseudonymiser.moc"
