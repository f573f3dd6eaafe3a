// Settings: the dialog shows what is stored and stores what is chosen; the window applies
// the theme and the number format to every view at once (German thousands separators on the
// map); new imports start with the chosen session gap; the window's size comes back.

#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"
#include "ui/appsettings.h"
#include "ui/import/importwizard.h"
#include "ui/mainwindow.h"
#include "ui/projectviews.h"
#include "ui/settingsdialog.h"

#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString sample() const { return m_dir.filePath(QStringLiteral("sample.journey")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(makeSampleProject(sample()));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        QLocale::setDefault(QLocale::c());
    }

    void dialogStoresTheChoices()
    {
        SettingsDialog dialog;
        QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(dialog.sessionGapBox()->value(), 30);
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
        dialog.sessionGapBox()->setValue(45);
        dialog.localeBox()->setCurrentIndex(dialog.localeBox()->findData(QStringLiteral("de_DE")));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fr")));
        dialog.save();
        QCOMPARE(settings::theme.get(), QStringLiteral("dark"));
        QCOMPARE(settings::sessionGapMinutes.get(), 45);
        QCOMPARE(settings::locale.get(), QStringLiteral("de_DE"));
        QCOMPARE(settings::language.get(), QStringLiteral("fr"));
        QVERIFY(settings::darkCanvases());
        SettingsDialog again; // shows what is stored
        QCOMPARE(again.sessionGapBox()->value(), 45);
    }

    void windowAppliesThemeAndFormats()
    {
        MainWindow window;
        window.resize(1111, 777);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        window.openProject(sample());
        QVERIFY(loaded.wait(30000));
        ProjectViews* views = window.views();
        QTRY_VERIFY_WITH_TIMEOUT(views->isDrawn(ViewKind::Map), 120000);
        QGraphicsScene* map = views->scene(ViewKind::Map);
        QCOMPARE(map->backgroundBrush().color(), CanvasStyle::darkTheme().background);
        bool german = false; // "2.000 journeys": the German thousands separator
        for (const QGraphicsItem* item : map->items()) {
            if (const auto* text = dynamic_cast<const QGraphicsSimpleTextItem*>(item))
                german = german || text->text().startsWith(QStringLiteral("2.000 journeys"));
        }
        QVERIFY(german);

        ImportWizard wizard(sample(), {});
        QCOMPARE(wizard.sessionGapBox()->value(), 45);
        window.close(); // stores the window's size
    }

    void windowSizeComesBack()
    {
        MainWindow window;
        QCOMPARE(window.size(), QSize(1111, 777));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
