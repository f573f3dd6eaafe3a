// journeyscope: the desktop application. Start-up and command line only; the window and
// everything behind it live in the ui and core libraries.

#include "core/base/translations.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Journeyscope"));
    QApplication::setOrganizationName(QStringLiteral("Journeyscope"));
    QApplication::setApplicationVersion(QStringLiteral(JOURNEYSCOPE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/journeyscope.svg")));
    QApplication::setDesktopFileName(QStringLiteral("journeyscope"));

    // The language chosen in the settings, else the system's.
    const QString language = journeyscope::settings::language.get();
    journeyscope::installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Customer-journey mapping driven by data."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "A project to open (*.journey)."),
                                 QStringLiteral("[project.journey]"));
    parser.process(app);

    journeyscope::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().first());
    return app.exec();
}
