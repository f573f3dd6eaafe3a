#include "ui/mapnotedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>

namespace journeyscope {

MapNoteDialog::MapNoteDialog(const QString& stage, QWidget* parent)
    : QDialog(parent)
    , m_stage(stage)
    , m_lane(new QComboBox(this))
    , m_input(new QStackedWidget(this))
    , m_text(new QLineEdit(this))
    , m_emotion(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Note on %1").arg(stage));
    m_lane->addItem(tr("Pain point"), int(MapNote::Lane::PainPoint));
    m_lane->addItem(tr("Opportunity"), int(MapNote::Lane::Opportunity));
    m_lane->addItem(tr("Emotion"), int(MapNote::Lane::Emotion));
    m_lane->setAccessibleName(tr("Lane"));
    m_text->setPlaceholderText(tr("What the team saw or wants to try"));
    m_text->setAccessibleName(tr("Note"));
    m_emotion->setRange(-2, 2);
    m_emotion->setSingleStep(0.5);
    m_emotion->setDecimals(1);
    m_emotion->setAccessibleName(tr("Emotion from -2 (very negative) to 2 (very positive)"));
    m_input->addWidget(m_text);
    m_input->addWidget(m_emotion);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("&Lane:"), m_lane);
    layout->addRow(tr("&Note:"), m_input);
    layout->addRow(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lane, &QComboBox::currentIndexChanged, this, &MapNoteDialog::updateInput);
    connect(m_text, &QLineEdit::textChanged, this, &MapNoteDialog::updateInput);
    updateInput();
    resize(460, sizeHint().height());
}

MapNote MapNoteDialog::note() const
{
    MapNote note;
    note.stage = m_stage;
    note.lane = MapNote::Lane(m_lane->currentData().toInt());
    note.text = note.lane == MapNote::Lane::Emotion ? QString::number(m_emotion->value())
                                                    : m_text->text().trimmed();
    return note;
}

void MapNoteDialog::updateInput()
{
    const bool emotion = MapNote::Lane(m_lane->currentData().toInt()) == MapNote::Lane::Emotion;
    m_input->setCurrentWidget(emotion ? static_cast<QWidget*>(m_emotion) : m_text);
    // An empty note says nothing: only an emotion may go without text.
    m_ok->setEnabled(emotion || !m_text->text().trimmed().isEmpty());
}

} // namespace journeyscope
