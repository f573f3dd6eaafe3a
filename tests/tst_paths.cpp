// Paths: variants ranked with coverage (also when two sequences share a hash), Sankey paths
// from and to an anchor with "(other)" and end nodes, the step matrix, and agreement with
// naive implementations on generated journeys and on a public event log.

#include "core/journey/paths.h"
#include "tests/importtesthelpers.h"
#include "tests/support/casefile.h"

#include <algorithm>
#include <map>
#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

/// A log from lines "person A B C": one event a second.
EventLog logOf(const QStringList& lines)
{
    EventLog::Builder builder;
    for (const QString& line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < parts.size(); ++i)
            builder.add(parts[0], i * 1000, parts[i]);
    }
    return std::move(builder).build();
}

/// "A B C=3 (0.375, 0.375)" for each listed variant.
QStringList variantRows(const VariantsResult& result)
{
    QStringList rows;
    for (const PathVariant& variant : result.top) {
        rows.append(QStringLiteral("%1=%2 (%3, %4)")
                        .arg(variant.path.join(QLatin1Char(' ')))
                        .arg(variant.count)
                        .arg(variant.share)
                        .arg(variant.cumulativeShare));
    }
    return rows;
}

/// "step:name=count" for each node, in order.
QStringList nodeRows(const AnchorPaths& paths)
{
    QStringList rows;
    for (const SankeyNode& node : paths.nodes)
        rows.append(QStringLiteral("%1:%2=%3").arg(node.step).arg(node.name).arg(node.count));
    return rows;
}

/// "source>target=count" for each link, by node name and step.
QStringList linkRows(const AnchorPaths& paths)
{
    QStringList rows;
    const auto label = [&](int node) {
        return QStringLiteral("%1@%2")
            .arg(paths.nodes[size_t(node)].name)
            .arg(paths.nodes[size_t(node)].step);
    };
    for (const SankeyLink& link : paths.links)
        rows.append(label(link.source) + QLatin1Char('>') + label(link.target) + QLatin1Char('=') +
                    QString::number(link.count));
    return rows;
}

/// The same polynomial hash as the variant table, to show the premise of the collision test.
quint64 polynomialHash(const std::vector<quint16>& touchpoints)
{
    quint64 hash = 0;
    for (const quint16 touchpoint : touchpoints)
        hash = (hash + touchpoint + 1) * 0x9E3779B97F4A7C15ULL;
    return hash;
}

/// The cases of a CaseID,ActivityID,CompleteTimestamp file as activity sequences.
std::map<QString, QStringList> readCaseSequences(const QString& path)
{
    std::map<QString, QStringList> sequences;
    for (const auto& [id, events] : readCaseFile(path)) {
        for (const CaseEvent& event : events)
            sequences[id].append(event.activity);
    }
    return sequences;
}

/// Variants ranked the naive way: a map from the sequence of names, then a sort.
std::vector<std::pair<QStringList, qint64>> naiveVariants(const std::vector<QStringList>& journeys)
{
    std::map<QStringList, qint64> counts;
    for (const QStringList& journey : journeys)
        ++counts[journey];
    std::vector<std::pair<QStringList, qint64>> ranked(counts.begin(), counts.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return ranked;
}

void compareWithNaive(const VariantsResult& result,
                      const std::vector<std::pair<QStringList, qint64>>& naive, qint64 journeys,
                      size_t listed)
{
    QCOMPARE(result.journeys, journeys);
    QCOMPARE(result.variants, qint64(naive.size()));
    QCOMPARE(result.top.size(), std::min(listed, naive.size()));
    qint64 cumulative = 0;
    for (size_t i = 0; i < result.top.size(); ++i) {
        QCOMPARE(result.top[i].path, naive[i].first);
        QCOMPARE(result.top[i].count, naive[i].second);
        cumulative += naive[i].second;
        QCOMPARE(result.top[i].cumulativeShare, double(cumulative) / double(journeys));
    }
}

/// Six journeys around the anchor A, for paths from and to it.
EventLog anchorLog()
{
    return logOf({
        QStringLiteral("j1 X A B C"),
        QStringLiteral("j2 A B D"),
        QStringLiteral("j3 A C"),
        QStringLiteral("j4 A"),
        QStringLiteral("j5 B A B"),
        QStringLiteral("j6 X Y"),
    });
}

} // namespace

class TestPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variantsWithCoverage()
    {
        // B is the first touchpoint seen, so index order differs from name order.
        const EventLog log = logOf({
            QStringLiteral("p1 B"),
            QStringLiteral("p2 A B C"),
            QStringLiteral("p3 A B"),
            QStringLiteral("p4 A B C"),
            QStringLiteral("p5 A C"),
            QStringLiteral("p6 A B"),
            QStringLiteral("p7 A"),
            QStringLiteral("p8 A B C"),
        });
        VariantsResult result = computeVariants(EventView(log));
        QCOMPARE(result.journeys, 8);
        QCOMPARE(result.variants, 5);
        // Ties by name, a prefix first: A, A C, B.
        QCOMPARE(variantRows(result), (QStringList{QStringLiteral("A B C=3 (0.375, 0.375)"),
                                                   QStringLiteral("A B=2 (0.25, 0.625)"),
                                                   QStringLiteral("A=1 (0.125, 0.75)"),
                                                   QStringLiteral("A C=1 (0.125, 0.875)"),
                                                   QStringLiteral("B=1 (0.125, 1)")}));
        QCOMPARE(result.top[0].touchpoints,
                 (std::vector<quint16>{quint16(log.touchpointIndex(u"A")),
                                       quint16(log.touchpointIndex(u"B")),
                                       quint16(log.touchpointIndex(u"C"))}));

        result = computeVariants(EventView(log), 2);
        QCOMPARE(result.variants, 5);
        QCOMPARE(variantRows(result), (QStringList{QStringLiteral("A B C=3 (0.375, 0.375)"),
                                                   QStringLiteral("A B=2 (0.25, 0.625)")}));
        const QJsonObject json = result.toJson();
        QCOMPARE(json.value(QStringLiteral("variants")).toInteger(), 5);
        QCOMPARE(json.value(QStringLiteral("journeys")).toInteger(), 8);
        const QJsonObject first = json.value(QStringLiteral("top")).toArray()[0].toObject();
        QCOMPARE(first.value(QStringLiteral("path")).toArray(),
                 (QJsonArray{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(first.value(QStringLiteral("count")).toInteger(), 3);
        QCOMPARE(first.value(QStringLiteral("share")).toDouble(), 0.375);
        QCOMPARE(first.value(QStringLiteral("cumulative_share")).toDouble(), 0.375);

        QVERIFY(computeVariants(EventView(log), 0).top.empty());
        QCOMPARE(computeVariants(EventView(log), -1).top.size(), size_t(5));
    }

    void variantsOfFilteredViews()
    {
        EventLog::Builder builder;
        builder.add(QStringLiteral("p"), 0, QStringLiteral("Home"), QStringLiteral("web"))
            .add(QStringLiteral("p"), 1000, QStringLiteral("Call"), QStringLiteral("phone"))
            .add(QStringLiteral("p"), 2000, QStringLiteral("Cart"), QStringLiteral("web"))
            .add(QStringLiteral("q"), 0, QStringLiteral("Home"), QStringLiteral("web"))
            .add(QStringLiteral("q"), 1000, QStringLiteral("Cart"), QStringLiteral("web"))
            .add(QStringLiteral("r"), 0, QStringLiteral("Home"), QStringLiteral("web"))
            .add(QStringLiteral("r"), 3600 * 1000, QStringLiteral("Cart"), QStringLiteral("web"));
        const EventLog log = std::move(builder).build();
        EventFilter web;
        web.channels = {quint8(log.channelIndex(u"web"))};
        QCOMPARE(variantRows(computeVariants(EventView(log, web))),
                 (QStringList{QStringLiteral("Home Cart=3 (1, 1)")}));
        // By session, r's Cart an hour later is a journey of its own.
        QCOMPARE(variantRows(computeVariants(EventView(log, web, JourneyScope::Session))),
                 (QStringList{QStringLiteral("Home Cart=2 (0.5, 0.5)"),
                              QStringLiteral("Cart=1 (0.25, 0.75)"),
                              QStringLiteral("Home=1 (0.25, 1)")}));
        QCOMPARE(computeVariants(EventView(log, {}, JourneyScope::Session)).variants, 4);
    }

    void hashCollisionsAreToldApart()
    {
        // Thue-Morse sequences of length 2^11 and their complements have equal polynomial
        // hashes modulo 2^64 for any odd factor: only comparing the sequences tells them apart.
        const size_t length = 2048;
        std::vector<quint16> thueMorse(length), complement(length);
        for (size_t i = 0; i < length; ++i) {
            thueMorse[i] = quint16(qPopulationCount(quint32(i)) % 2);
            complement[i] = quint16(1 - thueMorse[i]);
        }
        QCOMPARE(polynomialHash(thueMorse), polynomialHash(complement));
        QVERIFY(thueMorse != complement);

        EventLog::Builder builder;
        const QString names[] = {QStringLiteral("A"), QStringLiteral("B")};
        const auto add = [&](const QString& person, const std::vector<quint16>& sequence) {
            for (size_t i = 0; i < sequence.size(); ++i)
                builder.add(person, qint64(i), names[sequence[i]]);
        };
        add(QStringLiteral("p1"), thueMorse); // A first: index 0
        add(QStringLiteral("p2"), complement);
        add(QStringLiteral("p3"), thueMorse);
        const EventLog log = std::move(builder).build();
        QCOMPARE(log.touchpointIndex(u"A"), 0);
        const VariantsResult result = computeVariants(EventView(log));
        QCOMPARE(result.variants, 2);
        QCOMPARE(result.top.size(), size_t(2));
        QCOMPARE(result.top[0].count, 2);
        QCOMPARE(result.top[0].touchpoints, thueMorse);
        QCOMPARE(result.top[1].count, 1);
        QCOMPARE(result.top[1].touchpoints, complement);
    }

    void manyVariantsAgreeWithNaive()
    {
        // Every sequence over A, B, C of length 1 to 6, some of them repeated: enough to
        // grow the table several times.
        EventLog::Builder builder;
        std::vector<QStringList> journeys;
        int person = 0;
        for (int length = 1; length <= 6; ++length) {
            int combinations = 1;
            for (int i = 0; i < length; ++i)
                combinations *= 3;
            for (int code = 0; code < combinations; ++code) {
                QStringList journey;
                for (int i = 0, rest = code; i < length; ++i, rest /= 3)
                    journey.append(QString(QLatin1Char(char('A' + rest % 3))));
                const int copies = 1 + (code * 7 + length) % 4;
                for (int copy = 0; copy < copies; ++copy) {
                    const QString key = QString::number(person++);
                    for (qsizetype i = 0; i < journey.size(); ++i)
                        builder.add(key, i, journey[i]);
                    journeys.push_back(journey);
                }
            }
        }
        const EventLog log = std::move(builder).build();
        compareWithNaive(computeVariants(EventView(log), -1), naiveVariants(journeys),
                         qint64(journeys.size()), journeys.size());
    }

    void pathsFromAnchor()
    {
        const EventLog log = anchorLog();
        AnchorPathOptions options;
        options.anchor = quint16(log.touchpointIndex(u"A"));
        options.steps = 2;
        options.topPerStep = 1;
        const AnchorPaths paths = computeAnchorPaths(EventView(log), options);
        QCOMPARE(paths.anchor, QStringLiteral("A"));
        QCOMPARE(paths.journeys, 6);
        QCOMPARE(paths.withAnchor, 5);
        // Step 1: B 3, C 1 (other), end 1 (j4). Step 2: C 1, D 1 (other: C wins the tie by
        // name), end 2 (j3, j5).
        QCOMPARE(nodeRows(paths),
                 (QStringList{QStringLiteral("0:A=5"), QStringLiteral("1:B=3"),
                              QStringLiteral("1:(other)=1"), QStringLiteral("1:(end)=1"),
                              QStringLiteral("2:C=1"), QStringLiteral("2:(other)=1"),
                              QStringLiteral("2:(end)=2")}));
        QCOMPARE(paths.nodes[2].kind, SankeyNode::Kind::Other);
        QCOMPARE(paths.nodes[3].kind, SankeyNode::Kind::End);
        QCOMPARE(paths.nodes[0].kind, SankeyNode::Kind::Anchor);
        QCOMPARE(paths.nodes[1].touchpoint, log.touchpointIndex(u"B"));
        QCOMPARE(linkRows(paths),
                 (QStringList{QStringLiteral("A@0>B@1=3"), QStringLiteral("A@0>(other)@1=1"),
                              QStringLiteral("A@0>(end)@1=1"), QStringLiteral("B@1>C@2=1"),
                              QStringLiteral("B@1>(other)@2=1"), QStringLiteral("B@1>(end)@2=1"),
                              QStringLiteral("(other)@1>(end)@2=1")}));
        // Flows are conserved: what enters a node beyond the anchor is its count.
        for (size_t n = 1; n < paths.nodes.size(); ++n) {
            qint64 in = 0;
            for (const SankeyLink& link : paths.links)
                in += link.target == int(n) ? link.count : 0;
            QCOMPARE(in, paths.nodes[n].count);
        }

        options.topPerStep = 5;
        QCOMPARE(
            nodeRows(computeAnchorPaths(EventView(log), options)),
            (QStringList{QStringLiteral("0:A=5"), QStringLiteral("1:B=3"), QStringLiteral("1:C=1"),
                         QStringLiteral("1:(end)=1"), QStringLiteral("2:C=1"),
                         QStringLiteral("2:D=1"), QStringLiteral("2:(end)=2")}));

        const QJsonObject json = paths.toJson();
        QCOMPARE(json.value(QStringLiteral("direction")).toString(), QStringLiteral("from"));
        QCOMPARE(json.value(QStringLiteral("with_anchor")).toInteger(), 5);
        const QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 7);
        QCOMPARE(nodes[3].toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("end"));
        const QJsonObject link = json.value(QStringLiteral("links")).toArray()[0].toObject();
        QCOMPARE(link.value(QStringLiteral("source")).toInt(), 0);
        QCOMPARE(link.value(QStringLiteral("target")).toInt(), 1);
        QCOMPARE(link.value(QStringLiteral("count")).toInteger(), 3);
    }

    void pathsToAnchor()
    {
        const EventLog log = anchorLog();
        AnchorPathOptions options;
        options.anchor = quint16(log.touchpointIndex(u"A"));
        options.direction = PathDirection::To;
        options.steps = 2;
        options.topPerStep = 2;
        const AnchorPaths paths = computeAnchorPaths(EventView(log), options);
        // In time order: the farthest step first; journeys start before the anchor.
        QCOMPARE(nodeRows(paths),
                 (QStringList{QStringLiteral("-2:(start)=2"), QStringLiteral("-1:B=1"),
                              QStringLiteral("-1:X=1"), QStringLiteral("-1:(start)=3"),
                              QStringLiteral("0:A=5")}));
        QCOMPARE(linkRows(paths),
                 (QStringList{QStringLiteral("(start)@-2>B@-1=1"),
                              QStringLiteral("(start)@-2>X@-1=1"), QStringLiteral("B@-1>A@0=1"),
                              QStringLiteral("X@-1>A@0=1"), QStringLiteral("(start)@-1>A@0=3")}));
        QCOMPARE(paths.toJson().value(QStringLiteral("direction")).toString(),
                 QStringLiteral("to"));

        options.anchor = 99;
        QVERIFY_THROWS_EXCEPTION(Error, computeAnchorPaths(EventView(log), options));
    }

    void stepMatrix()
    {
        const EventLog log = logOf({
            QStringLiteral("p1 A B C"),
            QStringLiteral("p2 A C"),
            QStringLiteral("p3 B"),
            QStringLiteral("p4 A B C D"),
            QStringLiteral("p5 C"),
        });
        const StepMatrix matrix = computeStepMatrix(EventView(log), 3);
        QCOMPARE(matrix.journeys, 5);
        QCOMPARE(matrix.steps(), 3);
        // Totals over steps 1..3: C 4, A 3, B 3 (A before B by name); D comes at step 4.
        QCOMPARE(matrix.names,
                 (QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(matrix.counts,
                 (std::vector<std::vector<qint64>>{{1, 3, 1}, {1, 0, 2}, {2, 0, 0}}));
        QCOMPARE(matrix.ended, (std::vector<qint64>{0, 2, 3}));
        QCOMPARE(matrix.share(0, 1), 0.6);
        QCOMPARE(matrix.endShare(1), 0.4);
        QCOMPARE(matrix.endShare(2), 0.6);
        for (int s = 0; s < matrix.steps(); ++s) {
            double sum = matrix.endShare(s);
            for (int c = 0; c < int(matrix.touchpoints.size()); ++c)
                sum += matrix.share(s, c);
            QCOMPARE(sum, 1.0);
        }
        const QJsonObject json = matrix.toJson();
        QCOMPARE(json.value(QStringLiteral("touchpoints")).toArray().size(), 3);
        const QJsonObject row = json.value(QStringLiteral("rows")).toArray()[1].toObject();
        QCOMPARE(row.value(QStringLiteral("step")).toInt(), 2);
        QCOMPARE(row.value(QStringLiteral("shares")).toArray(), (QJsonArray{0.2, 0.0, 0.4}));
        QCOMPARE(row.value(QStringLiteral("end")).toDouble(), 0.4);
        QCOMPARE(row.value(QStringLiteral("ended")).toInteger(), 2);

        EventFilter none;
        none.fromMs = 1000 * 1000;
        const StepMatrix empty = computeStepMatrix(EventView(log, none), 2);
        QCOMPARE(empty.journeys, 0);
        QVERIFY(empty.touchpoints.empty());
        QCOMPARE(empty.endShare(0), 0.0);
    }

    void helpdeskAgreesWithNaive()
    {
        const QString csv = sharedDataFile(QStringLiteral("eventlogs/helpdesk_tax2017.csv"));
        if (csv.isEmpty())
            QSKIP("eventlogs/helpdesk_tax2017.csv from the shared datasets is not available");
        ImportFixture fixture;
        fixture.import({csv});
        const EventLog log = EventLog::load(fixture.open()->database());

        std::vector<QStringList> journeys;
        for (const auto& [id, sequence] : readCaseSequences(csv))
            journeys.push_back(sequence);
        const auto naive = naiveVariants(journeys);
        const VariantsResult result = computeVariants(EventView(log), 20);
        compareWithNaive(result, naive, qint64(journeys.size()), 20);
        QVERIFY(result.variants > 100);

        // The step matrix, naively: which activity each case has at steps 1..4.
        const StepMatrix matrix = computeStepMatrix(EventView(log), 4);
        for (int s = 0; s < 4; ++s) {
            std::map<QString, qint64> at;
            qint64 ended = 0;
            for (const QStringList& journey : journeys) {
                if (s < journey.size())
                    ++at[journey[s]];
                else
                    ++ended;
            }
            QCOMPARE(matrix.ended[size_t(s)], ended);
            for (size_t c = 0; c < matrix.touchpoints.size(); ++c) {
                const auto it = at.find(matrix.names[qsizetype(c)]);
                QCOMPARE(matrix.counts[size_t(s)][c], it == at.end() ? 0 : it->second);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"
