// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QAbstractTableModel>
#include <QPointer>

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
    int m_rows = 0;
};

} // namespace tether::net
