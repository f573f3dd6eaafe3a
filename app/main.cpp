// journeyscope: the desktop application. Start-up and command line only; the window and
// everything behind it live in the ui and core libraries.

#include "core/base/translations.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileOpenEvent>
#include <QIcon>

namespace {

/// macOS hands a double-clicked document to the running application as an event, not as
/// an argument: open it like one.
class FileOpenHandler : public QObject
{
public:
    explicit FileOpenHandler(journeyscope::MainWindow& window)
        : m_window(window)
    {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::FileOpen)
            return QObject::eventFilter(watched, event);
        m_window.openFiles({static_cast<QFileOpenEvent*>(event)->file()});
        return true;
    }

private:
    journeyscope::MainWindow& m_window;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Journeyscope"));
    QApplication::setOrganizationName(QStringLiteral("Journeyscope"));
    QApplication::setApplicationVersion(QStringLiteral(JOURNEYSCOPE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/journeyscope.svg")));
    QApplication::setDesktopFileName(QStringLiteral("app.journeyscope.Journeyscope"));

    // The language chosen in the settings, else the system's.
    const QString language = journeyscope::settings::language.get();
    journeyscope::installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Customer-journey mapping driven by data."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main", "A project to open (*.journey), or data files to import "
                                        "(CSV, JSON Lines, XES)."),
        QStringLiteral("[project.journey | data files...]"));
    parser.process(app);

    journeyscope::MainWindow window;
    FileOpenHandler fileOpenHandler(window);
    app.installEventFilter(&fileOpenHandler);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments()); // a project, or data to import
    return app.exec();
}
