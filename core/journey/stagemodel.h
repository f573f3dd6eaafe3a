#pragma once

#include "core/journey/eventview.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace journeyscope {

class Database;

/// Stage renames: a stage's old name -> its new name.
using StageRenames = QMap<QString, QString>;

/**
 * Adds the rename of stage \a from to \a to to \a renames, which maps the names the stages
 * had at first to their latest: A to B then B to C is A to C, A to B then B to A is none. A
 * stage called \a from that came after its first holder was renamed away brings nothing.
 */
void addStageRename(StageRenames& renames, const QString& from, const QString& to);
/// \a renames backwards (new name -> old name), to undo them.
StageRenames reversed(const StageRenames& renames);

/**
 * The stages of a project, in their order, and the stage of each touchpoint: the value the
 * stage editor edits and the project stores (tables stages and touchpoints).
 *
 * A touchpoint whose stage name is empty, or that is not in stageOf at all, has no stage.
 * The edits keep names unique and non-empty and throw Error otherwise; the number of stages
 * (MinStages to MaxStages) is checked by check() and write(), so that an editor can pass
 * through a state with too few or too many.
 */
struct StageModel
{
    static constexpr qsizetype MinStages = 3;
    static constexpr qsizetype MaxStages = 7;

    /// Awareness, Consideration, Purchase, Retention, Advocacy.
    static QStringList defaultStageNames();

    /// Stage names in their order.
    QStringList stages;
    /// Touchpoint name -> stage name ("" for none).
    QMap<QString, QString> stageOf;

    /// The stage of \a touchpoint, or "" when it has none.
    QString stageOfTouchpoint(const QString& touchpoint) const { return stageOf.value(touchpoint); }
    /// The touchpoints of \a stage, by name.
    QStringList touchpointsOf(const QString& stage) const;
    /// The touchpoints in stageOf that have no stage, by name.
    QStringList unstagedTouchpoints() const;

    /// Renames stage \a from to \a to; its touchpoints follow. Throws Error.
    void renameStage(const QString& from, const QString& to);
    /// Moves the stage at index \a from to index \a to, shifting those in between. Throws Error.
    void moveStage(qsizetype from, qsizetype to);
    /// Inserts a stage without touchpoints at index \a position. Throws Error.
    void addStage(const QString& name, qsizetype position);
    /// Removes stage \a name; its touchpoints are left without a stage. Throws Error.
    void removeStage(const QString& name);
    /// Puts \a touchpoint into \a stage ("" for none). Throws Error when \a stage is not a stage.
    void setStage(const QString& touchpoint, const QString& stage);

    /**
     * Throws Error with the first problem: fewer than MinStages or more than MaxStages
     * stages, an empty or duplicate stage name, or a touchpoint put in a stage that is not
     * in the list.
     */
    void check() const;

    /// {"stages":[{"name":S,"touchpoints":[S]}],"unstaged":[S]}, touchpoints by name.
    QJsonObject toJson() const;

    /// The stage model of a project: every touchpoint, with "" for those without stage.
    static StageModel read(const Database& db);
    /**
     * Stores \a model in \a db inside the caller's transaction: replaces the stages and the
     * stage of every touchpoint (those not in \a model get none). A stage keeps its id when
     * its name is kept; the ids of names that go are reused, in order, for the new names, so
     * that a renamed stage keeps its id. Throws Error, writing nothing, for what check() refuses,
     * for a touchpoint that is not in the project, and when no transaction is open.
     */
    static void write(Database& db, const StageModel& model);

    friend bool operator==(const StageModel&, const StageModel&) = default;
};

/// Why auto-staging put a touchpoint where it did.
struct TouchpointPosition
{
    QString touchpoint;
    /// Median over its events of (event index / (journey length - 1)); 0 for one-event journeys.
    double medianPosition = 0;
    qint64 events = 0;
    qint64 journeys = 0;  ///< journeys with at least one of its events
    qsizetype stage = -1; ///< index into the proposal's stages
};

/// Stages proposed from the data, with the evidence for each touchpoint.
struct StageProposal
{
    StageModel model;
    /// Touchpoints with events, in the order they were cut: by median position, then name.
    std::vector<TouchpointPosition> evidence;

    /**
     * {"stages":[{"name":S,"touchpoints":[S],"events":N}],"unstaged":[S],
     *  "touchpoints":[{"name":S,"stage":S,"median_position":X,"events":N,"journeys":N}],
     *  "method":S}; touchpoints of a stage in cut order.
     */
    QJsonObject toJson() const;
};

/**
 * Proposes \a k ordered stages (StageModel::MinStages to MaxStages) from where touchpoints
 * occur in the journeys of \a view.
 *
 * Each touchpoint gets the median of the relative positions of its events in their journeys
 * (index / (length - 1), 0 in a one-event journey; a median of an even count is the mean of
 * the two middle values). Touchpoints, ordered by that median (then name), are cut into \a k
 * contiguous groups whose event volumes are as equal as possible: the cut minimises the sum
 * of squared group volumes (found exactly by dynamic programming). Touchpoints with the same
 * median are never split while there are at least \a k distinct medians. Groups are named
 * Awareness .. Advocacy when \a k is 5 and "Stage 1" .. "Stage k" otherwise; touchpoints
 * without events in \a view get no stage. Deterministic. Throws Error when \a k is out of
 * range or fewer than \a k touchpoints have events.
 */
StageProposal proposeStages(const EventView& view, int k);

/**
 * The present step of proposeStages(), whoever counted: \a evidence holds each touchpoint
 * with events, its median relative position, events and journeys (in any order). Throws
 * Error as proposeStages() does.
 */
StageProposal proposeStagesFrom(const QStringList& touchpointNames,
                                std::vector<TouchpointPosition> evidence, int k);

} // namespace journeyscope
