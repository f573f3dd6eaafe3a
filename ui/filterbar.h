#pragma once

#include "ui/views/filterchoices.h"
#include "ui/views/viewfilter.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QToolButton;

namespace journeyscope {

/**
 * One filter for every view: a date range, channels, a persona or segment, and a customer
 * attribute's value. Changes are announced with filterChanged(): at once, or while a date
 * is typed once the typing pauses.
 */
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget* parent = nullptr);

    /// Offers \a choices and clears the filter (without announcing it).
    void setChoices(const FilterChoices& choices);
    ViewFilter filter() const;
    /// Back to every customer, announced.
    void clear();
    /// Keeps the persona (its id) or segment (its key) \a key, announced; whether the bar
    /// offers it.
    bool choosePeople(const QVariant& key);
    /// Keeps only the journeys of customers who came through \a touchpoint, announced; the
    /// bar shows the focus with a button that ends it.
    void focusOnTouchpoint(const QString& touchpoint);
    /// Keeps only the journeys of customers who reached \a stage, announced.
    void focusOnStage(const QString& stage);
    /// Every customer again, as far as the focus goes; announced.
    void endFocus();
    QToolButton* focusButton() const { return m_focus; }

    QCheckBox* fromBox() const { return m_useFrom; }
    QDateEdit* fromEdit() const { return m_from; }
    QCheckBox* toBox() const { return m_useTo; }
    QDateEdit* toEdit() const { return m_to; }
    QToolButton* channelButton() const { return m_channels; }
    QComboBox* peopleBox() const { return m_people; }
    QComboBox* attributeBox() const { return m_attribute; }

Q_SIGNALS:
    void filterChanged(const journeyscope::ViewFilter& filter);

private:
    /// Announces the filter after \a settleMs, unless it changes again before.
    void changed(int settleMs = 0);
    void updateChannelText();
    void showFocus(const QString& text);

    QCheckBox* m_useFrom;
    QDateEdit* m_from;
    QCheckBox* m_useTo;
    QDateEdit* m_to;
    QToolButton* m_channels;
    QComboBox* m_people;
    QComboBox* m_attribute;
    QToolButton* m_focus;
    QString m_focusTouchpoint; ///< "" when the focus is not on a touchpoint
    QString m_focusStage;      ///< "" when the focus is not on a stage
    QTimer m_settle;
    bool m_quiet = false; ///< while choices are set: no announcement
};

} // namespace journeyscope
