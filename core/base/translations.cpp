#include "core/base/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace journeyscope {

namespace {

QTranslator& englishPlurals()
{
    static QTranslator translator;
    return translator;
}

QTranslator& ownTranslator()
{
    static QTranslator translator;
    return translator;
}

QTranslator& qtTranslator()
{
    static QTranslator translator;
    return translator;
}

} // namespace

bool installTranslations(const QString& language)
{
    for (QTranslator* translator : {&englishPlurals(), &ownTranslator(), &qtTranslator()})
        QCoreApplication::removeTranslator(translator);
    // English plural forms ("1 row", "2 rows") under every language: the one installed
    // last is asked first, so another language's own forms win where it has them.
    if (englishPlurals().load(QStringLiteral(":/i18n/journeyscope_en.qm")))
        QCoreApplication::installTranslator(&englishPlurals());
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (qtTranslator().load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator());
    const bool found = ownTranslator().load(locale, QStringLiteral("journeyscope"),
                                            QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(&ownTranslator());
    return found;
}

} // namespace journeyscope
