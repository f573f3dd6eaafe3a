#include "core/base/error.h"
#include "core/base/feedback.h"
#include "core/base/sha256.h"
#include "core/sample/clickstreamgenerator.h"
#include "tests/support/testsupport.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QBuffer>
#include <QDateTime>
#include <QRegularExpression>
#include <QTest>
#include <set>
#include <vector>

using namespace journeyscope;

namespace {

struct Row
{
    QByteArray customer;
    QByteArray timestamp;
    QByteArray event;
    QByteArray channel;
    QByteArray device;
    QByteArray value;
    QByteArray email;
    QByteArray campaign;
    qint64 ms = 0;
};

struct Csv
{
    QByteArray header;
    std::vector<Row> rows;
    QString error; ///< the first problem found while parsing; empty when fine
};

QByteArray generate(const ClickstreamOptions& options, qint64* count = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const qint64 written = ClickstreamGenerator::writeCsv(options, buffer);
    if (count)
        *count = written;
    return buffer.data();
}

// Deliberately simple: the generator never quotes, so a field is whatever lies between commas.
Csv parse(const QByteArray& bytes)
{
    Csv csv;
    if (!bytes.endsWith('\n')) {
        csv.error = QStringLiteral("no line end after the last row");
        return csv;
    }
    QList<QByteArray> lines = bytes.split('\n');
    lines.removeLast();
    csv.header = lines.value(0);
    static const QRegularExpression isoPattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    for (qsizetype i = 1; i < lines.size() && csv.error.isEmpty(); ++i) {
        const QList<QByteArray> fields = lines[i].split(',');
        if (fields.size() != 8) {
            csv.error = QStringLiteral("line %1 has %2 fields").arg(i + 1).arg(fields.size());
            break;
        }
        Row row{fields[0], fields[1], fields[2], fields[3],
                fields[4], fields[5], fields[6], fields[7]};
        const QString timestamp = QString::fromLatin1(row.timestamp);
        const QDateTime time = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
        if (!isoPattern.match(timestamp).hasMatch() || !time.isValid()) {
            csv.error = QStringLiteral("line %1: bad timestamp %2").arg(i + 1).arg(timestamp);
            break;
        }
        row.ms = time.toMSecsSinceEpoch();
        csv.rows.push_back(std::move(row));
    }
    return csv;
}

// Each customer's rows, in file order.
std::map<QByteArray, std::vector<const Row*>> journeys(const Csv& csv)
{
    std::map<QByteArray, std::vector<const Row*>> byCustomer;
    for (const Row& row : csv.rows)
        byCustomer[row.customer].push_back(&row);
    return byCustomer;
}

const std::set<QByteArray> awareness = {"Social ad", "Search ad", "Referral link", "Newsletter"};
const std::set<QByteArray> allTouchpoints = {"Social ad",
                                             "Search ad",
                                             "Referral link",
                                             "Newsletter",
                                             "Home page",
                                             "Search",
                                             "Category page",
                                             "Product page",
                                             "Reviews",
                                             "Compare",
                                             "Sign up",
                                             "Cart",
                                             "Checkout",
                                             "Payment",
                                             "Order confirmation",
                                             "Store visit",
                                             "Store purchase",
                                             "Order confirmation email",
                                             "Delivery tracking",
                                             "Support call",
                                             "Help center",
                                             "Account page",
                                             "Cart reminder email",
                                             "Promo email open",
                                             "Review request email",
                                             "Write review",
                                             "Refer a friend"};
const std::set<QByteArray> purchases = {"Order confirmation", "Store purchase"};
const std::set<QByteArray> givesEmail = {"Sign up", "Checkout", "Newsletter"};

class CancelOnProgress : public Feedback
{
public:
    int calls = 0;
    qint64 lastItems = -1;
    bool itemsIncrease = true;
    bool cancelOnFirstCall = false;

protected:
    void progressChanged(double, qint64 items) override
    {
        ++calls;
        itemsIncrease = itemsIncrease && items > lastItems;
        lastItems = items;
        if (cancelOnFirstCall)
            cancel();
    }
};

ClickstreamOptions smallOptions(std::uint64_t seed = 7, qint64 customers = 3000)
{
    ClickstreamOptions options;
    options.seed = seed;
    options.customers = customers;
    return options;
}

} // namespace

class TestClickstreamGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameOptionsGiveSameBytes();
    void differentSeedsGiveDifferentBytes();
    void nextMatchesCsv();
    void csvIsWellFormed();
    void journeysStartWithAwareness();
    void emailShare_data();
    void emailShare();
    void maxEventsIsExactAndAPrefix_data();
    void maxEventsIsExactAndAPrefix();
    void journeyRates();
    void journeysDoNotDependOnInterleaving();
    void cancellation();
    void progressReachesTheEnd();
    void outputIsPinned();
    void bundledSampleIsReproducible();
};

void TestClickstreamGenerator::sameOptionsGiveSameBytes()
{
    const ClickstreamOptions options = smallOptions(11, 1500);
    qint64 count = 0;
    const QByteArray first = generate(options, &count);
    QVERIFY(count > 1500);
    QCOMPARE(first.count('\n'), count + 1);
    QCOMPARE(generate(options), first);
}

void TestClickstreamGenerator::differentSeedsGiveDifferentBytes()
{
    const QByteArray a = generate(smallOptions(1, 500));
    const QByteArray b = generate(smallOptions(2, 500));
    QVERIFY(a != b);
    // Not just a shuffled header: the journeys themselves differ.
    QVERIFY(a.mid(a.indexOf('\n')) != b.mid(b.indexOf('\n')));
}

void TestClickstreamGenerator::nextMatchesCsv()
{
    const ClickstreamOptions options = smallOptions(3, 800);
    const Csv csv = parse(generate(options));
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));

    ClickstreamGenerator generator(options);
    GeneratedEvent event;
    std::size_t i = 0;
    while (generator.next(event)) {
        QVERIFY(i < csv.rows.size());
        const Row& row = csv.rows[i++];
        QCOMPARE(QByteArray(event.customer.data(), qsizetype(event.customer.size())), row.customer);
        QCOMPARE(event.timeMs, row.ms);
        QCOMPARE(QByteArray(event.touchpoint.data(), qsizetype(event.touchpoint.size())),
                 row.event);
        QCOMPARE(QByteArray(event.channel.data(), qsizetype(event.channel.size())), row.channel);
        QCOMPARE(QByteArray(event.device.data(), qsizetype(event.device.size())), row.device);
        QCOMPARE(QByteArray(event.email.data(), qsizetype(event.email.size())), row.email);
        QCOMPARE(QByteArray(event.campaign.data(), qsizetype(event.campaign.size())), row.campaign);
        if (row.value.isEmpty()) {
            QVERIFY(std::isnan(event.value));
        } else {
            QCOMPARE(QByteArray::number(event.value, 'f', 2), row.value);
        }
    }
    QCOMPARE(i, csv.rows.size());
    QVERIFY(!generator.next(event)); // stays at the end
}

void TestClickstreamGenerator::csvIsWellFormed()
{
    const ClickstreamOptions options = smallOptions(5, 2000);
    const QByteArray bytes = generate(options);
    QVERIFY(!bytes.contains('"'));
    QVERIFY(!bytes.contains('\r'));
    const Csv csv = parse(bytes);
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    QCOMPARE(csv.header, QByteArray(ClickstreamGenerator::csvHeader.data(),
                                    qsizetype(ClickstreamGenerator::csvHeader.size())));
    QCOMPARE(csv.header, QByteArray("user_id,timestamp,event,channel,device,value,email,campaign"));
    QVERIFY(csv.rows.size() > 10000);

    static const QRegularExpression idPattern(QStringLiteral("^C\\d{7}$"));
    static const QRegularExpression valuePattern(QStringLiteral("^\\d+\\.\\d\\d$"));
    static const QRegularExpression emailPattern(
        QStringLiteral("^[a-z]+\\.[a-z]+\\d+@example\\.(com|org|net)$"));
    const std::set<QByteArray> channels = {"web", "app", "email", "social", "call centre", "store"};
    const std::set<QByteArray> devices = {"desktop", "mobile", "tablet"};
    std::set<QByteArray> channelsSeen, devicesSeen, touchpointsSeen;
    std::map<QByteArray, QByteArray> emailOf;
    const qint64 arrivalEnd = options.startMs + qint64(options.arrivalDays) * 86400000;

    const Row* previous = nullptr;
    for (const Row& row : csv.rows) {
        const QString where = QString::fromLatin1(row.customer + ' ' + row.timestamp);
        QVERIFY2(idPattern.match(QString::fromLatin1(row.customer)).hasMatch(), qPrintable(where));
        QVERIFY2(row.ms >= options.startMs, qPrintable(where));
        if (previous) {
            // Time order; equal times by customer number (same-width ids sort as numbers).
            QVERIFY2(previous->ms < row.ms ||
                         (previous->ms == row.ms && previous->customer < row.customer),
                     qPrintable(where));
        }
        previous = &row;

        QVERIFY2(allTouchpoints.count(row.event), qPrintable(where));
        QVERIFY2(channels.count(row.channel), qPrintable(where));
        touchpointsSeen.insert(row.event);
        channelsSeen.insert(row.channel);
        const bool noDevice =
            row.channel == "email" || row.channel == "call centre" || row.channel == "store";
        if (noDevice) {
            QVERIFY2(row.device.isEmpty(), qPrintable(where));
        } else {
            QVERIFY2(devices.count(row.device), qPrintable(where));
            devicesSeen.insert(row.device);
        }
        if (row.channel == "app")
            QVERIFY2(row.device == "mobile", qPrintable(where));

        // Order values on purchases only, always there, two decimals, 10 to 500.
        QCOMPARE(!row.value.isEmpty(), bool(purchases.count(row.event)));
        if (!row.value.isEmpty()) {
            QVERIFY2(valuePattern.match(QString::fromLatin1(row.value)).hasMatch(),
                     qPrintable(where));
            const double value = row.value.toDouble();
            QVERIFY2(value >= 10.0 && value <= 500.0, qPrintable(where));
        }

        // Campaigns exactly on awareness touchpoints.
        QCOMPARE(!row.campaign.isEmpty(), bool(awareness.count(row.event)));

        // Emails only where given, well-formed, one per customer.
        if (!row.email.isEmpty()) {
            QVERIFY2(givesEmail.count(row.event), qPrintable(where));
            QVERIFY2(emailPattern.match(QString::fromLatin1(row.email)).hasMatch(),
                     qPrintable(where));
            auto [it, inserted] = emailOf.emplace(row.customer, row.email);
            QVERIFY2(inserted || it->second == row.email, qPrintable(where));
        }
        if (row.event == "Sign up" || row.event == "Newsletter")
            QVERIFY2(!row.email.isEmpty(), qPrintable(where));
    }
    QCOMPARE(channelsSeen, channels);
    QCOMPARE(devicesSeen, devices);
    QCOMPARE(touchpointsSeen, allTouchpoints);

    // No two customers share an address: identity matching on the demo data must not merge.
    std::set<QByteArray> distinctEmails;
    for (const auto& [customer, email] : emailOf)
        distinctEmails.insert(email);
    QCOMPARE(distinctEmails.size(), emailOf.size());

    // Every customer appears, numbered 1..N, arriving within arrivalDays.
    const auto byCustomer = journeys(csv);
    QCOMPARE(qint64(byCustomer.size()), options.customers);
    QCOMPARE(byCustomer.begin()->first, QByteArray("C0000001"));
    QCOMPARE(byCustomer.rbegin()->first, QByteArray("C0002000"));
    for (const auto& [customer, rows] : byCustomer)
        QVERIFY2(rows.front()->ms < arrivalEnd, customer.constData());
}

void TestClickstreamGenerator::journeysStartWithAwareness()
{
    const Csv csv = parse(generate(smallOptions(13, 2000)));
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    for (const auto& [customer, rows] : journeys(csv))
        QVERIFY2(awareness.count(rows.front()->event), customer.constData());
}

void TestClickstreamGenerator::emailShare_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("none") << 0.0 << 0.0;
    QTest::newRow("default") << 0.35 << 0.04;
    QTest::newRow("most") << 0.8 << 0.04;
    QTest::newRow("all") << 1.0 << 0.0;
}

void TestClickstreamGenerator::emailShare()
{
    QFETCH(double, share);
    QFETCH(double, tolerance);
    ClickstreamOptions options = smallOptions(17, 2000);
    options.emailShare = share;
    const Csv csv = parse(generate(options));
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));

    std::set<QByteArray> customers, withEmail;
    qint64 rowsWithEmail = 0;
    for (const Row& row : csv.rows) {
        customers.insert(row.customer);
        if (!row.email.isEmpty()) {
            withEmail.insert(row.customer);
            ++rowsWithEmail;
        }
    }
    QCOMPARE(qint64(customers.size()), options.customers);
    const double measured = double(withEmail.size()) / double(customers.size());
    QVERIFY2(std::abs(measured - share) <= tolerance,
             qPrintable(QStringLiteral("share %1, expected %2").arg(measured).arg(share)));
    // Not on every event: only where given.
    QVERIFY(rowsWithEmail <= qint64(csv.rows.size()) / 4);
}

void TestClickstreamGenerator::maxEventsIsExactAndAPrefix_data()
{
    QTest::addColumn<qint64>("maxEvents");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("one") << qint64(1);
    QTest::newRow("some") << qint64(1234);
    QTest::newRow("more than all") << qint64(100000000);
}

void TestClickstreamGenerator::maxEventsIsExactAndAPrefix()
{
    QFETCH(qint64, maxEvents);
    ClickstreamOptions options = smallOptions(19, 600);
    qint64 total = 0;
    const QByteArray full = generate(options, &total);
    options.maxEvents = maxEvents;
    qint64 count = 0;
    const QByteArray capped = generate(options, &count);

    const qint64 expected = std::min(maxEvents, total);
    QCOMPARE(count, expected);
    QCOMPARE(capped.count('\n'), expected + 1);
    // The first events in time order, exactly as in the full run.
    QVERIFY(full.startsWith(capped));

    ClickstreamGenerator generator(options);
    GeneratedEvent event;
    qint64 viaNext = 0;
    while (generator.next(event))
        ++viaNext;
    QCOMPARE(viaNext, expected);
}

void TestClickstreamGenerator::journeyRates()
{
    const ClickstreamOptions options = smallOptions(23, 4000);
    const Csv csv = parse(generate(options));
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    const auto byCustomer = journeys(csv);
    const double customers = double(byCustomer.size());

    qint64 carts = 0, boughtCarts = 0, remindedAndBought = 0;
    qint64 bouncers = 0, purchasers = 0, repeatPurchasers = 0, multiSession = 0;
    qint64 loops = 0, longGaps = 0, withinSessionGaps = 0, shortGaps = 0;
    std::vector<double> values;
    std::map<QByteArray, qint64> touchpointCount;
    for (const auto& [customer, rows] : byCustomer) {
        bool cartOpen = false, reminded = false;
        int purchaseCount = 0, sessions = 1;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const Row& row = *rows[i];
            ++touchpointCount[row.event];
            if (i > 0) {
                const qint64 gap = row.ms - rows[i - 1]->ms;
                QVERIFY2(gap > 0, customer.constData());
                if (gap > 30 * 60000)
                    ++sessions;
                if (gap >= 86400000)
                    ++longGaps;
                if (gap <= 30 * 60000) {
                    ++withinSessionGaps;
                    if (gap <= 5 * 60000)
                        ++shortGaps;
                }
            }
            if (i >= 2 && row.event == "Product page" && rows[i - 1]->event == "Reviews" &&
                rows[i - 2]->event == "Product page")
                ++loops;
            // A cart lasts from its first Cart view to an online order or the journey's end.
            if (row.event == "Cart" && !cartOpen) {
                cartOpen = true;
                reminded = false;
                ++carts;
            }
            if (row.event == "Cart reminder email" && cartOpen)
                reminded = true;
            if (row.event == "Order confirmation" && cartOpen) {
                ++boughtCarts;
                if (reminded)
                    ++remindedAndBought;
                cartOpen = false;
            }
            if (purchases.count(row.event)) {
                ++purchaseCount;
                values.push_back(row.value.toDouble());
            }
        }
        if (rows.size() == 1)
            ++bouncers;
        if (purchaseCount > 0)
            ++purchasers;
        if (purchaseCount > 1)
            ++repeatPurchasers;
        if (sessions > 1)
            ++multiSession;
    }

    const double eventsPerCustomer = double(csv.rows.size()) / customers;
    const double abandonment = 1.0 - double(boughtCarts) / double(carts);
    const double bounceRate = double(bouncers) / customers;
    const double purchaserRate = double(purchasers) / customers;
    qInfo("events/customer %.2f, cart abandonment %.3f, bounce %.3f, purchasers %.3f, "
          "repeat %lld, recovered by reminder %lld",
          eventsPerCustomer, abandonment, bounceRate, purchaserRate, repeatPurchasers,
          remindedAndBought);

    QVERIFY(eventsPerCustomer >= 10.0 && eventsPerCustomer <= 20.0);
    QVERIFY(abandonment >= 0.55 && abandonment <= 0.80);
    QVERIFY(bounceRate >= 0.10 && bounceRate <= 0.35);
    QVERIFY(purchaserRate >= 0.08 && purchaserRate <= 0.40);
    QVERIFY(repeatPurchasers >= 1);
    QVERIFY(double(repeatPurchasers) / double(purchasers) >= 0.05);
    QVERIFY(remindedAndBought >= 1);
    QVERIFY(double(multiSession) / (customers - double(bouncers)) >= 0.4);
    QVERIFY(longGaps >= 100);
    QVERIFY(double(shortGaps) / double(withinSessionGaps) >= 0.8);
    QVERIFY(loops >= qint64(customers / 20));
    for (const char* touchpoint :
         {"Support call", "Write review", "Refer a friend", "Store purchase", "Promo email open"})
        QVERIFY2(touchpointCount[touchpoint] >= 5, touchpoint);

    // Skewed order values: median below mean, a tail above 200.
    std::sort(values.begin(), values.end());
    const double median = values[values.size() / 2];
    double sum = 0;
    for (double value : values)
        sum += value;
    QVERIFY(median < sum / double(values.size()));
    QVERIFY(values.back() > 200.0);
    QVERIFY(values.front() < 30.0);
}

void TestClickstreamGenerator::journeysDoNotDependOnInterleaving()
{
    // Halving arrivalDays moves customers by whole days and changes who is in flight together,
    // but each customer's own journey (relative to its arrival) stays the same. Campaign names
    // follow the season, so they are left out.
    ClickstreamOptions options = smallOptions(29, 800);
    const Csv a = parse(generate(options));
    options.arrivalDays = 60;
    const Csv b = parse(generate(options));
    QVERIFY2(a.error.isEmpty() && b.error.isEmpty(), qPrintable(a.error + b.error));
    QVERIFY(a.rows.size() == b.rows.size());

    const auto journeysA = journeys(a);
    const auto journeysB = journeys(b);
    QCOMPARE(journeysA.size(), journeysB.size());
    qint64 shifted = 0;
    for (const auto& [customer, rowsA] : journeysA) {
        const auto& rowsB = journeysB.at(customer);
        QCOMPARE(rowsA.size(), rowsB.size());
        const qint64 shift = rowsB.front()->ms - rowsA.front()->ms;
        QCOMPARE(shift % 86400000, qint64(0));
        if (shift != 0)
            ++shifted;
        for (std::size_t i = 0; i < rowsA.size(); ++i) {
            const Row& x = *rowsA[i];
            const Row& y = *rowsB[i];
            QCOMPARE(y.ms - x.ms, shift);
            QCOMPARE(y.event, x.event);
            QCOMPARE(y.channel, x.channel);
            QCOMPARE(y.device, x.device);
            QCOMPARE(y.value, x.value);
            QCOMPARE(y.email, x.email);
            QCOMPARE(y.campaign.isEmpty(), x.campaign.isEmpty());
        }
    }
    QVERIFY(shifted > 700);
}

void TestClickstreamGenerator::cancellation()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CancelOnProgress before;
    before.cancel();
    QVERIFY_THROWS_EXCEPTION(Canceled,
                             ClickstreamGenerator::writeCsv(smallOptions(), buffer, &before));
    QCOMPARE(buffer.size(), qint64(0));

    // Canceled while running: the generator polls between events and stops early.
    const ClickstreamOptions options = smallOptions(31, 20000);
    qint64 total = 0;
    const qint64 fullSize = generate(options, &total).size();
    QVERIFY(total > 3 * 65536);
    QBuffer partial;
    partial.open(QIODevice::WriteOnly);
    CancelOnProgress during;
    during.cancelOnFirstCall = true;
    QVERIFY_THROWS_EXCEPTION(Canceled, ClickstreamGenerator::writeCsv(options, partial, &during));
    QCOMPARE(during.calls, 1);
    QVERIFY(partial.size() < fullSize / 2);
}

void TestClickstreamGenerator::progressReachesTheEnd()
{
    const ClickstreamOptions options = smallOptions(37, 12000);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CancelOnProgress feedback;
    const qint64 count = ClickstreamGenerator::writeCsv(options, buffer, &feedback);
    QVERIFY(count > 65536);
    QCOMPARE(feedback.progress(), 1.0);
    QCOMPARE(feedback.lastItems, count);
    QVERIFY(feedback.itemsIncrease);
    // Some progress on the way, but not once per event.
    QVERIFY(feedback.calls >= 2);
    QVERIFY(qint64(feedback.calls) <= count / 4096 + 1);
}

void TestClickstreamGenerator::outputIsPinned()
{
    // The bundled demo data is committed and must be reproducible on every platform and
    // compiler. Update this digest only on purpose, together with the demo data.
    ClickstreamOptions options = smallOptions(42, 300);
    const QByteArray digest = Sha256::toHex(Sha256::hash(generate(options)));
    QCOMPARE(digest,
             QByteArray("df77694d6c845e384f25e7a7d2c65d32b5701063b59e20f3b50a854ab7c958f6"));
}

void TestClickstreamGenerator::bundledSampleIsReproducible()
{
    // resources/sample/clickstream-sample.csv is `journeyscope-cli generate --customers 2000
    // --seed 1`: regenerate it with that command when the model changes.
    const QByteArray bundled = journeyscope::test::readFile(
        journeyscope::test::sourceFile(QStringLiteral("resources/sample/clickstream-sample.csv")));
    QVERIFY(!bundled.isEmpty());
    ClickstreamOptions options;
    options.customers = 2000;
    options.seed = 1;
    QCOMPARE(Sha256::toHex(Sha256::hash(generate(options))), Sha256::toHex(Sha256::hash(bundled)));
}

QTEST_GUILESS_MAIN(TestClickstreamGenerator)
#include "tst_clickstreamgenerator.moc"
