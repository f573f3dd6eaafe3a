#include "ui/presentation/presentationdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace journeyscope {

namespace {

constexpr int KindRole = Qt::UserRole;

/// The views a workshop usually walks through; the others can be ticked.
bool presentedByDefault(ViewKind kind)
{
    return kind == ViewKind::Map || kind == ViewKind::Graph || kind == ViewKind::Funnel ||
           kind == ViewKind::Heatmap || kind == ViewKind::Personas;
}

} // namespace

PresentationDialog::PresentationDialog(QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_screen(new QComboBox(this))
    , m_notes(new QCheckBox(tr("Presenter notes on the other screen"), this))
{
    setWindowTitle(tr("Present"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setAccessibleName(tr("Slides"));
    for (const ViewKind kind : allViewKinds()) {
        auto* item = new QListWidgetItem(viewTitle(kind), m_list);
        item->setData(KindRole, int(kind));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(presentedByDefault(kind) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setCurrentRow(0);
    auto* up = new QPushButton(tr("Move &Up"), this);
    auto* down = new QPushButton(tr("Move &Down"), this);
    auto* moves = new QVBoxLayout;
    moves->addWidget(up);
    moves->addWidget(down);
    moves->addStretch();
    auto* slides = new QHBoxLayout;
    slides->addWidget(m_list);
    slides->addLayout(moves);

    const QList<QScreen*> screens = QGuiApplication::screens();
    for (QScreen* screen : screens) {
        m_screen->addItem(QStringLiteral("%1 (%2×%3)")
                              .arg(screen->name())
                              .arg(screen->geometry().width())
                              .arg(screen->geometry().height()));
    }
    // The projector is usually the screen the window is not on.
    if (screens.size() > 1 && parent != nullptr)
        m_screen->setCurrentIndex(screens.indexOf(parent->screen()) == 0 ? 1 : 0);
    m_screen->setAccessibleName(tr("Screen"));
    m_notes->setEnabled(screens.size() > 1);
    m_notes->setChecked(screens.size() > 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Present"));
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Slides, in order:"), slides);
    layout->addRow(tr("&Screen:"), m_screen);
    layout->addRow(QString(), m_notes);
    layout->addRow(buttons);

    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_list, &QListWidget::itemChanged, this, &PresentationDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

std::vector<ViewKind> PresentationDialog::slides() const
{
    std::vector<ViewKind> slides;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            slides.push_back(ViewKind(item->data(KindRole).toInt()));
    }
    return slides;
}

QScreen* PresentationDialog::screen() const
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    const int index = m_screen->currentIndex();
    return index >= 0 && index < screens.size() ? screens[index] : nullptr;
}

QScreen* PresentationDialog::notesScreen() const
{
    if (!m_notes->isChecked())
        return nullptr;
    for (QScreen* other : QGuiApplication::screens()) {
        if (other != screen())
            return other;
    }
    return nullptr;
}

void PresentationDialog::move(int by)
{
    const int row = m_list->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

void PresentationDialog::updateOk()
{
    m_ok->setEnabled(!slides().empty());
}

} // namespace journeyscope
