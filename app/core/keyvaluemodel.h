// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/keyvalue.h"

#include <QAbstractTableModel>

#include <functional>

namespace tether::core {

// An editable name/value table with an "enabled" checkbox per row (params, headers, form
// fields). When editable, a trailing blank row takes new entries, as in Postman.
class KeyValueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    explicit KeyValueModel(bool editable = true, QObject *parent = nullptr);

    KeyValueList entries() const { return m_entries; }
    void setEntries(const KeyValueList &entries);
    void setNameHeader(const QString &name) { m_nameHeader = name; }
    int enabledCount() const;
    // Hovering a cell that holds {{variables}} shows what this returns for its text.
    void setVariablePreview(std::function<QString(const QString &)> preview)
    {
        m_preview = std::move(preview);
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Read-only (false): no blank row to add to, nothing editable or checkable.
    void setEditable(bool editable);
    // Rows come from elsewhere (path variables named in the URL): only values are edited; no
    // blank row, no checkboxes, no removing.
    void setFixedNames(bool fixed);
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void entriesEdited();

private:
    bool hasBlankRow() const { return m_editable && !m_fixedNames; }
    bool isBlankRow(int row) const { return hasBlankRow() && row == m_entries.size(); }

    bool m_editable;
    bool m_fixedNames = false;
    KeyValueList m_entries;
    QString m_nameHeader;
    std::function<QString(const QString &)> m_preview;
};

} // namespace tether::core
