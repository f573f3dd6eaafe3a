#pragma once

#include "ui/views/computeview.h"

#include <QDialog>
#include <vector>

class QCheckBox;
class QComboBox;
class QListWidget;
class QPushButton;
class QScreen;

namespace journeyscope {

/// The facilitator chooses and orders the slides, and the screen to present on.
class PresentationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PresentationDialog(QWidget* parent = nullptr);

    /// The views ticked, in the order of the list.
    std::vector<ViewKind> slides() const;
    QScreen* screen() const;
    /// Where presenter notes go: another screen when there is one and it is wanted.
    QScreen* notesScreen() const;

    QListWidget* slideList() const { return m_list; }

private:
    void move(int by);
    void updateOk();

    QListWidget* m_list;
    QComboBox* m_screen;
    QCheckBox* m_notes;
    QPushButton* m_ok = nullptr;
};

} // namespace journeyscope
