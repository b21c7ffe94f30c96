// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/clock.h"
#include "core/request.h"
#include "core/result.h"
#include "core/variableset.h"
#include "net/connectiontracker.h"
#include "net/exchange.h"
#include "net/sessionsettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

class QNetworkAccessManager;
class QNetworkCookieJar;
class QSslConfiguration;

namespace tether::net {

class ConnectionLedger;
class ExchangeRecorder;
struct PreparedRequest;

// One QNetworkAccessManager (so one connection pool and one cookie jar) per session. Sends
// requests, classifies their connections through its tracker and reports each Exchange.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    // On another clock than the steady one (tests drive a manual clock).
    explicit Session(std::shared_ptr<const core::Clock> clock, QObject *parent = nullptr);
    ~Session() override;

    const SessionSettings &settings() const { return m_settings; }
    // Applies new settings. A changed TLS profile moves to a fresh manager, so a connection
    // verified under the old settings never carries a request made under the new ones.
    Result<void> setSettings(const SessionSettings &settings);

    // Resolves variables, validates and starts the request; the id names it in exchangeFinished.
    Result<quint64> send(const core::Request &request, const core::VariableSet &variables = {},
                         const ExchangeContext &context = {});
    void cancel(quint64 id);
    void cancelAll();
    int inFlightCount() const { return int(m_dispatched.size() + m_queue.size()); }

    // Opens a connection to the URL's origin ahead of the first request.
    Result<QString> preconnect(const QString &url);
    // Closes idle pooled connections; the next request opens a new one.
    void resetPool();
    // Accept this certificate for this origin until the session ends.
    void trustCertificate(const QString &origin, const QByteArray &sha256);

    ConnectionTracker *tracker() const { return m_tracker; }
    ConnectionLedger *ledger() const { return m_ledger; }
    // The clock exchanges, hops and lifetimes are timed on, in ms since the session began.
    double clockMs() const { return m_clock->msecsElapsed(); }
    QNetworkCookieJar *cookieJar() const { return m_cookieJar; }

Q_SIGNALS:
    void exchangeStarted(quint64 id, const QUrl &url);
    void exchangeFinished(const tether::net::Exchange &exchange);
    void warningRaised(quint64 id, const QString &message);
    // A large download in flight: at most a few times a second per exchange.
    void downloadProgress(quint64 id, qint64 received, qint64 total);
    void poolReset();

private:
    struct Pending
    {
        quint64 id = 0;
        Exchange seed;
        std::shared_ptr<PreparedRequest> prepared;
        qint64 queuedAtNs = 0;
        QString origin;
        bool mayUseHttp2 = false; // https with HTTP/2 allowed: ALPN decides
    };
    // One manager. With SessionSettings::lanes, it carries one HTTP/1.1 request at a time per
    // origin, so each of its pools holds at most one connection.
    struct Lane
    {
        QNetworkAccessManager *manager = nullptr;
        QSet<QString> busyOrigins;
    };
    struct Dispatched
    {
        ExchangeRecorder *recorder = nullptr;
        QString origin;
        int lane = 0;
        bool holdsLane = false;
        bool probe = false; // the first request to an https origin whose protocol is unknown
    };
    enum class Protocol { Unknown, Http1, Http2 };

    QNetworkAccessManager *createManager();
    void rebuildLanes();
    // Checks the extra CA files of a TLS profile (the configuration itself is built lazily).
    static Result<void> checkCaFiles(const SessionSettings &settings);
    // A profile's TLS configuration: verification on or off, and the extra CA files.
    static QSslConfiguration tlsConfigurationFor(const SessionSettings &settings);
    const QSslConfiguration &tlsConfiguration();
    // Starts every queued request that may start now, in order.
    void pump();
    // Where this request may go now; false: it waits.
    bool placeFor(const Pending &pending, Dispatched *placement) const;
    int freeLane(const QString &origin) const;
    QNetworkAccessManager *managerOf(int lane);
    void dispatch(Pending pending, Dispatched placement);
    void onFirstHead(const QString &origin, int lane, bool http2);
    void onRecorderFinished(ExchangeRecorder *recorder, const Exchange &exchange);
    void retireManagerIfIdle(QNetworkAccessManager *manager);

    SessionSettings m_settings;
    std::unique_ptr<QSslConfiguration> m_tlsConfiguration; // keeps QtNetwork out of this header
    QList<Lane> m_lanes; // lane 0 always exists: the interactive session's one manager
    QSet<QNetworkAccessManager *> m_retiredManagers;
    QNetworkCookieJar *m_cookieJar = nullptr;
    ConnectionTracker *m_tracker = nullptr;
    std::shared_ptr<const core::Clock> m_clock;
    ConnectionLedger *m_ledger = nullptr;
    quint64 m_nextId = 1;
    QHash<quint64, Dispatched> m_dispatched;
    QList<Pending> m_queue; // waiting for a lane, their origin's protocol, or their origin
    QHash<QString, int> m_inFlightByOrigin; // by first hop
    QHash<QString, Protocol> m_protocol; // https origins with HTTP/2 allowed, once known
    QHash<QString, int> m_http2Lane; // where an h2 origin's connection is
    QSet<QString> m_probing;
    QHash<QString, QSet<QByteArray>> m_trusted;
};

} // namespace tether::net
