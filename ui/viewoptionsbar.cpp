#include "ui/viewoptionsbar.h"

#include <cmath>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>

namespace journeyscope {

namespace {

QSlider* percentSlider(int minimum, const QString& name, QWidget* parent)
{
    auto* slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(minimum, 100);
    slider->setTracking(false); // one redraw when let go, not one per pixel
    slider->setFixedWidth(140);
    slider->setAccessibleName(name);
    return slider;
}

} // namespace

ViewOptionsBar* ViewOptionsBar::create(ViewKind kind, QWidget* parent)
{
    switch (kind) {
    case ViewKind::Graph:
    case ViewKind::Funnel:
    case ViewKind::Paths:
    case ViewKind::Heatmap:
        return new ViewOptionsBar(kind, parent);
    default:
        return nullptr;
    }
}

ViewOptionsBar::ViewOptionsBar(ViewKind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    const auto addCombo = [&](const QString& label, const QString& name) {
        auto* box = new QComboBox(this);
        box->setAccessibleName(name);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        if (!label.isEmpty())
            layout->addWidget(new QLabel(label, this));
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ViewOptionsBar::changed);
        return box;
    };
    switch (kind) {
    case ViewKind::Graph:
        m_level = addCombo(tr("Nodes:"), tr("Graph level"));
        m_level->addItem(tr("Touchpoints"), int(GraphLevel::Touchpoint));
        m_level->addItem(tr("Stages"), int(GraphLevel::Stage));
        layout->addWidget(new QLabel(tr("Detail:"), this));
        m_nodes = percentSlider(5, tr("Share of nodes shown"), this);
        m_edges = percentSlider(1, tr("Share of transitions shown"), this);
        layout->addWidget(m_nodes);
        layout->addWidget(m_edges);
        m_detail = new QLabel(this);
        layout->addWidget(m_detail);
        for (QSlider* slider : {m_nodes, m_edges})
            connect(slider, &QSlider::valueChanged, this, &ViewOptionsBar::changed);
        m_colour = addCombo(tr("Colour:"), tr("Graph colours"));
        m_colour->addItem(tr("Median time"), int(GraphColouring::By::Time));
        m_colour->addItem(tr("Friction"), int(GraphColouring::By::Friction));
        break;
    case ViewKind::Funnel: {
        m_steps = new QLabel(this);
        m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* edit = new QPushButton(tr("&Steps..."), this);
        auto* reset = new QPushButton(tr("Default"), this);
        reset->setToolTip(tr("The busiest touchpoint of each stage, to the goal"));
        layout->addWidget(new QLabel(tr("Steps:"), this));
        layout->addWidget(m_steps);
        layout->addWidget(edit);
        layout->addWidget(reset);
        connect(edit, &QPushButton::clicked, this, &ViewOptionsBar::editFunnelRequested);
        connect(reset, &QPushButton::clicked, this, &ViewOptionsBar::defaultFunnelRequested);
        break;
    }
    case ViewKind::Paths:
        m_direction = addCombo(tr("Paths"), tr("Direction"));
        m_direction->addItem(tr("into"), int(PathDirection::To));
        m_direction->addItem(tr("out of"), int(PathDirection::From));
        m_anchor = addCombo(QString(), tr("Anchor touchpoint"));
        break;
    case ViewKind::Heatmap:
        m_table = addCombo(tr("Table:"), tr("Friction table"));
        m_table->addItem(tr("Stages by channel"), false);
        m_table->addItem(tr("Touchpoints by RFM segment"), true);
        break;
    default:
        break;
    }
    layout->addStretch();
}

void ViewOptionsBar::setChoices(const FilterChoices& choices, const ViewSettings& settings)
{
    m_quiet = true;
    if (m_level) {
        m_level->setCurrentIndex(m_level->findData(int(settings.graphLevel)));
        m_nodes->setValue(int(std::lround(settings.nodeShare * 100)));
        m_edges->setValue(int(std::lround(settings.edgeShare * 100)));
        m_colour->setCurrentIndex(m_colour->findData(int(settings.colourBy)));
    }
    if (m_steps) {
        QStringList steps;
        for (const QStringList& step : settings.funnelSteps)
            steps.append(step.join(tr(" or ")));
        m_steps->setText(steps.isEmpty() ? tr("the busiest touchpoint of each stage, to the goal")
                                         : steps.join(QStringLiteral(" → ")));
    }
    if (m_anchor) {
        m_anchor->clear();
        m_anchor->addItem(tr("the goal"), QString());
        for (const QString& touchpoint : choices.touchpoints)
            m_anchor->addItem(touchpoint, touchpoint);
        m_anchor->setCurrentIndex(std::max(0, m_anchor->findData(settings.pathsAnchor)));
        m_direction->setCurrentIndex(m_direction->findData(int(settings.pathsDirection)));
    }
    if (m_table)
        m_table->setCurrentIndex(settings.heatmapBySegment ? 1 : 0);
    updateDetail();
    m_quiet = false;
}

ViewSettings ViewOptionsBar::apply(ViewSettings settings) const
{
    if (m_level) {
        settings.graphLevel = GraphLevel(m_level->currentData().toInt());
        settings.nodeShare = m_nodes->value() / 100.0;
        settings.edgeShare = m_edges->value() / 100.0;
        settings.colourBy = GraphColouring::By(m_colour->currentData().toInt());
    }
    if (m_anchor) {
        settings.pathsAnchor = m_anchor->currentData().toString();
        settings.pathsDirection = PathDirection(m_direction->currentData().toInt());
    }
    if (m_table)
        settings.heatmapBySegment = m_table->currentData().toBool();
    return settings;
}

void ViewOptionsBar::updateDetail()
{
    if (m_detail) {
        m_detail->setText(
            tr("%1 % of nodes, %2 % of transitions").arg(m_nodes->value()).arg(m_edges->value()));
    }
}

void ViewOptionsBar::changed()
{
    updateDetail();
    if (!m_quiet)
        Q_EMIT settingsChanged();
}

} // namespace journeyscope
