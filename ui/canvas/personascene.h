#pragma once

#include "core/journey/personas.h"
#include "ui/canvas/canvasstyle.h"

class QGraphicsScene;

namespace journeyscope {

/**
 * Draws persona cards, two a row: avatar, name and quote, the share of customers with
 * their conversion and value, the channel mix as a bar in the channels' colours, the
 * typical path, goals, frustrations and where they drop off. Every number comes from the
 * card's segment recomputed on the current data. No personas: how to draft them.
 */
void drawPersonaCards(QGraphicsScene& scene, const std::vector<PersonaCard>& cards,
                      const CanvasStyle& style);

} // namespace journeyscope
