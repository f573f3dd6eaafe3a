#pragma once

#include "ui/preference.h"

#include <QByteArray>
#include <QLocale>

namespace journeyscope {

/// The settings the settings dialog edits, each read where it is used.
namespace settings {

/// "" (the system's), "en", "de", "fr", "es": the language of the next start.
extern const Preference<QString> language;
/// "system", "light", "dark".
extern const Preference<QString> theme;
/// The session gap a new import starts with, in minutes.
extern const Preference<int> sessionGapMinutes;
/// How numbers and dates are written: "" (the system's) or a locale name ("de_DE").
extern const Preference<QString> locale;

/// Whether the canvases are dark: the theme, or for "system" the desktop's palette.
bool darkCanvases();
/// The locale of the "locale" setting.
QLocale chosenLocale();

} // namespace settings

} // namespace journeyscope
