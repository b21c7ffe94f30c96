// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "store/variablelistmodel.h"
#include "core/variableset.h"

namespace tether::store {

VariableListModel::VariableListModel(QObject *parent) : QAbstractTableModel(parent) { }

void VariableListModel::setVariables(const QList<core::Variable> &variables)
{
    beginResetModel();
    m_variables = variables;
    m_secretsTyped.clear();
    endResetModel();
}

QList<core::Variable> VariableListModel::variables() const
{
    QList<core::Variable> result;
    for (core::Variable variable : m_variables) {
        if (variable.name.isEmpty())
            continue;
        if (variable.secret)
            variable.value.clear();
        result.append(variable);
    }
    return result;
}

QList<core::Variable> VariableListModel::changedSecrets() const
{
    QList<core::Variable> result;
    for (const core::Variable &variable : m_variables) {
        if (variable.secret && m_secretsTyped.contains(variable.name) && !variable.name.isEmpty())
            result.append(variable);
    }
    return result;
}

int VariableListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_variables.size()) + 1; // + the blank row for new ones
}

int VariableListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariableListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.row() >= m_variables.size())
        return {};
    const core::Variable &variable = m_variables.at(index.row());
    if (index.column() == SecretColumn)
        return role == Qt::CheckStateRole ? QVariant(variable.secret ? Qt::Checked : Qt::Unchecked)
                                          : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.column() == NameColumn)
        return variable.name.isEmpty() ? QVariant() : QVariant(variable.name);
    if (variable.secret)
        return role == Qt::DisplayRole
                ? QVariant(m_secretsTyped.contains(variable.name) ? tr("•••• (new)")
                                                                  : tr("•••• (in keychain)"))
                : QVariant();
    return variable.value.isEmpty() ? QVariant() : QVariant(variable.value);
}

bool VariableListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int row = index.row();
    if (row == m_variables.size()) {
        if (role != Qt::EditRole || value.toString().isEmpty())
            return false;
        beginInsertRows({}, row + 1, row + 1);
        m_variables.append(core::Variable{});
        endInsertRows();
    }
    core::Variable &variable = m_variables[row];
    if (index.column() == SecretColumn && role == Qt::CheckStateRole) {
        variable.secret = value.toInt() == Qt::Checked;
        if (variable.secret && !variable.value.isEmpty())
            m_secretsTyped.insert(variable.name); // the plain value moves to the keychain
    } else if (role == Qt::EditRole && index.column() == NameColumn) {
        variable.name = core::VariableSet::validName(value.toString()); // {{name}} must find it
    } else if (role == Qt::EditRole && index.column() == ValueColumn) {
        variable.value = value.toString();
        if (variable.secret)
            m_secretsTyped.insert(variable.name);
    } else {
        return false;
    }
    Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    return true;
}

Qt::ItemFlags VariableListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return result;
    if (index.column() == SecretColumn)
        return index.row() < m_variables.size() ? result | Qt::ItemIsUserCheckable : result;
    return result | Qt::ItemIsEditable;
}

QVariant VariableListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Variable");
    case ValueColumn:
        return tr("Value");
    case SecretColumn:
        return tr("Secret");
    }
    return {};
}

bool VariableListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_variables.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_variables.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace tether::store
