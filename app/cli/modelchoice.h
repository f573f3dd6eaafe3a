#pragma once

#include "core/predict/storedmodel.h"

#include <QCommandLineParser>

namespace journeyscope::cli {

/// Adds --model ID: which stored model a command uses.
void addModelOption(QCommandLineParser& parser);

/**
 * The model of --model, or the newest one that scores customers (drop-off or label).
 * Throws Error naming --model, or saying how to train one.
 */
StoredModel chosenModel(const Database& db, const QCommandLineParser& parser);

} // namespace journeyscope::cli
