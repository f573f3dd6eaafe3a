#include "core/journey/stagemodel.h"

#include "core/base/error.h"
#include "core/store/database.h"

#include <algorithm>
#include <limits>
#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::StageModel)
};

QString quoted(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

void checkNewName(const QStringList& stages, const QString& name)
{
    if (name.trimmed().isEmpty())
        throw Error(Text::tr("a stage needs a name"));
    if (stages.contains(name))
        throw Error(Text::tr("there is already a stage %1").arg(quoted(name)));
}

qsizetype indexOfStage(const QStringList& stages, const QString& name)
{
    const qsizetype index = stages.indexOf(name);
    if (index < 0)
        throw Error(Text::tr("there is no stage %1").arg(quoted(name)));
    return index;
}

/**
 * Cuts \a volumes, in their order, into \a k non-empty contiguous groups with the smallest
 * sum of squared group volumes; returns the index where each group starts. Dynamic
 * programming with divide and conquer over the split point, which only moves right as the
 * end moves right because the square of an interval's sum satisfies the quadrangle
 * inequality: O(k n log n). Ties go to the leftmost split, so the result is deterministic.
 */
std::vector<size_t> cutEvenly(const std::vector<qint64>& volumes, int k)
{
    const size_t n = volumes.size();
    std::vector<double> prefix(n + 1, 0);
    for (size_t i = 0; i < n; ++i)
        prefix[i + 1] = prefix[i] + double(volumes[i]);
    constexpr double infinity = std::numeric_limits<double>::infinity();
    // cost[g][j]: the best sum for the first j units in g groups; from[g][j]: where the last
    // starts.
    std::vector<std::vector<double>> cost(size_t(k) + 1, std::vector<double>(n + 1, infinity));
    std::vector<std::vector<size_t>> from(size_t(k) + 1, std::vector<size_t>(n + 1, 0));
    cost[0][0] = 0;
    const auto solve = [&](auto& self, size_t g, size_t jLo, size_t jHi, size_t optLo,
                           size_t optHi) -> void {
        if (jLo > jHi)
            return;
        const size_t mid = jLo + (jHi - jLo) / 2;
        double best = infinity;
        size_t bestSplit = optLo;
        for (size_t i = optLo; i <= std::min(mid - 1, optHi); ++i) {
            const double volume = prefix[mid] - prefix[i];
            const double candidate = cost[g - 1][i] + volume * volume;
            if (candidate < best) {
                best = candidate;
                bestSplit = i;
            }
        }
        cost[g][mid] = best;
        from[g][mid] = bestSplit;
        if (mid > jLo)
            self(self, g, jLo, mid - 1, optLo, bestSplit);
        self(self, g, mid + 1, jHi, bestSplit, optHi);
    };
    for (size_t g = 1; g <= size_t(k); ++g)
        solve(solve, g, g, n - (size_t(k) - g), g - 1, n - 1);
    std::vector<size_t> starts(static_cast<size_t>(k));
    size_t end = n;
    for (size_t g = size_t(k); g >= 1; --g) {
        starts[g - 1] = from[g][end];
        end = starts[g - 1];
    }
    return starts;
}

} // namespace

void addStageRename(StageRenames& renames, const QString& from, const QString& to)
{
    QString first = renames.key(from);
    if (first.isEmpty()) {
        if (renames.contains(from))
            return; // a stage that took a name given up before: nothing hangs on it yet
        first = from;
    }
    if (first == to)
        renames.remove(first);
    else
        renames.insert(first, to);
}

StageRenames reversed(const StageRenames& renames)
{
    StageRenames back;
    for (auto it = renames.cbegin(); it != renames.cend(); ++it)
        back.insert(*it, it.key());
    return back;
}

QStringList StageModel::defaultStageNames()
{
    return {Text::tr("Awareness"), Text::tr("Consideration"), Text::tr("Purchase"),
            Text::tr("Retention"), Text::tr("Advocacy")};
}

QStringList StageModel::touchpointsOf(const QString& stage) const
{
    QStringList touchpoints;
    for (auto it = stageOf.cbegin(); it != stageOf.cend(); ++it) {
        if (*it == stage)
            touchpoints.append(it.key());
    }
    return touchpoints;
}

QStringList StageModel::unstagedTouchpoints() const
{
    return touchpointsOf(QString());
}

void StageModel::renameStage(const QString& from, const QString& to)
{
    const qsizetype index = indexOfStage(stages, from);
    if (from == to)
        return;
    checkNewName(stages, to);
    stages[index] = to;
    for (auto it = stageOf.begin(); it != stageOf.end(); ++it) {
        if (*it == from)
            *it = to;
    }
}

void StageModel::moveStage(qsizetype from, qsizetype to)
{
    if (from < 0 || from >= stages.size() || to < 0 || to >= stages.size())
        throw Error(Text::tr("cannot move stage %1 to %2: there are stages 1 to %3")
                        .arg(from + 1)
                        .arg(to + 1)
                        .arg(stages.size()));
    stages.move(from, to);
}

void StageModel::addStage(const QString& name, qsizetype position)
{
    checkNewName(stages, name);
    if (position < 0 || position > stages.size())
        throw Error(Text::tr("cannot add a stage at position %1 of %2")
                        .arg(position + 1)
                        .arg(stages.size() + 1));
    stages.insert(position, name);
}

void StageModel::removeStage(const QString& name)
{
    stages.removeAt(indexOfStage(stages, name));
    for (auto it = stageOf.begin(); it != stageOf.end(); ++it) {
        if (*it == name)
            it->clear();
    }
}

void StageModel::setStage(const QString& touchpoint, const QString& stage)
{
    if (!stage.isEmpty())
        indexOfStage(stages, stage);
    stageOf.insert(touchpoint, stage);
}

void StageModel::check() const
{
    if (stages.size() < MinStages || stages.size() > MaxStages) {
        throw Error(Text::tr("a project has %1 to %2 stages, not %3")
                        .arg(MinStages)
                        .arg(MaxStages)
                        .arg(stages.size()));
    }
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages[i].trimmed().isEmpty())
            throw Error(Text::tr("stage %1 has no name").arg(i + 1));
        if (stages.indexOf(stages[i]) < i)
            throw Error(Text::tr("there are two stages %1").arg(quoted(stages[i])));
    }
    for (auto it = stageOf.cbegin(); it != stageOf.cend(); ++it) {
        if (!it->isEmpty() && !stages.contains(*it)) {
            throw Error(Text::tr("touchpoint %1 is put in %2, which is not a stage")
                            .arg(quoted(it.key()), quoted(*it)));
        }
    }
}

QJsonObject StageModel::toJson() const
{
    QJsonArray list;
    for (const QString& stage : stages) {
        list.append(QJsonObject{
            {QStringLiteral("name"), stage},
            {QStringLiteral("touchpoints"), QJsonArray::fromStringList(touchpointsOf(stage))}});
    }
    return {{QStringLiteral("stages"), list},
            {QStringLiteral("unstaged"), QJsonArray::fromStringList(unstagedTouchpoints())}};
}

StageModel StageModel::read(const Database& db)
{
    StageModel model;
    Statement stages = db.prepare("SELECT name FROM stages ORDER BY position, id");
    while (stages.step())
        model.stages.append(stages.columnText(0));
    // A stage id that names no stage (a broken link) reads as no stage.
    Statement touchpoints = db.prepare("SELECT t.name, coalesce(s.name, '') FROM touchpoints t "
                                       "LEFT JOIN stages s ON s.id = t.stage_id ORDER BY t.id");
    while (touchpoints.step())
        model.stageOf.insert(touchpoints.columnText(0), touchpoints.columnText(1));
    return model;
}

void StageModel::write(Database& db, const StageModel& model)
{
    // Everything is checked before the first write, so a refusal writes nothing even when
    // the caller goes on to commit.
    if (!db.inTransaction())
        throw Error(Location{db.path()},
                    Text::tr("the stage model is written inside a transaction"));
    model.check();
    QHash<QString, qint64> touchpointIds;
    Statement touchpoints = db.prepare("SELECT id, name FROM touchpoints");
    while (touchpoints.step())
        touchpointIds.insert(touchpoints.columnText(1), touchpoints.columnInt(0));
    for (auto it = model.stageOf.cbegin(); it != model.stageOf.cend(); ++it) {
        if (!touchpointIds.contains(it.key()))
            throw Error(Location{db.path()},
                        Text::tr("there is no touchpoint %1 in the project").arg(quoted(it.key())));
    }

    // Kept names keep their ids; the stages that go hand their ids, in order, to the new
    // names, so that a rename keeps its id.
    std::vector<std::pair<qint64, QString>> old;
    Statement oldStages = db.prepare("SELECT id, name FROM stages ORDER BY position, id");
    while (oldStages.step())
        old.push_back({oldStages.columnInt(0), oldStages.columnText(1)});
    std::vector<qint64> freed;
    QHash<QString, qint64> idOf;
    for (const auto& [id, name] : old) {
        if (model.stages.contains(name))
            idOf.insert(name, id);
        else
            freed.push_back(id);
    }

    db.exec("UPDATE touchpoints SET stage_id = NULL");
    Statement update = db.prepare("UPDATE stages SET name = ?1, position = ?2 WHERE id = ?3");
    Statement insert = db.prepare("INSERT INTO stages(name, position) VALUES (?1, ?2)");
    size_t nextFreed = 0;
    for (qsizetype i = 0; i < model.stages.size(); ++i) {
        const QString& name = model.stages[i];
        const qint64 position = i + 1;
        if (!idOf.contains(name) && nextFreed < freed.size())
            idOf.insert(name, freed[nextFreed++]);
        if (idOf.contains(name)) {
            update.bind(1, name).bind(2, position).bind(3, idOf.value(name)).run();
        } else {
            insert.bind(1, name).bind(2, position).run();
            idOf.insert(name, db.lastInsertRowId());
        }
    }
    Statement remove = db.prepare("DELETE FROM stages WHERE id = ?1");
    for (; nextFreed < freed.size(); ++nextFreed)
        remove.bind(1, freed[nextFreed]).run();

    Statement assign = db.prepare("UPDATE touchpoints SET stage_id = ?1 WHERE id = ?2");
    for (auto it = model.stageOf.cbegin(); it != model.stageOf.cend(); ++it) {
        if (!it->isEmpty())
            assign.bind(1, idOf.value(*it)).bind(2, touchpointIds.value(it.key())).run();
    }
}

QJsonObject StageProposal::toJson() const
{
    QJsonArray stageList;
    for (qsizetype s = 0; s < model.stages.size(); ++s) {
        QJsonArray names;
        qint64 events = 0;
        for (const TouchpointPosition& position : evidence) {
            if (position.stage == s) {
                names.append(position.touchpoint);
                events += position.events;
            }
        }
        stageList.append(QJsonObject{{QStringLiteral("name"), model.stages[s]},
                                     {QStringLiteral("touchpoints"), names},
                                     {QStringLiteral("events"), events}});
    }
    QJsonArray touchpoints;
    for (const TouchpointPosition& position : evidence) {
        touchpoints.append(
            QJsonObject{{QStringLiteral("name"), position.touchpoint},
                        {QStringLiteral("stage"),
                         position.stage >= 0 ? model.stages[position.stage] : QString()},
                        {QStringLiteral("median_position"), position.medianPosition},
                        {QStringLiteral("events"), position.events},
                        {QStringLiteral("journeys"), position.journeys}});
    }
    return {{QStringLiteral("stages"), stageList},
            {QStringLiteral("unstaged"), QJsonArray::fromStringList(model.unstagedTouchpoints())},
            {QStringLiteral("touchpoints"), touchpoints},
            {QStringLiteral("method"),
             QStringLiteral("median relative position, cut into groups of equal event volume")}};
}

namespace {

void checkStageCount(int k)
{
    if (k < StageModel::MinStages || k > StageModel::MaxStages) {
        throw Error(Text::tr("auto-staging makes %1 to %2 stages, not %3")
                        .arg(StageModel::MinStages)
                        .arg(StageModel::MaxStages)
                        .arg(k));
    }
}

} // namespace

StageProposal proposeStages(const EventView& view, int k)
{
    checkStageCount(k);
    const EventLog& log = view.log();
    const auto& touchpointOf = log.touchpoints();
    const size_t touchpointCount = size_t(log.touchpointNames().size());

    // Two passes: count events per touchpoint, then place each event's relative position
    // in its touchpoint's slice of one array (a counting sort), so no per-touchpoint vectors.
    std::vector<qint64> events(touchpointCount, 0);
    std::vector<qint64> journeys(touchpointCount, 0);
    std::vector<quint32> lastJourney(touchpointCount, 0);
    quint32 journeyNumber = 0;
    view.forEachJourney([&](const Journey& journey) {
        ++journeyNumber;
        for (qsizetype i = 0; i < journey.size(); ++i) {
            const quint16 touchpoint = touchpointOf[journey[i]];
            ++events[touchpoint];
            if (lastJourney[touchpoint] != journeyNumber) {
                lastJourney[touchpoint] = journeyNumber;
                ++journeys[touchpoint];
            }
        }
    });
    std::vector<size_t> next(touchpointCount + 1, 0);
    for (size_t t = 0; t < touchpointCount; ++t)
        next[t + 1] = next[t] + size_t(events[t]);
    const std::vector<size_t> begins = next;
    // Equal fractions give equal doubles (division is correctly rounded), so ties stay ties.
    std::vector<double> positions(next.back());
    view.forEachJourney([&](const Journey& journey) {
        const double last = double(journey.size() - 1);
        for (qsizetype i = 0; i < journey.size(); ++i) {
            const double position = journey.size() == 1 ? 0.0 : double(i) / last;
            positions[next[touchpointOf[journey[i]]]++] = position;
        }
    });

    std::vector<TouchpointPosition> evidence;
    for (size_t t = 0; t < touchpointCount; ++t) {
        if (events[t] == 0)
            continue;
        const auto begin = positions.begin() + qsizetype(begins[t]);
        const auto end = positions.begin() + qsizetype(begins[t + 1]);
        const auto upper = begin + (end - begin) / 2;
        std::nth_element(begin, upper, end);
        double median = *upper;
        if ((end - begin) % 2 == 0)
            median = (median + *std::max_element(begin, upper)) / 2;
        evidence.push_back(
            {log.touchpointNames()[qsizetype(t)], median, events[t], journeys[t], -1});
    }
    return proposeStagesFrom(log.touchpointNames(), std::move(evidence), k);
}

StageProposal proposeStagesFrom(const QStringList& touchpointNames,
                                std::vector<TouchpointPosition> evidence, int k)
{
    checkStageCount(k);
    StageProposal proposal;
    proposal.evidence = std::move(evidence);
    std::sort(proposal.evidence.begin(), proposal.evidence.end(),
              [](const TouchpointPosition& a, const TouchpointPosition& b) {
                  return a.medianPosition != b.medianPosition ? a.medianPosition < b.medianPosition
                                                              : a.touchpoint < b.touchpoint;
              });
    if (proposal.evidence.size() < size_t(k)) {
        throw Error(Text::tr("%1 stages need at least %1 touchpoints with events, not %2")
                        .arg(k)
                        .arg(proposal.evidence.size()));
    }

    // The units to cut: runs of equal medians while there are enough of them.
    std::vector<size_t> unitStarts;
    for (size_t i = 0; i < proposal.evidence.size(); ++i) {
        if (i == 0 ||
            proposal.evidence[i].medianPosition != proposal.evidence[i - 1].medianPosition)
            unitStarts.push_back(i);
    }
    if (unitStarts.size() < size_t(k)) {
        unitStarts.resize(proposal.evidence.size());
        for (size_t i = 0; i < unitStarts.size(); ++i)
            unitStarts[i] = i;
    }
    unitStarts.push_back(proposal.evidence.size());
    std::vector<qint64> volumes(unitStarts.size() - 1, 0);
    for (size_t u = 0; u + 1 < unitStarts.size(); ++u) {
        for (size_t i = unitStarts[u]; i < unitStarts[u + 1]; ++i)
            volumes[u] += proposal.evidence[i].events;
    }
    const std::vector<size_t> groupStarts = cutEvenly(volumes, k);

    if (k == 5) {
        proposal.model.stages = StageModel::defaultStageNames();
    } else {
        for (int s = 1; s <= k; ++s)
            proposal.model.stages.append(Text::tr("Stage %1").arg(s));
    }
    for (const QString& touchpoint : touchpointNames)
        proposal.model.stageOf.insert(touchpoint, QString());
    for (size_t g = 0; g < size_t(k); ++g) {
        const size_t endUnit = g + 1 < size_t(k) ? groupStarts[g + 1] : volumes.size();
        for (size_t i = unitStarts[groupStarts[g]]; i < unitStarts[endUnit]; ++i) {
            TouchpointPosition& position = proposal.evidence[i];
            position.stage = qsizetype(g);
            proposal.model.stageOf.insert(position.touchpoint, proposal.model.stages[qsizetype(g)]);
        }
    }
    return proposal;
}

} // namespace journeyscope
