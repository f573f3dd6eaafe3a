#include "ui/canvas/funnelscene.h"

#include "core/base/timeutil.h"
#include "ui/canvas/emptystate.h"

#include <algorithm>
#include <cmath>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QValueAxis>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::FunnelScene)
};

constexpr double StepWidth = 230;
constexpr double ChartHeight = 330;

QString percent(double share)
{
    return QString::number(share * 100, 'f', share < 0.1 ? 1 : 0) + QStringLiteral(" %");
}

/// The lines under a step: how many got here, how fast, and where the others went.
QStringList stepLines(const FunnelResult& funnel, size_t i)
{
    const FunnelStep& step = funnel.steps[i];
    QStringList lines;
    lines.append(Text::tr("%L1 journeys").arg(step.count));
    if (i > 0) {
        lines.append(Text::tr("%1 of the previous").arg(percent(step.conversionFromPrevious)));
        lines.append(Text::tr("%1 of the first").arg(percent(step.conversionFromFirst)));
    }
    if (!std::isnan(step.medianSecondsFromPrevious) && i > 0)
        lines.append(
            Text::tr("median %1 after").arg(readableDuration(step.medianSecondsFromPrevious)));
    if (i + 1 < funnel.steps.size() && step.dropped > 0) {
        lines.append(Text::tr("%L1 dropped off:").arg(step.dropped));
        if (step.left > 0)
            lines.append(Text::tr("  ended there: %1")
                             .arg(percent(double(step.left) / double(step.dropped))));
        for (size_t n = 0; n < step.next.size() && n < 3; ++n) {
            lines.append(QStringLiteral("  %1: %2")
                             .arg(step.next[n].name,
                                  percent(double(step.next[n].count) / double(step.dropped))));
        }
    }
    return lines;
}

} // namespace

void drawFunnel(QGraphicsScene& scene, const FunnelResult& funnel, const FunnelBreakdown& breakdown,
                const CanvasStyle& style)
{
    scene.setBackgroundBrush(style.background);
    if (funnel.steps.empty() || funnel.steps.front().count == 0) {
        drawEmptyState(scene, style, Text::tr("No data for this filter"),
                       Text::tr("No journey reaches the first step with these filters."));
        return;
    }
    QStringList names;
    for (const FunnelStep& step : funnel.steps)
        names.append(step.touchpointNames.join(QStringLiteral(" or ")));
    auto* title = scene.addSimpleText(Text::tr("Funnel: %1").arg(names.join(QStringLiteral(" → "))),
                                      style.title);
    title->setBrush(style.text);
    auto* subtitle =
        scene.addSimpleText(Text::tr("%L1 journeys looked at; %2 reach the last step")
                                .arg(funnel.journeys)
                                .arg(percent(double(funnel.steps.back().count) /
                                             double(std::max<qint64>(funnel.journeys, 1)))),
                            style.label);
    subtitle->setBrush(style.mutedText);
    subtitle->setPos(0, title->boundingRect().height() + 4);
    const double top = subtitle->pos().y() + subtitle->boundingRect().height() + 12;

    auto* series = new QBarSeries;
    const auto addSet = [&](const QString& name, const FunnelResult& result, const QColor& colour) {
        auto* set = new QBarSet(name);
        for (const FunnelStep& step : result.steps)
            *set << double(step.count);
        set->setColor(colour);
        set->setBorderColor(colour);
        set->setLabelColor(style.text);
        series->append(set);
    };
    if (breakdown.groups.empty()) {
        addSet(Text::tr("journeys"), funnel, style.accent);
    } else {
        for (const FunnelGroup& group : breakdown.groups)
            addSet(group.name, group.result, style.channelColor(group.name));
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));

    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setLabelsFont(style.label);
    categories->setLabelsColor(style.text);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* counts = new QValueAxis;
    counts->setRange(0, double(funnel.steps.front().count) * 1.15);
    counts->applyNiceNumbers();
    counts->setLabelFormat(QStringLiteral("%.0f"));
    counts->setLabelsFont(style.small);
    counts->setLabelsColor(style.mutedText);
    counts->setGridLineColor(style.surface);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->legend()->setVisible(!breakdown.groups.empty());
    chart->legend()->setLabelColor(style.text);
    chart->legend()->setFont(style.small);
    const double width = std::max(600.0, StepWidth * double(funnel.steps.size()) + 80);
    chart->setGeometry(QRectF(0, top, width, ChartHeight));
    scene.addItem(chart);

    // Each step's figures under its bar: the plot area's columns are the steps.
    const QRectF plot = chart->plotArea().translated(0, top);
    const double column = plot.width() / double(funnel.steps.size());
    for (size_t i = 0; i < funnel.steps.size(); ++i) {
        double y = top + ChartHeight + 8;
        for (const QString& line : stepLines(funnel, i)) {
            auto* text = scene.addSimpleText(line, line.startsWith(QLatin1Char(' ')) ? style.small
                                                                                     : style.label);
            text->setBrush(line.startsWith(QLatin1Char(' ')) ? style.mutedText : style.text);
            text->setPos(plot.left() + column * double(i) + 8, y);
            y += text->boundingRect().height() + 2;
        }
    }
    scene.setSceneRect(scene.itemsBoundingRect().adjusted(-24, -24, 24, 24));
}

} // namespace journeyscope
