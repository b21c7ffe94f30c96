// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/connectiontracker.h"

namespace tether::net {

ConnectionTracker::ConnectionTracker(QObject *parent) : QObject(parent) { }

OriginStats &ConnectionTracker::statsFor(const QString &origin, int *row)
{
    auto found = m_rowByOrigin.constFind(origin);
    if (found != m_rowByOrigin.constEnd()) {
        *row = *found;
        return m_origins[*found];
    }
    *row = int(m_origins.size());
    OriginStats stats;
    stats.origin = origin;
    m_origins.append(stats);
    m_rowByOrigin.insert(origin, *row);
    Q_EMIT originAdded(origin);
    return m_origins[*row];
}

void ConnectionTracker::changed(int row)
{
    Q_EMIT originChanged(m_origins.at(row).origin);
}

QString ConnectionTracker::poolKey(const QString &origin, int pool)
{
    return pool == 0 ? origin : origin + u'#' + QString::number(pool);
}

void ConnectionTracker::hopStarted(quint64 hopKey, const QString &origin, int pool)
{
    const QString key = poolKey(origin, pool);
    m_poolKeyOfHop.insert(hopKey, key);
    QList<quint64> &flying = m_inFlight[key];
    if (!flying.isEmpty()) {
        for (quint64 other : std::as_const(flying))
            m_overlapped.insert(other);
        m_overlapped.insert(hopKey);
    }
    flying.append(hopKey);
}

void ConnectionTracker::socketConnecting(const QString &origin)
{
    int row;
    ++statsFor(origin, &row).connectingSignals;
    changed(row);
}

void ConnectionTracker::tlsHandshakeCompleted(const QString &origin)
{
    int row;
    ++statsFor(origin, &row).tlsHandshakes;
    changed(row);
}

void ConnectionTracker::resent(const QString &origin)
{
    int row;
    ++statsFor(origin, &row).resends;
    changed(row);
}

void ConnectionTracker::preconnected(const QString &origin)
{
    int row;
    ++statsFor(origin, &row).preconnects;
    changed(row);
}

void ConnectionTracker::setOpenNow(const QString &origin, int count)
{
    auto found = m_rowByOrigin.constFind(origin);
    if (found == m_rowByOrigin.constEnd() || m_origins[*found].openNow == count)
        return;
    m_origins[*found].openNow = count;
    changed(*found);
}

ConnectionVerdict ConnectionTracker::hopEnded(quint64 hopKey, const QString &origin,
                                              const HopFacts &facts)
{
    auto flying = m_inFlight.find(m_poolKeyOfHop.take(hopKey));
    if (flying != m_inFlight.end()) {
        flying->removeOne(hopKey);
        if (flying->isEmpty())
            m_inFlight.erase(flying);
    }
    const bool overlapped = m_overlapped.remove(hopKey);

    int row;
    OriginStats &stats = statsFor(origin, &row);
    const ConnectionVerdict verdict = verdictFor(facts, overlapped);
    if (!facts.gotResponse) {
        ++stats.failures;
        if (facts.connectFailed)
            ++stats.failedConnects;
    } else {
        ++stats.exchanges;
        stats.http2 = stats.http2 || facts.http2;
        switch (verdict) {
        case ConnectionVerdict::New:
            ++stats.newCount;
            break;
        case ConnectionVerdict::Reused:
            ++stats.reusedCount;
            break;
        case ConnectionVerdict::Multiplexed:
            ++stats.multiplexedCount;
            break;
        case ConnectionVerdict::Retried:
            ++stats.retriedCount;
            break;
        case ConnectionVerdict::Ambiguous:
            ++stats.ambiguousCount;
            break;
        case ConnectionVerdict::None:
            break;
        }
        // Only exchanges known to have opened their connection measure what opening costs;
        // an ambiguous one's "connect" phase may include waiting for a free channel.
        if (facts.connectMs > 0
            && (verdict == ConnectionVerdict::New || verdict == ConnectionVerdict::Retried)) {
            stats.connectMsTotal += facts.connectMs;
            ++stats.connectSamples;
        }
        stats.waitMsTotal += facts.waitMs;
        ++stats.waitSamples;
    }
    changed(row);
    return verdict;
}

OriginStats ConnectionTracker::origin(const QString &name) const
{
    auto found = m_rowByOrigin.constFind(name);
    return found == m_rowByOrigin.constEnd() ? OriginStats{name} : m_origins[*found];
}

void ConnectionTracker::clearFigures()
{
    m_origins.clear();
    m_rowByOrigin.clear();
    Q_EMIT figuresCleared();
}

} // namespace tether::net
