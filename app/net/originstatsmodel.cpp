// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/originstatsmodel.h"
#include "net/connectiontracker.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace tether::net {

OriginStatsModel::OriginStatsModel(ConnectionTracker *tracker, QObject *parent)
    : QAbstractTableModel(parent), m_tracker(tracker)
{
    for (const OriginStats &stats : tracker->origins()) {
        m_rowOf.insert(stats.origin, int(m_origins.size()));
        m_origins.append(stats.origin);
    }
    connect(tracker, &ConnectionTracker::originAdded, this, [this](const QString &origin) {
        const int row = int(m_origins.size());
        beginInsertRows({}, row, row);
        m_rowOf.insert(origin, row);
        m_origins.append(origin);
        endInsertRows();
    });
    connect(tracker, &ConnectionTracker::originChanged, this, [this](const QString &origin) {
        const int row = m_rowOf.value(origin, -1);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(tracker, &ConnectionTracker::figuresCleared, this, [this] {
        beginResetModel();
        m_rowOf.clear();
        m_origins.clear();
        endResetModel();
    });
}

int OriginStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_origins.size());
}

int OriginStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString milliseconds(double ms)
{
    return QString::number(ms, 'f', ms >= 100 ? 0 : ms >= 10 ? 1 : 2);
}

QVariant OriginStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_tracker)
        return {};
    if (index.row() >= m_origins.size())
        return {};
    const OriginStats stats = m_tracker->origin(m_origins.at(index.row()));
    if (role == Qt::TextAlignmentRole)
        return index.column() == OriginColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) // every figure, whichever columns are shown
        return tr("%1\n%2 requests · %3 connections opened (%4 TLS handshakes) · %5 reused\n"
                  "%6 new, %7 reused, %8 multiplexed, %9 retried, %10 ambiguous, %11 failed, "
                  "%12 pre-connected\nconnect + TLS %13 ms · TTFB %14 ms · saved by reuse %15 ms")
                .arg(stats.origin)
                .arg(stats.exchanges)
                .arg(stats.connectionsOpened())
                .arg(stats.tlsHandshakes)
                .arg(stats.reused())
                .arg(stats.newCount)
                .arg(stats.reusedCount)
                .arg(stats.multiplexedCount)
                .arg(stats.retriedCount)
                .arg(stats.ambiguousCount)
                .arg(stats.failures)
                .arg(stats.preconnects)
                .arg(milliseconds(stats.meanConnectMs()), milliseconds(stats.meanWaitMs()),
                     milliseconds(stats.timeSavedMs()));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case OriginColumn:
        return display && stats.http2 ? stats.origin + u"  (h2)"_s : stats.origin;
    case ExchangesColumn:
        return stats.exchanges;
    case OpenedColumn:
        return stats.connectionsOpened();
    case ReusedColumn:
        return stats.reused();
    case ReuseRatioColumn:
        return display ? QVariant(QString::number(stats.reuseRatio() * 100, 'f', 0) + u" %"_s)
                       : QVariant(stats.reuseRatio());
    case OpenNowColumn:
        return stats.openNow < 0 ? (display ? QVariant(u"–"_s) : QVariant(-1))
                                 : QVariant(stats.openNow);
    case TlsHandshakesColumn:
        return stats.tlsHandshakes;
    case RetriedColumn:
        return stats.resends;
    case ConnectMsColumn:
        return display ? QVariant(milliseconds(stats.meanConnectMs()))
                       : QVariant(stats.meanConnectMs());
    case WaitMsColumn:
        return display ? QVariant(milliseconds(stats.meanWaitMs())) : QVariant(stats.meanWaitMs());
    case SavedMsColumn:
        return display ? QVariant(milliseconds(stats.timeSavedMs()))
                       : QVariant(stats.timeSavedMs());
    }
    return {};
}

QVariant OriginStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OriginColumn:
            return tr("Scheme, host and port: one connection pool each");
        case ExchangesColumn:
            return tr("Exchanges (redirect hops count one each) that got a response");
        case ReuseRatioColumn:
            return tr("Share of exchanges that rode on a connection they did not open");
        case TlsHandshakesColumn:
            return tr("TLS handshakes completed");
        case OpenedColumn:
            return tr("Connections opened (TCP, and TLS on https), including pre-connects and "
                      "silent resends");
        case ReusedColumn:
            return tr("Exchanges that rode on a connection they did not open");
        case OpenNowColumn:
            return tr("Connections this process holds open to the origin right now");
        case RetriedColumn:
            return tr("Requests Qt silently resent on a new connection after the server closed "
                      "the kept one; the server may have received them twice");
        case ConnectMsColumn:
            return tr("Mean connect + TLS time of exchanges that opened a connection");
        case WaitMsColumn:
            return tr("Mean time to first byte");
        case SavedMsColumn:
            return tr("Reused exchanges × mean connect + TLS time");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OriginColumn:
        return tr("Origin");
    case ExchangesColumn:
        return tr("Requests");
    case OpenedColumn:
        return tr("Opened");
    case ReusedColumn:
        return tr("Reused");
    case ReuseRatioColumn:
        return tr("Reuse %");
    case OpenNowColumn:
        return tr("Open now");
    case TlsHandshakesColumn:
        return tr("TLS handshakes");
    case RetriedColumn:
        return tr("Resent");
    case ConnectMsColumn:
        return tr("Connect ms");
    case WaitMsColumn:
        return tr("TTFB ms");
    case SavedMsColumn:
        return tr("Saved ms");
    }
    return {};
}

} // namespace tether::net
