#include "ui/import/previewmodel.h"

namespace journeyscope {

PreviewModel::PreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PreviewModel::setPreview(const FilePreview& preview)
{
    beginResetModel();
    m_header = preview.mapping.header;
    m_roles = preview.mapping.roles;
    m_rows = preview.rows;
    endResetModel();
}

void PreviewModel::setRole(int column, ColumnRole role)
{
    if (column < 0 || column >= m_roles.size())
        return;
    m_roles[column] = role;
    Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
}

int PreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const QStringList& row = m_rows[size_t(index.row())];
    return index.column() < row.size() ? row[index.column()] : QString();
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= m_header.size())
        return {};
    const ColumnRole columnRole = section < m_roles.size() ? m_roles[section] : ColumnRole::Ignore;
    return QStringLiteral("%1\n→ %2").arg(m_header[section], roleName(columnRole));
}

} // namespace journeyscope
