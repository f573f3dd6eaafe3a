#pragma once

#include "core/journey/stagemodel.h"

#include <QDialog>
#include <QTreeWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace journeyscope {

class EventLog;

/// The stages as a tree whose touchpoints can be dragged from one stage to another and whose
/// stages can be dragged into a new order.
class StageTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit StageTree(QWidget* parent = nullptr);

Q_SIGNALS:
    void dropped();

protected:
    void dropEvent(QDropEvent* event) override;
};

/**
 * Edits the project's stages: rename (double-click or F2), add, remove, reorder, drag
 * touchpoints between stages, or take the stages the data proposes (auto-staging) and
 * adjust them. OK stays off while the stages are not valid, and says why.
 */
class StageEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits \a model; \a log (may be null) proposes stages from its journeys.
    StageEditorDialog(const StageModel& model, const EventLog* log, QWidget* parent = nullptr);

    const StageModel& model() const { return m_model; }
    /// The stages renamed since the dialog opened: first name -> name now.
    StageRenames renames() const;
    StageTree* tree() const { return m_tree; }
    QSpinBox* proposalSizeBox() const { return m_proposalSize; }

    void addStage();
    void removeStage();
    void moveStage(int by);
    /// Takes the stages the data proposes, as many as the proposal size box says.
    void propose();
    /// Puts \a touchpoint into \a stage ("" for none), as a drag does.
    void moveTouchpoint(const QString& touchpoint, const QString& stage);

private:
    void rebuild();
    /// Reads the tree back after a drag or a rename.
    void readTree();
    void validate();
    QString currentStage() const;

    StageModel m_model;
    /// Per stage of m_model, the name it had when the dialog opened ("" for a new one).
    QStringList m_firstNames;
    const EventLog* m_log;
    StageTree* m_tree;
    QSpinBox* m_proposalSize;
    QLabel* m_status;
    QPushButton* m_ok = nullptr;
    bool m_rebuilding = false;
};

} // namespace journeyscope
