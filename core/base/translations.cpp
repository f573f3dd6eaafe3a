#include "core/base/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace journeyscope {

namespace {

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
    QCoreApplication::removeTranslator(&ownTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
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
