// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "core/keyvaluemodel.h"

namespace tether::core {

KeyValueModel::KeyValueModel(bool editable, QObject *parent)
    : QAbstractTableModel(parent), m_editable(editable), m_nameHeader(tr("Name"))
{ }

void KeyValueModel::setEntries(const KeyValueList &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int KeyValueModel::enabledCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const KeyValue &entry) { return entry.enabled; }));
}

int KeyValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size()) + (hasBlankRow() ? 1 : 0);
}

int KeyValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyValueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (isBlankRow(index.row())) {
        if (role == Qt::CheckStateRole && index.column() == NameColumn)
            return Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Type here to add a row");
        return {};
    }
    const KeyValue &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const QString &text = index.column() == NameColumn ? entry.name : entry.value;
        return text.isEmpty() ? QVariant() : QVariant(text); // like the blank row it came from
    }
    case Qt::CheckStateRole:
        if (index.column() == NameColumn && m_editable && !m_fixedNames)
            return entry.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        const QString &text = index.column() == NameColumn ? entry.name : entry.value;
        if (m_preview && text.contains(u"{{"))
            return m_preview(text);
        return {};
    }
    case Qt::ForegroundRole:
        if (!entry.enabled)
            return QVariant::fromValue(Qt::GlobalColor::gray);
        return {};
    }
    return {};
}

bool KeyValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int row = index.row();
    if (isBlankRow(row)) {
        if (role != Qt::EditRole || value.toString().isEmpty())
            return false;
        beginInsertRows({}, row + 1, row + 1); // a new blank row appears below
        m_entries.append(KeyValue{});
        endInsertRows();
    }
    if (m_fixedNames && (index.column() == NameColumn || role != Qt::EditRole))
        return false;
    KeyValue &entry = m_entries[row];
    if (role == Qt::CheckStateRole && index.column() == NameColumn) {
        entry.enabled = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        (index.column() == NameColumn ? entry.name : entry.value) = value.toString();
    } else {
        return false;
    }
    Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    Q_EMIT entriesEdited();
    return true;
}

void KeyValueModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    beginResetModel();
    m_editable = editable;
    endResetModel();
}

void KeyValueModel::setFixedNames(bool fixed)
{
    if (fixed == m_fixedNames)
        return;
    beginResetModel();
    m_fixedNames = fixed;
    endResetModel();
}

Qt::ItemFlags KeyValueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return result;
    if (m_editable && m_fixedNames) {
        if (index.column() == ValueColumn)
            result |= Qt::ItemIsEditable;
    } else if (m_editable) {
        result |= Qt::ItemIsEditable;
        if (index.column() == NameColumn && !isBlankRow(index.row()))
            result |= Qt::ItemIsUserCheckable;
    }
    return result;
}

QVariant KeyValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? m_nameHeader : tr("Value");
}

bool KeyValueModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (m_fixedNames || parent.isValid() || row < 0 || count <= 0 || row + count > m_entries.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_entries.remove(row, count);
    endRemoveRows();
    Q_EMIT entriesEdited();
    return true;
}

} // namespace tether::core
