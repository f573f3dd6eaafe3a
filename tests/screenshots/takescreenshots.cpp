// Takes the README's screenshots of the application on the bundled sample: the window on
// each view, the import wizard's columns page and presentation mode. Not a test: run it with
// tests/screenshots/run.sh, which writes the PNGs to resources/screenshots/.

#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"
#include "ui/filterbar.h"
#include "ui/import/importwizard.h"
#include "ui/import/mappingpage.h"
#include "ui/mainwindow.h"
#include "ui/presentation/presentationwindow.h"
#include "ui/projectviews.h"

#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

class TakeScreenshots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QDir m_out;

    void save(QWidget* widget, const QString& name)
    {
        QTest::qWait(200); // let the last paint land
        QVERIFY(widget->grab().save(m_out.filePath(name + QStringLiteral(".png"))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_out = QDir(qEnvironmentVariable("SCREENSHOTS_DIR", QStringLiteral("screenshots")));
        QVERIFY(m_out.mkpath(QStringLiteral(".")));
        QVERIFY(makeSampleProject(m_dir.filePath(QStringLiteral("shop.journey"))));
        QCOMPARE(
            cli({QStringLiteral("notes"), m_dir.filePath(QStringLiteral("shop.journey")),
                 QStringLiteral("--add"),
                 QStringLiteral("Purchase:pain=Delivery cost shown only at checkout"),
                 QStringLiteral("--add"),
                 QStringLiteral("Purchase:opportunity=Show the delivery cost on the product page"),
                 QStringLiteral("--add"), QStringLiteral("Awareness:emotion=1"),
                 QStringLiteral("--add"), QStringLiteral("Consideration:emotion=0"),
                 QStringLiteral("--add"), QStringLiteral("Purchase:emotion=-1.5"),
                 QStringLiteral("--add"), QStringLiteral("Retention:emotion=0.5"),
                 QStringLiteral("--add"), QStringLiteral("Advocacy:emotion=1.5")})
                .exitCode,
            0);
    }

    void window()
    {
        MainWindow window;
        window.resize(1440, 900);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        window.openProject(m_dir.filePath(QStringLiteral("shop.journey")));
        QVERIFY(loaded.wait(60000));
        ProjectViews* views = window.views();
        const std::pair<ViewKind, const char*> shots[] = {{ViewKind::Map, "journey-map"},
                                                          {ViewKind::Graph, "journey-graph"},
                                                          {ViewKind::Funnel, "funnel"},
                                                          {ViewKind::Heatmap, "friction"}};
        for (const auto& [kind, name] : shots) {
            views->showView(kind);
            QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(kind) && !views->isBusy(), 120000);
            save(&window, QLatin1String(name));
        }

        PresentationWindow* presentation =
            window.startPresentation({ViewKind::Map}, QGuiApplication::primaryScreen());
        presentation->resize(1440, 900);
        presentation->next();
        presentation->next(); // three stages shown, two still hidden
        save(presentation, QStringLiteral("presentation"));
        presentation->close();

        ImportWizard* wizard = window.startImport(
            {sourceFile(QStringLiteral("resources/sample/clickstream-sample.csv"))});
        wizard->resize(1000, 700);
        QSignalSpy ready(wizard->mappingPage(), &MappingPage::previewReady);
        wizard->next();
        QVERIFY(ready.wait(60000));
        save(wizard, QStringLiteral("import-wizard"));
        wizard->reject();
    }
};

QTEST_MAIN(TakeScreenshots)
#include "takescreenshots.moc"
