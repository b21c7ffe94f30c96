// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/connectionlifetimesmodel.h"
#include "net/connectionledger.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace tether::net {

ConnectionLifetimesModel::ConnectionLifetimesModel(QObject *parent)
    : QAbstractTableModel(parent) { }

void ConnectionLifetimesModel::setLedger(ConnectionLedger *ledger, std::function<double()> now)
{
    beginResetModel();
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_copy.clear();
    m_ledger = ledger;
    m_now = std::move(now);
    if (ledger) {
        m_connections.append(connect(ledger, &ConnectionLedger::lifetimeAboutToBeAdded, this,
                                     [this](int row) { beginInsertRows({}, row, row); }));
        m_connections.append(connect(ledger, &ConnectionLedger::lifetimeAdded, this,
                                     [this] { endInsertRows(); }));
        m_connections.append(
                connect(ledger, &ConnectionLedger::lifetimeChanged, this, [this](int row) {
                    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                }));
        m_connections.append(connect(ledger, &ConnectionLedger::aboutToClear, this,
                                     [this] { beginResetModel(); }));
        m_connections.append(
                connect(ledger, &ConnectionLedger::cleared, this, [this] { endResetModel(); }));
    }
    endResetModel();
}

void ConnectionLifetimesModel::setLifetimes(QList<ConnectionLifetime> lifetimes, double endedAtMs)
{
    setLedger(nullptr, {});
    beginResetModel();
    m_copy = std::move(lifetimes);
    m_endedAtMs = endedAtMs;
    endResetModel();
}

const QList<ConnectionLifetime> &ConnectionLifetimesModel::rows() const
{
    return m_ledger ? m_ledger->lifetimes() : m_copy;
}

const ConnectionLifetime &ConnectionLifetimesModel::lifetime(int row) const
{
    return rows().at(row);
}

double ConnectionLifetimesModel::nowMs() const
{
    return m_ledger && m_now ? m_now() : m_endedAtMs;
}

double ConnectionLifetimesModel::firstMs() const
{
    double first = -1;
    for (const ConnectionLifetime &lifetime : rows()) {
        const double start = lifetime.rides.isEmpty()
                ? lifetime.openedAtMs
                : qMin(lifetime.openedAtMs, lifetime.rides.constFirst().startMs);
        first = first < 0 ? start : qMin(first, start);
    }
    return qMax(0.0, first);
}

double ConnectionLifetimesModel::lastMs() const
{
    double last = 0;
    for (const ConnectionLifetime &lifetime : rows())
        last = qMax(last, lifetime.isOpen() ? nowMs() : lifetime.endedAtMs);
    return last;
}

int ConnectionLifetimesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows().size());
}

int ConnectionLifetimesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectionLifetimesModel::describe(const ConnectionLifetime &lifetime) const
{
    if (!lifetime.isOpen())
        return lifetime.endDetail;
    return tr("%1, open, idle %2 s")
            .arg(ConnectionLedger::requestsText(lifetime.requests),
                 QString::number(lifetime.idleSecondsAt(nowMs()), 'f', 1));
}

QVariant ConnectionLifetimesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ConnectionLifetime &lifetime = rows().at(index.row());
    if (role == Qt::ToolTipRole) {
        QString tip = tr("%1 on lane %2 · %3\nOpened by %4 · %5")
                              .arg(lifetime.label())
                              .arg(lifetime.lane + 1)
                              .arg(lifetime.origin,
                                   lifetime.openedBy ? tr("exchange #%1").arg(lifetime.openedBy)
                                                     : tr("a pre-connect"),
                                   describe(lifetime));
        if (lifetime.localPort)
            tip += tr("\nLocal port %1").arg(lifetime.localPort);
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return lifetime.label();
    case OriginColumn:
        return lifetime.origin;
    case ProtocolColumn:
        return lifetime.protocol;
    case RequestsColumn:
        return lifetime.requests;
    case EndColumn:
        return lifetimeEndName(lifetime.end);
    default:
        return {};
    }
}

QVariant ConnectionLifetimesModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Connection");
    case OriginColumn:
        return tr("Origin");
    case ProtocolColumn:
        return tr("Protocol");
    case RequestsColumn:
        return tr("Requests");
    case EndColumn:
        return tr("End");
    default:
        return {};
    }
}

} // namespace tether::net
