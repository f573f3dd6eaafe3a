#include "ui/settingsdialog.h"

#include "ui/appsettings.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace journeyscope {

namespace {

void select(QComboBox* box, const QString& value)
{
    box->setCurrentIndex(std::max(0, box->findData(value)));
}

} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_gap(new QSpinBox(this))
    , m_locale(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_theme->addItem(tr("As the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_gap->setRange(1, 24 * 60);
    m_gap->setSuffix(tr(" min"));
    // Each example shows how that choice writes a number and a date.
    const auto example = [](const QLocale& locale) {
        return QStringLiteral("%1, %2").arg(
            locale.toString(1234567.5, 'f', 1),
            locale.toString(QDate(2025, 3, 31), QLocale::ShortFormat));
    };
    m_locale->addItem(tr("As the system (%1)").arg(example(QLocale::system())), QString());
    for (const char* name : {"en_US", "en_GB", "de_DE", "fr_FR", "es_ES"}) {
        const QLocale locale{QLatin1String(name)};
        m_locale->addItem(
            QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), example(locale)),
            QLatin1String(name));
    }
    m_language->setAccessibleName(tr("Language"));
    m_theme->setAccessibleName(tr("Theme"));
    m_gap->setAccessibleName(tr("Session gap of new imports"));
    m_locale->setAccessibleName(tr("Numbers and dates"));

    select(m_language, settings::language.get());
    select(m_theme, settings::theme.get());
    m_gap->setValue(settings::sessionGapMinutes.get());
    select(m_locale, settings::locale.get());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("&Language:"), m_language);
    layout->addRow(tr("&Theme:"), m_theme);
    layout->addRow(tr("&Session gap of new imports:"), m_gap);
    layout->addRow(tr("&Numbers and dates:"), m_locale);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::save() const
{
    settings::language.set(m_language->currentData().toString());
    settings::theme.set(m_theme->currentData().toString());
    settings::sessionGapMinutes.set(m_gap->value());
    settings::locale.set(m_locale->currentData().toString());
}

} // namespace journeyscope
