#include "core/journey/personas.h"

#include "core/base/error.h"
#include "core/store/database.h"

#include <map>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::Personas)
};

/// Who a segment's customers are, the noun of a persona name.
enum class Who { Lapsed, Loyalists, Buyers, Regulars, OneTime, Browsers };

/// A segment's traits against everyone, by the rules of suggestPersonaName().
struct Traits
{
    int valueTier = 0; ///< 1: high value, -1: low value
    QString channel;   ///< the dominant channel, capitalised, or empty
    Who who = Who::Browsers;
    QString dropOff; ///< touchpoint of the telling drop-off, or empty
    bool convertsLess = false;
};

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

Traits traitsOf(const SegmentDescription& segment, const SegmentDescription& everyone)
{
    Traits traits;
    if (everyone.meanValue > 0) {
        if (segment.meanValue >= 1.5 * everyone.meanValue)
            traits.valueTier = 1;
        else if (segment.meanValue <= 0.5 * everyone.meanValue)
            traits.valueTier = -1;
    }
    if (!segment.topChannels.empty() && segment.topChannels.front().share >= 0.6)
        traits.channel = capitalised(segment.topChannels.front().channel);

    const bool frequent = segment.meanSessions >= 1.5 * everyone.meanSessions;
    if (segment.meanRecencyDays >= 1.5 * everyone.meanRecencyDays && segment.meanRecencyDays >= 30)
        traits.who = Who::Lapsed;
    else if (frequent && segment.conversionRate >= everyone.conversionRate)
        traits.who = Who::Loyalists;
    else if (segment.conversionRate >= 1.2 * everyone.conversionRate && segment.conversionRate > 0)
        traits.who = Who::Buyers;
    else if (frequent)
        traits.who = Who::Regulars;
    else if (segment.meanSessions < 1.5)
        traits.who = Who::OneTime;
    else
        traits.who = Who::Browsers;

    traits.convertsLess = segment.conversionRate < everyone.conversionRate;
    if (traits.convertsLess && !segment.friction.empty() && segment.friction.front().share >= 0.25)
        traits.dropOff = segment.friction.front().touchpoint;
    return traits;
}

bool mentions(const QString& touchpoint, std::initializer_list<const char*> words)
{
    for (const char* word : words) {
        if (touchpoint.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString whoName(Who who)
{
    switch (who) {
    case Who::Lapsed:
        return Text::tr("lapsed customers");
    case Who::Loyalists:
        return Text::tr("loyalists");
    case Who::Buyers:
        return Text::tr("buyers");
    case Who::Regulars:
        return Text::tr("regulars");
    case Who::OneTime:
        return Text::tr("one-time visitors");
    case Who::Browsers:
        return Text::tr("browsers");
    }
    return {};
}

QString dropOffClause(const QString& touchpoint)
{
    if (mentions(touchpoint, {"cart", "basket"}))
        return Text::tr("who abandon carts");
    if (mentions(touchpoint, {"checkout", "payment"}))
        return Text::tr("who abandon checkout");
    return Text::tr("who drop off at %1").arg(touchpoint);
}

QString quoteFor(const Traits& traits)
{
    if (!traits.dropOff.isEmpty())
        return Text::tr("I got as far as %1, and then I left.").arg(traits.dropOff);
    switch (traits.who) {
    case Who::Lapsed:
        return Text::tr("I used to come here. Lately nothing has given me a reason to.");
    case Who::Loyalists:
        return Text::tr("I know what I want, and I keep coming back for it.");
    case Who::Buyers:
        return Text::tr("When I find what I need, I buy it.");
    case Who::Regulars:
        return Text::tr("I come back often, but I am not convinced yet.");
    case Who::OneTime:
        return Text::tr("I had a look once. Nothing made me stay.");
    case Who::Browsers:
        return Text::tr("I am just looking around for now.");
    }
    return {};
}

QStringList goalsFor(const SegmentDescription& segment, const Traits& traits)
{
    QStringList goals;
    if (!traits.channel.isEmpty()) {
        goals.append(Text::tr("Do everything on %1").arg(segment.topChannels.front().channel));
    } else if (segment.topChannels.size() >= 2) {
        goals.append(Text::tr("Move between %1 and %2 without starting over")
                         .arg(segment.topChannels[0].channel, segment.topChannels[1].channel));
    }
    if (traits.valueTier > 0)
        goals.append(Text::tr("Get service that matches what they spend"));
    switch (traits.who) {
    case Who::Lapsed:
        goals.append(Text::tr("Find a reason to come back"));
        break;
    case Who::Loyalists:
    case Who::Regulars:
        goals.append(Text::tr("Pick up where they left off on every visit"));
        break;
    case Who::Buyers:
        if (segment.typicalPath.size() >= 2) {
            goals.append(Text::tr("Get from %1 to %2 quickly")
                             .arg(segment.typicalPath.front(), segment.typicalPath.back()));
        } else {
            goals.append(Text::tr("Buy quickly, without detours"));
        }
        break;
    case Who::OneTime:
        goals.append(Text::tr("Decide in a single visit"));
        break;
    case Who::Browsers:
        goals.append(Text::tr("Compare options before committing"));
        break;
    }
    return goals;
}

QStringList frustrationsFor(const SegmentDescription& segment, const SegmentDescription& everyone,
                            const Traits& traits)
{
    QStringList frustrations;
    for (size_t i = 0; i < segment.friction.size() && i < 2; ++i) {
        const SegmentDescription::FrictionPoint& point = segment.friction[i];
        if (point.share < 0.1)
            break;
        if (mentions(point.touchpoint, {"cart", "basket"}))
            frustrations.append(Text::tr("Leaves the cart without buying"));
        else if (mentions(point.touchpoint, {"checkout", "payment"}))
            frustrations.append(Text::tr("Gives up at %1").arg(point.touchpoint));
        else
            frustrations.append(Text::tr("Leaves at %1 without converting").arg(point.touchpoint));
    }
    if (traits.convertsLess)
        frustrations.append(Text::tr("Does not find a reason to convert"));
    if (traits.who == Who::Lapsed)
        frustrations.append(Text::tr("Nothing has brought them back lately"));
    if (segment.meanEvents >= 1.5 * everyone.meanEvents && traits.convertsLess)
        frustrations.append(Text::tr("Needs many steps to get anywhere"));
    return frustrations;
}

QString joinItems(const QStringList& items)
{
    QStringList lines;
    for (QString item : items) {
        item.replace(QLatin1Char('\r'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (!item.trimmed().isEmpty())
            lines.append(item);
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList splitItems(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void requirePersona(const Database& db, qint64 id)
{
    Statement exists = db.prepare("SELECT 1 FROM personas WHERE id = ?");
    exists.bind(1, id);
    if (!exists.step())
        throw Error(Location(db.path()), Text::tr("no persona %1").arg(id));
}

} // namespace

QString suggestPersonaName(const SegmentDescription& segment, const SegmentDescription& everyone)
{
    if (segment.customers == 0)
        return segment.name;
    const Traits traits = traitsOf(segment, everyone);
    const QString tier = traits.valueTier == 0  ? QString()
                         : traits.valueTier > 0 ? Text::tr("High-value")
                                                : Text::tr("Low-value");
    const QString clause = traits.dropOff.isEmpty() ? QString() : dropOffClause(traits.dropOff);
    // One pattern, so that a language can put the parts in its own order; parts that are
    // missing leave no double spaces.
    return capitalised(Text::tr("%1 %2 %3 %4", "persona name: value tier, channel, who they "
                                               "are, where they drop off; any may be empty")
                           .arg(tier, traits.channel, whoName(traits.who), clause)
                           .simplified());
}

std::vector<Persona> draftPersonas(const Segmentation& segmentation,
                                   const std::vector<SegmentDescription>& segments,
                                   const SegmentDescription& everyone)
{
    std::vector<Persona> drafts;
    const QJsonObject model = segmentation.method == Segmentation::Method::KMeans
                                  ? segmentation.model.toJson()
                                  : QJsonObject();
    for (const SegmentDescription& segment : segments) {
        if (segment.customers == 0)
            continue;
        const Traits traits = traitsOf(segment, everyone);
        Persona persona;
        persona.segmentKey = segment.key;
        persona.segmentModel = model;
        persona.name = suggestPersonaName(segment, everyone);
        persona.quote = quoteFor(traits);
        persona.goals = goalsFor(segment, traits);
        persona.frustrations = frustrationsFor(segment, everyone, traits);
        persona.avatar = QStringLiteral("builtin:%1")
                             .arg(qsizetype(drafts.size()) % Persona::BuiltinAvatars + 1);
        drafts.push_back(std::move(persona));
    }
    return drafts;
}

qint64 savePersona(Database& db, const Persona& persona)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Statement insert = db.prepare(
        "INSERT INTO personas(segment_key, segment_model, name, quote, goals, frustrations, "
        "avatar, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, persona.segmentKey);
    if (persona.segmentModel.isEmpty()) {
        insert.bindNull(2);
    } else {
        insert.bind(2, QString::fromUtf8(
                           QJsonDocument(persona.segmentModel).toJson(QJsonDocument::Compact)));
    }
    insert.bind(3, persona.name)
        .bind(4, persona.quote)
        .bind(5, joinItems(persona.goals))
        .bind(6, joinItems(persona.frustrations))
        .bind(7, persona.avatar)
        .bind(8, now)
        .bind(9, now)
        .run();
    return db.lastInsertRowId();
}

void updatePersona(Database& db, const Persona& persona)
{
    requirePersona(db, persona.id);
    Statement update = db.prepare("UPDATE personas SET name = ?, quote = ?, goals = ?, "
                                  "frustrations = ?, avatar = ?, updated_at = ? WHERE id = ?");
    update.bind(1, persona.name)
        .bind(2, persona.quote)
        .bind(3, joinItems(persona.goals))
        .bind(4, joinItems(persona.frustrations))
        .bind(5, persona.avatar)
        .bind(6, QDateTime::currentMSecsSinceEpoch())
        .bind(7, persona.id)
        .run();
}

void deletePersona(Database& db, qint64 id)
{
    requirePersona(db, id);
    Statement remove = db.prepare("DELETE FROM personas WHERE id = ?");
    remove.bind(1, id).run();
}

std::vector<Persona> loadPersonas(const Database& db)
{
    std::vector<Persona> personas;
    Statement select = db.prepare("SELECT id, segment_key, segment_model, name, quote, goals, "
                                  "frustrations, avatar, created_at, updated_at FROM personas "
                                  "ORDER BY id");
    while (select.step()) {
        Persona persona;
        persona.id = select.columnInt(0);
        persona.segmentKey = select.columnText(1);
        if (!select.isNull(2))
            persona.segmentModel = QJsonDocument::fromJson(select.columnText(2).toUtf8()).object();
        persona.name = select.columnText(3);
        persona.quote = select.columnText(4);
        persona.goals = splitItems(select.columnText(5));
        persona.frustrations = splitItems(select.columnText(6));
        persona.avatar = select.columnText(7);
        persona.createdAtMs = select.columnInt(8);
        persona.updatedAtMs = select.columnInt(9);
        personas.push_back(std::move(persona));
    }
    return personas;
}

Persona personaWithId(const Database& db, qint64 id)
{
    for (Persona& persona : loadPersonas(db)) {
        if (persona.id == id)
            return std::move(persona);
    }
    throw Error(Location(QStringLiteral("persona")),
                Text::tr("no persona %1; `personas PROJECT` lists them").arg(id));
}

std::vector<PersonaCard> listPersonas(const Database& db, const EventView& view, const Goal& goal)
{
    if (loadPersonas(db).empty())
        return {};
    return listPersonas(db, computeCustomerFeatures(view, goal));
}

std::vector<PersonaCard> listPersonas(const Database& db, const CustomerFeatures& features)
{
    std::vector<PersonaCard> cards;
    for (Persona& persona : loadPersonas(db))
        cards.push_back({std::move(persona), std::nullopt});
    // Each segmentation once: RFM, and k-means per distinct saved model.
    std::map<QByteArray, std::vector<SegmentDescription>> described;
    const auto descriptions =
        [&](const Persona& persona) -> const std::vector<SegmentDescription>* {
        const bool rfm = persona.segmentKey.startsWith(QLatin1String("rfm:"));
        const QByteArray cacheKey =
            rfm ? QByteArray("rfm")
                : QJsonDocument(persona.segmentModel).toJson(QJsonDocument::Compact);
        auto found = described.find(cacheKey);
        if (found == described.end()) {
            std::vector<SegmentDescription> segments;
            if (rfm) {
                segments = describeSegments(features, rfmSegmentation(features));
            } else if (persona.segmentKey.startsWith(QLatin1String("kmeans:"))) {
                if (const auto model = KMeansModel::fromJson(persona.segmentModel)) {
                    segments = describeSegments(features, kMeansSegmentation(features, *model));
                }
            }
            found = described.emplace(cacheKey, std::move(segments)).first;
        }
        return &found->second;
    };
    for (PersonaCard& card : cards) {
        for (const SegmentDescription& segment : *descriptions(card.persona)) {
            if (segment.key == card.persona.segmentKey) {
                card.segment = segment;
                break;
            }
        }
    }
    return cards;
}

std::vector<PersonIndex> personsInSegment(const EventView& view, const QString& segmentKey,
                                          const QJsonObject& segmentModel)
{
    const CustomerFeatures features = computeCustomerFeatures(view);
    std::vector<PersonIndex> persons;
    for (const qsizetype row : rowsInSegment(features, segmentKey, segmentModel))
        persons.push_back(features.persons[size_t(row)]);
    return persons;
}

std::vector<qsizetype> rowsInSegment(const CustomerFeatures& features, const QString& segmentKey,
                                     const QJsonObject& segmentModel)
{
    Segmentation segmentation;
    if (segmentKey.startsWith(QLatin1String("rfm:"))) {
        segmentation = rfmSegmentation(features);
    } else if (segmentKey.startsWith(QLatin1String("kmeans:"))) {
        const auto model = KMeansModel::fromJson(segmentModel);
        if (!model)
            throw Error(Text::tr("segment \"%1\": its k-means model is missing or damaged")
                            .arg(segmentKey));
        segmentation = kMeansSegmentation(features, *model);
    }
    const int segment = segmentation.indexOf(segmentKey);
    if (segment < 0) {
        throw Error(Text::tr("no segment \"%1\"; expected rfm:NAME (%2) or a persona's segment")
                        .arg(segmentKey,
                             rfmSegmentation(CustomerFeatures()).names.join(QStringLiteral(", "))));
    }
    std::vector<qsizetype> rows;
    for (size_t row = 0; row < segmentation.labels.size(); ++row) {
        if (segmentation.labels[row] == segment)
            rows.push_back(qsizetype(row));
    }
    return rows;
}

} // namespace journeyscope
