// Takes the screenshots of the README and the user guide on the bundled sample: the window
// on each view, the import wizard's columns and report pages, presentation mode, and the
// dialogs of stages, funnel steps and settings. Not a test: run it with
// tests/screenshots/run.sh, which writes the PNGs to resources/screenshots/.

#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"
#include "ui/filterbar.h"
#include "ui/funnelbuilderdialog.h"
#include "ui/import/importwizard.h"
#include "ui/import/mappingpage.h"
#include "ui/mainwindow.h"
#include "ui/presentation/presentationwindow.h"
#include "ui/projectviews.h"
#include "ui/settingsdialog.h"
#include "ui/stageeditordialog.h"

#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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

    QString project() const { return m_dir.filePath(QStringLiteral("shop.journey")); }

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
        m_out.makeAbsolute(); // importReport() changes the current folder
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

    /// The views and dialogs the user guide shows beyond the README's: paths, personas (drafted
    /// from the segments first), the model report, the stage editor, the funnel builder and
    /// the settings.
    void guideViews()
    {
        QCOMPARE(cli({QStringLiteral("segments"), project(), QStringLiteral("-k"),
                      QStringLiteral("auto"), QStringLiteral("--save-personas")})
                     .exitCode,
                 0);
        MainWindow window;
        window.resize(1440, 900);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        window.openProject(project());
        QVERIFY(loaded.wait(60000));
        ProjectViews* views = window.views();
        const std::pair<ViewKind, const char*> shots[] = {{ViewKind::Paths, "paths"},
                                                          {ViewKind::Personas, "personas"},
                                                          {ViewKind::Model, "model-report"}};
        for (const auto& [kind, name] : shots) {
            views->showView(kind);
            QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(kind) && !views->isBusy(), 120000);
            save(&window, QLatin1String(name));
        }

        views->editStages();
        auto* stages = window.findChild<StageEditorDialog*>();
        QVERIFY(stages != nullptr);
        stages->resize(560, 700);
        save(stages, QStringLiteral("stage-editor"));
        stages->reject();

        // The funnel builder as its Steps... button opens it, with steps added as a user does.
        views->showView(ViewKind::Funnel);
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Funnel) && !views->isBusy(), 120000);
        QPushButton* stepsButton = nullptr;
        for (QPushButton* button : window.findChildren<QPushButton*>()) {
            if (QString(button->text()).remove(QLatin1Char('&')) == QLatin1String("Steps..."))
                stepsButton = button;
        }
        QVERIFY(stepsButton != nullptr);
        stepsButton->click();
        auto* funnel = window.findChild<FunnelBuilderDialog*>();
        QVERIFY(funnel != nullptr);
        QListWidget* touchpoints = nullptr;
        for (QListWidget* list : funnel->findChildren<QListWidget*>()) {
            if (list->count() > 0)
                touchpoints = list;
        }
        QVERIFY(touchpoints != nullptr);
        const auto clickButton = [funnel](const QString& text) {
            for (QPushButton* button : funnel->findChildren<QPushButton*>()) {
                if (QString(button->text()).remove(QLatin1Char('&')).startsWith(text)) {
                    button->click();
                    return true;
                }
            }
            return false;
        };
        const std::pair<const char*, const char*> steps[] = {
            {"Product page", "Add Step"},
            {"Cart", "Add Step"},
            {"Checkout", "Add Step"},
            {"Order confirmation", "Add Step"},
            {"Store purchase", "Add as Alternative"}};
        for (const auto& [touchpoint, button] : steps) {
            const QList<QListWidgetItem*> found =
                touchpoints->findItems(QLatin1String(touchpoint), Qt::MatchExactly);
            QVERIFY(!found.isEmpty());
            touchpoints->setCurrentItem(found.first());
            QVERIFY(clickButton(QLatin1String(button)));
        }
        funnel->resize(720, 420);
        save(funnel, QStringLiteral("funnel-steps"));
        funnel->reject();

        SettingsDialog settings(&window);
        settings.show();
        save(&settings, QStringLiteral("settings"));
        settings.reject();
    }

    /// The import wizard's report: the sample and a second export with a bad row (skipped)
    /// and two people known by their email, into a new project.
    void importReport()
    {
        // Named relative to the folder, as a user's files are: the report shows no temporary path.
        const QString appEvents = QStringLiteral("app-events.csv");
        QVERIFY(QDir::setCurrent(m_dir.path()));
        writeFile(appEvents,
                  "user_id,timestamp,event,channel,device,value,email,campaign\n"
                  "A-1001,2025-05-02T10:00:00Z,App open,app,mobile,,ivan.brown17@example.com,\n"
                  "A-1001,2025-05-02T10:01:10Z,Product page,app,mobile,,,\n"
                  "A-1001,n/a,Cart,app,mobile,,,\n"
                  "A-1002,2025-05-03T09:00:00Z,App open,app,mobile,,felix.jones99@example.com,\n"
                  "A-1002,2025-05-03T09:02:00Z,Cart,app,mobile,,,\n");
        MainWindow window;
        window.resize(1440, 900);
        window.show();
        ImportWizard* wizard = window.startImport(
            {sourceFile(QStringLiteral("resources/sample/clickstream-sample.csv")), appEvents});
        wizard->resize(1000, 700);
        wizard->projectEdit()->setText(m_dir.filePath(QStringLiteral("new.journey")));
        QSignalSpy ready(wizard->mappingPage(), &MappingPage::previewReady);
        wizard->next();
        QVERIFY(ready.wait(60000));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::OptionsPageId));
        wizard->rowErrorBox()->setCurrentIndex(1); // skip the row and report it
        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ReportPageId), 120000);
        wizard->resize(1000, 360);
        save(wizard, QStringLiteral("import-report"));
        wizard->accept();
    }
};

QTEST_MAIN(TakeScreenshots)
#include "takescreenshots.moc"
