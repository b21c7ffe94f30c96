// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "net/connectionverdict.h"
#include "net/originstats.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

namespace tether::net {

// Classifies every hop (verdictFor, with the overlap it alone sees) and keeps exact per-origin
// figures.
// Recorders report signals as they arrive so views update live.
class ConnectionTracker : public QObject
{
    Q_OBJECT
public:
    using HopFacts = net::HopFacts;

    explicit ConnectionTracker(QObject *parent = nullptr);

    // pool: the manager the hop went through (a session's lane); hops overlap only when they
    // share a pool, since only then can Qt's connect signals go to the wrong reply.
    void hopStarted(quint64 hopKey, const QString &origin, int pool = 0);
    void socketConnecting(const QString &origin);
    void tlsHandshakeCompleted(const QString &origin);
    void resent(const QString &origin);
    void preconnected(const QString &origin);
    ConnectionVerdict hopEnded(quint64 hopKey, const QString &origin, const HopFacts &facts);
    void setOpenNow(const QString &origin, int count);

    // Forgets every figure (in-flight hops stay tracked so their ends still classify).
    void clearFigures();

    QList<OriginStats> origins() const { return m_origins; }
    OriginStats origin(const QString &name) const;

Q_SIGNALS:
    // By origin name ("https://host:port"): views keep their own rows.
    void originAdded(const QString &origin);
    void originChanged(const QString &origin);
    void figuresCleared();

private:
    OriginStats &statsFor(const QString &origin, int *row);
    void changed(int row);

    QList<OriginStats> m_origins;
    QHash<QString, int> m_rowByOrigin;
    static QString poolKey(const QString &origin, int pool);

    QHash<QString, QList<quint64>> m_inFlight; // by pool key
    QHash<quint64, QString> m_poolKeyOfHop;
    QSet<quint64> m_overlapped; // hops that had company on their pool while in flight
};

} // namespace tether::net
