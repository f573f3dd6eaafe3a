#include "app/cli/clicommand.h"
#include "core/base/timeutil.h"
#include "core/ingest/identityresolver.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::merges)
};

QJsonObject linkJson(const StoredLink& link)
{
    return QJsonObject{
        {QStringLiteral("id"), link.id},
        {QStringLiteral("customer"), link.customerKey},
        {QStringLiteral("other"), link.otherKey},
        {QStringLiteral("kind"), link.kind},
        {QStringLiteral("source"), link.source},
        {QStringLiteral("linked_at"), formatIsoUtc(link.linkedAtMs)},
        {QStringLiteral("undone_at"),
         link.undoneAtMs ? QJsonValue(formatIsoUtc(*link.undoneAtMs)) : QJsonValue()},
    };
}

} // namespace

int runMerges(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Lists the links that merged customers into one person (a shared email, phone or "
                 "id), or undoes one."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    parser.addOption(
        {QStringLiteral("undo"),
         Text::tr("Undo link ID: its two customers part unless other links join them."),
         QStringLiteral("ID")});
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("merges"), 1); exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    try {
        if (parser.isSet(QStringLiteral("undo"))) {
            bool ok = false;
            const qint64 id = parser.value(QStringLiteral("undo")).toLongLong(&ok);
            if (!ok)
                throw Error(Location(QStringLiteral("--undo")), Text::tr("expected a link id"));
            auto project = Project::open(path, Project::Access::ReadWrite);
            Transaction transaction(project->database());
            IdentityResolver::undo(project->database(), id);
            transaction.commit();
        }
        const auto project = Project::openForReading(path);
        const std::vector<StoredLink> links = IdentityResolver::links(project->database());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const StoredLink& link : links)
                array.append(linkJson(link));
            printJson({{QStringLiteral("links"), array}});
            return Success;
        }
        if (links.empty())
            print(Text::tr("No customers were merged."));
        for (const StoredLink& link : links) {
            print(Text::tr("%1  %2 = %3 by %4, from %5 on %6%7")
                      .arg(link.id)
                      .arg(link.customerKey, link.otherKey, link.kind, link.source,
                           formatIsoUtc(link.linkedAtMs),
                           link.undoneAtMs ? Text::tr(" (undone)") : QString()));
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
