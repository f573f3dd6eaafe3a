#include "core/ingest/fieldparsers.h"

#include <initializer_list>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>
#include <QTest>
#include <string>
#include <string_view>

using namespace journeyscope;

namespace {

std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

QByteArray bytes(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// Explicit length so that rows may hold NUL bytes.
template <std::size_t N> QByteArray raw(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

// Qt's own UTF-8 decoder (stateless, so a truncated sequence at the end is an error) is the
// independent judge of well-formedness: it rejects overlongs, surrogates and values beyond
// U+10FFFF.
QByteArray bytesOf(std::initializer_list<int> values)
{
    QByteArray result;
    for (const int value : values)
        result.append(char(value));
    return result;
}

bool qtAcceptsUtf8(const QByteArray& text)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(text);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

} // namespace

class TestFieldParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trimmedText_data();
    void trimmedText();
    void trimmedReturnsAViewIntoTheInput();
    void parseNumber_data();
    void parseNumber();
    void isValidUtf8_data();
    void isValidUtf8();
    void isValidUtf8AgreesWithQtDecoder();
    void isValidUtf8StopsAtTheEndOfTheView();
    void appendJsonString_data();
    void appendJsonString();
    void appendJsonStringAppends();
    void looksLikeEmail_data();
    void looksLikeEmail();
    void looksLikeIpAddress_data();
    void looksLikeIpAddress();
    void looksLikePhoneNumber_data();
    void looksLikePhoneNumber();
};

void TestFieldParsers::trimmedText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("only spaces") << QByteArrayLiteral("   ") << QByteArray();
    QTest::newRow("only tabs and spaces") << QByteArrayLiteral("\t \t") << QByteArray();
    QTest::newRow("nothing to trim") << QByteArrayLiteral("abc") << QByteArrayLiteral("abc");
    QTest::newRow("leading spaces") << QByteArrayLiteral("  abc") << QByteArrayLiteral("abc");
    QTest::newRow("trailing spaces") << QByteArrayLiteral("abc  ") << QByteArrayLiteral("abc");
    QTest::newRow("tabs both sides") << QByteArrayLiteral("\tabc\t") << QByteArrayLiteral("abc");
    QTest::newRow("inner spaces kept")
        << QByteArrayLiteral(" a b  c ") << QByteArrayLiteral("a b  c");
    QTest::newRow("newline is not trimmed")
        << QByteArrayLiteral("\nabc\r") << QByteArrayLiteral("\nabc\r");
    QTest::newRow("single character") << QByteArrayLiteral(" x ") << QByteArrayLiteral("x");
    QTest::newRow("utf-8 kept") << QByteArrayLiteral(" \xc3\xa9 ") << QByteArrayLiteral("\xc3\xa9");
}

void TestFieldParsers::trimmedText()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(bytes(trimmed(view(text))), expected);
}

void TestFieldParsers::trimmedReturnsAViewIntoTheInput()
{
    const std::string text = "  abc ";
    const std::string_view result = trimmed(text);
    QCOMPARE(static_cast<const void*>(result.data()), static_cast<const void*>(text.data() + 2));
    QCOMPARE(result.size(), std::size_t(3));
}

void TestFieldParsers::parseNumber_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected");

    const auto ok = [](const char* name, const char* text, bool decimalComma, double expected) {
        QTest::newRow(name) << QByteArray(text) << decimalComma << true << expected;
    };
    const auto bad = [](const char* name, const char* text, bool decimalComma) {
        QTest::newRow(name) << QByteArray(text) << decimalComma << false << 0.0;
    };

    ok("integer", "12", false, 12.0);
    ok("negative", "-3", false, -3.0);
    ok("negative fraction", "-3.5", false, -3.5);
    ok("plus sign", "+7", false, 7.0);
    ok("spaces around", " 12.50 ", false, 12.5);
    ok("tabs around", "\t42\t", false, 42.0);
    ok("exponent", "1e3", false, 1000.0);
    ok("upper-case exponent", "2E2", false, 200.0);
    ok("negative exponent", "25e-1", false, 2.5);
    ok("leading dot", ".5", false, 0.5);
    ok("negative leading dot", "-.25", false, -0.25);
    ok("plus leading dot", "+.5", false, 0.5);
    ok("zero", "0", false, 0.0);
    ok("leading zeros", "007", false, 7.0);
    ok("large", "123456789012", false, 123456789012.0);
    ok("dot with decimalComma", "12.50", true, 12.5);
    ok("comma with decimalComma", "12,50", true, 12.5);
    ok("comma with decimalComma and spaces", " -0,75 ", true, -0.75);
    ok("plus comma with decimalComma", "+1,5", true, 1.5);
    ok("integer with decimalComma", "7", true, 7.0);

    bad("empty", "", false);
    bad("blank", "   ", false);
    bad("letters", "abc", false);
    bad("comma without decimalComma", "1,5", false);
    bad("nan", "nan", false);
    bad("NaN", "NaN", false);
    bad("inf", "inf", false);
    bad("negative inf", "-inf", false);
    bad("infinity", "infinity", false);
    bad("two dots", "1.2.3", false);
    bad("overflow", "1e999", false);
    bad("negative overflow", "-1e999", false);
    bad("lone plus", "+", false);
    bad("lone minus", "-", false);
    bad("lone dot", ".", false);
    bad("double plus", "++7", false);
    bad("plus minus", "+-3", false);
    bad("minus plus", "-+3", false);
    bad("space after sign", "- 3", false);
    bad("inner space", "1 000", false);
    bad("trailing letters", "12abc", false);
    bad("unit", "12%", false);
    bad("hex", "0x10", false);
    bad("exponent without digits", "1e", false);
    bad("thousands and decimal comma", "1.234,5", true);
    bad("two commas with decimalComma", "1,2,3", true);
    bad("nan with decimalComma", "nan", true);
    bad("letters with decimalComma", "a,b", true);
}

void TestFieldParsers::parseNumber()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, decimalComma);
    QFETCH(bool, valid);
    QFETCH(double, expected);

    const std::optional<double> value = journeyscope::parseNumber(view(text), decimalComma);
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(*value, expected);
}

void TestFieldParsers::isValidUtf8_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii") << QByteArrayLiteral("hello") << true;
    QTest::newRow("nul byte") << raw("a\0b") << true;
    QTest::newRow("long ascii") << QByteArray(100, 'x') << true;
    QTest::newRow("2-byte e acute") << QByteArrayLiteral("caf\xc3\xa9") << true;
    QTest::newRow("2-byte lowest U+0080") << QByteArrayLiteral("\xc2\x80") << true;
    QTest::newRow("2-byte highest U+07FF") << QByteArrayLiteral("\xdf\xbf") << true;
    QTest::newRow("3-byte euro") << QByteArrayLiteral("\xe2\x82\xac") << true;
    QTest::newRow("3-byte lowest U+0800") << QByteArrayLiteral("\xe0\xa0\x80") << true;
    QTest::newRow("3-byte U+D7FF before surrogates") << QByteArrayLiteral("\xed\x9f\xbf") << true;
    QTest::newRow("3-byte U+E000 after surrogates") << QByteArrayLiteral("\xee\x80\x80") << true;
    QTest::newRow("3-byte U+FFFF") << QByteArrayLiteral("\xef\xbf\xbf") << true;
    QTest::newRow("4-byte emoji") << QByteArrayLiteral("\xf0\x9f\x98\x80") << true;
    QTest::newRow("4-byte lowest U+10000") << QByteArrayLiteral("\xf0\x90\x80\x80") << true;
    QTest::newRow("4-byte highest U+10FFFF") << QByteArrayLiteral("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("mixed widths") << QByteArrayLiteral("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z")
                                  << true;
    QTest::newRow("long ascii then multibyte")
        << QByteArrayLiteral("abcdefghijklmnop\xc3\xa9") << true;
    QTest::newRow("multibyte then long ascii") << QByteArrayLiteral("\xc3\xa9"
                                                                    "abcdefghijklmnop")
                                               << true;

    QTest::newRow("overlong 2-byte slash C0 AF") << QByteArrayLiteral("\xc0\xaf") << false;
    QTest::newRow("overlong 2-byte C1 BF") << QByteArrayLiteral("\xc1\xbf") << false;
    QTest::newRow("overlong 3-byte E0 80 80") << QByteArrayLiteral("\xe0\x80\x80") << false;
    QTest::newRow("overlong 3-byte U+07FF") << QByteArrayLiteral("\xe0\x9f\xbf") << false;
    QTest::newRow("overlong 4-byte F0 80 80 80") << QByteArrayLiteral("\xf0\x80\x80\x80") << false;
    QTest::newRow("overlong 4-byte U+FFFF") << QByteArrayLiteral("\xf0\x8f\xbf\xbf") << false;
    QTest::newRow("surrogate U+D800") << QByteArrayLiteral("\xed\xa0\x80") << false;
    QTest::newRow("surrogate U+DFFF") << QByteArrayLiteral("\xed\xbf\xbf") << false;
    QTest::newRow("surrogate pair as CESU-8")
        << QByteArrayLiteral("\xed\xa0\xbd\xed\xb8\x80") << false;
    QTest::newRow("above U+10FFFF F4 90") << QByteArrayLiteral("\xf4\x90\x80\x80") << false;
    QTest::newRow("above U+10FFFF F5") << QByteArrayLiteral("\xf5\x80\x80\x80") << false;
    QTest::newRow("lead F8 five bytes") << QByteArrayLiteral("\xf8\x88\x80\x80\x80") << false;
    QTest::newRow("lead FE") << QByteArrayLiteral("\xfe") << false;
    QTest::newRow("lead FF") << QByteArrayLiteral("\xff") << false;
    QTest::newRow("lone continuation") << QByteArrayLiteral("\x80") << false;
    QTest::newRow("continuation after ascii") << QByteArrayLiteral("a\xbf") << false;
    QTest::newRow("bad continuation") << QByteArrayLiteral("\xc3\x28") << false;
    QTest::newRow("3-byte bad third") << QByteArrayLiteral("\xe2\x82\x41") << false;
    QTest::newRow("truncated 2-byte at end") << QByteArrayLiteral("abc\xc3") << false;
    QTest::newRow("truncated 3-byte at end") << QByteArrayLiteral("abc\xe2\x82") << false;
    QTest::newRow("truncated 4-byte at end") << QByteArrayLiteral("abc\xf0\x9f\x98") << false;
    QTest::newRow("truncated 4-byte lead only") << QByteArrayLiteral("\xf0") << false;
    QTest::newRow("latin-1 e acute") << QByteArrayLiteral("caf\xe9") << false;
    // The ASCII fast path reads eight bytes at a time; the bad byte must still be seen
    // right after it, wherever the run ends.
    QTest::newRow("8 ascii then bad") << QByteArrayLiteral("abcdefgh\xff") << false;
    QTest::newRow("9 ascii then bad") << QByteArrayLiteral("abcdefghi\xff") << false;
    QTest::newRow("15 ascii then bad") << QByteArrayLiteral("abcdefghijklmno\x80") << false;
    QTest::newRow("16 ascii then bad") << QByteArrayLiteral("abcdefghijklmnop\xc0\xaf") << false;
    QTest::newRow("17 ascii then bad then ascii") << QByteArrayLiteral("abcdefghijklmnopq\xff"
                                                                       "abcdefghijklmnop")
                                                  << false;
    QTest::newRow("bad byte inside an ascii word") << QByteArrayLiteral("abc\xff"
                                                                        "defghijklmnop")
                                                   << false;
    QTest::newRow("valid then ascii run then truncated")
        << QByteArrayLiteral("\xc3\xa9"
                             "abcdefghijkl\xe2\x82")
        << false;
}

void TestFieldParsers::isValidUtf8()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(journeyscope::isValidUtf8(view(text)), valid);
    // The table itself is checked against Qt's decoder.
    QCOMPARE(qtAcceptsUtf8(text), valid);
}

void TestFieldParsers::isValidUtf8AgreesWithQtDecoder()
{
    // Every one- and two-byte string, and three- and four-byte strings over bytes at the
    // edges of the UTF-8 ranges, each also behind ASCII runs of 0 to 17 bytes so that the
    // eight-byte fast path ends at every offset.
    const int edges[] = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0,
                         0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff};
    int checked = 0;
    int mismatches = 0;
    QByteArray firstMismatch;
    const auto check = [&](const QByteArray& text) {
        ++checked;
        if (journeyscope::isValidUtf8(view(text)) != qtAcceptsUtf8(text)) {
            if (mismatches++ == 0)
                firstMismatch = text;
        }
    };
    for (int a = 0; a < 256; ++a) {
        check(QByteArray(1, char(a)));
        for (int b = 0; b < 256; ++b)
            check(bytesOf({a, b}));
    }
    for (int a = 0xc0; a < 256; ++a) {
        for (const int b : edges) {
            for (const int c : edges) {
                check(bytesOf({a, b, c}));
                for (const int d : edges)
                    check(bytesOf({a, b, c, d}));
            }
        }
    }
    const QByteArray tails[] = {
        QByteArrayLiteral("\xc3\xa9"),
        QByteArrayLiteral("\xe2\x82\xac"),
        QByteArrayLiteral("\xf0\x9f\x98\x80"),
        QByteArrayLiteral("\xff"),
        QByteArrayLiteral("\xc3"),
        QByteArrayLiteral("\xed\xa0\x80"),
        QByteArrayLiteral("\xf4\x90\x80\x80"),
        QByteArrayLiteral("\xc0\x80"),
    };
    for (int run = 0; run <= 17; ++run) {
        for (const QByteArray& tail : tails) {
            check(QByteArray(run, 'a') + tail);
            check(QByteArray(run, 'a') + tail + QByteArray(run, 'b'));
            check(tail + QByteArray(run, 'a') + tail);
        }
    }
    QVERIFY2(mismatches == 0, qPrintable(QStringLiteral("%1 of %2 strings differ, first: %3")
                                             .arg(mismatches)
                                             .arg(checked)
                                             .arg(QString::fromLatin1(firstMismatch.toHex(' ')))));
    QVERIFY(checked > 65536);
}

void TestFieldParsers::isValidUtf8StopsAtTheEndOfTheView()
{
    // A field is a view into a larger buffer: a sequence cut by the end of the view is
    // truncated even when the bytes after the view would complete it.
    const QByteArray buffer = QByteArrayLiteral("ab\xf0\x9f\x98\x80\xe2\x82\xac\xc3\xa9");
    const std::string_view all = view(buffer);
    QVERIFY(journeyscope::isValidUtf8(all));
    const std::size_t cuts[] = {3, 4, 5, 7, 8, 10};
    for (const std::size_t cut : cuts)
        QVERIFY2(!journeyscope::isValidUtf8(all.substr(0, cut)), qPrintable(QString::number(cut)));
    for (const std::size_t whole : {std::size_t(2), std::size_t(6), std::size_t(9)})
        QVERIFY2(journeyscope::isValidUtf8(all.substr(0, whole)),
                 qPrintable(QString::number(whole)));
    // Same with an ASCII run long enough for the eight-byte fast path before the cut.
    const QByteArray longer = QByteArray(13, 'x') + buffer;
    QVERIFY(!journeyscope::isValidUtf8(view(longer).substr(0, 13 + 4)));
    QVERIFY(journeyscope::isValidUtf8(view(longer).substr(0, 13 + 6)));
}

void TestFieldParsers::appendJsonString_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray() << QByteArrayLiteral("\"\"");
    QTest::newRow("plain") << QByteArrayLiteral("hello") << QByteArrayLiteral("\"hello\"");
    QTest::newRow("quote") << QByteArrayLiteral("say \"hi\"")
                           << QByteArrayLiteral("\"say \\\"hi\\\"\"");
    QTest::newRow("backslash") << QByteArrayLiteral("C:\\tmp")
                               << QByteArrayLiteral("\"C:\\\\tmp\"");
    QTest::newRow("slash untouched") << QByteArrayLiteral("a/b") << QByteArrayLiteral("\"a/b\"");
    QTest::newRow("newline") << QByteArrayLiteral("a\nb") << QByteArrayLiteral("\"a\\nb\"");
    QTest::newRow("carriage return") << QByteArrayLiteral("a\rb") << QByteArrayLiteral("\"a\\rb\"");
    QTest::newRow("tab") << QByteArrayLiteral("a\tb") << QByteArrayLiteral("\"a\\tb\"");
    QTest::newRow("nul") << raw("a\0b") << QByteArrayLiteral("\"a\\u0000b\"");
    QTest::newRow("0x01") << QByteArrayLiteral("\x01") << QByteArrayLiteral("\"\\u0001\"");
    QTest::newRow("backspace") << QByteArrayLiteral("\b") << QByteArrayLiteral("\"\\u0008\"");
    QTest::newRow("form feed") << QByteArrayLiteral("\f") << QByteArrayLiteral("\"\\u000c\"");
    QTest::newRow("0x1b escape") << QByteArrayLiteral("\x1b") << QByteArrayLiteral("\"\\u001b\"");
    QTest::newRow("0x1f") << QByteArrayLiteral("\x1f") << QByteArrayLiteral("\"\\u001f\"");
    QTest::newRow("0x20 space") << QByteArrayLiteral(" ") << QByteArrayLiteral("\" \"");
    QTest::newRow("0x7f delete passes")
        << QByteArrayLiteral("\x7f") << QByteArrayLiteral("\"\x7f\"");
    QTest::newRow("utf-8 passes through")
        << QByteArrayLiteral("M\xc3\xbcller \xe2\x82\xac \xf0\x9f\x98\x80")
        << QByteArrayLiteral("\"M\xc3\xbcller \xe2\x82\xac \xf0\x9f\x98\x80\"");
    QTest::newRow("everything") << QByteArrayLiteral("\"\\\n\x02\xc3\xa9")
                                << QByteArrayLiteral("\"\\\"\\\\\\n\\u0002\xc3\xa9\"");
}

void TestFieldParsers::appendJsonString()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);

    std::string out;
    journeyscope::appendJsonString(out, view(text));
    QCOMPARE(bytes(out), expected);

    // A JSON parser reads the literal back as the original string.
    const QByteArray document = QByteArrayLiteral("[") + bytes(out) + QByteArrayLiteral("]");
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(document, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(parsed.isArray());
    QCOMPARE(parsed.array().size(), 1);
    QCOMPARE(parsed.array().at(0).toString(), QString::fromUtf8(text));
}

void TestFieldParsers::appendJsonStringAppends()
{
    std::string out = "{\"k\":";
    journeyscope::appendJsonString(out, "v");
    out += ",\"e\":";
    journeyscope::appendJsonString(out, {});
    out += '}';
    QCOMPARE(out, std::string("{\"k\":\"v\",\"e\":\"\"}"));
}

void TestFieldParsers::looksLikeEmail_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("simple") << QByteArrayLiteral("ann@example.com") << true;
    QTest::newRow("plus tag and subdomain")
        << QByteArrayLiteral("Ann.Lee+crm@mail.example.co.uk") << true;
    QTest::newRow("one-letter top-level domain") << QByteArrayLiteral("a@b.c") << true;
    QTest::newRow("utf-8 local part") << QByteArrayLiteral("m\xc3\xbcller@example.de") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("no at") << QByteArrayLiteral("ann.example.com") << false;
    QTest::newRow("at first") << QByteArrayLiteral("@example.com") << false;
    QTest::newRow("nothing after at") << QByteArrayLiteral("ann@") << false;
    QTest::newRow("no dot in domain") << QByteArrayLiteral("ann@localhost") << false;
    QTest::newRow("domain starts with dot") << QByteArrayLiteral("ann@.com") << false;
    QTest::newRow("domain ends with dot") << QByteArrayLiteral("ann@example.") << false;
    QTest::newRow("two ats") << QByteArrayLiteral("a@b@example.com") << false;
    QTest::newRow("space") << QByteArrayLiteral("ann lee@example.com") << false;
    QTest::newRow("twitter handle") << QByteArrayLiteral("@journeyscope") << false;
    QTest::newRow("plain word") << QByteArrayLiteral("customer") << false;
}

void TestFieldParsers::looksLikeEmail()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, expected);
    QCOMPARE(journeyscope::looksLikeEmail(view(text)), expected);
}

void TestFieldParsers::looksLikeIpAddress_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("ipv4") << QByteArrayLiteral("192.168.0.1") << true;
    QTest::newRow("ipv4 zeros") << QByteArrayLiteral("0.0.0.0") << true;
    QTest::newRow("ipv4 max") << QByteArrayLiteral("255.255.255.255") << true;
    QTest::newRow("ipv4 256") << QByteArrayLiteral("256.1.1.1") << false;
    QTest::newRow("ipv4 last part 300") << QByteArrayLiteral("1.1.1.300") << false;
    QTest::newRow("ipv4 four digits") << QByteArrayLiteral("1.1.1.0001") << false;
    QTest::newRow("ipv4 three parts") << QByteArrayLiteral("10.0.1") << false;
    QTest::newRow("ipv4 five parts") << QByteArrayLiteral("1.2.3.4.5") << false;
    QTest::newRow("ipv4 trailing dot") << QByteArrayLiteral("1.2.3.4.") << false;
    QTest::newRow("ipv4 leading dot") << QByteArrayLiteral(".1.2.3.4") << false;
    QTest::newRow("ipv4 empty part") << QByteArrayLiteral("1..2.3") << false;
    QTest::newRow("ipv4 letter") << QByteArrayLiteral("1.2.3.a") << false;
    QTest::newRow("ipv4 with port") << QByteArrayLiteral("1.2.3.4:80") << false;
    QTest::newRow("decimal number") << QByteArrayLiteral("12.50") << false;
    QTest::newRow("version") << QByteArrayLiteral("1.2.3") << false;
    QTest::newRow("dotted date") << QByteArrayLiteral("01.03.2024") << false;
    QTest::newRow("integer") << QByteArrayLiteral("12345") << false;
    QTest::newRow("empty") << QByteArray() << false;

    QTest::newRow("ipv6 full") << QByteArrayLiteral("2001:0db8:85a3:0000:0000:8a2e:0370:7334")
                               << true;
    QTest::newRow("ipv6 full upper-case")
        << QByteArrayLiteral("2001:DB8:0:0:8:800:200C:417A") << true;
    QTest::newRow("ipv6 shortened") << QByteArrayLiteral("2001:db8::8a2e:370:7334") << true;
    QTest::newRow("ipv6 loopback") << QByteArrayLiteral("::1") << true;
    QTest::newRow("ipv6 unspecified") << QByteArrayLiteral("::") << true;
    QTest::newRow("ipv6 link-local") << QByteArrayLiteral("fe80::1") << true;
    QTest::newRow("ipv6 trailing ::") << QByteArrayLiteral("2001:db8::") << true;
    QTest::newRow("ipv6 mapped ipv4") << QByteArrayLiteral("::ffff:192.0.2.128") << true;
    QTest::newRow("ipv6 seven groups without ::")
        << QByteArrayLiteral("2001:db8:0:0:8:800:200c") << false;
    QTest::newRow("ipv6 non-hex") << QByteArrayLiteral("2001:db8::g") << false;

    QTest::newRow("time hh:mm:ss") << QByteArrayLiteral("10:22:33") << false;
    QTest::newRow("time hh:mm") << QByteArrayLiteral("10:22") << false;
    QTest::newRow("time with fraction") << QByteArrayLiteral("10:22:33.123") << false;
    QTest::newRow("time midnight") << QByteArrayLiteral("00:00:00") << false;
    QTest::newRow("duration h:mm:ss:ff") << QByteArrayLiteral("01:02:03:04") << false;
    QTest::newRow("date time") << QByteArrayLiteral("2024-03-01 10:22:33") << false;
    QTest::newRow("iso time") << QByteArrayLiteral("2024-03-01T10:22:33Z") << false;
    QTest::newRow("mac address") << QByteArrayLiteral("00:1a:2b:3c:4d:5e") << false;
    QTest::newRow("hex word") << QByteArrayLiteral("deadbeef") << false;
}

void TestFieldParsers::looksLikeIpAddress()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, expected);
    QCOMPARE(journeyscope::looksLikeIpAddress(view(text)), expected);
}

void TestFieldParsers::looksLikePhoneNumber_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("german") << QByteArrayLiteral("+49 30 1234567") << true;
    QTest::newRow("us with parentheses") << QByteArrayLiteral("+1 (555) 123-4567") << true;
    QTest::newRow("no separators") << QByteArrayLiteral("+4915112345678") << true;
    QTest::newRow("dots") << QByteArrayLiteral("+44.20.7946.0958") << true;
    QTest::newRow("7 digits") << QByteArrayLiteral("+1234567") << true;
    QTest::newRow("15 digits") << QByteArrayLiteral("+123456789012345") << true;
    QTest::newRow("6 digits") << QByteArrayLiteral("+123456") << false;
    QTest::newRow("16 digits") << QByteArrayLiteral("+1234567890123456") << false;
    QTest::newRow("no plus") << QByteArrayLiteral("030 1234567") << false;
    QTest::newRow("00 prefix") << QByteArrayLiteral("0049 30 1234567") << false;
    QTest::newRow("letter") << QByteArrayLiteral("+49 30 123456x") << false;
    QTest::newRow("slash") << QByteArrayLiteral("+49 30/1234567") << false;
    QTest::newRow("second plus") << QByteArrayLiteral("++49 30 1234567") << false;
    QTest::newRow("plus only") << QByteArrayLiteral("+") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("separators only") << QByteArrayLiteral("+ ( ) - .") << false;
    QTest::newRow("positive number") << QByteArrayLiteral("+7") << false;
    QTest::newRow("positive decimal") << QByteArrayLiteral("+12.50") << false;
}

void TestFieldParsers::looksLikePhoneNumber()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, expected);
    QCOMPARE(journeyscope::looksLikePhoneNumber(view(text)), expected);
}

QTEST_GUILESS_MAIN(TestFieldParsers)
#include "tst_fieldparsers.moc"
