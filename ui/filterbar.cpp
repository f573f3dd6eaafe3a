#include "ui/filterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace journeyscope {

namespace {

/// What a people or attribute entry of the bar stands for, kept as its item data.
enum class PeopleKind { Everyone, Persona, Segment };

constexpr int KindRole = Qt::UserRole;
/// A date being typed is announced once the typing pauses; other changes at once (changes
/// made together still make one announcement).
constexpr int TypingMs = 250;
constexpr int KeyRole = Qt::UserRole + 1;
constexpr int ValueRole = Qt::UserRole + 2;

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_useFrom(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(tr("to"), this))
    , m_to(new QDateEdit(this))
    , m_channels(new QToolButton(this))
    , m_people(new QComboBox(this))
    , m_attribute(new QComboBox(this))
    , m_focus(new QToolButton(this))
{
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_channels->setPopupMode(QToolButton::InstantPopup);
    m_channels->setMenu(new QMenu(m_channels));
    m_channels->setAccessibleName(tr("Channels"));
    m_people->setAccessibleName(tr("Persona or segment"));
    m_attribute->setAccessibleName(tr("Customer attribute"));
    // As wide as a usual entry, not as the longest persona name.
    for (QComboBox* box : {m_people, m_attribute}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(20);
    }
    auto* reset = new QToolButton(this);
    reset->setText(tr("Clear"));
    reset->setToolTip(tr("Every customer, every channel, all dates"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_useFrom);
    layout->addWidget(m_from);
    layout->addWidget(m_useTo);
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(m_channels);
    layout->addWidget(m_people);
    layout->addWidget(m_attribute);
    layout->addWidget(m_focus);
    layout->addWidget(reset);
    layout->addStretch();

    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, [this] { Q_EMIT filterChanged(filter()); });
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* box : {m_useFrom, m_useTo})
        connect(box, &QCheckBox::toggled, this, [this] { changed(); });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] { changed(TypingMs); });
    for (QComboBox* box : {m_people, m_attribute})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { changed(); });
    connect(reset, &QToolButton::clicked, this, &FilterBar::clear);
    m_focus->setToolTip(tr("End the focus"));
    m_focus->setAccessibleName(tr("Focus on a touchpoint"));
    m_focus->hide();
    connect(m_focus, &QToolButton::clicked, this, &FilterBar::endFocus);
    setChoices({});
}

void FilterBar::setChoices(const FilterChoices& choices)
{
    m_quiet = true;
    m_focusTouchpoint.clear();
    m_focusStage.clear();
    m_focus->hide();
    m_useFrom->setChecked(false);
    m_useTo->setChecked(false);
    const QDate first = choices.firstDay.value_or(QDate::currentDate());
    const QDate last = choices.lastDay.value_or(QDate::currentDate());
    m_from->setDate(first);
    m_to->setDate(last);

    QMenu* menu = m_channels->menu();
    menu->clear();
    for (const QString& channel : choices.channels) {
        QAction* action = menu->addAction(channel);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this] {
            updateChannelText();
            changed();
        });
    }
    m_channels->setEnabled(!choices.channels.isEmpty());
    updateChannelText();

    m_people->clear();
    m_people->addItem(tr("Everyone"), int(PeopleKind::Everyone));
    for (const auto& [id, name] : choices.personas) {
        m_people->addItem(tr("Persona: %1").arg(name), int(PeopleKind::Persona));
        m_people->setItemData(m_people->count() - 1, id, KeyRole);
    }
    for (const QString& key : choices.segments) {
        m_people->addItem(tr("Segment: %1").arg(key.section(QLatin1Char(':'), 1)),
                          int(PeopleKind::Segment));
        m_people->setItemData(m_people->count() - 1, key, KeyRole);
    }

    m_attribute->clear();
    m_attribute->addItem(tr("Any customer"));
    for (const FilterChoices::Attribute& attribute : choices.attributes) {
        for (const QString& value : attribute.values) {
            m_attribute->addItem(QStringLiteral("%1 = %2").arg(attribute.name, value));
            m_attribute->setItemData(m_attribute->count() - 1, attribute.name, KeyRole);
            m_attribute->setItemData(m_attribute->count() - 1, value, ValueRole);
        }
    }
    m_attribute->setEnabled(m_attribute->count() > 1);
    m_settle.stop();
    m_quiet = false;
}

ViewFilter FilterBar::filter() const
{
    ViewFilter filter;
    if (m_useFrom->isChecked())
        filter.from = m_from->date();
    if (m_useTo->isChecked())
        filter.to = m_to->date();
    for (const QAction* action : m_channels->menu()->actions()) {
        if (action->isChecked())
            filter.channels.append(action->text());
    }
    QStringList labels;
    switch (PeopleKind(m_people->currentData(KindRole).toInt())) {
    case PeopleKind::Everyone:
        break;
    case PeopleKind::Persona:
        filter.people.personaId = m_people->currentData(KeyRole).toLongLong();
        labels.append(m_people->currentText().toLower());
        break;
    case PeopleKind::Segment:
        filter.people.segmentKey = m_people->currentData(KeyRole).toString();
        labels.append(m_people->currentText().toLower());
        break;
    }
    if (m_attribute->currentIndex() > 0) {
        filter.people.attributeValues.emplace_back(
            m_attribute->currentData(KeyRole).toString(),
            QStringList{m_attribute->currentData(ValueRole).toString()});
        labels.append(m_attribute->currentText());
    }
    if (!m_focusTouchpoint.isEmpty()) {
        filter.people.visitedTouchpoints = {m_focusTouchpoint};
        labels.append(tr("through %1").arg(m_focusTouchpoint));
    }
    if (!m_focusStage.isEmpty()) {
        filter.people.reachedStages = {m_focusStage};
        labels.append(tr("reaching %1").arg(m_focusStage));
    }
    filter.peopleLabel = labels.join(QStringLiteral(", "));
    return filter;
}

void FilterBar::clear()
{
    m_quiet = true;
    m_useFrom->setChecked(false);
    m_useTo->setChecked(false);
    for (QAction* action : m_channels->menu()->actions())
        action->setChecked(false);
    m_people->setCurrentIndex(0);
    m_attribute->setCurrentIndex(0);
    m_focusTouchpoint.clear();
    m_focusStage.clear();
    m_focus->hide();
    m_quiet = false;
    updateChannelText();
    changed();
}

void FilterBar::focusOnTouchpoint(const QString& touchpoint)
{
    m_focusStage.clear();
    m_focusTouchpoint = touchpoint;
    showFocus(tr("Through %1  ✕").arg(touchpoint));
}

void FilterBar::focusOnStage(const QString& stage)
{
    m_focusTouchpoint.clear();
    m_focusStage = stage;
    showFocus(tr("Reaching %1  ✕").arg(stage));
}

void FilterBar::endFocus()
{
    m_focusTouchpoint.clear();
    m_focusStage.clear();
    m_focus->hide();
    changed();
}

void FilterBar::showFocus(const QString& text)
{
    m_focus->setText(text);
    m_focus->show();
    changed();
}

bool FilterBar::choosePeople(const QVariant& key)
{
    const int index = m_people->findData(key, KeyRole);
    if (index < 0)
        return false;
    m_people->setCurrentIndex(index);
    return true;
}

void FilterBar::changed(int settleMs)
{
    if (!m_quiet)
        m_settle.start(settleMs);
}

void FilterBar::updateChannelText()
{
    QStringList checked;
    for (const QAction* action : m_channels->menu()->actions()) {
        if (action->isChecked())
            checked.append(action->text());
    }
    m_channels->setText(checked.isEmpty() ? tr("All channels")
                                          : checked.join(QStringLiteral(", ")));
}

} // namespace journeyscope
