// One history per person: a CRM table, a clickstream and a ticket log of the same people
// merge into the right number of customers whatever the import order; merges can be listed
// and undone; consent keeps people out.

#include "core/ingest/identityresolver.h"
#include "core/store/people.h"
#include "core/store/projectsummary.h"
#include "tests/importtesthelpers.h"

#include <algorithm>
#include <QSet>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

const QByteArray crm = "contact_id,email,segment,consent\n"
                       "K1,ann@example.com,SMB,yes\n"
                       "K2,bob@example.com,Enterprise,no\n"
                       "K3,carol@example.com,SMB,yes\n"
                       "K4,,SMB,yes\n";
// a1 gives Ann's email; a2 logs in as K2; a4 and a5 are Dave on two devices.
const QByteArray web = "anonymous_id,user_id,timestamp,event,email\n"
                       "a1,,2025-01-01T10:00:00Z,Home,\n"
                       "a1,,2025-01-01T10:01:00Z,Sign up,ann@example.com\n"
                       "a2,K2,2025-01-01T11:00:00Z,Home,\n"
                       "a3,,2025-01-01T12:00:00Z,Home,\n"
                       "a4,,2025-01-02T09:00:00Z,Home,dave@example.com\n"
                       "a5,,2025-01-03T09:00:00Z,Cart,Dave@Example.com\n"
                       "a6,,2025-01-03T10:00:00Z,Home,\n";
const QByteArray tickets = "contact_id,opened,resolved\n"
                           "K1,2025-01-05,2025-01-06\n"
                           "K3,2025-01-07,\n"
                           "K9,2025-01-08,2025-01-09\n";

/// The people of a project as sets of customer keys (the project keeps PII, so keys read).
QSet<QSet<QString>> peopleOf(const Project& project)
{
    QHash<qint64, QSet<QString>> groups;
    Statement select =
        project.database().prepare("SELECT coalesce(merged_into, id), key FROM customers");
    while (select.step())
        groups[select.columnInt(0)].insert(select.columnText(1));
    QSet<QSet<QString>> result;
    for (const auto& group : std::as_const(groups))
        result.insert(group);
    return result;
}

QSet<QString> keys(std::initializer_list<const char*> list)
{
    QSet<QString> set;
    for (const char* key : list)
        set.insert(QString::fromLatin1(key));
    return set;
}

} // namespace

class TestIdentityResolution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourcesMergeWhateverTheOrder_data()
    {
        QTest::addColumn<QStringList>("order");
        QStringList files = {QStringLiteral("crm"), QStringLiteral("tickets"),
                             QStringLiteral("web")};
        do {
            QTest::newRow(qPrintable(files.join(QLatin1Char(',')))) << files;
        } while (std::next_permutation(files.begin(), files.end()));
    }

    void sourcesMergeWhateverTheOrder()
    {
        QFETCH(QStringList, order);
        ImportFixture fixture;
        const QHash<QString, QString> paths = {
            {QStringLiteral("crm"), fixture.write(QStringLiteral("crm.csv"), crm)},
            {QStringLiteral("web"), fixture.write(QStringLiteral("web.csv"), web)},
            {QStringLiteral("tickets"), fixture.write(QStringLiteral("tickets.csv"), tickets)}};
        for (const QString& name : order) {
            fixture.import(
                {paths[name]},
                withFormat(name == QLatin1String("crm") ? QStringLiteral("table") : QString()),
                /*keepPii=*/true);
        }
        auto project = fixture.open();
        // 4 CRM contacts, 6 web visitors, K9 from the tickets (K1 and K3 are CRM contacts).
        QCOMPARE(count(*project, "SELECT count(*) FROM customers"), 11);
        const QSet<QSet<QString>> expected = {
            keys({"K1", "a1"}), keys({"K2", "a2"}), keys({"K3"}), keys({"K4"}),
            keys({"a3"}),       keys({"a4", "a5"}), keys({"a6"}), keys({"K9"})};
        QCOMPARE(peopleOf(*project), expected);
        const ProjectSummary summary = ProjectSummary::read(project->database());
        QCOMPARE(summary.customers, 8);
        QCOMPARE(summary.mergedCustomers, 3);
        // Bob (K2 and a2) said no to analytics.
        QCOMPARE(summary.withoutConsent, 1);
        QCOMPARE(count(*project, "SELECT count(*) FROM identity_links"), 3);
    }

    void undoneLinksStayUndone()
    {
        ImportFixture fixture;
        fixture.import({fixture.write(QStringLiteral("crm.csv"), crm)},
                       withFormat(QStringLiteral("table")), true);
        fixture.import({fixture.write(QStringLiteral("web.csv"), web)}, {}, true);
        std::vector<StoredLink> links;
        {
            auto project = fixture.open();
            links = IdentityResolver::links(project->database());
        }
        QCOMPARE(links.size(), size_t(3));
        const auto email = std::find_if(links.begin(), links.end(), [](const StoredLink& link) {
            return link.customerKey == QLatin1String("a1") || link.otherKey == QLatin1String("a1");
        });
        QVERIFY(email != links.end());
        QCOMPARE(email->kind, QStringLiteral("email"));
        QCOMPARE(email->source, QStringLiteral("web.csv"));
        {
            auto project = Project::open(fixture.projectPath(), Project::Access::ReadWrite);
            Transaction transaction(project->database());
            IdentityResolver::undo(project->database(), email->id);
            transaction.commit();
            QCOMPARE(errorOf([&] { IdentityResolver::undo(project->database(), email->id); }),
                     fixture.projectPath() +
                         QStringLiteral(": link %1 was undone already").arg(email->id));
        }
        {
            auto project = fixture.open();
            QVERIFY(peopleOf(*project).contains(keys({"a1"})));
            QCOMPARE(people::count(project->database()), 8); // 7 people, Ann split in two
        }
        // The same evidence in a later file does not merge them again.
        fixture.import({fixture.write(QStringLiteral("more.csv"),
                                      "anonymous_id,timestamp,event,email\n"
                                      "a1,2025-02-01T10:00:00Z,Home,ann@example.com\n")},
                       {}, true);
        auto project = fixture.open();
        QVERIFY(peopleOf(*project).contains(keys({"a1"})));
    }

    void latestConsentStatementCounts()
    {
        // Consent per event, with its time: a6 agreed, then withdrew; a3 withdrew, then agreed.
        ImportFixture fixture;
        fixture.import({fixture.write(QStringLiteral("consent.csv"),
                                      "anonymous_id,timestamp,event,consent\n"
                                      "a6,2025-01-01T10:00:00Z,Home,yes\n"
                                      "a3,2025-01-01T10:00:00Z,Home,no\n"
                                      "a6,2025-01-02T10:00:00Z,Settings,no\n"
                                      "a3,2025-01-02T10:00:00Z,Settings,granted\n"
                                      "a7,2025-01-02T10:00:00Z,Home,\n")},
                       {}, true);
        auto project = fixture.open();
        const auto excluded = people::withoutConsent(project->database());
        QCOMPARE(excluded.size(), size_t(1));
        QCOMPARE(column(*project, QStringLiteral("SELECT key FROM customers WHERE id = %1")
                                      .arg(*excluded.begin())
                                      .toStdString()),
                 QStringList{QStringLiteral("a6")});
    }

    void pseudonymisedIdentitiesLinkToo()
    {
        // Both sides keyed-hashed: the email in the CRM and on the web still meet.
        ImportFixture fixture;
        fixture.import({fixture.write(QStringLiteral("crm.csv"), crm)},
                       withFormat(QStringLiteral("table")));
        fixture.import({fixture.write(QStringLiteral("web.csv"), web)});
        auto project = fixture.open();
        QCOMPARE(people::count(project->database()), 7); // as above, without the tickets' K9
        const QByteArray bytes = readFile(fixture.projectPath());
        for (const char* raw : {"ann@example.com", "dave@example.com", "Dave@Example.com"})
            QVERIFY2(!bytes.contains(raw), raw);
    }
};

QTEST_GUILESS_MAIN(TestIdentityResolution)
#include "tst_identityresolution.moc"
