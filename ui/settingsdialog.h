#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace journeyscope {

/// Edit > Settings: language, theme, the session gap of new imports, number and date
/// formats. Saved when accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    /// Stores the choices.
    void save() const;

    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }
    QSpinBox* sessionGapBox() const { return m_gap; }
    QComboBox* localeBox() const { return m_locale; }

private:
    QComboBox* m_language;
    QComboBox* m_theme;
    QSpinBox* m_gap;
    QComboBox* m_locale;
};

} // namespace journeyscope
