// Views drawn to files through `journeyscope-cli export --view`: the PDF keeps its text as
// text (pdftotext finds the touchpoint names and the stamp), the SVG parses, the PNG's
// size follows the DPI, and an empty filter draws "No data for this filter".

#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"

#include <QImage>
#include <QJsonArray>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace journeyscope::test;

class TestViewExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(importGeneratedShop(project(), m_dir.filePath(QStringLiteral("clicks.csv")), 400));
    }

    void graphAsPdfKeepsText()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("graph.pdf"));
        const Run run = cli({QStringLiteral("export"), project(), QStringLiteral("--view"),
                             QStringLiteral("graph"), QStringLiteral("--format"),
                             QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(readFile(pdf).startsWith("%PDF-"));
        const QByteArray text = pdfText(pdf);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        for (const char* name : {"Start", "End", "Product page", "Cart", "customers"})
            QVERIFY2(text.contains(name), name);
        QVERIFY(text.contains("shop.journey")); // the stamp
        QVERIFY(text.contains("generated"));
    }

    void graphByFrictionSaysSo()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("graph-friction.pdf"));
        const Run run =
            cli({QStringLiteral("export"), project(), QStringLiteral("--view"),
                 QStringLiteral("graph"), QStringLiteral("--colour-by"), QStringLiteral("friction"),
                 QStringLiteral("--goal"), QStringLiteral("Checkout"), QStringLiteral("--format"),
                 QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
        QCOMPARE(run.exitCode, 0);
        const QByteArray text = pdfText(pdf);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(text.contains("friction score"));
        QVERIFY(text.contains("Checkout"));
    }

    void graphAsSvgParses()
    {
        const QString svg = m_dir.filePath(QStringLiteral("graph.svg"));
        QCOMPARE(cli({QStringLiteral("export"), project(), QStringLiteral("--view"),
                      QStringLiteral("graph"), QStringLiteral("--level"), QStringLiteral("stage"),
                      QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("-o"), svg})
                     .exitCode,
                 0);
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(readFile(svg).contains("Start"));
    }

    // Without --format, the output's name says it; --format wins over the name.
    void formatFollowsTheFileName()
    {
        const QString png = m_dir.filePath(QStringLiteral("named.PNG"));
        QCOMPARE(cli({QStringLiteral("export"), project(), QStringLiteral("--view"),
                      QStringLiteral("graph"), QStringLiteral("--dpi"), QStringLiteral("72"),
                      QStringLiteral("-o"), png})
                     .exitCode,
                 0);
        QVERIFY(readFile(png).startsWith("\x89PNG"));
        const QString svgNamedPdf = m_dir.filePath(QStringLiteral("really-svg.pdf"));
        QCOMPARE(cli({QStringLiteral("export"), project(), QStringLiteral("--view"),
                      QStringLiteral("graph"), QStringLiteral("--format"), QStringLiteral("svg"),
                      QStringLiteral("-o"), svgNamedPdf})
                     .exitCode,
                 0);
        QVERIFY(readFile(svgNamedPdf).contains("<svg"));
        const Run unknown = cli({QStringLiteral("export"), project(), QStringLiteral("--view"),
                                 QStringLiteral("graph"), QStringLiteral("-o"),
                                 m_dir.filePath(QStringLiteral("graph.gif"))});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("--format: expected pdf, png or svg, found \"gif\""));
    }

    void pngSizeFollowsTheDpi_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("72") << 72;
        QTest::newRow("150") << 150;
        QTest::newRow("300 (default)") << 0;
    }

    void pngSizeFollowsTheDpi()
    {
        QFETCH(int, dpi);
        const QString png = m_dir.filePath(QStringLiteral("graph-%1.png").arg(dpi));
        QStringList arguments{QStringLiteral("export"),   project(),
                              QStringLiteral("--view"),   QStringLiteral("graph"),
                              QStringLiteral("--level"),  QStringLiteral("stage"),
                              QStringLiteral("--format"), QStringLiteral("png"),
                              QStringLiteral("-o"),       png,
                              QStringLiteral("--json")};
        if (dpi > 0)
            arguments << QStringLiteral("--dpi") << QString::number(dpi);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 0);
        const double scale = (dpi > 0 ? dpi : 300) / 72.0;
        const QImage image(png);
        QVERIFY(!image.isNull());
        // The scene and the stamp band under it (22 points), in pixels at the DPI.
        const double width = run.json()[QStringLiteral("width_points")].toDouble();
        const double height = run.json()[QStringLiteral("height_points")].toDouble() + 22;
        QCOMPARE(image.width(), qRound(width * scale));
        QCOMPARE(image.height(), qRound(height * scale));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi > 0 ? dpi : 300);
        // The stamp's 8-point text fits its band at every DPI: ink in the band, none in
        // its lowest 4 points or beyond the text's height.
        const auto inkRows = [&](double fromPoints, double toPoints) {
            int rows = 0;
            for (int y = qRound((height - fromPoints) * scale);
                 y < qRound((height - toPoints) * scale); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (qGray(image.pixel(x, y)) < 160) {
                        ++rows;
                        break;
                    }
                }
            }
            return rows;
        };
        QVERIFY(inkRows(22, 0) > 0);
        QCOMPARE(inkRows(4, 0), 0);
        QVERIFY2(inkRows(22, 0) <= qRound(10 * scale), qPrintable(QString::number(inkRows(22, 0))));
    }

    void heatmapFunnelAndPack()
    {
        QCOMPARE(cli({QStringLiteral("stages"), project(), QStringLiteral("--auto"),
                      QStringLiteral("4"), QStringLiteral("--accept")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("goal"), project(), QStringLiteral("--set"),
                      QStringLiteral("Order confirmation,Store purchase")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("notes"), project(), QStringLiteral("--add"),
                      QStringLiteral("Stage 1:pain=Prices shown too late")})
                     .exitCode,
                 0);
        const QString steps = QStringLiteral("Product page,Cart,Checkout");
        const QString pack = m_dir.filePath(QStringLiteral("pack.pdf"));
        const Run run = cli({QStringLiteral("export"), project(), QStringLiteral("--view"),
                             QStringLiteral("pack"), QStringLiteral("--steps"), steps,
                             QStringLiteral("--format"), QStringLiteral("pdf"),
                             QStringLiteral("-o"), pack, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json()[QStringLiteral("views")].toArray().size(), 4);
        // One page object per view.
        QCOMPARE(readFile(pack).count("/Type /Page\n") + readFile(pack).count("/Type /Page\r"), 4);
        const QByteArray text = pdfText(pack);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        for (const char* expected :
             {"Journey map", "Touchpoints", "Pain points", "Prices shown too late", "Opportunities",
              "Friction by stage and channel", "web", "Funnel: Product page", "Checkout",
              "customers", "journeys"})
            QVERIFY2(text.contains(expected), expected);
        QCOMPARE(text.count("shop.journey"), 4); // every page stamped
    }

    void touchpointBySegmentHeatmap()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("segments.pdf"));
        QCOMPARE(cli({QStringLiteral("export"), project(), QStringLiteral("--view"),
                      QStringLiteral("heatmap"), QStringLiteral("--matrix"),
                      QStringLiteral("touchpoint-segment"), QStringLiteral("--format"),
                      QStringLiteral("pdf"), QStringLiteral("-o"), pdf})
                     .exitCode,
                 0);
        const Run bad = cli({QStringLiteral("export"), project(), QStringLiteral("--view"),
                             QStringLiteral("heatmap"), QStringLiteral("--matrix"),
                             QStringLiteral("stage-segment"), QStringLiteral("--format"),
                             QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.startsWith("--matrix: expected stage-channel or touchpoint-segment"));
        const QByteArray text = pdfText(pdf);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(text.contains("Friction by touchpoint and segment"));
        QVERIFY(text.contains("Product page"));
    }

    void modelReport()
    {
        // Cart, as a goal common enough for a model of 400 generated customers.
        QCOMPARE(cli({QStringLiteral("train"), project(), QStringLiteral("--goal"),
                      QStringLiteral("Cart")})
                     .exitCode,
                 0);
        const QString pdf = m_dir.filePath(QStringLiteral("model.pdf"));
        QCOMPARE(cli({QStringLiteral("export"), project(), QStringLiteral("--view"),
                      QStringLiteral("model"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("-o"), pdf})
                     .exitCode,
                 0);
        const QByteArray text = pdfText(pdf);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(text.contains("model drop-off model")); // the stamp names the model
        for (const char* expected :
             {"Drop-off model", "ROC-AUC", "ROC curve", "Precision and recall", "Calibration",
              "Lift by decile", "What drives it"})
            QVERIFY2(text.contains(expected), expected);
    }

    void personaCards()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("personas.pdf"));
        const QStringList exportPersonas{QStringLiteral("export"),   project(),
                                         QStringLiteral("--view"),   QStringLiteral("personas"),
                                         QStringLiteral("--format"), QStringLiteral("pdf"),
                                         QStringLiteral("-o"),       pdf};
        QCOMPARE(cli(exportPersonas).exitCode, 0);
        QByteArray text = pdfText(pdf);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(text.contains("No personas yet"));
        const Run drafted = cli({QStringLiteral("segments"), project(), QStringLiteral("--k"),
                                 QStringLiteral("rfm"), QStringLiteral("--save-personas"),
                                 QStringLiteral("--json")});
        QCOMPARE(drafted.exitCode, 0);
        QCOMPARE(cli(exportPersonas).exitCode, 0);
        text = pdfText(pdf);
        for (const char* expected : {"Personas", "of customers", "IN NUMBERS", "CHANNELS"})
            QVERIFY2(text.contains(expected), expected);
    }

    void pathsAsSankey()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("paths.pdf"));
        QCOMPARE(cli({QStringLiteral("export"), project(), QStringLiteral("--view"),
                      QStringLiteral("paths"), QStringLiteral("--from-touchpoint"),
                      QStringLiteral("Cart"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("-o"), pdf})
                     .exitCode,
                 0);
        const Run noAnchor = cli({QStringLiteral("export"), project(), QStringLiteral("--view"),
                                  QStringLiteral("paths"), QStringLiteral("--format"),
                                  QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
        QCOMPARE(noAnchor.exitCode, 1);
        QVERIFY(noAnchor.err.startsWith("--from-touchpoint: the paths view needs an anchor"));
        const QByteArray text = pdfText(pdf);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        for (const char* expected : {"Paths from Cart", "(end)", "journeys pass it"})
            QVERIFY2(text.contains(expected), expected);
    }

    void emptyFilterOnEveryView_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("map") << QStringLiteral("map");
        QTest::newRow("heatmap") << QStringLiteral("heatmap");
        QTest::newRow("paths") << QStringLiteral("paths");
        QTest::newRow("personas") << QStringLiteral("personas");
        QTest::newRow("funnel") << QStringLiteral("funnel");
    }

    void emptyFilterOnEveryView()
    {
        QFETCH(QString, view);
        const QString pdf = m_dir.filePath(view + QStringLiteral("-empty.pdf"));
        const Run run = cli(
            {QStringLiteral("export"), project(), QStringLiteral("--view"), view,
             QStringLiteral("--steps"), QStringLiteral("Product page,Cart"),
             QStringLiteral("--from-touchpoint"), QStringLiteral("Cart"), QStringLiteral("--goal"),
             QStringLiteral("Cart"), QStringLiteral("--channel"), QStringLiteral("fax"),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
        // An unknown channel is an error that names the option; an empty date range is not.
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.startsWith("--channel:"));
        QCOMPARE(cli({QStringLiteral("export"), project(), QStringLiteral("--view"), view,
                      QStringLiteral("--steps"), QStringLiteral("Product page,Cart"),
                      QStringLiteral("--from-touchpoint"), QStringLiteral("Cart"),
                      QStringLiteral("--goal"), QStringLiteral("Cart"), QStringLiteral("--to"),
                      QStringLiteral("2001-01-01"), QStringLiteral("--format"),
                      QStringLiteral("pdf"), QStringLiteral("-o"), pdf})
                     .exitCode,
                 0);
        const QByteArray text = pdfText(pdf);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(text.contains("No data for this filter"));
    }

    void emptyFilterSaysSo()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
        QCOMPARE(
            cli({QStringLiteral("export"), project(), QStringLiteral("--view"),
                 QStringLiteral("graph"), QStringLiteral("--from"), QStringLiteral("2031-01-01"),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf})
                .exitCode,
            0);
        const QByteArray text = pdfText(pdf);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(text.contains("No data for this filter"));
        QVERIFY(text.contains("from 2031-01-01"));
    }

    void badOptionsNameThemselves_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("view")
            << QStringList{QStringLiteral("--view"), QStringLiteral("poster"),
                           QStringLiteral("--format"), QStringLiteral("pdf")}
            << QByteArray("--view: expected map, graph, funnel, heatmap, paths, personas, model");
        QTest::newRow("format") << QStringList{QStringLiteral("--view"), QStringLiteral("graph"),
                                               QStringLiteral("--format"), QStringLiteral("gif")}
                                << QByteArray("--format: expected pdf, png or svg");
        QTest::newRow("dpi") << QStringList{QStringLiteral("--view"),   QStringLiteral("graph"),
                                            QStringLiteral("--format"), QStringLiteral("png"),
                                            QStringLiteral("--dpi"),    QStringLiteral("5")}
                             << QByteArray("--dpi: expected dots per inch from 36 to 1200");
        QTest::newRow("colour-by")
            << QStringList{QStringLiteral("--view"),      QStringLiteral("graph"),
                           QStringLiteral("--format"),    QStringLiteral("pdf"),
                           QStringLiteral("--colour-by"), QStringLiteral("warmth")}
            << QByteArray("--colour-by: expected time or friction, found \"warmth\"");
    }

    void badOptionsNameThemselves()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        const QString out = m_dir.filePath(QStringLiteral("never.out"));
        arguments =
            QStringList{QStringLiteral("export"), project(), QStringLiteral("-o"), out} + arguments;
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(expected), run.err.constData());
        QVERIFY(!QFile::exists(out)); // nothing half-written
    }

private:
    QString project() const { return m_dir.filePath(QStringLiteral("shop.journey")); }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestViewExport)
#include "tst_viewexport.moc"
