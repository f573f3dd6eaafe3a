#pragma once

#include "ui/import/filepreview.h"

#include <QAbstractTableModel>

namespace journeyscope {

/// The preview's rows as a table whose headers name each column and the role it gets.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PreviewModel(QObject* parent = nullptr);

    void setPreview(const FilePreview& preview);
    /// Gives column \a column role \a role (the header follows).
    void setRole(int column, ColumnRole role);
    const QList<ColumnRole>& roles() const { return m_roles; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<ColumnRole> m_roles;
    std::vector<QStringList> m_rows;
};

} // namespace journeyscope
