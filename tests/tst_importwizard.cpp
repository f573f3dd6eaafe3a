// The import wizard driven as a user would: files, the columns' roles shown on a preview and
// changed, options, the import on a worker and its report; an incomplete mapping that
// cannot go on; Cancel that leaves an existing project as it was and creates no new one.
// And the window's ways in: opening or dropping a data file starts the wizard, Save As
// copies the project, recent projects are remembered.

#include "core/store/project.h"
#include "core/store/projectcopy.h"
#include "core/store/projectsummary.h"
#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"
#include "ui/import/importwizard.h"
#include "ui/import/mappingpage.h"
#include "ui/import/previewmodel.h"
#include "ui/mainwindow.h"
#include "ui/recentprojects.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

constexpr int Timeout = 120000;

ProjectSummary summaryOf(const QString& path)
{
    const auto project = Project::openForReading(path);
    return ProjectSummary::read(project->database());
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString sampleCsv() const
    {
        return sourceFile(QStringLiteral("resources/sample/clickstream-sample.csv"));
    }

    /// Goes from the files page to the mapping page and waits for the preview.
    static void toMapping(ImportWizard& wizard)
    {
        QSignalSpy ready(wizard.mappingPage(), &MappingPage::previewReady);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QVERIFY(ready.wait(Timeout));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of its own
        QVERIFY(m_dir.isValid());
    }

    void importsIntoANewProjectWithTheRolesChosen()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.journey"));
        ImportWizard wizard(QString(), {sampleCsv()});
        wizard.show();
        wizard.projectEdit()->clear();
        QVERIFY(!wizard.currentPage()->isComplete()); // no project named
        wizard.projectEdit()->setText(path);
        QVERIFY(wizard.currentPage()->isComplete());
        toMapping(wizard);

        MappingPage* mapping = wizard.mappingPage();
        QAbstractItemModelTester tester(mapping->previewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        PreviewModel* preview = mapping->previewModel();
        QCOMPARE(preview->rowCount(), 20);
        QStringList headers;
        for (int column = 0; column < preview->columnCount(); ++column)
            headers.append(preview->headerData(column, Qt::Horizontal).toString());
        const int channel = int(
            std::find_if(headers.begin(), headers.end(),
                         [](const QString& h) { return h.contains(QStringLiteral("→ channel")); }) -
            headers.begin());
        QVERIFY2(channel < headers.size(), qPrintable(headers.join(QLatin1Char('|'))));
        QVERIFY(headers.join(QLatin1Char('|')).contains(QStringLiteral("→ customer")));
        QVERIFY(mapping->isComplete());

        // The channel is not wanted: the import must leave it out.
        mapping->setRole(channel, ColumnRole::Ignore);
        QVERIFY(preview->headerData(channel, Qt::Horizontal)
                    .toString()
                    .endsWith(QStringLiteral("→ ignore")));
        QCOMPARE(mapping->overrides().columns.size(), 1);
        wizard.next();
        wizard.sessionGapBox()->setValue(15);
        QVERIFY(wizard.keepPiiBox()->isEnabled()); // a new project may keep ids
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.next();
        QVERIFY(imported.wait(Timeout));
        QCOMPARE(imported.first().first().toString(), path);
        QTRY_COMPARE(wizard.currentId(), int(ImportWizard::ReportPageId));
        QVERIFY(
            wizard.reportText()->toPlainText().contains(QStringLiteral("clickstream-sample.csv")));

        const ProjectSummary summary = summaryOf(path);
        QCOMPARE(summary.events, wizard.report()->events());
        QVERIFY(summary.events > 20000);
        QCOMPARE(summary.channels, 0); // ignored as asked
    }

    void aMappingWithoutATimeCannotGoOn()
    {
        ImportWizard wizard(m_dir.filePath(QStringLiteral("x.journey")), {sampleCsv()});
        wizard.show();
        toMapping(wizard);
        MappingPage* mapping = wizard.mappingPage();
        const QList<ColumnRole> roles = mapping->previewModel()->roles();
        mapping->setRole(int(roles.indexOf(ColumnRole::Time)), ColumnRole::Attribute);
        QVERIFY(!mapping->isComplete());
        QVERIFY(mapping->missing().contains(QStringLiteral("time")));
        // Two customer columns are one too many.
        mapping->setRole(int(roles.indexOf(ColumnRole::Time)), ColumnRole::Customer);
        QVERIFY(mapping->missing().contains(QStringLiteral("Only one column")));
    }

    void cancelLeavesTheProjectAsItWas()
    {
        // Large enough that the import is still running when Cancel is pressed.
        const QString big = m_dir.filePath(QStringLiteral("big.csv"));
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("-o"), big,
                      QStringLiteral("--customers"), QStringLiteral("20000")})
                     .exitCode,
                 0);
        const QString existing = m_dir.filePath(QStringLiteral("existing.journey"));
        QCOMPARE(cli({QStringLiteral("import"), existing, sampleCsv()}).exitCode, 0);
        const qint64 before = summaryOf(existing).events;

        for (const QString& target : {existing, m_dir.filePath(QStringLiteral("never.journey"))}) {
            ImportWizard wizard(target == existing ? existing : QString(), {big});
            wizard.projectEdit()->setText(target);
            wizard.show();
            toMapping(wizard);
            wizard.next();
            wizard.next(); // the import starts
            QVERIFY(wizard.isImporting());
            wizard.reject();             // Cancel
            QVERIFY(wizard.isVisible()); // stays to say how it ended
            QTRY_VERIFY_WITH_TIMEOUT(
                wizard.runStatus()->text().contains(QStringLiteral("cancelled")), Timeout);
            QVERIFY(!wizard.isImporting());
            QVERIFY(!wizard.report());
        }
        QCOMPARE(summaryOf(existing).events, before);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.journey"))));
        const QStringList leftovers =
            QDir(m_dir.path()).entryList({QStringLiteral("never.journey*")});
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }

    void droppingADataFileStartsTheWizard()
    {
        MainWindow window;
        window.show();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(sampleCsv())});
        // As a drag does: it enters, is accepted, then drops.
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        auto* wizard = window.findChild<ImportWizard*>();
        QVERIFY(wizard);
        QCOMPARE(wizard->files(), QStringList{sampleCsv()});
        // No project open: a new one, beside the data and named after it.
        QCOMPARE(wizard->projectEdit()->text(), QFileInfo(sampleCsv()).absolutePath() +
                                                    QStringLiteral("/clickstream-sample.journey"));
    }

    void aNewProjectIsSuggestedButNeverOverwritten()
    {
        const QString csv = m_dir.filePath(QStringLiteral("visits.csv.gz"));
        QVERIFY(QFile::copy(sampleCsv(), csv));
        const QString suggested = m_dir.filePath(QStringLiteral("visits.journey"));
        QCOMPARE(ImportWizard(QString(), {csv}).projectEdit()->text(), suggested);
        writeFile(suggested, "taken");
        QVERIFY(ImportWizard(QString(), {csv}).projectEdit()->text().isEmpty());
        QFile::remove(suggested);
        const QString open = m_dir.filePath(QStringLiteral("open.journey"));
        QCOMPARE(ImportWizard(open, {csv}).projectEdit()->text(), open); // into the open one
    }

    void saveAsCopiesAndRecentRemembers()
    {
        const QString source = m_dir.filePath(QStringLiteral("new.journey"));
        const QString copy = m_dir.filePath(QStringLiteral("copy.journey"));
        copyProject(source, copy);
        QCOMPARE(summaryOf(copy).events, summaryOf(source).events);
        QVERIFY_THROWS_EXCEPTION(Error, copyProject(source, source));

        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        window.openFiles({copy});
        QVERIFY(loaded.wait(Timeout));
        QCOMPARE(RecentProjects::list().value(0), QFileInfo(copy).absoluteFilePath());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("copy.journey")));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
