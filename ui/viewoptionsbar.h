#pragma once

#include "ui/views/computeview.h"
#include "ui/views/filterchoices.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;

namespace journeyscope {

/**
 * The settings of one view above its canvas: the journey graph's level, detail sliders and
 * colouring; the funnel's steps; the paths' anchor and direction; the heatmap's table.
 * Views without settings get no bar. Changes are announced with settingsChanged().
 */
class ViewOptionsBar : public QWidget
{
    Q_OBJECT

public:
    /// A bar for \a kind, or null when the view has nothing to set.
    static ViewOptionsBar* create(ViewKind kind, QWidget* parent = nullptr);

    /// Offers \a choices (touchpoints for anchors and steps) and shows \a settings.
    void setChoices(const FilterChoices& choices, const ViewSettings& settings);
    /// \a settings with this bar's part as the user set it.
    ViewSettings apply(ViewSettings settings) const;

    QComboBox* levelBox() const { return m_level; }
    QSlider* nodeSlider() const { return m_nodes; }
    QSlider* edgeSlider() const { return m_edges; }
    QComboBox* colourBox() const { return m_colour; }
    QComboBox* anchorBox() const { return m_anchor; }
    QComboBox* directionBox() const { return m_direction; }
    QComboBox* tableBox() const { return m_table; }

Q_SIGNALS:
    void settingsChanged();
    /// The funnel's "Steps..." button: the window opens the funnel builder.
    void editFunnelRequested();
    /// The funnel's "Default" button.
    void defaultFunnelRequested();

private:
    explicit ViewOptionsBar(ViewKind kind, QWidget* parent);
    void changed();
    void updateDetail();

    ViewKind m_kind;
    QComboBox* m_level = nullptr;
    QSlider* m_nodes = nullptr;
    QSlider* m_edges = nullptr;
    QLabel* m_detail = nullptr;
    QComboBox* m_colour = nullptr;
    QLabel* m_steps = nullptr;
    QComboBox* m_anchor = nullptr;
    QComboBox* m_direction = nullptr;
    QComboBox* m_table = nullptr;
    bool m_quiet = false;
};

} // namespace journeyscope
