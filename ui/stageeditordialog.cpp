#include "ui/stageeditordialog.h"

#include "core/base/error.h"
#include "core/journey/eventlog.h"

#include <functional>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace journeyscope {

namespace {

enum class ItemKind { Stage, Touchpoint, NoStage };
constexpr int KindRole = Qt::UserRole;
/// A stage item's name when the dialog opened, which a rename in place keeps.
constexpr int FirstNameRole = Qt::UserRole + 1;

ItemKind kindOf(const QTreeWidgetItem* item)
{
    return ItemKind(item->data(0, KindRole).toInt());
}

} // namespace

StageTree::StageTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setAccessibleName(tr("Stages and their touchpoints"));
}

void StageTree::dropEvent(QDropEvent* event)
{
    QTreeWidget::dropEvent(event);
    Q_EMIT dropped();
}

StageEditorDialog::StageEditorDialog(const StageModel& model, const EventLog* log, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_firstNames(model.stages)
    , m_log(log)
    , m_tree(new StageTree(this))
    , m_proposalSize(new QSpinBox(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Stages"));
    auto* add = new QPushButton(tr("&Add Stage"), this);
    auto* remove = new QPushButton(tr("&Remove Stage"), this);
    auto* up = new QPushButton(tr("Move &Up"), this);
    auto* down = new QPushButton(tr("Move &Down"), this);
    auto* propose = new QPushButton(tr("&Propose from the Data"), this);
    propose->setToolTip(tr("Stages cut where touchpoints usually come in the journeys"));
    propose->setEnabled(log != nullptr);
    if (log == nullptr) {
        propose->setToolTip(tr("The events are in a warehouse: journeyscope-cli stages PROJECT "
                               "--auto 5 --accept proposes stages there"));
    }
    m_proposalSize->setRange(int(StageModel::MinStages), int(StageModel::MaxStages));
    m_proposalSize->setValue(5);
    m_proposalSize->setSuffix(tr(" stages"));
    m_proposalSize->setAccessibleName(tr("Stages to propose"));
    m_status->setWordWrap(true);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : {add, remove, up, down})
        buttons->addWidget(button);
    buttons->addSpacing(16);
    buttons->addWidget(m_proposalSize);
    buttons->addWidget(propose);
    buttons->addStretch();
    auto* editor = new QHBoxLayout;
    editor->addWidget(m_tree, 1);
    editor->addLayout(buttons);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Drag touchpoints between stages and stages into their "
                                    "order; double-click a stage to rename it."),
                                 this));
    layout->addLayout(editor);
    layout->addWidget(m_status);
    layout->addWidget(box);

    connect(add, &QPushButton::clicked, this, &StageEditorDialog::addStage);
    connect(remove, &QPushButton::clicked, this, &StageEditorDialog::removeStage);
    connect(up, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStage(1); });
    connect(propose, &QPushButton::clicked, this, &StageEditorDialog::propose);
    connect(m_tree, &StageTree::dropped, this, &StageEditorDialog::readTree);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        if (!m_rebuilding)
            readTree();
    });
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rebuild();
    resize(560, 620);
}

void StageEditorDialog::rebuild()
{
    m_rebuilding = true;
    const QString current = currentStage();
    m_tree->clear();
    const auto touchpointItem = [](QTreeWidgetItem* parent, const QString& name) {
        auto* item = new QTreeWidgetItem(parent, {name});
        item->setData(0, KindRole, int(ItemKind::Touchpoint));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    };
    for (qsizetype s = 0; s < m_model.stages.size(); ++s) {
        const QString& stage = m_model.stages[s];
        auto* item = new QTreeWidgetItem(m_tree, {stage});
        item->setData(0, KindRole, int(ItemKind::Stage));
        item->setData(0, FirstNameRole, m_firstNames.value(s));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable |
                       Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
        for (const QString& touchpoint : m_model.touchpointsOf(stage))
            touchpointItem(item, touchpoint);
        if (stage == current)
            m_tree->setCurrentItem(item);
    }
    auto* none = new QTreeWidgetItem(m_tree, {tr("(no stage)")});
    none->setData(0, KindRole, int(ItemKind::NoStage));
    none->setFlags(Qt::ItemIsEnabled | Qt::ItemIsDropEnabled);
    for (const QString& touchpoint : m_model.unstagedTouchpoints())
        touchpointItem(none, touchpoint);
    m_tree->expandAll();
    m_rebuilding = false;
    validate();
}

void StageEditorDialog::readTree()
{
    StageModel model;
    QStringList firstNames;
    for (const QString& touchpoint : m_model.stageOf.keys())
        model.stageOf.insert(touchpoint, QString()); // what no stage holds has none
    // Stages in tree order; a stage dropped into another follows it; a touchpoint dropped
    // between stages has no stage.
    const std::function<void(QTreeWidgetItem*, const QString&)> read = [&](QTreeWidgetItem* item,
                                                                           const QString& stage) {
        switch (kindOf(item)) {
        case ItemKind::Touchpoint:
            model.stageOf.insert(item->text(0), stage);
            break;
        case ItemKind::Stage:
            model.stages.append(item->text(0).trimmed());
            firstNames.append(item->data(0, FirstNameRole).toString());
            for (int c = 0; c < item->childCount(); ++c)
                read(item->child(c), model.stages.last());
            break;
        case ItemKind::NoStage:
            for (int c = 0; c < item->childCount(); ++c)
                read(item->child(c), QString());
            break;
        }
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        read(m_tree->topLevelItem(i), QString());
    m_model = model;
    m_firstNames = firstNames;
    rebuild();
}

StageRenames StageEditorDialog::renames() const
{
    StageRenames renames;
    for (qsizetype s = 0; s < m_model.stages.size(); ++s) {
        const QString first = m_firstNames.value(s);
        if (!first.isEmpty() && first != m_model.stages[s])
            renames.insert(first, m_model.stages[s]);
    }
    return renames;
}

void StageEditorDialog::validate()
{
    try {
        m_model.check();
        m_status->setText(tr("%1 stages, %2 touchpoints without one.")
                              .arg(m_model.stages.size())
                              .arg(m_model.unstagedTouchpoints().size()));
        m_ok->setEnabled(true);
    } catch (const Error& error) {
        m_status->setText(error.message());
        m_ok->setEnabled(false);
    }
}

QString StageEditorDialog::currentStage() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    while (item != nullptr && kindOf(item) == ItemKind::Touchpoint)
        item = item->parent();
    return item != nullptr && kindOf(item) == ItemKind::Stage ? item->text(0) : QString();
}

void StageEditorDialog::addStage()
{
    QString name = tr("New stage");
    for (int n = 2; m_model.stages.contains(name); ++n)
        name = tr("New stage %1").arg(n);
    const qsizetype at = m_model.stages.indexOf(currentStage());
    const qsizetype position = at < 0 ? m_model.stages.size() : at + 1;
    try {
        m_model.addStage(name, position);
        m_firstNames.insert(position, QString());
    } catch (const Error& error) {
        m_status->setText(error.message());
        return;
    }
    rebuild();
}

void StageEditorDialog::removeStage()
{
    const QString stage = currentStage();
    if (stage.isEmpty())
        return;
    m_firstNames.removeAt(m_model.stages.indexOf(stage));
    m_model.removeStage(stage);
    rebuild();
}

void StageEditorDialog::moveStage(int by)
{
    const qsizetype from = m_model.stages.indexOf(currentStage());
    const qsizetype to = from + by;
    if (from < 0 || to < 0 || to >= m_model.stages.size())
        return;
    m_model.moveStage(from, to);
    m_firstNames.move(from, to);
    rebuild();
}

void StageEditorDialog::moveTouchpoint(const QString& touchpoint, const QString& stage)
{
    m_model.setStage(touchpoint, stage);
    rebuild();
}

void StageEditorDialog::propose()
{
    if (m_log == nullptr)
        return;
    try {
        const StageProposal proposal = proposeStages(EventView(*m_log), m_proposalSize->value());
        StageModel model = proposal.model;
        for (const QString& touchpoint : m_model.stageOf.keys()) {
            if (!model.stageOf.contains(touchpoint))
                model.stageOf.insert(touchpoint, QString()); // no events: no stage
        }
        m_model = model;
        // Proposed stages are new ones: nothing is carried to them by a rename.
        m_firstNames = QStringList(m_model.stages.size(), QString());
    } catch (const Error& error) {
        m_status->setText(error.message());
        return;
    }
    rebuild();
}

} // namespace journeyscope
