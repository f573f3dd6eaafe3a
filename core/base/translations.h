#pragma once

#include <QString>

namespace journeyscope {

/// Installs the translations of \a language ("de", "fr", …; empty: the system's) into the
/// running application: Journeyscope's own from the resources at :/i18n and Qt's (standard
/// dialogs and buttons) from the system's Qt. Returns whether Journeyscope's own were found;
/// English needs none. A later call replaces what an earlier one installed.
bool installTranslations(const QString& language);

} // namespace journeyscope
