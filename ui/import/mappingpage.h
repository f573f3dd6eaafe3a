#pragma once

#include "core/ingest/columnmapping.h"
#include "ui/import/filepreview.h"

#include <optional>
#include <QFutureWatcher>
#include <QWizardPage>
#include <variant>

class QLabel;
class QTableView;
class QTableWidget;

namespace journeyscope {

class Importer;
class PreviewModel;

/**
 * The import wizard's second page: the first rows of the first file as they will be read,
 * each column with its detected role and why, every role changeable. The choices can be
 * saved as a mapping file and loaded again for the next export of the same kind. The file
 * is read on a worker; the page is complete when the roles an import needs are there.
 */
class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MappingPage(QWidget* parent = nullptr);

    /// Reads \a path with \a importer (\a base: a loaded mapping's choices) and shows it.
    void showFile(const Importer* importer, const QString& path, const MappingOverrides& base);
    /// The user's choices: the loaded mapping's, then each column set here.
    MappingOverrides overrides() const;
    /// The mapping as it will be used, for saving.
    ColumnMapping mapping() const;

    bool isComplete() const override;
    bool isReading() const { return m_reader.isRunning(); }
    PreviewModel* previewModel() const { return m_model; }
    QTableWidget* roleTable() const { return m_roles; }
    /// Gives column \a column role \a role, as the role box of its row does.
    void setRole(int column, ColumnRole role);
    /// What is missing for an import ("no time column"), or "" when nothing is.
    QString missing() const;

Q_SIGNALS:
    void previewReady();

private:
    using ReadResult = std::variant<FilePreview, QString>;

    void previewRead();
    void loadMapping();
    void saveMapping();

    const Importer* m_importer = nullptr;
    MappingOverrides m_base;
    std::optional<FilePreview> m_preview;
    QFutureWatcher<ReadResult> m_reader;
    PreviewModel* m_model;
    QTableView* m_table;
    QTableWidget* m_roles;
    QLabel* m_status;
};

} // namespace journeyscope
