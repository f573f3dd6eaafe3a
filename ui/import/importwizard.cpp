#include "ui/import/importwizard.h"

#include "core/base/error.h"
#include "core/ingest/importer.h"
#include "core/ingest/importintoproject.h"
#include "ui/appsettings.h"
#include "ui/import/mappingpage.h"

#include <functional>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QVBoxLayout>

namespace journeyscope {

namespace {

/// A page whose completeness a function decides; changed() asks the wizard to look again.
class CheckedPage : public QWizardPage
{
public:
    CheckedPage(std::function<bool()> complete, QWidget* parent)
        : QWizardPage(parent)
        , m_complete(std::move(complete))
    {}

    bool isComplete() const override { return m_complete(); }
    void changed() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

/// Every importer's file filter, then all files.
QString fileFilters()
{
    QStringList filters;
    for (const Importer* importer : importers())
        filters.append(importer->nameFilter());
    filters.append(ImportWizard::tr("All files (*)"));
    return filters.join(QStringLiteral(";;"));
}

/// A new project beside the first data file, named after it ("visits.csv.gz" ->
/// "visits.journey"); empty when that name is taken, so that nothing is overwritten.
QString suggestedProjectPath(const QString& dataFile)
{
    const QFileInfo data(dataFile);
    const QString path = data.absoluteDir().filePath(data.baseName() + QStringLiteral(".journey"));
    return QFileInfo::exists(path) ? QString() : path;
}

} // namespace

ImportWizard::ImportWizard(const QString& projectPath, const QStringList& files, QWidget* parent)
    : QWizard(parent)
    , m_creating(projectPath.isEmpty())
    , m_files(new QListWidget)
    , m_format(new QComboBox)
    , m_project(new QLineEdit(projectPath))
    , m_mapping(new MappingPage)
    , m_gap(new QSpinBox)
    , m_onError(new QComboBox)
    , m_keepPii(new QCheckBox(tr("Keep customer ids and personal data as they are")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_reportText(new QPlainTextEdit)
    , m_progressTimer(new QTimer(this))
{
    setWindowTitle(tr("Import Data"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_files->addItems(files);
    if (m_creating && !files.isEmpty())
        m_project->setText(suggestedProjectPath(files.first()));
    setPage(FilesPageId, filesPage());
    setPage(MappingPageId, m_mapping);
    setPage(OptionsPageId, optionsPage());
    setPage(RunPageId, runPage());
    setPage(ReportPageId, reportPage());
    connect(&m_job, &QFutureWatcher<JobResult>::finished, this, &ImportWizard::importFinished);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_feedback)
            m_progress->setValue(int(m_feedback->progress() * 1000));
    });
    resize(900, 640);
}

ImportWizard::~ImportWizard()
{
    // Closing mid-import cancels it: the project stays as it was.
    if (m_feedback)
        m_feedback->cancel();
    m_job.waitForFinished();
}

QString ImportWizard::projectPath() const
{
    return m_project->text().trimmed();
}

QStringList ImportWizard::files() const
{
    QStringList files;
    for (int row = 0; row < m_files->count(); ++row)
        files.append(m_files->item(row)->text());
    return files;
}

QWizardPage* ImportWizard::filesPage()
{
    auto* page =
        new CheckedPage([this] { return m_files->count() > 0 && !projectPath().isEmpty(); }, this);
    page->setTitle(tr("Files"));
    page->setSubTitle(tr("Clickstream or CRM exports, JSON Lines or XES event logs. They are "
                         "imported together: all of them or none."));
    m_files->setAccessibleName(tr("Files to import"));
    auto* add = new QPushButton(tr("&Add Files..."), page);
    auto* remove = new QPushButton(tr("&Remove"), page);
    m_format->addItem(tr("Detect from each file"), QString());
    for (const Importer* importer : importers())
        m_format->addItem(importer->displayName(), importer->formatId());
    m_format->setAccessibleName(tr("Format"));
    auto* browse = new QPushButton(tr("&Browse..."), page);
    m_project->setAccessibleName(tr("Project"));
    m_project->setReadOnly(!m_creating);
    browse->setVisible(m_creating);

    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(remove);
    fileButtons->addStretch();
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_files);
    fileRow->addLayout(fileButtons);
    auto* projectRow = new QHBoxLayout;
    projectRow->addWidget(m_project);
    projectRow->addWidget(browse);
    auto* layout = new QFormLayout(page);
    layout->addRow(tr("Files:"), fileRow);
    layout->addRow(tr("&Format:"), m_format);
    layout->addRow(m_creating ? tr("New &project:") : tr("Into project:"), projectRow);

    connect(add, &QPushButton::clicked, this, [this, page] {
        m_files->addItems(
            QFileDialog::getOpenFileNames(this, tr("Add Files"), QString(), fileFilters()));
        page->changed();
    });
    connect(remove, &QPushButton::clicked, this, [this, page] {
        delete m_files->currentItem();
        page->changed();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QString(),
                                                          tr("Journeyscope projects (*.journey)"));
        if (!path.isEmpty())
            m_project->setText(path.endsWith(QLatin1String(".journey"))
                                   ? path
                                   : path + QStringLiteral(".journey"));
    });
    connect(m_project, &QLineEdit::textChanged, page, &CheckedPage::changed);
    return page;
}

QWizardPage* ImportWizard::optionsPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Options"));
    page->setSubTitle(tr("How journeys are cut into sessions and what to do with a bad row."));
    m_gap->setRange(1, 24 * 60);
    m_gap->setValue(settings::sessionGapMinutes.get());
    m_gap->setSuffix(tr(" min"));
    m_gap->setAccessibleName(tr("Session gap in minutes"));
    m_onError->addItem(tr("Stop: import nothing and say where"), int(OnRowError::Stop));
    m_onError->addItem(tr("Skip the row and report it"), int(OnRowError::Skip));
    m_onError->setAccessibleName(tr("On a bad row"));
    m_keepPii->setEnabled(m_creating);
    m_keepPii->setToolTip(m_creating ? tr("Otherwise they are pseudonymised with a key kept in "
                                          "the project")
                                     : tr("Chosen when the project was created"));
    auto* layout = new QFormLayout(page);
    layout->addRow(tr("A new &session after a gap of:"), m_gap);
    layout->addRow(tr("On a &bad row:"), m_onError);
    layout->addRow(QString(), m_keepPii);
    return page;
}

QWizardPage* ImportWizard::runPage()
{
    auto* page = new CheckedPage([this] { return m_report.has_value(); }, this);
    page->setTitle(tr("Importing"));
    page->setCommitPage(true); // no way back once it ran
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Import progress"));
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(&m_job, &QFutureWatcher<JobResult>::finished, page, &CheckedPage::changed);
    return page;
}

QWizardPage* ImportWizard::reportPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Report"));
    page->setFinalPage(true);
    m_reportText->setReadOnly(true);
    m_reportText->setAccessibleName(tr("Import report"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_reportText);
    return page;
}

const Importer* ImportWizard::importer() const
{
    const QString format = m_format->currentData().toString();
    return format.isEmpty() ? &importerForFile(files().first()) : findImporter(format);
}

ImportOptions ImportWizard::importOptions() const
{
    ImportOptions options;
    options.overrides = m_mapping->overrides();
    options.sessionGapMs = qint64(m_gap->value()) * 60 * 1000;
    options.onRowError = OnRowError(m_onError->currentData().toInt());
    options.format = m_format->currentData().toString();
    return options;
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPageId)
        m_mapping->showFile(importer(), files().first(), {});
    else if (id == RunPageId)
        startImport();
    else if (id == ReportPageId)
        m_reportText->setPlainText(m_report->toText().join(QLatin1Char('\n')));
    QWizard::initializePage(id);
}

void ImportWizard::startImport()
{
    m_report.reset();
    m_cancelled = false;
    m_feedback = std::make_shared<Feedback>();
    m_progress->setValue(0);
    m_status->setText(tr("Importing %n file(s)...", nullptr, int(files().size())));
    m_progressTimer->start();
    const std::shared_ptr<Feedback> feedback = m_feedback;
    const QString project = projectPath();
    const QStringList inputs = files();
    const ImportOptions options = importOptions();
    const bool keepPii = m_keepPii->isChecked();
    m_job.setFuture(QtConcurrent::run([project, inputs, options, keepPii, feedback]() -> JobResult {
        try {
            return importIntoProject(project, inputs, options, keepPii, feedback.get());
        } catch (const Error& error) {
            return error.toString();
        }
    }));
}

void ImportWizard::importFinished()
{
    m_progressTimer->stop();
    const JobResult result = m_job.result();
    if (const auto* error = std::get_if<QString>(&result)) {
        m_status->setText(m_cancelled ? tr("Import cancelled: the project is as it was.")
                                      : tr("Nothing was imported: %1").arg(*error));
        return;
    }
    m_report = std::get<ImportReport>(result);
    m_progress->setValue(1000);
    m_status->setText(tr("Imported %L1 events.").arg(m_report->events()));
    Q_EMIT imported(projectPath());
    next();
}

void ImportWizard::reject()
{
    if (m_job.isRunning()) {
        m_cancelled = true;
        m_feedback->cancel();
        m_status->setText(tr("Cancelling..."));
        return;
    }
    QWizard::reject();
}

} // namespace journeyscope
