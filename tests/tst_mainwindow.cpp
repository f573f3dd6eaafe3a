// The main window opens a project on a worker thread and shows what `info` shows.

#include "core/ingest/importjob.h"
#include "core/store/project.h"
#include "tests/support/testsupport.h"
#include "ui/mainwindow.h"
#include "ui/projectsummarywidget.h"

#include <QFontDatabase>
#include <QLocale>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of its own
    }

    void fontsAreAvailable()
    {
        // Without fonts every glyph is drawn as an empty box.
        QVERIFY(QFontDatabase::families().size() > 3);
    }

    void showsTheProjectSummary()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("c.csv"));
        writeFile(csv, "customer,time,event,channel\n"
                       "a,2025-01-01T10:00:00Z,Home,web\n"
                       "b,2025-01-01T10:00:00Z,Cart,web\n"
                       "a,2025-01-02T10:00:00Z,Home,email\n");
        const QString path = dir.filePath(QStringLiteral("shop.journey"));
        {
            auto project = Project::create(path, {});
            importFiles(*project, {csv}, {});
        }

        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        window.openProject(path);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toBool(), true);
        QCOMPARE(window.projectPath(), path);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("shop.journey")));
        const ProjectSummaryWidget* summary = window.summaryWidget();
        QCOMPARE(summary->figureText(QStringLiteral("events")), QLocale().toString(3));
        QCOMPARE(summary->figureText(QStringLiteral("customers")), QLocale().toString(2));
        QCOMPARE(summary->figureText(QStringLiteral("sessions")), QLocale().toString(3));
        QCOMPARE(summary->figureText(QStringLiteral("channels")), QLocale().toString(2));
        QCOMPARE(summary->figureText(QStringLiteral("first")),
                 QStringLiteral("2025-01-01 10:00 UTC"));
        QCOMPARE(summary->figureText(QStringLiteral("last")),
                 QStringLiteral("2025-01-02 10:00 UTC"));
    }

    void reportsAFileThatIsNotAProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.journey"));
        writeFile(path, "not a project");
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        window.openProject(path);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toBool(), false);
        QVERIFY(window.projectPath().isEmpty());
        const auto* box = window.findChild<QMessageBox*>();
        QVERIFY(box);
        QCOMPARE(box->text(), path + QStringLiteral(": not a Journeyscope project (not an SQLite "
                                                    "database)"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
