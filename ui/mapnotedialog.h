#pragma once

#include "core/journey/mapnotes.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace journeyscope {

/// Asks what to write on the map at one stage: a pain point, an opportunity or an emotion.
class MapNoteDialog : public QDialog
{
    Q_OBJECT

public:
    MapNoteDialog(const QString& stage, QWidget* parent = nullptr);

    /// The note as entered (not saved: id 0).
    MapNote note() const;

    QComboBox* laneBox() const { return m_lane; }
    QLineEdit* textEdit() const { return m_text; }
    QDoubleSpinBox* emotionBox() const { return m_emotion; }

private:
    void updateInput();

    QString m_stage;
    QComboBox* m_lane;
    QStackedWidget* m_input;
    QLineEdit* m_text;
    QDoubleSpinBox* m_emotion;
    QPushButton* m_ok = nullptr;
};

} // namespace journeyscope
