#include "core/journey/journeygraph.h"

#include "core/base/csvtext.h"
#include "core/journey/eventloggraphcounter.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <queue>

namespace journeyscope {

namespace {

constexpr int StartNode = 0; // in the compact numbering; End is the last node

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
 * able to reach End. \a edges are in node order. Of edges as strong, the one whose ends'
 * names come first wins, so the choice does not depend on how a source numbers its nodes.
 */
std::vector<char> keptEdges(const std::vector<GraphEdge>& edges,
                            const std::vector<GraphNode>& nodes, double share)
{
    const int nodeCount = int(nodes.size());
    const size_t m = edges.size();
    std::vector<char> kept(m, 0);
    std::vector<size_t> byCount(m);
    for (size_t i = 0; i < m; ++i)
        byCount[i] = i;
    const auto ends = [&](size_t i) {
        return std::pair<const QString&, const QString&>(nodes[size_t(edges[i].from)].name,
                                                         nodes[size_t(edges[i].to)].name);
    };
    std::sort(byCount.begin(), byCount.end(), [&](size_t a, size_t b) {
        return edges[a].count != edges[b].count ? edges[a].count > edges[b].count
                                                : ends(a) < ends(b);
    });
    std::vector<size_t> rank(m); // 0: the strongest
    for (size_t r = 0; r < m; ++r)
        rank[byCount[r]] = r;
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
        if (in < 0 || rank[i] < rank[size_t(in)])
            in = int(i);
        int& out = bestOut[size_t(edge.from)];
        if (out < 0 || rank[i] < rank[size_t(out)])
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
        const auto weaker = [&](size_t a, size_t b) { return rank[a] > rank[b]; };
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
    return buildJourneyGraph(EventLogGraphCounter::vocabulary(view.log()),
                             EventLogGraphCounter(view), options);
}

JourneyGraph buildJourneyGraph(const GraphVocabulary& names, const GraphCounter& counter,
                               const GraphOptions& options)
{
    const bool byStage = options.level == GraphLevel::Stage;
    JourneyGraph graph;
    graph.level = options.level;
    graph.scope = counter.scope();

    // Raw nodes: touchpoints, or stages and then "(no stage)".
    const int touchpointCount = int(names.touchpoints.size());
    const int rawCount = byStage ? int(names.stages.size()) + 1 : touchpointCount;
    std::vector<qint32> rawOf(static_cast<size_t>(touchpointCount));
    for (int t = 0; t < touchpointCount; ++t) {
        const qint16 stage =
            size_t(t) < names.touchpointStages.size() ? names.touchpointStages[size_t(t)] : -1;
        rawOf[size_t(t)] = !byStage ? t : stage >= 0 ? stage : rawCount - 1;
    }

    // Events and people of each raw node, journeys and people.
    const GraphNodeCounts nodeCounts = counter.countNodes(rawOf, rawCount);
    graph.journeys = nodeCounts.journeys;
    graph.customers = nodeCounts.people;
    graph.events = nodeCounts.allEvents;
    const std::vector<qint64>& rawEvents = nodeCounts.events;
    const std::vector<qint64>& rawCustomers = nodeCounts.customers;

    // The nodes kept: the most frequent share of those seen.
    std::vector<int> seen;
    for (int raw = 0; raw < rawCount; ++raw) {
        if (rawEvents[size_t(raw)] > 0)
            seen.push_back(raw);
    }
    std::vector<int> byEvents = seen;
    // Ties by name for touchpoints (sources number them apart), by position for stages.
    std::sort(byEvents.begin(), byEvents.end(), [&](int a, int b) {
        if (rawEvents[size_t(a)] != rawEvents[size_t(b)])
            return rawEvents[size_t(a)] > rawEvents[size_t(b)];
        return byStage ? a < b : names.touchpoints[a] < names.touchpoints[b];
    });
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
    QStringList taken = byStage ? names.stages : names.touchpoints;
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
            node.name = names.touchpoints[raw];
            node.kind = GraphNode::Kind::Touchpoint;
            node.index = raw;
        } else if (raw < rawCount - 1) {
            node.name = names.stages[raw];
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
    std::vector<qint32> nodeOf(static_cast<size_t>(touchpointCount));
    for (int t = 0; t < touchpointCount; ++t)
        nodeOf[size_t(t)] = compactOfRaw[size_t(rawOf[size_t(t)])];

    // Transitions, starts, ends and exits over the kept events.
    GraphTransitionCounts counts =
        counter.countTransitions(nodeOf, nodeCount, byStage, options.goal, options.dataEndMs);
    for (size_t node = 0; node < size_t(nodeCount); ++node) {
        graph.nodes[node].starts = counts.starts[node];
        graph.nodes[node].ends = counts.ends[node];
        graph.nodes[node].exits = counts.exits[node];
    }

    // Every edge in node order, with probabilities.
    std::sort(counts.edges.begin(), counts.edges.end(),
              [](const GraphEdgeCounts& a, const GraphEdgeCounts& b) {
                  return std::pair(a.from, a.to) < std::pair(b.from, b.to);
              });
    std::vector<qint64> outgoing(size_t(nodeCount), 0);
    for (const GraphEdgeCounts& edge : counts.edges)
        outgoing[size_t(edge.from)] += edge.count;
    std::vector<GraphEdge> all;
    qint64 transitions = 0;
    for (const GraphEdgeCounts& counted : counts.edges) {
        GraphEdge edge;
        edge.from = counted.from;
        edge.to = counted.to;
        edge.count = counted.count;
        edge.customers = counted.customers;
        edge.probability = double(counted.count) / double(outgoing[size_t(counted.from)]);
        edge.medianSeconds = counted.medianSeconds;
        edge.p90Seconds = counted.p90Seconds;
        all.push_back(edge);
        transitions += edge.count;
    }

    const std::vector<char> kept = keptEdges(all, graph.nodes, options.edgeShare);
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
