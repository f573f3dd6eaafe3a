// Models of a customer column: trained on a held-out protocol, stored in the project with
// their settings and figures, loaded again to predict the same.

#include "core/predict/customertable.h"
#include "core/predict/labelmodel.h"
#include "tests/importtesthelpers.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

/// 400 customers of a CRM export: those on the Free plan with fewer than 3 seats churn
/// (and one in twenty at random).
QByteArray crmExport()
{
    QRandomGenerator random(3);
    QByteArray csv = "customer_id,plan,seats,region,churn\n";
    for (int i = 0; i < 400; ++i) {
        const char* plans[] = {"Free", "Basic", "Pro"};
        const char* plan = plans[random.bounded(3)];
        const int seats = int(random.bounded(6));
        bool churn = QByteArray(plan) == "Free" && seats < 3;
        if (random.bounded(20) == 0)
            churn = !churn;
        csv += QStringLiteral("c%1,%2,%3,%4,%5\n")
                   .arg(i)
                   .arg(QString::fromLatin1(plan))
                   .arg(seats)
                   .arg(random.bounded(2) ? QStringLiteral("north") : QStringLiteral("south"))
                   .arg(churn ? QStringLiteral("yes") : QStringLiteral("no"))
                   .toUtf8();
    }
    return csv;
}

} // namespace

class TestLabelModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture.import({m_fixture.write(QStringLiteral("crm.csv"), crmExport())},
                         withFormat(QStringLiteral("table")));
    }

    void trainsHeldOut()
    {
        const auto project = m_fixture.open();
        LabelModelOptions options;
        options.label = QStringLiteral("churn");
        const LabelModel model = trainLabelModel(project->database(), options);
        // 20 % of 400 held out, stratified.
        QCOMPARE(model.metrics.cases, 80);
        QCOMPARE(model.trainingRows, 320);
        QVERIFY2(model.metrics.rocAuc > 0.85, qPrintable(QString::number(model.metrics.rocAuc)));
        QCOMPARE(model.stored.kind, QStringLiteral("label"));
        QCOMPARE(model.stored.target, QStringLiteral("churn"));
        QCOMPARE(model.stored.features,
                 (QStringList{QStringLiteral("plan=Basic"), QStringLiteral("plan=Free"),
                              QStringLiteral("plan=Pro"), QStringLiteral("region=north"),
                              QStringLiteral("region=south"), QStringLiteral("seats")}));
        QCOMPARE(model.stored.settings[QStringLiteral("split")].toString(),
                 QStringLiteral("stratified"));
        QCOMPARE(model.stored.metrics[QStringLiteral("cases")].toInt(), 80);
        // The rule is on plan and seats: they drive it, region does not.
        QCOMPARE(model.importance.size(), size_t(6));
        QVERIFY(model.importance[0].feature == QStringLiteral("plan=Free") ||
                model.importance[0].feature == QStringLiteral("seats"));
        for (const FeatureImportance& feature : model.importance) {
            if (feature.feature.startsWith(QStringLiteral("region")))
                QVERIFY(feature.meanAbsShap < model.importance[0].meanAbsShap / 5);
        }
        QCOMPARE(model.stored.metrics[QStringLiteral("importance")][0][QStringLiteral("feature")]
                     .toString(),
                 model.importance[0].feature);

        // The stored booster predicts what was evaluated: the same figures again.
        const CustomerTable table =
            readCustomerTable(project->database(), QStringLiteral("churn"), options.positiveValues);
        const std::vector<bool> test = stratifiedTestRows(table.labels, 0.2, options.seed);
        const BoostedTrees loaded = BoostedTrees::load(model.stored.booster);
        const ClassificationMetrics again =
            evaluateClassifier(selectRows(table.labels, test, true),
                               loaded.predict(selectRows(table.features, test, true)));
        QCOMPARE(again.rocAuc, model.metrics.rocAuc);

        // The audit: the held-out customers of each text value, 30 or more of them (the
        // plans have about 27 each; the regions about 40), weakest first, figures as the
        // model gives them on those customers alone.
        QVERIFY(!model.subgroups.empty());
        for (size_t i = 0; i < model.subgroups.size(); ++i) {
            const SubgroupFigures& group = model.subgroups[i];
            QVERIFY(group.cases >= 30);
            QVERIFY(i == 0 || model.subgroups[i - 1].rocAuc <= group.rocAuc);
            const int column = int(table.features.columns.indexOf(group.subgroup));
            QVERIFY(column >= 0);
            const FeatureTable tested = selectRows(table.features, test, true);
            const std::vector<float> testLabels = selectRows(table.labels, test, true);
            const std::vector<float> predictions = loaded.predict(tested);
            std::vector<float> labels, scores;
            for (qsizetype row = 0; row < tested.rows(); ++row) {
                if (tested.values[size_t(row * tested.columns.size() + column)] == 1.0f) {
                    labels.push_back(testLabels[size_t(row)]);
                    scores.push_back(predictions[size_t(row)]);
                }
            }
            QCOMPARE(qint64(labels.size()), group.cases);
            QCOMPARE(evaluateClassifier(labels, scores).rocAuc, group.rocAuc);
        }
        QCOMPARE(model.stored.metrics[QStringLiteral("subgroups")].toArray().size(),
                 qsizetype(model.subgroups.size()));

        // Deterministic for a seed.
        QCOMPARE(trainLabelModel(project->database(), options).stored.booster,
                 model.stored.booster);
    }

    void storedInTheProject()
    {
        const auto project = m_fixture.open();
        LabelModelOptions options;
        options.label = QStringLiteral("churn");
        const LabelModel model = trainLabelModel(project->database(), options);
        qint64 id = 0;
        {
            auto writable = Project::open(m_fixture.projectPath(), Project::Access::ReadWrite);
            Transaction transaction(writable->database());
            id = StoredModel::save(writable->database(), model.stored);
            transaction.commit();
        }
        const auto reopened = m_fixture.open();
        const std::vector<StoredModel> listed = StoredModel::list(reopened->database());
        QCOMPARE(listed.size(), size_t(1));
        QCOMPARE(listed[0].id, id);
        QVERIFY(listed[0].booster.isEmpty()); // listing leaves the bytes out
        QCOMPARE(listed[0].metrics, model.stored.metrics);
        const std::optional<StoredModel> loaded = StoredModel::load(reopened->database(), id);
        QVERIFY(loaded);
        QCOMPARE(loaded->booster, model.stored.booster);
        QCOMPARE(loaded->features, model.stored.features);
        QCOMPARE(loaded->settings, model.stored.settings);
        QVERIFY(!StoredModel::load(reopened->database(), id + 1));
    }

    void refusesWhatCannotBeLearnt()
    {
        const auto project = m_fixture.open();
        LabelModelOptions options;
        options.label = QStringLiteral("churn");
        options.positiveValues = {QStringLiteral("maybe")};
        try {
            trainLabelModel(project->database(), options);
            QFAIL("expected an error");
        } catch (const Error& error) {
            QCOMPARE(error.message(), QStringLiteral("\"churn\" has 0 customers with maybe and 400 "
                                                     "without: a model needs at least 10 of each"));
        }
    }

private:
    ImportFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestLabelModel)
#include "tst_labelmodel.moc"
