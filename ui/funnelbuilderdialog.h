#pragma once

#include <QDialog>
#include <vector>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace journeyscope {

/**
 * Builds a funnel from the project's touchpoints: each step is one touchpoint, or several
 * that each reach it ("Order confirmation or Store purchase").
 */
class FunnelBuilderDialog : public QDialog
{
    Q_OBJECT

public:
    FunnelBuilderDialog(const QStringList& touchpoints, const std::vector<QStringList>& steps,
                        QWidget* parent = nullptr);

    std::vector<QStringList> steps() const;

    QListWidget* touchpointList() const { return m_touchpoints; }
    QListWidget* stepList() const { return m_steps; }
    /// Adds the chosen touchpoint as a new last step.
    void addStep();
    /// Adds the chosen touchpoint to the chosen step, as another way to reach it.
    void addAlternative();
    void removeStep();
    void moveStep(int by);

private:
    void updateButtons();

    QLineEdit* m_search;
    QListWidget* m_touchpoints;
    QListWidget* m_steps;
    QPushButton* m_ok = nullptr;
};

} // namespace journeyscope
