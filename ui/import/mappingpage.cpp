#include "ui/import/mappingpage.h"

#include "core/base/error.h"
#include "core/ingest/importer.h"
#include "ui/import/previewmodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTableWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace journeyscope {

namespace {

/// Every role a column can have, in the order the role boxes list them.
const QList<ColumnRole>& allRoles()
{
    static const QList<ColumnRole> roles = {
        ColumnRole::Customer,   ColumnRole::Time,    ColumnRole::Event,     ColumnRole::Channel,
        ColumnRole::Value,      ColumnRole::Session, ColumnRole::Device,    ColumnRole::Attribute,
        ColumnRole::Email,      ColumnRole::Phone,   ColumnRole::Name,      ColumnRole::IpAddress,
        ColumnRole::Identifier, ColumnRole::Consent, ColumnRole::EventDate, ColumnRole::Ignore};
    return roles;
}

const QString WizardOrigin = QStringLiteral("the import wizard");

} // namespace

MappingPage::MappingPage(QWidget* parent)
    : QWizardPage(parent)
    , m_model(new PreviewModel(this))
    , m_table(new QTableView(this))
    , m_roles(new QTableWidget(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("How each column is read. Change a role where the guess is wrong."));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("First rows of the file"));
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_roles->setColumnCount(3);
    m_roles->setHorizontalHeaderLabels({tr("Column"), tr("Role"), tr("Why")});
    m_roles->horizontalHeader()->setStretchLastSection(true);
    m_roles->verticalHeader()->hide();
    m_roles->setAccessibleName(tr("Column roles"));
    m_status->setWordWrap(true);

    auto* load = new QPushButton(tr("&Load Mapping..."), this);
    auto* save = new QPushButton(tr("&Save Mapping..."), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(load);
    buttons->addWidget(save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_roles, 2);
    layout->addWidget(m_table, 3);
    layout->addLayout(buttons);

    connect(&m_reader, &QFutureWatcher<ReadResult>::finished, this, &MappingPage::previewRead);
    connect(load, &QPushButton::clicked, this, &MappingPage::loadMapping);
    connect(save, &QPushButton::clicked, this, &MappingPage::saveMapping);
}

void MappingPage::showFile(const Importer* importer, const QString& path,
                           const MappingOverrides& base)
{
    m_importer = importer;
    m_base = base;
    m_preview.reset();
    m_roles->setRowCount(0);
    m_model->setPreview({});
    m_status->setText(tr("Reading %1...").arg(QFileInfo(path).fileName()));
    // Settling the order of day and month may read the whole time column.
    m_reader.setFuture(QtConcurrent::run([importer, path, base]() -> ReadResult {
        try {
            return FilePreview::read(*importer, path, base);
        } catch (const Error& error) {
            return error.toString();
        }
    }));
    Q_EMIT completeChanged();
}

void MappingPage::previewRead()
{
    const ReadResult result = m_reader.result();
    if (const auto* error = std::get_if<QString>(&result)) {
        m_status->setText(*error);
        Q_EMIT completeChanged();
        return;
    }
    m_preview = std::get<FilePreview>(result);
    m_model->setPreview(*m_preview);
    const ColumnMapping& mapping = m_preview->mapping;
    m_roles->setRowCount(int(mapping.header.size()));
    for (int column = 0; column < mapping.header.size(); ++column) {
        m_roles->setItem(column, 0, new QTableWidgetItem(mapping.header[column]));
        auto* box = new QComboBox(m_roles);
        for (const ColumnRole role : allRoles())
            box->addItem(roleName(role), int(role));
        box->setCurrentIndex(box->findData(int(mapping.roles[column])));
        box->setAccessibleName(tr("Role of %1").arg(mapping.header[column]));
        connect(box, &QComboBox::currentIndexChanged, this, [this, column, box] {
            m_model->setRole(column, ColumnRole(box->currentData().toInt()));
            m_status->setText(missing());
            Q_EMIT completeChanged();
        });
        m_roles->setCellWidget(column, 1, box);
        m_roles->setItem(column, 2,
                         new QTableWidgetItem(column < mapping.reasons.size()
                                                  ? mapping.reasons[column]
                                                  : QString()));
    }
    m_roles->resizeColumnsToContents();
    m_table->resizeColumnsToContents();
    m_status->setText(missing().isEmpty() ? m_preview->notes.join(QLatin1Char(' ')) : missing());
    Q_EMIT completeChanged();
    Q_EMIT previewReady();
}

void MappingPage::setRole(int column, ColumnRole role)
{
    if (auto* box = qobject_cast<QComboBox*>(m_roles->cellWidget(column, 1)))
        box->setCurrentIndex(box->findData(int(role)));
}

QString MappingPage::missing() const
{
    if (!m_preview)
        return tr("The file could not be read.");
    const QList<ColumnRole>& roles = m_model->roles();
    QStringList lacking;
    const bool events = m_importer->kind() == ImportKind::Events;
    for (const ColumnRole role : {ColumnRole::Customer, ColumnRole::Time, ColumnRole::Event}) {
        if ((events || role == ColumnRole::Customer) && !roles.contains(role))
            lacking.append(roleName(role));
    }
    for (const ColumnRole role : allRoles()) {
        if (isSingleColumnRole(role) && roles.count(role) > 1)
            return tr("Only one column can be the %1.").arg(roleName(role));
    }
    return lacking.isEmpty()
               ? QString()
               : tr("An import needs a column for: %1.").arg(lacking.join(QStringLiteral(", ")));
}

bool MappingPage::isComplete() const
{
    return m_preview && !m_reader.isRunning() && missing().isEmpty();
}

MappingOverrides MappingPage::overrides() const
{
    MappingOverrides overrides = m_base;
    if (!m_preview)
        return overrides;
    const ColumnMapping& detected = m_preview->mapping;
    for (int column = 0; column < m_model->roles().size(); ++column) {
        if (m_model->roles()[column] != detected.roles[column]) {
            overrides.columns.append(
                {detected.header[column], m_model->roles()[column], WizardOrigin});
        }
    }
    return overrides;
}

ColumnMapping MappingPage::mapping() const
{
    ColumnMapping mapping = m_preview ? m_preview->mapping : ColumnMapping();
    mapping.roles = m_model->roles();
    return mapping;
}

void MappingPage::loadMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Mapping"), QString(),
                                                      tr("Mappings (*.json);;All files (*)"));
    if (path.isEmpty() || !m_preview)
        return;
    try {
        showFile(m_importer, m_preview->path, MappingOverrides::fromFile(path));
    } catch (const Error& error) {
        m_status->setText(error.toString());
    }
}

void MappingPage::saveMapping()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Mapping"), QStringLiteral("mapping.json"), tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(mapping().toJson()).toJson()) < 0 || !file.commit()) {
        m_status->setText(tr("%1: cannot write: %2").arg(path, file.errorString()));
        return;
    }
    m_status->setText(tr("Saved the mapping to %1.").arg(QFileInfo(path).fileName()));
}

} // namespace journeyscope
