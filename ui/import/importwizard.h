#pragma once

#include "core/base/feedback.h"
#include "core/ingest/importoptions.h"
#include "core/ingest/importreport.h"

#include <memory>
#include <optional>
#include <QFutureWatcher>
#include <QWizard>
#include <variant>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class QTimer;

namespace journeyscope {

class Importer;
class MappingPage;

/**
 * Imports files into a project, or into a new one: choose the files; check how their
 * columns are read and change any role (the mapping can be saved for the next export);
 * choose the session gap, what to do with a bad row and, for a new project, whether to keep
 * customer ids as they are; the import runs on a worker with progress and Cancel (a
 * cancelled import leaves the project as it was, and creates none); then its report: rows,
 * customers, skipped rows and why, identities merged. Every format goes through the same
 * importer interface as the command line.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilesPageId, MappingPageId, OptionsPageId, RunPageId, ReportPageId };

    /// Into \a projectPath, or a new project chosen on the first page when it is "".
    ImportWizard(const QString& projectPath, const QStringList& files, QWidget* parent = nullptr);
    ~ImportWizard() override;

    QString projectPath() const;
    QStringList files() const;
    bool isImporting() const { return m_job.isRunning(); }
    /// The report of the import that finished, when one did.
    const std::optional<ImportReport>& report() const { return m_report; }

    QListWidget* fileList() const { return m_files; }
    QLineEdit* projectEdit() const { return m_project; }
    MappingPage* mappingPage() const { return m_mapping; }
    QSpinBox* sessionGapBox() const { return m_gap; }
    QComboBox* rowErrorBox() const { return m_onError; }
    QCheckBox* keepPiiBox() const { return m_keepPii; }
    QLabel* runStatus() const { return m_status; }
    QPlainTextEdit* reportText() const { return m_reportText; }

    /// Cancels a running import (and stays); otherwise closes.
    void reject() override;
    void initializePage(int id) override;

Q_SIGNALS:
    /// The import committed into \a projectPath.
    void imported(const QString& projectPath);

private:
    using JobResult = std::variant<ImportReport, QString>;

    QWizardPage* filesPage();
    QWizardPage* optionsPage();
    QWizardPage* runPage();
    QWizardPage* reportPage();
    const Importer* importer() const;
    ImportOptions importOptions() const;
    void startImport();
    void importFinished();

    bool m_creating;
    QListWidget* m_files;
    QComboBox* m_format;
    QLineEdit* m_project;
    MappingPage* m_mapping;
    QSpinBox* m_gap;
    QComboBox* m_onError;
    QCheckBox* m_keepPii;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_reportText;
    std::shared_ptr<Feedback> m_feedback;
    QFutureWatcher<JobResult> m_job;
    QTimer* m_progressTimer;
    std::optional<ImportReport> m_report;
    bool m_cancelled = false;
};

} // namespace journeyscope
