// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "store/historystore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace tether::store {

// The newest history entries matching a filter; refreshed per written batch, not per exchange.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        MethodColumn,
        StatusColumn,
        ConnectionColumn,
        TotalColumn,
        UrlColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RunIdRole, // a run's row (HistoryQuery::groupRuns): its run id; "" for an exchange
    };
    // "editor", "Runner", "tether-run", "import": who sent an exchange, for people.
    static QString sourceName(const QString &source);

    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr);

    void setQuery(const HistoryQuery &query);
    HistoryQuery query() const { return m_query; }
    void refresh();
    const HistoryEntry &entry(int row) const { return m_entries.at(row); }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant runData(const HistoryEntry &run, int column, int role) const;

    QPointer<HistoryStore> m_store;
    HistoryQuery m_query;
    QList<HistoryEntry> m_entries;
    QString m_lastError;
};

} // namespace tether::store
