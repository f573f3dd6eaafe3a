// Every language is complete and current with the sources, and the application shows it:
// the main window started in German speaks German, and so do errors from the core.

#include "core/base/error.h"
#include "core/base/translations.h"
#include "core/store/project.h"
#include "tests/support/testsupport.h"
#include "ui/mainwindow.h"

#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace journeyscope;
using namespace journeyscope::test;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList forms; // one, or one per plural form
    bool finished = true;
};

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<TsMessage> messages;
    QString context;
    bool numerus = false;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            messages.append({context, {}, {}, true});
        } else if (xml.name() == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            messages.last().finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            if (!numerus) // a plural translation holds one numerusform per form instead
                messages.last().forms.append(xml.readElementText());
        } else if (xml.name() == QLatin1String("numerusform")) {
            messages.last().forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qFatal("%s:%lld: %s", qPrintable(path), xml.lineNumber(), qPrintable(xml.errorString()));
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n|L\\d+)"));
    QStringList found;
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

qsizetype mnemonics(const QString& text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)(?=\\w)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    return text.count(mnemonic);
}

QString tsFile(const QString& language)
{
    return sourceFile(QStringLiteral("translations/journeyscope_%1.ts").arg(language));
}

QString translationOf(const QList<TsMessage>& messages, const QString& context,
                      const QString& source)
{
    for (const TsMessage& message : messages) {
        if (message.context == context && message.source == source)
            return message.forms.value(0);
    }
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { installTranslations(QStringLiteral("en")); }

    void everyMessageIsTranslated_data() { languages(); }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        const QList<TsMessage> messages = readTs(tsFile(language));
        QVERIFY(messages.size() > 500);
        for (const TsMessage& message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            QVERIFY2(message.finished, qPrintable(where));
            QVERIFY2(!message.forms.isEmpty(), qPrintable(where));
            for (const QString& form : message.forms) {
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(form) == placeholders(message.source), qPrintable(where));
                QVERIFY2(mnemonics(form) == mnemonics(message.source), qPrintable(where));
            }
        }
    }

    // lupdate run over the sources finds nothing new and nothing gone: a string added to the
    // code without a translation fails here.
    void translationsAreCurrentWithTheSources_data()
    {
        languages();
        QTest::newRow("en (plural forms)") << QStringLiteral("en");
    }
    void translationsAreCurrentWithTheSources()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString updated = dir.filePath(QStringLiteral("journeyscope_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsFile(language), updated));
        QFile::setPermissions(updated, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        QStringList arguments{QStringLiteral("-silent"),
                              QStringLiteral("-locations"),
                              QStringLiteral("none"),
                              QStringLiteral("-no-obsolete"),
                              QStringLiteral("-I"),
                              sourceFile({}),
                              sourceFile(QStringLiteral("app")),
                              sourceFile(QStringLiteral("ui")),
                              sourceFile(QStringLiteral("core")),
                              QStringLiteral("-ts"),
                              updated};
        if (language == QLatin1String("en"))
            arguments.prepend(QStringLiteral("-pluralonly")); // English: plural forms only
        lupdate.start(QStringLiteral(JOURNEYSCOPE_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        const QList<TsMessage> committed = readTs(tsFile(language));
        const QList<TsMessage> current = readTs(updated);
        for (const TsMessage& message : current)
            QVERIFY2(message.finished && !message.forms.isEmpty() &&
                         !message.forms.contains(QString()),
                     qPrintable(QStringLiteral("not translated yet: %1: %2")
                                    .arg(message.context, message.source)));
        QCOMPARE(current.size(), committed.size());
    }

    void mainWindowStartedInGermanShowsGerman()
    {
        QVERIFY(installTranslations(QStringLiteral("de")));
        const QList<TsMessage> german = readTs(tsFile(QStringLiteral("de")));
        const QString file = translationOf(german, QStringLiteral("journeyscope::MainWindow"),
                                           QStringLiteral("&File"));
        QCOMPARE(file, QStringLiteral("&Datei"));

        MainWindow window;
        window.show();
        QStringList menus;
        for (const QAction* action : window.menuBar()->actions())
            menus.append(action->text());
        QVERIFY2(menus.contains(file), qPrintable(menus.join(QLatin1Char(' '))));
        QVERIFY(!menus.contains(QStringLiteral("&File")));
        QVERIFY(!menus.contains(QStringLiteral("&Edit")));
        QVERIFY(!menus.contains(QStringLiteral("&View")));
    }

    // The core's messages come out translated too, whatever their file's context is.
    void coreErrorsInTheChosenLanguage_data() { languages(); }
    void coreErrorsInTheChosenLanguage()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(language));
        const QString expected =
            translationOf(readTs(tsFile(language)), QStringLiteral("journeyscope::Project"),
                          QStringLiteral("no such project file"));
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected != QStringLiteral("no such project file"));
        QTemporaryDir dir;
        try {
            Project::open(dir.filePath(QStringLiteral("missing.journey")),
                          Project::Access::ReadWrite);
            QFAIL("opened a missing project");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        }
    }

    // English keeps its source texts and gets its plural forms, whatever the language.
    void englishSaysOneModelAndTwoModels_data() { languages(); }
    void englishSaysOneModelAndTwoModels()
    {
        QFETCH(QString, language);
        const char* plural = "%n model(s) to train again (see models).";
        QVERIFY(installTranslations(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("journeyscope::MainWindow", "&File"),
                 QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate("journeyscope::cli::erase", plural, nullptr, 1),
                 QStringLiteral("1 model to train again (see models)."));
        QCOMPARE(QCoreApplication::translate("journeyscope::cli::erase", plural, nullptr, 2),
                 QStringLiteral("2 models to train again (see models)."));
        // Another language's own plural forms come first.
        QVERIFY(installTranslations(language));
        const QString two =
            QCoreApplication::translate("journeyscope::cli::erase", plural, nullptr, 2);
        QVERIFY2(two.startsWith(QLatin1Char('2')) || two.contains(QLatin1String(" 2 ")),
                 qPrintable(two));
        QVERIFY(two != QStringLiteral("2 models to train again (see models)."));
    }

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"de", "fr", "es"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
