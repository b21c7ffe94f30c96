// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"

#include <QAbstractTableModel>
#include <QSet>

namespace tether::store {

// Variables of a collection or environment for the environment editor: name, value and a
// secret toggle. A secret's value is never shown; typing one replaces what the keychain holds.
class VariableListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, SecretColumn, ColumnCount };

    explicit VariableListModel(QObject *parent = nullptr);

    void setVariables(const QList<core::Variable> &variables);
    // The variables to write to the file (secret values blanked) and the secrets to store.
    QList<core::Variable> variables() const;
    QList<core::Variable> changedSecrets() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QList<core::Variable> m_variables;
    QSet<QString> m_secretsTyped; // names whose secret value was typed in this editor
};

} // namespace tether::store
