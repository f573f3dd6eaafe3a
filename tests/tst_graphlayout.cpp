// Graph layout through Graphviz: the geometry of a small graph checked by hand (sizes kept,
// y flipped, ranks left to right, edges from box to box), and generated cyclic graphs of
// 50, 150 and 300 nodes laid out within generous bounds (speed is measured by the bench).

#include "core/base/error.h"
#include "core/base/feedback.h"
#include "core/journey/segmentation.h"
#include "core/layout/graphlayout.h"
#include "core/layout/layoutcache.h"

#include <QElapsedTimer>
#include <QTest>

using namespace journeyscope;

namespace {

/// \a nodes touchpoints in 5 stages (ranks), three edges out of each, a third going back.
LayoutInput cyclicGraph(int nodes, quint64 seed)
{
    SeededRandom random(seed);
    LayoutInput input;
    for (int i = 0; i < nodes; ++i)
        input.nodes.push_back({QStringLiteral("T%1").arg(i), 90, 30, i * 5 / nodes, double(i)});
    for (int i = 0; i < nodes; ++i) {
        for (int k = 0; k < 3; ++k)
            input.edges.push_back({i, int(random.below(quint64(nodes))), 1.0 + double(k)});
    }
    return input;
}

double distanceToBox(const QPointF& p, const QRectF& box)
{
    const double dx = std::max({box.left() - p.x(), 0.0, p.x() - box.right()});
    const double dy = std::max({box.top() - p.y(), 0.0, p.y() - box.bottom()});
    return std::hypot(dx, dy);
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallGraphByHand()
    {
        // Start -> A -> B -> End, B -> A back.
        LayoutInput input;
        input.nodes = {{QStringLiteral("Start"), 40, 20, 0, 0},
                       {QStringLiteral("A"), 100, 30, 1, 0},
                       {QStringLiteral("B"), 80, 40, 2, 0},
                       {QStringLiteral("End"), 40, 20, 3, 0}};
        input.edges = {{0, 1}, {1, 2}, {2, 3}, {2, 1}};
        const GraphLayout layout = layoutGraph(input);
        QCOMPARE(layout.nodes.size(), size_t(4));
        QCOMPARE(layout.edges.size(), size_t(4));
        QCOMPARE(layout.nodes[1].box.width(), 100.0);
        QCOMPARE(layout.nodes[2].box.height(), 40.0);
        for (size_t i = 0; i + 1 < layout.nodes.size(); ++i)
            QVERIFY(layout.nodes[i].box.right() < layout.nodes[i + 1].box.left());
        for (const GraphLayout::Node& node : layout.nodes)
            QVERIFY(layout.bounds.contains(node.box));
        QVERIFY(!layout.edges[0].backward);
        QVERIFY(layout.edges[3].backward);
        for (size_t e = 0; e < input.edges.size(); ++e) {
            const GraphLayout::Edge& edge = layout.edges[e];
            QVERIFY(edge.path.size() >= 4);
            QCOMPARE((edge.path.size() - 1) % 3, size_t(0));
            QVERIFY(distanceToBox(edge.path.front(),
                                  layout.nodes[size_t(input.edges[e].from)].box) < 2);
            QVERIFY(distanceToBox(edge.arrowTip, layout.nodes[size_t(input.edges[e].to)].box) < 2);
        }
    }

    void cyclicGraphs_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::newRow("50") << 50;
        QTest::newRow("150") << 150;
        QTest::newRow("300") << 300;
    }

    void cyclicGraphs()
    {
        QFETCH(int, nodes);
        const LayoutInput input = cyclicGraph(nodes, 42);
        QElapsedTimer timer;
        timer.start();
        const GraphLayout layout = layoutGraph(input);
        const double seconds = double(timer.elapsed()) / 1000;
        qInfo("%d nodes, %zu edges: %.3f s", nodes, input.edges.size(), seconds);
        // dot's defaults took a minute on such graphs; a bound far from that, not a goal.
        QVERIFY2(seconds < 20, qPrintable(QString::number(seconds)));
        // Every rank left of the next, and no two boxes overlapping.
        for (size_t a = 0; a < layout.nodes.size(); ++a) {
            for (size_t b = 0; b < layout.nodes.size(); ++b) {
                if (input.nodes[a].rank < input.nodes[b].rank)
                    QVERIFY(layout.nodes[a].box.right() < layout.nodes[b].box.left());
                if (a != b)
                    QVERIFY(!layout.nodes[a].box.intersects(layout.nodes[b].box));
            }
        }
    }

    void cacheLaysOutEachGraphOnce()
    {
        LayoutCache cache(2);
        const LayoutInput first = cyclicGraph(30, 1);
        const GraphLayout a = cache.layout(first);
        const GraphLayout again = cache.layout(first);
        QCOMPARE(cache.hits(), qint64(1));
        QCOMPARE(again.bounds, a.bounds);
        QCOMPARE(again.nodes.size(), a.nodes.size());
        for (size_t i = 0; i < a.nodes.size(); ++i)
            QCOMPARE(again.nodes[i].box, a.nodes[i].box);
        // Another size of one box is another layout.
        LayoutInput wider = first;
        wider.nodes[3].width += 40;
        QVERIFY(LayoutCache::keyOf(wider) != LayoutCache::keyOf(first));
        cache.layout(wider);
        QCOMPARE(cache.hits(), qint64(1));
        QCOMPARE(cache.size(), size_t(2));
        // A third graph pushes out the least recently used (first), not wider.
        cache.layout(cyclicGraph(20, 2));
        QCOMPARE(cache.size(), size_t(2));
        cache.layout(wider);
        QCOMPARE(cache.hits(), qint64(2));
        cache.layout(first);
        QCOMPARE(cache.hits(), qint64(2)); // laid out again
    }

    void badEdgeAndCancel()
    {
        LayoutInput input;
        input.nodes = {{QStringLiteral("A"), 50, 20, 0, 0}};
        input.edges = {{0, 3}};
        QVERIFY_THROWS_EXCEPTION(Error, layoutGraph(input));
        Feedback feedback;
        feedback.cancel();
        input.edges.clear();
        QVERIFY_THROWS_EXCEPTION(Canceled, layoutGraph(input, &feedback));
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
