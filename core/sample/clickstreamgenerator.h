#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <QtGlobal>
#include <string>
#include <string_view>

class QIODevice;

namespace journeyscope {

class Feedback;

/// What to generate. The same options always give the same bytes, on every platform.
struct ClickstreamOptions
{
    std::uint64_t seed = 1;
    qint64 customers = 2000;
    /// Stop after this many events (time order), or -1 for every journey to its end.
    qint64 maxEvents = -1;
    /// First possible arrival: 2025-01-01T00:00:00Z.
    qint64 startMs = 1735689600000;
    /// Customers arrive uniformly over this many days; journeys may run beyond it.
    int arrivalDays = 120;
    /// Share of customers who give an email address (at sign-up, checkout or newsletter).
    double emailShare = 0.35;
};

/// One generated event. Views stay valid until the next call of next().
struct GeneratedEvent
{
    std::string_view customer; ///< e.g. "C0001234"
    qint64 timeMs = 0;         ///< UTC milliseconds
    std::string_view touchpoint;
    std::string_view channel; ///< web, app, email, social, call centre, store
    std::string_view device;  ///< desktop, mobile, tablet; empty for email, call centre, store
    double value = std::numeric_limits<double>::quiet_NaN(); ///< order value on purchases
    std::string_view email;    ///< on the events where the customer gives it; else empty
    std::string_view campaign; ///< utm campaign of the arriving touchpoint; else empty
};

/**
 * A seeded simulation of multi-channel customer journeys, emitted in time order.
 *
 * Customers arrive through awareness touchpoints (social and search ads, referrals,
 * newsletters), browse and compare over several sessions on web and app with loops between
 * product pages, reviews and comparisons, abandon carts and checkouts at realistic rates,
 * come back after reminder emails, purchase online or in store (with order values), get
 * confirmation and review-request emails, call support, buy again, and some write reviews
 * or refer friends. Sessions are separated by gaps of hours to days; events within a
 * session by seconds to minutes.
 *
 * Streaming: memory grows with the number of customers in flight, not with the events,
 * so 10 million events are generated in constant memory per customer.
 */
class ClickstreamGenerator
{
public:
    explicit ClickstreamGenerator(const ClickstreamOptions& options);
    ~ClickstreamGenerator();

    /// The next event in time order (ties broken by customer number); false when done.
    bool next(GeneratedEvent& event);

    /// The CSV header written by writeCsv().
    static constexpr std::string_view csvHeader =
        "user_id,timestamp,event,channel,device,value,email,campaign";

    /**
     * Writes every event as CSV (the header above, LF line ends, timestamps as
     * "2025-01-01T10:22:33.123Z", values with two decimals, blank when absent).
     * Returns the number of events written. Polls \a feedback for cancellation.
     */
    static qint64 writeCsv(const ClickstreamOptions& options, QIODevice& out,
                           Feedback* feedback = nullptr);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace journeyscope
