// journeyscope-cli: batch access to Journeyscope projects. Command line parsing only; the
// work is done by the core library.

#include "app/cli/clicommand.h"
#include "core/libraryversions.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace journeyscope::cli;

namespace {

QString usage()
{
    QString text = QCoreApplication::translate(
        "journeyscope::cli",
        "Usage: journeyscope-cli COMMAND [options]\n\nCustomer-journey mapping driven by "
        "data: import exports into a project file and analyse them.\n\nCommands:\n");
    for (const Command& command : commands()) {
        text += QStringLiteral("  %1 %2\n")
                    .arg(QString::fromLatin1(command.name), -10)
                    .arg(QCoreApplication::translate("journeyscope::cli", command.summary));
    }
    text += QCoreApplication::translate(
        "journeyscope::cli",
        "\nRun journeyscope-cli COMMAND --help for a command's options; --version for the "
        "version.\n");
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("journeyscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOURNEYSCOPE_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("journeyscope"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        print(usage());
        return arguments.isEmpty() ? UsageError : Success;
    }
    if (arguments.first() == QLatin1String("--version")) {
        print(QStringLiteral("journeyscope-cli %1 (%2)")
                  .arg(QStringLiteral(JOURNEYSCOPE_VERSION), journeyscope::libraryVersions()));
        return Success;
    }
    for (const Command& command : commands()) {
        if (arguments.first() == QLatin1String(command.name))
            return command.run(arguments);
    }
    printError(QCoreApplication::translate("journeyscope::cli",
                                           "journeyscope-cli: unknown command \"%1\" (see "
                                           "--help)")
                   .arg(arguments.first()));
    return UsageError;
}
