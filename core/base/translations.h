#pragma once

#include <QString>

namespace journeyscope {

/// Installs the translations of \a language ("de", "fr", …; empty: the system's) into the
/// running application: Journeyscope's own from the resources at :/i18n and Qt's (standard
/// dialogs and buttons) from the system's Qt, over English plural forms that always apply.
/// Returns whether Journeyscope's own for \a language were found (for English: its plural
/// forms). A later call replaces what an earlier one installed.
bool installTranslations(const QString& language);

} // namespace journeyscope
