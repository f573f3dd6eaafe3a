#include "ui/appsettings.h"

#include <QGuiApplication>
#include <QPalette>

namespace journeyscope::settings {

const Preference<QString> language{"general/language", QString()};
const Preference<QString> theme{"appearance/theme", QStringLiteral("system")};
const Preference<int> sessionGapMinutes{"import/sessionGapMinutes", 30};
const Preference<QString> locale{"format/locale", QString()};

bool darkCanvases()
{
    const QString chosen = theme.get();
    if (chosen == QLatin1String("dark"))
        return true;
    if (chosen == QLatin1String("light"))
        return false;
    // Qt 6.4 has no colour-scheme hint: a dark window colour means a dark desktop.
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QLocale chosenLocale()
{
    const QString name = locale.get();
    return name.isEmpty() ? QLocale::system() : QLocale(name);
}

} // namespace journeyscope::settings
