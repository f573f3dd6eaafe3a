#include "ui/funnelbuilderdialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace journeyscope {

namespace {

constexpr int NamesRole = Qt::UserRole; ///< a step's touchpoint names

QString stepText(const QStringList& names)
{
    return names.join(FunnelBuilderDialog::tr(" or "));
}

} // namespace

FunnelBuilderDialog::FunnelBuilderDialog(const QStringList& touchpoints,
                                         const std::vector<QStringList>& steps, QWidget* parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_touchpoints(new QListWidget(this))
    , m_steps(new QListWidget(this))
{
    setWindowTitle(tr("Funnel Steps"));
    m_search->setPlaceholderText(tr("Find a touchpoint"));
    m_search->setClearButtonEnabled(true);
    m_touchpoints->addItems(touchpoints);
    m_touchpoints->setAccessibleName(tr("Touchpoints"));
    m_steps->setAccessibleName(tr("Steps"));
    for (const QStringList& step : steps) {
        auto* item = new QListWidgetItem(stepText(step), m_steps);
        item->setData(NamesRole, step);
    }

    auto* add = new QPushButton(tr("&Add Step →"), this);
    auto* alternative = new QPushButton(tr("Add as &Alternative →"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* up = new QPushButton(tr("Move &Up"), this);
    auto* down = new QPushButton(tr("Move &Down"), this);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : {add, alternative, remove, up, down})
        buttons->addWidget(button);
    buttons->addStretch();

    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    auto* grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("Touchpoints"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Steps, in order"), this), 0, 2);
    grid->addWidget(m_search, 1, 0);
    grid->addWidget(m_touchpoints, 2, 0);
    grid->addLayout(buttons, 2, 1);
    grid->addWidget(m_steps, 1, 2, 2, 1);
    grid->addWidget(box, 3, 0, 1, 3);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int row = 0; row < m_touchpoints->count(); ++row) {
            QListWidgetItem* item = m_touchpoints->item(row);
            item->setHidden(!item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_touchpoints, &QListWidget::itemDoubleClicked, this, &FunnelBuilderDialog::addStep);
    connect(add, &QPushButton::clicked, this, &FunnelBuilderDialog::addStep);
    connect(alternative, &QPushButton::clicked, this, &FunnelBuilderDialog::addAlternative);
    connect(remove, &QPushButton::clicked, this, &FunnelBuilderDialog::removeStep);
    connect(up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    resize(620, 420);
}

std::vector<QStringList> FunnelBuilderDialog::steps() const
{
    std::vector<QStringList> steps;
    for (int row = 0; row < m_steps->count(); ++row)
        steps.push_back(m_steps->item(row)->data(NamesRole).toStringList());
    return steps;
}

void FunnelBuilderDialog::addStep()
{
    const QListWidgetItem* chosen = m_touchpoints->currentItem();
    if (chosen == nullptr)
        return;
    auto* item = new QListWidgetItem(chosen->text(), m_steps);
    item->setData(NamesRole, QStringList{chosen->text()});
    m_steps->setCurrentItem(item);
    updateButtons();
}

void FunnelBuilderDialog::addAlternative()
{
    const QListWidgetItem* chosen = m_touchpoints->currentItem();
    QListWidgetItem* step = m_steps->currentItem();
    if (chosen == nullptr || step == nullptr)
        return;
    QStringList names = step->data(NamesRole).toStringList();
    if (!names.contains(chosen->text()))
        names.append(chosen->text());
    step->setData(NamesRole, names);
    step->setText(stepText(names));
}

void FunnelBuilderDialog::removeStep()
{
    delete m_steps->currentItem();
    updateButtons();
}

void FunnelBuilderDialog::moveStep(int by)
{
    const int row = m_steps->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_steps->count())
        return;
    QListWidgetItem* item = m_steps->takeItem(row);
    m_steps->insertItem(target, item);
    m_steps->setCurrentRow(target);
}

void FunnelBuilderDialog::updateButtons()
{
    // A funnel of one step says nothing about where people leave.
    m_ok->setEnabled(m_steps->count() >= 2);
}

} // namespace journeyscope
