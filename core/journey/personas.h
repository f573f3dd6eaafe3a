#pragma once

#include "core/journey/segmentation.h"

#include <optional>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace journeyscope {

class Database;

/**
 * A persona: the editable words of a persona card and the segment it stands for. The card's
 * numbers are never stored: they are recomputed from the segment on the current data
 * (listPersonas()), so a persona cannot show a number its customers no longer have.
 */
struct Persona
{
    /// Built-in avatars are "builtin:1" .. "builtin:BuiltinAvatars"; anything else names an
    /// image file.
    static constexpr int BuiltinAvatars = 8;

    qint64 id = 0; ///< 0 until saved
    /// How the segment was made: "rfm:<RFM segment name>" or "kmeans:k=<k>:<cluster>".
    QString segmentKey;
    /// For k-means segments the KMeansModel (features' scaling and centroids) that puts
    /// customers in clusters; empty for RFM, whose quintiles are recomputed on the data.
    QJsonObject segmentModel;
    QString name;
    QString quote;
    /// One item each; a line break inside an item is stored as a space.
    QStringList goals;
    QStringList frustrations;
    QString avatar;
    qint64 createdAtMs = 0; ///< UTC milliseconds, set by savePersona()
    qint64 updatedAtMs = 0; ///< UTC milliseconds, set by savePersona() and updatePersona()
};

/// A persona with its segment's numbers, recomputed.
struct PersonaCard
{
    Persona persona;
    /// Nullopt when the segment cannot be recomputed (a damaged model or an unknown key);
    /// a segment without customers today has customers == 0.
    std::optional<SegmentDescription> segment;
};

/**
 * A persona name from a segment's dominant traits, each judged against \a everyone:
 *
 * - value: mean value >= 1.5 x everyone's mean: "High-value"; <= 0.5 x: "Low-value"
 *   (nothing when everyone's mean value is 0);
 * - channel: the top channel, when it carries >= 60% of the segment's events, by its name
 *   with a capital ("Mobile", "Web");
 * - who, the first rule that holds:
 *   - mean recency >= 1.5 x everyone's and >= 30 days: "lapsed customers";
 *   - mean sessions >= 1.5 x everyone's and conversion rate >= everyone's: "loyalists";
 *   - conversion rate >= 1.2 x everyone's and > 0: "buyers";
 *   - mean sessions >= 1.5 x everyone's: "regulars";
 *   - mean sessions < 1.5: "one-time visitors";
 *   - otherwise "browsers";
 * - where they drop off, when the conversion rate is below everyone's and the top friction
 *   point ends >= 25% of the segment's drop-offs: a touchpoint whose name mentions a cart or
 *   basket gives "who abandon carts", checkout or payment "who abandon checkout", any other
 *   "who drop off at <touchpoint>".
 *
 * Parts are joined with spaces and the first letter capitalised: "High-value loyalists",
 * "Mobile browsers who abandon carts". An empty segment gives its segment name.
 */
QString suggestPersonaName(const SegmentDescription& segment, const SegmentDescription& everyone);

/**
 * Persona drafts for the segments with customers: a suggested name, a quote, and goals and
 * frustrations drafted from the segment's numbers (as words only: every number on a card
 * comes from the segment). Linked to the segment by its key, and for k-means by the model of
 * \a segmentation. The avatar is a built-in one, by segment position.
 */
std::vector<Persona> draftPersonas(const Segmentation& segmentation,
                                   const std::vector<SegmentDescription>& segments,
                                   const SegmentDescription& everyone);

/// Inserts \a persona (its id is ignored) and returns its id. Runs in the caller's
/// transaction. Throws Error.
qint64 savePersona(Database& db, const Persona& persona);

/// Replaces the editable words (name, quote, goals, frustrations, avatar) of the persona
/// with \a persona.id; the segment link stays. Throws Error when there is no such persona.
void updatePersona(Database& db, const Persona& persona);

/// Deletes the persona \a id. Throws Error when there is no such persona.
void deletePersona(Database& db, qint64 id);

/// Every persona, in the order they were made, without numbers.
std::vector<Persona> loadPersonas(const Database& db);

/// The persona \a id. Throws Error located at "persona" when there is none.
Persona personaWithId(const Database& db, qint64 id);

/**
 * Every persona with its segment's numbers recomputed on \a view (RFM quintiles on today's
 * data; k-means clusters by the saved model), conversion judged by \a goal.
 */
std::vector<PersonaCard> listPersonas(const Database& db, const EventView& view,
                                      const Goal& goal = {});

/// listPersonas() on customer features counted elsewhere (a warehouse).
std::vector<PersonaCard> listPersonas(const Database& db, const CustomerFeatures& features);

/**
 * The people of the segment \a segmentKey ("rfm:..." or, with the KMeansModel of
 * \a segmentModel, "kmeans:..."), recomputed on \a view, ascending: what a segment or
 * persona filter keeps. Throws Error for a key the segmentation does not have.
 */
std::vector<PersonIndex> personsInSegment(const EventView& view, const QString& segmentKey,
                                          const QJsonObject& segmentModel = {});

/// personsInSegment() as rows of \a features, ascending.
std::vector<qsizetype> rowsInSegment(const CustomerFeatures& features, const QString& segmentKey,
                                     const QJsonObject& segmentModel = {});

} // namespace journeyscope
