#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace journeyscope {

/**
 * The one visual language of every view: colours that stay apart for colour-blind eyes
 * (Okabe and Ito's palette, the same colour for a channel everywhere), a sequential scale
 * for heat, and type sizes readable from the back of a room. Light and dark.
 */
struct CanvasStyle
{
    bool dark = false;
    QColor background;
    QColor surface; ///< boxes and cards
    QColor text;
    QColor mutedText;
    QColor line; ///< edges, grid
    QColor accent;
    QFont title;
    QFont label;
    QFont small;

    static CanvasStyle light();
    static CanvasStyle darkTheme();

    /// The colour of a channel: fixed for the usual ones (web, app, email, social, call
    /// centre, store), from the palette by name for the others.
    QColor channelColor(const QString& channel) const;
    /// A colour-blind-safe sequential colour for \a share in [0, 1] (low: pale, high:
    /// deep), for friction and heat.
    QColor heat(double share) const;
    /// Text that reads on \a fill.
    QColor textOn(const QColor& fill) const;
};

} // namespace journeyscope
