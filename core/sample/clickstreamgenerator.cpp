#include "core/sample/clickstreamgenerator.h"

#include "core/base/error.h"
#include "core/base/feedback.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <numeric>
#include <QCoreApplication>
#include <QIODevice>
#include <vector>

// Everything that decides the output is integer arithmetic on our own PRNG: no
// std::*_distribution, no libm and no floating-point formatting, so the bytes are the same
// with every compiler and CPU. Never put two RNG calls in one expression whose result
// depends on their order: argument evaluation order differs between compilers.

namespace journeyscope {

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

std::uint64_t splitMix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// xoshiro256** seeded through splitmix64, as its authors recommend.
class Rng
{
public:
    void seed(std::uint64_t value)
    {
        for (std::uint64_t& word : m_s)
            word = splitMix64(value);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // [0, n) for 0 < n < 2^32 by multiply-shift; the bias (below n / 2^32) does not matter.
    std::uint32_t below(std::uint64_t n)
    {
        Q_ASSERT(n > 0 && n <= 0xFFFFFFFFull);
        return std::uint32_t(((next() >> 32) * n) >> 32);
    }
    qint64 uniform(qint64 lo, qint64 hi) { return lo + below(std::uint64_t(hi - lo + 1)); }
    // Density falling linearly from lo to hi: dwell times and gaps are mostly short.
    qint64 shortish(qint64 lo, qint64 hi)
    {
        const std::uint64_t n = std::uint64_t(hi - lo + 1);
        const std::uint32_t a = below(n);
        const std::uint32_t b = below(n);
        return lo + std::min(a, b);
    }
    bool chance(int permille) { return int(below(1000)) < permille; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> m_s{};
};

template <std::size_t N> class Weights
{
public:
    constexpr explicit Weights(const std::array<std::uint32_t, N>& weights)
    {
        std::uint32_t sum = 0;
        for (std::size_t i = 0; i < N; ++i) {
            sum += weights[i];
            m_cumulative[i] = sum;
        }
    }
    std::size_t pick(Rng& rng) const
    {
        const std::uint32_t r = rng.below(m_cumulative[N - 1]);
        std::size_t i = 0;
        while (r >= m_cumulative[i])
            ++i;
        return i;
    }

private:
    std::array<std::uint32_t, N> m_cumulative{};
};

// ---- vocabulary ----

enum class Tp : std::uint8_t {
    // awareness
    SocialAd,
    SearchAd,
    ReferralLink,
    Newsletter,
    // consideration
    HomePage,
    Search,
    CategoryPage,
    ProductPage,
    Reviews,
    Compare,
    SignUp,
    Cart,
    // purchase
    Checkout,
    Payment,
    OrderConfirmation,
    StoreVisit,
    StorePurchase,
    // retention
    OrderConfirmationEmail,
    DeliveryTracking,
    SupportCall,
    HelpCenter,
    AccountPage,
    CartReminderEmail,
    PromoEmailOpen,
    // advocacy
    ReviewRequestEmail,
    WriteReview,
    ReferAFriend,
    End, // not an event: the session ends
};

constexpr std::array<std::string_view, std::size_t(Tp::End)> touchpointNames = {
    "Social ad",
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
    "Refer a friend",
};

enum class Channel : std::uint8_t { Web, App, Email, Social, CallCentre, Store };
constexpr std::array<std::string_view, 6> channelNames = {"web",    "app",         "email",
                                                          "social", "call centre", "store"};

// Where a session happens; web devices plus the app (always on a phone).
enum class Platform : std::uint8_t { Desktop, Mobile, Tablet, App };
constexpr std::array<std::string_view, 4> deviceNames = {"desktop", "mobile", "tablet", "mobile"};

Channel channelOf(Tp tp, Platform platform)
{
    switch (tp) {
    case Tp::Newsletter:
    case Tp::OrderConfirmationEmail:
    case Tp::CartReminderEmail:
    case Tp::PromoEmailOpen:
    case Tp::ReviewRequestEmail:
        return Channel::Email;
    case Tp::SupportCall:
        return Channel::CallCentre;
    case Tp::StoreVisit:
    case Tp::StorePurchase:
        return Channel::Store;
    case Tp::SocialAd:
        return Channel::Social;
    case Tp::SearchAd:
    case Tp::ReferralLink:
        return Channel::Web; // ads and links open in the browser, also on a phone
    default:
        return platform == Platform::App ? Channel::App : Channel::Web;
    }
}

std::string_view deviceOf(Channel channel, Platform platform)
{
    switch (channel) {
    case Channel::Email:
    case Channel::CallCentre:
    case Channel::Store:
        return {};
    default:
        return deviceNames[std::size_t(platform)];
    }
}

enum class Campaign : std::uint8_t {
    None,
    WinterSale,
    SpringSale,
    SummerCollection,
    BackToSchool,
    BlackFriday,
    HolidayGifts,
    BrandAwareness,
    InfluencerCollab,
    Retargeting,
    BrandSearch,
    GenericSearch,
    ShoppingFeed,
    ReferAFriend,
    PartnerBlog,
    PriceComparison,
    NewsletterWeekly,
};
constexpr std::array<std::string_view, 17> campaignNames = {
    "",
    "winter_sale",
    "spring_sale",
    "summer_collection",
    "back_to_school",
    "black_friday",
    "holiday_gifts",
    "brand_awareness",
    "influencer_collab",
    "retargeting",
    "brand_search",
    "generic_search",
    "shopping_feed",
    "refer_a_friend",
    "partner_blog",
    "price_comparison",
    "newsletter_weekly",
};

struct CivilDate
{
    qint64 year;
    unsigned month; // 1..12
    unsigned day;   // 1..31
};

// Howard Hinnant's days_from_civil inverse; exact for any day number.
CivilDate civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    return {qint64(yoe) + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

Campaign seasonalCampaign(qint64 ms)
{
    static constexpr std::array<Campaign, 12> byMonth = {
        Campaign::WinterSale,       Campaign::WinterSale,       Campaign::SpringSale,
        Campaign::SpringSale,       Campaign::SpringSale,       Campaign::SummerCollection,
        Campaign::SummerCollection, Campaign::SummerCollection, Campaign::BackToSchool,
        Campaign::BackToSchool,     Campaign::BlackFriday,      Campaign::HolidayGifts};
    return byMonth[civilFromDays(floorDiv(ms, Day)).month - 1];
}

// Lower-case ASCII names for the example addresses.
constexpr std::array<std::string_view, 64> firstNames = {
    "olivia", "liam",  "emma",  "noah",  "ava",    "lucas",  "mia",   "leo",   "sofia",  "elias",
    "amelia", "oscar", "chloe", "hugo",  "isla",   "mateo",  "zoe",   "felix", "nora",   "arthur",
    "lea",    "jonas", "ella",  "adam",  "maya",   "omar",   "aisha", "yusuf", "fatima", "ravi",
    "priya",  "arjun", "mei",   "hiro",  "yuki",   "chen",   "lin",   "kwame", "amara",  "tunde",
    "zainab", "diego", "lucia", "pablo", "camila", "ines",   "tomas", "anna",  "jakub",  "ewa",
    "marek",  "sara",  "erik",  "freja", "lars",   "ingrid", "mila",  "ivan",  "olga",   "nikos",
    "eleni",  "aiden", "grace", "ethan"};
constexpr std::array<std::string_view, 64> lastNames = {
    "smith",   "jones",   "brown",   "taylor",   "wilson",   "davies",    "evans",    "thomas",
    "johnson", "roberts", "walker",  "wright",   "robinson", "thompson",  "white",    "hughes",
    "edwards", "green",   "hall",    "wood",     "harris",   "martin",    "jackson",  "clarke",
    "mueller", "schmidt", "fischer", "weber",    "meyer",    "wagner",    "becker",   "dubois",
    "moreau",  "laurent", "garcia",  "martinez", "lopez",    "sanchez",   "rossi",    "russo",
    "ferrari", "bianchi", "silva",   "santos",   "costa",    "oliveira",  "kowalski", "nowak",
    "horvat",  "jensen",  "nielsen", "hansen",   "larsen",   "johansson", "berg",     "kim",
    "park",    "nguyen",  "tran",    "patel",    "shah",     "khan",      "okafor",   "tanaka"};
constexpr std::array<std::string_view, 3> emailDomains = {"example.com", "example.org",
                                                          "example.net"};

// ---- the journey model ----

enum class Intent : std::uint8_t { Low, Medium, High };
enum class Phase : std::uint8_t { Browse, FollowUp };

// Follow-ups after a purchase, in the order they happen (lowest bit first).
enum FollowUp : std::uint16_t {
    ConfirmationEmailStep = 1 << 0,
    TrackingStep = 1 << 1,
    SecondTrackingStep = 1 << 2,
    HelpStep = 1 << 3,
    CallStep = 1 << 4,
    ReviewRequestStep = 1 << 5,
    ReviewStep = 1 << 6,
    ReferStep = 1 << 7,
};

constexpr int maxSessions = 12;
constexpr int maxPurchases = 6;

// Local hour of sessions: quiet nights, a lunch bump and an evening peak.
constexpr Weights<24> hourWeights({2,  1, 1, 1, 1, 2,  4,  6,  8,  9,  9, 9,
                                   11, 9, 9, 9, 9, 10, 11, 13, 14, 13, 9, 5});

// Order values in currency units: a log-normal-like table with a long tail to 500.
struct ValueBand
{
    int lo;
    int hi;
};
constexpr std::array<ValueBand, 10> valueBands = {{{10, 20},
                                                   {20, 35},
                                                   {35, 50},
                                                   {50, 75},
                                                   {75, 100},
                                                   {100, 150},
                                                   {150, 200},
                                                   {200, 300},
                                                   {300, 400},
                                                   {400, 500}}};
constexpr Weights<10> valueWeights({7, 13, 16, 19, 14, 13, 8, 6, 3, 1});

struct Customer
{
    Rng rng;
    qint64 number = 0;
    qint64 time = 0; ///< of the pending event
    qint64 purchaseTime = 0;
    std::int32_t valueCents = -1; ///< of the pending event
    std::uint32_t emailSuffix = 0;
    std::uint16_t plan = 0; ///< FollowUp bits still to come
    std::uint8_t emailFirst = 0;
    std::uint8_t emailLast = 0;
    std::uint8_t emailDomain = 0;
    std::uint8_t sessions = 0;
    std::uint8_t pages = 0; ///< events so far in the current session
    std::uint8_t purchases = 0;
    Tp tp = Tp::End; ///< pending event
    Platform platform = Platform::Desktop;
    Platform home = Platform::Desktop;
    Campaign campaign = Campaign::None; ///< of the pending event
    Phase phase = Phase::Browse;
    Intent intent = Intent::Low;
    bool carriesEmail = false; ///< the pending event shows the address
    bool emailCustomer = false;
    bool emailGiven = false;
    bool reachable = false; ///< the shop may mail them (the column shows it only if given)
    bool signedUp = false;
    bool appUser = false;
    bool cartOpen = false;
    bool reminded = false;
};

struct Step
{
    Tp to;
    int weight;
};

Tp pickStep(Rng& rng, std::initializer_list<Step> steps)
{
    int total = 0;
    for (const Step& step : steps)
        total += step.weight;
    int r = int(rng.below(std::uint64_t(total)));
    for (const Step& step : steps) {
        if (r < step.weight)
            return step.to;
        r -= step.weight;
    }
    return Tp::End;
}

void schedule(Customer& c, qint64 time, Tp tp)
{
    c.time = time;
    c.tp = tp;
    c.campaign = Campaign::None;
    c.valueCents = -1;
    c.carriesEmail = false;
    switch (tp) {
    case Tp::SignUp:
        c.carriesEmail = c.emailCustomer;
        c.emailGiven = c.emailGiven || c.emailCustomer;
        c.signedUp = true;
        c.reachable = true;
        break;
    case Tp::Checkout:
        c.carriesEmail = c.emailCustomer;
        c.emailGiven = c.emailGiven || c.emailCustomer;
        c.reachable = true;
        break;
    case Tp::Cart:
        c.cartOpen = true;
        break;
    case Tp::OrderConfirmation:
    case Tp::StorePurchase: {
        const ValueBand band = valueBands[valueWeights.pick(c.rng)];
        c.valueCents = std::int32_t(c.rng.uniform(band.lo * 100, band.hi * 100 - 1));
        c.cartOpen = false;
        c.reminded = false;
        break;
    }
    default:
        break;
    }
}

qint64 clockTime(Rng& rng)
{
    const qint64 hour = qint64(hourWeights.pick(rng));
    return hour * Hour + rng.uniform(0, Hour - 1);
}

// Start of a later session, minDays..maxDays calendar days on, at a plausible hour.
qint64 sessionTime(Customer& c, int minDays, int maxDays)
{
    const qint64 day = floorDiv(c.time, Day) + c.rng.shortish(minDays, maxDays);
    qint64 t = day * Day + clockTime(c.rng);
    while (t < c.time + 30 * Minute)
        t += Day;
    return t;
}

qint64 dwell(Customer& c)
{
    qint64 lo = 5, hi = 60;
    switch (c.tp) {
    case Tp::HomePage:
        lo = 4, hi = 45;
        break;
    case Tp::Search:
        lo = 5, hi = 40;
        break;
    case Tp::CategoryPage:
        lo = 8, hi = 90;
        break;
    case Tp::ProductPage:
        lo = 15, hi = 240;
        break;
    case Tp::Reviews:
        lo = 20, hi = 300;
        break;
    case Tp::Compare:
        lo = 30, hi = 360;
        break;
    case Tp::SignUp:
        lo = 30, hi = 150;
        break;
    case Tp::Cart:
        lo = 8, hi = 120;
        break;
    case Tp::Checkout:
        lo = 40, hi = 300;
        break;
    case Tp::Payment:
        lo = 10, hi = 90;
        break;
    case Tp::AccountPage:
        lo = 10, hi = 90;
        break;
    case Tp::HelpCenter:
        lo = 30, hi = 300;
        break;
    default:
        break;
    }
    return c.rng.shortish(lo * Second, hi * Second);
}

Platform choosePlatform(Customer& c)
{
    if (c.appUser && c.rng.chance(700))
        return Platform::App;
    if (c.rng.chance(180))
        return c.home == Platform::Desktop ? Platform::Mobile : Platform::Desktop;
    return c.home;
}

// Social ads are seen mostly on phones, whatever the customer's usual device.
void preferPhoneForSocial(Customer& c)
{
    if (c.tp == Tp::SocialAd && c.platform != Platform::Mobile && c.platform != Platform::App &&
        c.rng.chance(500))
        c.platform = Platform::Mobile;
}

void startSession(Customer& c, qint64 time, Tp entry)
{
    if (c.sessions < 255)
        ++c.sessions;
    c.pages = 0;
    c.phase = Phase::Browse;
    c.platform = choosePlatform(c);
    schedule(c, time, entry);
    preferPhoneForSocial(c);
}

bool endSession(Customer& c);

// A returning visit: from an email, an ad, the store, the app or a bookmark.
bool startReturnSession(Customer& c, qint64 time)
{
    if (!c.appUser && c.rng.chance(120))
        c.appUser = true;
    const int r = int(c.rng.below(1000));
    Tp entry = Tp::HomePage;
    Campaign campaign = Campaign::None;
    if (c.reachable && r < 220) {
        entry = Tp::PromoEmailOpen;
    } else if (r >= 220 && r < 340) {
        entry = Tp::SocialAd;
        campaign = Campaign::Retargeting;
    } else if (r >= 340 && r < 470) {
        entry = Tp::SearchAd;
        campaign = c.rng.chance(700) ? Campaign::BrandSearch : Campaign::ShoppingFeed;
    } else if (r >= 470 && r < 540) {
        entry = Tp::StoreVisit;
    } else if (c.cartOpen && r < 700) {
        entry = Tp::Cart;
    } else if ((c.signedUp || c.appUser) && r < 640) {
        entry = Tp::AccountPage;
    } else if (r % 3 == 0) {
        entry = Tp::ProductPage; // a bookmark or a shared link
    }
    startSession(c, time, entry);
    c.campaign = campaign;
    return true;
}

bool returnOrEnd(Customer& c)
{
    if (c.sessions >= maxSessions)
        return false;
    static constexpr std::array<int, 3> base = {600, 720, 800};
    int p = base[std::size_t(c.intent)] - 45 * (c.sessions - 1);
    if (c.cartOpen)
        p += 60;
    if (!c.rng.chance(p))
        return false;
    return startReturnSession(c, sessionTime(c, 0, 10));
}

bool endSession(Customer& c)
{
    // The email customers give their address before leaving for the first time.
    if (c.emailCustomer && !c.emailGiven) {
        schedule(c, c.time + dwell(c), Tp::SignUp);
        return true;
    }
    if (c.cartOpen && c.reachable && !c.reminded) {
        c.reminded = true;
        schedule(c, c.time + c.rng.uniform(1 * Hour, 20 * Hour), Tp::CartReminderEmail);
        return true;
    }
    return returnOrEnd(c);
}

bool nextFollowUp(Customer& c)
{
    if (c.plan == 0) {
        if (c.purchases >= maxPurchases || c.sessions >= maxSessions)
            return false;
        static constexpr std::array<int, 3> comeBack = {750, 650, 550};
        if (!c.rng.chance(comeBack[std::min<std::size_t>(c.purchases - 1, 2)]))
            return false;
        // They know the shop now.
        if (c.intent == Intent::Low)
            c.intent = Intent::Medium;
        else if (c.rng.chance(500))
            c.intent = Intent::High;
        return startReturnSession(c, sessionTime(c, 4, 45));
    }
    const auto step = FollowUp(c.plan & -c.plan);
    c.plan = std::uint16_t(c.plan & ~step);
    const Tp last = c.tp;
    switch (step) {
    case ConfirmationEmailStep:
        schedule(c, c.time + c.rng.uniform(5 * Second, 120 * Second), Tp::OrderConfirmationEmail);
        break;
    case TrackingStep:
        c.platform = choosePlatform(c);
        schedule(c, sessionTime(c, 1, 3), Tp::DeliveryTracking);
        break;
    case SecondTrackingStep:
        c.platform = choosePlatform(c);
        schedule(c, sessionTime(c, 0, 1), Tp::DeliveryTracking);
        break;
    case HelpStep:
        c.platform = choosePlatform(c);
        schedule(c, sessionTime(c, 1, 5), Tp::HelpCenter);
        break;
    case CallStep:
        schedule(c,
                 last == Tp::HelpCenter ? c.time + c.rng.shortish(2 * Minute, 25 * Minute)
                                        : sessionTime(c, 1, 6),
                 Tp::SupportCall);
        break;
    case ReviewRequestStep: {
        qint64 t = c.purchaseTime + 7 * Day + c.rng.uniform(0, 7 * Day);
        if (t <= c.time)
            t = c.time + c.rng.uniform(1 * Hour, 6 * Hour);
        schedule(c, t, Tp::ReviewRequestEmail);
        break;
    }
    case ReviewStep:
        c.platform = choosePlatform(c);
        schedule(c, c.time + c.rng.shortish(10 * Minute, 2 * Day), Tp::WriteReview);
        break;
    case ReferStep:
        if (last == Tp::WriteReview) {
            schedule(c, c.time + c.rng.uniform(20 * Second, 3 * Minute), Tp::ReferAFriend);
        } else {
            c.platform = choosePlatform(c);
            schedule(c, sessionTime(c, 1, 14), Tp::ReferAFriend);
        }
        break;
    }
    return true;
}

bool startFollowUps(Customer& c, bool online)
{
    ++c.purchases;
    c.purchaseTime = c.time;
    c.phase = Phase::FollowUp;
    std::uint16_t plan = 0;
    if (online)
        plan |= ConfirmationEmailStep;
    if (online && c.rng.chance(600)) {
        plan |= TrackingStep;
        if (c.rng.chance(250))
            plan |= SecondTrackingStep;
    }
    const bool help = c.rng.chance(online ? 140 : 80);
    if (help)
        plan |= HelpStep;
    if (c.rng.chance(help ? 350 : (online ? 60 : 40)))
        plan |= CallStep;
    if (c.reachable && c.rng.chance(850)) {
        plan |= ReviewRequestStep;
        if (c.rng.chance(c.intent == Intent::High ? 200 : 140))
            plan |= ReviewStep;
    }
    if (c.rng.chance((plan & ReviewStep) ? 300 : 40))
        plan |= ReferStep;
    c.plan = plan;
    if (!c.appUser && c.rng.chance(200))
        c.appUser = true;
    return nextFollowUp(c);
}

bool afterAwareness(Customer& c)
{
    const bool arrival = c.sessions == 1 && c.pages == 0;
    if (arrival) {
        // Bouncers: one ad click or newsletter and never seen again. Email customers who
        // have not given their address yet stay, so that the email share holds.
        if (c.tp == Tp::Newsletter ? c.rng.chance(250) : (!c.emailCustomer && c.rng.chance(300)))
            return false;
    } else if (c.rng.chance(200)) {
        return endSession(c);
    }
    Tp landing = Tp::HomePage;
    qint64 gap = c.rng.uniform(1 * Second, 8 * Second);
    switch (c.tp) {
    case Tp::SocialAd:
        landing = pickStep(c.rng, {{Tp::ProductPage, 600}, {Tp::HomePage, 400}});
        break;
    case Tp::SearchAd:
        landing =
            pickStep(c.rng, {{Tp::ProductPage, 450}, {Tp::CategoryPage, 350}, {Tp::HomePage, 200}});
        break;
    case Tp::ReferralLink:
        landing = pickStep(c.rng, {{Tp::ProductPage, 400}, {Tp::HomePage, 600}});
        break;
    default: // Newsletter: read first, click later
        landing =
            pickStep(c.rng, {{Tp::HomePage, 500}, {Tp::CategoryPage, 300}, {Tp::ProductPage, 200}});
        gap = c.rng.shortish(10 * Second, 30 * Minute);
        break;
    }
    c.pages = std::uint8_t(std::min(c.pages + 1, 255));
    schedule(c, c.time + gap, landing);
    return true;
}

bool browse(Customer& c)
{
    c.pages = std::uint8_t(std::min(c.pages + 1, 255));
    const qint64 at = c.time + dwell(c);
    const bool inCheckout = c.tp == Tp::Cart || c.tp == Tp::Checkout || c.tp == Tp::Payment;
    if (c.emailCustomer && !c.signedUp && c.pages >= 3 && !inCheckout &&
        c.rng.chance(c.emailGiven ? 30 : 300)) {
        schedule(c, at, Tp::SignUp);
        return true;
    }
    const int tired = 25 * std::max(0, c.pages - 6);
    Tp to = Tp::End;
    switch (c.tp) {
    case Tp::HomePage:
        to = pickStep(c.rng, {{Tp::Search, 250},
                              {Tp::CategoryPage, 350},
                              {Tp::ProductPage, 220},
                              {Tp::AccountPage, c.signedUp ? 50 : 0},
                              {Tp::End, 95 + tired}});
        break;
    case Tp::Search:
        to = pickStep(c.rng, {{Tp::ProductPage, 580},
                              {Tp::Search, 100},
                              {Tp::CategoryPage, 160},
                              {Tp::End, 110 + tired}});
        break;
    case Tp::CategoryPage:
        to = pickStep(c.rng, {{Tp::ProductPage, 620},
                              {Tp::CategoryPage, 120},
                              {Tp::Search, 90},
                              {Tp::End, 100 + tired}});
        break;
    case Tp::ProductPage: {
        static constexpr std::array<int, 3> addToCart = {60, 130, 260};
        to = pickStep(c.rng, {{Tp::Reviews, 170},
                              {Tp::Compare, 80},
                              {Tp::ProductPage, 190},
                              {Tp::CategoryPage, 90},
                              {Tp::Search, 50},
                              {Tp::Cart, addToCart[std::size_t(c.intent)] + (c.cartOpen ? 60 : 0)},
                              {Tp::HelpCenter, 15},
                              {Tp::End, 100 + tired}});
        break;
    }
    case Tp::Reviews:
        to = pickStep(
            c.rng,
            {{Tp::ProductPage, 650}, {Tp::Reviews, 60}, {Tp::Compare, 90}, {Tp::End, 150 + tired}});
        break;
    case Tp::Compare:
        to = pickStep(c.rng, {{Tp::ProductPage, 680}, {Tp::Reviews, 100}, {Tp::End, 160 + tired}});
        break;
    case Tp::SignUp:
        to = pickStep(c.rng, {{Tp::HomePage, 250},
                              {Tp::ProductPage, 350},
                              {Tp::CategoryPage, 200},
                              {Tp::Cart, c.cartOpen ? 150 : 0},
                              {Tp::End, 50}});
        break;
    case Tp::Cart: {
        static constexpr std::array<int, 3> checkout = {110, 190, 300};
        to = pickStep(c.rng, {{Tp::Checkout, checkout[std::size_t(c.intent)]},
                              {Tp::ProductPage, 220},
                              {Tp::End, 450}});
        break;
    }
    case Tp::Checkout:
        to = pickStep(c.rng, {{Tp::Payment, 740}, {Tp::Cart, 50}, {Tp::End, 210}});
        break;
    case Tp::Payment:
        to = pickStep(c.rng, {{Tp::OrderConfirmation, 920}, {Tp::Checkout, 30}, {Tp::End, 50}});
        break;
    case Tp::AccountPage:
        to = pickStep(
            c.rng,
            {{Tp::HomePage, 300}, {Tp::ProductPage, 250}, {Tp::Search, 100}, {Tp::End, 350}});
        break;
    case Tp::HelpCenter:
        to = pickStep(c.rng, {{Tp::ProductPage, 450}, {Tp::SupportCall, 200}, {Tp::End, 350}});
        break;
    default:
        break;
    }
    if (to == Tp::End)
        return endSession(c);
    schedule(c, at, to);
    return true;
}

bool afterPromo(Customer& c)
{
    if (!c.rng.chance(450))
        return returnOrEnd(c);
    c.pages = 1;
    const qint64 at = c.time + c.rng.shortish(10 * Second, 20 * Minute);
    schedule(c, at, c.rng.chance(600) ? Tp::HomePage : Tp::ProductPage);
    return true;
}

// Decides the customer's next event after the one just emitted; false when the journey ends.
bool advance(Customer& c)
{
    if (c.phase == Phase::FollowUp)
        return nextFollowUp(c);
    switch (c.tp) {
    case Tp::SocialAd:
    case Tp::SearchAd:
    case Tp::ReferralLink:
    case Tp::Newsletter:
        return afterAwareness(c);
    case Tp::PromoEmailOpen:
        return afterPromo(c);
    case Tp::CartReminderEmail:
        if (!c.rng.chance(200))
            return returnOrEnd(c);
        startSession(c, c.time + c.rng.shortish(20 * Second, 2 * Hour), Tp::Cart);
        return true;
    case Tp::StoreVisit:
        if (!c.rng.chance(550))
            return endSession(c);
        schedule(c, c.time + c.rng.uniform(5 * Minute, 40 * Minute), Tp::StorePurchase);
        return true;
    case Tp::OrderConfirmation:
        return startFollowUps(c, true);
    case Tp::StorePurchase:
        return startFollowUps(c, false);
    case Tp::SupportCall:
        return endSession(c);
    default:
        return browse(c);
    }
}

struct Pending
{
    qint64 time;
    std::uint32_t number; // customers are capped below 2^31
    std::uint32_t slot;
};

// Each customer has exactly one pending event, so (time, customer) is a total order and
// the customer's own sequence never has to break a tie.
bool earlier(const Pending& a, const Pending& b)
{
    return a.time != b.time ? a.time < b.time : a.number < b.number;
}

// A binary min-heap with replaceTop(), which saves a sift per event against pop + push.
// It only holds the events of the current day (see Private), so it stays in the cache.
class EventQueue
{
public:
    bool empty() const { return m_heap.empty(); }
    std::size_t size() const { return m_heap.size(); }
    const Pending& top() const { return m_heap.front(); }

    void push(const Pending& item)
    {
        std::size_t i = m_heap.size();
        m_heap.push_back(item);
        while (i > 0) {
            const std::size_t parent = (i - 1) / 2;
            if (!earlier(item, m_heap[parent]))
                break;
            m_heap[i] = m_heap[parent];
            i = parent;
        }
        m_heap[i] = item;
    }
    void replaceTop(const Pending& item) { siftDown(item); }
    void pop()
    {
        const Pending last = m_heap.back();
        m_heap.pop_back();
        if (!m_heap.empty())
            siftDown(last);
    }

private:
    void siftDown(const Pending& item)
    {
        const std::size_t n = m_heap.size();
        std::size_t i = 0;
        for (;;) {
            std::size_t child = 2 * i + 1;
            if (child >= n)
                break;
            if (child + 1 < n && earlier(m_heap[child + 1], m_heap[child]))
                ++child;
            if (!earlier(m_heap[child], item))
                break;
            m_heap[i] = m_heap[child];
            i = child;
        }
        m_heap[i] = item;
    }

    std::vector<Pending> m_heap;
};

void prefetch(const void* address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
    __builtin_prefetch(static_cast<const char*>(address) + 64);
#else
    Q_UNUSED(address);
#endif
}

char* writeDigits(char* out, std::uint64_t value, int minDigits)
{
    char digits[20];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    for (int i = n; i < minDigits; ++i)
        *out++ = '0';
    while (n > 0)
        *out++ = digits[--n];
    return out;
}

char* writeText(char* out, std::string_view text)
{
    if (!text.empty()) // memcpy from an empty view's null pointer is undefined
        std::memcpy(out, text.data(), text.size());
    return out + text.size();
}

} // namespace

// ---- the simulation ----

class ClickstreamGenerator::Private
{
public:
    explicit Private(const ClickstreamOptions& options);

    /// Emits the next event into current; false when done.
    bool step();
    double progress() const;

    char* writeCustomerId(char* out) const
    {
        *out++ = 'C';
        return writeDigits(out, std::uint64_t(current.number), 7);
    }
    char* writeEmail(char* out) const;

    struct Event
    {
        qint64 number = 0;
        qint64 time = 0;
        std::int32_t valueCents = -1;
        std::uint32_t emailSuffix = 0;
        std::uint8_t emailFirst = 0;
        std::uint8_t emailLast = 0;
        std::uint8_t emailDomain = 0;
        Tp tp = Tp::End;
        Platform platform = Platform::Desktop;
        Campaign campaign = Campaign::None;
        bool carriesEmail = false;
    };
    Event current;

    // Storage behind the views that next() hands out.
    std::array<char, 32> idBuffer{};
    std::array<char, 96> emailBuffer{};

private:
    qint64 arrivalDay(qint64 index) const { return index * m_days / m_customers; }
    static constexpr qint64 BucketMs = Hour;
    qint64 bucketOf(qint64 time) const { return floorDiv(time - m_startMs, BucketMs); }
    void admit();
    void openNextBucket();
    void enqueue(const Pending& pending);

    // A calendar in front of a heap: later events wait in hourly lists (hours since startMs)
    // and enter the heap when their hour begins. With hundreds of thousands of customers in
    // flight, a single heap would miss the cache on every sift.
    EventQueue m_queue;
    std::vector<std::vector<Pending>> m_later;
    qint64 m_currentBucket = -1; ///< last hour whose events entered m_queue
    std::vector<Customer> m_pool;
    std::vector<std::uint32_t> m_freeSlots;
    std::uint64_t m_seedHash = 0;
    qint64 m_customers = 0;
    qint64 m_days = 1;
    qint64 m_startMs = 0;
    qint64 m_maxEvents = -1;
    qint64 m_nextIndex = 0; ///< 0-based index of the next customer to arrive
    qint64 m_emitted = 0;
    qint64 m_finished = 0;
    std::uint64_t m_emailMultiplier = 1;
    std::uint32_t m_emailThreshold = 0; ///< per million
    bool m_done = false;
};

// Customers are capped below 2^31 so that numbers fit the queue's 32 bits and the address
// scramble's products fit 64 bits.
ClickstreamGenerator::Private::Private(const ClickstreamOptions& options)
    : m_customers(std::clamp<qint64>(options.customers, 0, 0x7FFFFFFF))
    , m_days(std::max(1, options.arrivalDays))
    , m_startMs(options.startMs)
    , m_maxEvents(options.maxEvents)
{
    std::uint64_t s = options.seed;
    m_seedHash = splitMix64(s);
    const double share = std::clamp(options.emailShare, 0.0, 1.0);
    m_emailThreshold = std::uint32_t(share * 1000000.0 + 0.5);
    // A multiplier coprime with the customer count scatters the (unique) name combinations.
    if (m_customers > 1) {
        const auto n = std::uint64_t(m_customers);
        std::uint64_t a = (n / 1000 * 618 + (n % 1000) * 618 / 1000) | 1;
        while (std::gcd(a, n) != 1)
            ++a;
        m_emailMultiplier = a % n;
    }
}

void ClickstreamGenerator::Private::admit()
{
    const qint64 index = m_nextIndex++;
    std::uint32_t slot;
    if (m_freeSlots.empty()) {
        slot = std::uint32_t(m_pool.size());
        m_pool.emplace_back();
    } else {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        m_pool[slot] = Customer{};
    }
    Customer& c = m_pool[slot];
    c.number = index + 1;
    c.rng.seed(m_seedHash ^ (std::uint64_t(c.number) * 0xD1B54A32D192ED03ull));

    c.emailCustomer = c.rng.below(1000000) < m_emailThreshold;
    static constexpr Weights<3> intentWeights({45, 35, 20});
    c.intent = Intent(intentWeights.pick(c.rng));
    static constexpr Weights<3> homeWeights({48, 42, 10});
    c.home = Platform(homeWeights.pick(c.rng));

    // Unique addresses: the scrambled index picks the names, its block the number prefix.
    const std::uint64_t k = (std::uint64_t(index) * m_emailMultiplier) %
                            std::uint64_t(std::max<qint64>(1, m_customers));
    const std::uint64_t combos = firstNames.size() * lastNames.size();
    c.emailFirst = std::uint8_t(k % firstNames.size());
    c.emailLast = std::uint8_t(k / firstNames.size() % lastNames.size());
    c.emailSuffix = std::uint32_t(k / combos * 100 + std::uint64_t(c.rng.uniform(1, 99)));
    static constexpr Weights<3> domainWeights({60, 20, 20});
    c.emailDomain = std::uint8_t(domainWeights.pick(c.rng));

    const qint64 time = m_startMs + arrivalDay(index) * Day + clockTime(c.rng);
    c.sessions = 1;
    c.platform = c.home;
    Tp entry;
    Campaign campaign;
    if (c.emailCustomer && c.rng.chance(350)) {
        entry = Tp::Newsletter;
        campaign = c.rng.chance(600) ? Campaign::NewsletterWeekly : seasonalCampaign(time);
    } else {
        static constexpr Weights<3> awarenessWeights({40, 45, 15});
        const std::size_t which = awarenessWeights.pick(c.rng);
        const int r = int(c.rng.below(100));
        if (which == 0) {
            entry = Tp::SocialAd;
            campaign = r < 50   ? seasonalCampaign(time)
                       : r < 70 ? Campaign::InfluencerCollab
                                : Campaign::BrandAwareness;
        } else if (which == 1) {
            entry = Tp::SearchAd;
            campaign = r < 45   ? Campaign::BrandSearch
                       : r < 80 ? Campaign::GenericSearch
                                : Campaign::ShoppingFeed;
        } else {
            entry = Tp::ReferralLink;
            campaign = r < 50   ? Campaign::ReferAFriend
                       : r < 80 ? Campaign::PartnerBlog
                                : Campaign::PriceComparison;
        }
    }
    schedule(c, time, entry);
    preferPhoneForSocial(c);
    c.campaign = campaign;
    if (entry == Tp::Newsletter) {
        c.carriesEmail = true;
        c.emailGiven = true;
        c.reachable = true;
    }
    enqueue({c.time, std::uint32_t(c.number), slot});
}

void ClickstreamGenerator::Private::enqueue(const Pending& pending)
{
    const qint64 bucket = bucketOf(pending.time);
    if (bucket <= m_currentBucket) {
        m_queue.push(pending);
        return;
    }
    if (bucket >= qint64(m_later.size()))
        m_later.resize(std::size_t(bucket) + 1);
    m_later[std::size_t(bucket)].push_back(pending);
}

void ClickstreamGenerator::Private::openNextBucket()
{
    const qint64 bucket = ++m_currentBucket;
    // Customers arrive within their arrival day: let a day's arrivals in as it begins.
    const qint64 day = floorDiv(bucket * BucketMs, Day);
    while (m_nextIndex < m_customers && arrivalDay(m_nextIndex) <= day)
        admit();
    if (bucket < qint64(m_later.size())) {
        for (const Pending& pending : m_later[std::size_t(bucket)])
            m_queue.push(pending);
        std::vector<Pending>().swap(m_later[std::size_t(bucket)]);
    }
}

bool ClickstreamGenerator::Private::step()
{
    if (m_done)
        return false;
    if (m_maxEvents >= 0 && m_emitted >= m_maxEvents) {
        m_done = true;
        return false;
    }
    // The heap holds the hours up to m_currentBucket and everything else is later, so the
    // heap's top is the earliest event; open hours until there is one.
    while (m_queue.empty()) {
        if (m_nextIndex >= m_customers && m_currentBucket + 1 >= qint64(m_later.size()))
            break;
        openNextBucket();
    }
    if (m_queue.empty()) {
        m_done = true;
        return false;
    }
    const std::uint32_t slot = m_queue.top().slot;
    Customer& c = m_pool[slot];
    current.number = c.number;
    current.time = c.time;
    current.valueCents = c.valueCents;
    current.emailSuffix = c.emailSuffix;
    current.emailFirst = c.emailFirst;
    current.emailLast = c.emailLast;
    current.emailDomain = c.emailDomain;
    current.tp = c.tp;
    current.platform = c.platform;
    current.campaign = c.campaign;
    current.carriesEmail = c.carriesEmail;
    if (!advance(c)) {
        m_queue.pop();
        m_freeSlots.push_back(slot);
        ++m_finished;
    } else if (bucketOf(c.time) <= m_currentBucket) {
        Q_ASSERT(c.time > current.time);
        m_queue.replaceTop({c.time, std::uint32_t(c.number), slot});
    } else {
        m_queue.pop();
        enqueue({c.time, std::uint32_t(c.number), slot});
    }
    ++m_emitted;
    // The next customer is somewhere in a large pool: start loading it while the caller
    // formats this event.
    if (!m_queue.empty())
        prefetch(&m_pool[m_queue.top().slot]);
    return true;
}

double ClickstreamGenerator::Private::progress() const
{
    if (m_maxEvents > 0)
        return std::min(1.0, double(m_emitted) / double(m_maxEvents));
    return m_customers > 0 ? double(m_finished) / double(m_customers) : 1.0;
}

char* ClickstreamGenerator::Private::writeEmail(char* out) const
{
    out = writeText(out, firstNames[current.emailFirst]);
    *out++ = '.';
    out = writeText(out, lastNames[current.emailLast]);
    out = writeDigits(out, current.emailSuffix, 1);
    *out++ = '@';
    return writeText(out, emailDomains[current.emailDomain]);
}

ClickstreamGenerator::ClickstreamGenerator(const ClickstreamOptions& options)
    : d(std::make_unique<Private>(options))
{}

ClickstreamGenerator::~ClickstreamGenerator() = default;

bool ClickstreamGenerator::next(GeneratedEvent& event)
{
    if (!d->step())
        return false;
    const Private::Event& e = d->current;
    char* idEnd = d->writeCustomerId(d->idBuffer.data());
    event.customer = std::string_view(d->idBuffer.data(), std::size_t(idEnd - d->idBuffer.data()));
    event.timeMs = e.time;
    event.touchpoint = touchpointNames[std::size_t(e.tp)];
    const Channel channel = channelOf(e.tp, e.platform);
    event.channel = channelNames[std::size_t(channel)];
    event.device = deviceOf(channel, e.platform);
    event.value =
        e.valueCents >= 0 ? double(e.valueCents) / 100.0 : std::numeric_limits<double>::quiet_NaN();
    if (e.carriesEmail) {
        char* end = d->writeEmail(d->emailBuffer.data());
        event.email =
            std::string_view(d->emailBuffer.data(), std::size_t(end - d->emailBuffer.data()));
    } else {
        event.email = {};
    }
    event.campaign = campaignNames[std::size_t(e.campaign)];
    return true;
}

qint64 ClickstreamGenerator::writeCsv(const ClickstreamOptions& options, QIODevice& out,
                                      Feedback* feedback)
{
    constexpr std::size_t flushAt = std::size_t(1) << 20;
    constexpr std::size_t maxRow = 512; // far above the longest possible row
    std::vector<char> buffer(flushAt + maxRow);
    char* const begin = buffer.data();
    char* p = begin;
    auto flush = [&] {
        const qint64 size = qint64(p - begin);
        if (size > 0 && out.write(begin, size) != size)
            throw Error(QCoreApplication::translate("journeyscope::ClickstreamGenerator",
                                                    "Could not write the sample data: %1")
                            .arg(out.errorString()));
        p = begin;
    };

    if (feedback)
        feedback->checkCanceled();
    Private gen(options);
    p = writeText(p, csvHeader);
    *p++ = '\n';

    // Events come in time order, so the date part changes rarely: cache it.
    qint64 cachedDay = std::numeric_limits<qint64>::min();
    std::array<char, 32> datePrefix{};
    std::size_t datePrefixSize = 0;

    qint64 count = 0;
    while (gen.step()) {
        const Private::Event& e = gen.current;
        p = gen.writeCustomerId(p);
        *p++ = ',';

        const qint64 day = floorDiv(e.time, Day);
        if (day != cachedDay) {
            cachedDay = day;
            const CivilDate date = civilFromDays(day);
            char* q = datePrefix.data();
            if (date.year < 0) // not reachable with sane options; kept well-formed anyway
                *q++ = '-';
            q = writeDigits(q, std::uint64_t(date.year < 0 ? -date.year : date.year), 4);
            *q++ = '-';
            q = writeDigits(q, date.month, 2);
            *q++ = '-';
            q = writeDigits(q, date.day, 2);
            *q++ = 'T';
            datePrefixSize = std::size_t(q - datePrefix.data());
        }
        std::memcpy(p, datePrefix.data(), datePrefixSize);
        p += datePrefixSize;
        const qint64 msOfDay = e.time - day * Day;
        p = writeDigits(p, std::uint64_t(msOfDay / Hour), 2);
        *p++ = ':';
        p = writeDigits(p, std::uint64_t(msOfDay / Minute % 60), 2);
        *p++ = ':';
        p = writeDigits(p, std::uint64_t(msOfDay / Second % 60), 2);
        *p++ = '.';
        p = writeDigits(p, std::uint64_t(msOfDay % Second), 3);
        *p++ = 'Z';
        *p++ = ',';

        // No name contains a comma, quote or line break, so no field needs quoting.
        p = writeText(p, touchpointNames[std::size_t(e.tp)]);
        *p++ = ',';
        const Channel channel = channelOf(e.tp, e.platform);
        p = writeText(p, channelNames[std::size_t(channel)]);
        *p++ = ',';
        p = writeText(p, deviceOf(channel, e.platform));
        *p++ = ',';
        if (e.valueCents >= 0) {
            p = writeDigits(p, std::uint64_t(e.valueCents / 100), 1);
            *p++ = '.';
            p = writeDigits(p, std::uint64_t(e.valueCents % 100), 2);
        }
        *p++ = ',';
        if (e.carriesEmail)
            p = gen.writeEmail(p);
        *p++ = ',';
        p = writeText(p, campaignNames[std::size_t(e.campaign)]);
        *p++ = '\n';

        ++count;
        if (std::size_t(p - begin) >= flushAt)
            flush();
        if (feedback && (count & 4095) == 0) {
            feedback->checkCanceled();
            if ((count & 65535) == 0)
                feedback->setProgress(gen.progress(), count);
        }
    }
    flush();
    if (feedback)
        feedback->setProgress(1.0, count);
    return count;
}

} // namespace journeyscope
