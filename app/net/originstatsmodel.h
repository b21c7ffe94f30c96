// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QStringList>

namespace tether::net {

class ConnectionTracker;

// The per-origin figures as a table: one row per origin, updated in place as signals arrive.
class OriginStatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        OriginColumn,
        ExchangesColumn,
        OpenedColumn,
        ReusedColumn,
        ReuseRatioColumn,
        OpenNowColumn,
        TlsHandshakesColumn,
        RetriedColumn,
        ConnectMsColumn,
        WaitMsColumn,
        SavedMsColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit OriginStatsModel(ConnectionTracker *tracker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<ConnectionTracker> m_tracker;
    // Rows in the order origins appeared; the tracker clears them all at once.
    QStringList m_origins;
    QHash<QString, int> m_rowOf;
};

} // namespace tether::net
