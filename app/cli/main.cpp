// journeyscope-cli: batch access to Journeyscope projects. Command line parsing only; the
// work is done by the core library.

#include "app/cli/clicommand.h"
#include "app/cli/exportview.h"
#include "core/base/translations.h"
#include "core/libraryversions.h"

#include <memory>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#include <QApplication>
#include <QDir>
#include <QFile>

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

/// A GUI application object for the commands that draw (offscreen without a display), a
/// plain one for the others, which then run where no display library works.
std::unique_ptr<QCoreApplication> applicationFor(int& argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!drawsAView(arguments))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    // Qt warns on stderr without one, which would break the one-line error contract.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-%1").arg(::getuid());
        if (QDir().mkpath(runtime) &&
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
#endif
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = applicationFor(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("journeyscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOURNEYSCOPE_VERSION));
    journeyscope::installTranslations({});

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
