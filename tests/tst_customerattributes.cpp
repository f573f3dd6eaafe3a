// Customer attributes per person of a log: values as text, merged customers, people without
// a record, unknown names; and goals decided by an attribute (a CRM outcome column).

#include "core/journey/customerattributes.h"
#include "core/journey/eventview.h"
#include "core/journey/goal.h"
#include "tests/importtesthelpers.h"

#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

class TestCustomerAttributes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ImportFixture>();
        // a and b share an email: one person. c has no CRM record; x has no events.
        m_fixture->import({m_fixture->write(QStringLiteral("events.csv"),
                                            "customer,time,event,email\n"
                                            "a,2025-01-01T00:00:00Z,Home,a@example.com\n"
                                            "b,2025-01-02T00:00:00Z,Buy,A@example.com\n"
                                            "c,2025-01-03T00:00:00Z,Home,\n"
                                            "d,2025-01-04T00:00:00Z,Home,\n")},
                          {}, true);
        m_fixture->import(
            {m_fixture->write(QStringLiteral("crm.csv"), "customer_id,plan,churn,seats,score\n"
                                                         "b,Pro,TRUE,12,\n"
                                                         "a,Basic,FALSE,3,4.5\n"
                                                         "d,Pro,FALSE,,\n"
                                                         "x,Basic,TRUE,1,1\n")},
            withFormat(QStringLiteral("table")), true);
        m_project = m_fixture->open();
        m_log = EventLog::load(m_project->database());
    }

    void names()
    {
        QCOMPARE(customerAttributeNames(m_project->database()),
                 (QStringList{QStringLiteral("churn"), QStringLiteral("plan"),
                              QStringLiteral("score"), QStringLiteral("seats")}));
    }

    void valuesPerPerson_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QStringList>("expected"); // people: a+b, c, d
        // The merged person takes the value of its first customer by id (a).
        QTest::newRow("text") << QStringLiteral("plan")
                              << QStringList{QStringLiteral("Basic"), QString(),
                                             QStringLiteral("Pro")};
        QTest::newRow("boolean") << QStringLiteral("churn")
                                 << QStringList{QStringLiteral("false"), QString(),
                                                QStringLiteral("false")};
        QTest::newRow("integer") << QStringLiteral("seats")
                                 << QStringList{QStringLiteral("3"), QString(), QString()};
        QTest::newRow("real") << QStringLiteral("score")
                              << QStringList{QStringLiteral("4.5"), QString(), QString()};
    }

    void valuesPerPerson()
    {
        QFETCH(QString, attribute);
        QFETCH(QStringList, expected);
        QCOMPARE(m_log.personCount(), 3);
        const std::vector<QString> labels =
            customerAttribute(m_project->database(), m_log, attribute);
        QCOMPARE(QStringList(labels.begin(), labels.end()), expected);
    }

    void unknownAttribute()
    {
        try {
            customerAttribute(m_project->database(), m_log, QStringLiteral("tier"));
            QFAIL("expected an error");
        } catch (const Error& error) {
            QCOMPARE(error.toString(),
                     QStringLiteral("no customer attribute \"tier\"; the attributes are churn, "
                                    "plan, score, seats"));
        }
    }

    void personsLabelledIgnoresCase()
    {
        const std::vector<QString> labels{QStringLiteral("Pro"), QString(), QStringLiteral("pro"),
                                          QStringLiteral("Basic")};
        QCOMPARE(personsLabelled(labels, {QStringLiteral("PRO")}),
                 (std::vector<PersonIndex>{0, 2}));
        QCOMPARE(personsLabelled(labels, {QStringLiteral("pro"), QStringLiteral("basic")}),
                 (std::vector<PersonIndex>{0, 2, 3}));
        QVERIFY(personsLabelled(labels, {QString()}).empty());
    }

    void outcomeColumnGoal()
    {
        // Success is not churning: a+b and d converted, c has no record and stays open.
        ProjectGoal stored;
        stored.outcomeAttribute = QStringLiteral("churn");
        stored.convertedValues = {QStringLiteral("false")};
        {
            auto writable = Project::open(m_fixture->projectPath(), Project::Access::ReadWrite);
            Transaction transaction(writable->database());
            ProjectGoal::write(writable->database(), stored);
            transaction.commit();
        }
        const std::optional<ProjectGoal> read = ProjectGoal::read(m_project->database());
        QVERIFY(read);
        QCOMPARE(read->outcomeAttribute, QStringLiteral("churn"));
        QCOMPARE(read->convertedValues, QStringList{QStringLiteral("false")});
        const Goal goal = read->resolve(m_log, m_project->database());
        QStringList outcomes;
        EventView(m_log).forEachJourney([&](const Journey& journey) {
            outcomes.append(outcomeName(goal.outcome(m_log, journey, *m_log.lastMs())));
            // No event is the goal: there is no time to convert.
            QCOMPARE(goal.firstGoal(m_log, journey), -1);
        });
        QCOMPARE(outcomes, (QStringList{QStringLiteral("converted"), QStringLiteral("open"),
                                        QStringLiteral("converted")}));
    }

private:
    std::unique_ptr<ImportFixture> m_fixture;
    std::unique_ptr<Project> m_project;
    EventLog m_log;
};

QTEST_GUILESS_MAIN(TestCustomerAttributes)
#include "tst_customerattributes.moc"
