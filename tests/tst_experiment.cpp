// Experiment read-out: conversion per group with Wilson intervals, the lift against the
// control group and the two-proportion z test, against published reference values.

#include "core/base/error.h"
#include "core/predict/experiment.h"

#include <cmath>
#include <QTest>

using namespace journeyscope;

namespace {

/// \a customers people per group, the first \a converted of each buying; a few unassigned.
struct Setup
{
    EventLog log;
    std::vector<QString> assignment;
};

Setup experiment(const std::vector<std::tuple<QString, int, int>>& groups, int unassigned = 0)
{
    EventLog::Builder builder;
    Setup setup;
    int person = 0;
    const auto add = [&](const QString& group, bool converted) {
        const QString name = QStringLiteral("p%1").arg(person++, 5, 10, QLatin1Char('0'));
        builder.add(name, 0, QStringLiteral("Home"));
        if (converted)
            builder.add(name, 1000, QStringLiteral("Buy"));
        setup.assignment.push_back(group);
    };
    for (const auto& [group, customers, converted] : groups) {
        for (int i = 0; i < customers; ++i)
            add(group, i < converted);
    }
    for (int i = 0; i < unassigned; ++i)
        add(QString(), false);
    setup.log = std::move(builder).build();
    return setup;
}

Goal buy(const EventLog& log)
{
    Goal goal;
    goal.touchpoints = {quint16(log.touchpointIndex(u"Buy"))};
    goal.windowMs.reset();
    return goal;
}

} // namespace

class TestExperiment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readOut()
    {
        const Setup setup = experiment(
            {{QStringLiteral("control"), 1000, 100}, {QStringLiteral("variant"), 1000, 130}}, 7);
        const ExperimentReadout readout = readExperiment(
            EventView(setup.log), buy(setup.log), setup.assignment, QStringLiteral("control"));
        QCOMPARE(readout.unassigned, 7);
        QCOMPARE(readout.groups.size(), size_t(2));
        const ExperimentGroup& control = readout.groups[0];
        QCOMPARE(control.name, QStringLiteral("control"));
        QCOMPARE(control.customers, 1000);
        QCOMPARE(control.converted, 100);
        QCOMPARE(control.rate, 0.1);
        // Wilson 95 % interval of 100 / 1000: 0.0829 to 0.1202 (Newcombe 1998's method).
        QVERIFY(std::abs(control.low - 0.08290) < 5e-5);
        QVERIFY(std::abs(control.high - 0.12015) < 5e-5);

        const ExperimentComparison& variant = readout.comparisons[0];
        QCOMPARE(variant.group, QStringLiteral("variant"));
        QVERIFY(std::abs(variant.absoluteLift - 0.03) < 1e-12);
        QVERIFY(std::abs(variant.relativeLift - 0.3) < 1e-12);
        // Pooled two-proportion z test of 130/1000 against 100/1000: z 2.103, p 0.0355.
        QVERIFY(std::abs(variant.z - 2.1027) < 5e-4);
        QVERIFY(std::abs(variant.pValue - 0.0355) < 5e-4);
        QVERIFY(variant.significant);
        // Unpooled 95 % interval of the difference: 0.03 -+ 1.96 sqrt(.09/1000 + .1131/1000).
        const double spread = 1.959963984540054 * std::sqrt(0.09 / 1000 + 0.13 * 0.87 / 1000);
        QVERIFY(std::abs(variant.low - (0.03 - spread)) < 1e-12);
        QVERIFY(std::abs(variant.high - (0.03 + spread)) < 1e-12);
        QCOMPARE(readout.toJson()[QStringLiteral("comparisons")][0][QStringLiteral("significant")]
                     .toBool(),
                 true);
    }

    void noDifferenceIsNotSignificant()
    {
        const Setup setup =
            experiment({{QStringLiteral("a"), 200, 20}, {QStringLiteral("b"), 200, 22}});
        const ExperimentReadout readout = readExperiment(EventView(setup.log), buy(setup.log),
                                                         setup.assignment, QStringLiteral("a"));
        QVERIFY(!readout.comparisons[0].significant);
        QVERIFY(readout.comparisons[0].low < 0 && readout.comparisons[0].high > 0);
    }

    void refusesAnEmptyControl()
    {
        const Setup setup = experiment({{QStringLiteral("a"), 10, 1}});
        try {
            readExperiment(EventView(setup.log), buy(setup.log), setup.assignment,
                           QStringLiteral("holdout"));
            QFAIL("expected an error");
        } catch (const Error& error) {
            QCOMPARE(error.message(), QStringLiteral("no customers with an outcome in the control "
                                                     "group \"holdout\"; the groups are a"));
        }
    }
};

QTEST_GUILESS_MAIN(TestExperiment)
#include "tst_experiment.moc"
