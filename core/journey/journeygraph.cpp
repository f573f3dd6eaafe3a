#include "core/journey/journeygraph.h"

#include "core/base/csvtext.h"
#include "core/base/sidebyside.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <QJsonArray>
#include <queue>
#include <unordered_map>

namespace journeyscope {

namespace {

constexpr quint32 NoPerson = std::numeric_limits<quint32>::max();
constexpr int StartNode = 0; // in the compact numbering; End is the last node

/// Edge ids by (from, to): a dense matrix while nodes² is small, else a hash map.
class EdgeIndex
{
public:
    explicit EdgeIndex(int nodes)
        : m_nodes(quint64(nodes))
    {
        if (m_nodes * m_nodes <= DenseLimit)
            m_dense.assign(size_t(m_nodes * m_nodes), -1);
    }

    int find(int from, int to) const
    {
        if (!m_dense.empty())
            return m_dense[size_t(quint64(from) * m_nodes + quint64(to))];
        const auto it = m_sparse.find(key(from, to));
        return it == m_sparse.end() ? -1 : it->second;
    }

    /// The id of (from, to); \a next when new.
    int findOrAdd(int from, int to, int next)
    {
        if (!m_dense.empty()) {
            qint32& id = m_dense[size_t(quint64(from) * m_nodes + quint64(to))];
            if (id < 0)
                id = next;
            return id;
        }
        return m_sparse.emplace(key(from, to), next).first->second;
    }

private:
    static constexpr quint64 DenseLimit = quint64(1) << 22; // 16 MB of ids
    static quint64 key(int from, int to) { return (quint64(quint32(from)) << 32) | quint32(to); }

    quint64 m_nodes;
    std::vector<qint32> m_dense;
    std::unordered_map<quint64, qint32> m_sparse;
};

struct EdgeTally
{
    int from;
    int to;
    qint64 count = 0;
    qint64 customers = 0;
    quint32 lastPerson = NoPerson;
};

/// Runs \a pass(half, first person, end person, state) over the two halves (0 and 1) of
/// \a view's people side by side, each half with a state of its own made from \a initial.
template <typename State, typename Pass>
std::array<State, 2> overHalves(const EventView& view, const State& initial, Pass pass)
{
    std::array<State, 2> states{initial, initial};
    const PersonIndex middle = view.middlePerson();
    runSideBySide([&] { pass(0, PersonIndex(0), middle, states[0]); },
                  [&] { pass(1, middle, PersonIndex(view.log().personCount()), states[1]); });
    return states;
}

/// Events and people of each raw node, and of the whole view.
struct NodeTally
{
    std::vector<qint64> events, customers;
    std::vector<quint32> lastPerson;
    qint64 journeys = 0, people = 0, allEvents = 0;
};

/// The transitions of the kept events, and where journeys start, end and exit.
struct TransitionTally
{
    EdgeIndex index;
    std::vector<EdgeTally> edges;
    std::vector<qint64> starts, ends, exits; ///< per compact node

    void add(int from, int to, PersonIndex person)
    {
        const int id = index.findOrAdd(from, to, int(edges.size()));
        if (size_t(id) == edges.size())
            edges.push_back({from, to});
        EdgeTally& edge = edges[size_t(id)];
        ++edge.count;
        if (edge.lastPerson != person) {
            edge.lastPerson = person;
            ++edge.customers;
        }
    }
};

/**
 * Walks the kept events of \a journey: onTransition(from, to, fromEvent, toEvent) for each
 * step, Start (fromEvent meaningless) first; returns the last node, or StartNode when no
 * event was kept.
 */
template <typename OnTransition>
int walk(const Journey& journey, const quint16* touchpoints, const qint32* nodeOf,
         bool mergeRepeats, OnTransition&& onTransition)
{
    int previous = StartNode;
    quint32 previousEvent = 0;
    for (qsizetype i = 0; i < journey.size(); ++i) {
        const quint32 event = journey[i];
        const int node = nodeOf[touchpoints[event]];
        if (node < 0)
            continue;
        if (!(mergeRepeats && node == previous))
            onTransition(previous, node, previousEvent, event);
        previous = node;
        previousEvent = event;
    }
    return previous;
}

/// ceil(percent / 100 * n), at least 1.
qint64 nearestRank(qint64 n, int percent)
{
    return std::max<qint64>((n * percent + 99) / 100, 1);
}

/**
 * The nearest-rank percentile \a percent of [begin, end) in seconds; reorders the range.
 * [begin, settled) holds the smallest values, the last of them in its sorted place: a lower
 * percentile found before.
 */
double percentileSeconds(qint64* begin, qint64* end, int percent, qint64* settled)
{
    qint64* nth = begin + nearestRank(end - begin, percent) - 1;
    if (nth >= settled)
        std::nth_element(settled, nth, end);
    return double(*nth) / 1000.0;
}

QString uniqueName(QString name, const QStringList& taken)
{
    while (taken.contains(name))
        name = QLatin1Char('[') + name + QLatin1Char(']');
    return name;
}

const char* kindName(GraphNode::Kind kind)
{
    switch (kind) {
    case GraphNode::Kind::Start:
        return "start";
    case GraphNode::Kind::End:
        return "end";
    case GraphNode::Kind::Touchpoint:
        return "touchpoint";
    case GraphNode::Kind::Stage:
        return "stage";
    case GraphNode::Kind::NoStage:
        return "no_stage";
    }
    return "";
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 15);
}

/// A DOT double-quoted string; backslashes doubled so that Graphviz shows them as typed.
QByteArray dotString(const QString& text)
{
    QByteArray out = "\"";
    const QByteArray utf8 = text.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\r')
            out += (i + 1 < utf8.size() && utf8[i + 1] == '\n') ? "" : "\\n";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out + '"';
}

QByteArray penwidth(qint64 value, qint64 max)
{
    return QByteArray::number(1.0 + 5.0 * double(value) / double(std::max<qint64>(max, 1)), 'f', 2);
}

/**
 * The edges to keep, by the rule of GraphOptions: the strongest share, each node's strongest
 * incoming and outgoing edge, then edges that make every node reachable from Start and
 * able to reach End. \a edges are in node order.
 */
std::vector<char> keptEdges(const std::vector<GraphEdge>& edges, int nodeCount, double share)
{
    const size_t m = edges.size();
    std::vector<char> kept(m, 0);
    std::vector<size_t> byCount(m);
    for (size_t i = 0; i < m; ++i)
        byCount[i] = i;
    std::stable_sort(byCount.begin(), byCount.end(),
                     [&](size_t a, size_t b) { return edges[a].count > edges[b].count; });
    const size_t strongest =
        std::min(m, size_t(std::ceil(std::clamp(share, 0.0, 1.0) * double(m) - 1e-9)));
    for (size_t i = 0; i < strongest; ++i)
        kept[byCount[i]] = 1;

    const int end = nodeCount - 1;
    std::vector<int> bestIn(size_t(nodeCount), -1), bestOut(size_t(nodeCount), -1);
    for (size_t i = 0; i < m; ++i) {
        const GraphEdge& edge = edges[i];
        if (edge.from == edge.to)
            continue; // a loop connects nothing
        int& in = bestIn[size_t(edge.to)];
        if (in < 0 || edge.count > edges[size_t(in)].count)
            in = int(i);
        int& out = bestOut[size_t(edge.from)];
        if (out < 0 || edge.count > edges[size_t(out)].count)
            out = int(i);
    }
    for (int node = StartNode + 1; node < end; ++node) {
        if (bestIn[size_t(node)] >= 0)
            kept[size_t(bestIn[size_t(node)])] = 1;
        if (bestOut[size_t(node)] >= 0)
            kept[size_t(bestOut[size_t(node)])] = 1;
    }

    // Prim-like growth: from the reached nodes, the strongest edge to an unreached one.
    std::vector<std::vector<size_t>> out(static_cast<size_t>(nodeCount));
    std::vector<std::vector<size_t>> in(static_cast<size_t>(nodeCount));
    for (size_t i = 0; i < m; ++i) {
        out[size_t(edges[i].from)].push_back(i);
        in[size_t(edges[i].to)].push_back(i);
    }
    const auto grow = [&](int root, const std::vector<std::vector<size_t>>& adjacent,
                          bool forward) {
        const auto far = [&](size_t i) { return forward ? edges[i].to : edges[i].from; };
        const auto weaker = [&](size_t a, size_t b) {
            return edges[a].count != edges[b].count ? edges[a].count < edges[b].count : a > b;
        };
        std::priority_queue<size_t, std::vector<size_t>, decltype(weaker)> candidates(weaker);
        std::vector<char> reached(size_t(nodeCount), 0);
        std::vector<int> stack;
        const auto reach = [&](int node) {
            reached[size_t(node)] = 1;
            stack.push_back(node);
            while (!stack.empty()) {
                const int at = stack.back();
                stack.pop_back();
                for (const size_t i : adjacent[size_t(at)]) {
                    const int next = far(i);
                    if (reached[size_t(next)])
                        continue;
                    if (kept[i]) {
                        reached[size_t(next)] = 1;
                        stack.push_back(next);
                    } else {
                        candidates.push(i);
                    }
                }
            }
        };
        reach(root);
        while (!candidates.empty()) {
            const size_t i = candidates.top();
            candidates.pop();
            if (reached[size_t(far(i))])
                continue;
            kept[i] = 1;
            reach(far(i));
        }
    };
    grow(StartNode, out, true);
    grow(end, in, false);
    return kept;
}

} // namespace

int JourneyGraph::nodeIndex(QStringView name) const
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].name == name)
            return int(i);
    }
    return -1;
}

int JourneyGraph::edgeIndex(int from, int to) const
{
    for (size_t i = 0; i < edges.size(); ++i) {
        if (edges[i].from == from && edges[i].to == to)
            return int(i);
    }
    return -1;
}

JourneyGraph buildJourneyGraph(const EventView& view, const GraphOptions& options)
{
    const EventLog& log = view.log();
    const bool byStage = options.level == GraphLevel::Stage;
    JourneyGraph graph;
    graph.level = options.level;
    graph.scope = view.scope();

    // Raw nodes: touchpoints, or stages and then "(no stage)".
    const int touchpointCount = int(log.touchpointNames().size());
    const int rawCount = byStage ? int(log.stageNames().size()) + 1 : touchpointCount;
    std::vector<qint32> rawOf(static_cast<size_t>(touchpointCount));
    for (int t = 0; t < touchpointCount; ++t) {
        const qint16 stage =
            size_t(t) < log.touchpointStages().size() ? log.touchpointStages()[size_t(t)] : -1;
        rawOf[size_t(t)] = !byStage ? t : stage >= 0 ? stage : rawCount - 1;
    }

    // Pass 1: events and people of each raw node, journeys and people.
    const quint16* touchpoints = log.touchpoints().data();
    NodeTally emptyNodes;
    emptyNodes.events.assign(size_t(rawCount), 0);
    emptyNodes.customers.assign(size_t(rawCount), 0);
    emptyNodes.lastPerson.assign(size_t(rawCount), NoPerson);
    const auto nodeHalves = overHalves(
        view, emptyNodes, [&](int, PersonIndex first, PersonIndex end, NodeTally& tally) {
            quint32 lastJourneyPerson = NoPerson;
            view.forEachJourney(
                [&](const Journey& journey) {
                    ++tally.journeys;
                    const PersonIndex person = journey.person();
                    if (person != lastJourneyPerson) {
                        ++tally.people;
                        lastJourneyPerson = person;
                    }
                    tally.allEvents += journey.size();
                    for (qsizetype i = 0; i < journey.size(); ++i) {
                        const size_t raw = size_t(rawOf[touchpoints[journey[i]]]);
                        ++tally.events[raw];
                        if (tally.lastPerson[raw] != person) {
                            tally.lastPerson[raw] = person;
                            ++tally.customers[raw];
                        }
                    }
                },
                first, end);
        });
    // The halves hold different people: their counts add up.
    std::vector<qint64> rawEvents(static_cast<size_t>(rawCount), 0);
    std::vector<qint64> rawCustomers(static_cast<size_t>(rawCount), 0);
    for (const NodeTally& half : nodeHalves) {
        graph.journeys += half.journeys;
        graph.customers += half.people;
        graph.events += half.allEvents;
        for (size_t raw = 0; raw < size_t(rawCount); ++raw) {
            rawEvents[raw] += half.events[raw];
            rawCustomers[raw] += half.customers[raw];
        }
    }

    // The nodes kept: the most frequent share of those seen.
    std::vector<int> seen;
    for (int raw = 0; raw < rawCount; ++raw) {
        if (rawEvents[size_t(raw)] > 0)
            seen.push_back(raw);
    }
    std::vector<int> byEvents = seen;
    std::stable_sort(byEvents.begin(), byEvents.end(),
                     [&](int a, int b) { return rawEvents[size_t(a)] > rawEvents[size_t(b)]; });
    const size_t keepNodes = std::clamp<size_t>(
        size_t(std::ceil(std::clamp(options.nodeShare, 0.0, 1.0) * double(seen.size()) - 1e-9)),
        std::min<size_t>(1, seen.size()), seen.size());
    std::vector<char> rawKept(size_t(rawCount), 0);
    qint64 hiddenEvents = graph.events;
    for (size_t i = 0; i < keepNodes; ++i) {
        rawKept[size_t(byEvents[i])] = 1;
        hiddenEvents -= rawEvents[size_t(byEvents[i])];
    }
    graph.hiddenEventShare = graph.events > 0 ? double(hiddenEvents) / double(graph.events) : 0.0;

    // Compact numbering: Start, the kept nodes in raw order, End.
    QStringList taken = byStage ? log.stageNames() : log.touchpointNames();
    const QString noStageName = uniqueName(QStringLiteral("(no stage)"), taken);
    if (byStage)
        taken.append(noStageName);
    GraphNode start;
    start.name = uniqueName(QStringLiteral("Start"), taken);
    start.kind = GraphNode::Kind::Start;
    start.customers = graph.customers;
    graph.nodes.push_back(start);
    std::vector<qint32> compactOfRaw(size_t(rawCount), -1);
    for (const int raw : seen) {
        if (!rawKept[size_t(raw)])
            continue;
        compactOfRaw[size_t(raw)] = qint32(graph.nodes.size());
        GraphNode node;
        if (!byStage) {
            node.name = log.touchpointNames()[raw];
            node.kind = GraphNode::Kind::Touchpoint;
            node.index = raw;
        } else if (raw < rawCount - 1) {
            node.name = log.stageNames()[raw];
            node.kind = GraphNode::Kind::Stage;
            node.index = raw;
        } else {
            node.name = noStageName;
            node.kind = GraphNode::Kind::NoStage;
        }
        node.events = rawEvents[size_t(raw)];
        node.customers = rawCustomers[size_t(raw)];
        graph.nodes.push_back(node);
    }
    GraphNode end;
    end.name = uniqueName(QStringLiteral("End"), taken);
    end.kind = GraphNode::Kind::End;
    end.customers = graph.customers;
    graph.nodes.push_back(end);
    const int nodeCount = int(graph.nodes.size());
    const int endNode = nodeCount - 1;
    std::vector<qint32> nodeOf(static_cast<size_t>(touchpointCount));
    for (int t = 0; t < touchpointCount; ++t)
        nodeOf[size_t(t)] = compactOfRaw[size_t(rawOf[size_t(t)])];

    // Pass 2: transitions, starts, ends and exits over the kept events.
    const qint64 dataEndMs = options.dataEndMs ? *options.dataEndMs : log.lastMs().value_or(0);
    const qint32* nodeOfTouchpoint = nodeOf.data();
    TransitionTally emptyTransitions{EdgeIndex(nodeCount), {}, {}, {}, {}};
    emptyTransitions.starts.assign(size_t(nodeCount), 0);
    emptyTransitions.ends.assign(size_t(nodeCount), 0);
    emptyTransitions.exits.assign(size_t(nodeCount), 0);
    auto transitionHalves = overHalves(
        view, emptyTransitions,
        [&](int, PersonIndex first, PersonIndex end, TransitionTally& tally) {
            view.forEachJourney(
                [&](const Journey& journey) {
                    const PersonIndex person = journey.person();
                    const int last = walk(journey, touchpoints, nodeOfTouchpoint, byStage,
                                          [&](int from, int to, quint32, quint32) {
                                              if (from == StartNode)
                                                  ++tally.starts[size_t(to)];
                                              tally.add(from, to, person);
                                          });
                    tally.add(last, endNode, person);
                    if (last == StartNode)
                        return;
                    ++tally.ends[size_t(last)];
                    if (options.goal &&
                        options.goal->outcome(log, journey, dataEndMs) == Outcome::DroppedOff)
                        ++tally.exits[size_t(last)];
                },
                first, end);
        });
    // The second half merged into the first: the first half's edges keep their ids.
    TransitionTally& merged = transitionHalves[0];
    const TransitionTally& second = transitionHalves[1];
    std::vector<qint64> firstHalfCount;
    for (const EdgeTally& edge : merged.edges)
        firstHalfCount.push_back(edge.count);
    for (const EdgeTally& edge : second.edges) {
        const int id = merged.index.findOrAdd(edge.from, edge.to, int(merged.edges.size()));
        if (size_t(id) == merged.edges.size()) {
            merged.edges.push_back({edge.from, edge.to});
            firstHalfCount.push_back(0);
        }
        merged.edges[size_t(id)].count += edge.count;
        merged.edges[size_t(id)].customers += edge.customers; // different people
    }
    for (int node = 0; node < nodeCount; ++node) {
        GraphNode& graphNode = graph.nodes[size_t(node)];
        graphNode.starts = merged.starts[size_t(node)] + second.starts[size_t(node)];
        graphNode.ends = merged.ends[size_t(node)] + second.ends[size_t(node)];
        graphNode.exits = merged.exits[size_t(node)] + second.exits[size_t(node)];
    }
    const std::vector<EdgeTally>& tallies = merged.edges;
    const EdgeIndex& index = merged.index;

    // Pass 3: the durations of each edge between events, in one array by edge; each half
    // fills its own part of every edge's range.
    std::vector<qint64> offsets(tallies.size() + 1, 0);
    for (size_t i = 0; i < tallies.size(); ++i) {
        const bool timed = tallies[i].from != StartNode && tallies[i].to != endNode;
        offsets[i + 1] = offsets[i] + (timed ? tallies[i].count : 0);
    }
    std::vector<qint64> durations(static_cast<size_t>(offsets.back()));
    if (!durations.empty()) {
        std::vector<qint64> firstCursor(offsets.begin(), offsets.end() - 1);
        std::vector<qint64> secondCursor(firstCursor);
        for (size_t i = 0; i < tallies.size(); ++i)
            secondCursor[i] += firstHalfCount[i];
        const std::array<std::vector<qint64>, 2> cursors{std::move(firstCursor),
                                                         std::move(secondCursor)};
        const qint64* times = log.times().data();
        overHalves(view, 0, [&](int half, PersonIndex first, PersonIndex end, int&) {
            std::vector<qint64> cursor = cursors[size_t(half)];
            view.forEachJourney(
                [&](const Journey& journey) {
                    walk(journey, touchpoints, nodeOfTouchpoint, byStage,
                         [&](int from, int to, quint32 fromEvent, quint32 toEvent) {
                             if (from != StartNode) {
                                 const size_t id = size_t(index.find(from, to));
                                 durations[size_t(cursor[id]++)] =
                                     times[toEvent] - times[fromEvent];
                             }
                         });
                },
                first, end);
        });
    }

    // Every edge in node order, with probabilities and times.
    std::vector<size_t> order(tallies.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return std::pair(tallies[a].from, tallies[a].to) <
               std::pair(tallies[b].from, tallies[b].to);
    });
    std::vector<qint64> outgoing(size_t(nodeCount), 0);
    for (const EdgeTally& edge : tallies)
        outgoing[size_t(edge.from)] += edge.count;
    std::vector<GraphEdge> all(order.size());
    qint64 transitions = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        const EdgeTally& tallied = tallies[order[i]];
        GraphEdge& edge = all[i];
        edge.from = tallied.from;
        edge.to = tallied.to;
        edge.count = tallied.count;
        edge.customers = tallied.customers;
        edge.probability = double(tallied.count) / double(outgoing[size_t(tallied.from)]);
        transitions += edge.count;
    }
    // The percentiles of each edge's own range: half of the edges on a second thread.
    const auto percentiles = [&](size_t first, size_t end) {
        for (size_t i = first; i < end; ++i) {
            const size_t id = order[i];
            if (offsets[id + 1] > offsets[id]) {
                qint64* begin = durations.data() + offsets[id];
                qint64* stop = durations.data() + offsets[id + 1];
                all[i].medianSeconds = percentileSeconds(begin, stop, 50, begin);
                all[i].p90Seconds =
                    percentileSeconds(begin, stop, 90, begin + nearestRank(stop - begin, 50));
            }
        }
    };
    // Split where half of the durations lie on each side.
    size_t split = 0;
    for (qint64 before = 0; split < order.size() && 2 * before < offsets.back(); ++split)
        before += offsets[order[split] + 1] - offsets[order[split]];
    runSideBySide([&] { percentiles(0, split); }, [&] { percentiles(split, order.size()); });

    const std::vector<char> kept = keptEdges(all, nodeCount, options.edgeShare);
    qint64 hiddenTransitions = 0;
    for (size_t i = 0; i < all.size(); ++i) {
        if (kept[i])
            graph.edges.push_back(all[i]);
        else
            hiddenTransitions += all[i].count;
    }
    graph.hiddenTransitionShare =
        transitions > 0 ? double(hiddenTransitions) / double(transitions) : 0.0;
    return graph;
}

QJsonObject JourneyGraph::toJson() const
{
    QJsonArray nodeArray;
    for (const GraphNode& node : nodes) {
        nodeArray.append(QJsonObject{
            {QStringLiteral("name"), node.name},
            {QStringLiteral("kind"), QLatin1String(kindName(node.kind))},
            {QStringLiteral("events"), node.events},
            {QStringLiteral("customers"), node.customers},
            {QStringLiteral("starts"), node.starts},
            {QStringLiteral("ends"), node.ends},
            {QStringLiteral("exits"), node.exits},
        });
    }
    const auto seconds = [](const std::optional<double>& value) {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray edgeArray;
    for (const GraphEdge& edge : edges) {
        edgeArray.append(QJsonObject{
            {QStringLiteral("from"), nodes[size_t(edge.from)].name},
            {QStringLiteral("to"), nodes[size_t(edge.to)].name},
            {QStringLiteral("count"), edge.count},
            {QStringLiteral("customers"), edge.customers},
            {QStringLiteral("probability"), edge.probability},
            {QStringLiteral("median_seconds"), seconds(edge.medianSeconds)},
            {QStringLiteral("p90_seconds"), seconds(edge.p90Seconds)},
        });
    }
    return QJsonObject{
        {QStringLiteral("level"),
         level == GraphLevel::Stage ? QStringLiteral("stage") : QStringLiteral("touchpoint")},
        {QStringLiteral("by"),
         scope == JourneyScope::Session ? QStringLiteral("session") : QStringLiteral("customer")},
        {QStringLiteral("journeys"), journeys},
        {QStringLiteral("customers"), customers},
        {QStringLiteral("events"), events},
        {QStringLiteral("nodes"), nodeArray},
        {QStringLiteral("edges"), edgeArray},
        {QStringLiteral("hidden"),
         QJsonObject{{QStringLiteral("events"), hiddenEventShare},
                     {QStringLiteral("transitions"), hiddenTransitionShare}}},
    };
}

QByteArray JourneyGraph::toCsv() const
{
    QByteArray csv = "from,to,count,customers,probability,median_seconds,p90_seconds\r\n";
    for (const GraphEdge& edge : edges) {
        csv += csvField(nodes[size_t(edge.from)].name).toUtf8() + ',' +
               csvField(nodes[size_t(edge.to)].name).toUtf8() + ',' +
               QByteArray::number(edge.count) + ',' + QByteArray::number(edge.customers) + ',' +
               number(edge.probability) + ',' +
               (edge.medianSeconds ? number(*edge.medianSeconds) : QByteArray()) + ',' +
               (edge.p90Seconds ? number(*edge.p90Seconds) : QByteArray()) + "\r\n";
    }
    return csv;
}

QByteArray JourneyGraph::toDot() const
{
    qint64 maxNode = journeys;
    for (const GraphNode& node : nodes)
        maxNode = std::max(maxNode, node.events);
    qint64 maxEdge = 0;
    for (const GraphEdge& edge : edges)
        maxEdge = std::max(maxEdge, edge.count);

    QByteArray dot = "digraph journey {\n"
                     "  rankdir=LR;\n"
                     "  node [shape=box, style=rounded];\n";
    for (size_t i = 0; i < nodes.size(); ++i) {
        const GraphNode& node = nodes[i];
        const bool special =
            node.kind == GraphNode::Kind::Start || node.kind == GraphNode::Kind::End;
        const qint64 amount = special ? journeys : node.events;
        dot += "  n" + QByteArray::number(qulonglong(i)) +
               " [label=" + dotString(node.name + QLatin1Char('\n') + QString::number(amount)) +
               ", penwidth=" + penwidth(amount, maxNode) +
               (special ? ", shape=ellipse, style=filled" : "") + "];\n";
    }
    for (const GraphEdge& edge : edges) {
        dot += "  n" + QByteArray::number(edge.from) + " -> n" + QByteArray::number(edge.to) +
               " [label=" + dotString(QString::number(edge.count)) +
               ", penwidth=" + penwidth(edge.count, maxEdge) + "];\n";
    }
    return dot + "}\n";
}

} // namespace journeyscope
