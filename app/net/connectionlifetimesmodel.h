// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "net/connectionlifetime.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace tether::net {

class ConnectionLedger;

// Every connection of a session (live, from its ledger) or of a finished run (a copy), one
// row each: the rows the swimlanes draw and the table beside them lists.
class ConnectionLifetimesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, OriginColumn, ProtocolColumn, RequestsColumn, EndColumn, ColumnCount };

    explicit ConnectionLifetimesModel(QObject *parent = nullptr);

    // Live: follows the ledger; now() is the session's clock (for open connections).
    void setLedger(ConnectionLedger *ledger, std::function<double()> now);
    // A finished run's lifetimes, as of endedAtMs on its session's clock.
    void setLifetimes(QList<ConnectionLifetime> lifetimes, double endedAtMs);

    const ConnectionLifetime &lifetime(int row) const;
    double nowMs() const;
    // The span the swimlanes cover: first opening to the last end (or now).
    double firstMs() const;
    double lastMs() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "10 requests, then the server sent Connection: close", or "4 requests, open, idle 2.1 s".
    QString describe(const ConnectionLifetime &lifetime) const;

private:
    const QList<ConnectionLifetime> &rows() const;

    QPointer<ConnectionLedger> m_ledger;
    std::function<double()> m_now;
    QList<ConnectionLifetime> m_copy;
    double m_endedAtMs = 0;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace tether::net
