#include "ui/canvas/modelreportscene.h"

#include <algorithm>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::ModelReportScene)
};

constexpr double ChartWidth = 420;
constexpr double ChartHeight = 300;

/// A chart styled as every view: page background, readable type, no animation.
QChart* newChart(const QString& title, const CanvasStyle& style)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    chart->setTitleFont(style.label);
    chart->setTitleBrush(style.text);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundRoundness(0);
    chart->legend()->setVisible(false);
    return chart;
}

QValueAxis* unitAxis(const QString& title, const CanvasStyle& style)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, 1);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%.1f"));
    axis->setTitleText(title);
    axis->setTitleFont(style.small);
    axis->setTitleBrush(style.mutedText);
    axis->setLabelsFont(style.small);
    axis->setLabelsColor(style.mutedText);
    axis->setGridLineColor(style.surface);
    return axis;
}

/// A line chart over the unit square: \a points, and \a reference (dashed) for comparison.
QChart* curveChart(const QString& title, const QJsonArray& points,
                   const std::vector<QPointF>& reference, const QString& x, const QString& y,
                   const CanvasStyle& style)
{
    QChart* chart = newChart(title, style);
    auto* baseline = new QLineSeries;
    for (const QPointF& point : reference)
        baseline->append(point);
    baseline->setPen(QPen(style.line, 1.5, Qt::DashLine));
    auto* curve = new QLineSeries;
    for (const QJsonValue& point : points)
        curve->append(point[0].toDouble(), point[1].toDouble());
    curve->setPen(QPen(style.accent, 3));
    chart->addSeries(baseline);
    chart->addSeries(curve);
    auto* xAxis = unitAxis(x, style);
    auto* yAxis = unitAxis(y, style);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    return chart;
}

void place(QGraphicsScene& scene, QChart* chart, const QPointF& at, const QSizeF& size)
{
    chart->setGeometry(QRectF(at, size));
    scene.addItem(chart);
}

} // namespace

void drawModelReport(QGraphicsScene& scene, const StoredModel& model, const QString& title,
                     const CanvasStyle& style)
{
    scene.setBackgroundBrush(style.background);
    const QJsonObject& m = model.metrics;
    auto* headline = scene.addSimpleText(Text::tr("%1: ROC-AUC %2, PR-AUC %3 on %L4 held-out cases")
                                             .arg(title.left(1).toUpper() + title.mid(1))
                                             .arg(m[QStringLiteral("auc")].toDouble(), 0, 'f', 3)
                                             .arg(m[QStringLiteral("pr_auc")].toDouble(), 0, 'f', 3)
                                             .arg(m[QStringLiteral("cases")].toInteger()),
                                         style.title);
    headline->setBrush(style.text);
    auto* sentence = scene.addSimpleText(
        m[QStringLiteral("quality")][QStringLiteral("sentence")].toString(), style.label);
    sentence->setBrush(style.mutedText);
    sentence->setPos(0, headline->boundingRect().height() + 4);
    const double top = sentence->pos().y() + sentence->boundingRect().height() + 16;
    const QSizeF size(ChartWidth, ChartHeight);

    const double positives = m[QStringLiteral("positives")].toDouble() /
                             std::max(1.0, m[QStringLiteral("cases")].toDouble());
    place(scene,
          curveChart(Text::tr("ROC curve"), m[QStringLiteral("roc_curve")].toArray(),
                     {{0, 0}, {1, 1}}, Text::tr("false positive rate"),
                     Text::tr("true positive rate"), style),
          QPointF(0, top), size);
    place(scene,
          curveChart(Text::tr("Precision and recall"), m[QStringLiteral("pr_curve")].toArray(),
                     {{0, positives}, {1, positives}}, Text::tr("recall"), Text::tr("precision"),
                     style),
          QPointF(ChartWidth + 16, top), size);

    // Calibration: each bin's mean prediction against the rate observed in it.
    QChart* calibration = curveChart(Text::tr("Calibration"), QJsonArray(), {{0, 0}, {1, 1}},
                                     Text::tr("predicted"), Text::tr("observed"), style);
    auto* bins = new QScatterSeries;
    bins->setMarkerSize(11);
    bins->setColor(style.accent);
    bins->setBorderColor(style.accent);
    for (const QJsonValue& bin : m[QStringLiteral("reliability")].toArray()) {
        if (bin[QStringLiteral("count")].toInteger() > 0)
            bins->append(bin[QStringLiteral("mean_predicted")].toDouble(),
                         bin[QStringLiteral("observed_rate")].toDouble());
    }
    calibration->addSeries(bins);
    for (QAbstractAxis* axis : calibration->axes())
        bins->attachAxis(axis);
    place(scene, calibration, QPointF(0, top + ChartHeight + 16), size);

    // Lift by decile of the highest scores.
    QChart* lift = newChart(Text::tr("Lift by decile (1: highest scores)"), style);
    auto* set = new QBarSet(Text::tr("lift"));
    QStringList deciles;
    double most = 1;
    for (const QJsonValue& decile : m[QStringLiteral("deciles")].toArray()) {
        *set << decile[QStringLiteral("lift")].toDouble();
        most = std::max(most, decile[QStringLiteral("lift")].toDouble());
        deciles.append(QString::number(decile[QStringLiteral("decile")].toInt()));
    }
    set->setColor(style.accent);
    auto* bars = new QBarSeries;
    bars->append(set);
    lift->addSeries(bars);
    auto* decileAxis = new QBarCategoryAxis;
    decileAxis->append(deciles);
    decileAxis->setLabelsFont(style.small);
    decileAxis->setLabelsColor(style.mutedText);
    auto* liftAxis = unitAxis(Text::tr("lift"), style);
    liftAxis->setRange(0, most * 1.1);
    liftAxis->applyNiceNumbers();
    lift->addAxis(decileAxis, Qt::AlignBottom);
    lift->addAxis(liftAxis, Qt::AlignLeft);
    bars->attachAxis(decileAxis);
    bars->attachAxis(liftAxis);
    place(scene, lift, QPointF(ChartWidth + 16, top + ChartHeight + 16), size);

    // What drives it: the ten strongest features, strongest on top.
    QChart* drivers = newChart(Text::tr("What drives it (mean |SHAP|, log odds)"), style);
    const QJsonArray importance = m[QStringLiteral("importance")].toArray();
    auto* shap = new QBarSet(Text::tr("mean |SHAP|"));
    QStringList features;
    const int shown = std::min<int>(10, int(importance.size()));
    double strongest = 0;
    for (int i = shown - 1; i >= 0; --i) {
        const double value = importance[i][QStringLiteral("mean_abs_shap")].toDouble();
        *shap << value;
        strongest = std::max(strongest, value);
        features.append(importance[i][QStringLiteral("feature")].toString());
    }
    shap->setColor(style.accent);
    auto* horizontal = new QHorizontalBarSeries;
    horizontal->append(shap);
    drivers->addSeries(horizontal);
    auto* featureAxis = new QBarCategoryAxis;
    featureAxis->append(features);
    featureAxis->setLabelsFont(style.small);
    featureAxis->setLabelsColor(style.text);
    auto* valueAxis = unitAxis(QString(), style);
    valueAxis->setRange(0, std::max(strongest * 1.1, 0.01));
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(QStringLiteral("%.2f"));
    drivers->addAxis(featureAxis, Qt::AlignLeft);
    drivers->addAxis(valueAxis, Qt::AlignBottom);
    horizontal->attachAxis(featureAxis);
    horizontal->attachAxis(valueAxis);
    place(scene, drivers, QPointF(2 * (ChartWidth + 16), top),
          QSizeF(ChartWidth + 80, 2 * ChartHeight + 16));
    scene.setSceneRect(scene.itemsBoundingRect().adjusted(-24, -24, 24, 24));
}

} // namespace journeyscope
